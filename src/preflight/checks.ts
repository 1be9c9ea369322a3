// The pre-flight checks, pure: each takes what the reads returned and gives a verdict, its evidence
// and the fix. The numbers (PF-1 …) follow the catalogue of documented failures each prevents.
import type { AvailableDeployment, AvailableProject } from '../clients/migration'
import type { AccessEntryLike } from './access-list'
import { covers, entryNet, isEverywhere, parseNet } from './access-list'
import type { CheckResult, Verdict } from './verdict'
import { checkOf } from './verdict'
import { fcvFindings, parseVersion, versionFindings } from './versions'

type Finding = { result: Verdict; evidence: string; fix?: string }

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

/** What the migration will ask for, as far as the checks need it. */
export interface PlannedMigration {
  orgId: string
  projectId: string
  clusterName: string
  sourceClusterName: string
  sourceProjectId?: string
  migrationHost?: string
  sourceSsl?: boolean
  hasSourceCredentials: boolean
  hostnameSchemaType: 'PUBLIC' | 'PRIVATE_LINK' | 'VPC_PEERING'
  shardingEntries: number
}

/** PF-1: the credential reaches the Atlas org (Organization Owner), and the project is in it. */
export function credentialAndScope(plan: PlannedMigration, groupOrgId: string | undefined): CheckResult {
  return checkOf('PF-1', 'Credential and scope', [
    { result: 'pass', evidence: `availableProjects of org ${plan.orgId} answered (Organization Owner)` },
    groupOrgId === plan.orgId
      ? { result: 'pass', evidence: `project ${plan.projectId} is in org ${plan.orgId}` }
      : {
          result: 'fail',
          evidence: `project ${plan.projectId} is in org ${groupOrgId ?? 'unknown'}, not ${plan.orgId}`,
          fix: 'Set project-id to a project of the Atlas org the source is linked to (org-id).'
        }
  ])
}

