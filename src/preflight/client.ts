// Atlas Admin API v2: the reads the pre-flight checks decide on (project, destination cluster, its
// advanced configuration, the IP access list, the project's events and maintenance window). Every
// call only reads. Knows the API, not GitHub.

import { call, callForObject, parseJson, unreadable } from '../clients/call'
import { apiPath, clusterName, mongoId, pathValue } from '../clients/path'
import { asRecord, atlasMedia, encoded, flag, number, read, readAllPages, text } from '../clients/reads'
import type { ApiResponse, ReadRequest } from '../transport/http'
import type { ApiSession } from '../transport/session'

/** Projects, the access list, events and the maintenance window (not its preview type) are read at 2023-01-01. */
const PROJECT_READ = atlasMedia('2023-01-01')
/** The cluster reads: the older dates are deprecated, fail on asymmetric shards and may leave out the FCV. */
const CLUSTER_READ = atlasMedia('2024-08-05')

export interface Project {
  id: string
  orgId: string
  name: string
}

/** One region of one shard (`replicationSpecs[].regionConfigs[]`), its electable nodes. */
export interface ClusterRegion {
  /** AWS, AZURE, GCP or TENANT; '' only when the answer left it out. */
  provider: string
  /** '' only when the answer left it out. */
  region: string
  instanceSize?: string
  diskSizeGB?: number
  /** Only on a TENANT (M0, or M2/M5 run as Flex): FLEX, M2, M5 or M0. */
  effectiveInstanceSize?: string
  diskAutoScaling: boolean
  computeAutoScaling: boolean
}

/** The destination as the checks need it; anything the answer leaves out is absent here. */
export interface DestinationCluster {
  name: string
  clusterType?: string
  stateName?: string
  paused?: boolean
  mongoDBVersion?: string
  mongoDBMajorVersion?: string
  versionReleaseSystem?: string
  featureCompatibilityVersion?: string
  featureCompatibilityVersionExpirationDate?: string
  biConnectorEnabled?: boolean
  /** Every region of every shard, in the answer's order; empty when there are no replicationSpecs. */
  regions: ClusterRegion[]
  /** One replicationSpecs entry per shard (1 for a replica set); absent when there are none. */
  shards?: number
}

export interface ProcessArgs {
  noTableScan?: boolean
  /** null: the size Atlas calculates, not a fixed one. */
  oplogSizeMB: number | null
  oplogMinRetentionHours: number | null
}

export interface AccessEntry {
  ipAddress?: string
  cidrBlock?: string
  awsSecurityGroup?: string
  comment?: string
  deleteAfterDate?: string
}

export type AccessStatus = 'ACTIVE' | 'PENDING' | 'FAILED' | string

/** One project event (the spec's id, created and eventTypeName are required in every event view). */
export interface ProjectEvent {
  id: string
  /** ISO date-time, UTC. */
  created: string
  eventTypeName: string
  /** Not declared by the spec, but real cluster events carry it; absent when the event has none. */
  clusterName?: string
}

/** GroupMaintenanceWindow; anything but dayOfWeek may be left out. */
export interface MaintenanceWindow {
  /** 1 = Sunday … 7 = Saturday. */
  dayOfWeek: number
  /** 0–23, in timeZoneId. */
  hourOfDay?: number
  startASAP?: boolean
  timeZoneId?: string
  autoDeferOnceEnabled?: boolean
}

export class PreflightClient {
  constructor(private readonly session: ApiSession) {}

  /** GET /groups/{groupId}: the project, and the org it belongs to. */
  async group(projectId: string): Promise<Project> {
    const request = read('Read project', apiPath`/api/atlas/v2/groups/${groupId(projectId)}`, PROJECT_READ)
    const body = await this.object(request, ['orgId', 'name'])
    return { id: text(body.id) ?? projectId, orgId: body.orgId as string, name: body.name as string }
  }

  /** GET /groups/{groupId}/clusters/{clusterName}: a Flex cluster answers 400, a missing or serverless one 404. */
  async cluster(projectId: string, name: string): Promise<DestinationCluster> {
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/clusters/${clusterName(name)}`
    const body = await this.object(read('Read destination cluster', path, CLUSTER_READ), ['name'])
    const specs = Array.isArray(body.replicationSpecs) ? body.replicationSpecs : undefined
    const regions = (specs ?? []).flatMap(spec => {
      const configs = asRecord(spec)?.regionConfigs
      return Array.isArray(configs) ? configs.map(regionOf) : []
    })
    return {
      name: body.name as string,
      clusterType: text(body.clusterType),
      stateName: text(body.stateName),
      paused: flag(body.paused),
      mongoDBVersion: text(body.mongoDBVersion),
      mongoDBMajorVersion: text(body.mongoDBMajorVersion),
      versionReleaseSystem: text(body.versionReleaseSystem),
      featureCompatibilityVersion: text(body.featureCompatibilityVersion),
      featureCompatibilityVersionExpirationDate: text(body.featureCompatibilityVersionExpirationDate),
      biConnectorEnabled: flag(asRecord(body.biConnector)?.enabled),
      regions,
      shards: specs?.length
    }
  }

  /** GET /groups/{groupId}/clusters/{clusterName}/processArgs: the cluster's advanced configuration. */
  async processArgs(projectId: string, name: string): Promise<ProcessArgs> {
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/clusters/${clusterName(name)}/processArgs`
    // Every field is optional, and the two oplog fields are null by default: the answer must be an object.
    const body = await this.object(read('Read cluster advanced configuration', path, CLUSTER_READ), [])
    return {
      noTableScan: flag(body.noTableScan),
      oplogSizeMB: number(body.oplogSizeMB) ?? null,
      oplogMinRetentionHours: number(body.oplogMinRetentionHours) ?? null
    }
  }

