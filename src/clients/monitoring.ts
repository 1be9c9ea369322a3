// Atlas Admin API v2: the monitoring reads, all at 2023-01-01 (the only version they have): the
// project's processes; on one process its disk partitions and a partition's free and used space
// (pre-flight PF-8), its databases (PF-9, the evidence) and a database's dbStats measurements (the
// evidence). Every call only reads. Knows the API, not GitHub.
// Only a process's `userAlias` names the host a cluster's connection string lists; `id` (the processId
// of the other reads) and `hostname` are Atlas's internal names.

import type { ReadRequest } from '../transport/http'
import type { RateBudget } from '../transport/retry'
import { rateBudgetOf } from '../transport/retry'
import type { ApiSession } from '../transport/session'
import { call, parseJson, unreadable } from './call'
import { newestPoint, type Series, seriesOf } from './measurements'
import { apiPath, mongoId, pathValue } from './path'
import { asRecord, read, readAllPages, requiredText, text } from './reads'

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
  /** The MongoDB version it runs. */
  version?: string
}

/** A partition's space in bytes, from the newest non-null data point of each; absent when there is none. */
export interface DiskSpace {
  free?: number
  used?: number
}

export class MonitoringClient {
  /** The Monitoring bucket's level as the last measurements answer showed it (Ratelimit-*), for pacing. */
  budget: RateBudget | undefined

  constructor(private readonly session: ApiSession) {}

  /** GET /groups/{groupId}/processes, every page: the project's processes, of every cluster. */
  async processes(projectId: string): Promise<AtlasProcess[]> {
    const path = apiPath`/api/atlas/v2/groups/${mongoId(projectId, 'project ID')}/processes`
    const request = read('List processes', path, MONITORING_READ)
    return (await readAllPages(this.session, request)).map(item => {
      const process = asRecord(item) ?? {}
      return {
        id: requiredText(this.session, request, process, 'id', 'a process'),
        hostname: text(process.hostname),
        userAlias: text(process.userAlias),
        typeName: text(process.typeName),
        replicaSetName: text(process.replicaSetName),
        shardName: text(process.shardName),
        version: text(process.version)
      }
    })
  }

  /** GET …/processes/{processId}/disks, every page: the process's partition names (real: 'data'). */
  async disks(projectId: string, processId: string): Promise<string[]> {
    const request = read('List process disks', `${processPath(projectId, processId)}/disks`, MONITORING_READ)
    return (await readAllPages(this.session, request)).map(item =>
      requiredText(this.session, request, asRecord(item) ?? {}, 'partitionName', 'a disk partition')
    )
  }

  /**
   * GET …/processes/{processId}/disks/{partitionName}/measurements of DISK_PARTITION_SPACE_FREE and
   * _USED at PT1M over PT10M: each the newest data point whose value is a number (bytes).
   */
  async freeDiskBytes(projectId: string, processId: string, partitionName: string): Promise<DiskSpace> {
    // The spec gives partitionName no pattern: apiPath encodes it, and refuses '', '.' and '..'.
    const path = processPath(projectId, processId) + apiPath`/disks/${partitionName}/measurements`
    const series = await this.measurements(
      read('Read disk measurements', `${path}?${DISK_SPACE_QUERY}`, MONITORING_READ)
    )
    const free = newestPoint(series.get('DISK_PARTITION_SPACE_FREE'))?.value
    const used = newestPoint(series.get('DISK_PARTITION_SPACE_USED'))?.value
    return { ...(free === undefined ? {} : { free }), ...(used === undefined ? {} : { used }) }
  }

  /** GET …/processes/{processId}/databases, every page: the names of the databases on a mongod. */
  async databases(projectId: string, processId: string): Promise<string[]> {
    const request = read('List process databases', `${processPath(projectId, processId)}/databases`, MONITORING_READ)
    return (await readAllPages(this.session, request)).map(item =>
      requiredText(this.session, request, asRecord(item) ?? {}, 'databaseName', 'a database')
    )
  }

  /**
   * GET …/processes/{processId}/databases/{databaseName}/measurements?{query}: the dbStats series
   * asked for (the query names them with `m`, and says `granularity` and `period`).
   */
  async databaseMeasurements(projectId: string, processId: string, database: string, query: string): Promise<Series> {
    const path = processPath(projectId, processId) + apiPath`/databases/${database}/measurements`
    return this.measurements(read('Read database measurements', `${path}?${query}`, MONITORING_READ))
  }

  private async measurements(request: ReadRequest): Promise<Series> {
    const response = await call(this.session, request, answer => {
      this.budget = rateBudgetOf(answer.headers) ?? this.budget
    })
    const body = asRecord(parseJson(response.body))
    if (!body) return unreadable(this.session, request, response, 'was not a JSON object')
    return seriesOf(body)
  }
}

const PRIMARIES = ['REPLICA_PRIMARY', 'SHARD_PRIMARY']

/**
 * A cluster's primaries, one per shard (a replica set has one), in the answer's order: by the alias
 * its connection string lists, `<name>-shard-<shard>-<node>.…` (Atlas's process aliases; a config
 * server or mongos has none of this form).
 */
export function primariesOf(processes: AtlasProcess[], clusterName: string): AtlasProcess[] {
  const prefix = `${clusterName.toLowerCase()}-shard-`
  const ofCluster = (p: AtlasProcess) => {
    const alias = (p.userAlias ?? '').toLowerCase()
    return alias.startsWith(prefix) && /^\d+-\d+\./.test(alias.slice(prefix.length))
  }
  const primaries = processes.filter(p => PRIMARIES.includes(p.typeName ?? '') && ofCluster(p))
  // One per replica set: a second primary of a set (an election under way) is not read twice.
  return primaries.filter(
    (p, i) => !p.replicaSetName || primaries.findIndex(q => q.replicaSetName === p.replicaSetName) === i
  )
}

/** The path of one process, both values checked; its "host:port" keeps the ':' bare. */
function processPath(projectId: string, processId: string): string {
  const process = pathValue(processId, 'process ID')
  return apiPath`/api/atlas/v2/groups/${mongoId(projectId, 'project ID')}/processes/${process}`
}
