// One set of credentials on one API host: the host's transport plus the credentials' way of signing
// requests. Sessions on the same host share its transport, so its keep-alive connection. Service
// accounts get an OAuth access token, a new one before the old expires (a migration waits for
// hours; Atlas tokens last one), and every token obtained is revoked.
import type { SettingNames } from '../errors'
import {
  ApiError,
  answerLine,
  DEFAULT_SETTING_NAMES,
  describeNonJson,
  errorMessage,
  StepError,
  UnexpectedAnswerError
} from '../errors'
import type { Logger } from '../log'
import { redact } from '../secrets'
import type { Authenticator } from './auth'
import { basic, bearer } from './auth'
import { DigestAuthenticator } from './digest'
import type { Credentials, Endpoint } from './endpoint'
import type { ApiRequest, ApiResponse } from './http'
import { type HttpTransport, isSuccess } from './http'

export interface SessionOptions {
  log: Logger
  /** Called with every secret the session derives, the moment it exists, so it can be masked. */
  onSecret: (secret: string) => void
  /** What the user calls this host's settings, for hints in errors. */
  names?: SettingNames
  /** Replaced in unit tests. */
  now?: () => number
}

/** Opens a session on an endpoint; sessions on one host share its transport (one keep-alive pool). */
export type OpenSession = (endpoint: Endpoint) => ApiSession

/** What the API clients need: send a request, get the final answer. */
export interface ApiSession {
  send(request: ApiRequest): Promise<ApiResponse>
  /** The setting names errors of this session point at. */
  readonly names: SettingNames
  /** Gives back what the session holds (service-account tokens); the transport stays open. */
  close(): Promise<void>
}

export function openSession(credentials: Credentials, transport: HttpTransport, options: SessionOptions): ApiSession {
  const names = options.names ?? DEFAULT_SETTING_NAMES
  switch (credentials.kind) {
    case 'api-key':
      return fixedSession(transport, new DigestAuthenticator(credentials.publicKey, credentials.privateKey), names)
    case 'access-token':
      return fixedSession(transport, bearer(credentials.accessToken), names)
    case 'service-account':
      return new ServiceAccountSession(transport, credentials.clientId, credentials.clientSecret, { ...options, names })
  }
}

function fixedSession(transport: HttpTransport, auth: Authenticator, names: SettingNames): ApiSession {
  return {
    names,
    send: request => transport.send(request, auth, names),
    close: async () => {}
  }
}

const FORM = 'application/x-www-form-urlencoded'
const TOKEN_OPERATION = 'Get service account access token'
/** Atlas's lifetime, assumed when the answer gives none. */
const DEFAULT_TOKEN_LIFETIME_S = 3600

interface AccessToken {
  token: string
  auth: Authenticator
  /** When to get a new one: a minute (or a tenth of the lifetime) before it expires. */
  renewAt: number
}

/** OAuth 2.0 client credentials (RFC 6749 §4.4) against {base}/api/oauth/token. */
class ServiceAccountSession implements ApiSession {
  private current: Promise<AccessToken> | undefined
  /** Every token obtained and not yet revoked. */
  private readonly held: string[] = []
  private readonly basic: Authenticator
  private readonly now: () => number
  readonly names: SettingNames

