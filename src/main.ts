// The GitHub side of the action: mask, read inputs, run the mode, write outputs and the summary.
import * as core from '@actions/core'
import { InputError, SECRET_INPUTS, parseInputs } from './inputs'
import type { ActionConfig } from './inputs'
import { writeSummary } from './summary'

export const USER_AGENT = 'mongodb-live-migration-link-action/1.0'

export async function run(): Promise<void> {
  const started = Date.now()
  // Secrets first: nothing may be logged before every credential input is masked.
  for (const name of SECRET_INPUTS) maskSecret(core.getInput(name))

  let config: ActionConfig
  try {
    config = parseInputs(name => core.getInput(name))
  } catch (err) {
    core.setFailed(err instanceof InputError ? err.message : `Could not read the inputs: ${String(err)}`)
    return
  }
  for (const warning of config.warnings) core.warning(warning)

  try {
    // The HTTP stack loads only now that a request is about to be sent.
    const { runMode } = await import('./modes')
    const { outputs, result } = await runMode(config, {
      log: { info: core.info, debug: core.debug, warning: core.warning },
      onSecret: maskSecret,
      userAgent: USER_AGENT
    })
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    await writeSummary(config, result, Date.now() - started)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    core.setFailed(message)
    await writeSummary(config, `failed: ${message}`, Date.now() - started)
  }
}

/** Masks a secret, and each of its lines, since the runner matches masks line by line. */
function maskSecret(value: string): void {
  if (!value) return
  core.setSecret(value)
  const lines = value.split(/\r?\n/).map(line => line.trim())
  if (lines.length > 1) for (const line of lines) if (line.length >= 4) core.setSecret(line)
}
