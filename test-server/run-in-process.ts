// Runs the action's source in process, as the runner would run the bundle: the step's inputs as
// INPUT_* variables, the runner's GITHUB_*/RUNNER_* variables, the log as the runner receives it
// (workflow commands escaped as @actions/core escapes them), the outputs and the summary, a cancel
// as the runner's SIGINT or SIGTERM, and a clock of the test's choosing. It answers as runBundle
// does, so a test can say which it needs: the bundle only for what only the bundle shows.
import { type Clock, SYSTEM_CLOCK } from '../src/cancel.ts'
import { run } from '../src/main.ts'
import type { AnnotationPlace, Step } from '../src/runner.ts'
import { forgetSecrets } from '../src/secrets.ts'
import type { ActionRun, RunOptions } from './run-bundle.ts'

/** In-process runs under way: the secret registry is the module's, cleared only between runs. */
let running = 0

// The runner's escaping of workflow commands (actions/toolkit's command.ts).
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
function command(name: string, message: string, at?: AnnotationPlace): string {
  const props = at
    ? Object.entries({
        file: at.file,
        line: String(at.line),
        col: at.column === undefined ? undefined : String(at.column)
      })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(v as string)}`)
        .join(',')
    : ''
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

export async function runInProcess(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  options: (RunOptions & { clock?: Clock }) | number = {}
): Promise<ActionRun> {
  const {
    timeoutMs = 60_000,
    signal,
    cwd,
    clock = SYSTEM_CLOCK
  } = typeof options === 'number' ? { timeoutMs: options } : options
  const stepEnv: Record<string, string | undefined> = { RUNNER_DEBUG: '1' }
  for (const [name, value] of Object.entries(inputs)) stepEnv[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(env)) stepEnv[name] = value
  let log = ''
  let code = 0
  let summary = ''
  const outputs: Record<string, string> = {}
  const listeners = new Set<(signal: string) => void>()
  const cancel = (name: string) => {
    for (const listener of listeners) listener(name)
  }
  let signalled = false
  const sendSignal = () => {
    if (!signal || signalled) return
    if (signal.when instanceof RegExp ? signal.when.test(log) : signal.when()) {
      signalled = true
      cancel(signal.name)
    }
  }
  const line = (text: string) => {
    log += `${text}\n`
    sendSignal()
  }
  const step: Step = {
    env: stepEnv,
    cwd: cwd ?? process.cwd(),
    clock,
    info: message => line(message),
    debug: message => line(command('debug', message)),
    warning: (message, at) => line(command('warning', message, at)),
    error: (message, at) => line(command('error', message, at)),
    setSecret: value => line(command('add-mask', value)),
    setOutput: async (name, value) => {
      outputs[name] = value
    },
    fail: () => {
      code = 1
    },
    writeSummary: async html => {
      summary += html
    },
    onCancel: listener => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  if (running++ === 0) forgetSecrets() // each run knows only its own secrets, as a process would
  const started = Date.now()
  const watcher = signal && !(signal.when instanceof RegExp) ? setInterval(sendSignal, 10) : undefined
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    cancel('SIGTERM') // the in-process stand-in for a kill: the run stops at once
  }, timeoutMs)
  try {
    await run(step)
  } finally {
    running--
    clearTimeout(timer)
    clearInterval(watcher)
  }
  return {
    code: timedOut ? null : code,
    stdout: log,
    stderr: '',
    log,
    outputs,
    summary,
    durationMs: Date.now() - started
  }
}
