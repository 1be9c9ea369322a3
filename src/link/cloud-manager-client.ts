// Cloud Manager / Ops Manager public API v1.0: the live-export migration link of a source org.
// Knows the API, not GitHub.

import { call, callForField } from '../clients/call'
import { apiPath, mongoId } from '../clients/path'
import { ApiError, UnexpectedAnswerError } from '../errors'
import type { ApiSession } from '../transport/session'
import { isMissingLink } from './missing-link'

export const LINK_STATUSES = ['SYNCED', 'NOT_SYNCED'] as const
export type LinkStatus = (typeof LINK_STATUSES)[number]

const JSON_TYPE = 'application/json'

export class CloudManagerClient {
  constructor(private readonly session: ApiSession) {}

  /** POST /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink */
  async linkOrganization(orgId: string, linkToken: string): Promise<LinkStatus> {
    const request = {
      operation: 'Link organization',
      method: 'POST',
      path: apiPath`/api/public/v1.0/orgs/${org(orgId)}/liveExport/migrationLink`,
      accept: JSON_TYPE,
      contentType: JSON_TYPE,
      body: JSON.stringify({ linkToken }),
      ifUncertain: `org ${orgId} may be linked; check with mode link-status before linking again.`
    } as const
    return linkStatus(request.operation, await callForField(this.session, request, 'status'))
  }

  /** GET /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink/status */
  async getLinkStatus(orgId: string): Promise<LinkStatus> {
    const request = {
      operation: 'Get link status',
      method: 'GET',
      path: apiPath`/api/public/v1.0/orgs/${org(orgId)}/liveExport/migrationLink/status`,
      accept: JSON_TYPE
    } as const
    return linkStatus(request.operation, await callForField(this.session, request, 'status'))
  }

  /** DELETE /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink. False when there was no link. */
  async unlinkOrganization(orgId: string): Promise<boolean> {
    try {
      await call(this.session, {
        operation: 'Remove organization link',
        method: 'DELETE',
        path: apiPath`/api/public/v1.0/orgs/${org(orgId)}/liveExport/migrationLink`,
        accept: JSON_TYPE,
        ifUncertain: `the link of org ${orgId} may be removed; check with mode link-status.`
      })
      return true
    } catch (err) {
      if (err instanceof ApiError && isMissingLink(err)) return false
      throw err
    }
  }
}

/** The org ID, checked before it goes into a path. */
const org = (orgId: string): string => mongoId(orgId, 'organization ID')

function linkStatus(operation: string, value: unknown): LinkStatus {
  if ((LINK_STATUSES as readonly unknown[]).includes(value)) return value as LinkStatus
  throw new UnexpectedAnswerError(
    `${operation}: unexpected status ${JSON.stringify(value)} (expected SYNCED or NOT_SYNCED).`
  )
}
