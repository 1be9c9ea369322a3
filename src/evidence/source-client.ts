// Cloud Manager / Ops Manager public API v1.0: the reads the evidence makes of the source project —
// its clusters, its hosts, the databases on a host and a database's dbStats measurements. Every call
// only reads, with Accept: application/json. Knows the API, not GitHub.
// A host's `id` is an opaque ID (not host:port); the measurements answer in Atlas's shape.
import { call, parseJson, unreadable } from '../clients/call'
import type { Series } from '../clients/measurements'
import { seriesOf } from '../clients/measurements'
import { apiPath, mongoId, pathValue } from '../clients/path'
import { asRecord, flag, read, readAllPages, requiredText, text } from '../clients/reads'
import type { ApiSession } from '../transport/session'

const JSON_TYPE = 'application/json'

/** One entry of GET /groups/{PROJECT-ID}/clusters: a replica set, a sharded cluster, one of its shards or its config servers. */
export interface SourceCluster {
  id: string
  clusterName?: string
  /** REPLICA_SET, SHARDED_REPLICA_SET, SHARDED, CONFIG_SERVER_REPLICA_SET. */
  typeName?: string
  replicaSetName?: string
  /** A shard's name (its clusterName is its sharded cluster's). */
  shardName?: string
}

/** One host of GET /groups/{PROJECT-ID}/hosts; anything the answer leaves out is absent. */
export interface SourceHost {
  /** Cloud Manager's opaque ID of the host: the {HOST-ID} of the per-host reads. */
  id: string
  hostname?: string
  port?: number
  clusterId?: string
  /** PRIMARY, SECONDARY, … */
  replicaStateName?: string
  /** REPLICA_PRIMARY, SHARD_PRIMARY, SHARD_MONGOS, … */
  typeName?: string
  version?: string
  hidden?: boolean
}

export class SourceMonitoringClient {
  constructor(private readonly session: ApiSession) {}

  /** GET /groups/{PROJECT-ID}/clusters, every page. */
  async clusters(projectId: string): Promise<SourceCluster[]> {
    const request = read('List source clusters', `${group(projectId)}/clusters`, JSON_TYPE)
    return (await readAllPages(this.session, request)).map(item => {
      const cluster = asRecord(item) ?? {}
      return {
        id: requiredText(this.session, request, cluster, 'id', 'a cluster'),
        clusterName: text(cluster.clusterName),
        typeName: text(cluster.typeName),
        replicaSetName: text(cluster.replicaSetName),
        shardName: text(cluster.shardName)
      }
    })
  }

  /** GET /groups/{PROJECT-ID}/hosts, every page: every host of the project, of every cluster. */
  async hosts(projectId: string): Promise<SourceHost[]> {
    const request = read('List source hosts', `${group(projectId)}/hosts`, JSON_TYPE)
    return (await readAllPages(this.session, request)).map(item => {
      const host = asRecord(item) ?? {}
      return {
        id: requiredText(this.session, request, host, 'id', 'a host'),
        hostname: text(host.hostname),
        port: typeof host.port === 'number' ? host.port : undefined,
        clusterId: text(host.clusterId),
        replicaStateName: text(host.replicaStateName),
        typeName: text(host.typeName),
        version: text(host.version),
        hidden: flag(host.hidden)
      }
    })
  }

  /** GET /groups/{PROJECT-ID}/hosts/{HOST-ID}/databases, every page: the names of the databases on a host. */
  async databases(projectId: string, hostId: string): Promise<string[]> {
    const request = read('List source databases', `${hostPath(projectId, hostId)}/databases`, JSON_TYPE)
    return (await readAllPages(this.session, request)).map(item =>
      requiredText(this.session, request, asRecord(item) ?? {}, 'databaseName', 'a database')
    )
  }

  /**
   * GET /groups/{PROJECT-ID}/hosts/{HOST-ID}/databases/{DATABASE-NAME}/measurements?{query}. Never
   * with DATABASE_VIEW_COUNT: Cloud Manager does not document it, and one unknown `m` fails the
   * whole request.
   */
  async databaseMeasurements(projectId: string, hostId: string, database: string, query: string): Promise<Series> {
    const path = hostPath(projectId, hostId) + apiPath`/databases/${database}/measurements`
    const request = read('Read source database measurements', `${path}?${query}`, JSON_TYPE)
    const response = await call(this.session, request)
    const body = asRecord(parseJson(response.body))
    if (!body) return unreadable(this.session, request, response, 'was not a JSON object')
    return seriesOf(body)
  }
}

/** /api/public/v1.0/groups/{PROJECT-ID}, the ID checked. */
const group = (projectId: string): string => apiPath`/api/public/v1.0/groups/${mongoId(projectId, 'source project ID')}`

function hostPath(projectId: string, hostId: string): string {
  return group(projectId) + apiPath`/hosts/${pathValue(hostId, 'host ID')}`
}
