// Mode migrations-in-flight, for a scheduled status workflow: every deployment's newest migration in
// the ledger that has not ended, read from Atlas (GET only), with its status, lag, readiness and
// expiry: 120 hours after it was first seen ready, which the API does not extend. Those reviewers
// must approve soon are flagged at 24 hours left. With record-status it appends each change to the
// ledger, which is how the ledger learns when a migration first became ready.
import type { Migration } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import { errorMessage } from '../errors'
import type { ConfigOf } from '../inputs/types'
import type { ModeContext, OpenSession } from './context'
import { openGitHub } from './github-run'
import { EXPIRY_MS, Ledger } from './ledger'
import { describeMigration, isReady, MigrationEndedError, MigrationWatch } from './migration-watch'

const WARN_MS = 24 * 3600 * 1000
const ENDED_STATES = ['success', 'failure', 'error']
const hours = (ms: number) => `${Math.floor(ms / 3_600_000)} h ${Math.floor((ms % 3_600_000) / 60_000)} min`
const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`

export async function migrationsInFlight(
  config: ConfigOf<'migrations-in-flight'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const github = openGitHub(config.githubToken, open)
  const ledger = new Ledger(github.client, github.sha)
  const client = new MigrationClient(open(config.atlas))
  const shown: string[] = []
  let warned = 0
  for (const record of await ledger.all()) {
    const history = await ledger.history(record)
    if (history.lastState && ENDED_STATES.includes(history.lastState)) continue
    const watch = new MigrationWatch(client, record.projectId, record.migrationId, context)
    let migration: Migration
    try {
      migration = await watch.read()
    } catch (err) {
      if (!(err instanceof MigrationEndedError)) {
        context.rows.push([
          record.deployment,
          `migration ${record.migrationId}: could not be read (${errorMessage(err)})`
        ])
        continue
      }
      migration = err.migration
    }
    if (
      config.recordStatus &&
      (await ledger.note(record, migration, history)) &&
      isReady(migration) &&
      !history.firstReadyAt
    ) {
      history.firstReadyAt = new Date(context.clock.now()).toISOString()
    }
    const firstReady = history.firstReadyAt
      ? Date.parse(history.firstReadyAt)
      : isReady(migration)
        ? context.clock.now()
        : undefined
    let expiry = 'not ready yet'
    if (firstReady !== undefined && migration.status === 'WORKING') {
      const left = firstReady + EXPIRY_MS - context.clock.now()
      expiry = `expires ${utc(firstReady + EXPIRY_MS)} (${left > 0 ? `${hours(left)} left` : 'past'})${history.firstReadyAt ? '' : ', first seen ready now (not recorded)'}`
      if (left < WARN_MS) {
        warned++
        const line = `${record.deployment}: migration ${record.migrationId} expires ${utc(firstReady + EXPIRY_MS)}, ${left > 0 ? `${hours(left)} from now` : 'already'}: approve its cut-over before then, or it ends EXPIRED.`
        context.log.warning(line)
        context.notes.push(`⚠️ ${line}`)
      }
    }
    context.rows.push([
      record.deployment,
      `migration ${record.migrationId}: ${describeMigration(migration)}; ${expiry}`
    ])
    shown.push(record.deployment)
    context.log.info(`${record.deployment}: migration ${record.migrationId} ${describeMigration(migration)}; ${expiry}`)
  }
  context.outputs.migrations = JSON.stringify(shown)
  return `${shown.length} migration${shown.length === 1 ? '' : 's'} in flight${warned ? `, ${warned} within 24 h of expiry` : ''}`
}
