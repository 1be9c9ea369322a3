// The bundled dist/index.js, run as the runner runs it, against the loopback API stand-in.
import { afterEach, describe, expect, it } from 'vitest'
import type { FakeApi, Fault } from '../test-server/fake-api.ts'
import { errorLines, runAction, runBundle } from '../test-server/run-action.ts'
import type { CredentialKind } from './helpers/fixtures.ts'
import {
  API_KEY,
  ATLAS_ORG,
  CREDENTIALS,
  expectNoLeak,
  SOURCE_API_KEY,
  SOURCE_ORG,
  startFakeApi
} from './helpers/fixtures.ts'
import { FakeClock } from './helpers/in-process.ts'

let api: FakeApi
afterEach(async () => {
  await api?.close()
})

const KINDS = Object.keys(CREDENTIALS) as CredentialKind[]
const LINK_TOKEN_PATH = `/api/atlas/v2/orgs/${ATLAS_ORG}/liveMigrations/linkTokens`
const LINK_PATH = `/api/public/v1.0/orgs/${SOURCE_ORG}/liveExport/migrationLink`

function atlasInputs(kind: CredentialKind = 'api-key'): Record<string, string> {
  return { 'org-id': ATLAS_ORG, 'base-url': api.url, ...CREDENTIALS[kind] }
}
function sourceInputs(kind: CredentialKind = 'api-key'): Record<string, string> {
  return { 'org-id': SOURCE_ORG, 'base-url': api.url, ...CREDENTIALS[kind] }
}
/** A link token the stand-in knows, as a create-link-token step would have made it. */
function issuedToken(): string {
  const token = `lt-preissued-${Math.random().toString(36).slice(2)}`
  api.linkTokens.set(ATLAS_ORG, [token])
  return token
}
function apiRequests(): { method: string; path: string }[] {
  return api.requests.filter(r => !r.path.startsWith('/api/oauth/'))
}

it('runs on Node 24, the runtime action.yml declares', () => {
  expect(process.versions.node.split('.')[0]).toBe('24')
})

describe('create-link-token', () => {
  it.each(KINDS)('creates a token with %s credentials and outputs it, masked', async kind => {
    api = await startFakeApi()
    const run = await runAction({
      mode: 'create-link-token',
      ...atlasInputs(kind),
      'access-list-ips': '10.0.0.1, 2001:db8::1\n192.168.1.7'
    })
    expect(run.code, run.log).toBe(0)
    const issued = api.linkTokens.get(ATLAS_ORG) ?? []
    expect(issued).toHaveLength(1)
    expect(run.outputs['link-token']).toBe(issued[0])
    const create = api.requests.filter(r => r.path === LINK_TOKEN_PATH && r.status === 201)
    expect(create).toHaveLength(1)
    expect(create[0]?.headers.accept).toBe('application/vnd.atlas.2023-01-01+json')
    expect(create[0]?.headers['content-type']).toBe('application/vnd.atlas.2023-01-01+json')
    expect(JSON.parse(create[0]?.body ?? '')).toEqual({ accessListIps: ['10.0.0.1', '2001:db8::1', '192.168.1.7'] })
    expect(run.log).toContain(`Creating link token in Atlas org ${ATLAS_ORG}`)
    expect(run.log).toMatch(new RegExp(`^::add-mask::${issued[0]}$`, 'm'))
    expect(run.summary).toContain('create-link-token')
    expect(run.summary).toContain(ATLAS_ORG)
    // The first lines say what happened and what to do next; the log ends with the same outcome line.
    expect(run.summary).toMatch(
      new RegExp(`^<h3>✅ Link token created in Atlas org ${ATLAS_ORG}</h3>\n<p>✅ <strong>Succeeded</strong>`)
    )
    expect(run.summary).toMatch(/<strong>Next:<\/strong> Link the source organization with it: mode link-org/)
    expect(run.log).toMatch(new RegExp(`^✅ Succeeded · org ${ATLAS_ORG} · took [\\d.]+ m?s$`, 'm'))
    expectNoLeak(run, api)
  })

  it('sends the fewest requests: one Digest challenge, then the call', async () => {
    api = await startFakeApi()
    const run = await runAction({ mode: 'create-link-token', ...atlasInputs('api-key') })
    expect(run.code, run.log).toBe(0)
    expect(api.requests.map(r => r.status)).toEqual([401, 201])
    expect(api.connections).toBe(1)
    expect(JSON.parse(api.requests[1]?.body ?? '')).toEqual({})
  })

  it('gets one service-account token, uses it, and revokes it at the end', async () => {
    api = await startFakeApi()
    const run = await runAction({ mode: 'create-link-token', ...atlasInputs('service-account') })
    expect(run.code, run.log).toBe(0)
    expect(api.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /api/oauth/token 200',
      `POST ${LINK_TOKEN_PATH} 201`,
      'POST /api/oauth/revoke 200'
    ])
    const [token] = api.issuedAccessTokens
    expect(api.requests[1]?.headers.authorization).toBe(`Bearer ${token}`)
    expect(api.revokedAccessTokens.has(token as string)).toBe(true)
    expect(api.connections).toBe(1)
    expectNoLeak(run, api)
  })

  it('sends the api-version input as the versioned media type', async () => {
    api = await startFakeApi()
    const run = await runAction({
      mode: 'create-link-token',
      ...atlasInputs('access-token'),
      'api-version': '2025-03-12'
    })
    expect(run.code, run.log).toBe(0)
    expect(api.requests[0]?.headers.accept).toBe('application/vnd.atlas.2025-03-12+json')
  })
})