  /** GET /groups/{groupId}/accessList, every page. Atlas lists both ipAddress and cidrBlock for an address. */
  async accessList(projectId: string): Promise<AccessEntry[]> {
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/accessList`
    const request = read('List IP access list', path, PROJECT_READ)
    return (await readAllPages(this.session, request)).map(item => {
      const entry = asRecord(item) ?? {}
      return {
        ipAddress: text(entry.ipAddress),
        cidrBlock: text(entry.cidrBlock),
        awsSecurityGroup: text(entry.awsSecurityGroup),
        comment: text(entry.comment),
        deleteAfterDate: text(entry.deleteAfterDate)
      }
    })
  }

  /** GET /groups/{groupId}/accessList/{entryValue}/status: an IP, a CIDR (its '/' sent as %2F) or sg-…. */
  async accessListStatus(projectId: string, entryValue: string): Promise<AccessStatus> {
    const entry = pathValue(entryValue, 'access list entry', { slashes: true })
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/accessList/${entry}/status`
    const body = await this.object(read('Read IP access list entry status', path, PROJECT_READ), ['STATUS'])
    return body.STATUS as string
  }

  /**
   * GET /groups/{groupId}/events of the given types since minDate (ISO date-time), every page, in
   * the answer's order (Atlas lists the newest first). No types: events of every type.
   */
  async events(
    projectId: string,
    { eventTypes, minDate }: { eventTypes: string[]; minDate: string }
  ): Promise<ProjectEvent[]> {
    // Array parameters are repeated; the '+' of an offset is sent as %2B.
    const query = [...eventTypes.map(type => `eventType=${encoded(type)}`), `minDate=${encoded(minDate)}`].join('&')
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/events`
    const request = read('List project events', `${path}?${query}`, PROJECT_READ)
    return (await readAllPages(this.session, request)).map(item => {
      const event = asRecord(item) ?? {}
      const missing = ['id', 'created', 'eventTypeName'].find(field => !text(event[field]))
      if (missing) unreadable(this.session, request, undefined, `an event did not carry '${missing}' as a string`)
      const cluster = text(event.clusterName)
      return {
        id: event.id as string,
        created: event.created as string,
        eventTypeName: event.eventTypeName as string,
        ...(cluster === undefined ? {} : { clusterName: cluster })
      }
    })
  }

  /** GET /groups/{groupId}/maintenanceWindow: the project's weekly window (dayOfWeek required, 1–7). */
  async maintenanceWindow(projectId: string): Promise<MaintenanceWindow> {
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/maintenanceWindow`
    const body = await this.object(read('Read maintenance window', path, PROJECT_READ), [], answer =>
      [1, 2, 3, 4, 5, 6, 7].includes(answer.dayOfWeek as number)
        ? undefined
        : "did not carry 'dayOfWeek' as a day 1 to 7 in its body"
    )
    return {
      dayOfWeek: body.dayOfWeek as number,
      hourOfDay: number(body.hourOfDay),
      startASAP: flag(body.startASAP),
      timeZoneId: text(body.timeZoneId),
      autoDeferOnceEnabled: flag(body.autoDeferOnceEnabled)
    }
  }

  /**
   * The 2xx JSON object, which must carry each of `required` as a non-empty string, and in which
   * `invalid`, when given, finds nothing wrong (it returns what is).
   */
  private async object(
    request: ReadRequest,
    required: string[],
    invalid?: (body: Record<string, unknown>) => string | undefined
  ): Promise<Record<string, unknown>> {
    let response: ApiResponse | undefined
    const seen = (answer: ApiResponse) => {
      response = answer
    }
    const [first, ...rest] = required
    const body = first
      ? await callForObject(this.session, request, first, seen)
      : asRecord(parseJson((await call(this.session, request, seen)).body))
    if (!body || !response) return unreadable(this.session, request, response, 'was not a JSON object')
    for (const field of [first, ...rest]) {
      if (field !== undefined && !text(body[field])) {
        unreadable(this.session, request, response, `did not carry '${field}' as a string in its body`)
      }
    }
    const problem = invalid?.(body)
    if (problem) unreadable(this.session, request, response, problem)
    return body
  }
}

/** The project ID as the path's {groupId}, checked before it goes in. */
const groupId = (projectId: string): string => mongoId(projectId, 'project ID')

function regionOf(config: unknown): ClusterRegion {
  const region = asRecord(config) ?? {}
  const specs = asRecord(region.electableSpecs) ?? {}
  const scaling = asRecord(region.autoScaling) ?? {}
  return {
    provider: text(region.providerName) ?? '',
    region: text(region.regionName) ?? '',
    instanceSize: text(specs.instanceSize),
    diskSizeGB: number(specs.diskSizeGB),
    effectiveInstanceSize: text(specs.effectiveInstanceSize),
    diskAutoScaling: asRecord(scaling.diskGB)?.enabled === true,
    computeAutoScaling: asRecord(scaling.compute)?.enabled === true
  }
}
