// Runs a reusable workflow of this repository locally, job after job, as GitHub would: `if:`
// conditions, `needs`, job and workflow outputs, `continue-on-error`, and every step that uses the
// action run through dist/index.js (run-action.ts); `run:` steps through bash. Expressions are
// GitHub's: property paths, literals, ! == != && ||, and the status functions. The checkout of the
// action is a no-op here (dist/ is this checkout's). For the tests and the benchmark: it reads the
// workflow file itself, so they follow what callers get.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { ActionRun } from './run-action.ts'
import { runAction } from './run-action.ts'

type Value = string | number | boolean | null | undefined | Record<string, unknown>
type Context = Record<string, unknown>

interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  'continue-on-error'?: boolean
}
interface Job {
  needs?: string | string[]
  if?: string
  environment?: string
  outputs?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: {
    workflow_call: {
      inputs?: Record<string, { type: string; default?: unknown; required?: boolean }>
      outputs?: Record<string, { value: string }>
    }
  }
  jobs: Record<string, Job>
}

export interface JobRun {
  result: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  /** The environment the job was bound to (its reviewers would approve it first). */
  environment?: string
  /** The action's runs, by step id, with their inputs. */
  steps: { id?: string; inputs?: Record<string, string>; run?: ActionRun; outcome: 'success' | 'failure' | 'skipped' }[]
}

export interface WorkflowRun {
  jobs: Record<string, JobRun>
  outputs: Record<string, string>
}

export interface WorkflowCall {
  inputs: Record<string, string | number | boolean>
  secrets: Record<string, string>
  /** Extra environment for the action's process (e.g. no proxy). */
  env?: Record<string, string | undefined>
  /** Called before each job starts, e.g. to wait for an approval. */
  beforeJob?: (name: string, job: Job) => Promise<void>
}

/** The uses: of a step that runs this repository's action, checked out at the workflow's commit. */
const ACTION_STEP = /^\.\/\.live-migration[\w-]*action$/

export async function runWorkflow(file: string, call: WorkflowCall): Promise<WorkflowRun> {
  const workflow = parse(readFileSync(file, 'utf8')) as Workflow
  const declared = workflow.on.workflow_call.inputs ?? {}
  const inputs: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(declared)) {
    inputs[name] =
      call.inputs[name] ?? spec.default ?? (spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '')
  }
  for (const name of Object.keys(call.inputs)) {
    if (!(name in declared)) throw new Error(`${file} declares no input '${name}'`)
  }
  const jobs: Record<string, JobRun> = {}
  for (const [name, job] of order(workflow.jobs)) {
    const needs = ([] as string[]).concat(job.needs ?? [])
    const needsContext = Object.fromEntries(
      needs.map(n => [n, { result: jobs[n]?.result, outputs: jobs[n]?.outputs ?? {} }])
    )
    const base: Context = { inputs, secrets: call.secrets, needs: needsContext, vars: {} }
    const status = {
      success: needs.every(n => jobs[n]?.result === 'success'),
      failure: needs.some(n => jobs[n]?.result === 'failure')
    }
    const run = job.if === undefined ? status.success : truthy(evaluate(job.if, base, status))
    if (!run) {
      jobs[name] = { result: 'skipped', outputs: {}, steps: [] }
      continue
    }
    await call.beforeJob?.(name, job)
    jobs[name] = await runJob(job, base, call)
  }
  const outputs: Record<string, string> = {}
  for (const [name, output] of Object.entries(workflow.on.workflow_call.outputs ?? {})) {
    outputs[name] = String(evaluate(output.value, { jobs }, { success: true, failure: false }) ?? '')
  }
  return { jobs, outputs }
}

