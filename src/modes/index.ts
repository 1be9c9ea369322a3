// One small function per mode, over the API clients, grouped by family. Knows nothing of GitHub:
// it logs through the Logger it is given and leaves outputs and summary notes in its context for
// action.ts to write, whether the mode succeeds or fails.
import type { ActionConfig } from '../inputs'
import { HttpTransport } from '../transport/http'
import type { ApiSession } from '../transport/session'
import { openSession } from '../transport/session'
import { trustCertificates } from '../transport/trust'
import type { ModeContext, OpenSession } from './context'
import { createAndLink, linkOrg, linkStatus, unlinkOrg } from './link'
import { cutover, listMigrationSources, migrationStatus, startMigration, validateMigrationMode } from './migration'
import { createLinkTokenMode, deleteLinkTokens } from './tokens'

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
    switch (config.mode) {
      case 'create-link-token':
        return await createLinkTokenMode(config, open, context)
      case 'delete-link-token':
        return await deleteLinkTokens(config, open, context)
      case 'link-org':
        return await linkOrg(config, open, context)
      case 'link-status':
        return await linkStatus(config, open, context)
      case 'unlink-org':
        return await unlinkOrg(config, open, context)
      case 'create-and-link':
        return await createAndLink(config, open, context)
      case 'list-migration-sources':
        return await listMigrationSources(config, open, context)
      case 'validate-migration':
        return await validateMigrationMode(config, open, context)
      case 'start-migration':
        return await startMigration(config, open, context)
      case 'migration-status':
        return await migrationStatus(config, open, context)
      case 'cutover':
        return await cutover(config, open, context)
      default: {
        const unknown: never = config
        throw new Error(`Unknown mode ${JSON.stringify(unknown)}`)
      }
    }
  } finally {
    for (const session of sessions) await session.close()
    for (const transport of transports.values()) transport.dispose()
  }
}