describe('link-org', () => {
  it.each(KINDS)('links with %s credentials and outputs the status', async kind => {
    api = await startFakeApi()
    const token = issuedToken()
    const run = await runAction({ mode: 'link-org', ...sourceInputs(kind), 'link-token': token })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs.status).toBe('SYNCED')
    expect(api.links.get(SOURCE_ORG)?.linkToken).toBe(token)
    const link = api.requests.find(r => r.path === LINK_PATH && r.status === 201)
    expect(link?.headers.accept).toBe('application/json')
    expect(link?.headers['content-type']).toBe('application/json')
    expect(JSON.parse(link?.body ?? '')).toEqual({ linkToken: token })
    expect(run.log).toContain(`Linking Cloud Manager / Ops Manager org ${SOURCE_ORG}`)
    expect(run.summary).toContain('SYNCED')
    expectNoLeak(run, api, [token])
  })

  it('chains create-link-token into link-org as the README shows', async () => {
    api = await startFakeApi()
    const created = await runAction({ mode: 'create-link-token', ...atlasInputs() })
    const token = created.outputs['link-token'] as string
    const linked = await runAction({ mode: 'link-org', ...sourceInputs(), 'link-token': token })
    expect(linked.code, linked.log).toBe(0)
    expect(linked.outputs.status).toBe('SYNCED')
  })

  it('reuses the Digest nonce with a rising nc while it waits for SYNCED', async () => {
    api = await startFakeApi({ notSyncedPolls: 2 })
    const run = await runAction({
      mode: 'link-org',
      ...sourceInputs(),
      'link-token': issuedToken(),
      'wait-for-sync': 'true'
    })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs.status).toBe('SYNCED')
    expect(api.challenges).toBe(1)
    expect(api.connections).toBe(1)
    const ncs = api.requests.slice(1).map(r => /nc=([0-9a-f]{8})/.exec(r.headers.authorization ?? '')?.[1])
    expect(ncs).toEqual(['00000001', '00000002', '00000003', '00000004'])
    expect(run.log.match(/Waiting for org \w+'s link to reach SYNCED: NOT_SYNCED; poll \d in \d\.\d s/g)).toHaveLength(
      3
    )
    expect(run.log).toMatch(/SYNCED after 3 polls \(\d+\.\d s\)/)
  })

  it('answers a stale nonce with one new challenge and goes on', async () => {
    api = await startFakeApi({ notSyncedPolls: 3, nonceLifetimeMs: 300 })
    const run = await runAction({
      mode: 'link-org',
      ...sourceInputs(),
      'link-token': issuedToken(),
      'wait-for-sync': 'true'
    })
    expect(run.code, run.log).toBe(0)
    // The first challenge, then one stale=true for each poll that comes after the nonce aged (the
    // polls come 0.1, 0.3, 0.7 s… after the link), each answered at once with the new nonce.
    const unauthorized = api.requests.filter(r => r.status === 401)
    expect(unauthorized.length).toBeGreaterThanOrEqual(2)
    expect(api.challenges).toBe(unauthorized.length)
    expect(api.requests.filter(r => /status$/.test(r.path) && r.status === 200)).toHaveLength(4) // three NOT_SYNCED, then SYNCED
    expect(run.outputs.status).toBe('SYNCED')
  })

  it('fails a wait that never reaches SYNCED with the last status', async () => {
    api = await startFakeApi({ notSyncedPolls: 1000 })
    const run = await runAction({
      mode: 'link-org',
      ...sourceInputs('access-token'),
      'link-token': issuedToken(),
      'wait-for-sync': 'true',
      'wait-timeout-seconds': '2'
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(/Timed out after 2 s .* the last read was NOT_SYNCED/)])
    expect(run.outputs.status).toBe('NOT_SYNCED') // set also when the wait times out
  })

  it('keeps an existing link on a re-run and says so', async () => {
    api = await startFakeApi()
    const token = issuedToken()
    await runAction({ mode: 'link-org', ...sourceInputs(), 'link-token': token })
    const rerun = await runAction({ mode: 'link-org', ...sourceInputs(), 'link-token': token })
    expect(rerun.code, rerun.log).toBe(0)
    expect(rerun.outputs.status).toBe('SYNCED')
    expect(rerun.log).toMatch(/::warning::.*ORG_ALREADY_LINKED.*already has a migration link/)
  })
})

