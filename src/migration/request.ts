// The migration request (the body of validate and create), from the inputs and, for what they leave
// out, from availableProjects. Discovery never guesses: a host the project does not list, a TLS
// setting Atlas does not report, or credentials an unmanaged deployment needs are refused here,
// before anything is sent.
import type { AvailableDeployment, AvailableProject, MigrationClient, MigrationRequest } from '../clients/migration'
import type { ConfigOf } from '../config'
import { StepError } from '../errors'
import type { MigrationInputs } from '../inputs/types'
import type { ModeContext } from '../mode'

type RequestConfig = ConfigOf<'validate-migration' | 'start-migration'>

/** The request from the inputs; with org-id, discovery fills what they leave out and checks what they give. */
export async function migrationRequest(
  client: MigrationClient,
  config: RequestConfig,
  context: ModeContext
): Promise<MigrationRequest> {
  const given = config.migration
  let { sourceProjectId, migrationHost, sourceSsl } = given
  // Without org-id the inputs name everything (the input rules ask for it): nothing to discover.
  if (config.orgId !== undefined) {
    const found = discover(await client.availableProjects(config.orgId), given, context)
    sourceProjectId ??= found.project.projectId
    sourceSsl ??= found.ssl
    migrationHost ??= found.host
    context.log.info(
      `Discovered ${given.sourceClusterName}: project ${found.project.name} (${sourceProjectId}), TLS ${sourceSsl ? 'on' : 'off'}, migration host ${migrationHost}.`
    )
  }
  if (sourceProjectId === undefined || migrationHost === undefined || sourceSsl === undefined) {
    throw new StepError('Set org-id, or all of source-project-id, migration-host and source-ssl.')
  }
  const body: MigrationRequest = {
    source: {
      clusterName: given.sourceClusterName,
      groupId: sourceProjectId,
      managedAuthentication: given.sourceCredentials === undefined,
      ssl: sourceSsl,
      ...(given.sourceCaCertificatePath ? { caCertificatePath: given.sourceCaCertificatePath } : {}),
      ...(given.sourceCredentials ?? {})
    },
    destination: {
      clusterName: given.clusterName,
      groupId: config.projectId,
      hostnameSchemaType: given.hostnameSchemaType,
      ...(given.privateLinkId ? { privateLinkId: given.privateLinkId } : {})
    },
    migrationHosts: [migrationHost],
    dropDestinationData: given.dropDestinationData,
    ...(given.sharding ? { sharding: given.sharding } : {})
  }
  context.rows.push(
    ['Source', `${body.source.clusterName} in project ${body.source.groupId}`],
    ['Migration host', migrationHost],
    [
      'Request',
      `TLS ${body.source.ssl ? 'on' : 'off'}, ${body.source.managedAuthentication ? 'managed authentication' : `user ${given.sourceCredentials?.username}`}, ${body.destination.hostnameSchemaType}, drop destination data: ${body.dropDestinationData}${body.sharding ? `, sharding ${body.sharding.shardingEntries.length} collection(s)` : ''}`
    ]
  )
  return body
}

interface Candidate {
  project: AvailableProject
  deployment: AvailableDeployment
}

/** The one deployment named source-cluster-name, its migration host and its TLS setting, each checked. */
function discover(projects: AvailableProject[], given: MigrationInputs, context: ModeContext) {
  const candidates: Candidate[] = projects.flatMap(project =>
    (project.deployments ?? []).map(deployment => ({ project, deployment }))
  )
  const listed = (list: Candidate[]) =>
    list.map(c => `${c.project.name} (${c.project.projectId}) / ${c.deployment.name}`).join('; ') || 'none'
  const matches = candidates.filter(
    c =>
      c.deployment.name === given.sourceClusterName &&
      (given.sourceProjectId === undefined || c.project.projectId === given.sourceProjectId)
  )
  if (matches.length !== 1) {
    const why = matches.length === 0 ? 'No deployment' : `${matches.length} deployments`
    throw new StepError(
      `${why} named '${given.sourceClusterName}'${given.sourceProjectId ? ` in project ${given.sourceProjectId}` : ''} among the migration sources of the Atlas org. ${matches.length > 1 ? `Set source-project-id to one of them: ${listed(matches)}.` : `Candidates: ${listed(candidates)}.`}`
    )
  }
  const { project, deployment } = matches[0] as Candidate
  return { project, host: migrationHostOf(project, given, context), ssl: sslOf(project, deployment, given) }
}

/** The host given, if the project lists it; else the project's one host. */
function migrationHostOf(project: AvailableProject, given: MigrationInputs, context: ModeContext): string {
  const hosts = project.migrationHosts
  const known = hosts?.join(', ') || 'none'
  if (given.migrationHost !== undefined) {
    if (hosts === undefined) {
      // Before 2026-04 the field was optional: an older API may not list hosts at all.
      context.log.warning(
        `Atlas does not list the migration hosts of project ${project.name}: migration-host ${given.migrationHost} could not be checked.`
      )
      return given.migrationHost
    }
    if (hosts.includes(given.migrationHost)) return given.migrationHost
    throw new StepError(
      `Migration host '${given.migrationHost}' is not one of project ${project.name}'s migration hosts (${known}): set migration-host to one of them, exactly as listed. Nothing was sent.`
    )
  }
  if (hosts?.length === 1) return hosts[0] as string
  throw new StepError(
    (hosts?.length ?? 0) === 0
      ? `Project ${project.name} has no migration host: provision one in Cloud Manager (a server with agentFeatureCloudMigrationEnabled), or set migration-host.`
      : `Project ${project.name} has ${hosts?.length} migration hosts: set migration-host to one of ${known} (each migration needs its own).`
  )
}

/** TLS from source-ssl, or from what Atlas reports; never guessed. Also refuses an unmanaged source without credentials. */
function sslOf(
  project: AvailableProject,
  deployment: AvailableDeployment,
  given: MigrationInputs
): boolean | undefined {
  const where = `deployment ${deployment.name} of project ${project.name}`
  if (deployment.managed !== true && given.sourceCredentials === undefined) {
    throw new StepError(
      deployment.managed === false
        ? `The ${where} is not managed by Cloud Manager / Ops Manager Automation, so Atlas cannot authenticate to it on its own: set source-username and source-password (a user with backup, readAnyDatabase and clusterMonitor). Nothing was sent.`
        : `Atlas does not say whether Automation manages the ${where}: set source-username and source-password, since managed authentication cannot be assumed. Nothing was sent.`
    )
  }
  if (given.sourceSsl !== undefined) return given.sourceSsl
  if (typeof deployment.tlsEnabled === 'boolean') return deployment.tlsEnabled
  throw new StepError(
    `Atlas does not say whether the ${where} uses TLS, and a security setting is never guessed: set source-ssl (true or false). Nothing was sent.`
  )
}
