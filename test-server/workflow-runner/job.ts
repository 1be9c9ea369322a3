// One job: its if: (job status functions over every job it needs, directly or not), its strategy
// (a matrix runs one leg after another, each with matrix.* and strategy.*; fail-fast cancels the
// legs not yet run; the job's outputs are the legs' merged in that order, so the last leg to
// finish wins for each output it set, as on GitHub), continue-on-error (a failed job then reads as
// a success in needs, as on GitHub), timeout-minutes (passed down to the steps' processes; a job
// past it is cancelled), concurrency, permissions and environment recorded, and its outputs:
// empty ones dropped, and those holding a secret or masked value dropped with the runner's warning.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { condition, evaluateToken, text } from './expressions.ts'
import { find, type LoadedJob } from './load.ts'
import { runSteps } from './steps.ts'
import type { JobRun, Result, WorkflowCall } from './types.ts'

export interface JobScope {
  call: WorkflowCall
  /** github, inputs, vars, secrets. */
  context: Record<string, unknown>
  /** The results so far, and each job's needs. */
  results: Record<string, JobRun>
  needs: Record<string, string[]>
  env: Record<string, string>
  defaults: { shell?: string; 'working-directory'?: string }
  permissions?: unknown
}

export async function runJob(name: string, loaded: LoadedJob, scope: JobScope): Promise<JobRun> {
  const { job, raw } = loaded
  const direct = scope.needs[name] ?? []
  const needs = Object.fromEntries(
    direct.map(n => [n, { result: scope.results[n]?.result, outputs: scope.results[n]?.outputs ?? {} }])
  )
  const ancestors = new Set<string>()
  const visit = (n: string): void => {
    for (const need of scope.needs[n] ?? []) {
      if (ancestors.has(need)) continue
      ancestors.add(need)
      visit(need)
    }
  }
  visit(name)
  const results = [...ancestors].map(n => scope.results[n]?.result)
  const status = {
    success: results.every(r => r === 'success'),
    failure: results.some(r => r === 'failure'),
    cancelled: false
  }
  const context = { ...scope.context, needs }
  const timeoutToken = find(raw, 'timeout-minutes')
  const permissions = find(raw, 'permissions')
  const record: JobRun = {
    result: 'skipped',
    outcome: 'skipped',
    outputs: {},
    timeoutMinutes: timeoutToken ? Number(evaluateToken(timeoutToken, context)) : 360,
    continueOnError: false,
    warnings: [],
    steps: [],
    permissions: permissions ? evaluateToken(permissions, context) : scope.permissions
  }
  if (!condition(job.if, context, status)) return record
  await scope.call.beforeJob?.(name, {
    id: name,
    needs: direct,
    if: job.if.expression,
    environment: job.environment ? job.environment.toString() : undefined
  })
  const strategy = (job.strategy ? evaluateToken(job.strategy, context) : {}) as Record<string, unknown>
  const matrix = strategy.matrix as Record<string, unknown> | undefined
  if (!matrix) return runLeg(loaded, scope, context, record)
  const combinations = expandMatrix(matrix)
  const failFast = strategy['fail-fast'] !== false
  const legs: JobRun[] = []
  for (const [index, values] of combinations.entries()) {
    const leg: JobRun = { ...record, matrix: values, warnings: [], steps: [] }
    if (failFast && legs.some(l => l.outcome === 'failure' && !l.continueOnError)) {
      legs.push({ ...leg, result: 'cancelled', outcome: 'cancelled' })
      continue
    }
    const legStrategy = {
      'fail-fast': failFast,
      'job-index': index,
      'job-total': combinations.length,
      'max-parallel': strategy['max-parallel'] ?? combinations.length
    }
    legs.push(await runLeg(loaded, scope, { ...context, matrix: values, strategy: legStrategy }, leg))
  }
  const outcome: Result = legs.some(l => l.result === 'failure')
    ? 'failure'
    : legs.some(l => l.result === 'cancelled')
      ? 'cancelled'
      : 'success'
  return {
    ...record,
    result: outcome,
    outcome,
    outputs: Object.assign({}, ...legs.map(l => l.outputs)),
    warnings: legs.flatMap(l => l.warnings),
    steps: legs.flatMap(l => l.steps),
    environment: legs[0]?.environment,
    concurrency: legs[0]?.concurrency,
    legs
  }
}