describe('link-status, unlink-org, delete-link-token', () => {
  it('reads the link status', async () => {
    api = await startFakeApi({ notSyncedPolls: 1 })
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 1 })
    const run = await runAction({ mode: 'link-status', ...sourceInputs() })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs.status).toBe('NOT_SYNCED')
    expect(apiRequests().at(-1)).toMatchObject({ method: 'GET', path: `${LINK_PATH}/status` })
  })

  it('fails link-status on an org with no link, with the API error', async () => {
    api = await startFakeApi()
    const run = await runAction({ mode: 'link-status', ...sourceInputs() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringContaining('HTTP 404 from GET')])
  })

  it('removes a link, and a re-run with no link left succeeds', async () => {
    api = await startFakeApi()
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    const first = await runAction({ mode: 'unlink-org', ...sourceInputs() })
    expect(first.code, first.log).toBe(0)
    expect(first.outputs.status).toBe('UNLINKED')
    expect(api.links.has(SOURCE_ORG)).toBe(false)
    const again = await runAction({ mode: 'unlink-org', ...sourceInputs() })
    expect(again.code, again.log).toBe(0)
    expect(again.outputs.status).toBe('UNLINKED')
    expect(again.log).toContain('no migration link: nothing to remove')
  })

  it('deletes link tokens, and a re-run with none left succeeds', async () => {
    api = await startFakeApi()
    api.linkTokens.set(ATLAS_ORG, ['lt-a'])
    const first = await runAction({ mode: 'delete-link-token', ...atlasInputs() })
    expect(first.code, first.log).toBe(0)
    expect(api.linkTokens.has(ATLAS_ORG)).toBe(false)
    const deletes = api.requests.filter(r => r.method === 'DELETE')
    expect(deletes.at(-1)?.headers.accept).toBe('application/vnd.atlas.2023-01-01+json')
    const again = await runAction({ mode: 'delete-link-token', ...atlasInputs() })
    expect(again.code, again.log).toBe(0)
    expect(again.log).toContain('no link token left: nothing to delete')
  })

  it('still fails unlink-org and delete-link-token on an org that does not exist', async () => {
    api = await startFakeApi()
    const unlink = await runAction({ mode: 'unlink-org', ...sourceInputs(), 'org-id': 'ffffffffffffffffffffffff' })
    const del = await runAction({ mode: 'delete-link-token', ...atlasInputs(), 'org-id': 'ffffffffffffffffffffffff' })
    for (const run of [unlink, del]) {
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([expect.stringMatching(/HTTP 404 .*ORG_NOT_FOUND.*Check org-id/)])
    }
  })
})

