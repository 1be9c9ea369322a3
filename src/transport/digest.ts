// HTTP Digest (RFC 7616) as a request handler of @actions/http-client, so API-key calls share the
// client's proxy support and keep-alive connection. digest-fetch's DigestClient computes the
// response; this handler picks the Digest challenge out of the 401 (RFC 7235), decides when to
// answer it, and counts nonce use.

import { randomBytes } from 'node:crypto'
import type { IncomingMessage, RequestOptions } from 'node:http'
import { createRequire } from 'node:module'
import type { HttpClient, HttpClientResponse } from '@actions/http-client'
import type { RequestHandler, RequestInfo } from '@actions/http-client/lib/interfaces'
import type { DigestClient } from 'digest-fetch'

type DigestClientClass = typeof DigestClient
let digestClientClass: Promise<DigestClientClass> | undefined

/**
 * Loads digest-fetch on first use. Its js-sha256 / js-sha512 run eval("require('crypto')") as they
 * load, and an ES module bundle has no `require`: lend them one for the length of the import.
 */
function loadDigestClient(): Promise<DigestClientClass> {
  digestClientClass ??= (async () => {
    const global = globalThis as { require?: NodeJS.Require }
    const lent = global.require === undefined
    if (lent) global.require = createRequire(import.meta.url)
    try {
      return (await import('digest-fetch')).DigestClient
    } finally {
      if (lent) delete global.require
    }
  })()
  return digestClientClass
}

/** One challenge of a WWW-Authenticate field (RFC 7235 §2.1): a scheme and its parameters. */
export interface Challenge {
  scheme: string
  /** Parameter names in lower case; quoted values unquoted. */
  params: Record<string, string>
  token68?: string
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*(?=[ \t]*(?:,|$))/y

/**
 * Parses WWW-Authenticate field values into challenges (RFC 7235 §4.1: one field may carry several
 * challenges, and a response may carry several fields), so that a `Basic realm=…, Digest …` answer
 * yields the Digest challenge with only its own parameters.
 */
export function parseChallenges(values: string[]): Challenge[] {
  const challenges: Challenge[] = []
  for (const header of values) {
    let i = 0
    let current: Challenge | undefined
    const skip = (chars: RegExp): void => {
      while (i < header.length && chars.test(header[i] as string)) i++
    }
    const token = (): string => {
      const start = i
      while (i < header.length && TCHAR.test(header[i] as string)) i++
      return header.slice(start, i)
    }
    const quoted = (): string => {
      let value = ''
      for (i++; i < header.length && header[i] !== '"'; i++) {
        if (header[i] === '\\') i++
        value += header[i] ?? ''
      }
      i++ // the closing quote
      return value
    }
    while (i < header.length) {
      skip(/[\s,]/)
      const name = token()
      if (!name) {
        i++ // not a token: skip the character
        continue
      }
      const afterName = i
      skip(/[ \t]/)
      if (current && header[i] === '=') {
        i++
        skip(/[ \t]/)
        current.params[name.toLowerCase()] = header[i] === '"' ? quoted() : token()
        continue
      }
      i = afterName
      current = { scheme: name, params: {} }
      challenges.push(current)
      skip(/[ \t]/)
      TOKEN68.lastIndex = i
      const token68 = TOKEN68.exec(header)
      if (token68) {
        current.token68 = token68[0]
        i += token68[0].length
      }
    }
  }
  return challenges
}

/** The Digest challenge of a 401, if it has one. */
export function digestChallenge(message: IncomingMessage): Challenge | undefined {
  const raw = message.rawHeaders ?? []
  const values: string[] = []
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if ((raw[i] as string).toLowerCase() === 'www-authenticate') values.push(raw[i + 1] as string)
  }
  if (values.length === 0) {
    const joined = message.headers['www-authenticate']
    if (typeof joined === 'string') values.push(joined)
  }
  return parseChallenges(values).find(c => c.scheme.toLowerCase() === 'digest' && c.params.nonce)
}

function isStale(challenge: Challenge): boolean {
  return (challenge.params.stale ?? '').toLowerCase() === 'true'
}

