// One set of credentials on one API host: the host's transport plus the credentials' way of signing
// requests. Sessions on the same host share its transport, so its keep-alive connection. Service
// accounts get one OAuth access token per session, revoked when the session closes.
import { BasicCredentialHandler, BearerCredentialHandler } from '@actions/http-client/lib/auth'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { Credentials } from '../inputs'
import { ApiError } from '../errors'
import { DigestAuthHandler } from './digest'
import { HttpTransport, isSuccess } from './http'
import type { ApiRequest, ApiResponse, Logger } from './http'

export interface SessionOptions {
  log: Logger
  /** Called with every secret the session derives, the moment it exists, so it can be masked. */
  onSecret: (secret: string) => void
}

/** What the API clients need: send a request, get the final answer. */
export interface ApiSession {
  send(request: ApiRequest): Promise<ApiResponse>
  /** Gives back what the session holds (a service-account token); the transport stays open. */
  close(): Promise<void>
}

export function openSession(credentials: Credentials, transport: HttpTransport, options: SessionOptions): ApiSession {
  switch (credentials.kind) {
    case 'api-key':
      return fixedSession(transport, new DigestAuthHandler(credentials.publicKey, credentials.privateKey))
    case 'access-token':
      return fixedSession(transport, new BearerCredentialHandler(credentials.accessToken))
    case 'service-account':
      return new ServiceAccountSession(transport, credentials.clientId, credentials.clientSecret, options)
  }
}

function fixedSession(transport: HttpTransport, auth: RequestHandler): ApiSession {
  return {
    send: request => transport.send(request, auth),
    close: async () => {}
  }
}

const FORM = 'application/x-www-form-urlencoded'

/** OAuth 2.0 client credentials (RFC 6749 §4.4) against {base}/api/oauth/token. */
class ServiceAccountSession implements ApiSession {
  private bearer: Promise<{ token: string; handler: RequestHandler }> | undefined
  private readonly basic: BasicCredentialHandler

  constructor(
    private readonly transport: HttpTransport,
    clientId: string,
    clientSecret: string,
    private readonly options: SessionOptions
  ) {
    this.basic = new BasicCredentialHandler(clientId, clientSecret)
    options.onSecret(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'))
  }

  async send(request: ApiRequest): Promise<ApiResponse> {
    this.bearer ??= this.obtainToken()
    const { handler } = await this.bearer
    return this.transport.send(request, handler)
  }

  private async obtainToken(): Promise<{ token: string; handler: RequestHandler }> {
    const response = await this.transport.send(
      {
        operation: 'Get service account access token',
        method: 'POST',
        path: '/api/oauth/token',
        accept: 'application/json',
        contentType: FORM,
        body: 'grant_type=client_credentials'
      },
      this.basic
    )
    if (!isSuccess(response.status)) {
      throw ApiError.fromResponse('Get service account access token', 'POST', response)
    }
    const token = (JSON.parse(response.body) as { access_token?: unknown }).access_token
    if (typeof token !== 'string' || token === '') {
      throw new Error(`Get service account access token failed: ${response.url} answered without an access_token.`)
    }
    this.options.onSecret(token)
    this.options.log.debug('Obtained a service account access token.')
    return { token, handler: new BearerCredentialHandler(token) }
  }

  /** A service account holds at most 100 active tokens: give ours back. Failure is only a warning. */
  async close(): Promise<void> {
    try {
      const bearer = await this.bearer?.catch(() => undefined)
      if (!bearer) return
      const response = await this.transport.send(
        {
          operation: 'Revoke service account access token',
          method: 'POST',
          path: '/api/oauth/revoke',
          accept: 'application/json',
          contentType: FORM,
          body: new URLSearchParams({ token: bearer.token, token_type_hint: 'access_token' }).toString()
        },
        this.basic
      )
      if (!isSuccess(response.status)) {
        this.options.log.warning(ApiError.fromResponse('Revoke service account access token', 'POST', response).message)
      } else {
        this.options.log.debug('Revoked the service account access token.')
      }
    } catch (err) {
      this.options.log.warning(`Could not revoke the service account access token: ${(err as Error).message}`)
    }
  }
}