async function runLeg(
  loaded: LoadedJob,
  scope: JobScope,
  context: Record<string, unknown>,
  record: JobRun
): Promise<JobRun> {
  const { job, raw } = loaded
  const goOn = find(raw, 'continue-on-error')
  record.continueOnError = goOn ? Boolean(evaluateToken(goOn, context)) : false
  if (job.environment) {
    const environment = evaluateToken(job.environment, context)
    record.environment = text(typeof environment === 'object' ? (environment as { name?: unknown })?.name : environment)
  }
  if (job.concurrency) {
    const value = evaluateToken(job.concurrency, context)
    const c = (typeof value === 'object' ? value : { group: value }) as Record<string, unknown>
    record.concurrency = { group: text(c.group), 'cancel-in-progress': c['cancel-in-progress'] === true }
  }
  const env = { ...scope.env }
  if (job.env) for (const [k, v] of Object.entries(evaluateToken(job.env, context) as object)) env[k] = text(v)
  const runDefaults = find(find(raw, 'defaults'), 'run')
  const defaults = { ...scope.defaults, ...(runDefaults ? (evaluateToken(runDefaults, context) as object) : {}) }
  const workspace = mkdtempSync(join(tmpdir(), 'workflow-job-'))
  const secrets = Object.values(scope.call.secrets ?? {}).flatMap(s => [s, ...s.split(/\r?\n/)])
  const masks = new Set(secrets.map(s => s.trim()).filter(Boolean))
  // The runner masks the job's GITHUB_TOKEN as it masks secrets.
  const token = (scope.context.github as { token?: string }).token
  if (token) masks.add(token)
  const job_ = { workflow_repository: 'OWNER/REPO', workflow_sha: 'f'.repeat(40), status: 'success' }
  const runner = { os: 'Linux', arch: 'X64', name: 'local', temp: workspace, debug: '1' }
  try {
    const ran = await runSteps({
      call: scope.call,
      loaded,
      context: { ...context, job: job_, runner, env },
      env,
      defaults: defaults as JobScope['defaults'],
      deadline: Date.now() + record.timeoutMinutes * 60_000,
      masks,
      workspace
    })
    record.steps = ran.steps
    record.outcome = ran.cancelled ? 'cancelled' : ran.failed ? 'failure' : 'success'
    record.timedOut = ran.cancelled
    record.result = record.outcome === 'failure' && record.continueOnError ? 'success' : record.outcome
    const final = { ...context, job: job_, runner, env, steps: ran.context }
    const outputs = job.outputs ? (evaluateToken(job.outputs, final) as Record<string, unknown>) : {}
    record.outputs = {}
    for (const [name, value] of Object.entries(outputs)) {
      const output = text(value)
      if (output === '') continue
      if ([...masks].some(mask => output.includes(mask))) {
        record.warnings.push(`Skip output '${name}' since it may contain secret.`)
        continue
      }
      record.outputs[name] = output
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
  return record
}

/** GitHub's matrix: the product of the axes, less exclude, then include added or appended. */
export function expandMatrix(matrix: Record<string, unknown>): Record<string, unknown>[] {
  const { include = [], exclude = [], ...axes } = matrix as Record<string, unknown[]>
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  let combinations: Record<string, unknown>[] = Object.keys(axes).length > 0 ? [{}] : []
  for (const [key, values] of Object.entries(axes)) {
    if (!Array.isArray(values) || values.length === 0)
      throw new Error(`Matrix vector '${key}' does not contain any values`)
    combinations = combinations.flatMap(c => values.map(v => ({ ...c, [key]: v })))
  }
  const excluded = exclude as Record<string, unknown>[]
  combinations = combinations.filter(c => !excluded.some(e => Object.entries(e).every(([k, v]) => same(c[k], v))))
  const legs = combinations.map(base => ({ base, values: { ...base } }))
  const extra: Record<string, unknown>[] = []
  for (const entry of include as Record<string, unknown>[]) {
    const fits = legs.filter(l => Object.entries(entry).every(([k, v]) => !(k in l.base) || same(l.base[k], v)))
    for (const leg of fits) Object.assign(leg.values, entry)
    if (fits.length === 0) extra.push({ ...entry })
  }
  const all = [...legs.map(l => l.values), ...extra]
  if (all.length === 0) throw new Error('Matrix must define at least one vector')
  return all
}
