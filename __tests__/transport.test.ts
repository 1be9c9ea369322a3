// The transport and clients over real loopback sockets, with waits observed instead of slept.
import { afterEach, describe, expect, it } from 'vitest'
import { MigrationClient } from '../src/clients/migration'
import { CloudManagerClient } from '../src/link/cloud-manager-client'
import { AtlasClient } from '../src/link/link-token-client'
import { HttpTransport } from '../src/transport/http'
import { openSession } from '../src/transport/session'
import type { FakeApi } from '../test-server/fake-api.ts'
import { API_KEY, ATLAS_ORG, SERVICE_ACCOUNT, SOURCE_ORG, startFakeApi } from './helpers/fixtures.ts'

let api: FakeApi
let transport: HttpTransport
afterEach(async () => {
  transport?.dispose()
  await api?.close()
})
const quiet = { info() {}, debug() {}, warning() {} }

const waits: number[] = []
const logged: string[] = []
async function atlas(timeoutMs = 2000): Promise<AtlasClient> {
  api = await startFakeApi()
  waits.length = 0
  logged.length = 0
  const log = { info: (m: string) => logged.push(m), debug: () => {}, warning: (m: string) => logged.push(m) }
  transport = new HttpTransport({
    baseUrl: api.url,
    timeoutMs,
    userAgent: 'test',
    signal: new AbortController().signal,
    log,
    sleep: async ms => void waits.push(ms)
  })
  return new AtlasClient(openSession({ kind: 'api-key', ...API_KEY }, transport, { log, onSecret: () => {} }))
}

