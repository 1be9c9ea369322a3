// A loopback stand-in for the Atlas Admin API v2 link-token calls, the Cloud Manager / Ops Manager
// live-export link calls and the OAuth token endpoint. It verifies HTTP Digest (RFC 7616, MD5,
// qop=auth, with its own hashing) and issues and checks OAuth tokens for real, answers with the
// documented error bodies, and records every request and connection so tests can count them.
// Written in erasable TypeScript so Node runs it directly (the demo and the benchmarks use it too).
import { createHash, randomBytes } from 'node:crypto'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
  /** Which TCP connection carried it (1-based). */
  connection: number
  /** The answer's status. */
  status: number
  /** When it arrived (ms since the epoch). */
  at: number
}

/** A scripted answer that takes the place of the next matching request's real one. */
export interface Fault {
  /** e.g. 'POST /api/atlas/v2/orgs/…/liveMigrations/linkTokens'; a RegExp matches "METHOD path". */
  match?: RegExp
  status?: number
  headers?: Record<string, string>
  body?: string
  /** Destroy the connection after sending this many body bytes (a reset mid-response). */
  resetAfterBytes?: number
  /** Wait this long before answering. */
  delayMs?: number
  /**
   * Answer a JSON error whose detail echoes the request body, in this encoding: 'ascii' as a server
   * with ensure-ASCII JSON writes it (\u00fc), 'url' URL-encoded, 'base64' in base64.
   */
  echo?: 'ascii' | 'url' | 'base64'
}

export interface ApiKey {
  publicKey: string
  privateKey: string
}

export interface ServiceAccount {
  clientId: string
  clientSecret: string
}

export interface FakeApiOptions {
  apiKeys?: ApiKey[]
  serviceAccounts?: ServiceAccount[]
  /** Ready bearer tokens the server accepts as they are. */
  accessTokens?: string[]
  /** Orgs that exist; any other org ID answers 404 ORG_NOT_FOUND. */
  atlasOrgs?: string[]
  sourceOrgs?: string[]
  /** Status answers a new link goes through before SYNCED (default: none, SYNCED at once). */
  notSyncedPolls?: number
  /** Nonces older than this answer 401 stale=true. */
  nonceLifetimeMs?: number
  /** Added before every answer (a stand-in for distance). */
  responseDelayMs?: number
  /** Added before the first answer on a new connection (a stand-in for TLS set-up). */
  connectionDelayMs?: number
  /** Another stand-in's link tokens, so a source host here accepts tokens an Atlas host there issued. */
  linkTokens?: Map<string, string[]>
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string }
  /** Behind a proxy that checks Digest itself (Apache): take Digest-signed requests as they come. */
  trustProxyAuth?: boolean
  /** Lifetime of the OAuth access tokens it issues (Atlas: 3600 s); an expired one answers 401. */
  tokenLifetimeSeconds?: number
  /** Offer Basic beside Digest in every challenge: in the same WWW-Authenticate field, or in a field of its own. */
  basicChallenge?: 'none' | 'same-field' | 'own-field'
  /** Atlas's token bucket on the org-scoped link-token calls: 429 RATE_LIMITED_TOKEN_BUCKET when empty. */
  linkTokenBucket?: Bucket
  /** Atlas's token bucket per project (group scope) on the migration calls. */
  groupBucket?: Bucket
  /** Destination Atlas projects that exist; any other project ID answers 404. */
  atlasProjects?: string[]
  /** availableProjects per Atlas org: the linked source projects and their deployments. */
  availableProjects?: Record<string, AvailableProject[]>
  /** How validations go: PENDING answers before the end, and the end (SUCCESS, or FAILED with this message). */
  validation?: { pendingPolls?: number; failWith?: string }
  /** How migrations go, in time from their start (see MigrationPlan). */
  migration?: Partial<MigrationPlan>
  /**
   * Atlas's "no link" 404 on DELETE linkTokens, in one of its two real forms: errorCode
   * UNEXPECTED_ERROR with an X-Error-Code header (2026-08, the default), or `"errorCode":null`
   * with no X-Error-Code header (2025-03 to 2026-06).
   */
  noLinkForm?: 'unexpected-error' | 'null-error-code'
  /**
   * The key's IP access list lacks the caller: every authenticated API call (not the OAuth
   * endpoints) answers 403 IP_ADDRESS_NOT_ON_ACCESS_LIST naming the caller's address.
   */
  ipAccessListDenies?: boolean
}

