// The migration itself, after the link: discover what can be migrated, validate, start, watch
// until ready, and cut over. Every wait goes through pollUntil.

import type { AvailableProject, Migration, MigrationRequest, Validation } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ActionConfig, MigrationInputs, MigrationWait } from '../inputs'
import type { WaitRecord } from '../report'
import type { ModeContext, OpenSession } from './index'
import type { PollSchedule } from './poll'
import { pollUntil } from './poll'

type Config<M extends ActionConfig['mode']> = Extract<ActionConfig, { mode: M }>

const TERMINAL_FAILURES = ['FAILED', 'EXPIRED']

export async function listMigrationSources(
  config: Config<'list-migration-sources'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const client = new MigrationClient(open(config.atlas))
  context.log.info(`Listing what Atlas org ${config.orgId} can migrate (availableProjects)…`)
  const projects = await client.availableProjects(config.orgId)
  const deployments = flatten(projects)
  context.outputs.projects = JSON.stringify(projects)
  context.outputs.deployments = JSON.stringify(deployments)
  for (const d of deployments) {
    context.log.info(
      `${d.projectName} / ${d.clusterName}: MongoDB ${d.mongoDBVersion ?? '?'}, ${d.sharded ? 'sharded' : 'replica set'}, TLS ${d.tlsEnabled ? 'on' : 'off'}, migration hosts: ${d.migrationHosts.join(', ') || 'none'}`
    )
  }
  if (projects.length === 0) {
    context.log.warning(
      `Atlas org ${config.orgId} lists no project to migrate: is a Cloud Manager / Ops Manager organization linked to it, and is the link SYNCED (mode link-status)?`
    )
  }
  return `${deployments.length} deployment${deployments.length === 1 ? '' : 's'} in ${projects.length} project${projects.length === 1 ? '' : 's'}`
}

/** One row per deployment, for `strategy.matrix.include: ${{ fromJSON(…) }}`. */
function flatten(projects: AvailableProject[]) {
  return projects.flatMap(project =>
    (project.deployments ?? []).map(d => ({
      projectId: project.projectId,
      projectName: project.name,
      clusterName: d.name,
      sharded: d.sharded ?? false,
      tlsEnabled: d.tlsEnabled ?? false,
      managed: d.managed ?? false,
      mongoDBVersion: d.mongoDBVersion,
      dbSizeBytes: d.dbSizeBytes,
      migrationHosts: project.migrationHosts ?? []
    }))
  )
}

export async function validateMigrationMode(
  config: Config<'validate-migration'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const client = new MigrationClient(open(config.atlas))
  const body = await migrationRequest(client, config, context)
  const validation = await validate(client, config.projectId, body, config.wait, context)
  return `validation ${validation.status}`
}

export async function startMigration(
  config: Config<'start-migration'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const client = new MigrationClient(open(config.atlas))
  const body = await migrationRequest(client, config, context)
  if (config.skipValidation)
    context.log.warning('skip-validation is true: starting the migration without validating it first.')
  else await validate(client, config.projectId, body, config.wait, context)

  context.log.info(
    `Starting the migration of ${body.source.clusterName} into ${body.destination.clusterName} (project ${config.projectId}) through ${body.migrationHosts[0]}…`
  )
  const started = await client.create(config.projectId, body)
  // The ID is the only handle the API gives (there is no list call): out at once, everywhere.
  context.outputs['migration-id'] = started.id
  context.rows.push(['Migration ID', started.id])
  context.log.info(`Migration started: ID ${started.id}. Keep it: the API cannot list migrations.`)
  report(started, context)
  if (config.wait.for === 'none') return `migration ${started.id} ${started.status}`
  const migration = await watch(client, config.projectId, started, config.wait, context)
  return `migration ${migration.id} ${describe(migration)}`
}

export async function migrationStatus(
  config: Config<'migration-status'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const client = new MigrationClient(open(config.atlas))
  context.log.info(`Reading migration ${config.migrationId} of project ${config.projectId}…`)
  let migration = await client.get(config.projectId, config.migrationId)
  report(migration, context)
  if (config.wait.for !== 'none') migration = await watch(client, config.projectId, migration, config.wait, context)
  failIfEnded(migration, context)
  if (!(['NEW', 'WORKING', 'COMPLETE'] as string[]).includes(migration.status)) {
    context.log.warning(`Migration ${migration.id} has a status this action does not know: ${migration.status}.`)
  }
  return describe(migration)
}