  constructor(
    private readonly transport: HttpTransport,
    clientId: string,
    clientSecret: string,
    private readonly options: SessionOptions & { names: SettingNames }
  ) {
    this.basic = basic(clientId, clientSecret)
    this.names = options.names
    this.now = options.now ?? Date.now
    options.onSecret(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'))
  }

  async send(request: ApiRequest): Promise<ApiResponse> {
    let token = await this.token()
    const response = await this.transport.send(request, token.auth, this.names)
    if (!rejectsToken(response)) return response
    // The token was refused before its time (revoked, or the clock ran ahead): one new token, once.
    this.options.log.info(`${request.operation}: the access token was refused (HTTP 401); getting a new one.`)
    this.current = undefined
    token = await this.token()
    return this.transport.send(request, token.auth, this.names)
  }

  private async token(): Promise<AccessToken> {
    const current = await this.current?.catch(() => undefined)
    if (current && this.now() < current.renewAt) return current
    if (current) this.options.log.info('The service account access token is about to expire: getting a new one.')
    const next = this.obtainToken()
    this.current = next
    const token = await next
    if (current) await this.revoke(current.token)
    return token
  }

  private async obtainToken(): Promise<AccessToken> {
    const response = await this.transport.send(
      {
        operation: TOKEN_OPERATION,
        method: 'POST',
        path: '/api/oauth/token',
        accept: 'application/json',
        contentType: FORM,
        body: 'grant_type=client_credentials',
        // Each POST issues a token (a service account holds at most 100): sent again only where the
        // server cannot have acted on it (429, 503, or not sent whole). A token whose answer was
        // lost is never known to the action, so it cannot be revoked: it expires within its lifetime.
        idempotent: false,
        ifUncertain:
          'a token may have been issued whose answer was lost; the action never received it, so it cannot revoke it, and it expires on its own within its lifetime (an hour on Atlas).'
      },
      this.basic,
      this.names
    )
    const { baseUrl } = this.names
    if (response.status === 404) {
      throw new StepError(
        `${TOKEN_OPERATION} failed: ${answerLine(404, 'POST', response.url)}: ${new URL(response.url).host} has no service-account token endpoint. Cloud Manager and Ops Manager take API keys: set public-key and private-key instead of client-id and client-secret (or check ${baseUrl}).`
      )
    }
    if (!isSuccess(response.status)) throw ApiError.fromResponse(TOKEN_OPERATION, 'POST', response, this.names)
    let body: { access_token?: unknown; expires_in?: unknown } | undefined
    try {
      body = JSON.parse(response.body) as typeof body
    } catch {
      body = undefined
    }
    const token = body?.access_token
    if (typeof token !== 'string' || token === '') {
      const what = body
        ? 'JSON without an access_token'
        : describeNonJson(redact(response.body), String(response.headers['content-type'] ?? ''))
      throw new UnexpectedAnswerError(
        `${TOKEN_OPERATION} failed: ${answerLine(response.status, 'POST', response.url)} was not a token (${what}). Check ${baseUrl}, and whether a proxy or single sign-on page answers in the API's place.`
      )
    }
    this.options.onSecret(token)
    this.held.push(token)
    const lifetimeMs =
      (typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_LIFETIME_S) * 1000
    const margin = Math.min(60_000, lifetimeMs / 10)
    this.options.log.debug(`Obtained a service account access token, valid for ${Math.round(lifetimeMs / 1000)} s.`)
    return { token, auth: bearer(token), renewAt: this.now() + lifetimeMs - margin }
  }

  /** A service account holds at most 100 active tokens: give back every one. Failure is a warning. */
  async close(): Promise<void> {
    this.current = undefined
    for (const token of [...this.held]) await this.revoke(token)
  }

  private async revoke(token: string): Promise<void> {
    const index = this.held.indexOf(token)
    if (index >= 0) this.held.splice(index, 1)
    const operation = 'Revoke service account access token'
    try {
      const response = await this.transport.send(
        {
          operation,
          method: 'POST',
          path: '/api/oauth/revoke',
          accept: 'application/json',
          contentType: FORM,
          body: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString(),
          // Revoking twice is harmless (RFC 7009 §2.2), and it must happen after a cancel too.
          idempotent: true,
          afterCancel: true,
          ifUncertain: 'the token may still be active; it expires on its own within its lifetime.'
        },
        this.basic,
        this.names
      )
      if (!isSuccess(response.status)) {
        this.options.log.warning(ApiError.fromResponse(operation, 'POST', response, this.names).message)
      } else {
        this.options.log.debug('Revoked a service account access token.')
      }
    } catch (err) {
      this.options.log.warning(`Could not revoke a service account access token: ${errorMessage(err)}`)
    }
  }
}

/** A 401 that says the bearer token is invalid or expired (RFC 6750 §3.1, or the API's own words). */
function rejectsToken(response: ApiResponse): boolean {
  if (response.status !== 401) return false
  const challenge = String(response.headers['www-authenticate'] ?? '')
  return /invalid_token/i.test(challenge) || /invalid|expired|token/i.test(response.body)
}