export interface Bucket {
  capacity: number
  refillPerMinute: number
}

export interface AvailableProject {
  projectId: string
  name: string
  migrationHosts?: string[]
  deployments?: { name: string; tlsEnabled?: boolean; sharded?: boolean; managed?: boolean; mongoDBVersion?: string }[]
}

/**
 * A migration's course, in ms from its start: NEW until workingAfterMs; then WORKING with a lag
 * falling from lagStartSeconds; at readyAfterMs ready for cut-over — or FAILED / EXPIRED instead,
 * when `end` says so; after a cut-over, WORKING for cutoverMs, then COMPLETE.
 */
export interface MigrationPlan {
  workingAfterMs: number
  readyAfterMs: number
  lagStartSeconds: number
  end: 'ready' | 'FAILED' | 'EXPIRED'
  cutoverMs: number
}

export interface LiveMigration {
  id: string
  projectId: string
  startedAt: number
  /** When it became (or will become) ready for cut-over: for measuring how soon a poller notices. */
  readyAt: number
  cutoverAt?: number
  migrationHosts: string[]
  plan: MigrationPlan
}

interface ValidationJob {
  id: string
  projectId: string
  sourceGroupId: string
  pendingLeft: number
}

interface NonceState {
  issued: number
  lastNc: number
}

interface SourceLink {
  linkToken: string
  pollsLeft: number
}

const REALM = 'MMS Public API'

export class FakeApi {
  readonly requests: RecordedRequest[] = []
  readonly faults: Fault[] = []
  /** Link tokens issued, per Atlas org. */
  readonly linkTokens: Map<string, string[]>
  /** Live links, per source org. */
  readonly links = new Map<string, SourceLink>()
  readonly issuedAccessTokens = new Set<string>()
  readonly revokedAccessTokens = new Set<string>()
  connections = 0
  challenges = 0
  /** Link tokens ever created (the map above forgets deleted ones). */
  tokensCreated = 0
  /** Answers 401 stale=true to this many more correctly signed Digest requests, with a new nonce each time. */
  staleAnswers = 0
  readonly validations = new Map<string, ValidationJob>()
  readonly migrations = new Map<string, LiveMigration>()
  private readonly tokenIssuedAt = new Map<string, number>()
  /** Token buckets by scope key ('org' or 'group:<id>'): tokens left, and when they were counted. */
  private readonly buckets = new Map<string, { tokens: number; at: number }>()
  /** Ratelimit-* headers for the answer being routed, set when it took a token from a bucket. */
  private rateHeaders: Record<string, string> | undefined

  private readonly options: Required<
    Omit<FakeApiOptions, 'linkTokens' | 'tls' | 'linkTokenBucket' | 'groupBucket' | 'validation' | 'migration'>
  > &
    Pick<FakeApiOptions, 'linkTokenBucket' | 'groupBucket' | 'validation'> & { migration: MigrationPlan }
  private readonly scheme: 'http' | 'https'
  private readonly nonces = new Map<string, NonceState>()
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private readonly connectionIds = new WeakMap<Socket, number>()
  private readonly warmSockets = new WeakSet<Socket>()

  constructor({ linkTokens, tls, ...options }: FakeApiOptions = {}) {
    this.linkTokens = linkTokens ?? new Map()
    this.scheme = tls ? 'https' : 'http'
    this.options = {
      apiKeys: [],
      serviceAccounts: [],
      accessTokens: [],
      atlasOrgs: [],
      sourceOrgs: [],
      notSyncedPolls: 0,
      nonceLifetimeMs: 300_000,
      responseDelayMs: 0,
      connectionDelayMs: 0,
      trustProxyAuth: false,
      tokenLifetimeSeconds: 3600,
      basicChallenge: 'none',
      atlasProjects: [],
      availableProjects: {},
      noLinkForm: 'unexpected-error',
      ipAccessListDenies: false,
      ...options,
      migration: {
        workingAfterMs: 300,
        readyAfterMs: 1500,
        lagStartSeconds: 120,
        end: 'ready',
        cutoverMs: 500,
        ...options.migration
      }
    }
    const handler = (req: IncomingMessage, res: ServerResponse): void => void this.handle(req, res)
    this.server = tls ? createTlsServer(tls, handler) : createServer(handler)
    this.server.keepAliveTimeout = 5000
    this.server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
      this.connections++
      this.connectionIds.set(socket, this.connections)
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>(resolve => this.server.listen(port, host, resolve))
    return this.url
  }

