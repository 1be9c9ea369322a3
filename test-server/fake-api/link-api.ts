// The org link: Atlas's link tokens (POST / DELETE liveMigrations/linkTokens) and the Cloud Manager /
// Ops Manager side that takes one (liveExport/migrationLink, and its status).
import { randomBytes } from 'node:crypto'
import type { Answer } from './answers.ts'
import { apiError, atlasType, atlasVersionError, malformedJson, methodNotAllowed, orgNotFound } from './answers.ts'
import type { TokenBuckets } from './buckets.ts'
import type { LiveMigration, RecordedRequest, Settings, SourceLink } from './types.ts'

export class LinkApi {
  /** Link tokens issued, per Atlas org. */
  readonly linkTokens: Map<string, string[]>
  /** Live links, per source org. */
  readonly links = new Map<string, SourceLink>()
  /** Link tokens ever created (the map above forgets deleted ones). */
  tokensCreated = 0
  private readonly settings: Settings
  private readonly buckets: TokenBuckets
  /** The migrations still NEW or WORKING: Atlas will not delete an org link under them. */
  private readonly activeMigrations: () => LiveMigration[]

  constructor(
    settings: Settings,
    buckets: TokenBuckets,
    activeMigrations: () => LiveMigration[],
    linkTokens: Map<string, string[]> = new Map()
  ) {
    this.settings = settings
    this.buckets = buckets
    this.activeMigrations = activeMigrations
    this.linkTokens = linkTokens
  }

  /** /api/atlas/v2/orgs/{orgId}/liveMigrations/linkTokens; path is the request's, for the bucket's 429. */
  routeLinkTokens(req: RecordedRequest, orgId: string, path: string): Answer {
    const versionError = atlasVersionError(req)
    if (versionError) return versionError
    if (!this.settings.atlasOrgs.includes(orgId)) return orgNotFound(orgId)
    if (req.method === 'POST') return this.createLinkToken(req, orgId, path)
    if (req.method === 'DELETE') return this.deleteLinkTokens(req, orgId)
    return methodNotAllowed(req.method)
  }

  /** /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink, or its /status when `status` is set. */
  routeMigrationLink(req: RecordedRequest, orgId: string, status: boolean): Answer {
    if (!this.settings.sourceOrgs.includes(orgId)) return orgNotFound(orgId)
    const link = this.links.get(orgId)
    if (status) {
      if (req.method !== 'GET') return methodNotAllowed(req.method)
      if (!link) return noLink()
      return { status: 200, body: { status: pollStatus(link) } }
    }
    if (req.method === 'POST') {
      let token: unknown
      try {
        token = (JSON.parse(req.body) as { linkToken?: unknown }).linkToken
      } catch {
        return malformedJson()
      }
      if (typeof token !== 'string' || token === '') {
        return apiError(400, 'MISSING_ATTRIBUTE', 'The required attribute linkToken was not specified.')
      }
      const known = [...this.linkTokens.values()].some(tokens => tokens.includes(token))
      if (!known) return apiError(400, 'INVALID_LINK_TOKEN', 'The link token is invalid or expired.')
      if (link) return apiError(409, 'ORG_ALREADY_LINKED', 'This organization is already linked to Atlas.')
      const created: SourceLink = { linkToken: token, pollsLeft: this.settings.notSyncedPolls }
      this.links.set(orgId, created)
      return { status: 201, body: { status: created.pollsLeft > 0 ? 'NOT_SYNCED' : 'SYNCED' } }
    }
    if (req.method === 'DELETE') {
      if (!link) return noLink()
      this.links.delete(orgId)
      return { status: 204 }
    }
    return methodNotAllowed(req.method)
  }

  private createLinkToken(req: RecordedRequest, orgId: string, path: string): Answer {
    const limited = this.buckets.take('org', this.settings.linkTokenBucket, path)
    if (limited) return limited
    let parsed: { accessListIps?: unknown }
    try {
      parsed = JSON.parse(req.body || '{}') as { accessListIps?: unknown }
    } catch {
      return malformedJson()
    }
    const ips = parsed.accessListIps
    if (ips !== undefined && (!Array.isArray(ips) || ips.some(ip => typeof ip !== 'string'))) {
      return apiError(400, 'INVALID_ATTRIBUTE', 'Invalid attribute accessListIps specified.')
    }
    const token = `lt-${randomBytes(24).toString('base64url')}`
    this.tokensCreated++
    this.linkTokens.set(orgId, [...(this.linkTokens.get(orgId) ?? []), token])
    return { status: 201, body: { linkToken: token }, contentType: atlasType(req) }
  }

  private deleteLinkTokens(req: RecordedRequest, orgId: string): Answer {
    const active = this.activeMigrations()
    if (active.length > 0) {
      return apiError(
        409,
        'CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK',
        `Cannot delete organization link while there is active migration in following project ids: ${[...new Set(active.map(m => m.projectId))].join(', ')}`
      )
    }
    if ((this.linkTokens.get(orgId) ?? []).length === 0) {
      const detail = 'Could not find the requested external organization link.'
      if (this.settings.noLinkForm === 'null-error-code') {
        return { status: 404, body: { detail, error: 404, errorCode: null, parameters: null, reason: 'Not Found' } }
      }
      return apiError(404, 'UNEXPECTED_ERROR', detail, {}, null)
    }
    this.linkTokens.delete(orgId)
    return { status: 204, contentType: atlasType(req) }
  }
}

function noLink(): Answer {
  return apiError(404, 'RESOURCE_NOT_FOUND', 'No migration link exists for this organization.')
}

/** Each status poll uses up one NOT_SYNCED answer; then the link is SYNCED. */
function pollStatus(link: SourceLink): 'SYNCED' | 'NOT_SYNCED' {
  if (link.pollsLeft <= 0) return 'SYNCED'
  link.pollsLeft--
  return 'NOT_SYNCED'
}
