// What a plan reports, built from its outcome: a matrix per wave for `strategy.matrix`, a compact
// JSON report (the step output) and a full one (a file), and a table per wave for the summary.
// Pure: the mode writes what this returns.
import { counted } from '../errors'
import type { ReportTable } from '../mode'
import type { CheckResult, Verdict } from '../preflight/verdict'
import { VERDICT_MARKERS, worst } from '../preflight/verdict'
import type { Conflict, ResolvedEntry } from './conflicts'
import type { PlanEntry, Wave } from './schema'

/** One entry of the plan, as far as it got: found or not, and its pre-flight checks. */
export interface EntryOutcome {
  entry: PlanEntry
  resolved?: ResolvedEntry
  checks: CheckResult[]
}

/** A leg of a wave's matrix: the reusable workflow's inputs, by their names. */
export type MatrixLeg = Record<string, string>

export function legOf(r: ResolvedEntry, hostIps: Record<string, string[]>): MatrixLeg {
  const { entry, project, deployment } = r
  return {
    'deployment-name': entry.name,
    'atlas-org-id': entry.orgId,
    'project-id': entry.projectId,
    'cluster-name': entry.cluster,
    'source-cluster-name': deployment.name,
    'source-project-id': project.projectId,
    'migration-host': r.migrationHost ?? '',
    'source-ssl': typeof deployment.tlsEnabled === 'boolean' ? String(deployment.tlsEnabled) : '',
    'source-auth': entry.sourceAuth,
    'hostname-schema-type': entry.hostnameSchemaType,
    'private-link-id': entry.privateLinkId ?? '',
    'migration-host-ips': (r.migrationHost ? (hostIps[r.migrationHost] ?? []) : []).join(',')
  }
}

/** Waves in order: numbers by value, then names as they first appear. */
export function waveOrder(entries: PlanEntry[]): Wave[] {
  const waves = [...new Set(entries.map(e => e.wave))]
  const numeric = waves.filter(w => /^\d+$/.test(w)).sort((a, b) => Number(a) - Number(b))
  return [...numeric, ...waves.filter(w => !/^\d+$/.test(w))]
}

/** An entry's overall verdict: fail when it has a conflict or was not found, else its checks' worst. */
export function verdictOf(outcome: EntryOutcome, conflicts: Conflict[]): Verdict {
  if (!outcome.resolved || conflicts.some(c => c.entries.includes(outcome.entry.name))) return 'fail'
  return worst(outcome.checks.map(c => c.result))
}

const size = (bytes: number | undefined) =>
  bytes === undefined
    ? '?'
    : bytes >= 1024 ** 3
      ? `${(bytes / 1024 ** 3).toFixed(1)} GiB`
      : `${Math.max(0, Math.round(bytes / 1024 ** 2))} MiB`

/** The checks that did not pass, one line each: what a reviewer acts on. */
export function problems(checks: CheckResult[]): CheckResult[] {
  return checks.filter(c => c.result === 'fail' || c.result === 'warn')
}

/** Two summary cells: the checks by result, then what to fix (conflicts, checks failed or warned). */
function preflightCells(outcome: EntryOutcome, conflicts: Conflict[]): [string, string] {
  if (!outcome.resolved) return ['not found', 'See the conflicts above.']
  const mine = conflicts.filter(c => c.entries.includes(outcome.entry.name)).map(c => `Conflict ${c.kind}.`)
  const found = problems(outcome.checks).map(
    c => `${VERDICT_MARKERS[c.result]} ${c.id} ${c.title}${c.fix ? `: ${c.fix.replace(/\.?$/, '.')}` : '.'}`
  )
  const counted = (['pass', 'warn', 'fail', 'skip'] as const)
    .map(result => [result, outcome.checks.filter(c => c.result === result).length] as const)
    .filter(([, n]) => n > 0)
    .map(([result, n]) => `${n} ${{ pass: 'passed', warn: 'warned', fail: 'failed', skip: 'skipped' }[result]}`)
  return [counted.join(', ') || 'not checked', [...mine, ...found].join(' ') || '—']
}

/** The summary's tables: the conflicts first (what blocks), then one per wave. */
export function summaryTables(outcomes: EntryOutcome[], conflicts: Conflict[], waves: Wave[]): ReportTable[] {
  const tables: ReportTable[] = []
  if (conflicts.length > 0) {
    tables.push({
      heading: `Conflicts (${conflicts.length})`,
      header: ['Conflict', 'Lines', 'What to do'],
      rows: conflicts.map(c => [`${VERDICT_MARKERS.fail} ${c.kind}`, c.lines.join(', '), c.message])
    })
  }
  for (const wave of waves) {
    const inWave = outcomes.filter(o => o.entry.wave === wave)
    tables.push({
      heading: `Wave ${wave}: ${counted(inWave.length, 'deployment')}`,
      header: ['', 'Deployment (line)', 'Destination', 'Migration host', 'Size', 'MongoDB', 'Pre-flight', 'To fix'],
      rows: inWave.map(o => {
        const d = o.resolved?.deployment
        const verdict = verdictOf(o, conflicts)
        return [
          VERDICT_MARKERS[verdict],
          `${o.entry.name} (${o.entry.line})`,
          `${o.entry.cluster} in ${o.entry.projectId}`,
          o.resolved?.migrationHost ?? '—',
          size(d?.dbSizeBytes),
          d ? `${d.mongoDBVersion ?? '?'}${d.sharded ? ', sharded' : ''}` : '?',
          ...preflightCells(o, conflicts)
        ]
      })
    })
  }
  return tables
}

/** The step output: small enough for any job output, the details a reviewer needs. */
export function compactReport(outcomes: EntryOutcome[], conflicts: Conflict[], result: Verdict) {
  return {
    result,
    deployments: outcomes.length,
    conflicts,
    entries: outcomes.map(o => ({
      name: o.entry.name,
      line: o.entry.line,
      wave: o.entry.wave,
      result: verdictOf(o, conflicts),
      migrationHost: o.resolved?.migrationHost ?? null,
      problems: problems(o.checks).map(({ id, result, evidence, fix }) => ({ id, result, evidence, fix }))
    }))
  }
}
