import { openGitHub } from '../clients/github-run'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../config'
import type { ModeContext, OpenSession } from '../mode'
import { describeMigration, MigrationWatch } from '../watch/migration-watch'
import { Ledger, type LedgerRecord } from './ledger'

export async function recordMigration(
  config: ConfigOf<'record-migration'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const github = openGitHub(config.githubToken, open, context.env)
  const ledger = new Ledger(github.client, github.sha, m => context.log.warning(m))
  const name = config.deploymentName
  const expected = { projectId: config.projectId, destination: config.clusterName, source: config.sourceClusterName }
  let record: LedgerRecord | undefined
  if (config.migrationId === undefined) {
    record = await ledger.newest(name, expected)
    if (!record) {
      context.log.info(`The ledger has no migration of deployment '${name}'.`)
      return `no migration recorded for ${name}`
    }
    context.log.info(`The ledger's newest migration of '${name}': ${record.migrationId}, started ${record.startedAt}.`)
  } else {
    const found = await ledger.recordOf(
      {
        deployment: name,
        migrationId: config.migrationId,
        projectId: config.projectId,
        source: config.sourceClusterName,
        destination: config.clusterName,
        startedAt: new Date(context.clock.now()).toISOString()
      },
      expected
    )
    record = found.record
    if (found.created)
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
  const migration = await watch.readEvenIfEnded()
  if (await ledger.note(record, migration)) context.log.info(`Recorded ${describeMigration(migration)} in the ledger.`)
  return `${name}: migration ${record.migrationId} ${describeMigration(migration)}`
}
