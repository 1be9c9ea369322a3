// The bundled action against real, independent peers on 127.0.0.1: Apache httpd checking HTTP
// Digest, TLS with a private CA, and Squid as a forward proxy. A test server written by the same
// hands as the client can share its mistakes; these can't.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { FakeApi } from '../test-server/fake-api.ts'
import type { Peer, PrivateCa } from '../test-server/peers.ts'
import { freePort, makePrivateCa, startApache, startSquid, TEST_HOST } from '../test-server/peers.ts'
// Through the bundle: NODE_EXTRA_CA_CERTS and the proxy variables are read by a process as it starts.
import { errorLines, runBundle as runAction } from '../test-server/run-action.ts'
import { API_KEY, ATLAS_ORG, expectNoLeak, SOURCE_API_KEY, SOURCE_ORG, startFakeApi } from './helpers/fixtures.ts'

const running: { stop(): Promise<void> }[] = []
afterEach(async () => {
  while (running.length > 0) await running.pop()?.stop()
})

const users = [
  { username: API_KEY.publicKey, password: API_KEY.privateKey },
  { username: SOURCE_API_KEY.publicKey, password: SOURCE_API_KEY.privateKey }
]
const key = { 'public-key': API_KEY.publicKey, 'private-key': API_KEY.privateKey }

async function behindApache(options: { nonceLifetimeSeconds?: number; notSyncedPolls?: number } = {}) {
  const api = await startFakeApi({ trustProxyAuth: true, notSyncedPolls: options.notSyncedPolls })
  running.push({ stop: () => api.close() })
  const apache = await startApache({ backend: api.url, users, nonceLifetimeSeconds: options.nonceLifetimeSeconds })
  running.push(apache)
  return { api, apache }
}

/** Apache's access log: one line per request, "METHOD PATH STATUS AUTHORIZATION". */
function apacheRequests(apache: Peer): { method: string; path: string; status: number; nc?: string; nonce?: string }[] {
  return apache
    .log()
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(line => {
      const [method, path, status] = line.split(' ')
      return {
        method: method as string,
        path: path as string,
        status: Number(status),
        nc: /nc=([0-9a-f]+)/.exec(line)?.[1],
        nonce: /nonce=\\?"([^"\\]+)/.exec(line)?.[1] // Apache logs the quotes as \"
      }
    })
}