describe('create-and-link', () => {
  const sourceSide = (): Record<string, string> => ({
    'source-org-id': SOURCE_ORG,
    'source-public-key': SOURCE_API_KEY.publicKey,
    'source-private-key': SOURCE_API_KEY.privateKey,
    'source-base-url': api.url
  })

  it.each(KINDS)('creates a token with %s credentials and links with it, never showing it', async kind => {
    api = await startFakeApi()
    const run = await runAction({ mode: 'create-and-link', ...atlasInputs(kind), ...sourceSide() })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs).toEqual({ status: 'SYNCED' })
    const [token] = api.linkTokens.get(ATLAS_ORG) ?? []
    expect(api.links.get(SOURCE_ORG)?.linkToken).toBe(token)
    expect(api.connections).toBe(1) // Atlas and the source on one host share one connection
    expect(run.summary).toContain(SOURCE_ORG)
    expectNoLeak(run, api)
  })

  it('uses one connection and one Digest challenge per host when Atlas and the source are two hosts', async () => {
    api = await startFakeApi()
    const source = await startFakeApi({ linkTokens: api.linkTokens })
    try {
      const run = await runAction({
        mode: 'create-and-link',
        ...atlasInputs(),
        ...sourceSide(),
        'source-base-url': source.url
      })
      expect(run.code, run.log).toBe(0)
      expect(api.requests.map(r => `${r.method} ${r.status}`)).toEqual(['POST 401', 'POST 201'])
      expect(source.requests.map(r => `${r.method} ${r.status}`)).toEqual(['POST 401', 'POST 201'])
      expect([api.connections, source.connections]).toEqual([1, 1])
      expect(source.links.get(SOURCE_ORG)?.linkToken).toBe(api.linkTokens.get(ATLAS_ORG)?.[0])
    } finally {
      await source.close()
    }
  })

  const refuseLink: Fault = {
    match: /^POST .*migrationLink$/,
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ error: 400, errorCode: 'INVALID_LINK_TOKEN', detail: 'The link token is invalid.' })
  }

  it('by default leaves the new token in Atlas after a failed link, and says how to remove it', async () => {
    api = await startFakeApi()
    // The tokens of two sibling jobs' links, which an org-wide delete would break.
    api.linkTokens.set(ATLAS_ORG, ['lt-sibling-1', 'lt-sibling-2'])
    api.faults.push(refuseLink)
    const run = await runAction({ mode: 'create-and-link', ...atlasInputs(), ...sourceSide() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(/Link organization failed: HTTP 400 .*INVALID_LINK_TOKEN/)])
    expect(api.requests.some(r => r.method === 'DELETE')).toBe(false)
    expect(api.linkTokens.get(ATLAS_ORG)).toHaveLength(3)
    expect(run.log).toMatch(
      /::warning::The link token created in Atlas org \w+ stays there, unused \(delete-token-on-failure is false\)\..*mode delete-link-token/
    )
    expect(run.summary).toContain('stays there, unused')
    expect(run.summary).toContain('delete-link-token')
    expect(run.log).not.toContain('just made')
    expectNoLeak(run, api)
  })

  it('with delete-token-on-failure: true, warns that the delete is org-wide, then deletes', async () => {
    api = await startFakeApi()
    api.linkTokens.set(ATLAS_ORG, ['lt-sibling-1'])
    api.faults.push(refuseLink)
    const run = await runAction({
      mode: 'create-and-link',
      ...atlasInputs(),
      ...sourceSide(),
      'delete-token-on-failure': 'true'
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(/Link organization failed: HTTP 400 .*INVALID_LINK_TOKEN/)])
    expect(run.log).toMatch(
      /::warning::delete-token-on-failure is true: if the link fails, every link token of Atlas org/
    )
    expect(run.log).toMatch(
      /::warning::delete-token-on-failure is true: deleting every link token of Atlas org \w+, .*This is org-wide/
    )
    expect(api.requests.some(r => r.method === 'DELETE' && r.path === LINK_TOKEN_PATH && r.status === 204)).toBe(true)
    expect(api.linkTokens.get(ATLAS_ORG) ?? []).toEqual([])
    expect(run.summary).toContain('Deleted every link token of Atlas org')
    expect(run.log).not.toContain('just made')
    expectNoLeak(run, api)
  })

  it('waits for SYNCED after a few NOT_SYNCED', async () => {
    api = await startFakeApi({ notSyncedPolls: 2 })
    const run = await runAction({ mode: 'create-and-link', ...atlasInputs(), ...sourceSide(), 'wait-for-sync': 'true' })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs.status).toBe('SYNCED')
    expect(api.requests.filter(r => r.path === `${LINK_PATH}/status`)).toHaveLength(3)
  })

  it('fails on a source org that does not exist, naming the source inputs', async () => {
    api = await startFakeApi()
    const run = await runAction({
      mode: 'create-and-link',
      ...atlasInputs(),
      ...sourceSide(),
      'source-org-id': 'eeeeeeeeeeeeeeeeeeeeeeee'
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/HTTP 404 .*ORG_NOT_FOUND.*Check source-org-id and source-base-url/)
    ])
    expect(api.linkTokens.get(ATLAS_ORG)).toHaveLength(1)
  })
})

