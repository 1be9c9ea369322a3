// The pre-flight checks of the destination cluster (PF-3 … PF-7, PF-10), pure: each takes what the
// reads returned and gives a verdict, its evidence and the fix. The numbers follow the catalogue of
// documented failures each prevents; the source's are in source.ts, the network's beside them.
import type { AvailableDeployment } from '../clients/migration'
import type { PlannedMigration } from './source'
import type { CheckResult, Finding } from './verdict'
import { checkOf } from './verdict'
import { fcvFindings, parseVersion, versionFindings } from './versions'

/** What the checks need of the destination cluster (read at 2024-08-05). */
export interface ClusterFacts {
  name: string
  clusterType?: string
  stateName?: string
  paused?: boolean
  mongoDBVersion?: string
  versionReleaseSystem?: string
  featureCompatibilityVersion?: string
  biConnectorEnabled?: boolean
  regions: { provider?: string; region?: string; instanceSize?: string; effectiveInstanceSize?: string }[]
  /** One per replicationSpecs entry; absent when the answer has none. */
  shards?: number
}

const TENANT_SIZES = ['M0', 'M2', 'M5']

/** PF-3: the destination exists and its tier may receive a migration. */
export function destinationTier(cluster: ClusterFacts): CheckResult {
  const sizes = cluster.regions.map(r => r.instanceSize ?? r.effectiveInstanceSize ?? '?')
  const tenant = cluster.regions.some(
    r => r.provider === 'TENANT' || r.effectiveInstanceSize !== undefined || TENANT_SIZES.includes(r.instanceSize ?? '')
  )
  if (tenant) {
    return checkOf('PF-3', 'Destination tier', [
      {
        result: 'fail',
        evidence: `tier ${sizes.join(', ')} (shared)`,
        fix: 'Migrate into a dedicated cluster (M10 or larger; M40 or larger recommended), not M0/M2/M5 or Flex.'
      }
    ])
  }
  const numbers = sizes.map(size => Number(/^[MR](\d+)/.exec(size)?.[1] ?? Number.NaN)).filter(n => !Number.isNaN(n))
  const largest = numbers.length ? Math.max(...numbers) : undefined
  return checkOf('PF-3', 'Destination tier', [
    largest !== undefined && largest < 40
      ? {
          result: 'warn',
          evidence: `tier ${sizes.join(', ')}`,
          fix: 'Use M40 or larger for the migration (M80 with 6000 IOPS for large data sets); scale down after.'
        }
      : { result: 'pass', evidence: `tier ${sizes.join(', ')}` }
  ])
}

/** PF-3 when the cluster could not be read: Flex, not found (or serverless), or another refusal. */
export function destinationUnreadable(clusterName: string, status: number, errorCode: string | undefined): CheckResult {
  const flex = errorCode === 'CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API'
  return checkOf('PF-3', 'Destination tier', [
    {
      result: 'fail',
      evidence: `cluster ${clusterName}: HTTP ${status}${errorCode ? ` ${errorCode}` : ''}`,
      fix: flex
        ? 'A Flex cluster cannot receive a live migration: use a dedicated cluster (M10 or larger).'
        : status === 404
          ? 'Check cluster-name and project-id (a serverless instance is not a valid destination either).'
          : 'Check cluster-name, project-id and the credentials (Project Read Only at least).'
    }
  ])
}

/** PF-4: the destination is idle and running. */
export function destinationState(cluster: ClusterFacts): CheckResult {
  const state = cluster.stateName ?? 'not reported'
  if (cluster.paused)
    return checkOf('PF-4', 'Destination state', [
      { result: 'fail', evidence: 'paused', fix: 'Resume the destination cluster.' }
    ])
  if (state === 'CREATING' || state === 'DELETING')
    return checkOf('PF-4', 'Destination state', [
      { result: 'fail', evidence: `state ${state}`, fix: 'Wait until the destination is IDLE.' }
    ])
  if (state === 'UPDATING' || state === 'REPAIRING') {
    return checkOf('PF-4', 'Destination state', [
      {
        result: 'warn',
        evidence: `state ${state}`,
        fix: 'Start once the destination is IDLE: elections during changes can fail the migration.'
      }
    ])
  }
  return checkOf('PF-4', 'Destination state', [{ result: 'pass', evidence: `state ${state}, running` }])
}

