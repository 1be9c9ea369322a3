// Start-up: mask the secret inputs, validate every input, and only then load the rest of the action
// (the HTTP stack, the modes), so a bad input fails within a few milliseconds of Node's own start
// and sends nothing. Everything goes through the Step it is given: the runner's, or a test's.
import type { ActionConfig } from './config'
import { errorMessage } from './errors/text'
import { InputError, SECRET_INPUTS } from './inputs'
import { parseInputs } from './registry'
import { rawInput, runnerStep, type Step } from './runner'
import { addSecret, redact } from './secrets'

export async function run(step: Step = runnerStep()): Promise<void> {
  const started = step.clock.now()
  const input = (name: string) => rawInput(step.env, name).trim()
  const maskSecret = (value: string) => mask(step, value)
  // Secrets first: nothing may be logged before every credential input is masked.
  for (const name of SECRET_INPUTS) maskSecret(input(name))

  let config: ActionConfig
  try {
    config = parseInputs(Object.assign(input, { raw: (name: string) => rawInput(step.env, name) }))
  } catch (err) {
    step.error(redact(err instanceof InputError ? err.message : `Could not read the inputs: ${String(err)}`))
    step.fail()
    return
  }
  try {
    const { runAction } = await import('./action')
    await runAction(config, { started, maskSecret, step })
  } catch (err) {
    // runAction reports every failure of a mode itself; this is for a bundle that could not load.
    step.error(`Unexpected error: ${errorMessage(err)}`)
    step.fail()
  }
}

/**
 * Masks a secret, and each of its lines, since the runner matches masks line by line; and
 * remembers it, so that server text is cleaned of its other forms (secrets.ts).
 */
function mask(step: Step, value: string): void {
  if (!value) return
  addSecret(value)
  step.setSecret(value)
  const lines = value.split(/\r?\n/).map(line => line.trim())
  if (lines.length > 1) for (const line of lines) if (line.length >= 4) step.setSecret(line)
}
