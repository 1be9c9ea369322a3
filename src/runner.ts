// The step as GitHub's runner runs it: its environment and working directory, the log (workflow
// commands), the output and summary files, and the runner's cancel signals. The action touches the
// runner only through a Step, so the tests run the source in process with a Step of their own; the
// runner's one writes the output and summary files with @actions/core's own writers
// (lib/file-command.js, lib/summary.js), without its entry point, which loads the whole HTTP stack
// for OIDC and would triple the start-up of a step that fails on an input (actions/toolkit#1621).
import { writeSync } from 'node:fs'
import { type Clock, SYSTEM_CLOCK } from './cancel'

/** os.EOL, as Node defines it, without loading node:os at start-up (half a millisecond). */
const EOL = process.platform === 'win32' ? '\r\n' : '\n'

/** Where an annotation points: a file's line (a plan file's mistake). */
export interface AnnotationPlace {
  file: string
  line: number
  column?: number
}

export interface Step {
  /** The step's environment: INPUT_*, GITHUB_*, RUNNER_*. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** The working directory (the workspace, on a runner). */
  readonly cwd: string
  /** What waits run on. */
  readonly clock: Clock
  info(message: string): void
  debug(message: string): void
  warning(message: string, at?: AnnotationPlace): void
  error(message: string, at?: AnnotationPlace): void
  setSecret(value: string): void
  setOutput(name: string, value: string): Promise<void>
  /** Marks the step failed: it exits 1. */
  fail(): void
  /** Appends HTML to the job summary, where the runner keeps one. */
  writeSummary(html: string): Promise<void>
  /** Calls back on each of the runner's cancel signals (SIGINT, then SIGTERM); returns how to stop. */
  onCancel(listener: (signal: string) => void): () => void
}

/** As @actions/core's getInput: INPUT_<NAME> with spaces as underscores (hyphens kept), untrimmed. */
export const rawInput = (env: Step['env'], name: string): string =>
  env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''

const placeOf = (at?: AnnotationPlace) =>
  at ? { file: at.file, line: String(at.line), ...(at.column === undefined ? {} : { col: String(at.column) }) } : {}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

/**
 * A workflow command, `::name key=value,…::message`, escaped as @actions/core's issueCommand
 * escapes it ('%', CR and LF; in a property also ':' and ','): that function writes only to
 * process.stdout, and its formatter is not exported (a test holds the two equal).
 */
export function commandLine(command: string, properties: Record<string, string>, message: string): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')}`)
  return `::${command}${Object.keys(properties).length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`
}

/**
 * Writes log lines straight to fd 1 with fs.writeSync, without setting process.stdout up (3 ms,
 * more than the rest of a step that stops on a bad input). The runner hands the step a blocking
 * pipe, so each line goes out whole, at once, in order; the price is that a runner that stopped
 * reading would hold the step (it reads the log as it comes). From the first line fd 1 does not
 * take whole (EAGAIN or a short write: a pipe something made non-blocking, as process.stdout
 * does), the rest goes through the stream, so that no line is lost or comes out of order; an
 * error such as EPIPE then surfaces from the stream, as it did before.
 */
export function lineWriter(
  write: (bytes: Uint8Array) => number = bytes => writeSync(1, bytes),
  stream: () => { write(bytes: Uint8Array): unknown } = () => process.stdout
): (text: string) => void {
  let direct = true
  return text => {
    let bytes: Uint8Array = Buffer.from(text + EOL)
    if (direct) {
      let written = 0
      try {
        written = write(bytes)
      } catch {}
      if (written === bytes.length) return
      direct = false
      bytes = bytes.subarray(written)
    }
    stream().write(bytes)
  }
}

/** The step GitHub's runner runs: process.env, stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, signals. */
export function runnerStep(): Step {
  const line = lineWriter()
  const command = (name: string, properties: Record<string, string>, message: string) =>
    line(commandLine(name, properties, message))
  return {
    env: process.env,
    cwd: process.cwd(),
    clock: SYSTEM_CLOCK,
    info: line,
    debug: message => command('debug', {}, message),
    warning: (message, at) => command('warning', placeOf(at), message),
    error: (message, at) => command('error', placeOf(at), message),
    setSecret: value => command('add-mask', {}, value),
    // Loaded once there is an output to write, not at start-up (a bad input's step writes none).
    setOutput: async (name, value) => {
      if (!process.env.GITHUB_OUTPUT) return command('set-output', { name }, value) // a local run
      const file = await import('../node_modules/@actions/core/lib/file-command.js')
      file.issueFileCommand('OUTPUT', file.prepareKeyValueMessage(name, value))
    },
    fail: () => {
      process.exitCode = 1
    },
    writeSummary: async html => {
      if (!process.env.GITHUB_STEP_SUMMARY) return // outside a runner (a local run)
      // @actions/core's summary alone: its entry point would load its HTTP stack (OIDC) and more.
      const { summary } = await import('../node_modules/@actions/core/lib/summary.js')
      await summary.addRaw(html).write()
    },
    onCancel: listener => {
      process.on('SIGINT', listener).on('SIGTERM', listener)
      return () => process.off('SIGINT', listener).off('SIGTERM', listener)
    }
  }
}
