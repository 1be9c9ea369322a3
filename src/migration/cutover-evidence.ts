// The evidence, read again right before the cut-over's PUT: with writes stopped and the migration
// ready, the source beside the destination. A failing finding (a source database the destination
// lacks) refuses the cut-over unless evidence: warn. Evidence not checked — no source key, a name
// not known, a read refused — is said in plain words and refuses nothing: the gate fails closed
// only on what it proves. The names not given come from the ledger's record of this migration.
import type { Migration } from '../clients/migration'
import type { ConfigOf } from '../config'
import { errorMessage, StepError } from '../errors'
import { gatherEvidence } from '../evidence/evidence'
import { evidenceLine, reportEvidence } from '../evidence/report'
import type { EvidencePair } from '../inputs/evidence'
import type { DeploymentLedger } from '../ledger/keeping'
import type { ModeContext, OpenSession } from '../mode'
import type { ApiSession } from '../transport/session'

export async function evidenceBeforeCutover(
  config: ConfigOf<'cutover'>,
  atlas: ApiSession,
  migration: Migration,
  ledger: DeploymentLedger | undefined,
  open: OpenSession,
  context: ModeContext
): Promise<void> {
  const { source, policy } = config.evidence
  const names = { ...(source ? await fromLedger(config, ledger, context) : {}), ...config.evidence.names }
  context.log.info(`Reading the evidence before the cut-over of migration ${migration.id}: source beside destination…`)
  const found = await gatherEvidence(
    {
      atlas,
      source: source && open(source),
      withoutSource:
        'no source-public-key / source-private-key, so the source cannot be read and nothing was compared; the cut-over is not held back for it',
      target: { projectId: config.projectId, ...names },
      migration,
      writesStopped: true
    },
    context
  )
  reportEvidence(found, context)
  context.log.info(`Evidence: ${evidenceLine(found)}`)
  if (!found.checked || found.result !== 'fail') return
  const failed = found.checks.filter(c => c.result === 'fail')
  const what = failed.map(c => `${c.id} ${c.evidence}`).join('; ')
  if (policy === 'warn') {
    context.log.warning(`Cutting over despite failing evidence (evidence: warn): ${what}.`)
    return
  }
  context.headline.title = `Migration ${migration.id} not cut over: the evidence fails`
  context.headline.next = `${failed[0]?.fix ?? ''} To cut over all the same, run cutover again with evidence: warn.`
  throw new StepError(
    `No cut-over: the evidence fails (${what}). Nothing was sent to Atlas. Fix it, or cut over knowingly with evidence: warn.`
  )
}

/** The names the ledger's record of this migration holds (written by start-migration); none on any doubt. */
async function fromLedger(
  config: ConfigOf<'cutover'>,
  ledger: DeploymentLedger | undefined,
  context: ModeContext
): Promise<Partial<EvidencePair>> {
  const given = config.evidence.names
  if (!ledger || (given.clusterName && given.sourceClusterName && given.sourceProjectId)) return {}
  try {
    const record = await ledger.ledger.newest(ledger.name, { projectId: config.projectId })
    if (record?.migrationId !== config.migrationId) return {}
    return {
      ...(record.destination ? { clusterName: record.destination } : {}),
      ...(record.source ? { sourceClusterName: record.source } : {}),
      ...(record.sourceProjectId ? { sourceProjectId: record.sourceProjectId } : {})
    }
  } catch (err) {
    if (context.signal.aborted) throw err
    context.log.warning(`The ledger's record could not name what to compare (${errorMessage(err)}).`)
    return {}
  }
}