export async function cutover(config: Config<'cutover'>, open: OpenSession, context: ModeContext): Promise<string> {
  const client = new MigrationClient(open(config.atlas))
  const { projectId, migrationId } = config
  let migration = await client.get(projectId, migrationId)
  report(migration, context)
  if (migration.status === 'COMPLETE') {
    context.log.info(`Migration ${migrationId} is COMPLETE already: nothing to cut over, nothing sent.`)
    return 'COMPLETE (already)'
  }
  failIfEnded(migration, context)
  if (!migration.readyForCutover) {
    throw new Error(
      `Migration ${migrationId} is not ready for cut-over (status ${migration.status}, lag ${lag(migration)}): no cut-over was sent. Wait with mode migration-status and wait-for: ready-for-cutover, then run cutover again.`
    )
  }
  context.log.warning(
    `Cutting over migration ${migrationId} into project ${projectId}: Atlas stops syncing from the source, removes the migration's access-list entries and database user on the destination, and finishes the migration. Point applications at Atlas once it is COMPLETE.`
  )
  await client.cutover(projectId, migrationId)
  context.log.info('Cut-over started.')
  if (config.wait.for === 'none') return 'cut-over started'
  migration = await watch(client, projectId, migration, config.wait, context, 'complete')
  failIfEnded(migration, context)
  return describe(migration)
}

