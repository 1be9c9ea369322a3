// GitHub's answers in GitHub's terms, and GitHub's rate limits waited out as GitHub documents them
// ("Rate limits for the REST API", "Best practices"): in process, against the GitHub stand-in with
// its limits on a fake clock that moves only when the transport sleeps (no wall-clock asserts).
import { afterEach, describe, expect, it } from 'vitest'
import { call, unreadable } from '../src/clients/call'
import { openGitHub } from '../src/clients/github-run'
import type { SettingNames } from '../src/errors'
import { ApiError, DEFAULT_SETTING_NAMES } from '../src/errors'
import type { Endpoint } from '../src/inputs'
import type { ReadRequest, WriteRequest } from '../src/transport/http'
import { HttpTransport } from '../src/transport/http'
import type { ApiSession } from '../src/transport/session'
import { openSession } from '../src/transport/session'
import { FakeGitHub } from '../test-server/fake-github.ts'
import { FakeRateLimiter, GITHUB_TOKEN_LIMITS } from '../test-server/fake-github-limits.ts'

/** What github-run.ts names GitHub's endpoint by. */
const GITHUB: SettingNames = {
  api: 'github',
  baseUrl: 'GITHUB_API_URL',
  orgId: 'GITHUB_REPOSITORY',
  ids: 'GITHUB_REPOSITORY',
  credentials: 'github-token'
}
const TOKEN = 'ghs_limitsTestToken0123456789abcdef'
const START = Date.parse('2026-05-01T12:00:00Z')
const MONGODB_WORDS = /mongodb|Organization Owner|API key|service account/i

let github: FakeGitHub | undefined
const cleanup: (() => void)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0)) step()
  await github?.close()
  github = undefined
})

/** The stand-in and a session on it, both on one fake clock. */
async function stand(names: SettingNames = GITHUB) {
  const fake = await FakeGitHub.start()
  github = fake
  fake.grant(TOKEN, 'actions:read', 'deployments:write')
  let now = START
  const waits: number[] = []
  const clock = {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms)
      now += ms
    }
  }
  fake.now = clock.now
  const logged: string[] = []
  const log = { info: (m: string) => logged.push(m), debug() {}, warning: (m: string) => logged.push(m) }
  const transport = new HttpTransport({
    baseUrl: fake.url,
    timeoutMs: 5000,
    userAgent: 'test',
    log,
    signal: new AbortController().signal,
    ...clock
  })
  cleanup.push(() => transport.dispose())
  const session = openSession({ kind: 'access-token', accessToken: TOKEN }, transport, {
    log,
    onSecret() {},
    names
  })
  const advance = (ms: number) => {
    now += ms
  }
  return { fake, session, waits, logged, elapsedMs: () => now - START, advance }
}

const record = (n: number): WriteRequest => ({
  operation: 'Write the ledger (create a deployment)',
  method: 'POST',
  path: '/repos/acme/platform/deployments',
  accept: 'application/vnd.github+json',
  contentType: 'application/json',
  body: JSON.stringify({ ref: 'main', task: `m-${n}`, environment: 'live-migration-ledger', required_contexts: [] }),
  ifUncertain: 'a ledger record may have been created.',
  permission: 'deployments: write'
})
const readLedger: ReadRequest = {
  operation: 'Read the ledger (deployments)',
  method: 'GET',
  path: '/repos/acme/platform/deployments?environment=live-migration-ledger',
  accept: 'application/vnd.github+json'
}

/** An answer from GitHub as call() turns it into an error. */
const answer = (
  status: number,
  body: object | string,
  headers: Record<string, string> = {},
  names: SettingNames = GITHUB,
  permission?: string
) =>
  ApiError.fromResponse(
    'Write the ledger (create a deployment)',
    'POST',
    {
      status,
      url: 'https://api.github.com/repos/acme/platform/deployments',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json', ...headers }
    },
    names,
    permission
  )
