// The action once its inputs are valid: run the mode, then write outputs and the job summary.
import * as core from '@actions/core'
import type { ActionConfig } from './inputs'
import { runMode } from './modes'
import { writeSummary } from './summary'

export const USER_AGENT = 'mongodb-live-migration-link-action/1.0'

export async function runAction(
  config: ActionConfig,
  { started, maskSecret }: { started: number; maskSecret: (value: string) => void }
): Promise<void> {
  for (const warning of config.warnings) core.warning(warning)
  try {
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
