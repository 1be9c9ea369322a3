// The action once its inputs are valid: run the mode, then write outputs and the job summary.
import * as core from '@actions/core'
import packageJson from '../package.json' with { type: 'json' }
import { CancelledError, SYSTEM_CLOCK } from './cancel'
import { errorMessage } from './errors'
import type { ActionConfig } from './inputs'
import type { ModeContext } from './modes/context'
import { runMode } from './modes/index'
import { newReport } from './report'
import { redact } from './secrets'
import { runUrl, summaryText, writeSummary } from './summary'
import type { Ending } from './summary-story'
import { outcomeLine } from './summary-view'

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
    if (cancel.signal.aborted) return
    core.info(`${signal} received: cancelling; nothing more is sent but the revocation of tokens.`)
    cancel.abort(new CancelledError(`Cancelled (${signal}): the runner is stopping the job.`))
  }
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal)
  // Every line goes out cleaned of every known secret, in every form (server text included).
  const log = {
    info: (message: string) => core.info(redact(message)),
    debug: (message: string) => core.debug(redact(message)),
    warning: (message: string) => core.warning(redact(message)),
    annotate: (level: 'error' | 'warning', message: string, at: { file: string; line: number; column?: number }) =>
      core[level](redact(message), { file: at.file, startLine: at.line, startColumn: at.column })
  }
  const context: ModeContext = {
    log,
    onSecret: maskSecret,
    userAgent: USER_AGENT,
    signal: cancel.signal,
    clock: SYSTEM_CLOCK,
    ...report
  }
  let end: Omit<Ending, 'durationMs'>
  try {
    const result = await runMode(config, context)
    // A mode that ran to its end after a cancel (what it had sent was answered) did not finish
    // what the step was asked to do: the step fails, as every cancelled step does.
    if (cancel.signal.aborted) throw cancel.signal.reason
    end = { outcome: 'succeeded', result }
  } catch (err) {
    const message = redact(errorMessage(err))
    core.setFailed(message)
    const cancelled = err instanceof CancelledError || cancel.signal.aborted
    end = { outcome: cancelled ? 'cancelled' : 'failed', result: message, error: err }
  }
  // Whatever is known is an output, also after a failure (the last status of a wait that timed out).
  for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value)
  const { text, view } = summaryText(config, report, { ...end, durationMs: Date.now() - started, runUrl: runUrl() })
  // The log ends as the summary begins: the same outcome line, and what to do next.
  log.info(outcomeLine(view))
  log.info(`Next: ${view.next}${view.link ? ` ${view.link.href}` : ''}`)
  await writeSummary(text)
  process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
}