describe('transport faults', () => {
  it('retries a connection reset mid-response of a read and succeeds', async () => {
    await atlas()
    const cm = new CloudManagerClient(
      openSession({ kind: 'api-key', ...API_KEY }, transport, { log: quiet, onSecret: () => {} })
    )
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    api.faults.push({ match: /status$/, status: 200, body: '{"status":"NOT_SYNCED"}', resetAfterBytes: 5 })
    expect(await cm.getLinkStatus(SOURCE_ORG)).toBe('SYNCED')
    expect(waits).toHaveLength(1)
  })

  it('does not repeat a link-token POST the server may have acted on, and says a token may exist', async () => {
    const client = await atlas()
    api.faults.push({
      match: /linkTokens$/,
      status: 200,
      body: '{"linkToken":"lt-partial-xxxxxxxx"}',
      resetAfterBytes: 5
    })
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(
      /Create link token failed: POST .*: .*connection closed before the whole body arrived.* Not retried, since the server may have acted on it: a link token may have been created in org/
    )
    expect(waits).toEqual([])
    for (const status of [500, 502, 504]) {
      api.faults.push({ match: /linkTokens$/, status, body: '' })
      await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(
        new RegExp(`HTTP ${status} .*Not retried.*a link token may have been created`)
      )
    }
    expect(waits).toEqual([])
    expect(api.tokensCreated).toBe(0)
  })

  it('repeats a link-token POST after a 503 or a 429, where the server did not act', async () => {
    const client = await atlas()
    api.faults.push(
      { match: /linkTokens$/, status: 503, body: '' },
      { match: /linkTokens$/, status: 429, body: '', headers: { 'retry-after': '7' } }
    )
    expect(await client.createLinkToken(ATLAS_ORG, [])).toMatch(/^lt-/)
    expect(waits).toHaveLength(2)
    expect(waits[1]).toBeGreaterThanOrEqual(7000)
    expect(api.tokensCreated).toBe(1)
  })

  it('repeats a link-token POST whose connection was refused (nothing was sent), then fails clearly', async () => {
    api = await startFakeApi()
    const closed = api.url
    await api.close()
    waits.length = 0
    transport = new HttpTransport({
      baseUrl: closed,
      timeoutMs: 2000,
      userAgent: 'test',
      signal: new AbortController().signal,
      log: quiet,
      sleep: async ms => void waits.push(ms)
    })
    const client = new AtlasClient(
      openSession({ kind: 'access-token', accessToken: 'x' }, transport, { log: quiet, onSecret: () => {} })
    )
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(
      /connection refused\. Check base-url \(host and port\)/
    )
    expect(waits).toHaveLength(3)
    api = await startFakeApi() // for afterEach
  })

  it('gives up on a silent host after two tries of the request timeout', async () => {
    await atlas(300)
    const cm = new CloudManagerClient(
      openSession({ kind: 'api-key', ...API_KEY }, transport, { log: quiet, onSecret: () => {} })
    )
    for (let i = 0; i < 4; i++) api.faults.push({ status: 200, body: '{}', delayMs: 1500 })
    await expect(cm.getLinkStatus(SOURCE_ORG)).rejects.toThrow(
      /Get link status failed: GET .*: no answer within the request timeout/
    )
    expect(waits).toHaveLength(1)
    expect(api.faults).toHaveLength(2) // two tries, each ended by the timeout
  })

  it('turns an empty 200 to a write into "it may have taken effect", with what to check, not a crash', async () => {
    const client = await atlas()
    api.faults.push({ match: /linkTokens$/, status: 200, body: '' })
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(
      /^Create link token: HTTP 200 from POST \S+ did not carry 'linkToken' in its body\. It may have taken effect all the same: a link token may have been created in org \w+; .* The host did not answer like the MongoDB API: check base-url/
    )
    const reader = new MigrationClient(
      openSession({ kind: 'api-key', ...API_KEY }, transport, { log: quiet, onSecret: () => {} })
    )
    api.faults.push({ match: /^GET /, status: 200, body: '' })
    await expect(reader.get('7c8d9e0f1a2b3c4d5e6f7a8b', '6650aa00bb11cc22dd33ee77')).rejects.toThrow(
      /^Get migration: HTTP 200 from GET \S+ did not carry '_id' in its body\. The host did not answer like the MongoDB API/
    )
  })

  it('reports a proxy error page in one line after the retries', async () => {
    await atlas()
    const cm = new CloudManagerClient(
      openSession({ kind: 'api-key', ...API_KEY }, transport, { log: quiet, onSecret: () => {} })
    )
    for (let i = 0; i < 4; i++) {
      api.faults.push({
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<html><body><h1>502 Bad Gateway</h1></body></html>'
      })
    }
    await expect(cm.getLinkStatus(SOURCE_ORG)).rejects.toThrow(/HTTP 502 .*non-JSON text\/html body: 502 Bad Gateway\./)
    expect(waits).toHaveLength(3)
  })

  it('honours a 429 Retry-After of 55 s, as Atlas documents, and says how long the call may take', async () => {
    const client = await atlas()
    api.faults.push({
      status: 429,
      headers: { 'retry-after': '55', 'content-type': 'application/json' },
      body: '{"error":429,"errorCode":"RATE_LIMITED_TOKEN_BUCKET"}'
    })
    expect(await client.createLinkToken(ATLAS_ORG, [])).toMatch(/^lt-/)
    expect(waits[0]).toBeGreaterThanOrEqual(55_000)
    expect(waits[0]).toBeLessThanOrEqual(56_000)
    expect(logged[0]).toMatch(
      /Create link token: HTTP 429; retrying in 5\d\.\d s as the server asks \(Retry-After\); this call gives up after 300 s in all\./
    )
  })

  it('fails at once, with the wait asked for, when Retry-After is past the two-minute cap', async () => {
    const client = await atlas()
    api.faults.push({
      status: 429,
      headers: { 'retry-after': '600', 'content-type': 'application/json' },
      body: '{"error":429,"errorCode":"RATE_LIMITED"}'
    })
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(
      /HTTP 429 .*RATE_LIMITED\. The server asked to wait 600 s before retrying \(Retry-After\), longer than the 120 s this action waits at once: re-run later\./
    )
    expect(waits).toEqual([])
  })

  it('stops 429 retries at the call budget', async () => {
    const client = await atlas()
    for (let i = 0; i < 10; i++) api.faults.push({ status: 429, headers: { 'retry-after': '100' }, body: '' })
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(
      /HTTP 429 .*Gave up: the next retry would pass this call's limit of 300 s\./
    )
    expect(waits).toHaveLength(2) // 100 s + 100 s; a third would end past 300 s with its 2 s try
  })
})

