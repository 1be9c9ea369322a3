// HTTP Digest (RFC 7616) as a request handler of @actions/http-client, so API-key calls share the
// client's proxy support and keep-alive connection. digest-fetch's DigestClient parses the challenge
// and computes the response; this handler decides when to answer a challenge and counts nonce use.
import type { RequestOptions } from 'node:http'
import type { HttpClient, HttpClientResponse } from '@actions/http-client'
import type { RequestHandler, RequestInfo } from '@actions/http-client/lib/interfaces'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
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

/** digest-fetch's client, with the algorithm the server asked for and a random client nonce. */
export async function createDigestClient(username: string, password: string, challenge: string): Promise<DigestClient> {
  const Client = await loadDigestClient()
  const algorithm = Client.parse(challenge, 'algorithm') || 'MD5'
  const client = new Client(username, password, { algorithm })
  client.makeNonce = () => randomBytes(16).toString('hex')
  client.digest.nc = 0 // parseAuth counts the new nonce's first use as 1
  client.parseAuth(challenge)
  return client
}

export class DigestAuthHandler implements RequestHandler {
  private client: DigestClient | undefined
  private pendingChallenge: string | undefined
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
    const header = response.message.headers['www-authenticate']
    if (response.message.statusCode !== 401 || typeof header !== 'string' || !/^Digest\s/i.test(header)) {
      return false
    }
    this.pendingChallenge = header
    // Drain the 401's body so its keep-alive connection is free to carry the answer.
    this.challengeDrained = new Promise(resolve => {
      response.message.once('end', resolve).once('close', resolve).resume()
    })
    return true
  }

  /**
   * Answers the challenge once. The answer goes out through requestRaw, which skips the handlers:
   * a second 401 (wrong key) is returned to the caller instead of looping.
   */
  async handleAuthentication(
    httpClient: HttpClient,
    requestInfo: RequestInfo,
    data: string | NodeJS.ReadableStream | null
  ): Promise<HttpClientResponse> {
    this.client = await createDigestClient(this.username, this.password, this.pendingChallenge ?? '')
    await this.challengeDrained
    this.challengesAnswered++
    this.authorize(requestInfo.options)
    return httpClient.requestRaw(requestInfo, data)
  }

  private authorize(options: RequestOptions): void {
    const client = this.client as DigestClient
    // addAuth takes a URL and uses everything from its first path slash on as the digest-uri.
    const signed = client.addAuth(`http://host${options.path ?? '/'}`, {
      method: options.method ?? 'GET',
      headers: {}
    }) as { headers: { Authorization: string } }
    client.digest.nc++
    options.headers = { ...options.headers, authorization: signed.headers.Authorization }
  }
}