  get url(): string {
    const { port, address, family } = this.server.address() as AddressInfo
    return `${this.scheme}://${family === 'IPv6' ? `[${address}]` : address}:${port}`
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  /** Forgets every nonce: the next reuse gets 401 stale=true. */
  expireNonces(): void {
    for (const state of this.nonces.values()) state.issued = 0
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const socket = req.socket
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
      connection: this.connectionIds.get(socket) ?? 0,
      status: 0,
      at: Date.now()
    }
    this.requests.push(record)

    let delay = this.options.responseDelayMs
    if (!this.warmSockets.has(socket)) {
      this.warmSockets.add(socket)
      delay += this.options.connectionDelayMs
    }
    if (delay > 0) await sleep(delay)

    const key = `${record.method} ${new URL(record.path, 'http://x').pathname}`
    const faultIndex = this.faults.findIndex(fault => !fault.match || fault.match.test(key))
    if (faultIndex >= 0) {
      const [fault] = this.faults.splice(faultIndex, 1)
      return this.sendFault(fault as Fault, record, res)
    }
    const answer = this.route(record, socket.remoteAddress ?? '')
    const rate = this.rateHeaders
    this.rateHeaders = undefined
    record.status = answer.status
    const payload = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body))
    const headers: Record<string, string | string[]> = { ...rate, ...answer.headers }
    // Atlas sends a Content-Type with every JSON answer, and with its 204s too (recorded).
    if (payload || answer.contentType) headers['content-type'] = answer.contentType ?? 'application/json'
    res.writeHead(answer.status, headers)
    res.end(payload)
  }

  private async sendFault(fault: Fault, record: RecordedRequest, res: ServerResponse): Promise<void> {
    if (fault.delayMs) await sleep(fault.delayMs)
    const status = fault.status ?? 500
    record.status = status
    const body = fault.echo ? echoBody(status, record.body, fault.echo) : (fault.body ?? '')
    if (fault.resetAfterBytes !== undefined) {
      res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...fault.headers })
      res.write(body.slice(0, fault.resetAfterBytes))
      setTimeout(() => res.socket?.destroy(), 20)
      return
    }
    res.writeHead(status, fault.headers)
    res.end(body)
  }

  private route(req: RecordedRequest, address: string): Answer {
    const url = new URL(req.path, 'http://x')
    const path = url.pathname

    if (req.method === 'POST' && path === '/api/oauth/token') return this.issueToken(req)
    if (req.method === 'POST' && path === '/api/oauth/revoke') return this.revokeToken(req)

    const unauthorized = this.authenticate(req)
    if (unauthorized) return unauthorized
    if (this.options.ipAccessListDenies) {
      const ip = address.replace(/^::ffff:/, '')
      const detail = `IP address ${ip} is not allowed to access this resource.`
      return apiError(403, 'IP_ADDRESS_NOT_ON_ACCESS_LIST', detail, {}, [ip])
    }

    let m = /^\/api\/atlas\/v2\/orgs\/([^/]+)\/liveMigrations\/linkTokens$/.exec(path)
    if (m) {
      const orgId = m[1] as string
      const versionError = atlasVersionError(req)
      if (versionError) return versionError
      if (!this.options.atlasOrgs.includes(orgId)) return orgNotFound(orgId)
      if (req.method === 'POST') {
        const limited = this.takeFromBucket('org', this.options.linkTokenBucket, path)
        if (limited) return limited
        let parsed: { accessListIps?: unknown }
        try {
          parsed = JSON.parse(req.body || '{}') as { accessListIps?: unknown }
        } catch {
          return apiError(400, 'INVALID_JSON', 'Received JSON is malformed.')
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
      if (req.method === 'DELETE') {
        const active = [...this.migrations.values()].filter(m =>
          ['NEW', 'WORKING'].includes(this.migrationView(m).status)
        )
        if (active.length > 0) {
          return apiError(
            409,
            'CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK',
            `Cannot delete organization link while there is active migration in following project ids: ${[...new Set(active.map(m => m.projectId))].join(', ')}`
          )
        }
        if ((this.linkTokens.get(orgId) ?? []).length === 0) {
          const detail = 'Could not find the requested external organization link.'
          if (this.options.noLinkForm === 'null-error-code') {
            return { status: 404, body: { detail, error: 404, errorCode: null, parameters: null, reason: 'Not Found' } }
          }
          return apiError(404, 'UNEXPECTED_ERROR', detail, {}, null)
        }
        this.linkTokens.delete(orgId)
        return { status: 204, contentType: atlasType(req) }
      }
      return apiError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here.`)
    }

    m = /^\/api\/atlas\/v2\/orgs\/([^/]+)\/liveMigrations\/availableProjects$/.exec(path)
    if (m) {
      const orgId = m[1] as string
      const versionError = atlasVersionError(req, ['2023-01-01'])
      if (versionError) return versionError
      if (!this.options.atlasOrgs.includes(orgId)) return orgNotFound(orgId)
      if (req.method !== 'GET') return apiError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here.`)
      return { status: 200, body: this.options.availableProjects[orgId] ?? [], contentType: atlasType(req) }
    }

    m = /^\/api\/atlas\/v2\/groups\/([^/]+)\/liveMigrations(?:\/(validate))?(?:\/([^/]+))?(\/cutover)?$/.exec(path)
    if (m) return this.routeMigration(req, m[1] as string, m[2] !== undefined, m[3], m[4] !== undefined)

    m = /^\/api\/public\/v1\.0\/orgs\/([^/]+)\/liveExport\/migrationLink(\/status)?$/.exec(path)
    if (m) {
      const orgId = m[1] as string
      if (!this.options.sourceOrgs.includes(orgId)) return orgNotFound(orgId)
      const link = this.links.get(orgId)
      if (m[2]) {
        if (req.method !== 'GET') return apiError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here.`)
        if (!link) return apiError(404, 'RESOURCE_NOT_FOUND', 'No migration link exists for this organization.')
        return { status: 200, body: { status: this.pollStatus(link) } }
      }
      if (req.method === 'POST') {
        let token: unknown
        try {
          token = (JSON.parse(req.body) as { linkToken?: unknown }).linkToken
        } catch {
          return apiError(400, 'INVALID_JSON', 'Received JSON is malformed.')
        }
        if (typeof token !== 'string' || token === '') {
          return apiError(400, 'MISSING_ATTRIBUTE', 'The required attribute linkToken was not specified.')
        }
        const known = [...this.linkTokens.values()].some(tokens => tokens.includes(token))
        if (!known) return apiError(400, 'INVALID_LINK_TOKEN', 'The link token is invalid or expired.')
        if (link) return apiError(409, 'ORG_ALREADY_LINKED', 'This organization is already linked to Atlas.')
        const created: SourceLink = { linkToken: token, pollsLeft: this.options.notSyncedPolls }
        this.links.set(orgId, created)
        return { status: 201, body: { status: created.pollsLeft > 0 ? 'NOT_SYNCED' : 'SYNCED' } }
      }
      if (req.method === 'DELETE') {
        if (!link) return apiError(404, 'RESOURCE_NOT_FOUND', 'No migration link exists for this organization.')
        this.links.delete(orgId)
        return { status: 204 }
      }
      return apiError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here.`)
    }
    return apiError(404, 'RESOURCE_NOT_FOUND', `Cannot find resource ${path}.`)
  }

  /** validate, validate/{id}, liveMigrations, liveMigrations/{id}, liveMigrations/{id}/cutover. */
  private routeMigration(
    req: RecordedRequest,
    projectId: string,
    validate: boolean,
    id: string | undefined,
    cutover: boolean
  ): Answer {
    const posting = req.method === 'POST' && id === undefined && !cutover
    // Validate and create exist at 2024-05-30 and (deprecated) 2023-01-01; the rest at 2023-01-01 only.
    const versionError = atlasVersionError(req, posting ? ['2024-05-30', '2023-01-01'] : ['2023-01-01'])
    if (versionError) return versionError
    if (!this.options.atlasProjects.includes(projectId)) {
      return apiError(404, 'GROUP_NOT_FOUND', `No group with ID ${projectId} exists.`, {}, [projectId])
    }
    const limited = this.takeFromBucket(`group:${projectId}`, this.options.groupBucket, req.path)
    if (limited) return limited
    if (posting) {
      let body: unknown
      try {
        body = JSON.parse(req.body)
      } catch {
        return apiError(400, 'INVALID_JSON', 'Received JSON is malformed.')
      }
      const invalid = migrationRequestError(body, projectId)
      if (invalid) return apiError(400, 'INVALID_ATTRIBUTE', invalid)
      const request = body as { source: { groupId: string }; migrationHosts: string[] }
      const newId = randomBytes(12).toString('hex')
      if (validate) {
        const job: ValidationJob = {
          id: newId,
          projectId,
          sourceGroupId: request.source.groupId,
          pendingLeft: this.options.validation?.pendingPolls ?? 1
        }
        this.validations.set(newId, job)
        return { status: 200, body: this.validationView(job, false), contentType: atlasType(req) }
      }
      const plan = this.options.migration
      const migration: LiveMigration = {
        id: newId,
        projectId,
        startedAt: Date.now(),
        readyAt: Date.now() + plan.readyAfterMs,
        migrationHosts: request.migrationHosts,
        plan
      }
      this.migrations.set(newId, migration)
      return { status: 201, body: this.migrationView(migration), contentType: atlasType(req) }
    }
    if (validate) {
      const job = this.validations.get(id ?? '')
      if (req.method !== 'GET' || !job || job.projectId !== projectId) {
        return apiError(404, 'RESOURCE_NOT_FOUND', `Cannot find resource ${req.path}.`)
      }
      return { status: 200, body: this.validationView(job, true), contentType: atlasType(req) }
    }
    const migration = this.migrations.get(id ?? '')
    if (!migration || migration.projectId !== projectId) {
      return apiError(404, 'RESOURCE_NOT_FOUND', `Cannot find resource ${req.path}.`)
    }
    if (cutover) {
      if (req.method !== 'PUT') return apiError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here.`)
      if (!this.migrationView(migration).readyForCutover) {
        return apiError(400, 'LIVE_MIGRATION_NOT_READY_FOR_CUTOVER', 'The migration is not ready for cut-over.')
      }
      migration.cutoverAt = Date.now()
      return { status: 204, contentType: atlasType(req) } // the spec says 202; MongoDB's CLI maintainers saw 204
    }
    if (req.method !== 'GET') return apiError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here.`)
    return { status: 200, body: this.migrationView(migration), contentType: atlasType(req) }
  }

  /** The validation as an answer shows it; each poll (GET) uses up one PENDING answer. */
  private validationView(job: ValidationJob, polled: boolean): Record<string, unknown> {
    if (polled && job.pendingLeft > 0) job.pendingLeft--
    const failWith = this.options.validation?.failWith
    const finished = polled && job.pendingLeft === 0
    const status = !finished ? 'PENDING' : failWith ? 'FAILED' : 'SUCCESS'
    return {
      _id: job.id,
      groupId: job.projectId,
      sourceGroupId: job.sourceGroupId,
      status,
      errorMessage: status === 'FAILED' ? failWith : null
    }
  }

  /** The migration as a GET shows it now, per its plan. */
  migrationView(m: LiveMigration): {
    _id: string
    status: string
    readyForCutover: boolean
    lagTimeSeconds: number | null
    migrationHosts: string[]
  } {
    const now = Date.now()
    const { plan } = m
    const base = { _id: m.id, migrationHosts: m.migrationHosts }
    if (m.cutoverAt !== undefined) {
      const done = now - m.cutoverAt >= plan.cutoverMs
      return { ...base, status: done ? 'COMPLETE' : 'WORKING', readyForCutover: false, lagTimeSeconds: null }
    }
    const age = now - m.startedAt
    if (age < plan.workingAfterMs) return { ...base, status: 'NEW', readyForCutover: false, lagTimeSeconds: null }
    if (age >= plan.readyAfterMs && plan.end !== 'ready') {
      return { ...base, status: plan.end, readyForCutover: false, lagTimeSeconds: null }
    }
    if (age >= plan.readyAfterMs) return { ...base, status: 'WORKING', readyForCutover: true, lagTimeSeconds: 1 }
    const left = (plan.readyAfterMs - age) / (plan.readyAfterMs - plan.workingAfterMs)
    return {
      ...base,
      status: 'WORKING',
      readyForCutover: false,
      lagTimeSeconds: Math.max(2, Math.round(plan.lagStartSeconds * left))
    }
  }

  /** undefined when the bucket had a token; otherwise the 429 Atlas sends, Retry-After from the refill. */
  private takeFromBucket(scope: string, limit: Bucket | undefined, path: string): Answer | undefined {
    if (!limit) return undefined
    const perMs = limit.refillPerMinute / 60_000
    const now = Date.now()
    const bucket = this.buckets.get(scope) ?? { tokens: limit.capacity, at: now }
    this.buckets.set(scope, bucket)
    bucket.tokens = Math.min(limit.capacity, bucket.tokens + (now - bucket.at) * perMs)
    bucket.at = now
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      const remaining = String(Math.floor(bucket.tokens))
      this.rateHeaders = { 'ratelimit-limit': String(limit.capacity), 'ratelimit-remaining': remaining }
      return undefined
    }
    const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000))
    // Atlas's own wording (recorded), the path without its leading slash and query.
    const where = new URL(path, 'http://x').pathname.slice(1)
    const { capacity, refillPerMinute } = limit
    return apiError(
      429,
      'RATE_LIMITED_TOKEN_BUCKET',
      `Rate limit exceeded for ${where}. Please retry after ${retryAfter} seconds. Request capacity: ${capacity}. Refill rate: ${refillPerMinute} per 60 seconds. For more information, see: http://dochub.mongodb.org/core/atlas-api-rate-limit.`,
      {
        'retry-after': String(retryAfter),
        'ratelimit-limit': String(capacity),
        'ratelimit-remaining': '0'
      },
      [where, retryAfter, capacity, refillPerMinute, 60]
    )
  }

  private pollStatus(link: SourceLink): 'SYNCED' | 'NOT_SYNCED' {
    if (link.pollsLeft <= 0) return 'SYNCED'
    link.pollsLeft--
    return 'NOT_SYNCED'
  }

  /** undefined when the request may proceed; otherwise the 401 to send. */
  private authenticate(req: RecordedRequest): Answer | undefined {
    const header = req.headers.authorization ?? ''
    if (/^Bearer /i.test(header)) {
      const token = header.slice(7)
      const issuedAt = this.tokenIssuedAt.get(token) ?? 0
      const valid =
        this.options.accessTokens.includes(token) ||
        (this.issuedAccessTokens.has(token) &&
          !this.revokedAccessTokens.has(token) &&
          Date.now() - issuedAt < this.options.tokenLifetimeSeconds * 1000)
      return valid ? undefined : apiError(401, 'UNAUTHORIZED', 'Invalid or expired access token.')
    }
    if (!/^Digest /i.test(header)) return this.challenge(false)
    if (this.options.trustProxyAuth) return undefined
    const fields = parseDigestFields(header.slice(7))
    const key = this.options.apiKeys.find(k => k.publicKey === fields.username)
    const nonce = this.nonces.get(fields.nonce ?? '')
    if (!nonce) return this.challenge(false)
    if (Date.now() - nonce.issued > this.options.nonceLifetimeMs) return this.challenge(true)
    const nc = parseInt(fields.nc ?? '', 16)
    const uriMatches = fields.uri === req.path
    if (!key || fields.realm !== REALM || fields.qop !== 'auth' || !uriMatches || !(nc > nonce.lastNc)) {
      return this.rejected()
    }
    const ha1 = md5(`${key.publicKey}:${REALM}:${key.privateKey}`)
    const ha2 = md5(`${req.method}:${fields.uri}`)
    const expected = md5(`${ha1}:${fields.nonce}:${fields.nc}:${fields.cnonce}:auth:${ha2}`)
    if (expected !== fields.response) return this.rejected()
    nonce.lastNc = nc
    if (this.staleAnswers > 0) {
      this.staleAnswers--
      return this.challenge(true)
    }
    return undefined
  }

  private challengeHeader(stale: boolean): Record<string, string | string[]> {
    const nonce = randomBytes(16).toString('base64')
    this.nonces.set(nonce, { issued: Date.now(), lastNc: 0 })
    this.challenges++
    const digest = `Digest realm="${REALM}", domain="", nonce="${nonce}", algorithm=MD5, qop="auth", stale=${stale}`
    const basic = `Basic realm="${REALM}", charset="UTF-8"`
    switch (this.options.basicChallenge) {
      case 'same-field':
        return { 'www-authenticate': `${basic}, ${digest}` }
      case 'own-field':
        return { 'www-authenticate': [basic, digest] }
      default:
        return { 'www-authenticate': digest }
    }
  }

  /** Atlas's challenge (recorded): a pretty-printed body with errorCode UNEXPECTED_ERROR, no X-Error-Code. */
  private challenge(stale: boolean): Answer {
    const body = { error: 401, reason: 'Unauthorized', detail: NOT_AUTHORIZED, errorCode: 'UNEXPECTED_ERROR' }
    return { status: 401, raw: pretty(body), headers: this.challengeHeader(stale) }
  }

  /** A wrong key, or one without access here (logged): the same body with no errorCode, and a fresh challenge. */
  private rejected(): Answer {
    const body = { error: 401, reason: 'Unauthorized', detail: NOT_AUTHORIZED }
    return { status: 401, raw: pretty(body), headers: this.challengeHeader(false) }
  }

  private issueToken(req: RecordedRequest): Answer {
    const client = this.basicClient(req)
    if (!client) return oauthError(401, 'invalid_client', 'Invalid client credentials.')
    if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') {
      return oauthError(400, 'invalid_request', 'Expected a form body.')
    }
    if (new URLSearchParams(req.body).get('grant_type') !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported.')
    }
    const token = `at-${randomBytes(32).toString('base64url')}`
    this.issuedAccessTokens.add(token)
    this.tokenIssuedAt.set(token, Date.now())
    return {
      status: 200,
      body: { access_token: token, expires_in: this.options.tokenLifetimeSeconds, token_type: 'Bearer' }
    }
  }

  private revokeToken(req: RecordedRequest): Answer {
    if (!this.basicClient(req)) return oauthError(401, 'invalid_client', 'Invalid client credentials.')
    const form = new URLSearchParams(req.body)
    const token = form.get('token') ?? ''
    if (this.issuedAccessTokens.has(token)) this.revokedAccessTokens.add(token)
    return { status: 200 }
  }

  private basicClient(req: RecordedRequest): ServiceAccount | undefined {
    const header = req.headers.authorization ?? ''
    if (!/^Basic /i.test(header)) return undefined
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    const [id, secret] = [decoded.slice(0, colon), decoded.slice(colon + 1)]
    return this.options.serviceAccounts.find(a => a.clientId === id && a.clientSecret === secret)
  }
}