/** PF-2: the source as availableProjects shows it. Returns the deployment found, if any. */
export function sourceFacts(
  plan: PlannedMigration,
  projects: AvailableProject[]
): { check: CheckResult; deployment?: AvailableDeployment } {
  const candidates = projects.flatMap(project =>
    (project.deployments ?? []).map(deployment => ({ project, deployment }))
  )
  const matches = candidates.filter(
    c =>
      c.deployment.name === plan.sourceClusterName &&
      (plan.sourceProjectId === undefined || c.project.projectId === plan.sourceProjectId)
  )
  if (matches.length !== 1) {
    const listed = candidates.map(c => `${c.project.name} / ${c.deployment.name}`).join(', ') || 'none'
    return {
      check: checkOf('PF-2', 'Source', [
        {
          result: 'fail',
          evidence: `${matches.length} deployments named ${plan.sourceClusterName} among the org's migration sources (${listed})`,
          fix:
            matches.length === 0
              ? 'Check source-cluster-name, and that the source org is linked and SYNCED (mode link-status).'
              : 'Set source-project-id to the one project meant.'
        }
      ])
    }
  }
  const { project, deployment } = matches[0] as (typeof matches)[number]
  const hosts = project.migrationHosts ?? []
  const findings: Finding[] = []
  if (plan.migrationHost === undefined) {
    findings.push(
      hosts.length === 1
        ? { result: 'pass', evidence: `migration host ${hosts[0]}` }
        : {
            result: 'fail',
            evidence: `project ${project.name} lists ${hosts.length} migration hosts (${hosts.join(', ') || 'none'})`,
            fix:
              hosts.length === 0 ? 'Provision a migration host in Cloud Manager.' : 'Set migration-host to one of them.'
          }
    )
  } else if (hosts.includes(plan.migrationHost)) {
    findings.push({ result: 'pass', evidence: `migration host ${plan.migrationHost} listed` })
  } else {
    findings.push({
      result: 'fail',
      evidence: `migration host ${plan.migrationHost} not among ${hosts.join(', ') || 'none'}`,
      fix: 'Set migration-host to one the project lists, exactly as listed.'
    })
  }
  findings.push(...versionFindings('source', deployment.mongoDBVersion))
  findings.push(...fcvFindings('source', deployment.mongoDBVersion, deployment.featureCompatibilityVersion))
  if (deployment.managed !== true && !plan.hasSourceCredentials) {
    findings.push({
      result: 'fail',
      evidence: `managed ${deployment.managed ?? 'not reported'}, no source credentials`,
      fix: 'Set source-username and source-password: Automation does not manage this source.'
    })
  }
  if (plan.sourceSsl !== undefined && deployment.tlsEnabled !== undefined && plan.sourceSsl !== deployment.tlsEnabled) {
    findings.push({
      result: 'fail',
      evidence: `source-ssl ${plan.sourceSsl}, deployment tlsEnabled ${deployment.tlsEnabled}`,
      fix: `Set source-ssl to ${deployment.tlsEnabled} ("Invalid SSL options provided" otherwise).`
    })
  } else if (deployment.tlsEnabled === undefined && plan.sourceSsl === undefined) {
    findings.push({ result: 'fail', evidence: 'tlsEnabled not reported', fix: 'Set source-ssl (true or false).' })
  }
  return { check: checkOf('PF-2', 'Source', findings), deployment }
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

/**
 * PF-11: the migration host's outbound addresses on the project's IP access list. The API cannot
 * know those addresses: without migration-host-ips the check says so, never a silent pass.
 */
export function accessList(
  plan: PlannedMigration,
  hostAddresses: string[],
  entries: (AccessEntryLike & { status?: string })[]
): CheckResult {
  const title = 'Migration host on the IP access list'
  if (plan.hostnameSchemaType !== 'PUBLIC') {
    return checkOf('PF-11', title, [{ result: 'skip', evidence: `hostname-schema-type ${plan.hostnameSchemaType}` }])
  }
  if (hostAddresses.length === 0) {
    return checkOf('PF-11', title, [
      {
        result: 'warn',
        evidence: `${entries.length} access-list entries; the migration host's outbound address is not known to Atlas`,
        fix: "Give migration-host-ips (the host's external IPs or CIDRs, from its Cloud Manager administrator) to check them."
      }
    ])
  }
  const findings: Finding[] = hostAddresses.map(text => {
    const host = parseNet(text)
    if (!host)
      return { result: 'fail', evidence: `${text} is not an address`, fix: 'Give migration-host-ips as IPs or CIDRs.' }
    const covering = entries.filter(e => {
      const net = entryNet(e)
      return net !== undefined && covers(net, host)
    })
    if (covering.length === 0) {
      return {
        result: 'fail',
        evidence: `${text} not covered`,
        fix: `Add ${text} to the destination project's IP access list.`
      }
    }
    const active = covering.find(e => (e.status ?? 'ACTIVE') === 'ACTIVE')
    if (!active) {
      const pending = covering.some(e => e.status === 'PENDING')
      return {
        result: pending ? 'warn' : 'fail',
        evidence: `${text} covered by ${covering.map(e => `${e.cidrBlock ?? e.ipAddress} (${e.status})`).join(', ')}`,
        fix: pending
          ? 'Wait until the entry is ACTIVE, then run pre-flight again.'
          : 'Re-create the FAILED access-list entry.'
      }
    }
    const net = entryNet(active)
    if (net && isEverywhere(net)) {
      return {
        result: 'warn',
        evidence: `${text} covered only by ${active.cidrBlock}`,
        fix: 'Allow the migration host alone rather than every address.'
      }
    }
    if (active.deleteAfterDate) {
      return {
        result: 'warn',
        evidence: `${text} covered by ${active.cidrBlock ?? active.ipAddress}, a temporary entry until ${active.deleteAfterDate}`,
        fix: 'Use a permanent entry: a migration can run for days before the cut-over.'
      }
    }
    return { result: 'pass', evidence: `${text} covered by ${active.cidrBlock ?? active.ipAddress}` }
  })
  return checkOf('PF-11', title, findings)
}
