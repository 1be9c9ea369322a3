// The edges a platform team meets: hosts that are not the API, challenges and tokens that change
// under a long wait, rate limits, silent hosts, IPv6 literals. All through dist/index.js.

import type { Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeApi } from '../test-server/fake-api.ts'
import { errorLines, runAction } from '../test-server/run-action.ts'
import {
  API_KEY,
  ATLAS_ORG,
  CREDENTIALS,
  expectNoLeak,
  SOURCE_API_KEY,
  SOURCE_ORG,
  startFakeApi
} from './helpers/fixtures.ts'

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()?.()
})

async function fakeApi(options: ConstructorParameters<typeof FakeApi>[0] = {}): Promise<FakeApi> {
  const api = await startFakeApi(options)
  cleanup.push(() => api.close())
  return api
}

/** A host that answers every request the same way: a proxy with the wrong prefix, a typo'd host. */
async function sameAnswerHost(
  status: number,
  headers: Record<string, string>,
  body: string
): Promise<{ url: string; hits: string[] }> {
  const hits: string[] = []
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`)
    req.resume()
    res.writeHead(status, headers)
    res.end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  cleanup.push(() => new Promise(resolve => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits }
}

const key = CREDENTIALS['api-key']

describe('never report success for what did not happen', () => {
  const notTheApi: [string, number, Record<string, string>, string][] = [
    ['an HTML 404', 404, { 'content-type': 'text/html' }, '<html><body><h1>Not Found</h1></body></html>'],
    ['a 404 with no body', 404, {}, ''],
    [
      'a JSON 404 without an errorCode',
      404,
      { 'content-type': 'application/json' },
      '{"message":"Not Found","status":404}'
    ]
  ]
  it.each(notTheApi)(
    'unlink-org and delete-link-token fail against a host answering %s',
    async (_name, status, headers, body) => {
      const host = await sameAnswerHost(status, headers, body)
      for (const [mode, orgId] of [
        ['unlink-org', SOURCE_ORG],
        ['delete-link-token', ATLAS_ORG]
      ] as const) {
        const run = await runAction({ mode, 'org-id': orgId, 'base-url': host.url, ...CREDENTIALS['access-token'] })
        expect(run.code, run.log).toBe(1)
        expect(errorLines(run)).toEqual([
          expect.stringMatching(
            /HTTP 404 from DELETE .*\. The host did not answer like the MongoDB API: check base-url; give the host only/
          )
        ])
        expect(run.outputs.status).toBeUndefined()
        expect(run.log).not.toMatch(/nothing to (remove|delete)/)
      }
    }
  )

  it('unlink-org fails on a 2xx HTML page instead of calling it "Link removed"', async () => {
    const host = await sameAnswerHost(
      200,
      { 'content-type': 'text/html' },
      '<html><body>Welcome to the portal</body></html>'
    )
    const run = await runAction({
      mode: 'unlink-org',
      'org-id': SOURCE_ORG,
      'base-url': host.url,
      ...CREDENTIALS['access-token']
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /HTTP 200 from DELETE .* is not an API answer \(non-JSON text\/html body: Welcome to the portal\)\. It may have taken effect all the same: the link of org \w+ may be removed; check with mode link-status\. The host did not answer like the MongoDB API: check base-url/
      )
    ])
    expect(run.log).not.toContain('Link removed')
    expect(run.outputs.status).toBeUndefined()
  })

  it('still takes the API\'s own "no link" answers as nothing to do', async () => {
    const api = await fakeApi()
    const unlink = await runAction({ mode: 'unlink-org', 'org-id': SOURCE_ORG, 'base-url': api.url, ...key })
    const del = await runAction({ mode: 'delete-link-token', 'org-id': ATLAS_ORG, 'base-url': api.url, ...key })
    expect([unlink.code, del.code]).toEqual([0, 0])
    expect(unlink.outputs.status).toBe('UNLINKED')
    expect(del.log).toContain('nothing to delete')
  })

  it('link-status on an org without a link says so', async () => {
    const api = await fakeApi()
    const run = await runAction({ mode: 'link-status', 'org-id': SOURCE_ORG, 'base-url': api.url, ...key })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^Org \w+ has no migration link \(Get link status failed: HTTP 404 .*RESOURCE_NOT_FOUND.*\) Link it with mode link-org or create-and-link\.$/
      )
    ])
    expect(run.log).not.toContain('the organization must exist')
  })

  it.each(['https://cloud.mongodb.com/api/public/v1.0', 'https://cloud.mongodb.com/api/atlas/v2/'])(
    'rejects base-url %s before any request',
    async url => {
      const host = await sameAnswerHost(404, {}, '')
      const run = await runAction(
        { mode: 'unlink-org', 'org-id': SOURCE_ORG, 'base-url': url, ...key },
        { https_proxy: host.url }
      )
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([
        expect.stringMatching(/Input 'base-url' must be the host only, such as https:\/\/cloud\.mongodb\.com/)
      ])
      expect(host.hits).toEqual([])
    }
  )
})

describe('Digest challenges as RFC 7616 and 7235 allow them', () => {
  it('answers stale=true on the first answered challenge with the new nonce, and succeeds', async () => {
    const api = await fakeApi()
    api.staleAnswers = 1
    const run = await runAction({ mode: 'create-link-token', 'org-id': ATLAS_ORG, 'base-url': api.url, ...key })
    expect(run.code, run.log).toBe(0)
    expect(api.requests.map(r => r.status)).toEqual([401, 401, 201])
    expect(api.tokensCreated).toBe(1)
  })

  it('ends after a bounded number of rounds when the server keeps answering stale=true', async () => {
    const api = await fakeApi()
    api.staleAnswers = 1000
    const run = await runAction({ mode: 'link-status', 'org-id': SOURCE_ORG, 'base-url': api.url, ...key })
    expect(run.code).toBe(1)
    expect(api.requests.length).toBeLessThanOrEqual(4)
    expect(errorLines(run)).toEqual([expect.stringMatching(/HTTP 401 .*Check public-key \/ private-key/)])
  })

  it.each(['same-field', 'own-field'] as const)(
    'picks Digest out of a 401 that offers Basic too (%s)',
    async basicChallenge => {
      const api = await fakeApi({ basicChallenge })
      const run = await runAction({ mode: 'create-link-token', 'org-id': ATLAS_ORG, 'base-url': api.url, ...key })
      expect(run.code, run.log).toBe(0)
      expect(api.requests.map(r => r.status)).toEqual([401, 201])
      expect(api.requests[1]?.headers.authorization).toMatch(/^Digest username="kqzwtmvb",realm="MMS Public API",/)
      expectNoLeak(run, api)
    }
  )
})

describe('service-account sessions that outlast their tokens', () => {
  it('gets a new token before the old one expires during a wait, and revokes every token', async () => {
    // Polls at 0.1, 0.3, 0.7, 1.5 and 3.1 s: the wait outlasts the 2 s token.
    const api = await fakeApi({ tokenLifetimeSeconds: 2, notSyncedPolls: 4 })
    api.linkTokens.set(ATLAS_ORG, ['lt-preissued-for-wait'])
    const run = await runAction({
      mode: 'link-org',
      'org-id': SOURCE_ORG,
      'base-url': api.url,
      ...CREDENTIALS['service-account'],
      'link-token': 'lt-preissued-for-wait',
      'wait-for-sync': 'true'
    })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs.status).toBe('SYNCED')
    expect(api.issuedAccessTokens.size).toBeGreaterThanOrEqual(2)
    expect([...api.issuedAccessTokens].every(token => api.revokedAccessTokens.has(token))).toBe(true)
    expect(api.requests.filter(r => r.status === 401)).toEqual([]) // renewed before expiry, never refused
    expect(run.log).toContain('The service account access token is about to expire: getting a new one.')
    expectNoLeak(run, api, ['lt-preissued-for-wait'])
  })

  it('gives one line when the token endpoint answers an HTML page with 200', async () => {
    const api = await fakeApi()
    api.faults.push({
      match: /oauth\/token$/,
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html><title>Sign in</title></html>'
    })
    const run = await runAction({
      mode: 'link-status',
      'org-id': SOURCE_ORG,
      'base-url': api.url,
      ...CREDENTIALS['service-account']
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^Get service account access token failed: HTTP 200 from POST .*\/api\/oauth\/token was not a token \(non-JSON text\/html body: Sign in\)\. Check base-url/
      )
    ])
    expect(run.log).not.toContain('Unexpected token')
  })
})

describe('retries and bounds', () => {
  it('fails a 429 whose Retry-After is past the cap in one line that gives the wait asked for', async () => {
    const api = await fakeApi()
    api.faults.push({
      match: /linkTokens$/,
      status: 429,
      headers: { 'retry-after': '900', 'content-type': 'application/json' },
      body: '{"error":429,"errorCode":"RATE_LIMITED_TOKEN_BUCKET","detail":"Slow down."}'
    })
    const run = await runAction({
      mode: 'create-link-token',
      'org-id': ATLAS_ORG,
      'base-url': api.url,
      ...CREDENTIALS['access-token']
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /HTTP 429 .*RATE_LIMITED_TOKEN_BUCKET: Slow down\. The server asked to wait 900 s .*re-run later\./
      )
    ])
    expect(api.requests).toHaveLength(1) // not asked again
  })

  it('stops a long Retry-After wait at once when the runner cancels the job', async () => {
    const api = await fakeApi()
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    api.faults.push({ match: /status$/, status: 429, headers: { 'retry-after': '100' }, body: '' })
    const run = await runAction(
      { mode: 'link-status', 'org-id': SOURCE_ORG, 'base-url': api.url, ...CREDENTIALS['service-account'] },
      {},
      { signal: { name: 'SIGTERM', when: /retrying in 10\d\.\d s/ } }
    )
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/^Cancelled \(SIGTERM\): the runner is stopping the job\.$/)
    ])
    expect(api.requests.filter(r => /status$/.test(r.path))).toHaveLength(1) // the wait ended: no retry
    expect([...api.issuedAccessTokens].every(token => api.revokedAccessTokens.has(token))).toBe(true)
  })

  it('bounds a host that accepts connections and never answers to two request timeouts', async () => {
    const sockets: import('node:net').Socket[] = []
    let requests = 0
    const silent = createServer(() => void requests++) // reads the request, never answers
    silent.on('connection', socket => sockets.push(socket))
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    cleanup.push(
      () =>
        new Promise(resolve => {
          for (const socket of sockets) socket.destroy()
          silent.close(() => resolve())
        })
    )
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
    const run = await runAction({
      mode: 'link-status',
      'org-id': SOURCE_ORG,
      'base-url': url,
      ...CREDENTIALS['access-token'],
      'request-timeout-seconds': '1'
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(/no answer within the request timeout\. Check base-url/)])
    expect(requests).toBe(2) // two silent tries, then the call ends
  })
})

describe('hosts and hints', () => {
  it('reaches an IPv6 literal host, http://[::1]:port', async () => {
    const api = new FakeApi({ apiKeys: [API_KEY], atlasOrgs: [ATLAS_ORG] })
    await api.listen(0, '::1')
    cleanup.push(() => api.close())
    expect(api.url).toMatch(/^http:\/\/\[::1\]:\d+$/)
    const run = await runAction({ mode: 'create-link-token', 'org-id': ATLAS_ORG, 'base-url': api.url, ...key })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['link-token']).toBe(api.linkTokens.get(ATLAS_ORG)?.[0])
  })

  it('names source-base-url when the source host fails in create-and-link', async () => {
    const api = await fakeApi()
    const closed = await sameAnswerHost(200, {}, '')
    await cleanup.pop()?.() // close it now: its port refuses connections
    const host = closed.url
    const run = await runAction({
      mode: 'create-and-link',
      'org-id': ATLAS_ORG,
      'base-url': api.url,
      ...key,
      'source-org-id': SOURCE_ORG,
      'source-public-key': SOURCE_API_KEY.publicKey,
      'source-private-key': SOURCE_API_KEY.privateKey,
      'source-base-url': host
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /Link organization failed: POST .*: connection refused\. Check source-base-url \(host and port\)\./
      )
    ])
  })

  it('says "https to a plain-HTTP port?" in one line for a TLS handshake with an HTTP server', async () => {
    const api = await fakeApi()
    const run = await runAction({
      mode: 'link-status',
      'org-id': SOURCE_ORG,
      'base-url': api.url.replace('http:', 'https:'),
      ...key
    })
    expect(run.code).toBe(1)
    const lines = errorLines(run)
    expect(lines).toEqual([
      expect.stringMatching(
        /TLS handshake failed: the port answered in plain HTTP \(https:\/\/ to a plain-HTTP port\?\)\. Check base-url: its scheme and port\.$/
      )
    ])
    expect(lines[0]).not.toContain('\n')
  })
})
