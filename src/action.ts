// The action once its inputs are valid: run the mode the registry names, over sessions it opens on
// demand and closes whatever happens, then write outputs and the job summary. The modes know
// nothing of GitHub's runner: they log through the Logger they are given and leave outputs and
// summary notes in their context, whether they succeed or fail.
import packageJson from '../package.json' with { type: 'json' }
import { CancelledError } from './cancel'
import type { ActionConfig } from './config'
import { errorMessage, StepError } from './errors'
import { ANNOTATIONS_PER_TYPE } from './log'
import type { ModeContext } from './mode'
import { newReport } from './mode'
import { MODES } from './registry'
import type { AnnotationPlace, Step } from './runner'
import { redact } from './secrets'
import type { Ending } from './summary/story'
import { runUrl, summaryText, writeSummary } from './summary/summary'
import { outcomeLine } from './summary/view'
import { HttpTransport } from './transport/http'
import type { ApiSession, OpenSession } from './transport/session'
import { openSession } from './transport/session'
import { trustCertificates } from './transport/trust'

export const USER_AGENT = `mongodb-live-migration-link-action/${packageJson.version}`

export async function runAction(
  config: ActionConfig,
  { started, maskSecret, step }: { started: number; maskSecret: (value: string) => void; step: Step }
): Promise<void> {
  // GitHub shows 10 annotations of each type per step: past them, a line stays in the log only, and
  // one error is kept for the step's own, which comes last.
  const shown = { error: 0, warning: 0 }
  const annotation = (level: 'error' | 'warning', message: string, at?: AnnotationPlace) => {
    const room = level === 'error' ? ANNOTATIONS_PER_TYPE - 1 : ANNOTATIONS_PER_TYPE
    if (shown[level]++ < room) step[level](redact(message), at)
    else step.info(`${level === 'error' ? 'Error' : 'Warning'}: ${redact(message)}`)
  }
  for (const warning of config.warnings) annotation('warning', warning)
  const report = newReport()
  // The runner cancels a job with SIGINT, then SIGTERM: stop waiting, clean up, report, exit non-zero.
  const cancel = new AbortController()
  const stopListening = step.onCancel(signal => {
    if (cancel.signal.aborted) return
    step.info(`${signal} received: cancelling; nothing more is sent but the revocation of tokens.`)
    cancel.abort(new CancelledError(`Cancelled (${signal}): the runner is stopping the job.`))
  })
  // Every line goes out cleaned of every known secret, in every form (server text included).
  const log = {
    info: (message: string) => step.info(noCommand(redact(message))),
    debug: (message: string) => step.debug(redact(message)),
    warning: (message: string) => annotation('warning', message),
    error: (message: string) => annotation('error', message),
    annotate: (level: 'error' | 'warning', message: string, at: AnnotationPlace) => annotation(level, message, at)
  }
  const context: ModeContext = {
    log,
    onSecret: maskSecret,
    userAgent: USER_AGENT,
    signal: cancel.signal,
    clock: step.clock,
    env: step.env,
    cwd: step.cwd,
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
    // Announced first by the mode, before the findings it sums up: once as an annotation is enough.
    if (err instanceof StepError && err.announced) step.info(message)
    else step.error(message)
    step.fail()
    const cancelled = err instanceof CancelledError || cancel.signal.aborted
    end = { outcome: cancelled ? 'cancelled' : 'failed', result: message, error: err }
  }
  // Whatever is known is an output, also after a failure (the last status of a wait that timed out).
  for (const [name, value] of Object.entries(report.outputs)) await step.setOutput(name, value)
  const durationMs = step.clock.now() - started
  const { text, view } = summaryText(config, report, { ...end, durationMs, runUrl: runUrl(step.env) })
  // The log ends as the summary begins: the same outcome line, and what to do next.
  log.info(outcomeLine(view))
  log.info(`Next: ${view.next}${view.link ? ` ${view.link.href}` : ''}`)
  await writeSummary(step, text)
  stopListening()
}

/** Runs the mode and returns one phrase for the job summary's result column. */
export async function runMode(config: ActionConfig, context: ModeContext): Promise<string> {
  for (const subject of trustCertificates(config.caCertificates)) {
    context.log.info(`Trusting the CA certificate ${subject} (ca-certificate).`)
  }
  const transports = new Map<string, HttpTransport>()
  const sessions: ApiSession[] = []
  const open: OpenSession = endpoint => {
    let transport = transports.get(endpoint.baseUrl)
    if (!transport) {
      transport = new HttpTransport({
        baseUrl: endpoint.baseUrl,
        timeoutMs: config.requestTimeoutSeconds * 1000,
        userAgent: context.userAgent,
        log: context.log,
        signal: context.signal,
        // Waits between tries run on the step's clock, as the polls do (a test's may be fake).
        sleep: (ms, signal) => context.clock.sleep(ms, signal)
      })
      transports.set(endpoint.baseUrl, transport)
    }
    const session = openSession(endpoint.credentials, transport, {
      log: context.log,
      onSecret: context.onSecret,
      names: endpoint.names
    })
    sessions.push(session)
    return session
  }
  try {
    const run = (await MODES[config.mode].load()) as (
      c: ActionConfig,
      o: OpenSession,
      x: ModeContext
    ) => Promise<string>
    return await run(config, open, context)
  } finally {
    for (const session of sessions) await session.close()
    for (const transport of transports.values()) transport.dispose()
  }
}

/**
 * A log line as data: the runner reads a line that starts with '::' as a workflow command, so a
 * value from a server or a record that breaks a line before '::' is kept on the line before it.
 * (Warnings, errors and debug lines go out as commands, whose values the runner's escaping covers.)
 */
export function noCommand(message: string): string {
  return message.replace(/\s*[\r\n]+(?=\s*::)/g, ' ').replace(/^(\s*)::/, '$1: :')
}
