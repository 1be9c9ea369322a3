// PF-8 and PF-9's reads: the cluster's primaries (by the alias its connection string names), their
// free disk and their databases. The Monitoring bucket is the tight one (300 + 100/min): one
// primary per shard, never every node.
import type { AvailableDeployment } from '../clients/migration'
import { MonitoringClient, primariesOf } from '../clients/monitoring'
import type { MigrationInputs } from '../inputs/types'
import type { ApiSession } from '../transport/session'
import type { DestinationCluster } from './client'
import { destinationContents, destinationDisk } from './destination-data'
import type { CheckResult } from './verdict'

export async function destinationDataChecks(
  session: ApiSession,
  projectId: string,
  cluster: DestinationCluster,
  source: AvailableDeployment | undefined,
  given: MigrationInputs
): Promise<CheckResult[]> {
  const monitoring = new MonitoringClient(session)
  const primaries = primariesOf(await monitoring.processes(projectId), cluster.name)
  const freeBytes: number[] = []
  for (const primary of primaries) {
    const [partition] = await monitoring.disks(projectId, primary.id)
    if (!partition) continue
    const { free } = await monitoring.freeDiskBytes(projectId, primary.id, partition)
    if (free !== undefined) freeBytes.push(free)
  }
  // Unsharded collections stay on one shard: a replica set source without sharding entries uses one.
  const shards = cluster.shards ?? 1
  const shardsUsed = source?.sharded ? shards : (given.sharding?.shardingEntries.length ?? 0) > 0 ? shards : 1
  const databases = primaries[0] ? await monitoring.databases(projectId, primaries[0].id) : undefined
  return [
    destinationDisk({
      sourceBytes: source?.dbSizeBytes,
      freeBytes,
      diskSizeGB: cluster.regions.map(r => r.diskSizeGB),
      shardsUsed,
      autoScaling: cluster.regions.some(r => r.diskAutoScaling || r.computeAutoScaling)
    }),
    destinationContents(databases, given.dropDestinationData)
  ]
}
