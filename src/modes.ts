// One small function per mode, over the API clients. Knows nothing of GitHub: it logs through the
// Logger it is given and returns outputs for action.ts to set.
import { ApiError } from './errors'
import type { ActionConfig, Endpoint, WaitForSync } from './inputs'
import { AtlasClient } from './clients/atlas'
import { CloudManagerClient } from './clients/cloud-manager'
import type { LinkStatus } from './clients/cloud-manager'
import { HttpTransport } from './transport/http'
import type { Logger } from './transport/http'
import { openSession } from './transport/session'
import type { ApiSession } from './transport/session'

export interface ModeContext {
  log: Logger
  onSecret: (secret: string) => void
  userAgent: string
}

export interface ModeResult {
  /** Step outputs by name. */
  outputs: Record<string, string>
  /** One phrase for the job summary's result column. */
  result: string
}

export async function runMode(config: ActionConfig, context: ModeContext): Promise<ModeResult> {
  // One transport (one keep-alive pool) per host, shared by the sessions on it.
  const transports = new Map<string, HttpTransport>()
  const sessions: ApiSession[] = []
  const open = (endpoint: Endpoint): ApiSession => {
    let transport = transports.get(endpoint.baseUrl)
    if (!transport) {
      transport = new HttpTransport({
        baseUrl: endpoint.baseUrl,
        timeoutMs: config.requestTimeoutSeconds * 1000,
        userAgent: context.userAgent,
        log: context.log
      })
      transports.set(endpoint.baseUrl, transport)
    }
    const session = openSession(endpoint.credentials, transport, { log: context.log, onSecret: context.onSecret })
    sessions.push(session)
    return session
  }
  try {
    switch (config.mode) {
      case 'create-link-token': {
        const atlas = new AtlasClient(open(config.atlas), config.apiVersion)
        const linkToken = await createLinkToken(atlas, config.orgId, config.accessListIps, context)
        return { outputs: { 'link-token': linkToken }, result: 'link token created' }
      }
      case 'delete-link-token': {
        const atlas = new AtlasClient(open(config.atlas), config.apiVersion)
        context.log.info(`Deleting the link tokens of Atlas org ${config.orgId}…`)
        const deleted = await atlas.deleteLinkTokens(config.orgId)
        const result = deleted ? 'link tokens deleted' : 'no link token to delete'
        context.log.info(deleted ? 'Deleted.' : 'The org has no link token left: nothing to delete.')
        return { outputs: {}, result }
      }
      case 'link-org': {
        const source = new CloudManagerClient(open(config.source))
        const status = await linkAndWait(source, config.orgId, config.linkToken, config.waitForSync, context)
        return { outputs: { status }, result: status }
      }
      case 'link-status': {
        const source = new CloudManagerClient(open(config.source))
        context.log.info(`Reading the migration link status of org ${config.orgId}…`)
        const status = await source.getLinkStatus(config.orgId)
        context.log.info(`Link status: ${status}`)
        return { outputs: { status }, result: status }
      }
      case 'unlink-org': {
        const source = new CloudManagerClient(open(config.source))
        context.log.info(`Removing the migration link of org ${config.orgId}…`)
        const removed = await source.unlinkOrganization(config.orgId)
        context.log.info(removed ? 'Link removed.' : 'The org has no migration link: nothing to remove.')
        return { outputs: { status: 'UNLINKED' }, result: removed ? 'UNLINKED' : 'UNLINKED (no link was there)' }
      }
      case 'create-and-link': {
        const atlas = new AtlasClient(open(config.atlas), config.apiVersion)
        const source = new CloudManagerClient(open(config.source))
        const linkToken = await createLinkToken(atlas, config.orgId, config.accessListIps, context)
        let status: LinkStatus
        try {
          status = await linkAndWait(source, config.sourceOrgId, linkToken, undefined, context)
        } catch (err) {
          if (config.deleteTokenOnFailure) await deleteOrphanToken(atlas, config.orgId, context)
          else context.log.info('Linking failed; delete-token-on-failure is false, so the link token stays in Atlas.')
          throw err
        }
        if (status !== 'SYNCED' && config.waitForSync) {
          status = await waitForSync(source, config.sourceOrgId, config.waitForSync, context)
        }
        return { outputs: { status }, result: status }
      }
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

async function createLinkToken(
  atlas: AtlasClient,
  orgId: string,
  accessListIps: string[],
  context: ModeContext
): Promise<string> {
  const ips = accessListIps.length > 0 ? ` (access list: ${accessListIps.join(', ')})` : ''
  context.log.info(`Creating link token in Atlas org ${orgId}${ips}…`)
  const linkToken = await atlas.createLinkToken(orgId, accessListIps)
  context.onSecret(linkToken)
  context.log.info('Link token created.')
  return linkToken
}

async function linkAndWait(
  source: CloudManagerClient,
  orgId: string,
  linkToken: string,
  wait: WaitForSync | undefined,
  context: ModeContext
): Promise<LinkStatus> {
  context.log.info(`Linking Cloud Manager / Ops Manager org ${orgId} to Atlas…`)
  let status: LinkStatus
  try {
    status = await source.linkOrganization(orgId, linkToken)
  } catch (err) {
    status = await existingLink(source, orgId, err, context)
  }
  context.log.info(`Link status: ${status}`)
  if (status !== 'SYNCED' && wait) status = await waitForSync(source, orgId, wait, context)
  return status
}

/**
 * A re-run on an org that is already linked: the API refuses the new link (the exact answer is not
 * documented). If the org reports a link, the end state asked for is there: keep it and say so.
 */
async function existingLink(
  source: CloudManagerClient,
  orgId: string,
  refusal: unknown,
  context: ModeContext
): Promise<LinkStatus> {
  const rejected = refusal instanceof ApiError && (refusal.status === 400 || refusal.status === 409)
  if (!rejected) throw refusal
  let status: LinkStatus
  try {
    status = await source.getLinkStatus(orgId)
  } catch {
    throw refusal
  }
  context.log.warning(
    `The link request was refused (${refusal.message}), but org ${orgId} already has a migration link (status ${status}): keeping it. If it points at another Atlas organization, run mode unlink-org first.`
  )
  return status
}

const FIRST_POLL_MS = 1000
const MAX_POLL_MS = 15_000

async function waitForSync(
  source: CloudManagerClient,
  orgId: string,
  wait: WaitForSync,
  context: ModeContext
): Promise<LinkStatus> {
  const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))
  const deadline = Date.now() + wait.timeoutSeconds * 1000
  let interval = FIRST_POLL_MS
  let status: LinkStatus = 'NOT_SYNCED'
  for (let poll = 1; ; poll++) {
    const left = deadline - Date.now()
    if (left <= 0) {
      throw new Error(
        `Timed out after ${wait.timeoutSeconds} s waiting for org ${orgId}'s link to reach SYNCED; the last status was ${status}. Raise wait-timeout-seconds, or check the link in Cloud Manager / Ops Manager.`
      )
    }
    const pause = Math.min(interval, left)
    context.log.info(`Waiting for SYNCED: status ${status}; poll ${poll} in ${(pause / 1000).toFixed(1)} s…`)
    await sleep(pause)
    status = await source.getLinkStatus(orgId)
    if (status === 'SYNCED') {
      context.log.info(`Link status: SYNCED after ${poll} poll${poll === 1 ? '' : 's'}.`)
      return status
    }
    interval = Math.min(MAX_POLL_MS, Math.round(interval * 1.5))
  }
}

/** Best effort: a token nobody linked is removed again, and the step still fails on the link error. */
async function deleteOrphanToken(atlas: AtlasClient, orgId: string, context: ModeContext): Promise<void> {
  context.log.info(`Linking failed: deleting the link token just made in Atlas org ${orgId}…`)
  try {
    await atlas.deleteLinkTokens(orgId)
    context.log.info('Link token deleted.')
  } catch (err) {
    context.log.warning(`Could not delete the unused link token: ${(err as Error).message}`)
  }
}
