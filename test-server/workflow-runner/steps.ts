// The steps of one job (or one matrix leg), as the runner runs them: each if: with the job's status
// (success() until a step fails, cancelled() once the job's timeout has passed), continue-on-error,
// timeout-minutes, run: steps through the shell GitHub uses (a script file; `shell: bash` is
// `bash --noprofile --norc -eo pipefail {0}`, no shell at all `bash -e {0}`), GITHUB_OUTPUT and
// GITHUB_ENV read in both forms (name=value and name<<DELIMITER), ::add-mask:: noted, and every
// uses: of this repository's action run with its inputs, action.yml defaults filled in.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { condition, evaluateToken, text } from './expressions.ts'
import { find, type LoadedJob, loadActionInputs, type Step } from './load.ts'
import type { Result, StepRun, WorkflowCall } from './types.ts'

/** The uses: of a step that runs this repository's action, checked out at the workflow's commit. */
const ACTION_STEP = /^\.\/(\.live-migration[\w-]*action)?$/

export interface Leg {
  call: WorkflowCall
  loaded: LoadedJob
  /** github, inputs, vars, secrets, needs, strategy, matrix, runner, job. */
  context: Record<string, unknown>
  env: Record<string, string>
  defaults: { shell?: string; 'working-directory'?: string }
  /** When the job's timeout-minutes run out (ms since the epoch). */
  deadline: number
  /** Secrets and ::add-mask:: values: what the runner masks. */
  masks: Set<string>
  workspace: string
}

export interface StepsResult {
  steps: StepRun[]
  context: Record<string, { outputs: Record<string, string>; outcome: Result; conclusion: Result }>
  failed: boolean
  cancelled: boolean
}