interface Answer {
  status: number
  body?: unknown
  /** The body as sent, in place of JSON.stringify(body). */
  raw?: string
  headers?: Record<string, string | string[]>
  contentType?: string
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  429: 'Too Many Requests',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict'
}

/** Atlas's error answer (recorded): keys in its order, and the code in an X-Error-Code header too. */
function apiError(
  status: number,
  errorCode: string,
  detail: string,
  headers?: Record<string, string | string[]>,
  parameters: unknown[] | null = []
): Answer {
  return {
    status,
    headers: { 'x-error-code': errorCode, ...headers },
    body: { detail, error: status, errorCode, parameters, reason: REASONS[status] ?? 'Error' }
  }
}

const NOT_AUTHORIZED = 'You are not authorized for this resource.'

/** JSON the way Atlas pretty-prints its 401s: two-space indent, ' : ' between key and value. */
function pretty(body: Record<string, unknown>): string {
  const lines = Object.entries(body).map(([key, value]) => `  ${JSON.stringify(key)} : ${JSON.stringify(value)}`)
  return `{\n${lines.join(',\n')}\n}`
}

function oauthError(status: number, error: string, description: string): Answer {
  return { status, body: { error, error_description: description } }
}

function orgNotFound(orgId: string): Answer {
  return apiError(404, 'ORG_NOT_FOUND', `No organization with ID ${orgId} exists.`)
}

