// The stand-in's server: it listens, numbers connections, records every request, plays scripted
// faults in place of real answers, and routes the rest to the topic that answers them.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import type { Answer } from './answers.ts'
import { apiError } from './answers.ts'
import { Authenticator } from './auth.ts'
import { readScope, TokenBuckets } from './buckets.ts'
import { LinkApi } from './link-api.ts'
import type { MigrationView } from './migrations.ts'
import { Migrations } from './migrations.ts'
import { PreflightApi } from './preflight.ts'
import { SourceReads } from './source-reads.ts'
import type {
  FakeApiOptions,
  Fault,
  LiveMigration,
  RecordedRequest,
  Settings,
  SourceLink,
  ValidationJob
} from './types.ts'

export class FakeApi {
  readonly requests: RecordedRequest[] = []
  readonly faults: Fault[] = []
  connections = 0
  private readonly settings: Settings
  private readonly scheme: 'http' | 'https'
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private readonly connectionIds = new WeakMap<Socket, number>()
  private readonly warmSockets = new WeakSet<Socket>()
  private readonly buckets: TokenBuckets
  private readonly auth: Authenticator
  private readonly linkApi: LinkApi
  private readonly migrationApi: Migrations
  private readonly preflightApi: PreflightApi
  private readonly sourceReads: SourceReads

