// The action once its inputs are valid: run the mode, then write outputs and the job summary.
import * as core from '@actions/core'
import packageJson from '../package.json' with { type: 'json' }
import type { ActionConfig } from './inputs'
import type { ModeContext } from './modes/index'
import { runMode } from './modes/index'
import { newReport } from './report'
import { writeSummary } from './summary'

export const USER_AGENT = `mongodb-live-migration-link-action/${packageJson.version}`

export async function runAction(
  config: ActionConfig,
  { started, maskSecret }: { started: number; maskSecret: (value: string) => void }
): Promise<void> {
  for (const warning of config.warnings) core.warning(warning)
  const report = newReport()
  // The runner cancels a job with SIGINT, then SIGTERM: stop waiting, clean up, report, exit non-zero.
  const cancel = new AbortController()
  const onSignal = (signal: NodeJS.Signals) => {
    if (!cancel.signal.aborted) cancel.abort(new Error(`Cancelled (${signal}): the runner is stopping the job.`))
  }
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal)
  const context: ModeContext = {
    log: { info: core.info, debug: core.debug, warning: core.warning },
    onSecret: maskSecret,
    userAgent: USER_AGENT,
    signal: cancel.signal,
    ...report
  }
  let result: string
  try {
    result = await runMode(config, context)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    core.setFailed(message)
    result = `failed: ${message}`
  }
  // Whatever is known is an output, also after a failure (the last status of a wait that timed out).
  for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value)
  await writeSummary(config, result, report, Date.now() - started)
  process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
}
