// Runs the mode the registry names, over sessions it opens on demand, and closes them whatever
// happens. The modes know nothing of GitHub: they log through the Logger they are given and leave
// outputs and summary notes in their context for action.ts to write, whether they succeed or fail.
import type { ActionConfig } from '../inputs'
import { HttpTransport } from '../transport/http'
import type { ApiSession } from '../transport/session'
import { openSession } from '../transport/session'
import { trustCertificates } from '../transport/trust'
import type { ModeContext, OpenSession } from './context'
import { MODES } from './registry'

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
        signal: context.signal
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