const ATLAS_TYPE = /^application\/vnd\.atlas\.(\d{4}-\d{2}-\d{2})\+json$/

/** The versioned type the request asked for, as Atlas answers it: with ';charset=utf-8' (recorded). */
function atlasType(req: RecordedRequest): string {
  const accept = req.headers.accept
  return accept && ATLAS_TYPE.test(accept) ? `${accept};charset=utf-8` : (accept ?? 'application/json')
}

/** Atlas v2 insists on a versioned Accept (one the operation has), and a matching Content-Type with a body. */
function atlasVersionError(req: RecordedRequest, versions?: string[]): Answer | undefined {
  const accept = ATLAS_TYPE.exec(req.headers.accept ?? '')
  if (!accept)
    return apiError(406, 'INVALID_VERSION_DATE', 'Accept must name an application/vnd.atlas.<date>+json version.')
  if (versions && !versions.includes(accept[1] as string)) {
    return apiError(
      406,
      'INVALID_VERSION_DATE',
      `This operation has no version ${accept[1]}; it has ${versions.join(', ')}.`
    )
  }
  if (req.body && req.headers['content-type'] !== req.headers.accept) {
    return apiError(415 as number, 'INVALID_CONTENT_TYPE', 'Content-Type must match the versioned Accept type.')
  }
  return undefined
}

