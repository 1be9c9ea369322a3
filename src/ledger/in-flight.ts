// Mode migrations-in-flight, for a scheduled status workflow: every deployment's newest migration in
// the ledger that has not ended, read from Atlas (GET only), with its status, lag, readiness and
// expiry: 120 hours after it was first seen ready, which the API does not extend. Those reviewers
// must approve soon are flagged at 24 hours left. With record-status it records first readiness (and
// an end no cut-over recorded) in the ledger, which is how the ledger learns when a migration first
// became ready (ledger.ts, worthRecording: nothing for the changes in between). With the source's API
// key, each ready migration's evidence (source beside destination) is read and shown beside its
// deadline.

import type { Migration } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../config'
import { ApiError, counted, errorMessage, StepError } from '../errors'
import { type Evidence, gatherEvidence } from '../evidence/evidence'
import { evidenceLine } from '../evidence/report'
import type { ModeContext, OpenSession } from '../mode'
import { utc } from '../time'
import type { ApiSession } from '../transport/session'
import { CUTOVER_WINDOW_MS, describeMigration, isReady } from '../watch/migration-watch'
import { ledgerOf } from './keeping'
import type { LedgerRecord } from './ledger'

const WARN_MS = 24 * 3600 * 1000
const ENDED_STATES = ['success', 'failure', 'error']
/** Atlas's statuses after which a migration is no longer in flight. */
const ENDED = ['COMPLETE', 'FAILED', 'EXPIRED']
const hours = (ms: number) => `${Math.floor(ms / 3_600_000)} h ${Math.floor((ms % 3_600_000) / 60_000)} min`

export async function migrationsInFlight(
  config: ConfigOf<'migrations-in-flight'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const ledger = ledgerOf(config.githubToken, open, context)
  const atlas = open(config.atlas)
  const client = new MigrationClient(atlas)
  // One source session for every ready migration's evidence, opened when the first one needs it.
  let source: ApiSession | undefined
  const evidenceOf = (record: LedgerRecord, migration: Migration): Promise<Evidence> => {
    if (config.evidenceSource) source ??= open(config.evidenceSource)
    const target = {
      projectId: record.projectId,
      clusterName: record.destination,
      sourceClusterName: record.source,
      sourceProjectId: record.sourceProjectId
    }
    const withoutSource = 'no source-public-key / source-private-key given'
    return gatherEvidence({ atlas, source, withoutSource, target, migration }, context)
  }
  const shown: string[] = []
  const rows: string[][] = []
  /** Changes the ledger refused to record: the table is written all the same, and the step fails after it. */
  const notRecorded: string[] = []
  /** The ready migration whose cut-over window closes first. */
  let soonest: { deployment: string; at: number } | undefined
  let warned = 0
  for (const record of await ledger.all()) {
    const history = await ledger.history(record)
    // Whether it ended is Atlas's word: a status in the ledger is a claim anyone with write access can add.
    let migration: Migration
    try {
      migration = await client.get(record.projectId, record.migrationId)
    } catch (err) {
      if (
        history.lastState &&
        ENDED_STATES.includes(history.lastState) &&
        err instanceof ApiError &&
        err.status === 404
      )
        continue // recorded as ended, and Atlas no longer has it
      rows.push(['❌', record.deployment, record.migrationId, `could not be read: ${errorMessage(err)}`, '', '', ''])
      continue
    }
    if (config.recordStatus) {
      try {
        if ((await ledger.note(record, migration, history)) && isReady(migration) && !history.firstReadyAt)
          history.firstReadyAt = new Date(context.clock.now()).toISOString()
      } catch (err) {
        notRecorded.push(record.deployment)
        context.log.warning(
          `Deployment '${record.deployment}': the ledger did not record ${describeMigration(migration)} (${errorMessage(err)}).`
        )
      }
    }
    if (ENDED.includes(migration.status)) continue
    const firstReady = history.firstReadyAt
      ? Date.parse(history.firstReadyAt)
      : isReady(migration)
        ? context.clock.now()
        : undefined
    let expiry = 'not ready yet'
    let marker = '⏳'
    let evidence = ''
    if (firstReady !== undefined && migration.status === 'WORKING') {
      const left = firstReady + CUTOVER_WINDOW_MS - context.clock.now()
      marker = left < WARN_MS ? '⚠️' : '✅'
      if (!soonest || firstReady + CUTOVER_WINDOW_MS < soonest.at)
        soonest = { deployment: record.deployment, at: firstReady + CUTOVER_WINDOW_MS }
      expiry = `expires ${utc(firstReady + CUTOVER_WINDOW_MS)} (${left > 0 ? `${hours(left)} left` : 'past'})${history.firstReadyAt ? '' : ', first seen ready now (not recorded)'}`
      if (left < WARN_MS) {
        warned++
        const line = `Deployment '${record.deployment}': migration ${record.migrationId} expires ${utc(firstReady + CUTOVER_WINDOW_MS)}, ${left > 0 ? `${hours(left)} from now` : 'already'}: approve its cut-over before then, or it ends EXPIRED.`
        context.log.warning(line)
        context.notes.push(`⚠️ ${line}`)
      }
      if (isReady(migration)) {
        evidence = evidenceLine(await evidenceOf(record, migration))
        context.log.info(`Deployment '${record.deployment}': evidence ${evidence}`)
      }
    }
    rows.push([
      marker,
      record.deployment,
      record.migrationId,
      describeMigration(migration),
      history.firstReadyAt ?? '',
      expiry,
      evidence
    ])
    shown.push(record.deployment)
    context.log.info(
      `Deployment '${record.deployment}': migration ${record.migrationId} ${describeMigration(migration)}; ${expiry}`
    )
  }
  context.outputs.migrations = JSON.stringify(shown)
  context.outputs['not-recorded'] = JSON.stringify(notRecorded)
  context.tables.push({
    heading: `Migrations in flight (${shown.length})`,
    header: ['', 'Deployment', 'Migration', 'Status', 'First seen ready', 'Cut-over window', 'Evidence'],
    rows
  })
  const ready = rows.filter(r => r[0] === '✅' || r[0] === '⚠️').length
  context.headline.title = `${counted(shown.length, 'migration')} in flight: ${ready} ready for cut-over${warned ? `, ${warned} within 24 h of expiry` : ''}`
  context.headline.next = soonest
    ? `Stop writes to the source of ${soonest.deployment}, then approve its pending cut-over before ${utc(soonest.at)} (after that Atlas ends it EXPIRED).`
    : 'Nothing to approve yet: this workflow shows each migration again on its next run.'
  if (notRecorded.length > 0) {
    throw new StepError(
      `The ledger did not record the status of ${counted(notRecorded.length, 'deployment')}: ${notRecorded.join(', ')}. The table above is complete (read from Atlas); run this workflow again to record them.`
    )
  }
  return `${counted(shown.length, 'migration')} in flight${warned ? `, ${warned} within 24 h of expiry` : ''}`
}
