// The stand-in's public shapes: its options, what it records, and the state tests may inspect.
import type { IncomingMessage } from 'node:http'

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
  /** Which TCP connection carried it (1-based). */
  connection: number
  /** The answer's status. */
  status: number
  /** When it arrived (ms since the epoch, by the stand-in's clock). */
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
  /**
   * The clock (ms since the epoch) behind migration courses, validations, token and nonce
   * lifetimes, token buckets and RecordedRequest.at, so in-process tests can move time themselves.
   * Called unbound: pass `() => clock.now()`, not `clock.now`. Response delays stay real timers.
   */
  now?: () => number
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

export interface ValidationJob {
  id: string
  projectId: string
  sourceGroupId: string
  pendingLeft: number
}

/** A source org's link to Atlas, and the NOT_SYNCED answers its status polls still get. */
export interface SourceLink {
  linkToken: string
  pollsLeft: number
}

/** The options with their defaults filled in, shared by every part of the stand-in. */
export type Settings = Required<
  Omit<FakeApiOptions, 'linkTokens' | 'tls' | 'linkTokenBucket' | 'groupBucket' | 'validation' | 'migration'>
> &
  Pick<FakeApiOptions, 'linkTokenBucket' | 'groupBucket' | 'validation'> & { migration: MigrationPlan }
