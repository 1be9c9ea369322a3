// HTTP Digest (RFC 7616) for API keys: picks the Digest challenge out of a 401 (RFC 7235), decides
// when to answer it, and counts nonce use; digest-fetch's DigestClient computes each response.
// The transport asks for a header before each request and reports each 401, so API-key calls share
// the host's keep-alive connection and proxy like every other call.

import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import type { DigestClient } from 'digest-fetch'
import type { Authenticator } from './auth'

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

function isStale(challenge: Challenge): boolean {
  return (challenge.params.stale ?? '').toLowerCase() === 'true'
}

/**
 * digest-fetch's client for one challenge. Three adapters, each for a reason: a random client nonce
 * from node:crypto (its own is Math.random), and only this challenge's parameters, rebuilt in a
 * form its parser reads unambiguously (it would read a Basic challenge's realm beside it).
 */
export async function createDigestClient(
  username: string,
  password: string,
  challenge: Challenge
): Promise<DigestClient> {
  const Client = await loadDigestClient()
  const { realm = '', nonce = '', qop, algorithm = 'MD5', opaque } = challenge.params
  const client = new Client(username, password, { algorithm })
  client.makeNonce = () => randomBytes(16).toString('hex')
  const fields = [`realm="${realm}"`, `nonce="${nonce}"`, `algorithm=${algorithm}`]
  if (qop !== undefined) fields.push(`qop="${qop}"`)
  if (opaque !== undefined) fields.push(`opaque="${opaque}"`)
  client.parseAuth(`Digest ${fields.join(', ')}`)
  return client
}

/** Answers to one request's challenges: a stale nonce is renewed, but not forever. */
const MAX_CHALLENGE_ROUNDS = 3

export class DigestAuthenticator implements Authenticator {
  private client: DigestClient | undefined
  /** Uses of the current nonce (RFC 7616 §3.4: nc counts them, in hexadecimal). */
  private nonceCount = 0
  /** How many challenges were answered; one per host and run is the minimum. */
  challengesAnswered = 0

  constructor(
    private readonly username: string,
    private readonly password: string
  ) {}

  /** Signs with the last nonce and the next nonce count, saving a 401 round trip per call; nothing before a challenge. */
  async authorization(method: string, target: string): Promise<string | undefined> {
    const client = this.client
    if (!client) return undefined
    this.nonceCount++
    // digest-fetch pads digest.nc to eight characters as it stands; it would write the count in
    // decimal (00000010 for the tenth use), so hand it the hexadecimal digits RFC 7616 asks for.
    ;(client.digest as { nc: number | string }).nc = this.nonceCount.toString(16)
    // addAuth takes a URL and uses everything from its first path slash on as the digest-uri.
    const signed = client.addAuth(`http://host${target}`, { method, headers: {} }) as {
      headers: { Authorization: string }
    }
    return signed.headers.Authorization
  }

  /**
   * The first 401 of a request with a Digest challenge is answered; later ones only with stale=true
   * (RFC 7616 §3.3: same credentials, new nonce), up to MAX_CHALLENGE_ROUNDS. Any other 401 (a wrong
   * key) goes back to the caller.
   */
  async unauthorized(challengeFields: string[], round: number): Promise<boolean> {
    if (round > MAX_CHALLENGE_ROUNDS) return false
    const challenge = parseChallenges(challengeFields).find(c => c.scheme.toLowerCase() === 'digest' && c.params.nonce)
    if (!challenge || (round > 1 && !isStale(challenge))) return false
    this.client = await createDigestClient(this.username, this.password, challenge)
    this.nonceCount = 0
    this.challengesAnswered++
    return true
  }
}
