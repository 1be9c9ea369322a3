// The Atlas side of the link: link tokens.

import type { ConfigOf } from '../config'
import type { ModeContext, OpenSession } from '../mode'
import { AtlasClient } from './link-token-client'

export async function createLinkTokenMode(
  config: ConfigOf<'create-link-token'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const atlas = new AtlasClient(open(config.atlas), config.apiVersion)
  context.outputs['link-token'] = await createLinkToken(atlas, config.orgId, config.accessListIps, context)
  return 'link token created'
}

export async function deleteLinkTokens(
  config: ConfigOf<'delete-link-token'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const atlas = new AtlasClient(open(config.atlas), config.apiVersion)
  context.log.info(
    `Deleting every link token of Atlas org ${config.orgId}, with the organization link and the API key Atlas made for it (the API deletes them all at once)…`
  )
  const deleted = await atlas.deleteLinkTokens(config.orgId)
  context.log.info(deleted ? 'Deleted.' : 'The org has no link token left: nothing to delete.')
  return deleted ? 'link tokens deleted' : 'no link token to delete'
}

export async function createLinkToken(
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