/** digest-fetch's client for one challenge, with a random client nonce. */
export async function createDigestClient(
  username: string,
  password: string,
  challenge: Challenge
): Promise<DigestClient> {
  const Client = await loadDigestClient()
  const { realm = '', nonce = '', qop, algorithm = 'MD5', opaque } = challenge.params
  const client = new Client(username, password, { algorithm })
  client.makeNonce = () => randomBytes(16).toString('hex')
  // Only this challenge's parameters, in a form digest-fetch's own parser reads unambiguously.
  const fields = [`realm="${realm}"`, `nonce="${nonce}"`, `algorithm=${algorithm}`]
  if (qop !== undefined) fields.push(`qop="${qop}"`)
  if (opaque !== undefined) fields.push(`opaque="${opaque}"`)
  client.parseAuth(`Digest ${fields.join(', ')}`)
  return client
}

/** Answers to one request's challenges: a stale nonce is renewed, but not forever. */
const MAX_CHALLENGE_ROUNDS = 3

export class DigestAuthHandler implements RequestHandler {
  private client: DigestClient | undefined
  /** Uses of the current nonce (RFC 7616 §3.4: nc counts them, in hexadecimal). */
  private nonceCount = 0
  private pendingChallenge: Challenge | undefined
  private challengeDrained: Promise<void> = Promise.resolve()
  /** How many challenges were answered; one per host and run is the minimum. */
  challengesAnswered = 0

  constructor(
    private readonly username: string,
    private readonly password: string
  ) {}

  /** Reuses the last nonce with the next nonce count, saving a 401 round trip per call. */
  prepareRequest(options: RequestOptions): void {
    if (this.client) this.authorize(options)
  }

  canHandleAuthentication(response: HttpClientResponse): boolean {
    if (response.message.statusCode !== 401) return false
    const challenge = digestChallenge(response.message)
    if (!challenge) return false
    this.pendingChallenge = challenge
    this.challengeDrained = drain(response.message)
    return true
  }

  /**
   * Answers the challenge. The answer goes out through requestRaw, which skips the handlers. A 401
   * with stale=true (RFC 7616 §3.3: same credentials, new nonce) is answered again with the new
   * nonce, up to MAX_CHALLENGE_ROUNDS; any other 401 (a wrong key) is returned to the caller.
   */
  async handleAuthentication(
    httpClient: HttpClient,
    requestInfo: RequestInfo,
    data: string | NodeJS.ReadableStream | null
  ): Promise<HttpClientResponse> {
    let challenge = this.pendingChallenge as Challenge
    for (let round = 1; ; round++) {
      this.client = await createDigestClient(this.username, this.password, challenge)
      this.nonceCount = 0
      await this.challengeDrained
      this.challengesAnswered++
      this.authorize(requestInfo.options)
      const response = await httpClient.requestRaw(requestInfo, data)
      if (response.message.statusCode !== 401 || round >= MAX_CHALLENGE_ROUNDS) return response
      const next = digestChallenge(response.message)
      if (!next || !isStale(next)) return response
      challenge = next
      this.challengeDrained = drain(response.message)
    }
  }

  private authorize(options: RequestOptions): void {
    const client = this.client as DigestClient
    this.nonceCount++
    // digest-fetch pads digest.nc to eight characters as it stands; it would write the count in
    // decimal (00000010 for the tenth use), so hand it the hexadecimal digits RFC 7616 asks for.
    ;(client.digest as { nc: number | string }).nc = this.nonceCount.toString(16)
    // addAuth takes a URL and uses everything from its first path slash on as the digest-uri.
    const signed = client.addAuth(`http://host${options.path ?? '/'}`, {
      method: options.method ?? 'GET',
      headers: {}
    }) as { headers: { Authorization: string } }
    options.headers = { ...options.headers, authorization: signed.headers.Authorization }
  }
}

/** Reads a 401's body to its end so its keep-alive connection is free to carry the answer. */
function drain(message: IncomingMessage): Promise<void> {
  return new Promise(resolve => {
    message.once('end', resolve).once('close', resolve).resume()
  })
}
