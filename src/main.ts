// Start-up: mask the secret inputs, validate every input, and only then load the rest of the action
// (@actions/core, the HTTP stack, the modes), so a bad input fails within a few milliseconds of
// Node's own start and sends nothing.

import type { ActionConfig } from './config'
import { errorMessage } from './errors/text'
import { InputError, SECRET_INPUTS } from './inputs'
import { parseInputs } from './registry'
import { getInput, rawInput, setFailed, setSecret } from './runner-commands'
import { addSecret } from './secrets'

export async function run(): Promise<void> {
  const started = Date.now()
  // Secrets first: nothing may be logged before every credential input is masked.
  for (const name of SECRET_INPUTS) maskSecret(getInput(name))

  let config: ActionConfig
  try {
    config = parseInputs(Object.assign((name: string) => getInput(name), { raw: rawInput }))
  } catch (err) {
    setFailed(err instanceof InputError ? err.message : `Could not read the inputs: ${String(err)}`)
    return
  }
  try {
    const { runAction } = await import('./action')
    await runAction(config, { started, maskSecret })
  } catch (err) {
    // runAction reports every failure of a mode itself; this is for a bundle that could not load.
    setFailed(`Unexpected error: ${errorMessage(err)}`)
  }
}

/**
 * Masks a secret, and each of its lines, since the runner matches masks line by line; and
 * remembers it, so that server text is cleaned of its other forms (secrets.ts).
 */
export function maskSecret(value: string): void {
  if (!value) return
  addSecret(value)
  setSecret(value)
  const lines = value.split(/\r?\n/).map(line => line.trim())
  if (lines.length > 1) for (const line of lines) if (line.length >= 4) setSecret(line)
}