describe('bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['an unknown mode', { mode: 'link' }, /Input 'mode' must be one of/],
    ['a short org-id', { 'org-id': '5f1a2b3c' }, /Input 'org-id' must be an organization ID/],
    ['a path in org-id', { 'org-id': '5f1a2b3c4d5e6f7a8b9c0d1e/../x' }, /Input 'org-id'/],
    ['no credentials', { 'public-key': '', 'private-key': '' }, /No credentials/],
    ['half a key pair', { 'private-key': '' }, /Input 'private-key' is required/],
    ['two credential kinds', { 'access-token': 'x-token-value' }, /More than one kind of credentials/],
    ['an invalid IP', { 'access-list-ips': '10.0.0.1, 10.0.0.300' }, /"10\.0\.0\.300" is not an IP address/],
    ['a malformed base-url', { 'base-url': 'cloud.mongodb.com' }, /Input 'base-url' must be an absolute URL/],
    ['plain http to a remote host', { 'base-url': 'http://om.example.com:8080' }, /allow-http: true/],
    ['a bad api-version', { 'api-version': 'latest' }, /Input 'api-version' must be a date/],
    ['a bad allow-http', { 'allow-http': 'yes' }, /Input 'allow-http' must be true or false/]
  ]
  it.each(cases)('rejects %s before any request', async (_name, override, message) => {
    api = await startFakeApi()
    const run = await runAction({ mode: 'create-link-token', ...atlasInputs(), ...override })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(message)])
    expect(api.connections).toBe(0)
    expectNoLeak(run, api)
  })

  it('rejects link-org without a link token, and create-and-link without source inputs', async () => {
    api = await startFakeApi()
    const link = await runAction({ mode: 'link-org', ...sourceInputs() })
    expect(errorLines(link)).toEqual([expect.stringMatching(/Input 'link-token' is required/)])
    const both = await runAction({ mode: 'create-and-link', ...atlasInputs() })
    expect(errorLines(both)).toEqual([expect.stringMatching(/Input 'source-org-id' is required/)])
    expect(api.connections).toBe(0)
  })

  // Through the bundle: masking comes before the first line the process prints, and the outputs
  // are written in the runner's file-command format, which only the bundle shows.
  it("writes its output to GITHUB_OUTPUT in the runner's file-command format", async () => {
    api = await startFakeApi()
    const run = await runBundle({ mode: 'create-link-token', ...atlasInputs(), 'access-list-ips': '10.0.0.1' })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['link-token']).toBe(api.linkTokens.get(ATLAS_ORG)?.[0])
  })

  it('masks every secret input before printing anything else', async () => {
    api = await startFakeApi()
    const run = await runBundle({
      mode: 'create-link-token',
      ...atlasInputs(),
      'org-id': 'nope',
      'link-token': 'lt-secret-link'
    })
    const lines = run.stdout.split('\n').filter(Boolean)
    expect(lines.slice(0, 2)).toEqual([`::add-mask::${API_KEY.privateKey}`, '::add-mask::lt-secret-link'])
  })

  it('warns about inputs the mode does not use', async () => {
    api = await startFakeApi()
    const run = await runAction({ mode: 'link-status', ...sourceInputs('access-token'), 'access-list-ips': '10.0.0.1' })
    expect(run.log).toContain("::warning::Input 'access-list-ips' is not used by mode 'link-status'")
  })
})