/** The request from the inputs, with what they leave out discovered from availableProjects. */
async function migrationRequest(
  client: MigrationClient,
  config: Config<'validate-migration' | 'start-migration'>,
  context: ModeContext
): Promise<MigrationRequest> {
  const given = config.migration
  let { sourceProjectId, migrationHost, sourceSsl } = given
  if (sourceProjectId === undefined || migrationHost === undefined || sourceSsl === undefined) {
    const found = discover(await client.availableProjects(config.orgId as string), given)
    sourceProjectId ??= found.project.projectId
    sourceSsl ??= found.deployment.tlsEnabled ?? false
    migrationHost ??= found.host
    context.log.info(
      `Discovered ${given.sourceClusterName}: project ${found.project.name} (${sourceProjectId}), TLS ${sourceSsl ? 'on' : 'off'}, migration host ${migrationHost}.`
    )
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

/** The one deployment named source-cluster-name, and its project's one migration host. */
function discover(projects: AvailableProject[], given: MigrationInputs) {
  const candidates = projects.flatMap(project =>
    (project.deployments ?? []).map(deployment => ({ project, deployment }))
  )
  const listed = (list: { project: AvailableProject; deployment: { name: string } }[]) =>
    list.map(c => `${c.project.name} (${c.project.projectId}) / ${c.deployment.name}`).join('; ') || 'none'
  const matches = candidates.filter(
    c =>
      c.deployment.name === given.sourceClusterName &&
      (given.sourceProjectId === undefined || c.project.projectId === given.sourceProjectId)
  )
  if (matches.length !== 1) {
    const why = matches.length === 0 ? 'No deployment' : `${matches.length} deployments`
    throw new Error(
      `${why} named '${given.sourceClusterName}'${given.sourceProjectId ? ` in project ${given.sourceProjectId}` : ''} among the migration sources of the Atlas org. ${matches.length > 1 ? `Set source-project-id to one of them: ${listed(matches)}.` : `Candidates: ${listed(candidates)}.`}`
    )
  }
  const [match] = matches as [(typeof matches)[number]]
  const hosts = match.project.migrationHosts ?? []
  const host = given.migrationHost ?? (hosts.length === 1 ? hosts[0] : undefined)
  if (host === undefined) {
    throw new Error(
      hosts.length === 0
        ? `Project ${match.project.name} has no migration host: provision one in Cloud Manager (a server with agentFeatureCloudMigrationEnabled), or set migration-host.`
        : `Project ${match.project.name} has ${hosts.length} migration hosts: set migration-host to one of ${hosts.join(', ')} (each migration needs its own).`
    )
  }
  return { project: match.project, deployment: match.deployment, host }
}

/** Known validation failures (MongoDB's live-migration troubleshooting page) and what to do. */
const VALIDATION_HINTS: [RegExp, string][] = [
  [/disk space/i, 'Give the destination cluster more storage (or a larger tier), then validate again.'],
  [
    /could not reach|could not resolve hostname/i,
    'Check that the migration host can reach the source: host names, DNS, firewall.'
  ],
  [/disk storage info unavailable/i, "The source user can't read disk statistics: grant it clusterMonitor."],
  [
    /invalid ssl options|unable to process the provided ca file/i,
    'Check source-ssl and source-ca-certificate-path (a path on the migration host, readable by its agent).'
  ],
  [/standalone/i, 'Live migration needs a replica set or a sharded cluster as the source.'],
  [
    /time.?series/i,
    'Time-series collections are not supported: move them off the source, or migrate them another way.'
  ],
  [
    /username or password is not correct|not authorized to execute command/i,
    "Check source-username / source-password and the user's roles: backup and readAnyDatabase (and clusterMonitor for a sharded source)."
  ],
  [
    /blocking writes during cutover/i,
    'Grant the source user the bypassWriteBlockingMode privilege, needed for the cut-over.'
  ]
]

async function validate(
  client: MigrationClient,
  projectId: string,
  body: MigrationRequest,
  wait: MigrationWait,
  context: ModeContext
): Promise<Validation> {
  context.log.info(`Validating the migration of ${body.source.clusterName} into ${body.destination.clusterName}…`)
  let validation = await client.validate(projectId, body)
  context.outputs['validation-id'] = validation.id
  context.outputs['validation-status'] = validation.status
  context.rows.push(['Validation ID', validation.id])
  const done = (v: Validation) => v.status === 'SUCCESS' || v.status === 'FAILED'
  if (!done(validation)) {
    const record = waitRecord(context, `validation ${validation.id}`)
    validation = await pollUntil({
      what: `validation ${validation.id}`,
      timeoutSeconds: wait.timeoutSeconds,
      schedule: { firstMs: 2000, factor: 1.5, maxMs: Math.min(wait.pollIntervalSeconds * 1000, 30_000) },
      initial: validation,
      read: () => client.getValidation(projectId, validation.id),
      isDone: done,
      describe: v => `status ${v.status}`,
      onValue: v => {
        context.outputs['validation-status'] = v.status
        record.samples.push({ at: Date.now(), status: v.status })
      },
      timeoutHint: 'Raise wait-timeout-seconds, or look at the validation in the Atlas UI.',
      log: context.log,
      signal: context.signal
    })
  }
  if (validation.status === 'FAILED') {
    const message = (validation.errorMessage ?? 'no reason given').replace(/\s+/g, ' ').trim()
    const hint = VALIDATION_HINTS.find(([pattern]) => pattern.test(message))?.[1]
    throw new Error(
      `Validation ${validation.id} FAILED: ${message}.${hint ? ` ${hint}` : ''} No migration was started.`
    )
  }
  context.log.info(`Validation ${validation.id}: SUCCESS.`)
  return validation
}

/** Polls the migration until the wait's goal, a failure, or the deadline. */
async function watch(
  client: MigrationClient,
  projectId: string,
  initial: Migration,
  wait: MigrationWait,
  context: ModeContext,
  goal = wait.for
): Promise<Migration> {
  const reached = (m: Migration) =>
    m.status === 'COMPLETE' || (goal === 'ready-for-cutover' && m.readyForCutover && m.status !== 'COMPLETE')
  const what =
    goal === 'complete' ? `migration ${initial.id} to be COMPLETE` : `migration ${initial.id} to be ready for cut-over`
  const record = waitRecord(context, what)
  record.samples.push(sample(initial))
  if (reached(initial) || TERMINAL_FAILURES.includes(initial.status)) return initial
  const interval = wait.pollIntervalSeconds * 1000
  return pollUntil({
    what,
    timeoutSeconds: wait.timeoutSeconds,
    schedule: migrationSchedule(interval),
    initial,
    read: () => client.get(projectId, initial.id),
    isDone: m => reached(m) || TERMINAL_FAILURES.includes(m.status),
    describe,
    onValue: m => {
      report(m, context)
      record.samples.push(sample(m))
    },
    timeoutHint:
      goal === 'complete'
        ? 'The cut-over is still under way: run migration-status with wait-for: complete to follow it.'
        : 'Raise wait-timeout-seconds (5 days at most; GitHub-hosted jobs end at 6 hours), or resume later with mode migration-status and this migration-id.',
    log: context.log,
    signal: context.signal
  })
}

/** The first polls come sooner: 5 s, doubling, up to poll-interval-seconds. */
export function migrationSchedule(intervalMs: number): PollSchedule {
  return { firstMs: Math.min(5000, intervalMs), factor: 2, maxMs: intervalMs }
}

function waitRecord(context: ModeContext, what: string): WaitRecord {
  const record: WaitRecord = { what, samples: [] }
  context.waits.push(record)
  return record
}

function sample(m: Migration) {
  return { at: Date.now(), status: m.status, ready: m.readyForCutover, lagSeconds: m.lagSeconds }
}

/** Keeps the outputs current with every read, so a timeout or failure still reports them. */
function report(m: Migration, context: ModeContext): void {
  context.outputs['migration-status'] = m.status
  context.outputs['ready-for-cutover'] = String(m.readyForCutover)
  if (m.lagSeconds !== undefined) context.outputs['lag-seconds'] = String(m.lagSeconds)
}

function failIfEnded(m: Migration, context: ModeContext): void {
  if (!TERMINAL_FAILURES.includes(m.status)) return
  const why =
    m.status === 'EXPIRED'
      ? 'the cut-over window (120 hours after it became ready, extendable only in the Atlas UI) ran out; start a new migration'
      : "the API gives no reason: look at the destination cluster's migration in the Atlas UI and at the migration host's agent log in Cloud Manager"
  context.notes.push(`Migration ${m.id} ended ${m.status}: ${why}.`)
  throw new Error(`Migration ${m.id} is ${m.status}: ${why}.`)
}

function lag(m: Migration): string {
  return m.lagSeconds === undefined ? 'unknown' : `${m.lagSeconds} s`
}

function describe(m: Migration): string {
  return `status ${m.status}, ready for cut-over ${m.readyForCutover}, lag ${lag(m)}`
}