describe('service-account sessions', () => {
  async function serviceAccount(options: Parameters<typeof startFakeApi>[0] = {}) {
    api = await startFakeApi(options)
    logged.length = 0
    const log = { info: (m: string) => logged.push(m), debug: () => {}, warning: (m: string) => logged.push(m) }
    transport = new HttpTransport({
      baseUrl: api.url,
      timeoutMs: 2000,
      userAgent: 'test',
      log,
      signal: new AbortController().signal
    })
    let clock = Date.now()
    const session = openSession({ kind: 'service-account', ...SERVICE_ACCOUNT }, transport, {
      log,
      onSecret: () => {},
      now: () => clock
    })
    return {
      session,
      cm: new CloudManagerClient(session),
      advance: (ms: number) => {
        clock += ms
      }
    }
  }

  it('gets a new token before the old one expires, revokes the old one, and revokes the last at close', async () => {
    const { session, cm, advance } = await serviceAccount()
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    await cm.getLinkStatus(SOURCE_ORG)
    advance(3_000_000) // 50 min: still well inside 3600 s less the renewal margin
    await cm.getLinkStatus(SOURCE_ORG)
    expect(api.issuedAccessTokens.size).toBe(1)
    advance(550_000) // 59 min 10 s: within the last minute
    await cm.getLinkStatus(SOURCE_ORG)
    expect(api.issuedAccessTokens.size).toBe(2)
    expect(api.revokedAccessTokens.size).toBe(1)
    expect(logged).toContain('The service account access token is about to expire: getting a new one.')
    await session.close()
    expect([...api.issuedAccessTokens].every(token => api.revokedAccessTokens.has(token))).toBe(true)
  })

  it('does not repeat the token POST once the server may have issued one (it is not idempotent)', async () => {
    const { cm } = await serviceAccount()
    api.faults.push({ match: /oauth\/token$/, status: 500, body: '' })
    await expect(cm.getLinkStatus(SOURCE_ORG)).rejects.toThrow(
      /HTTP 500 .*Not retried, since the server may have acted on it: a token may have been issued whose answer was lost/
    )
    expect(api.requests.filter(r => r.path === '/api/oauth/token')).toHaveLength(1)
    api.faults.push({ match: /oauth\/token$/, status: 503, body: '' })
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    expect(await cm.getLinkStatus(SOURCE_ORG)).toBe('SYNCED') // a 503 did not act: asked again
    expect(api.issuedAccessTokens.size).toBe(1)
  })

  it('gets one new token on a 401 that says the token is invalid, and goes on', async () => {
    const { session, cm } = await serviceAccount()
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    await cm.getLinkStatus(SOURCE_ORG)
    for (const token of api.issuedAccessTokens) api.revokedAccessTokens.add(token) // revoked behind our back
    expect(await cm.getLinkStatus(SOURCE_ORG)).toBe('SYNCED')
    expect(api.issuedAccessTokens.size).toBe(2)
    expect(logged.some(line => /the access token was refused \(HTTP 401\); getting a new one/.test(line))).toBe(true)
    await session.close()
  })

  it('says what to check when the token endpoint answers an HTML page with 200', async () => {
    const { cm } = await serviceAccount()
    api.faults.push({
      match: /oauth\/token$/,
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html><title>Sign in</title><body>Corporate SSO</body></html>'
    })
    await expect(cm.getLinkStatus(SOURCE_ORG)).rejects.toThrow(
      /^Get service account access token failed: HTTP 200 from POST \/api\/oauth\/token was not a token \(non-JSON text\/html body: Sign in Corporate SSO\)\. Check base-url, and whether a proxy or single sign-on page answers in the API's place\.$/
    )
  })

  it('points to API keys when the host has no token endpoint (Cloud Manager, Ops Manager)', async () => {
    const { cm } = await serviceAccount()
    api.faults.push({
      match: /oauth\/token$/,
      status: 404,
      headers: { 'content-type': 'text/html' },
      body: '<html>Not Found</html>'
    })
    await expect(cm.getLinkStatus(SOURCE_ORG)).rejects.toThrow(
      /has no service-account token endpoint\. Cloud Manager and Ops Manager take API keys: set public-key and private-key/
    )
  })
})

describe('sessions', () => {
  it('counts nonce uses in hexadecimal past nine, as the server reads them (RFC 7616 §3.4)', async () => {
    api = await startFakeApi()
    transport = new HttpTransport({
      baseUrl: api.url,
      timeoutMs: 2000,
      userAgent: 'test',
      log: quiet,
      signal: new AbortController().signal
    })
    const cm = new CloudManagerClient(
      openSession({ kind: 'api-key', ...API_KEY }, transport, { log: quiet, onSecret() {} })
    )
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    for (let i = 0; i < 17; i++) await cm.getLinkStatus(SOURCE_ORG)
    const ncs = api.requests.slice(1).map(r => /nc=([0-9a-f]{8})/.exec(r.headers.authorization ?? '')?.[1])
    expect(ncs).toEqual(Array.from({ length: 17 }, (_, i) => (i + 1).toString(16).padStart(8, '0')))
    expect(ncs[9]).toBe('0000000a')
    expect(api.requests.slice(1).every(r => r.status === 200)).toBe(true)
  })

  it('keeps one connection and one challenge for several calls', async () => {
    api = await startFakeApi()
    transport = new HttpTransport({
      baseUrl: api.url,
      timeoutMs: 2000,
      userAgent: 'test',
      log: quiet,
      signal: new AbortController().signal
    })
    const session = openSession({ kind: 'api-key', ...API_KEY }, transport, { log: quiet, onSecret() {} })
    const atlasClient = new AtlasClient(session)
    const cm = new CloudManagerClient(session)
    const token = await atlasClient.createLinkToken(ATLAS_ORG, ['10.1.1.1'])
    expect(await cm.linkOrganization(SOURCE_ORG, token)).toBe('SYNCED')
    expect(await cm.getLinkStatus(SOURCE_ORG)).toBe('SYNCED')
    expect(await cm.unlinkOrganization(SOURCE_ORG)).toBe(true)
    expect(await cm.unlinkOrganization(SOURCE_ORG)).toBe(false)
    expect(api.challenges).toBe(1)
    expect(api.connections).toBe(1)
    expect(api.requests).toHaveLength(6)
  })
})
