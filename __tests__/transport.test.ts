// The transport and clients over real loopback sockets, with waits observed instead of slept.
import { afterEach, describe, expect, it } from 'vitest'
import { AtlasClient } from '../src/clients/atlas'
import { CloudManagerClient } from '../src/clients/cloud-manager'
import { HttpTransport } from '../src/transport/http'
import { openSession } from '../src/transport/session'
import type { FakeApi } from '../test-server/fake-api.ts'
import { API_KEY, ATLAS_ORG, SOURCE_ORG, startFakeApi } from './helpers/fixtures.ts'

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
  transport = new HttpTransport({ baseUrl: api.url, timeoutMs, userAgent: 'test', log, sleep: async ms => void waits.push(ms) })
  return new AtlasClient(openSession({ kind: 'api-key', ...API_KEY }, transport, { log, onSecret: () => {} }))
}

describe('transport faults', () => {
  it('retries a connection reset mid-response and succeeds', async () => {
    const client = await atlas()
    api.faults.push({ match: /linkTokens$/, status: 200, body: '{"linkToken":"lt-partial-xxxxxxxx"}', resetAfterBytes: 5 })
    const token = await client.createLinkToken(ATLAS_ORG, [])
    expect(token).toMatch(/^lt-/)
    expect(token).not.toBe('lt-partial-xxxxxxxx')
    expect(waits).toHaveLength(1)
    expect(logged[0]).toMatch(/connection closed before the whole body arrived; retrying/)
  })

  it('times out a response slower than the request timeout, retries, then fails clearly', async () => {
    const client = await atlas(300)
    for (let i = 0; i < 4; i++) api.faults.push({ match: /linkTokens$/, status: 201, body: '{}', delayMs: 1500 })
    const started = Date.now()
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(/Create link token failed: POST .*: no answer within the request timeout/)
    expect(waits).toHaveLength(3)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('turns an empty 200 into a clear error, not a crash', async () => {
    const client = await atlas()
    api.faults.push({ match: /linkTokens$/, status: 200, body: '' })
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(
      /Create link token: HTTP 200 from POST .* did not carry 'linkToken' in its body\. Check base-url/
    )
  })

  it('reports a proxy error page in one line after the retries', async () => {
    const client = await atlas()
    for (let i = 0; i < 4; i++) {
      api.faults.push({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' })
    }
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(/HTTP 502 .*non-JSON text\/html body: 502 Bad Gateway\./)
    expect(waits).toHaveLength(3)
  })

  it('gives up at once when Retry-After asks for more than the retry budget', async () => {
    const client = await atlas()
    api.faults.push({ status: 429, headers: { 'retry-after': '120', 'content-type': 'application/json' }, body: '{"error":429,"errorCode":"RATE_LIMITED"}' })
    await expect(client.createLinkToken(ATLAS_ORG, [])).rejects.toThrow(/HTTP 429 .*RATE_LIMITED.*Rate limited/)
    expect(waits).toEqual([])
  })

  it('keeps one connection and one challenge for several calls', async () => {
    api = await startFakeApi()
    transport = new HttpTransport({ baseUrl: api.url, timeoutMs: 2000, userAgent: 'test', log: quiet })
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
