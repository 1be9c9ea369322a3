// Mode evidence, read-only like pre-flight: the source and the destination side by side for one pair
// (or one migration, whose readiness and lag are read once beside them); a failing finding fails the
// step unless evidence: warn. And the one call the steps that report a migration ready make, so the
// reviewer reads the evidence in the summary before approving.

import type { Migration } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../config'
import { counted, StepError } from '../errors'
import type { EvidencePair } from '../inputs/evidence'
import type { Endpoint } from '../inputs/types'
import type { ModeContext, OpenSession } from '../mode'
import type { ApiSession } from '../transport/session'
import { isReady, MigrationWatch } from '../watch/migration-watch'
import { gatherEvidence } from './evidence'
import { evidenceLine, reportEvidence } from './report'

export async function evidence(config: ConfigOf<'evidence'>, open: OpenSession, context: ModeContext): Promise<string> {
  const atlas = open(config.atlas)
  const { pair, projectId } = config
  let migration: Migration | undefined
  if (config.migrationId) {
    migration = await new MigrationWatch(new MigrationClient(atlas), projectId, config.migrationId, context).read()
  }
  context.log.info(
    `Evidence: ${pair.sourceClusterName} (source project ${pair.sourceProjectId}) beside ${pair.clusterName} (project ${projectId}), reads only…`
  )
  const found = await gatherEvidence(
    { atlas, source: open(config.source), target: { projectId, ...pair }, migration },
    context
  )
  reportEvidence(found, context)
  const line = evidenceLine(found)
  if (!found.checked) {
    context.headline.next = 'Fix what the message names (the source key, the names), then read the evidence again.'
    throw new StepError(`The evidence could not be read: ${found.why}.`)
  }
  const failed = found.checks.filter(c => c.result === 'fail')
  if (failed.length > 0 && config.policy === 'fail') {
    context.headline.next = `Fix ${failed[0]?.id} first: ${failed[0]?.fix}`
    throw new StepError(
      `Evidence: ${counted(failed.length, 'check')} failed (${failed.map(c => c.id).join(', ')}): ${failed.map(c => c.evidence).join('; ')}. (evidence: warn reports it without failing the step.)`
    )
  }
  return `evidence ${line.replace(/^\S+\s/, '')}`
}

/**
 * A step that reports the migration ready for cut-over shows the evidence in its summary, for the
 * reviewer to read before approving; it never fails the step (the cut-over is the gate).
 */
export async function evidenceWhenReady(
  migration: Migration | undefined,
  ask: { atlas: ApiSession; source?: Endpoint; target: Partial<EvidencePair> & { projectId: string } },
  open: OpenSession,
  context: ModeContext
): Promise<void> {
  if (!migration || !isReady(migration) || !ask.source) return
  context.log.info(`Migration ${migration.id} is ready for cut-over: reading the evidence, source beside destination…`)
  const found = await gatherEvidence(
    { atlas: ask.atlas, source: open(ask.source), target: ask.target, migration },
    context
  )
  reportEvidence(found, context)
  context.log.info(`Evidence: ${evidenceLine(found)}`)
}