/** PF-5: the destination's version, release cadence and FCV, and against the source's. */
export function destinationVersion(cluster: ClusterFacts, source: AvailableDeployment | undefined): CheckResult {
  const findings: Finding[] = []
  if (cluster.versionReleaseSystem === 'CONTINUOUS') {
    findings.push({
      result: 'fail',
      evidence: 'versionReleaseSystem CONTINUOUS',
      fix: 'Pin the destination to a major release: not "Latest Version With Auto Upgrades".'
    })
  }
  findings.push(...versionFindings('destination', cluster.mongoDBVersion))
  findings.push(...fcvFindings('destination', cluster.mongoDBVersion, cluster.featureCompatibilityVersion))
  const dest = parseVersion(cluster.mongoDBVersion)
  const src = parseVersion(source?.mongoDBVersion)
  if (dest && src && dest[0] < src[0]) {
    findings.push({
      result: 'fail',
      evidence: `destination ${cluster.mongoDBVersion} below source ${source?.mongoDBVersion}`,
      fix: 'Use a destination of the same or a later major version than the source.'
    })
  } else if (dest && src && dest[0] > src[0]) {
    findings.push({
      result: 'warn',
      evidence: `destination ${cluster.mongoDBVersion} above source ${source?.mongoDBVersion}`,
      fix: 'A later major is allowed by the current docs; an earlier edition required matching versions.'
    })
  }
  const destFcv = parseVersion(cluster.featureCompatibilityVersion)
  const srcFcv = parseVersion(source?.featureCompatibilityVersion)
  if (destFcv && srcFcv && (destFcv[0] < srcFcv[0] || (destFcv[0] === srcFcv[0] && destFcv[1] < srcFcv[1]))) {
    findings.push({
      result: 'fail',
      evidence: `destination FCV ${cluster.featureCompatibilityVersion} below source FCV ${source?.featureCompatibilityVersion}`,
      fix: "Raise the destination's FCV to at least the source's."
    })
  }
  return checkOf('PF-5', 'Versions and FCV', findings)
}

/** PF-6: no BI Connector on the destination. */
export function biConnector(cluster: ClusterFacts): CheckResult {
  return checkOf('PF-6', 'BI Connector', [
    cluster.biConnectorEnabled
      ? {
          result: 'fail',
          evidence: 'BI Connector enabled',
          fix: 'Disable the BI Connector on the destination for the migration.'
        }
      : { result: 'pass', evidence: 'BI Connector off' }
  ])
}

/** PF-7: a topology pair live migration supports. */
export function topology(
  cluster: ClusterFacts,
  source: AvailableDeployment | undefined,
  plan: PlannedMigration
): CheckResult {
  const type = cluster.clusterType ?? 'REPLICASET'
  const sharded = source?.sharded
  const evidence = `source ${sharded === undefined ? 'topology not reported' : sharded ? 'sharded' : 'replica set'}, destination ${type}${type === 'REPLICASET' ? '' : ` (${cluster.shards ?? '?'} shards)`}`
  if (sharded === true && type === 'REPLICASET')
    return checkOf('PF-7', 'Topology', [
      { result: 'fail', evidence, fix: 'Migrate a sharded source into a sharded cluster.' }
    ])
  if (type === 'GEOSHARDED')
    return checkOf('PF-7', 'Topology', [
      { result: 'warn', evidence, fix: 'A Global Cluster destination is not covered by the push docs.' }
    ])
  if (sharded === false && type === 'SHARDED' && plan.shardingEntries === 0) {
    return checkOf('PF-7', 'Topology', [
      {
        result: 'warn',
        evidence,
        fix: 'Without sharding entries every collection stays unsharded on one shard: set sharding.'
      }
    ])
  }
  if (sharded === undefined)
    return checkOf('PF-7', 'Topology', [{ result: 'warn', evidence, fix: "Check the source's topology by hand." }])
  return checkOf('PF-7', 'Topology', [{ result: 'pass', evidence }])
}

/** PF-10: "Require Indexes for All Queries" off, and a fixed oplog size. */
export function processArgs(args: { noTableScan?: boolean; oplogSizeMB: number | null }): CheckResult {
  return checkOf('PF-10', 'Advanced configuration', [
    args.noTableScan
      ? {
          result: 'fail',
          evidence: 'noTableScan true',
          fix: 'Turn off "Require Indexes for All Queries" on the destination.'
        }
      : { result: 'pass', evidence: 'noTableScan false' },
    args.oplogSizeMB === null
      ? {
          result: 'warn',
          evidence: 'oplog size not fixed',
          fix: 'Set a fixed, large enough oplog size on the destination for the migration.'
        }
      : { result: 'pass', evidence: `oplog ${args.oplogSizeMB} MB` }
  ])
}
