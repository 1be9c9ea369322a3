// Mode record-migration: keeps the ledger (ledger.ts) for one deployment. With a migration ID it
// makes sure the deployment has a record of it, then reads the migration and appends its state
// when that changed; without one it finds the deployment's newest record (a re-run or a resume
// needs no ID copied by hand) and does the same. An ended migration is recorded and reported, not
// a failure here: whoever reads the outputs decides (the pipeline starts a new one).
import type { Migration } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../inputs/types'
import type { ModeContext, OpenSession } from './context'
import { openGitHub } from './github-run'
import { Ledger } from './ledger'
import { describeMigration, MigrationEndedError, MigrationWatch } from './migration-watch'

export async function recordMigration(
  config: ConfigOf<'record-migration'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const github = openGitHub(config.githubToken, open)
  const ledger = new Ledger(github.client, github.sha)
  const name = config.deploymentName
  let record = await ledger.newest(name)
  if (config.migrationId === undefined) {
    if (!record) {
      context.log.info(`The ledger has no migration of deployment '${name}'.`)
      return `no migration recorded for ${name}`
    }
    context.log.info(`The ledger's newest migration of '${name}': ${record.migrationId}, started ${record.startedAt}.`)
  } else if (record?.migrationId !== config.migrationId) {
    record = await ledger.create({
      deployment: name,
      migrationId: config.migrationId,
      projectId: config.projectId,
      source: config.sourceClusterName,
      destination: config.clusterName,
      startedAt: new Date(context.clock.now()).toISOString()
    })
    context.log.info(`Recorded migration ${config.migrationId} of '${name}' in the ledger (record ${record.id}).`)
  }
  context.outputs['migration-id'] = record.migrationId
  context.rows.push(['Ledger record', String(record.id)])
  const watch = new MigrationWatch(
    new MigrationClient(open(config.atlas)),
    record.projectId,
    record.migrationId,
    context
  )
  let migration: Migration
  try {
    migration = await watch.read()
  } catch (err) {
    if (!(err instanceof MigrationEndedError)) throw err
    migration = err.migration
  }
  if (await ledger.note(record, migration)) context.log.info(`Recorded ${describeMigration(migration)} in the ledger.`)
  return `${name}: migration ${record.migrationId} ${describeMigration(migration)}`
}
