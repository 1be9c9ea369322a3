// The migration modes after the link, but the cut-over (cutover.ts): discover what can be migrated,
// validate, start (pre-flight first when asked; with deployment-name, the ledger's migration still
// in flight is taken up instead), and read or wait for a migration's status. Requests come from
// request.ts, validation from validation.ts, and every read of a migration goes through
// MigrationWatch (watch/), which owns its end states.
import type { AvailableProject, MigrationRequest } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../config'
import { counted } from '../errors'
import { evidenceWhenReady } from '../evidence/mode'
import { openLedger, recordStart, takeUp } from '../ledger/keeping'
import type { ModeContext, OpenSession } from '../mode'
import { runPreflight } from '../preflight/mode'
import { dataSize } from '../time'
import type { ApiSession } from '../transport/session'
import { sharedReads } from '../transport/shared-reads'
import { describeMigration, MigrationWatch } from '../watch/migration-watch'
import { migrationRequest } from './request'
import { validate } from './validation'

export async function listMigrationSources(
  config: ConfigOf<'list-migration-sources'>,
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
      `${d.projectName} / ${d.clusterName}: MongoDB ${d.mongoDBVersion ?? '?'}, ${d.sharded === null ? 'topology not reported' : d.sharded ? 'sharded' : 'replica set'}, TLS ${d.tlsEnabled === null ? 'not reported' : d.tlsEnabled ? 'on' : 'off'}, migration hosts: ${d.migrationHosts.join(', ') || 'none'}`
    )
  }
  if (deployments.length > 0) {
    const unknown = 'not reported'
    context.tables.push({
      heading: `Deployments to migrate (${deployments.length})`,
      header: ['Project', 'Deployment', 'MongoDB', 'TLS', 'Size', 'Migration hosts'],
      rows: deployments.map(d => [
        `${d.projectName} (${d.projectId})`,
        d.clusterName,
        `${d.mongoDBVersion ?? unknown}${d.sharded ? ', sharded' : ''}`,
        d.tlsEnabled === null ? unknown : d.tlsEnabled ? 'on' : 'off',
        // A no-break space: "25.0 GB" stays on one line in its narrow column.
        d.dbSizeBytes === undefined ? unknown : dataSize(d.dbSizeBytes).replace(' ', '\u00a0'),
        d.migrationHosts.join(', ') || 'none'
      ])
    })
  }
  if (projects.length === 0) {
    context.log.warning(
      `Atlas org ${config.orgId} lists no project to migrate: is a Cloud Manager / Ops Manager organization linked to it, and is the link SYNCED (mode link-status)?`
    )
  }
  return `${counted(deployments.length, 'deployment')} in ${counted(projects.length, 'project')}`
}

/** One row per deployment, for `strategy.matrix.include: ${{ fromJSON(…) }}`. */
function flatten(projects: AvailableProject[]) {
  return projects.flatMap(project =>
    (project.deployments ?? []).map(d => ({
      projectId: project.projectId,
      projectName: project.name,
      clusterName: d.name,
      // What Atlas does not report stays null: a matrix row never guesses a security setting.
      sharded: d.sharded ?? null,
      tlsEnabled: d.tlsEnabled ?? null,
      managed: d.managed ?? null,
      mongoDBVersion: d.mongoDBVersion,
      dbSizeBytes: d.dbSizeBytes,
      migrationHosts: project.migrationHosts ?? []
    }))
  )
}

/**
 * What validate and start share: one session, pre-flight first when asked, then the request. The
 * two read the org's migration sources alike: sent once (Atlas's org bucket is the link tokens' too).
 * The polls that follow are never shared: each must reach Atlas.
 */
async function prepare(
  config: ConfigOf<'validate-migration' | 'start-migration'>,
  session: ApiSession,
  context: ModeContext
): Promise<{ client: MigrationClient; body: MigrationRequest }> {
  const reads = sharedReads(session)
  if (config.preflight) await runPreflight(reads, config, context)
  const body = await migrationRequest(new MigrationClient(reads), config, context)
  return { client: new MigrationClient(session), body }
}

export async function validateMigrationMode(
  config: ConfigOf<'validate-migration'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const { client, body } = await prepare(config, open(config.atlas), context)
  const validation = await validate(client, config.projectId, body, config.wait, context)
  return `validation ${validation.status}`
}

export async function startMigration(
  config: ConfigOf<'start-migration'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const session = open(config.atlas)
  // With the ledger, a migration of this deployment still in flight is taken up: nothing is
  // checked or started again (pre-flight would see that very migration under way).
  const ledger = config.ledger ? openLedger(config.ledger, open, context) : undefined
  if (ledger) {
    const expected = {
      projectId: config.projectId,
      destination: config.migration.clusterName,
      source: config.migration.sourceClusterName
    }
    const current = await takeUp(ledger, new MigrationClient(session), expected, context)
    if (current) {
      const { migration, projectId } = current
      const sourceProjectId = config.migration.sourceProjectId ?? current.sourceProjectId
      const names = {
        projectId,
        clusterName: expected.destination,
        sourceClusterName: expected.source,
        sourceProjectId
      }
      if (config.wait.for === 'none' || migration.status === 'COMPLETE') {
        await evidenceWhenReady(
          migration,
          { atlas: session, source: config.evidenceSource, target: names },
          open,
          context
        )
        return `migration ${migration.id} ${describeMigration(migration)} (taken up)`
      }
      const watch = new MigrationWatch(new MigrationClient(session), projectId, migration.id, context)
      const waited = await watch.until(config.wait.for, config.wait)
      await evidenceWhenReady(waited, { atlas: session, source: config.evidenceSource, target: names }, open, context)
      return `migration ${waited.id} ${describeMigration(waited)} (taken up)`
    }
  }
  const { client, body } = await prepare(config, session, context)
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
  if (ledger) {
    await recordStart(
      ledger,
      started,
      {
        projectId: config.projectId,
        source: body.source.clusterName,
        destination: body.destination.clusterName,
        sourceProjectId: body.source.groupId
      },
      context
    )
  }
  const watch = new MigrationWatch(client, config.projectId, started.id, context)
  watch.see(started) // a create answer that already says FAILED fails the step here
  const migration = config.wait.for === 'none' ? started : await watch.until(config.wait.for, config.wait)
  // Ready: the evidence in the summary, read now (not pre-flight's reads, which predate the copy).
  const target = {
    projectId: config.projectId,
    clusterName: body.destination.clusterName,
    sourceClusterName: body.source.clusterName,
    sourceProjectId: body.source.groupId
  }
  await evidenceWhenReady(migration, { atlas: session, source: config.evidenceSource, target }, open, context)
  return `migration ${migration.id} ${describeMigration(migration)}`
}

export async function migrationStatus(
  config: ConfigOf<'migration-status'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const atlas = open(config.atlas)
  const watch = new MigrationWatch(new MigrationClient(atlas), config.projectId, config.migrationId, context)
  let migration = await watch.read()
  if (config.wait.for !== 'none') migration = await watch.until(config.wait.for, config.wait)
  const target = { projectId: config.projectId, ...config.evidence?.names }
  await evidenceWhenReady(migration, { atlas, source: config.evidence?.source, target }, open, context)
  return `migration ${migration.id} ${describeMigration(migration)}`
}