async function runJob(job: Job, base: Context, call: WorkflowCall): Promise<JobRun> {
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {}
  const record: JobRun['steps'] = []
  let failed = false
  const context = (): Context => ({
    ...base,
    steps,
    job: { workflow_repository: 'OWNER/REPO', workflow_sha: 'f'.repeat(40) }
  })
  for (const step of job.steps) {
    const status = { success: !failed, failure: failed }
    const runIt = step.if === undefined ? !failed : truthy(evaluate(step.if, context(), status))
    if (!runIt) {
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      record.push({ id: step.id, outcome: 'skipped' })
      continue
    }
    let outcome: 'success' | 'failure' = 'success'
    let outputs: Record<string, string> = {}
    if (step.uses?.startsWith('actions/checkout@')) {
      // The action is this checkout's dist/: nothing to fetch.
    } else if (step.uses && ACTION_STEP.test(step.uses)) {
      const inputs: Record<string, string> = {}
      for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = text(interpolate(value, context()))
      const run = await runAction(inputs, call.env ?? {}, { timeoutMs: 300_000 })
      outcome = run.code === 0 ? 'success' : 'failure'
      outputs = run.outputs
      record.push({ id: step.id, inputs, run, outcome })
    } else if (step.run !== undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'workflow-step-'))
      const outputFile = join(dir, 'output')
      writeFileSync(outputFile, '')
      const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile }
      for (const [name, value] of Object.entries(step.env ?? {})) env[name] = text(interpolate(value, context()))
      const result = spawnSync('bash', ['-e', '-c', String(interpolate(step.run, context()))], {
        env,
        encoding: 'utf8'
      })
      outcome = result.status === 0 ? 'success' : 'failure'
      for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
        const m = /^([\w-]+)=(.*)$/.exec(line)
        if (m) outputs[m[1] as string] = m[2] as string
      }
      rmSync(dir, { recursive: true, force: true })
      record.push({ id: step.id, outcome })
    } else {
      throw new Error(`No local way to run step ${step.name ?? step.uses}`)
    }
    const conclusion = outcome === 'failure' && step['continue-on-error'] ? 'success' : outcome
    if (step.id) steps[step.id] = { outputs, outcome, conclusion }
    if (conclusion === 'failure') failed = true
  }
  const outputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(job.outputs ?? {})) outputs[name] = text(interpolate(value, context()))
  return {
    result: failed ? 'failure' : 'success',
    outputs,
    environment: job.environment === undefined ? undefined : text(interpolate(job.environment, context())),
    steps: record
  }
}

/** Jobs in an order that puts every job after those it needs. */
function order(jobs: Record<string, Job>): [string, Job][] {
  const done = new Set<string>()
  const out: [string, Job][] = []
  const visit = (name: string): void => {
    if (done.has(name)) return
    done.add(name)
    for (const need of ([] as string[]).concat(jobs[name]?.needs ?? [])) visit(need)
    out.push([name, jobs[name] as Job])
  }
  for (const name of Object.keys(jobs)) visit(name)
  return out
}

/** A with: or env: value: a whole expression keeps its type; expressions inside text become text. */
function interpolate(value: unknown, context: Context): Value {
  if (typeof value !== 'string') return value as Value
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(value.trim())
  if (whole && !whole[1]?.includes('}}'))
    return evaluate(whole[1] as string, context, { success: true, failure: false })
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    text(evaluate(expression, context, { success: true, failure: false }))
  )
}

function text(value: Value): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

function truthy(value: Value): boolean {
  return !(value === false || value === '' || value === 0 || value === null || value === undefined)
}

/** GitHub's expression language, as far as these workflows use it. */
export function evaluate(source: string, context: Context, status: { success: boolean; failure: boolean }): Value {
  const expression = source.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  const tokens = expression.match(/'(?:[^']|'')*'|&&|\|\||==|!=|[!()[\],]|[\w.-]+/g) ?? []
  let i = 0
  const peek = () => tokens[i]
  const next = () => tokens[i++] as string
  const or = (): Value => {
    let left = and()
    while (peek() === '||') {
      next()
      const right = and()
      left = truthy(left) ? left : right
    }
    return left
  }
  const and = (): Value => {
    let left = equality()
    while (peek() === '&&') {
      next()
      const right = equality()
      left = truthy(left) ? right : left
    }
    return left
  }
  const equality = (): Value => {
    let left = unary()
    while (peek() === '==' || peek() === '!=') {
      const op = next()
      const right = unary()
      const same = equals(left, right)
      left = op === '==' ? same : !same
    }
    return left
  }
  const unary = (): Value => {
    if (peek() === '!') {
      next()
      return !truthy(unary())
    }
    return primary()
  }
  const primary = (): Value => {
    const token = next()
    if (token === '(') {
      const value = or()
      next() // ')'
      return value
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'")
    if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token)
    if (token === 'true' || token === 'false') return token === 'true'
    if (token === 'null') return null
    if (peek() === '(') {
      next()
      const args: Value[] = []
      while (peek() !== ')') {
        args.push(or())
        if (peek() === ',') next()
      }
      next()
      switch (token) {
        case 'always':
          return true
        case 'success':
          return status.success
        case 'failure':
          return status.failure
        case 'cancelled':
          return false
        case 'fromJSON':
          return JSON.parse(String(args[0])) as Value
        default:
          throw new Error(`No local implementation of ${token}()`)
      }
    }
    let value: unknown = context
    for (const part of token.split('.')) value = (value as Record<string, unknown> | undefined)?.[part]
    return value as Value
  }
  const value = or()
  if (i < tokens.length) throw new Error(`Could not read the expression ${source}`)
  return value
}

/** GitHub compares strings case-insensitively, and coerces mixed types to numbers. */
function equals(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (typeof a === typeof b) return a === b
  const number = (v: Value) => (v === null || v === undefined || v === '' ? 0 : Number(v))
  return number(a) === number(b)
}
