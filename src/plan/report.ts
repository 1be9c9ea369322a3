// What a plan reports, built from its outcome: a matrix per wave for `strategy.matrix`, a compact
// JSON report (the step output) and a full one (a file), the summary's tables and the annotations.
// Pure: the mode writes what this returns.
import { counted, sentences } from '../errors'
import type { ReportTable } from '../mode'
import { byVerdict } from '../preflight/report'
import type { CheckResult, Verdict } from '../preflight/verdict'
import { VERDICT_MARKERS, VERDICT_ORDER, worst } from '../preflight/verdict'
import { dataSize } from '../time'
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

/** The checks that did not pass, in PF order: what a reviewer acts on. */
export function problems(checks: CheckResult[]): CheckResult[] {
  return checks.filter(c => c.result === 'fail' || c.result === 'warn')
}

const line = (o: EntryOutcome) => `${o.entry.name} (${o.entry.line})`

/** What keeps an entry from passing, a word each (the tables above say more): its conflicts, then its checks. */
function findingsCell(o: EntryOutcome, conflicts: Conflict[]): string {
  const mine = conflicts.filter(c => c.entries.includes(o.entry.name)).map(c => c.kind)
  return [...mine, ...problems(byVerdict(o.checks)).map(c => c.id)].join(', ') || '—'
}

/** An entry's checks counted by result, marker first, on as few lines as a narrow column allows: "❌ 1 ⚠️ 2 ✅ 10". */
const countsCell = (checks: CheckResult[]): string =>
  VERDICT_ORDER.map(verdict => [verdict, checks.filter(c => c.result === verdict).length] as const)
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${VERDICT_MARKERS[verdict]}\u00a0${n}`)
    .join(' ') || 'not checked'

/** No break inside "4.0 GB" or "7.0.20, sharded" in a narrow column. */
const unbroken = (text: string) => text.replaceAll(' ', '\u00a0')

/**
 * The summary's tables, what blocks first: the conflicts, then every check that failed or warned
 * with its fix (one row each, the full width of the page), then one table per wave, narrow enough
 * for the page, that says where each deployment goes and what it needs.
 */
export function summaryTables(outcomes: EntryOutcome[], conflicts: Conflict[], waves: Wave[]): ReportTable[] {
  const tables: ReportTable[] = []
  if (conflicts.length > 0) {
    tables.push({
      heading: `Conflicts (${conflicts.length})`,
      header: ['Conflict', 'Lines', 'What to do'],
      rows: conflicts.map(c => [`${VERDICT_MARKERS.fail} ${c.kind}`, c.lines.join(', '), c.message])
    })
  }
  const toFix = outcomes.flatMap(o => problems(o.checks).map(c => ({ o, c })))
  if (toFix.length > 0) {
    const order = (verdict: Verdict) => VERDICT_ORDER.indexOf(verdict)
    toFix.sort((a, b) => order(a.c.result) - order(b.c.result))
    tables.push({
      heading: `Checks to fix (${toFix.length})`,
      header: ['Result', 'Deployment (line)', 'Check', 'Found', 'Fix'],
      rows: toFix.map(({ o, c }) => [
        `${VERDICT_MARKERS[c.result]}\u00a0${c.result}`,
        line(o),
        `${c.id} ${c.title}`,
        c.evidence,
        c.fix
      ])
    })
  }
  for (const wave of waves) {
    const inWave = outcomes.filter(o => o.entry.wave === wave)
    const projects = [...new Set(inWave.map(o => o.entry.projectId))]
    // One destination project for the wave is said once, in its heading, not on every row.
    const oneProject = projects.length === 1
    tables.push({
      heading: `Wave ${wave}: ${counted(inWave.length, 'deployment')}${oneProject ? ` into project ${projects[0]}` : ` into ${counted(projects.length, 'project')}`}`,
      header: [
        '',
        'Deployment (line)',
        'Destination cluster',
        ...(oneProject ? [] : ['Project']),
        'Migration host',
        'Size',
        'MongoDB',
        'Pre-flight',
        'To fix'
      ],
      rows: inWave.map(o => {
        const d = o.resolved?.deployment
        return [
          VERDICT_MARKERS[verdictOf(o, conflicts)],
          line(o),
          o.entry.cluster,
          ...(oneProject ? [] : [o.entry.projectId]),
          o.resolved?.migrationHost ?? '—',
          d?.dbSizeBytes === undefined ? '?' : unbroken(dataSize(d.dbSizeBytes)),
          d ? `${d.mongoDBVersion ?? '?'}${d.sharded ? ', sharded' : ''}` : '?',
          o.resolved ? countsCell(o.checks) : 'not found',
          findingsCell(o, conflicts)
        ]
      })
    })
  }
  return tables
}

/** An annotation on the plan file: a conflict at its first line, or a deployment's check at the entry's. */
export interface PlanAnnotation {
  message: string
  line: number
}

/**
 * Each finding once, as GitHub annotates a file: every conflict and every failed check as an error,
 * every warned check as a warning, in the order of the summary's tables.
 */
export function annotationsOf(
  outcomes: EntryOutcome[],
  conflicts: Conflict[]
): { errors: PlanAnnotation[]; warnings: PlanAnnotation[] } {
  const checks = (verdict: Verdict) =>
    outcomes.flatMap(o =>
      o.checks
        .filter(c => c.result === verdict)
        .map(c => ({
          message: `${o.entry.name}: ${c.id} ${c.title} ${DONE[verdict]}: ${sentences(c.evidence, c.fix)}`,
          line: o.entry.line
        }))
    )
  return {
    errors: [...conflicts.map(c => ({ message: c.message, line: c.lines[0] ?? 1 })), ...checks('fail')],
    warnings: checks('warn')
  }
}

const DONE: Partial<Record<Verdict, string>> = { fail: 'failed', warn: 'warned' }

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
