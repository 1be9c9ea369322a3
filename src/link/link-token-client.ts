// Atlas Admin API v2, Cloud Migration Service: the link-token calls. Knows the API, not GitHub.

import { call, callForField } from '../clients/call'
import { apiPath, mongoId } from '../clients/path'
import { ApiError, UnexpectedAnswerError } from '../errors'
import type { ApiSession } from '../transport/session'
import { isMissingLink } from './missing-link'

/** Each operation's version in MongoDB's published spec: the only one defined for link tokens. */
export const ATLAS_LINK_TOKEN_API_VERSION = '2023-01-01'

export class AtlasClient {
  private readonly mediaType: string

  constructor(
    private readonly session: ApiSession,
    apiVersion: string = ATLAS_LINK_TOKEN_API_VERSION
  ) {
    this.mediaType = `application/vnd.atlas.${apiVersion}+json`
  }

  /** POST /api/atlas/v2/orgs/{orgId}/liveMigrations/linkTokens → the new link token (a secret). */
  async createLinkToken(orgId: string, accessListIps: string[]): Promise<string> {
    const request = {
      operation: 'Create link token',
      method: 'POST',
      path: apiPath`/api/atlas/v2/orgs/${mongoId(orgId, 'organization ID')}/liveMigrations/linkTokens`,
      accept: this.mediaType,
      contentType: this.mediaType,
      body: JSON.stringify(accessListIps.length > 0 ? { accessListIps } : {}),
      // Each POST makes a token: repeat it only where Atlas cannot have acted on the first.
      idempotent: false,
      ifUncertain: `a link token may have been created in org ${orgId}; it is unused, and delete-link-token removes it (with every other link token of the org) once no source org needs one.`
    } as const
    const token = await callForField(this.session, request, 'linkToken')
    if (typeof token !== 'string')
      throw new UnexpectedAnswerError('Create link token: linkToken in the answer is not a string.')
    return token
  }

  /**
   * DELETE /api/atlas/v2/orgs/{orgId}/liveMigrations/linkTokens: removes the org's link tokens and
   * the API key Atlas made for them. Returns false when there was none left to delete.
   */
  async deleteLinkTokens(orgId: string): Promise<boolean> {
    try {
      await call(this.session, {
        operation: 'Delete link tokens',
        method: 'DELETE',
        path: apiPath`/api/atlas/v2/orgs/${mongoId(orgId, 'organization ID')}/liveMigrations/linkTokens`,
        accept: this.mediaType,
        ifUncertain: `the link tokens of org ${orgId} may be deleted; re-running delete-link-token is safe (it answers "nothing to delete" once they are gone).`
      })
      return true
    } catch (err) {
      if (err instanceof ApiError && isMissingLink(err)) return false
      throw err
    }
  }
}