/** What the spec's LiveMigrationRequest20240530 requires, checked as Atlas would; undefined when valid. */
function migrationRequestError(body: unknown, projectId: string): string | undefined {
  const b = (body ?? {}) as Record<string, Record<string, unknown> | undefined> & { migrationHosts?: unknown }
  const source = b.source
  const destination = b.destination
  if (!source || typeof source.clusterName !== 'string' || !source.clusterName) return 'source.clusterName is required.'
  if (!/^[a-f0-9]{24}$/.test(String(source.groupId ?? ''))) return 'source.groupId must be a project ID.'
  if (typeof source.managedAuthentication !== 'boolean') return 'source.managedAuthentication is required.'
  if (typeof source.ssl !== 'boolean') return 'source.ssl is required.'
  if (source.managedAuthentication && (source.username || source.password)) {
    return 'source.username and password must not be set with managedAuthentication.'
  }
  if (!destination || typeof destination.clusterName !== 'string' || !destination.clusterName) {
    return 'destination.clusterName is required.'
  }
  if (destination.groupId !== projectId) return 'destination.groupId must be the project of the path.'
  if (!['PUBLIC', 'PRIVATE_LINK', 'VPC_PEERING'].includes(String(destination.hostnameSchemaType))) {
    return 'destination.hostnameSchemaType must be PUBLIC, PRIVATE_LINK or VPC_PEERING.'
  }
  const hosts = b.migrationHosts
  if (!Array.isArray(hosts) || hosts.length !== 1 || typeof hosts[0] !== 'string') {
    return 'migrationHosts must hold exactly one host name.'
  }
  if ('dropEnabled' in b) return 'dropEnabled is not part of version 2024-05-30: use dropDestinationData.'
  return undefined
}

function parseDigestFields(value: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const m of value.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]*))/g)) {
    fields[(m[1] as string).toLowerCase()] = m[2] ?? m[3] ?? ''
  }
  return fields
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex')
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/** An error answer that echoes what was sent, as some servers and proxies do. */
function echoBody(status: number, sent: string, encoding: 'ascii' | 'url' | 'base64'): string {
  const echoed =
    encoding === 'url' ? encodeURIComponent(sent) : encoding === 'base64' ? Buffer.from(sent).toString('base64') : sent
  const json = JSON.stringify({
    error: status,
    errorCode: 'INVALID_ATTRIBUTE',
    detail: `Invalid request body: ${echoed}`
  })
  return json.replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
