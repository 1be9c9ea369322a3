// Atlas Admin API v2: the monitoring reads of the pre-flight checks, all at 2023-01-01: the project's
// processes, and on one process its disk partitions and a partition's free and used space (PF-8), and
// its databases (PF-9). Every call only reads. Knows the API, not GitHub.
// Only a process's `userAlias` names the host a cluster's connection string lists; `id` (the processId
// of the other reads) and `hostname` are Atlas's internal names.

import { call, parseJson, unreadable } from '../clients/call'
import { apiPath, mongoId, pathValue } from '../clients/path'
import { asRecord, read, readAllPages, text } from '../clients/reads'
import type { ReadRequest } from '../transport/http'
import type { ApiSession } from '../transport/session'

const MONITORING_READ = 'application/vnd.atlas.2023-01-01+json'

/** The two measurements of a partition's space, newest point each, over the last ten minutes. */
const DISK_SPACE_QUERY = 'm=DISK_PARTITION_SPACE_FREE&m=DISK_PARTITION_SPACE_USED&granularity=PT1M&period=PT10M'

/** One MongoDB process (ApiHostView_Atlas); anything the answer leaves out is absent here. */
export interface AtlasProcess {
  /** "host:port": the processId of the per-process reads. */
  id: string
  hostname?: string
  /** The host name the cluster's connection string lists. */
  userAlias?: string
  /** REPLICA_PRIMARY, REPLICA_SECONDARY, SHARD_PRIMARY, SHARD_SECONDARY, SHARD_MONGOS, SHARD_CONFIG, … */
  typeName?: string
  replicaSetName?: string
  shardName?: string
}

/** A partition's space in bytes, from the newest non-null data point of each; absent when there is none. */
export interface DiskSpace {
  free?: number
  used?: number
}

export class PreflightMonitoringClient {
  constructor(private readonly session: ApiSession) {}

  /** GET /groups/{groupId}/processes, every page: the project's processes, of every cluster. */
  async processes(projectId: string): Promise<AtlasProcess[]> {
    const path = apiPath`/api/atlas/v2/groups/${mongoId(projectId, 'project ID')}/processes`
    const request = read('List processes', path, MONITORING_READ)
    return (await readAllPages(this.session, request)).map(item => {
      const process = asRecord(item) ?? {}
      return {
        id: this.required(request, process, 'id', 'a process'),
        hostname: text(process.hostname),
        userAlias: text(process.userAlias),
        typeName: text(process.typeName),
        replicaSetName: text(process.replicaSetName),
        shardName: text(process.shardName)
      }
    })
  }

  /** GET …/processes/{processId}/disks, every page: the process's partition names (real: 'data'). */
  async disks(projectId: string, processId: string): Promise<string[]> {
    const request = read('List process disks', `${processPath(projectId, processId)}/disks`, MONITORING_READ)
    return (await readAllPages(this.session, request)).map(item =>
      this.required(request, asRecord(item) ?? {}, 'partitionName', 'a disk partition')
    )
  }

  /**
   * GET …/processes/{processId}/disks/{partitionName}/measurements of DISK_PARTITION_SPACE_FREE and
   * _USED at PT1M over PT10M: each the newest data point whose value is a number (bytes).
   */
  async freeDiskBytes(projectId: string, processId: string, partitionName: string): Promise<DiskSpace> {
    // The spec gives partitionName no pattern: apiPath encodes it, and refuses '', '.' and '..'.
    const path = processPath(projectId, processId) + apiPath`/disks/${partitionName}/measurements`
    const request = read('Read disk measurements', `${path}?${DISK_SPACE_QUERY}`, MONITORING_READ)
    const response = await call(this.session, request)
    const body = asRecord(parseJson(response.body))
    if (!body) return unreadable(this.session, request, response, 'was not a JSON object')
    const measurements = Array.isArray(body.measurements) ? body.measurements : []
    const newest = (name: string) => {
      const found = measurements.map(m => asRecord(m)).find(m => m?.name === name)
      return found ? newestValue(found.dataPoints) : undefined
    }
    const [free, used] = [newest('DISK_PARTITION_SPACE_FREE'), newest('DISK_PARTITION_SPACE_USED')]
    return { ...(free === undefined ? {} : { free }), ...(used === undefined ? {} : { used }) }
  }

  /** GET …/processes/{processId}/databases, every page: the names of the databases on a mongod. */
  async databases(projectId: string, processId: string): Promise<string[]> {
    const request = read('List process databases', `${processPath(projectId, processId)}/databases`, MONITORING_READ)
    return (await readAllPages(this.session, request)).map(item =>
      this.required(request, asRecord(item) ?? {}, 'databaseName', 'a database')
    )
  }

  /** The field as a non-empty string, or the answer is not the API. */
  private required(request: ReadRequest, item: Record<string, unknown>, field: string, what: string): string {
    const value = text(item[field])
    if (value === undefined)
      unreadable(this.session, request, undefined, `${what} did not carry '${field}' as a string`)
    return value
  }
}

/** The path of one process, both values checked; its "host:port" keeps the ':' bare. */
function processPath(projectId: string, processId: string): string {
  const process = pathValue(processId, 'process ID')
  return apiPath`/api/atlas/v2/groups/${mongoId(projectId, 'project ID')}/processes/${process}`
}

/**
 * The value of the newest data point that has a finite number: by timestamp when every such point
 * carries a parseable one, else the last in the answer's order (Atlas lists them oldest first).
 */
function newestValue(dataPoints: unknown): number | undefined {
  if (!Array.isArray(dataPoints)) return undefined
  const points = dataPoints
    .map(point => asRecord(point) ?? {})
    .filter(point => typeof point.value === 'number' && Number.isFinite(point.value))
    .map(point => ({ value: point.value as number, at: Date.parse(text(point.timestamp) ?? '') }))
  if (points.length === 0) return undefined
  if (points.every(p => !Number.isNaN(p.at))) return points.reduce((a, b) => (b.at >= a.at ? b : a)).value
  return points[points.length - 1]?.value
}
