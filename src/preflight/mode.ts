// Mode preflight: every read-only check the Atlas API allows before a validation (PF-1 … PF-11),
// each ending pass, warn, fail or skip with its evidence and its fix. Sends no write; fails the
// step on any fail, after the report is out.
import type { AvailableProject } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../config'
import { ApiError } from '../errors'
import type { MigrationInputs } from '../inputs/types'
import type { ModeContext, OpenSession } from '../mode'
import type { ApiSession } from '../transport/session'
import { accessList, covers, entryNet, parseNet } from './access-list'
import { IMPORT_EVENT_TYPES, maintenance, otherMigration } from './activity'
import type { ClusterFacts } from './checks'
import * as checks from './checks'
import type { AccessEntry, DestinationCluster } from './client'
import { PreflightClient } from './client'
import { destinationDataChecks } from './data'
import { privateEndpoint, vpcPeering } from './network'
import type { CloudProvider } from './network-client'
import { PreflightNetworkClient } from './network-client'
import { reportPreflight } from './report'
import type { PlannedMigration } from './source'
import { credentialAndScope, sourceFacts } from './source'
import type { CheckResult } from './verdict'
import { checkOf } from './verdict'

/** What pre-flight needs to know of the migration it checks. */
export interface PreflightTarget {
  orgId: string
  projectId: string
  migration: MigrationInputs
  migrationHostIps: string[]
  /** A plan's entry: the credentials come at start time (from secrets), not now. */
  hasSourceCredentials?: boolean
}

export async function preflight(
  config: ConfigOf<'preflight'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  return runPreflight(open(config.atlas), config, context)
}

/**
 * Runs every check on one session, reports them (outputs, log, summary rows), and throws on any
 * fail; also run first by validate-migration and start-migration with preflight: true.
 */
export async function runPreflight(
  session: ApiSession,
  config: PreflightTarget,
  context: ModeContext
): Promise<string> {
  const { sourceClusterName, clusterName } = config.migration
  context.log.info(`Pre-flight of ${sourceClusterName} into ${clusterName} (project ${config.projectId}): reads only…`)
  return reportPreflight(inOrder(await preflightChecks(session, config, context)), context)
}

/** Every check, reading only, in the order they can be made; reports nothing (the plan reports its own way). */
export async function preflightChecks(
  session: ApiSession,
  config: PreflightTarget,
  context: ModeContext
): Promise<CheckResult[]> {
  const migrations = new MigrationClient(session)
  const reads = new PreflightClient(session)
  const given = config.migration
  const plan: PlannedMigration = {
    orgId: config.orgId,
    projectId: config.projectId,
    clusterName: given.clusterName,
    sourceClusterName: given.sourceClusterName,
    sourceProjectId: given.sourceProjectId,
    migrationHost: given.migrationHost,
    sourceSsl: given.sourceSsl,
    hasSourceCredentials: config.hasSourceCredentials ?? given.sourceCredentials !== undefined,
    hostnameSchemaType: given.hostnameSchemaType,
    shardingEntries: given.sharding?.shardingEntries.length ?? 0
  }
  const results: CheckResult[] = []
  // PF-1 first: without the org's sources and the project, nothing else can be judged.
  let projects: AvailableProject[]
  let groupOrgId: string
  try {
    projects = await migrations.availableProjects(config.orgId)
    groupOrgId = (await reads.group(config.projectId)).orgId
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    results.push(
      checkOf('PF-1', 'Credential and scope', [
        {
          result: 'fail',
          evidence: err.summary,
          fix:
            err.hint ??
            'The credential needs Organization Owner on org-id, project-id must exist, and the runner must be on the API access list.'
        }
      ])
    )
    return results
  }
  results.push(credentialAndScope(plan, groupOrgId))
  const source = sourceFacts(plan, projects)
  results.push(source.check)

  const cluster = await readCluster(reads, config.projectId, given.clusterName)
  if ('unreadable' in cluster) {
    results.push(
      checks.destinationUnreadable(given.clusterName, cluster.unreadable.status, cluster.unreadable.errorCode)
    )
    for (const [id, title] of DEPENDENT_ON_CLUSTER) {
      results.push(checkOf(id, title, [{ result: 'skip', evidence: 'the destination cluster could not be read' }]))
    }
  } else {
    const facts: ClusterFacts = cluster
    results.push(
      checks.destinationTier(facts),
      checks.destinationState(facts),
      checks.destinationVersion(facts, source.deployment),
      checks.biConnector(facts),
      checks.topology(facts, source.deployment, plan)
    )
    const tenant = facts.regions.some(r => r.provider === 'TENANT' || r.effectiveInstanceSize !== undefined)
    results.push(
      tenant
        ? checkOf('PF-10', 'Advanced configuration', [{ result: 'skip', evidence: 'a shared-tier cluster has none' }])
        : checks.processArgs(await reads.processArgs(config.projectId, given.clusterName)),
      ...(await networkPathChecks(new PreflightNetworkClient(session), config.projectId, given, facts.regions, tenant)),
      ...(tenant
        ? [
            checkOf('PF-8', 'Destination disk', [{ result: 'skip', evidence: 'a shared tier (PF-3 fails)' }]),
            checkOf('PF-9', 'Destination contents', [{ result: 'skip', evidence: 'a shared tier (PF-3 fails)' }])
          ]
        : await destinationDataChecks(session, config.projectId, cluster, source.deployment, given))
    )
  }
  results.push(await accessListCheck(reads, plan, config.migrationHostIps))
  // From the start of the day 30 days back: the same query all day, so a plan's entries share it.
  const since = new Date(Math.floor(context.clock.now() / 86_400_000 - 30) * 86_400_000).toISOString()
  results.push(
    await readOrWarn(
      'PF-14',
      'No other migration into the destination',
      `Check in the Atlas UI that no other migration into cluster ${given.clusterName} is under way.`,
      async () =>
        otherMigration(
          given.clusterName,
          await reads.events(config.projectId, { eventTypes: IMPORT_EVENT_TYPES, minDate: since })
        )
    ),
    await readOrWarn(
      'PF-15',
      'Maintenance window',
      `Check the maintenance window of project ${config.projectId} in the Atlas UI.`,
      async () => maintenance(await reads.maintenanceWindow(config.projectId))
    )
  )
  return results
}

