// Runs dist/index.js as the runner does: a child process of Node 24 with INPUT_* variables (hyphens
// kept, as the runner keeps them), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. For what only the
// bundle shows (start-up, masking before the first line, signals, the output-file format, the lazy
// chunks), the demo and the benches; every other test runs the source (run-action.ts). It imports
// nothing of src/, so plain Node runs it.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const DIST = resolve(import.meta.dirname, '../dist/index.js')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  /** stdout and stderr together: what a job log shows. */
  log: string
  outputs: Record<string, string>
  summary: string
  durationMs: number
}

export interface RunOptions {
  timeoutMs?: number
  /**
   * Sends this signal once the log matches, or once the predicate holds (checked every 10 ms: e.g.
   * a request reached the stand-in). The runner cancelling a job sends SIGINT, then SIGTERM.
   */
  signal?: { name: NodeJS.Signals; when: RegExp | (() => boolean) }
  /** The working directory (the runner's is the workspace); default this process's. */
  cwd?: string
}

export async function runBundle(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  options: RunOptions | number = {}
): Promise<ActionRun> {
  const { timeoutMs = 60_000, signal, cwd } = typeof options === 'number' ? { timeoutMs: options } : options
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const childEnv: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_)|proxy$/i.test(name)) childEnv[name] = value
  }
  Object.assign(childEnv, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_DEBUG: '1' })
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name]
    else childEnv[name] = value
  }
  const started = Date.now()
  const child = spawn(process.execPath, [DIST], { env: childEnv, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let log = ''
  let signalled = false
  const sendSignal = () => {
    if (!signal || signalled) return
    if (signal.when instanceof RegExp ? signal.when.test(log) : signal.when()) {
      signalled = true
      child.kill(signal.name)
    }
  }
  const watcher = signal && !(signal.when instanceof RegExp) ? setInterval(sendSignal, 10) : undefined
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk
    log += chunk
    sendSignal()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk
    log += chunk
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>(done => child.on('close', done))
  clearTimeout(timer)
  clearInterval(watcher)
  const result: ActionRun = {
    code,
    stdout,
    stderr,
    log,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    durationMs: Date.now() - started
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

/** The runner's file-command format: name<<DELIMITER\nvalue\nDELIMITER */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(pattern)) outputs[m[1] as string] = m[3] as string
  return outputs
}

/** The ::error:: lines a run printed, unescaped. */
export function errorLines(run: ActionRun): string[] {
  return [...run.stdout.matchAll(/^::error::(.*)$/gm)].map(m =>
    (m[1] as string).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  )
}