export async function runSteps(leg: Leg): Promise<StepsResult> {
  const result: StepsResult = { steps: [], context: {}, failed: false, cancelled: false }
  const env = { ...leg.env }
  const { job, rawSteps } = leg.loaded
  for (const [index, step] of job.steps.entries()) {
    const raw = rawSteps[index]
    if (Date.now() >= leg.deadline) result.cancelled = true
    const status = () => (result.cancelled ? 'cancelled' : result.failed ? 'failure' : 'success')
    const context = () => ({
      ...leg.context,
      job: { ...(leg.context.job as object), status: status() },
      steps: result.context,
      env
    })
    const state = { success: !result.failed, failure: result.failed, cancelled: result.cancelled }
    const record: StepRun = { id: step.id, outcome: 'skipped', conclusion: 'skipped' }
    if (step.name) record.name = text(evaluateToken(step.name, context()))
    if (!('if' in step) || !step.if || !condition(step.if, context(), state)) {
      result.steps.push(record)
      result.context[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      continue
    }
    const stepEnv: Record<string, string> = { ...env }
    const envToken = 'env' in step ? step.env : undefined
    if (envToken)
      for (const [k, v] of Object.entries(evaluateToken(envToken, context()) as object)) stepEnv[k] = text(v)
    const timeoutToken = find(raw, 'timeout-minutes')
    const stepMs = timeoutToken ? Number(evaluateToken(timeoutToken, context())) * 60_000 : Number.POSITIVE_INFINITY
    // Steps that run once the job is cancelled (if: always() or cancelled()) are not held to its timeout.
    const jobMs = result.cancelled ? Number.POSITIVE_INFINITY : Math.max(leg.deadline - Date.now(), 0)
    const timeoutMs = Math.min(stepMs, jobMs, leg.call.maxStepMs ?? 300_000)
    const ran = await execute(leg, step, raw, context(), stepEnv, timeoutMs, record)
    if (ran.timedOut) {
      record.timedOut = true
      if (jobMs <= stepMs) result.cancelled = true
    }
    record.outcome = ran.timedOut && jobMs <= stepMs ? 'cancelled' : ran.ok ? 'success' : 'failure'
    const goOn = step['continue-on-error']
    const continueOnError = typeof goOn === 'boolean' ? goOn : goOn ? Boolean(evaluateToken(goOn, context())) : false
    record.conclusion = record.outcome === 'failure' && continueOnError ? 'success' : record.outcome
    if (record.conclusion === 'failure') result.failed = true
    result.context[step.id] = { outputs: ran.outputs, outcome: record.outcome, conclusion: record.conclusion }
    Object.assign(env, ran.env)
    for (const line of ran.masks) leg.masks.add(line)
    result.steps.push(record)
  }
  return result
}

interface Ran {
  ok: boolean
  timedOut: boolean
  outputs: Record<string, string>
  env: Record<string, string>
  masks: string[]
}

async function execute(
  leg: Leg,
  step: Step,
  raw: ReturnType<typeof find>,
  context: Record<string, unknown>,
  env: Record<string, string>,
  timeoutMs: number,
  record: StepRun
): Promise<Ran> {
  if ('uses' in step && step.uses.value.startsWith('actions/checkout@')) {
    // The action is this checkout's dist/: nothing to fetch.
    return { ok: true, timedOut: false, outputs: {}, env: {}, masks: [] }
  }
  if ('uses' in step && ACTION_STEP.test(step.uses.value)) {
    const withToken = find(raw, 'with')
    const given = withToken ? (evaluateToken(withToken, context) as Record<string, unknown>) : {}
    const inputs: Record<string, string> = {}
    for (const [name, value] of Object.entries(given)) inputs[name] = text(value)
    // The runner gives the action every input of action.yml that has a default and was not given.
    for (const input of loadActionInputs())
      if (!(input.name in inputs) && input.default) inputs[input.name] = text(evaluateToken(input.default, context))
    record.inputs = inputs
    // The runner's GITHUB_* and RUNNER_NAME variables reach every step, actions too.
    const github = Object.fromEntries(
      Object.entries(runnerEnv(leg)).filter(([name]) => name.startsWith('GITHUB_') || name === 'RUNNER_NAME')
    )
    delete github.GITHUB_WORKSPACE
    // The source in process by default (loaded here, so that plain Node can run a caller that brings its own).
    const action = leg.call.action ?? (await import('../run-action.ts')).runAction
    const run = await action(inputs, { ...github, ...env, ...leg.call.env }, { timeoutMs })
    record.run = run
    const timedOut = run.code === null && run.durationMs >= timeoutMs
    return { ok: run.code === 0, timedOut, outputs: run.outputs, env: {}, masks: addMasks(run.stdout) }
  }
  if ('run' in step) {
    const script = text(evaluateToken(step.run, context))
    const shellToken = find(raw, 'shell')
    const shell = shellToken ? text(evaluateToken(shellToken, context)) : leg.defaults.shell
    const dirToken = find(raw, 'working-directory')
    const dir = dirToken ? text(evaluateToken(dirToken, context)) : leg.defaults['working-directory']
    return runScript(leg, script, shell, dir, env, timeoutMs, record)
  }
  throw new Error(`No local way to run step ${step.id}${'uses' in step ? ` (uses: ${step.uses.value})` : ''}`)
}

/** The runner's shells (ScriptHandlerHelpers), and a custom `command … {0}`. */
function shellCommand(shell: string | undefined): string {
  if (shell === undefined) return 'bash -e {0}'
  if (shell === 'bash') return 'bash --noprofile --norc -eo pipefail {0}'
  if (shell === 'sh') return 'sh -e {0}'
  if (shell === 'python') return 'python {0}'
  if (shell.includes('{0}')) return shell
  throw new Error(`No local way to run shell: ${shell}`)
}

async function runScript(
  leg: Leg,
  script: string,
  shell: string | undefined,
  dir: string | undefined,
  env: Record<string, string>,
  timeoutMs: number,
  record: StepRun
): Promise<Ran> {
  const temp = mkdtempSync(join(leg.workspace, '.step-'))
  const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STEP_SUMMARY: 'summary', GITHUB_PATH: 'path' }
  const fileEnv = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, join(temp, file)]))
  for (const file of Object.values(fileEnv)) writeFileSync(file, '')
  const scriptFile = join(temp, shell === 'python' ? 'script.py' : 'script.sh')
  writeFileSync(scriptFile, script)
  const [command, ...args] = shellCommand(shell)
    .split(/\s+/)
    .map(part => part.replace('{0}', scriptFile))
  const child = spawn(command as string, args, {
    cwd: dir ? join(leg.workspace, dir) : leg.workspace,
    env: { ...runnerEnv(leg), ...fileEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true // its own process group, so that a timeout ends what the script started too
  })
  let log = ''
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk
    log += chunk
  })
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk
  })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    try {
      process.kill(-(child.pid as number), 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
  }, timeoutMs)
  const code = await new Promise<number | null>(done => {
    child.on('close', done)
    child.on('error', () => done(-1))
  })
  clearTimeout(timer)
  record.log = log
  return {
    ok: code === 0 && !timedOut,
    timedOut,
    outputs: fileCommands(readFileSync(fileEnv.GITHUB_OUTPUT as string, 'utf8')),
    env: fileCommands(readFileSync(fileEnv.GITHUB_ENV as string, 'utf8')),
    masks: addMasks(stdout)
  }
}

function runnerEnv(leg: Leg): Record<string, string> {
  const github = leg.context.github as Record<string, unknown>
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: 'true' }
  Object.assign(env, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: leg.workspace, RUNNER_TEMP: leg.workspace })
  // The runner's name, as every job's steps see it (runner.name): a step finds its own job by it.
  env.RUNNER_NAME = text((leg.context.runner as Record<string, unknown> | undefined)?.name) || 'local'
  for (const name of ['event_name', 'repository', 'sha', 'ref', 'run_id', 'run_attempt', 'actor', 'api_url'])
    env[`GITHUB_${name.toUpperCase()}`] = text(github[name])
  return env
}

/** GITHUB_OUTPUT / GITHUB_ENV: name=value lines and name<<DELIMITER blocks, as the runner reads them. */
export function fileCommands(content: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = content.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      values[line.slice(0, equals)] = line.slice(equals + 1)
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      const end = lines.indexOf(delimiter, i + 1)
      if (!name || !delimiter || end < 0)
        throw new Error(`Invalid value in a file command: matching delimiter not found '${delimiter}'`)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else {
      throw new Error(`Invalid format '${line}' in a file command`)
    }
  }
  return values
}

function addMasks(stdout: string): string[] {
  return [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map(m => (m[1] as string).trim()).filter(Boolean)
}
