import type { Migration } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../config'
import type { ModeContext, OpenSession } from '../mode'
import { describeMigration, MigrationWatch } from '../watch/migration-watch'
import { ledgerOf } from './keeping'
import { type History, historyOf, type LedgerRecord } from './ledger'

export async function recordMigration(
  config: ConfigOf<'record-migration'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const ledger = ledgerOf(config.githubToken, open, context)
  const name = config.deploymentName
  const expected = { projectId: config.projectId, destination: config.clusterName, source: config.sourceClusterName }
  const watchOf = (r: { projectId: string; migrationId: string }) =>
    new MigrationWatch(new MigrationClient(open(config.atlas)), r.projectId, r.migrationId, context)
  let record: LedgerRecord | undefined
  let migration: Migration | undefined
  let history: History | undefined
  if (config.migrationId === undefined) {
    record = await ledger.newest(name, expected)
    if (!record) {
      context.log.info(`The ledger has no migration of deployment '${name}'.`)
      return `no migration recorded for ${name}`
    }
    context.log.info(`The ledger's newest migration of '${name}': ${record.migrationId}, started ${record.startedAt}.`)
  } else {
    migration = await watchOf({ projectId: config.projectId, migrationId: config.migrationId }).readEvenIfEnded()
    const found = await ledger.recordOf(
      {
        deployment: name,
        migrationId: config.migrationId,
        projectId: config.projectId,
        source: config.sourceClusterName,
        destination: config.clusterName,
        startedAt: new Date(context.clock.now()).toISOString(),
        // Its state as it is now: the new record's first status, in the same write.
        state: describeMigration(migration)
      },
      expected
    )
    record = found.record
    if (found.created) {
      context.log.info(`Recorded migration ${config.migrationId} of '${name}' in the ledger (record ${record.id}).`)
      history = historyOf(record, [])
    }
  }
  context.outputs['migration-id'] = record.migrationId
  context.outputs['ledger-record'] = String(record.id)
  context.rows.push(['Ledger record', String(record.id)])
  migration ??= await watchOf(record).readEvenIfEnded()
  if (await ledger.note(record, migration, history))
    context.log.info(`Recorded ${describeMigration(migration)} in the ledger.`)
  return `${name}: migration ${record.migrationId} ${describeMigration(migration)}`
}