describe('API errors', () => {
  const apiError = (status: number, errorCode: string, detail: string) => ({
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ error: status, errorCode, detail, reason: 'x', parameters: null })
  })

  it('fails a wrong key after one challenge round, with a hint', async () => {
    api = await startFakeApi()
    const run = await runAction({
      mode: 'create-link-token',
      ...atlasInputs(),
      'private-key': 'wrong-private-key-0000'
    })
    expect(run.code).toBe(1)
    expect(api.requests.map(r => r.status)).toEqual([401, 401])
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/HTTP 401 .*You are not authorized for this resource\. Check public-key \/ private-key/)
    ])
    expectNoLeak(run, api, ['wrong-private-key-0000'])
  })

  it('fails a wrong service-account secret with the OAuth error', async () => {
    api = await startFakeApi()
    const run = await runAction({
      mode: 'create-link-token',
      ...atlasInputs('service-account'),
      'client-secret': 'not-the-secret-123'
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/access token failed: HTTP 401 .*invalid_client.*Check client-id and client-secret/)
    ])
    expect(api.requests).toHaveLength(1)
  })

  it.each([
    [403, 'NOT_ORG_OWNER', /Organization Owner role/],
    [400, 'INVALID_ATTRIBUTE', /Check the inputs/],
    [404, 'RESOURCE_NOT_FOUND', /Check org-id/]
  ])('turns HTTP %i into one line with the code and a hint', async (status, code, hint) => {
    api = await startFakeApi()
    api.faults.push({ match: /linkTokens$/, ...apiError(status, code, 'Something specific went wrong.') })
    const run = await runAction({ mode: 'create-link-token', ...atlasInputs('access-token') })
    expect(run.code).toBe(1)
    const [line, ...rest] = errorLines(run)
    expect(rest).toEqual([])
    expect(line).toContain(`HTTP ${status} from POST ${LINK_TOKEN_PATH}: ${code}: Something specific went wrong.`)
    expect(line).toMatch(hint)
    expect(api.requests).toHaveLength(1)
  })

  it('does not follow a redirect, so a bearer token never goes to another host', async () => {
    api = await startFakeApi()
    const elsewhere = await startFakeApi()
    try {
      api.faults.push({
        match: /linkTokens$/,
        status: 301,
        headers: { location: `${elsewhere.url}${LINK_TOKEN_PATH}` }
      })
      const run = await runAction({ mode: 'create-link-token', ...atlasInputs('access-token') })
      expect(run.code).toBe(1)
      expect(elsewhere.requests).toEqual([])
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /HTTP 301 .*: empty body\. The host redirects to http:\/\/127\.0\.0\.1:\d+\/api\/.*: set base-url/
        )
      ])
    } finally {
      await elsewhere.close()
    }
  })

  it('retries a 503 and succeeds', async () => {
    api = await startFakeApi()
    api.faults.push({ match: /linkTokens$/, ...apiError(503, 'SERVICE_UNAVAILABLE', 'Try later.') })
    const run = await runAction({ mode: 'create-link-token', ...atlasInputs() }, {}, { clock: new FakeClock() })
    expect(run.code, run.log).toBe(0)
    expect(api.requests.map(r => r.status)).toEqual([503, 401, 201]) // a load balancer answers before auth
    expect(run.log).toMatch(/Create link token: HTTP 503; retrying in \d\.\d s \(retry 1 of 3\)/)
    expect(run.outputs['link-token']).toMatch(/^lt-/)
  })

  it('honours Retry-After on a 429', async () => {
    api = await startFakeApi()
    api.faults.push({
      match: /linkTokens$/,
      ...apiError(429, 'RATE_LIMITED_TOKEN_BUCKET', 'Slow down.'),
      headers: { 'retry-after': '2' }
    })
    const run = await runAction(
      { mode: 'create-link-token', ...atlasInputs('access-token') },
      {},
      { clock: new FakeClock() }
    )
    expect(run.code, run.log).toBe(0)
    expect(run.log).toMatch(
      /HTTP 429; retrying in [23]\.\d s as the server asks \(Retry-After\); this call gives up after 300 s in all\./
    )
    expect(api.requests.filter(r => /linkTokens$/.test(r.path)).map(r => r.status)).toEqual([429, 201])
  })

  it('gives up on a lasting 500 after 3 retries with one clear line', async () => {
    api = await startFakeApi()
    for (let i = 0; i < 4; i++) api.faults.push({ match: /status$/, ...apiError(500, 'UNEXPECTED_ERROR', 'Boom.') })
    const run = await runAction(
      { mode: 'link-status', ...sourceInputs('access-token') },
      {},
      { clock: new FakeClock() }
    )
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(4)
    expect(errorLines(run)).toEqual([expect.stringMatching(/HTTP 500 .*UNEXPECTED_ERROR: Boom.*re-run the job later/)])
  })

  it('does not repeat a link-token POST after a 500: one line says a token may have been created', async () => {
    api = await startFakeApi()
    api.faults.push({ match: /linkTokens$/, ...apiError(500, 'UNEXPECTED_ERROR', 'Boom.') })
    const run = await runAction({ mode: 'create-link-token', ...atlasInputs('access-token') })
    expect(run.code).toBe(1)
    expect(api.requests).toHaveLength(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /HTTP 500 .*Boom\. Not retried, since the server may have acted on it: a link token may have been created in org \w+/
      )
    ])
  })
})