describe('Apache httpd with mod_auth_digest in front of the API', () => {
  it.each([
    ['create-link-token', ATLAS_ORG, {}],
    ['delete-link-token', ATLAS_ORG, {}],
    ['link-status', SOURCE_ORG, {}],
    ['unlink-org', SOURCE_ORG, {}]
  ] as const)('%s authenticates with one challenge', async (mode, orgId, _extra) => {
    const { api, apache } = await behindApache()
    api.linkTokens.set(ATLAS_ORG, ['lt-existing'])
    api.links.set(SOURCE_ORG, { linkToken: 'lt-existing', pollsLeft: 0 })
    const run = await runAction({ mode, 'org-id': orgId, 'base-url': apache.url, ...key })
    expect(run.code, run.log).toBe(0)
    expect(apacheRequests(apache).map(r => r.status)).toEqual([
      401,
      mode.startsWith('create') ? 201 : mode === 'link-status' ? 200 : 204
    ])
    expectNoLeak(run, api)
  })

  it('link-org reuses the nonce with a rising nc through every status poll', async () => {
    const { api, apache } = await behindApache({ notSyncedPolls: 2 })
    api.linkTokens.set(ATLAS_ORG, ['lt-existing'])
    const run = await runAction({
      mode: 'link-org',
      'org-id': SOURCE_ORG,
      'base-url': apache.url,
      ...key,
      'link-token': 'lt-existing',
      'wait-for-sync': 'true'
    })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs.status).toBe('SYNCED')
    const requests = apacheRequests(apache)
    expect(requests.map(r => r.status)).toEqual([401, 201, 200, 200, 200])
    const signed = requests.slice(1)
    expect(signed[0]?.nonce).toMatch(/^\S{20,}$/)
    expect(new Set(signed.map(r => r.nonce)).size).toBe(1)
    expect(signed.map(r => r.nc)).toEqual(['00000001', '00000002', '00000003', '00000004'])
  })

  it('answers stale=true with one new challenge when the nonce expires mid-run', async () => {
    const { api, apache } = await behindApache({ nonceLifetimeSeconds: 1, notSyncedPolls: 4 })
    api.linkTokens.set(ATLAS_ORG, ['lt-existing'])
    const run = await runAction({
      mode: 'link-org',
      'org-id': SOURCE_ORG,
      'base-url': apache.url,
      ...key,
      'link-token': 'lt-existing',
      'wait-for-sync': 'true'
    })
    expect(run.code, run.log).toBe(0)
    const requests = apacheRequests(apache)
    // POST: challenge + answer; then each poll after the 1 s lifetime: a stale 401 and an answer on a new nonce.
    const statuses = requests.map(r => r.status)
    expect(statuses.slice(0, 2)).toEqual([401, 201])
    const stale = statuses.slice(2).filter(status => status === 401).length
    expect(stale).toBeGreaterThanOrEqual(1)
    expect(statuses.slice(2).join(',')).toMatch(/^((401,)?200,?)+$/)
    const nonces = requests.filter(r => r.status !== 401).map(r => r.nonce)
    expect(new Set(nonces).size).toBe(1 + stale)
    expect(run.outputs.status).toBe('SYNCED')
  })

  it('create-and-link passes both sides through Apache', async () => {
    const { api, apache } = await behindApache()
    const run = await runAction({
      mode: 'create-and-link',
      'org-id': ATLAS_ORG,
      'base-url': apache.url,
      ...key,
      'source-org-id': SOURCE_ORG,
      'source-base-url': apache.url,
      'source-public-key': SOURCE_API_KEY.publicKey,
      'source-private-key': SOURCE_API_KEY.privateKey
    })
    expect(run.code, run.log).toBe(0)
    expect(api.links.get(SOURCE_ORG)?.linkToken).toBe(api.linkTokens.get(ATLAS_ORG)?.[0])
    expect(apacheRequests(apache).map(r => `${r.method} ${r.status}`)).toEqual([
      'POST 401',
      'POST 201',
      'POST 401',
      'POST 201'
    ])
    expectNoLeak(run, api)
  })

  it('fails a wrong key after one challenge round, with one clear line', async () => {
    const { api, apache } = await behindApache()
    const run = await runAction({
      mode: 'create-link-token',
      'org-id': ATLAS_ORG,
      'base-url': apache.url,
      'public-key': API_KEY.publicKey,
      'private-key': 'wrong-key-000000'
    })
    expect(run.code).toBe(1)
    expect(apacheRequests(apache).map(r => r.status)).toEqual([401, 401])
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /HTTP 401 from POST .*non-JSON text\/html body: 401 Unauthorized.*Check public-key \/ private-key/
      )
    ])
    expect(api.requests).toEqual([])
    expect(run.log).not.toMatch(/^\s+at /m)
  })
})

