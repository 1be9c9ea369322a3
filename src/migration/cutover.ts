// Mode cutover, the point of no return: the approval proven and bound to this deployment first
// (approval/), then one read of the migration that decides (ready, or wait ready-wait-seconds at
// most), the evidence read again (cutover-evidence.ts), the PUT, and the wait for COMPLETE; with
// deployment-name, how it ended goes to the ledger.

import type { Migration } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../config'
import { StepError } from '../errors'
import { openLedger, recordOutcome } from '../ledger/keeping'
import type { ModeContext, OpenSession } from '../mode'
import { cutoverSchedule, describeMigration, isReady, MigrationWatch } from '../watch/migration-watch'
import { PollTimeout } from '../watch/poll'
import { noApprovalChecked, proveApproval } from './approval'
import { evidenceBeforeCutover } from './cutover-evidence'

export async function cutover(config: ConfigOf<'cutover'>, open: OpenSession, context: ModeContext): Promise<string> {
  // The gate first: without a proven approval nothing at all goes to Atlas, nor to the ledger.
  const target = { deploymentName: config.ledger?.deploymentName, migrationId: config.migrationId }
  const prove = async (again: boolean) => {
    if (config.approval) await proveApproval(config.approval, target, open, context, { again })
  }
  if (config.approval) await prove(false)
  else noApprovalChecked(context)
  const atlas = open(config.atlas)
  const client = new MigrationClient(atlas)
  const watch = new MigrationWatch(client, config.projectId, config.migrationId, context)
  const ledger = config.ledger ? openLedger(config.ledger, open, context) : undefined
  const beforePut = async (ready: Migration, waited: boolean) => {
    // An approval read before a wait for readiness (up to hours) is read again: reviewers removed or
    // a rejection since then refuse the PUT. Then the evidence, right before the point of no return.
    if (waited) await prove(true)
    await evidenceBeforeCutover(config, atlas, ready, ledger, open, context)
  }
  if (!ledger) return cutOver(client, watch, config, context, beforePut)
  try {
    return await cutOver(client, watch, config, context, beforePut)
  } finally {
    // Whatever the step ends with (COMPLETE, FAILED, not ready), the ledger gets the last state read.
    await recordOutcome(ledger, watch.current, config, context)
  }
}

async function cutOver(
  client: MigrationClient,
  watch: MigrationWatch,
  config: ConfigOf<'cutover'>,
  context: ModeContext,
  beforePut: (ready: Migration, waited: boolean) => Promise<void>
): Promise<string> {
  const { projectId, migrationId } = config
  // The decision rests on this one read; a cancel during it discards it, and the PUT is never sent.
  let migration = await watch.read()
  if (migration.status === 'COMPLETE') {
    context.log.info(`Migration ${migrationId} is COMPLETE already: nothing to cut over, nothing sent.`)
    return 'COMPLETE (already)'
  }
  const waited = !isReady(migration) && config.readyWaitSeconds > 0
  if (waited) migration = await untilReady(watch, config, context)
  if (!isReady(migration)) {
    context.headline.title = `Migration ${migrationId} not cut over: not ready`
    context.headline.next = `Wait with mode migration-status, migration-id ${migrationId} and wait-for: ready-for-cutover, then run cutover again.`
    throw new StepError(
      `Migration ${migrationId} is not ready for cut-over (${describeMigration(migration)}): no cut-over was sent. Wait until it is ready (the status workflow shows when), then run the cut-over again.`
    )
  }
  // Right before the point of no return: a refusal here sends nothing.
  await beforePut(migration, waited)
  context.log.warning(
    `Cutting over migration ${migrationId} into project ${projectId}: Atlas stops syncing from the source, removes the migration's access-list entries and database user on the destination, and finishes the migration. Point applications at Atlas once it is COMPLETE.`
  )
  await client.cutover(projectId, migrationId)
  context.log.info('Cut-over started.')
  if (config.wait.for === 'none') {
    context.headline.outcome = 'waiting'
    context.headline.title = `Cut-over of migration ${migrationId} started`
    context.headline.next = `Follow it with mode migration-status, migration-id ${migrationId} and wait-for: complete.`
    return 'cut-over started'
  }
  const done = await watch.until('complete', config.wait, cutoverSchedule(config.wait.pollIntervalSeconds * 1000))
  return `migration ${done.id} ${describeMigration(done)}`
}

/** Approved a little early: wait ready-wait-seconds at most for readiness; at its end, no PUT. */
async function untilReady(watch: MigrationWatch, config: ConfigOf<'cutover'>, context: ModeContext) {
  context.log.info(
    `Not ready yet: waiting up to ${config.readyWaitSeconds} s (ready-wait-seconds) before cutting over.`
  )
  try {
    return await watch.until('ready-for-cutover', { ...config.wait, timeoutSeconds: config.readyWaitSeconds })
  } catch (err) {
    if (!(err instanceof PollTimeout)) throw err
    throw new StepError(`${err.message.replace(/ Raise wait-timeout-seconds.*$/, '')} No cut-over was sent.`)
  }
}
