// The step as GitHub's runner runs it: its environment and working directory, the log (workflow
// commands), the output and summary files, and the runner's cancel signals. The action touches the
// runner only through a Step, so the tests run the source in process with a Step of their own; the
// runner's one is built here on @actions/core's own command writers (its lib/command.js and
// lib/file-command.js, which escape values as the runner expects), without its entry point, which
// loads the whole HTTP stack for OIDC and would triple the start-up of a step that fails on an input
// (upstream: actions/toolkit#1621, the HTTP client's size since it took in undici).
import { EOL } from 'node:os'
import { issueCommand } from '../node_modules/@actions/core/lib/command.js'
import { type Clock, SYSTEM_CLOCK } from './cancel'

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

/** The step GitHub's runner runs: process.env, stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, signals. */
export function runnerStep(): Step {
  return {
    env: process.env,
    cwd: process.cwd(),
    clock: SYSTEM_CLOCK,
    info: message => process.stdout.write(message + EOL),
    debug: message => issueCommand('debug', {}, message),
    warning: (message, at) => issueCommand('warning', placeOf(at), message),
    error: (message, at) => issueCommand('error', placeOf(at), message),
    setSecret: value => issueCommand('add-mask', {}, value),
    // Loaded once there is an output to write, not at start-up (a bad input's step writes none).
    setOutput: async (name, value) => {
      if (!process.env.GITHUB_OUTPUT) return issueCommand('set-output', { name }, value) // a local run
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
