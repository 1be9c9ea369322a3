// Authentication as Atlas does it: HTTP Digest (RFC 7616, MD5, qop=auth) verified with its own
// hashing, nonces that go stale, the challenges it sends, and OAuth client-credentials tokens
// issued, revoked and expired for real.
import { createHash, randomBytes } from 'node:crypto'
import type { Answer } from './answers.ts'
import { apiError, NOT_AUTHORIZED, oauthError, pretty } from './answers.ts'
import type { RecordedRequest, ServiceAccount, Settings } from './types.ts'

const REALM = 'MMS Public API'

interface NonceState {
  issued: number
  /** The nonce counts used with it: RFC 7616 §3.4 calls the same nc seen twice a replay (requests on several connections may arrive out of order). */
  seenNc: Set<number>
}

export class Authenticator {
  readonly issuedAccessTokens = new Set<string>()
  readonly revokedAccessTokens = new Set<string>()
  /** Challenges sent, each with a new nonce. */
  challenges = 0
  /** Answers 401 stale=true to this many more correctly signed Digest requests, with a new nonce each time. */
  staleAnswers = 0
  private readonly settings: Settings
  private readonly nonces = new Map<string, NonceState>()
  private readonly tokenIssuedAt = new Map<string, number>()

  constructor(settings: Settings) {
    this.settings = settings
  }

  /** Forgets every nonce: the next reuse gets 401 stale=true. */
  expireNonces(): void {
    // Older than any lifetime, whatever the clock reads (a fake clock may start near 0).
    for (const state of this.nonces.values()) state.issued = Number.NEGATIVE_INFINITY
  }

  /** undefined when the request may proceed; otherwise the 401 to send. */
  authenticate(req: RecordedRequest): Answer | undefined {
    const header = req.headers.authorization ?? ''
    if (/^Bearer /i.test(header)) {
      const token = header.slice(7)
      const issuedAt = this.tokenIssuedAt.get(token) ?? 0
      const valid =
        this.settings.accessTokens.includes(token) ||
        (this.issuedAccessTokens.has(token) &&
          !this.revokedAccessTokens.has(token) &&
          this.settings.now() - issuedAt < this.settings.tokenLifetimeSeconds * 1000)
      return valid ? undefined : apiError(401, 'UNAUTHORIZED', 'Invalid or expired access token.')
    }
    if (!/^Digest /i.test(header)) return this.challenge(false)
    if (this.settings.trustProxyAuth) return undefined
    const fields = parseDigestFields(header.slice(7))
    const key = this.settings.apiKeys.find(k => k.publicKey === fields.username)
    const nonce = this.nonces.get(fields.nonce ?? '')
    if (!nonce) return this.challenge(false)
    if (this.settings.now() - nonce.issued > this.settings.nonceLifetimeMs) return this.challenge(true)
    const nc = parseInt(fields.nc ?? '', 16)
    const uriMatches = fields.uri === req.path
    if (!key || fields.realm !== REALM || fields.qop !== 'auth' || !uriMatches || !(nc > 0) || nonce.seenNc.has(nc)) {
      return this.rejected()
    }
    const ha1 = md5(`${key.publicKey}:${REALM}:${key.privateKey}`)
    const ha2 = md5(`${req.method}:${fields.uri}`)
    const expected = md5(`${ha1}:${fields.nonce}:${fields.nc}:${fields.cnonce}:auth:${ha2}`)
    if (expected !== fields.response) return this.rejected()
    nonce.seenNc.add(nc)
    if (this.staleAnswers > 0) {
      this.staleAnswers--
      return this.challenge(true)
    }
    return undefined
  }

  /** POST /api/oauth/token: a client-credentials grant, with the client in a Basic header. */
  issueToken(req: RecordedRequest): Answer {
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
    this.tokenIssuedAt.set(token, this.settings.now())
    return {
      status: 200,
      body: { access_token: token, expires_in: this.settings.tokenLifetimeSeconds, token_type: 'Bearer' }
    }
  }

  /** POST /api/oauth/revoke: answers 200 whether or not it knew the token (RFC 7009). */
  revokeToken(req: RecordedRequest): Answer {
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
    return this.settings.serviceAccounts.find(a => a.clientId === id && a.clientSecret === secret)
  }

  private challengeHeader(stale: boolean): Record<string, string | string[]> {
    const nonce = randomBytes(16).toString('base64')
    this.nonces.set(nonce, { issued: this.settings.now(), seenNc: new Set() })
    this.challenges++
    const digest = `Digest realm="${REALM}", domain="", nonce="${nonce}", algorithm=MD5, qop="auth", stale=${stale}`
    const basic = `Basic realm="${REALM}", charset="UTF-8"`
    switch (this.settings.basicChallenge) {
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