const DEPENDENT_ON_CLUSTER: [string, string][] = [
  ['PF-4', 'Destination state'],
  ['PF-5', 'Versions and FCV'],
  ['PF-6', 'BI Connector'],
  ['PF-7', 'Topology'],
  ['PF-8', 'Destination disk'],
  ['PF-9', 'Destination contents'],
  ['PF-10', 'Advanced configuration'],
  ['PF-12', 'Private endpoint'],
  ['PF-13', 'VPC peering']
]

/** PF-12 and PF-13: the private path hostname-schema-type names, in the cluster's provider and region. */
async function networkPathChecks(
  net: PreflightNetworkClient,
  projectId: string,
  given: MigrationInputs,
  regions: ClusterFacts['regions'],
  tenant: boolean
): Promise<CheckResult[]> {
  const schema = given.hostnameSchemaType
  const skip = (id: string, title: string, why: string) => checkOf(id, title, [{ result: 'skip', evidence: why }])
  const provider = regions[0]?.provider as CloudProvider | undefined
  const usable = !tenant && provider !== undefined && ['AWS', 'AZURE', 'GCP'].includes(provider)
  const endpoint =
    schema !== 'PRIVATE_LINK'
      ? skip('PF-12', 'Private endpoint', `hostname-schema-type ${schema}`)
      : !usable
        ? skip('PF-12', 'Private endpoint', 'no dedicated provider to look in')
        : await privateEndpointCheck(net, projectId, provider as CloudProvider, given.privateLinkId, regions)
  const peering =
    schema !== 'VPC_PEERING'
      ? skip('PF-13', 'VPC peering', `hostname-schema-type ${schema}`)
      : !usable
        ? skip('PF-13', 'VPC peering', 'no dedicated provider to look in')
        : vpcPeering(regions, await net.peers(projectId, provider as CloudProvider), await net.containers(projectId))
  return [endpoint, peering]
}

async function privateEndpointCheck(
  net: PreflightNetworkClient,
  projectId: string,
  provider: CloudProvider,
  privateLinkId: string | undefined,
  regions: ClusterFacts['regions']
): Promise<CheckResult> {
  const services = await net.endpointServices(projectId, provider)
  const holder = privateLinkId ? services.find(s => s.endpointIds.includes(privateLinkId)) : undefined
  const endpoint =
    holder && privateLinkId ? await net.endpoint(projectId, provider, holder.id, privateLinkId) : undefined
  return privateEndpoint(regions, privateLinkId, services, endpoint)
}

async function readCluster(
  reads: PreflightClient,
  projectId: string,
  name: string
): Promise<DestinationCluster | { unreadable: { status: number; errorCode?: string } }> {
  try {
    return await reads.cluster(projectId, name)
  } catch (err) {
    if (err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429) {
      return { unreadable: { status: err.status, errorCode: err.errorCode } }
    }
    throw err
  }
}

/** A check whose read the API refused (4xx): a warning that says so and how to check by hand, never a silent pass. */
async function readOrWarn(
  id: string,
  title: string,
  byHand: string,
  check: () => Promise<CheckResult>
): Promise<CheckResult> {
  try {
    return await check()
  } catch (err) {
    if (!(err instanceof ApiError) || err.status >= 500 || err.status === 429) throw err
    return checkOf(id, title, [{ result: 'warn', evidence: `not read: ${err.summary}`, fix: byHand }])
  }
}

/** PF-11: the entries, and the status of those that cover a host address (one read each). */
async function accessListCheck(
  reads: PreflightClient,
  plan: PlannedMigration,
  hostIps: string[]
): Promise<CheckResult> {
  if (plan.hostnameSchemaType !== 'PUBLIC') return accessList(plan, hostIps, [])
  const entries: (AccessEntry & { status?: string })[] = await reads.accessList(plan.projectId)
  const hosts = hostIps.flatMap(text => parseNet(text) ?? [])
  for (const entry of entries) {
    const net = entryNet(entry)
    const value = entry.cidrBlock ?? entry.ipAddress
    if (net && value && hosts.some(host => covers(net, host))) {
      entry.status = await reads.accessListStatus(plan.projectId, value)
    }
  }
  return accessList(plan, hostIps, entries)
}

/** The checks by their PF number. */
export function inOrder(results: CheckResult[]): CheckResult[] {
  const number = (r: CheckResult) => Number(r.id.replace(/\D/g, ''))
  return [...results].sort((a, b) => number(a) - number(b))
}