const NOT_ACCESSIBLE = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com'
}
const PRIMARY = { message: 'API rate limit exceeded for installation ID 1.' }
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' }
const RESET_AT_13 = { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1777640400' }

describe("GitHub's errors in GitHub's terms", () => {
  it('401: check github-token', () => {
    const err = answer(401, { message: 'Bad credentials' })
    expect(err.message).toContain('Bad credentials. Check github-token: GitHub did not accept it')
    expect(err.message).not.toMatch(MONGODB_WORDS)
  })

  it('403 or 404 "Resource not accessible by integration": names the permission the job must grant', () => {
    expect(answer(403, NOT_ACCESSIBLE, {}, GITHUB, 'deployments: write').message).toContain(
      'Resource not accessible by integration. The github-token lacks a permission this call needs: grant the job `deployments: write` in its `permissions:`.'
    )
    for (const status of [403, 404]) {
      const err = answer(status, NOT_ACCESSIBLE)
      expect(err.hint).toBe(
        'The github-token lacks a permission this call needs: grant the job `actions: read` (approvals, environments) or `deployments: write` (the ledger) in its `permissions:`.'
      )
    }
    // MongoDB's 403 keeps MongoDB's hint.
    expect(answer(403, { error: 403, errorCode: 'USER_UNAUTHORIZED' }, {}, DEFAULT_SETTING_NAMES).message).toContain(
      'Organization Owner role'
    )
  })

  it("rate limits: the primary one's reset time in UTC, or the secondary one, never a role", () => {
    const primary = answer(403, PRIMARY, RESET_AT_13)
    expect(primary.hint).toBe(
      "GitHub's rate limit for this token (1000 requests an hour) is used up; it resets at 2026-05-01 13:00:00 UTC: re-run after then, or make fewer calls to GitHub from this repository within the hour."
    )
    for (const [status, headers] of [
      [403, { 'retry-after': '30' }],
      [403, {}],
      [429, {}]
    ] as const) {
      expect(answer(status, SECONDARY, headers).hint).toMatch(/^GitHub's secondary rate limit refused the call/)
    }
    expect(primary.message).not.toMatch(MONGODB_WORDS)
  })

  it("404: GitHub's own asks for the repository; any other host's for GitHub's API address, never a MongoDB host", () => {
    expect(answer(404, { message: 'Not Found' }).hint).toBe(
      'Check GITHUB_REPOSITORY and GITHUB_API_URL: GitHub answers 404 also where github-token may not see the repository.'
    )
    const elsewhere = answer(404, '<html><body>Not here</body></html>')
    expect(elsewhere.hint).toBe(
      "The host did not answer like GitHub's REST API: check that GITHUB_API_URL is GitHub's API, https://api.github.com (or https://HOST/api/v3 on GitHub Enterprise Server)."
    )
    expect(elsewhere.message).not.toMatch(/mongodb/i)
    // A 2xx that is not GitHub's says the same.
    const session = { names: GITHUB } as ApiSession
    expect(() => unreadable(session, readLedger, undefined, 'no answer')).toThrow(/GITHUB_API_URL is GitHub's API/)
  })

  it("5xx: GitHub's status page", () => {
    for (const status of [500, 502, 503]) {
      const err = answer(status, { message: 'Server Error' })
      expect(err.hint).toBe(
        'GitHub had a problem; re-run the job later, and check https://www.githubstatus.com if it persists.'
      )
      expect(err.message).not.toMatch(/status\.mongodb\.com/)
    }
  })
})

describe("GitHub's rate limits, waited out", () => {
  it('a 403 secondary limit with retry-after 3: asked again after 3 s, and answered', async () => {
    const { fake, session, waits, logged } = await stand()
    fake.rateLimits.refuseNext.push({ kind: 'secondary', retryAfter: 3 })
    await call(session, readLedger)
    expect(fake.requests.map(r => r.status)).toEqual([403, 200])
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeGreaterThanOrEqual(3000)
    expect(waits[0]).toBeLessThanOrEqual(4000)
    expect(logged.join('\n')).toMatch(/HTTP 403; retrying in [34]\.\d s as the server asks \(Retry-After\)/)
  })

  it('x-ratelimit-remaining 0 with the reset in 30 s: asked again once the hour has reset', async () => {
    const { fake, session, waits, advance, elapsedMs } = await stand()
    fake.rateLimits.limits = { primaryPerHour: 1 }
    await call(session, readLedger)
    advance(3_570_000) // 30 s before the token's hour ends
    await call(session, readLedger)
    expect(fake.requests.map(r => r.status)).toEqual([200, 403, 200])
    expect(waits[0]).toBeGreaterThanOrEqual(30_000)
    expect(elapsedMs()).toBeGreaterThanOrEqual(3_600_000)
  })

  it('a secondary limit that names no time: at least a minute', async () => {
    const { fake, session, waits } = await stand()
    fake.rateLimits.refuseNext.push({ kind: 'secondary' }, { kind: 'secondary', status: 429 })
    await call(session, readLedger)
    expect(fake.requests.map(r => r.status)).toEqual([403, 429, 200])
    expect(waits[0]).toBeGreaterThanOrEqual(60_000)
    expect(waits[1]).toBeGreaterThanOrEqual(120_000) // refused again: twice as long
  })

  it('a reset an hour away ends the call at once, saying when it resets', async () => {
    const { fake, session, waits } = await stand()
    fake.rateLimits.limits = { primaryPerHour: 1 }
    await call(session, readLedger)
    const refused = call(session, readLedger)
    await expect(refused).rejects.toThrow(
      /HTTP 403 from GET \S+: API rate limit exceeded for installation ID 1\. Not retried: GitHub's rate limit resets in 60 min, later than the 120 s this action waits at once\./
    )
    await expect(refused).rejects.toThrow(/it resets at 2026-05-01 13:00:00 UTC/)
    expect(waits).toEqual([])
    expect(fake.requests).toHaveLength(2)
  })

  it('a POST refused by a rate limit is sent again and lands once (GitHub did not act on it)', async () => {
    const { fake, session } = await stand()
    fake.rateLimits.refuseNext.push({ kind: 'secondary', retryAfter: 2 })
    await call(session, record(1))
    expect(fake.requests.filter(r => r.method === 'POST').map(r => r.status)).toEqual([403, 201])
    expect(fake.records()).toHaveLength(1)
  })

  it('200 writes at once against 80 a minute: one at a time, paced, none refused, in ≥ 150 s', async () => {
    const { fake, session, elapsedMs } = await stand()
    fake.rateLimits.limits = GITHUB_TOKEN_LIMITS
    await Promise.all(Array.from({ length: 200 }, (_, n) => call(session, record(n))))
    expect(fake.rateLimits.refusals).toBe(0)
    expect(fake.records()).toHaveLength(200)
    expect(elapsedMs()).toBeGreaterThanOrEqual(150_000)
  })

  it("MongoDB's answers are left as they were: the same refusal ends the call at once, and writes are not paced", async () => {
    const atlas = await stand(DEFAULT_SETTING_NAMES)
    atlas.fake.rateLimits.refuseNext.push({ kind: 'secondary', retryAfter: 3 })
    await expect(call(atlas.session, readLedger)).rejects.toThrow(/Organization Owner role/)
    for (const n of [1, 2, 3]) await call(atlas.session, record(n))
    expect(atlas.fake.requests).toHaveLength(4)
    expect(atlas.waits).toEqual([])
    // The same refusal on GitHub's API is waited out.
    await github?.close()
    const gh = await stand()
    gh.fake.rateLimits.refuseNext.push({ kind: 'secondary', retryAfter: 3 })
    await call(gh.session, readLedger)
    expect(gh.fake.requests).toHaveLength(2)
  })

  it("github-run.ts names its endpoint GitHub's, so that the transport and the errors know it", () => {
    let opened: Endpoint | undefined
    openGitHub(
      TOKEN,
      endpoint => {
        opened = endpoint
        return { names: endpoint.names } as ApiSession
      },
      {
        GITHUB_API_URL: 'https://api.github.com',
        GITHUB_REPOSITORY: 'acme/platform',
        GITHUB_RUN_ID: '7',
        GITHUB_SHA: 'a'.repeat(40)
      }
    )
    expect(opened?.names.api).toBe('github')
  })
})

describe("the GitHub stand-in's limits, as GitHub documents them", () => {
  const limiter = () => {
    let now = START
    const fake = new FakeRateLimiter(() => now)
    fake.limits = GITHUB_TOKEN_LIMITS
    const send = (method: string, key = 'acme/platform') => {
      fake.arrive(key)
      const check = fake.check(method, key)
      fake.done(key)
      return check
    }
    return { fake, send, advance: (ms: number) => (now += ms) }
  }

  it('900 points a minute: a GET 1, a write 5; the refusal names when enough of them have left the minute', () => {
    const { fake, send, advance } = limiter()
    for (let i = 0; i < 800; i++) expect(send('GET').refusal).toBeUndefined()
    advance(30_000)
    for (let i = 0; i < 20; i++) expect(send('POST').refusal).toBeUndefined() // 800 + 100 points
    const refused = send('GET')
    expect(refused.refusal?.[0]).toBe(403)
    expect(refused.headers['retry-after']).toBe('30')
    expect(fake.refusedBy).toEqual({ 'points a minute': 1 })
    advance(30_000)
    expect(send('GET').refusal).toBeUndefined()
  })

  it('80 writes a minute and 500 an hour, per repository: every GITHUB_TOKEN of its runs counts together', () => {
    const { fake, send, advance } = limiter()
    for (let minute = 0; minute < 7; minute++) {
      for (let i = 0; i < 80; i++) send('POST')
      advance(60_000)
    }
    expect(fake.refusedBy).toEqual({ 'writes an hour': 60 })
    expect(send('POST', 'acme/other').refusal).toBeUndefined()
    expect(send('POST').refusal?.[0]).toBe(403)
  })

  it('100 requests at once; the primary limit, 1,000 an hour, with x-ratelimit-remaining and x-ratelimit-reset', () => {
    const { fake, send, advance } = limiter()
    for (let i = 0; i < 100; i++) fake.arrive('acme/platform')
    expect(fake.check('GET', 'acme/platform').refusal).toBeUndefined()
    fake.arrive('acme/platform')
    expect(fake.check('GET', 'acme/platform').refusal?.[1]).toMatchObject({ message: /secondary rate limit/ })
    for (let i = 0; i < 101; i++) fake.done('acme/platform')
    // One request let through above; 999 more over two minutes (within 900 points a minute).
    for (const count of [499, 500]) {
      for (let i = 0; i < count; i++) expect(send('GET').refusal).toBeUndefined()
      advance(60_000)
    }
    const primary = send('GET')
    expect(primary.refusal?.[1]).toMatchObject({ message: /API rate limit exceeded/ })
    expect(primary.headers).toMatchObject({ 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000' })
    expect(fake.refusedBy['at once']).toBe(1)
  })
})