  constructor({ linkTokens, tls, ...options }: FakeApiOptions = {}) {
    this.scheme = tls ? 'https' : 'http'
    this.settings = {
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
      projectOrgs: {},
      clusters: {},
      accessList: {},
      sourceProjects: {},
      ...options,
      now: options.now ?? Date.now,
      migration: {
        workingAfterMs: 300,
        readyAfterMs: 1500,
        lagStartSeconds: 120,
        end: 'ready',
        cutoverMs: 500,
        ...options.migration
      }
    }
    this.buckets = new TokenBuckets(this.settings.now)
    this.auth = new Authenticator(this.settings)
    this.migrationApi = new Migrations(this.settings, this.buckets)
    this.linkApi = new LinkApi(this.settings, this.buckets, () => this.migrationApi.active(), linkTokens)
    this.preflightApi = new PreflightApi(this.settings, () => this.url)
    this.sourceReads = new SourceReads(this.settings, () => this.url)
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

  // The state tests inspect, kept by the topic that owns it.
  /** Link tokens issued, per Atlas org. */
  get linkTokens(): Map<string, string[]> {
    return this.linkApi.linkTokens
  }
  /** Live links, per source org. */
  get links(): Map<string, SourceLink> {
    return this.linkApi.links
  }
  /** Link tokens ever created (linkTokens forgets deleted ones). */
  get tokensCreated(): number {
    return this.linkApi.tokensCreated
  }
  get issuedAccessTokens(): Set<string> {
    return this.auth.issuedAccessTokens
  }
  get revokedAccessTokens(): Set<string> {
    return this.auth.revokedAccessTokens
  }
  get challenges(): number {
    return this.auth.challenges
  }
  /** Answers 401 stale=true to this many more correctly signed Digest requests, with a new nonce each time. */
  get staleAnswers(): number {
    return this.auth.staleAnswers
  }
  set staleAnswers(count: number) {
    this.auth.staleAnswers = count
  }
  get validations(): Map<string, ValidationJob> {
    return this.migrationApi.validations
  }
  get migrations(): Map<string, LiveMigration> {
    return this.migrationApi.migrations
  }

  /** The migration as a GET shows it now, per its plan. */
  migrationView(m: LiveMigration): MigrationView {
    return this.migrationApi.view(m)
  }

  /** Forgets every nonce: the next reuse gets 401 stale=true. */
  expireNonces(): void {
    this.auth.expireNonces()
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
      at: this.settings.now()
    }
    this.requests.push(record)

    let delay = this.settings.responseDelayMs
    if (!this.warmSockets.has(socket)) {
      this.warmSockets.add(socket)
      delay += this.settings.connectionDelayMs
    }
    if (delay > 0) await sleep(delay)

    const key = `${record.method} ${new URL(record.path, 'http://x').pathname}`
    const faultIndex = this.faults.findIndex(fault => !fault.match || fault.match.test(key))
    if (faultIndex >= 0) {
      const [fault] = this.faults.splice(faultIndex, 1)
      return sendFault(fault as Fault, record, res)
    }
    const answer = this.route(record, socket.remoteAddress ?? '')
    const rate = this.buckets.takeRateHeaders()
    record.status = answer.status
    const payload = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body))
    const headers: Record<string, string | string[]> = { ...rate, ...answer.headers }
    // Atlas sends a Content-Type with every JSON answer, and with its 204s too (recorded).
    if (payload || answer.contentType) headers['content-type'] = answer.contentType ?? 'application/json'
    res.writeHead(answer.status, headers)
    res.end(payload)
  }

  private route(req: RecordedRequest, address: string): Answer {
    const path = new URL(req.path, 'http://x').pathname

    if (req.method === 'POST' && path === '/api/oauth/token') return this.auth.issueToken(req)
    if (req.method === 'POST' && path === '/api/oauth/revoke') return this.auth.revokeToken(req)

    const unauthorized = this.auth.authenticate(req)
    if (unauthorized) return unauthorized
    if (this.settings.ipAccessListDenies) {
      const ip = address.replace(/^::ffff:/, '')
      const detail = `IP address ${ip} is not allowed to access this resource.`
      return apiError(403, 'IP_ADDRESS_NOT_ON_ACCESS_LIST', detail, {}, [ip])
    }

    const read = this.settings.readBuckets && req.method === 'GET' ? readScope(path) : undefined
    const limited = read && this.buckets.take(read.scope, this.settings.readBuckets?.[read.set], path)
    if (limited) return limited
    let m = /^\/api\/atlas\/v2\/orgs\/([^/]+)\/liveMigrations\/linkTokens$/.exec(path)
    if (m) return this.linkApi.routeLinkTokens(req, m[1] as string, path)
    m = /^\/api\/atlas\/v2\/orgs\/([^/]+)\/liveMigrations\/availableProjects$/.exec(path)
    if (m) return this.migrationApi.routeAvailableProjects(req, m[1] as string)
    m = /^\/api\/atlas\/v2\/groups\/([^/]+)\/liveMigrations(?:\/(validate))?(?:\/([^/]+))?(\/cutover)?$/.exec(path)
    if (m) return this.migrationApi.route(req, m[1] as string, m[2] !== undefined, m[3], m[4] !== undefined)
    m = /^\/api\/public\/v1\.0\/orgs\/([^/]+)\/liveExport\/migrationLink(\/status)?$/.exec(path)
    if (m) return this.linkApi.routeMigrationLink(req, m[1] as string, m[2] !== undefined)
    const preflight = this.preflightApi.route(req, path)
    if (preflight) return preflight
    const source = this.sourceReads.route(req, path)
    if (source) return source
    return apiError(404, 'RESOURCE_NOT_FOUND', `Cannot find resource ${path}.`)
  }
}

async function sendFault(fault: Fault, record: RecordedRequest, res: ServerResponse): Promise<void> {
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

/** An error answer that echoes what was sent, as some servers and proxies do. */
function echoBody(status: number, sent: string, encoding: 'ascii' | 'url' | 'base64'): string {
  const echoed =
    encoding === 'url' ? encodeURIComponent(sent) : encoding === 'base64' ? Buffer.from(sent).toString('base64') : sent
  const json = JSON.stringify({
    error: status,
    errorCode: 'INVALID_ATTRIBUTE',
    detail: `Invalid request body: ${echoed}`
  })
  // Ensure-ASCII JSON, as such servers write it.
  return json.replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
