// What pre-flight reports: its outputs (the checks in PF order), the overall result first and then
// one log line per check (a failed check an error, a warned one a warning), the summary's table in
// the order a reader acts on it (failed, warned, passed, skipped) and the one thing to do next.
// Fails the step on any failed check.
import { counted, StepError, sentences } from '../errors'
import type { ModeContext } from '../mode'
import type { CheckResult, Verdict } from './verdict'
import { VERDICT_MARKERS, VERDICT_ORDER, worst } from './verdict'

const DONE: Record<Verdict, string> = { fail: 'failed', warn: 'warned', pass: 'passed', skip: 'skipped' }

/** The checks in the order a reader acts on them: failed, warned, passed, skipped (each in PF order). */
export function byVerdict(results: CheckResult[]): CheckResult[] {
  return VERDICT_ORDER.flatMap(verdict => results.filter(r => r.result === verdict))
}

/** "4 failed, 2 warned, 7 passed, 2 skipped": the checks counted by result, in that order. */
export function verdictCounts(results: CheckResult[]): string {
  return VERDICT_ORDER.map(verdict => [verdict, results.filter(r => r.result === verdict).length] as const)
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${n} ${DONE[verdict]}`)
    .join(', ')
}

/** Outputs, log lines, the summary's table and next step for checks in PF order; throws on any fail. */
export function reportPreflight(results: CheckResult[], context: ModeContext): string {
  const overall = worst(results.map(r => r.result))
  context.outputs['preflight-report'] = JSON.stringify(results)
  context.outputs['preflight-result'] = overall
  const failed = results.filter(r => r.result === 'fail')
  const failure =
    failed.length > 0
      ? `Pre-flight: ${failed.length} of ${counted(results.length, 'check')} failed (${failed.map(r => r.id).join(', ')}), so nothing was validated or started; each failed check follows with its fix.`
      : undefined
  // The overall result first: GitHub lists annotations in order and shows only the first ten.
  const announced = failure !== undefined && context.log.error !== undefined
  if (failure) context.log.error?.(failure)
  for (const r of results) {
    const line = `${r.id} ${r.result.toUpperCase()} ${r.title}: ${sentences(r.evidence, r.fix)}`
    if (r.result === 'fail' && context.log.error) context.log.error(line)
    else if (r.result === 'fail' || r.result === 'warn') context.log.warning(line)
    else context.log.info(line)
  }
  context.tables.push({
    heading: `Pre-flight checks: ${verdictCounts(results)}`,
    header: ['Result', 'Check', 'Found', 'Fix'],
    rows: byVerdict(results).map(r => [
      // A no-break space: the marker and its word stay on one line in a narrow column.
      `${VERDICT_MARKERS[r.result]}\u00a0${r.result}`,
      `${r.id} ${r.title}`,
      r.evidence,
      r.fix
    ])
  })
  if (failure) {
    context.headline.next = nextStep(failed)
    throw new StepError(failure, { announced })
  }
  const warned = results.filter(r => r.result === 'warn').length
  return `pre-flight ${overall}: ${results.length - warned} checks passed or skipped, ${warned} warned`
}

/** The first failed check's fix, said so that it reads on its own, then what follows it. */
function nextStep(failed: CheckResult[]): string {
  const [first, ...others] = failed as [CheckResult, ...CheckResult[]]
  const fix = /^[A-Z][a-z]/.test(first.fix) ? first.fix.charAt(0).toLowerCase() + first.fix.slice(1) : first.fix
  if (others.length === 0) return sentences(`Fix ${first.id} ${first.title}: ${fix}`, 'Then run pre-flight again.')
  const rest = others.length === 1 ? 'the other failed check' : `the ${others.length} other failed checks`
  return sentences(`Fix ${first.id} ${first.title} first: ${fix}`, `Then ${rest} below, and run pre-flight again.`)
}
