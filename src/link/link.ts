// The source side of the link: link a Cloud Manager / Ops Manager organization, read and remove
// its link, and create-and-link, which makes the Atlas token and uses it in one step.

import type { ConfigOf } from '../config'
import { ApiError, errorMessage, StepError } from '../errors'
import type { WaitForSync } from '../inputs/types'
import type { ModeContext, OpenSession } from '../mode'
import { pollSchedule, pollUntil } from '../watch/poll'
import type { LinkStatus } from './cloud-manager-client'
import { CloudManagerClient } from './cloud-manager-client'
import { AtlasClient } from './link-token-client'
import { isMissingLink } from './missing-link'
import { createLinkToken } from './tokens'

export async function linkOrg(config: ConfigOf<'link-org'>, open: OpenSession, context: ModeContext): Promise<string> {
  const source = new CloudManagerClient(open(config.source))
  return linkAndWait(source, config.orgId, config.linkToken, config.waitForSync, context)
}

export async function linkStatus(
  config: ConfigOf<'link-status'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const source = new CloudManagerClient(open(config.source))
  context.log.info(`Reading the migration link status of org ${config.orgId}…`)
  let status: LinkStatus
  try {
    status = await source.getLinkStatus(config.orgId)
  } catch (err) {
    if (err instanceof ApiError && isMissingLink(err)) {
      context.headline.next = 'Link it with mode create-and-link (or create-link-token, then link-org).'
      throw new StepError(
        `Org ${config.orgId} has no migration link (${err.summary}) Link it with mode link-org or create-and-link.`
      )
    }
    throw err
  }
  context.outputs.status = status
  context.log.info(`Link status: ${status}`)
  return status
}

export async function unlinkOrg(
  config: ConfigOf<'unlink-org'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const source = new CloudManagerClient(open(config.source))
  context.log.info(`Removing the migration link of org ${config.orgId}…`)
  const removed = await source.unlinkOrganization(config.orgId)
  context.outputs.status = 'UNLINKED'
  context.log.info(removed ? 'Link removed.' : 'The org has no migration link: nothing to remove.')
  return removed ? 'UNLINKED' : 'UNLINKED (no link was there)'
}

export async function createAndLink(
  config: ConfigOf<'create-and-link'>,
  open: OpenSession,
  context: ModeContext
): Promise<string> {
  const atlas = new AtlasClient(open(config.atlas), config.apiVersion)
  const source = new CloudManagerClient(open(config.source))
  const linkToken = await createLinkToken(atlas, config.orgId, config.accessListIps, context)
  try {
    return await linkAndWait(source, config.sourceOrgId, linkToken, config.waitForSync, context)
  } catch (err) {
    // A wait that timed out still linked: the token is in use, so it stays whatever the setting.
    if (context.outputs.status === undefined) await afterFailedLink(atlas, config, context)
    throw err
  }
}

/**
 * The token nobody linked. Atlas has no per-token delete: DELETE …/linkTokens removes every link
 * token of the org with its organization link, which other source orgs' links may depend on.
 */
async function afterFailedLink(
  atlas: AtlasClient,
  config: ConfigOf<'create-and-link'>,
  context: ModeContext
): Promise<void> {
  if (!config.deleteTokenOnFailure) {
    const note = `The link token created in Atlas org ${config.orgId} stays there, unused (delete-token-on-failure is false). Once no source organization of this Atlas org needs a link, remove the org's link tokens with mode delete-link-token (it deletes them all, with the organization link).`
    context.log.warning(note)
    context.notes.push(note)
    return
  }
  context.log.warning(
    `delete-token-on-failure is true: deleting every link token of Atlas org ${config.orgId}, with its organization link and API key. This is org-wide: links of other source organizations made with this Atlas org's tokens stop working.`
  )
  try {
    const deleted = await atlas.deleteLinkTokens(config.orgId)
    const note = deleted
      ? `Deleted every link token of Atlas org ${config.orgId} (delete-token-on-failure).`
      : `Atlas org ${config.orgId} had no link token left to delete.`
    context.log.info(note)
    context.notes.push(note)
  } catch (err) {
    const note = `Could not delete the link tokens of Atlas org ${config.orgId}: ${errorMessage(err)}`
    context.log.warning(note)
    context.notes.push(note)
  }
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
  context.outputs.status = status
  context.log.info(`Link status: ${status}`)
  if (status === 'SYNCED' || !wait) return status
  return pollUntil({
    what: `org ${orgId}'s link to reach SYNCED`,
    timeoutSeconds: wait.timeoutSeconds,
    // Soon at first (a new link often syncs within a second), doubling to 15 s.
    schedule: pollSchedule(15_000),
    initial: status,
    read: async () => {
      const value = await source.getLinkStatus(orgId)
      context.outputs.status = value
      return value
    },
    isDone: value => value === 'SYNCED',
    describe: value => value,
    timeoutHint: 'Raise wait-timeout-seconds, or check the link in Cloud Manager / Ops Manager.',
    log: context.log,
    signal: context.signal,
    clock: context.clock
  })
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
  const rejected = refusal instanceof ApiError && refusal.fromApi && (refusal.status === 400 || refusal.status === 409)
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