describe('faults, through the bundle', () => {
  type Case = [string, Fault[], Record<string, string>, RegExp | null]
  const readCases: Case[] = [
    ['a 503 burst', [{ status: 503 }, { status: 503, body: 'busy' }], {}, null],
    ['a 429 with Retry-After', [{ status: 429, headers: { 'retry-after': '1' } }], {}, null],
    ['a reset mid-response', [{ status: 200, body: '{"status":"NOT_SYNCED"}', resetAfterBytes: 8 }], {}, null],
    [
      'a response slower than the timeout',
      [{ status: 200, body: '{}', delayMs: 2500 }],
      { 'request-timeout-seconds': '1' },
      null
    ],
    [
      'a non-JSON error page from a firewall',
      [
        {
          status: 403,
          headers: { 'content-type': 'text/html' },
          body: '<html><body><h1>Access denied</h1><p>Request blocked.</p></body></html>'
        }
      ],
      {},
      /HTTP 403 from GET .*: non-JSON text\/html body: Access denied Request blocked\. The API key or service account needs the Organization Owner role/
    ],
    [
      'an empty 200',
      [{ status: 200, body: '' }],
      {},
      /HTTP 200 from GET .* did not carry 'status' in its body\. The host did not answer like the MongoDB API: check base-url/
    ],
    [
      'an HTML 200',
      [{ status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Welcome</html>' }],
      {},
      /HTTP 200 from GET .* is not an API answer \(non-JSON text\/html body: Welcome\)\. The host did not answer like the MongoDB API/
    ]
  ]
  it.each(readCases)('link-status: %s ends in success or one clear line', async (_name, faults, inputs, failure) => {
    api = await startFakeApi()
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    api.faults.push(...faults.map(fault => ({ match: /status$/, ...fault })))
    const run = await runAction({ mode: 'link-status', ...sourceInputs('access-token'), ...inputs })
    expect(run.log).not.toMatch(/^\s+at /m) // never a stack trace
    if (failure) {
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([expect.stringMatching(failure)])
    } else {
      expect(run.code, run.log).toBe(0)
      expect(run.outputs.status).toBe('SYNCED')
      expect(run.log).toMatch(/retrying in \d+\.\d s/)
    }
  })

  const createCases: Case[] = [
    ['a 503 burst', [{ status: 503 }, { status: 503, body: 'busy' }], {}, null],
    ['a 429 with Retry-After', [{ status: 429, headers: { 'retry-after': '1' } }], {}, null],
    [
      'a reset mid-response',
      [{ status: 201, body: '{"linkToken":"lt-cut-short-xxxxxxxx"}', resetAfterBytes: 8 }],
      {},
      /connection closed before the whole body arrived\. Not retried, since the server may have acted on it: a link token may have been created/
    ],
    [
      'a response slower than the timeout',
      [{ status: 201, body: '{}', delayMs: 2500 }],
      { 'request-timeout-seconds': '1' },
      /no answer within the request timeout\. .* Not retried, since the server may have acted on it: a link token may have been created/
    ],
    [
      'a 502',
      [{ status: 502, body: '' }],
      {},
      /HTTP 502 .*: empty body\. Not retried, since the server may have acted on it: a link token may have been created/
    ]
  ]
  it.each(createCases)(
    'create-link-token: %s ends in success or one clear line, never a second token',
    async (_name, faults, inputs, failure) => {
      api = await startFakeApi()
      api.faults.push(...faults.map(fault => ({ match: /linkTokens$/, ...fault })))
      const run = await runAction({ mode: 'create-link-token', ...atlasInputs('access-token'), ...inputs })
      expect(run.log).not.toMatch(/^\s+at /m)
      expect(api.tokensCreated).toBeLessThanOrEqual(1)
      if (failure) {
        expect(run.code).toBe(1)
        expect(errorLines(run)).toEqual([expect.stringMatching(failure)])
      } else {
        expect(run.code, run.log).toBe(0)
        expect(run.outputs['link-token']).toBe(api.linkTokens.get(ATLAS_ORG)?.[0])
        expect(run.log).toMatch(/retrying in \d+\.\d s/)
      }
    }
  )
})
