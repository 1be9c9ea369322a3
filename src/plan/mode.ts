// Mode plan: a fleet described in one reviewed file. Reads and checks the file, finds every source
// among its org's migration sources, lists the conflicts that would make migrations fail or
// collide, runs pre-flight for every deployment (reading only, reads shared across deployments),
// and outputs a matrix per wave. Fails on any conflict or failed check, after reporting them all.

import { writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { CancelledError } from '../cancel'
import type { AvailableProject } from '../clients/migration'
import { MigrationClient } from '../clients/migration'
import type { ConfigOf } from '../config'
import { ApiError, counted, errorMessage, StepError, sentences } from '../errors'
import { ANNOTATIONS_PER_TYPE } from '../log'
import type { ModeContext, OpenSession } from '../mode'
import { inOrder, preflightChecks } from '../preflight/mode'
import type { CheckResult } from '../preflight/verdict'
import { worst } from '../preflight/verdict'
import type { ApiSession } from '../transport/session'
import { sharedReads } from '../transport/shared-reads'
import { type ResolvedEntry, resolvePlan } from './conflicts'
import { PlanFileError, readPlan } from './read'
import type { EntryOutcome, PlanAnnotation } from './report'
import { annotationsOf, compactReport, legOf, problems, summaryTables, verdictOf, waveOrder } from './report'
import type { Plan } from './schema'

/** Deployments checked at once: enough to hide round trips, few enough to leave the buckets room. */
const PARALLEL = 16

export async function plan(config: ConfigOf<'plan'>, open: OpenSession, context: ModeContext): Promise<string> {
  const planned = await readPlanFile(config.planFile, context)
  const { entries } = planned
  const orgs = [...new Set(entries.map(e => e.orgId))]
  const waves = waveOrder(entries)
  context.log.info(
    `Plan ${config.planFile}: ${counted(entries.length, 'deployment')} in ${counted(waves.length, 'wave')}, from ${counted(orgs.length, 'Atlas org')}; reading only.`
  )
  const session = sharedReads(open(config.atlas))
  const migrations = new MigrationClient(session)
  const sourcesByOrg = new Map<string, AvailableProject[]>()
  const unreadable = new Map<string, string>()
  // An org the credential cannot read is a conflict of its entries, not the end of the plan.
  const readSources = async (orgId: string) => {
    try {
      sourcesByOrg.set(orgId, await migrations.availableProjects(orgId))
    } catch (err) {
      // The credential or the runner's address refused: every org would say the same, so say it once.
      const everywhere =
        err instanceof ApiError && (err.status === 401 || err.errorCode === 'IP_ADDRESS_NOT_ON_ACCESS_LIST')
      if (!(err instanceof ApiError) || everywhere || err.status >= 500 || err.status === 429) throw err
      unreadable.set(orgId, sentences(err.summary, err.hint))
    }
  }
  // The first read alone: it meets the Digest challenge (or gets the token) once for all that follow.
  const [first, ...others] = orgs
  await readSources(first as string)
  await eachAtMost(PARALLEL, others, readSources)
  const { resolved, conflicts } = resolvePlan(entries, sourcesByOrg, unreadable)

  const checks = new Map<string, CheckResult[]>()
  let done = 0
  await eachAtMost(PARALLEL, resolved, async r => {
    checks.set(r.entry.name, await checkEntry(session, r, planned, context))
    done++
    if (done % 25 === 0 || done === resolved.length) {
      context.log.info(`Pre-flight: ${done} of ${resolved.length} deployments checked…`)
    }
  })
  const byName = new Map(resolved.map(r => [r.entry.name, r]))
  const outcomes: EntryOutcome[] = entries.map(entry => ({
    entry,
    resolved: byName.get(entry.name),
    checks: checks.get(entry.name) ?? []
  }))
  const result = worst([...outcomes.map(o => verdictOf(o, conflicts)), ...(conflicts.length ? ['fail' as const] : [])])
  const failed = outcomes.filter(o => verdictOf(o, conflicts) === 'fail').length
  const plural = `${counted(entries.length, 'deployment')} in ${counted(waves.length, 'wave')}`
  const failure =
    conflicts.length > 0 || failed > 0
      ? `Plan: ${counted(conflicts.length, 'conflict')}, ${failed} of ${counted(entries.length, 'deployment')} not ready to migrate; nothing was validated or started. Each conflict and failed check follows at its line in ${config.planFile}; the job summary has them all.`
      : undefined
  // The overall result first, as the first of GitHub's ten error annotations a step shows.
  if (failure) context.log.error?.(failure)
  report(config.planFile, outcomes, conflicts, waves, planned, result, context)
  context.log.info(
    `Reads: ${session.counts.sent} sent, ${session.counts.shared} answered from a read another deployment made.`
  )
  if (failure) {
    context.headline.title = `Plan of ${plural}: ${counted(conflicts.length, 'conflict')}, ${failed} not ready`
    context.headline.next = `Fix the conflicts and the checks marked ${'❌'} below (each names its line in ${config.planFile}), then push the plan again.`
    throw new StepError(failure, { announced: context.log.error !== undefined })
  }
  context.headline.title = `Plan of ${plural}: no conflict, every deployment ${result === 'warn' ? 'ready (with warnings)' : 'ready'}`
  context.headline.next = `Merge the plan, then run its waves in order: strategy.matrix from fromJSON(needs.<plan job>.outputs.matrix)['${waves[0]}'] for the first.`
  return `plan ${result}: ${plural}, no conflict`
}

async function readPlanFile(file: string, context: ModeContext): Promise<Plan> {
  let text: string
  try {
    text = await readFile(resolve(context.cwd, file), 'utf8')
  } catch (err) {
    throw new StepError(
      `plan-file ${file} could not be read (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}): is the path relative to the repository's root, and did a step check the repository out (actions/checkout)?`
    )
  }
  try {
    return readPlan(text, file)
  } catch (err) {
    if (err instanceof PlanFileError) {
      for (const m of err.mistakes.slice(0, ANNOTATIONS_PER_TYPE - 1)) {
        context.log.annotate?.('error', m.message, { file, line: m.line, column: m.column })
      }
    }
    throw err
  }
}

/** Pre-flight of one entry; a check that could not finish is a failed check, never a pass. */
async function checkEntry(
  session: ApiSession,
  r: ResolvedEntry,
  planned: Plan,
  context: ModeContext
): Promise<CheckResult[]> {
  const { entry } = r
  try {
    const results = await preflightChecks(
      session,
      {
        orgId: entry.orgId,
        projectId: entry.projectId,
        migration: {
          clusterName: entry.cluster,
          sourceClusterName: r.deployment.name,
          sourceProjectId: r.project.projectId,
          migrationHost: r.migrationHost,
          sourceSsl: r.deployment.tlsEnabled,
          dropDestinationData: false,
          hostnameSchemaType: entry.hostnameSchemaType,
          privateLinkId: entry.privateLinkId
        },
        migrationHostIps: r.migrationHost ? (planned.hostIps[r.migrationHost] ?? []) : [],
        hasSourceCredentials: entry.sourceAuth === 'credentials'
      },
      context
    )
    return inOrder(results)
  } catch (err) {
    if (err instanceof CancelledError || context.signal.aborted) throw err
    return [
      {
        id: 'PF-0',
        title: 'Pre-flight',
        result: 'fail',
        evidence: `could not finish: ${errorMessage(err)}`,
        fix: 'Run the plan again; if it persists, run mode preflight for this deployment.'
      }
    ]
  }
}

function report(
  file: string,
  outcomes: EntryOutcome[],
  conflicts: ReturnType<typeof resolvePlan>['conflicts'],
  waves: string[],
  planned: Plan,
  result: ReturnType<typeof worst>,
  context: ModeContext
): void {
  const matrix: Record<string, { include: Record<string, string>[] }> = {}
  for (const wave of waves) {
    matrix[wave] = {
      include: outcomes
        .filter(o => o.entry.wave === wave && o.resolved)
        .map(o => legOf(o.resolved as ResolvedEntry, planned.hostIps))
    }
  }
  context.outputs.matrix = JSON.stringify(matrix)
  context.outputs.waves = JSON.stringify(waves)
  context.outputs['plan-result'] = result
  context.outputs['plan-report'] = JSON.stringify(compactReport(outcomes, conflicts, result))
  // Every check of every deployment, for an artifact: too large for a job output at 200 entries.
  const full = join(context.env.RUNNER_TEMP || tmpdir(), `migration-plan-report-${process.pid}.json`)
  writeFileSync(full, JSON.stringify({ ...compactReport(outcomes, conflicts, result), checks: fullChecks(outcomes) }))
  context.outputs['plan-report-file'] = full

  // Each finding once, within what GitHub shows: the first as annotations on the plan file, the
  // rest as log lines, and every one in the summary's tables.
  const { errors, warnings } = annotationsOf(outcomes, conflicts)
  const overall = result === 'fail' && context.log.error ? 1 : 0
  annotateWithin('error', errors, ANNOTATIONS_PER_TYPE - 1 - overall, file, context)
  annotateWithin('warning', warnings, ANNOTATIONS_PER_TYPE, file, context)
  for (const o of outcomes) {
    const found = problems(o.checks)
    context.log.info(
      `plan wave ${o.entry.wave} ${o.entry.name} → ${o.entry.cluster} via ${o.resolved?.migrationHost ?? '—'}: ${verdictOf(o, conflicts)}${found.length ? ` (${found.map(c => `${c.id} ${c.result}`).join(', ')})` : ''}`
    )
  }
  context.tables.push(...summaryTables(outcomes, conflicts, waves))
  context.rows.push([
    'Plan',
    `${counted(outcomes.length, 'deployment')}, ${counted(waves.length, 'wave')}, ${counted(conflicts.length, 'conflict')}`
  ])
}

/**
 * Up to `room` annotations of one level on the plan file; past it, the last annotation says how many
 * more the summary holds, and those go to the log as plain lines.
 */
function annotateWithin(
  level: 'error' | 'warning',
  items: PlanAnnotation[],
  room: number,
  file: string,
  context: ModeContext
): void {
  const shown = items.length <= room ? items : items.slice(0, Math.max(0, room - 1))
  for (const a of shown) context.log.annotate?.(level, a.message, { file, line: a.line })
  const rest = items.slice(shown.length)
  if (rest.length === 0) return
  const what = level === 'error' ? 'conflicts and failed checks' : 'warned checks'
  context.log.annotate?.(level, `${rest.length} more ${what}: see the job summary.`, {
    file,
    line: rest[0]?.line ?? 1
  })
  for (const a of rest) context.log.info(`${file}:${a.line}: ${level}: ${a.message}`)
}

const fullChecks = (outcomes: EntryOutcome[]) => Object.fromEntries(outcomes.map(o => [o.entry.name, o.checks]))

/** Runs `work` on every item, at most `limit` at a time, in order of the items. */
async function eachAtMost<T>(limit: number, items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    try {
      while (next < items.length) await work(items[next++] as T)
    } catch (err) {
      next = items.length // the others take no new item: a cancel or a bug stops the whole plan
      throw err
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
