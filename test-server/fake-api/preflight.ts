// The read-only calls of the pre-flight checks: the project (getGroup), the destination cluster
// (getGroupCluster) and its processArgs, the project's IP access list and per-entry status, and
// (in project-reads.ts) its events and maintenance window, and (in network-reads.ts) its private endpoint
// services and endpoints, network peering connections and containers, and (in monitoring-reads.ts) its
// processes and, on one process, its disk partitions, their space measurements and its databases.
// Atlas writes its keys in alphabetical order; these answers do too.
import type { Answer } from './answers.ts'
import { apiError, atlasVersionError, methodNotAllowed } from './answers.ts'
import type { Cluster } from './clusters.ts'
import { clusterView, isTenant, processArgsView, withDefaults } from './clusters.ts'
import { MonitoringReads } from './monitoring-reads.ts'
import { NetworkReads } from './network-reads.ts'
import { ok, PROJECT_READ, ProjectReads, page } from './project-reads.ts'
import type { FakeAccessEntry, RecordedRequest, Settings } from './types.ts'

const GROUP = /^\/api\/atlas\/v2\/groups\/([^/]+)$/
const CLUSTER = /^\/api\/atlas\/v2\/groups\/([^/]+)\/clusters\/([^/]+)(\/processArgs)?$/
const ACCESS_LIST = /^\/api\/atlas\/v2\/groups\/([^/]+)\/accessList(?:\/([^/]+)\/status)?$/

/** Real answers to a deprecated cluster media type carry these (recorded for 2023-02-01). */
const DEPRECATED = { deprecation: 'Mon, 5 Aug 2024', sunset: 'Thu, 1 Jul 2027' }

export class PreflightApi {
  private readonly settings: Settings
  /** The stand-in's own base URL, for the links Atlas puts in its answers. */
  private readonly base: () => string
  private readonly projectReads: ProjectReads
  private readonly networkReads: NetworkReads
  private readonly monitoringReads: MonitoringReads

  constructor(settings: Settings, base: () => string) {
    this.settings = settings
    this.base = base
    this.projectReads = new ProjectReads(settings, base)
    this.networkReads = new NetworkReads(settings, base)
    this.monitoringReads = new MonitoringReads(settings, base)
  }

  /** The answer when the path is one of these calls; undefined when it is not. */
  route(req: RecordedRequest, path: string): Answer | undefined {
    const project = GROUP.exec(path)?.[1]
    if (project !== undefined) return this.checked(req, project, ['2023-01-01'], () => this.group(req, project))
    let m = CLUSTER.exec(path)
    if (m) {
      const [, groupId, name, processArgs] = m as unknown as [string, string, string, string | undefined]
      const versions = processArgs ? ['2024-08-05', '2023-01-01'] : ['2024-08-05', '2023-02-01', '2023-01-01']
      return this.checked(req, groupId, versions, () => this.cluster(req, groupId, name, processArgs !== undefined))
    }
    m = ACCESS_LIST.exec(path)
    if (m) {
      const [, groupId, entryValue] = m as unknown as [string, string, string | undefined]
      return this.checked(req, groupId, ['2023-01-01'], () =>
        entryValue === undefined ? this.accessList(req, groupId, path) : this.entryStatus(req, groupId, entryValue)
      )
    }
    m = PROJECT_READ.exec(path)
    if (m) {
      const [, groupId, what] = m as unknown as [string, string, string]
      return this.checked(req, groupId, ['2023-01-01'], () => this.projectReads.answer(req, groupId, what, path))
    }
    const network = this.networkReads.match(path)
    if (network) return this.checked(req, network.groupId, ['2023-01-01'], () => network.answer(req))
    const monitoring = this.monitoringReads.match(path)
    if (monitoring) return this.checked(req, monitoring.groupId, ['2023-01-01'], () => monitoring.answer(req))
    return undefined
  }

  /** The checks every one of these calls makes first, in the migration calls' order. */
  private checked(req: RecordedRequest, groupId: string, versions: string[], answer: () => Answer): Answer {
    const versionError = atlasVersionError(req, versions)
    if (versionError) return versionError
    if (!this.settings.atlasProjects.includes(groupId)) {
      return apiError(404, 'GROUP_NOT_FOUND', `No group with ID ${groupId} exists.`, {}, [groupId])
    }
    if (req.method !== 'GET') return methodNotAllowed(req.method)
    return answer()
  }

  private group(req: RecordedRequest, groupId: string): Answer {
    const body = {
      clusterCount: (this.settings.clusters[groupId] ?? []).length,
      created: '2026-01-05T09:30:00Z',
      id: groupId,
      links: [{ href: `${this.base()}/api/atlas/v2/groups/${groupId}`, rel: 'self' }],
      name: `project-${groupId.slice(-6)}`,
      orgId: this.settings.projectOrgs[groupId] ?? this.settings.atlasOrgs[0] ?? '',
      withDefaultAlertsSettings: true
    }
    return ok(req, body)
  }

