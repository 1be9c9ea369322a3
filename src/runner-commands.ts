// The few runner commands needed before the inputs are known to be good: read an input, mask a
// value, fail the step. They go through @actions/core's own command writer (its lib/command.js,
// which escapes values as the runner expects) rather than its entry point, which loads the whole
// HTTP stack for OIDC and would triple the start-up time of a step that fails on a bad input.
// Everything after validation uses @actions/core itself (see action.ts).
import { issueCommand } from '../node_modules/@actions/core/lib/command.js'

/** As @actions/core's getInput: INPUT_<NAME> with spaces as underscores (hyphens kept), trimmed. */
export function getInput(name: string): string {
  return rawInput(name).trim()
}

/** The input as the runner set it, untrimmed: tells an input of blanks from one not given. */
export function rawInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}

export function setSecret(value: string): void {
  issueCommand('add-mask', {}, value)
}

export function setFailed(message: string): void {
  process.exitCode = 1
  issueCommand('error', {}, message)
}
