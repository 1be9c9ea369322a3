// The evidence as the step reports it: outputs evidence-result and evidence-report (JSON), one log
// line per check (warnings for warn and fail), and two tables for the job summary: the checks with
// their fixes, and every database side by side (source → destination) with the figures' ages.

import { counted } from '../errors'
import type { ModeContext } from '../mode'
import type { Evidence } from './evidence'
import type { Figures } from './figures'
import type { Result } from './rules'
import { ageOf, bytes, figure } from './words'

export const EVIDENCE_MARKERS: Record<Result | 'not-checked', string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  'not-checked': '➖'
}

/** One line: "❌ fail: 1 failed, 2 warned of 7 checks (EV-2, EV-5, EV-6)", or "➖ not checked: why". */
export function evidenceLine(evidence: Evidence): string {
  const marker = EVIDENCE_MARKERS[evidence.result]
  if (!evidence.checked) return `${marker}\u00a0not checked: ${evidence.why}`
  const failed = evidence.checks.filter(c => c.result === 'fail')
  const warned = evidence.checks.filter(c => c.result === 'warn')
  const named = [...failed, ...warned].map(c => c.id)
  return `${marker}\u00a0${evidence.result}: ${failed.length} failed, ${warned.length} warned of ${counted(evidence.checks.length, 'check')}${named.length ? ` (${named.join(', ')})` : ''}`
}

/** Outputs, log lines and the summary's tables. */
export function reportEvidence(evidence: Evidence, context: ModeContext): void {
  context.outputs['evidence-result'] = evidence.result
  context.outputs['evidence-report'] = JSON.stringify(reportOf(evidence, context.clock.now()))
  if (!evidence.checked) {
    context.log.warning(`Evidence not checked: ${evidence.why}.`)
    context.rows.push(['Evidence', `not checked: ${evidence.why}`])
    return
  }
  for (const check of evidence.checks) {
    const line = `${check.id} ${check.result.toUpperCase()} ${check.title}: ${check.evidence}${check.fix ? `. ${check.fix}` : ''}`
    if (check.result === 'pass') context.log.info(line)
    else context.log.warning(line)
  }
  context.log.info(
    `Evidence read with ${counted(evidence.requests.source, 'request')} to the source and ${counted(evidence.requests.destination, 'request')} to the destination.`
  )
  const tally = (['fail', 'warn', 'pass'] as const)
    .map(result => [result, evidence.checks.filter(c => c.result === result).length] as const)
    .filter(([, n]) => n > 0)
    .map(([result, n]) => `${n} ${result}`)
  context.tables.push(
    {
      heading: `Evidence before the cut-over: ${tally.join(', ')}`,
      header: ['Result', 'Check', 'Found', 'Fix'],
      rows: evidence.checks.map(c => [
        `${EVIDENCE_MARKERS[c.result]}\u00a0${c.result}`,
        `${c.id} ${c.title}`,
        c.evidence,
        c.fix
      ])
    },
    {
      heading: `Source → destination, per database (${evidence.source.what} → ${evidence.destination.what})`,
      header: ['', 'Database', 'Collections', 'Views', 'Indexes', 'Documents', 'Data size', 'As of'],
      rows: evidence.rows.map(row => {
        const [s, d] = [row.source, row.destination]
        const side = (f: Figures | undefined, pick: (f: Figures) => string | undefined) => (f ? (pick(f) ?? '?') : '–')
        const both = (pick: (f: Figures) => string | undefined) => `${side(s, pick)} → ${side(d, pick)}`
        const number = (field: 'collections' | 'views' | 'indexes' | 'documents') => (f: Figures) =>
          f[field] === undefined ? undefined : figure(f[field])
        const age = (f: Figures | undefined) =>
          f?.at === undefined ? (f ? 'no point in the hour' : '–') : `${ageOf(context.clock.now() - f.at)} ago`
        return [
          EVIDENCE_MARKERS[row.result],
          row.name,
          both(number('collections')),
          // Cloud Manager does not report views: the source's side is "not reported", not zero.
          `${s ? 'n/r' : '–'} → ${side(d, number('views'))}`,
          both(number('indexes')),
          both(number('documents')),
          both(f => (f.dataSize === undefined ? undefined : bytes(f.dataSize))),
          `${age(s)} / ${age(d)}`
        ]
      })
    }
  )
}

/** evidence-report: the result, each check, and each database's figures with their time. */
function reportOf(evidence: Evidence, now: number): unknown {
  if (!evidence.checked) return { result: evidence.result, why: evidence.why }
  const side = (f: Figures | undefined) =>
    f && {
      collections: f.collections,
      views: f.views,
      indexes: f.indexes,
      documents: f.documents,
      dataSize: f.dataSize,
      at: f.at === undefined ? undefined : new Date(f.at).toISOString(),
      ageSeconds: f.at === undefined ? undefined : Math.round((now - f.at) / 1000),
      shards: f.on,
      measuredShards: f.measured
    }
  const about = (r: typeof evidence.source) => ({ what: r.what, shards: r.shards, version: r.version })
  return {
    result: evidence.result,
    source: about(evidence.source),
    destination: about(evidence.destination),
    requests: evidence.requests,
    checks: evidence.checks,
    databases: evidence.rows.map(row => ({
      name: row.name,
      result: row.result,
      source: side(row.source),
      destination: side(row.destination)
    }))
  }
}