  private cluster(req: RecordedRequest, groupId: string, name: string, processArgs: boolean): Answer {
    const found = (this.settings.clusters[groupId] ?? []).find(c => c.name === name)
    if (!found) {
      const detail = `No cluster named ${name} exists in group ${groupId}.`
      return apiError(404, 'CLUSTER_NOT_FOUND', detail, {}, [name, groupId])
    }
    const cluster: Cluster = withDefaults(found)
    if (cluster.flex) {
      // Recorded for getGroupCluster; that processArgs (also the Cluster API) refuses Flex the same way is inferred.
      const detail = `Flex cluster ${name} cannot be used in the Cluster API.`
      return apiError(400, 'CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API', detail, {}, [name])
    }
    const version = versionOf(req)
    const headers = version === '2024-08-05' ? {} : DEPRECATED
    if (!processArgs) return ok(req, clusterView(cluster, groupId, version, this.base()), headers)
    if (isTenant(cluster)) {
      // The spec declares a 400 for M0/M2/M5 ("This feature isn't available for M0 …, M2 and M5");
      // the errorCode of that answer is not recorded anywhere: INVALID_CLUSTER_CONFIGURATION is ours.
      const detail = `Cluster ${name} is a shared-tier cluster: process arguments are not available for it.`
      return apiError(400, 'INVALID_CLUSTER_CONFIGURATION', detail, {}, [name])
    }
    return ok(req, processArgsView(cluster, version), headers)
  }

  /** PaginatedNetworkAccessView: itemsPerPage (1–500, default 100), pageNum (≥ 1, default 1), includeCount. */
  private accessList(req: RecordedRequest, groupId: string, path: string): Answer {
    const entries = (this.settings.accessList[groupId] ?? []).map(e => this.entryView(e, groupId))
    return page(req, path, entries, this.base())
  }

  /** NetworkPermissionEntryStatus {STATUS}: entryValue is the IP, the CIDR with %2F, or sg-…. */
  private entryStatus(req: RecordedRequest, groupId: string, entryValue: string): Answer {
    let value: string
    try {
      value = decodeURIComponent(entryValue)
    } catch {
      value = entryValue
    }
    const entry = (this.settings.accessList[groupId] ?? []).find(e => {
      const view = this.entryView(e, groupId)
      return [view.ipAddress, view.cidrBlock, view.awsSecurityGroup].includes(value)
    })
    if (!entry) {
      // Atlas's errorCode for an unknown entry is not recorded: ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND is ours.
      const detail = `IP Address ${value} not on Atlas access list for group ${groupId}.`
      return apiError(404, 'ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND', detail, {}, [value, groupId])
    }
    return ok(req, { STATUS: entry.status ?? 'ACTIVE' })
  }

  /** An entry as the list shows it: a single address carries both ipAddress and its /32 (or /128) cidrBlock. */
  private entryView(e: FakeAccessEntry, groupId: string): EntryView {
    const single = singleAddress(e)
    const cidrBlock = e.cidrBlock ?? (single === undefined ? undefined : `${single}/${single.includes(':') ? 128 : 32}`)
    const value = e.awsSecurityGroup ?? single ?? cidrBlock ?? ''
    return {
      awsSecurityGroup: e.awsSecurityGroup,
      cidrBlock,
      comment: e.comment,
      deleteAfterDate: e.deleteAfterDate,
      groupId,
      ipAddress: single,
      links: [
        { href: `${this.base()}/api/atlas/v2/groups/${groupId}/accessList/${encodeURIComponent(value)}`, rel: 'self' }
      ]
    }
  }
}

/** NetworkPermissionEntry; fields left undefined are left out of the answer. */
interface EntryView {
  awsSecurityGroup?: string
  cidrBlock?: string
  comment?: string
  deleteAfterDate?: string
  groupId: string
  ipAddress?: string
  links: { href: string; rel: string }[]
}

/** The address of an entry that is one address: its ipAddress, or a /32 (/128) cidrBlock's address. */
function singleAddress(e: FakeAccessEntry): string | undefined {
  if (e.ipAddress !== undefined) return e.ipAddress
  const m = /^(.+)\/(\d+)$/.exec(e.cidrBlock ?? '')
  if (!m) return undefined
  return (m[1]?.includes(':') ? m[2] === '128' : m[2] === '32') ? m[1] : undefined
}

/** The date of the versioned Accept (already checked). */
function versionOf(req: RecordedRequest): string {
  return /vnd\.atlas\.(\d{4}-\d{2}-\d{2})\+json/.exec(req.headers.accept ?? '')?.[1] ?? ''
}