describe('HTTPS with a private certificate authority', () => {
  let ca: PrivateCa
  beforeAll(() => {
    ca = makePrivateCa()
  })
  afterAll(() => ca?.remove())

  async function tlsApi(): Promise<FakeApi> {
    const api = await startFakeApi({ tls: { key: ca.key, cert: ca.cert } })
    running.push({ stop: () => api.close() })
    return api
  }

  it('fails with a clear TLS error, and no retry, without the CA', async () => {
    const api = await tlsApi()
    const run = await runAction({ mode: 'create-link-token', 'org-id': ATLAS_ORG, 'base-url': api.url, ...key })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/TLS certificate not trusted \(\w+\)\. .*set NODE_EXTRA_CA_CERTS/)
    ])
    expect(api.requests).toEqual([])
    expect(run.log).not.toMatch(/retrying/)
  })

  it('succeeds with NODE_EXTRA_CA_CERTS pointing at the CA, as the README advises', async () => {
    const api = await tlsApi()
    const run = await runAction(
      { mode: 'create-link-token', 'org-id': ATLAS_ORG, 'base-url': api.url, ...key },
      { NODE_EXTRA_CA_CERTS: ca.caFile }
    )
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['link-token']).toMatch(/^lt-/)
    expect(api.connections).toBe(1)
  })

  it('succeeds with the CA given as the ca-certificate input, with no env at all', async () => {
    const api = await tlsApi()
    const run = await runAction({
      mode: 'create-link-token',
      'org-id': ATLAS_ORG,
      'base-url': api.url,
      ...key,
      'ca-certificate': readFileSync(ca.caFile, 'utf8')
    })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['link-token']).toMatch(/^lt-/)
    expect(run.log).toContain('Trusting the CA certificate CN=Test Ops Manager CA (ca-certificate).')
  })

  it('still trusts the public CAs when ca-certificate is set', async () => {
    // A second private CA: its certificate is added, the first CA's server must still fail, and
    // Node's bundled roots are still there (checked by their count, without leaving this machine).
    const other = makePrivateCa()
    try {
      const api = await tlsApi()
      const run = await runAction({
        mode: 'create-link-token',
        'org-id': ATLAS_ORG,
        'base-url': api.url,
        ...key,
        'ca-certificate': readFileSync(other.caFile, 'utf8')
      })
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([expect.stringMatching(/TLS certificate not trusted .*ca-certificate/)])
    } finally {
      other.remove()
    }
  })

  describe('through a forward proxy (Squid)', () => {
    it('sends requests through https_proxy, and around it for no_proxy hosts', async () => {
      const api = await tlsApi()
      const proxy = await startSquid({ hosts: { [TEST_HOST]: '127.0.0.1' } })
      running.push(proxy)
      const port = new URL(api.url).port
      const inputs = {
        mode: 'create-link-token',
        'org-id': ATLAS_ORG,
        'base-url': `https://${TEST_HOST}:${port}`,
        ...key,
        'ca-certificate': readFileSync(ca.caFile, 'utf8') // trusted through the tunnel agent too
      }
      const env = { https_proxy: proxy.url }

      // Only the proxy can resolve the name: success means the requests went through it.
      const proxied = await runAction(inputs, env)
      expect(proxied.code, proxied.log).toBe(0)
      const tunnels = () =>
        proxy.log().match(new RegExp(`CONNECT ${TEST_HOST.replace('.', '\\.')}:${port}`, 'g'))?.length ?? 0
      // One tunnel per request: the tunnel agent of @actions/http-client closes idle tunnels, so
      // keep-alive does not survive a proxy (measured here; see the README).
      expect(api.requests.map(r => r.status)).toEqual([401, 201])
      expect(tunnels()).toBe(2)

      // no_proxy: straight to the host, resolved here; the proxy sees nothing more.
      const direct = await runAction(inputs, {
        ...env,
        no_proxy: TEST_HOST,
        NODE_OPTIONS: `--import ${resolve(import.meta.dirname, '../test-server/resolve-test-host.mjs')}`,
        TEST_HOSTS: `${TEST_HOST}=127.0.0.1`
      })
      expect(direct.code, direct.log).toBe(0)
      expect(tunnels()).toBe(2)
      expect(api.linkTokens.get(ATLAS_ORG)).toHaveLength(2)
    })

    it('fails with one clear line, after bounded retries, when the proxy cannot reach the host', async () => {
      const proxy = await startSquid({ hosts: { [TEST_HOST]: '127.0.0.1' } })
      running.push(proxy)
      const closedPort = await freePort()
      const run = await runAction(
        { mode: 'create-link-token', 'org-id': ATLAS_ORG, 'base-url': `https://${TEST_HOST}:${closedPort}`, ...key },
        { https_proxy: proxy.url }
      )
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /^Create link token failed: POST https:\/\/opsmanager\.test:\d+\/.*: the proxy could not open a tunnel to the host \(it answered HTTP 503 to CONNECT\)/
        )
      ])
      expect(run.log.match(/retrying in/g)).toHaveLength(3)
      expect(run.log).not.toMatch(/^\s+at /m)
    })
  })
})
