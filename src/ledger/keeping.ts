// The steps that keep the ledger themselves (deployment-name, github-token). start-migration: before
// anything else, a migration of the deployment still in flight is taken up instead of starting
// another (the API lists none, so this is how a re-run finds it); a new one is recorded the moment
// it exists, in the same process, so that no cancel between two steps can lose its ID. cutover:
// its outcome is recorded as it ends, by the step itself.

import { openGitHub } from '../clients/github-run'
import type { Migration, MigrationClient } from '../clients/migration'
import { errorMessage } from '../errors'
import type { LedgerKey } from '../inputs/types'
import type { ModeContext, OpenSession } from '../mode'
import { describeMigration, MigrationWatch, noteReadySince } from '../watch/migration-watch'
import { type Expected, type History, historyOf, Ledger } from './ledger'

/** Statuses after which the deployment needs a new migration. */
const ENDED_FOR_GOOD = ['FAILED', 'EXPIRED']
/** Statuses after which a migration is over. */
const ENDED = ['COMPLETE', ...ENDED_FOR_GOOD]

export interface DeploymentLedger {
  ledger: Ledger
  name: string
  /** The deployment's record of this migration, as the step that started it output it (ledger-record). */
  record?: number
}

/** The ledger of the run's repository, with the step's github-token; records passed over are warned of. */
export function ledgerOf(githubToken: string, open: OpenSession, context: ModeContext): Ledger {
  const github = openGitHub(githubToken, open, context.env)
  return new Ledger(github.client, github.sha, m => context.log.warning(m))
}

export function openLedger(key: LedgerKey, open: OpenSession, context: ModeContext): DeploymentLedger {
  return {
    ledger: ledgerOf(key.githubToken, open, context),
    name: key.deploymentName,
    record: key.record
  }
}

/**
 * The deployment's newest recorded migration, read from Atlas, unless it ended FAILED or EXPIRED.
 * The record must be of the project, cluster and source given (ledger.ts); its state is Atlas's,
 * and the cut-over window runs from the earliest readiness known, the ledger's or this step's.
 */
export async function takeUp(
  { ledger, name }: DeploymentLedger,
  client: MigrationClient,
  expected: Expected,
  context: ModeContext
): Promise<{ migration: Migration; projectId: string; sourceProjectId?: string } | undefined> {
  const record = await ledger.newest(name, expected)
  if (!record) {
    context.log.info(`The ledger has no migration of deployment '${name}': starting one.`)
    return undefined
  }
  const history = await ledger.history(record)
  if (history.firstReadyAt) noteReadySince(context, Date.parse(history.firstReadyAt), false, 'ledger')
  const migration = await new MigrationWatch(client, record.projectId, record.migrationId, context).readEvenIfEnded()
  if (ENDED_FOR_GOOD.includes(migration.status)) {
    context.log.info(
      `The ledger's newest migration of '${name}', ${record.migrationId}, ended ${migration.status}: starting a new one.`
    )
    return undefined
  }
  context.outputs['migration-id'] = record.migrationId
  context.outputs['ledger-record'] = String(record.id)
  context.rows.push(['Migration ID', record.migrationId], ['Ledger record', String(record.id)])
  context.log.info(
    `Deployment '${name}' already has migration ${record.migrationId} (${describeMigration(migration)}), started ${record.startedAt}: taking it up, nothing started.`
  )
  await ledger.note(record, migration, history)
  return { migration, projectId: record.projectId, sourceProjectId: record.sourceProjectId }
}

/**
 * Records a migration just started, in one write: the record's payload holds its state as created,
 * its first status. The ID is already an output, so a ledger failure only warns. Also after a
 * cancel: the migration exists, and a re-run must find it rather than start another (the record is
 * written within the transport's grace).
 */
export async function recordStart(
  { ledger, name }: DeploymentLedger,
  started: Migration,
  where: { projectId: string; source: string; destination: string; sourceProjectId?: string },
  context: ModeContext
): Promise<void> {
  try {
    const record = await ledger.create(
      {
        deployment: name,
        migrationId: started.id,
        ...where,
        startedAt: new Date(context.clock.now()).toISOString(),
        state: describeMigration(started)
      },
      { afterCancel: true }
    )
    context.outputs['ledger-record'] = String(record.id)
    context.rows.push(['Ledger record', String(record.id)])
    context.log.info(`Recorded migration ${started.id} of '${name}' in the ledger (record ${record.id}).`)
  } catch (err) {
    context.log.warning(
      `Migration ${started.id} started, but the ledger could not record it (${errorMessage(err)}): a re-run would not find it by '${name}'. Keep the ID from the step's output migration-id.`
    )
  }
}

/**
 * Records how a cut-over step ended, where the ledger should hold it (ledger.ts, worthRecording): how
 * the migration ended, or when it was first ready. On the record the start step output
 * (ledger-record), with no read: an end this step read is not recorded yet, since the workflow runs
 * one cut-over of a deployment at a time and the cut-over records ends, and the status names its
 * migration, so that on another record (a wrong ledger-record) no reader counts it (one GitHub
 * request a deployment fewer: a fleet of 200 fits a GITHUB_TOKEN's hour). Otherwise on the
 * deployment's record of this migration, created (its state in the payload) when the ledger has
 * none. Nothing after a cancel, nothing when no state was read; a ledger that cannot be written only
 * warns, the step's own outcome stands.
 */
export async function recordOutcome(
  { ledger, name, record: given }: DeploymentLedger,
  migration: Migration | undefined,
  where: { projectId: string; migrationId: string },
  context: ModeContext
): Promise<void> {
  if (migration === undefined || context.signal.aborted) return
  try {
    let id = given
    let history: History | undefined = id !== undefined && ENDED.includes(migration.status) ? {} : undefined
    if (id === undefined) {
      const found = await ledger.recordOf(
        {
          deployment: name,
          migrationId: where.migrationId,
          projectId: where.projectId,
          startedAt: new Date(context.clock.now()).toISOString(),
          state: describeMigration(migration)
        },
        { projectId: where.projectId }
      )
      id = found.record.id
      if (found.created) history = historyOf(found.record, [])
    }
    context.rows.push(['Ledger record', given === undefined ? String(id) : `${id} (ledger-record, not read)`])
    if (await ledger.note({ id, migrationId: where.migrationId }, migration, history))
      context.log.info(
        given === undefined
          ? `Recorded ${describeMigration(migration)} of '${name}' in the ledger (record ${id}).`
          : `Recorded ${describeMigration(migration)} of migration ${where.migrationId} on ledger record ${id}, as ledger-record gave it (unread: a status counts only on its migration's record).`
      )
  } catch (err) {
    context.log.warning(
      `The ledger could not record how the cut-over of migration ${where.migrationId} ended (${errorMessage(err)}): run mode record-migration with deployment-name '${name}' and this migration-id to record it.`
    )
  }
}
