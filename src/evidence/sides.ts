// How each side is found and read: the data-bearing processes (one primary per shard), the databases
// each lists, and one measurements read per database and shard, newest points of the finest
// granularity (PT1M) over the last hour. The destination through Atlas's monitoring reads, which
// share the project's Monitoring bucket (300, refilled at 100 a minute) with its other deployments;
// the source through Cloud Manager / Ops Manager's, whose limits are not published: one at a time.
import type { Clock } from '../cancel'
import type { Series } from '../clients/measurements'
import { MonitoringClient, primariesOf } from '../clients/monitoring'
import type { ApiSession } from '../transport/session'
import { METRICS, type Side } from './figures'
import { type SourceHost, SourceMonitoringClient } from './source-client'

/** A side the evidence cannot read as asked (no such cluster, no primary): said in plain words. */
export class NotCheckable extends Error {}

/** The finest granularity both APIs keep, over the hour a figure may be old before it is stale. */
const WINDOW = 'granularity=PT1M&period=PT1H'
/** Atlas: the five series compared, in one request (every name is Atlas's: an unknown one fails it). */
const ATLAS_QUERY = `${WINDOW}&${Object.values(METRICS)
  .map(name => `m=${name}`)
  .join('&')}`
/** Cloud Manager: no `m` (it documents no DATABASE_VIEW_COUNT, and one unknown name fails the request). */
const SOURCE_QUERY = WINDOW

/** The Monitoring bucket's documented refill (100 a minute): the pace once a third of it is left. */
const REFILL_MS = 600

export interface Process {
  id: string
  /** 'shard 0' … for messages; '' for a replica set. */
  label: string
}

export interface SideReads {
  side: Side
  what: string
  /** The primaries, one per shard, and the version they run. */
  locate(): Promise<{ processes: Process[]; version?: string }>
  databases(process: Process): Promise<string[]>
  measure(process: Process, database: string): Promise<Series>
}

/** The destination: an Atlas cluster's primaries, by the alias its connection string lists. */
export function destinationReads(
  session: ApiSession,
  projectId: string,
  clusterName: string,
  pace: { clock: Clock; signal: AbortSignal }
): SideReads {
  const client = new MonitoringClient(session)
  return {
    side: 'destination',
    what: `cluster ${clusterName} of Atlas project ${projectId}`,
    async locate() {
      const primaries = primariesOf(await client.processes(projectId), clusterName)
      if (primaries.length === 0) {
        throw new NotCheckable(
          `Atlas project ${projectId} lists no primary of cluster ${clusterName} among its processes (is the cluster running, and dedicated?)`
        )
      }
      return {
        processes: primaries.map((p, i) => ({ id: p.id, label: primaries.length > 1 ? `shard ${i}` : '' })),
        version: primaries[0]?.version
      }
    },
    databases: process => client.databases(projectId, process.id),
    async measure(process, database) {
      // Leave the project's other deployments a third of the bucket: below it, read at its refill.
      const budget = client.budget
      if (budget && budget.remaining < budget.limit / 3) await pace.clock.sleep(REFILL_MS, pace.signal)
      return client.databaseMeasurements(projectId, process.id, database, ATLAS_QUERY)
    }
  }
}

/**
 * The source: the Cloud Manager / Ops Manager cluster of that name — a replica set, or the shards
 * whose clusterName is the sharded cluster's — and each one's primary among the project's hosts.
 */
export function sourceReads(session: ApiSession, projectId: string, clusterName: string): SideReads {
  const client = new SourceMonitoringClient(session)
  return {
    side: 'source',
    what: `cluster ${clusterName} of Cloud Manager / Ops Manager project ${projectId}`,
    async locate() {
      const clusters = (await client.clusters(projectId)).filter(c => c.clusterName === clusterName)
      const sharded = clusters.some(c => c.typeName === 'SHARDED_REPLICA_SET' || c.typeName === 'SHARDED')
      const sets = clusters.filter(c => c.typeName === 'REPLICA_SET' && (!sharded || c.shardName !== undefined))
      if (sets.length === 0) {
        throw new NotCheckable(
          `source project ${projectId} has no replica set or sharded cluster named ${clusterName} (check source-cluster-name and source-project-id)`
        )
      }
      const hosts = await client.hosts(projectId)
      const primaries = sets.map(set => {
        const primary = hosts.find(h => h.clusterId === set.id && isPrimary(h))
        if (!primary)
          throw new NotCheckable(
            `no primary of ${set.shardName ?? set.replicaSetName ?? set.id} among the source's hosts`
          )
        return { set, primary }
      })
      return {
        processes: primaries.map(({ set, primary }) => ({
          id: primary.id,
          label: sharded ? (set.shardName ?? set.replicaSetName ?? set.id) : ''
        })),
        version: primaries[0]?.primary.version
      }
    },
    databases: process => client.databases(projectId, process.id),
    measure: (process, database) => client.databaseMeasurements(projectId, process.id, database, SOURCE_QUERY)
  }
}

const isPrimary = (host: SourceHost) =>
  !host.hidden &&
  (host.replicaStateName === 'PRIMARY' || host.typeName === 'REPLICA_PRIMARY' || host.typeName === 'SHARD_PRIMARY')
