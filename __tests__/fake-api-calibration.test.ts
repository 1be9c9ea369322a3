// The loopback stand-in answers in the shapes MongoDB's API really answers with: status, headers
// and bodies as recorded from Atlas (hand-written fixtures here, following those recordings).
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../src/errors'
import { isMissingLink } from '../src/link/missing-link'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { ACCESS_TOKEN, API_KEY, ATLAS_ORG, ATLAS_PROJECT, startFakeApi } from './helpers/fixtures'

const V1 = 'application/vnd.atlas.2023-01-01+json'
const LINK_TOKENS = `/api/atlas/v2/orgs/${ATLAS_ORG}/liveMigrations/linkTokens`
const NOT_AUTHORIZED = 'You are not authorized for this resource.'
const CHALLENGE = /^Digest realm="MMS Public API", domain="", nonce="([^"]+)", algorithm=MD5, qop="auth", stale=false$/

let api: FakeApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

async function start(options: FakeApiOptions = {}): Promise<FakeApi> {
  api = await startFakeApi(options)
  return api
}

interface Raw {
  status: number
  headers: Headers
  text: string
}

async function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Raw> {
  const res = await fetch(`${api?.url}${path}`, { method, headers, body })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

const bearer = { authorization: `Bearer ${ACCESS_TOKEN}`, accept: V1 }
const createToken = () => send('POST', LINK_TOKENS, { ...bearer, 'content-type': V1 }, '{}')

const md5 = (text: string) => createHash('md5').update(text).digest('hex')

/** A Digest request signed with this private key, after a first unsigned request for the challenge. */
async function digest(privateKey: string): Promise<Raw> {
  const challenge = await send('POST', LINK_TOKENS, { accept: V1, 'content-type': V1 }, '{}')
  const nonce = CHALLENGE.exec(challenge.headers.get('www-authenticate') ?? '')?.[1] ?? ''
  const [nc, cnonce] = ['00000001', 'abcdef0123456789']
  const ha1 = md5(`${API_KEY.publicKey}:MMS Public API:${privateKey}`)
  const ha2 = md5(`POST:${LINK_TOKENS}`)
  const response = md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`)
  const authorization = `Digest username="${API_KEY.publicKey}", realm="MMS Public API", nonce="${nonce}", uri="${LINK_TOKENS}", qop=auth, nc=${nc}, cnonce="${cnonce}", response="${response}", algorithm=MD5`
  return send('POST', LINK_TOKENS, { authorization, accept: V1, 'content-type': V1 }, '{}')
}

describe('the stand-in answers like the recorded API', () => {
  it('types versioned successes application/vnd.atlas.<date>+json;charset=utf-8', async () => {
    await start()
    const created = await createToken()
    expect(created.status).toBe(201)
    expect(created.headers.get('content-type')).toBe(`${V1};charset=utf-8`)
    expect(JSON.parse(created.text)).toEqual({ linkToken: expect.any(String) })
  })

  it('sends a 204 with a Content-Type and no body (link-token delete and cut-over)', async () => {
    const stand = await start({ atlasProjects: [ATLAS_PROJECT] })
    await createToken()
    const deleted = await send('DELETE', LINK_TOKENS, bearer)
    expect(deleted.status).toBe(204)
    expect(deleted.headers.get('content-type')).toBe(`${V1};charset=utf-8`)
    expect(deleted.text).toBe('')

    const id = '0123456789abcdef01234567'
    const plan = { workingAfterMs: 0, readyAfterMs: 0, lagStartSeconds: 1, end: 'ready' as const, cutoverMs: 1000 }
    stand.migrations.set(id, {
      id,
      projectId: ATLAS_PROJECT,
      startedAt: Date.now() - 10,
      readyAt: Date.now() - 10,
      migrationHosts: ['mig01.example.com'],
      plan
    })
    const cutover = await send('PUT', `/api/atlas/v2/groups/${ATLAS_PROJECT}/liveMigrations/${id}/cutover`, bearer)
    expect(cutover.status).toBe(204)
    expect(cutover.headers.get('content-type')).toBe(`${V1};charset=utf-8`)
    expect(cutover.text).toBe('')
  })

  it('challenges with the recorded header and a pretty-printed UNEXPECTED_ERROR body, no X-Error-Code', async () => {
    await start()
    const challenge = await send('POST', LINK_TOKENS, { accept: V1, 'content-type': V1 }, '{}')
    expect(challenge.status).toBe(401)
    expect(challenge.headers.get('www-authenticate')).toMatch(CHALLENGE)
    expect(challenge.headers.get('content-type')).toBe('application/json')
    expect(challenge.headers.get('x-error-code')).toBeNull()
    expect(challenge.text).toBe(
      `{\n  "error" : 401,\n  "reason" : "Unauthorized",\n  "detail" : "${NOT_AUTHORIZED}",\n  "errorCode" : "UNEXPECTED_ERROR"\n}`
    )
  })

  it('refuses a wrong key with a 401 that has no errorCode, and a fresh challenge', async () => {
    await start()
    const right = await digest(API_KEY.privateKey)
    expect(right.status).toBe(201)
    const wrong = await digest('not-the-private-key')
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('www-authenticate')).toMatch(CHALLENGE)
    expect(wrong.headers.get('x-error-code')).toBeNull()
    expect(wrong.text).toBe(`{\n  "error" : 401,\n  "reason" : "Unauthorized",\n  "detail" : "${NOT_AUTHORIZED}"\n}`)
    expect(JSON.parse(wrong.text)).not.toHaveProperty('errorCode')
  })

  it('answers "no link" in the 2026-08 form by default: UNEXPECTED_ERROR, with X-Error-Code', async () => {
    await start()
    const answer = await send('DELETE', LINK_TOKENS, bearer)
    expect(answer.status).toBe(404)
    expect(answer.headers.get('content-type')).toBe('application/json')
    expect(answer.headers.get('x-error-code')).toBe('UNEXPECTED_ERROR')
    expect(answer.text).toBe(
      '{"detail":"Could not find the requested external organization link.","error":404,"errorCode":"UNEXPECTED_ERROR","parameters":null,"reason":"Not Found"}'
    )
  })

  it('answers "no link" in the older form when asked: errorCode null, no X-Error-Code; both read as no link', async () => {
    await start({ noLinkForm: 'null-error-code' })
    const answer = await send('DELETE', LINK_TOKENS, bearer)
    expect(answer.status).toBe(404)
    expect(answer.headers.get('x-error-code')).toBeNull()
    expect(answer.text).toBe(
      '{"detail":"Could not find the requested external organization link.","error":404,"errorCode":null,"parameters":null,"reason":"Not Found"}'
    )
    const err = ApiError.fromResponse('Delete link tokens', 'DELETE', {
      status: answer.status,
      url: `${api?.url}${LINK_TOKENS}`,
      body: answer.text,
      headers: Object.fromEntries(answer.headers)
    })
    expect(isMissingLink(err)).toBe(true)
  })

  it('answers a project that does not exist with 404 GROUP_NOT_FOUND, X-Error-Code and parameters', async () => {
    await start()
    const missing = '111111111111111111111111'
    const answer = await send('GET', `/api/atlas/v2/groups/${missing}/liveMigrations/0123456789abcdef01234567`, bearer)
    expect(answer.status).toBe(404)
    expect(answer.headers.get('x-error-code')).toBe('GROUP_NOT_FOUND')
    expect(JSON.parse(answer.text)).toEqual({
      detail: `No group with ID ${missing} exists.`,
      error: 404,
      errorCode: 'GROUP_NOT_FOUND',
      parameters: [missing],
      reason: 'Not Found'
    })
  })

  it('answers 403 IP_ADDRESS_NOT_ON_ACCESS_LIST when the access list lacks the caller', async () => {
    await start()
    expect((await createToken()).status).toBe(201)
    await api?.close()
    await start({ ipAccessListDenies: true })
    const answer = await createToken()
    expect(answer.status).toBe(403)
    expect(answer.headers.get('x-error-code')).toBe('IP_ADDRESS_NOT_ON_ACCESS_LIST')
    expect(JSON.parse(answer.text)).toEqual({
      detail: 'IP address 127.0.0.1 is not allowed to access this resource.',
      error: 403,
      errorCode: 'IP_ADDRESS_NOT_ON_ACCESS_LIST',
      parameters: ['127.0.0.1'],
      reason: 'Forbidden'
    })
    // Credentials are checked first: no key at all still gets the challenge.
    expect((await send('POST', LINK_TOKENS, { accept: V1 })).status).toBe(401)
  })

  it('rate-limits with the recorded 429: detail text, X-Error-Code, Ratelimit-* and Retry-After', async () => {
    await start({ linkTokenBucket: { capacity: 2, refillPerMinute: 1 } })
    const first = await createToken()
    const second = await createToken()
    expect([first.status, second.status]).toEqual([201, 201])
    expect(first.headers.get('ratelimit-limit')).toBe('2')
    expect([first.headers.get('ratelimit-remaining'), second.headers.get('ratelimit-remaining')]).toEqual(['1', '0'])

    const limited = await createToken()
    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toBe('application/json')
    expect(limited.headers.get('x-error-code')).toBe('RATE_LIMITED_TOKEN_BUCKET')
    expect(limited.headers.get('ratelimit-limit')).toBe('2')
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    const body = JSON.parse(limited.text)
    const where = LINK_TOKENS.slice(1)
    expect(body).toEqual({
      detail: `Rate limit exceeded for ${where}. Please retry after ${retryAfter} seconds. Request capacity: 2. Refill rate: 1 per 60 seconds. For more information, see: http://dochub.mongodb.org/core/atlas-api-rate-limit.`,
      error: 429,
      errorCode: 'RATE_LIMITED_TOKEN_BUCKET',
      parameters: [where, retryAfter, 2, 1, 60],
      reason: 'Too Many Requests'
    })
  })

  it('puts Ratelimit-* on the answers of calls that took a token, and none where there is no bucket', async () => {
    await start({ atlasProjects: [ATLAS_PROJECT], groupBucket: { capacity: 100, refillPerMinute: 100 } })
    const path = `/api/atlas/v2/groups/${ATLAS_PROJECT}/liveMigrations/validate/0123456789abcdef01234567`
    const answer = await send('GET', path, bearer)
    expect(answer.status).toBe(404)
    expect(answer.headers.get('ratelimit-limit')).toBe('100')
    expect(answer.headers.get('ratelimit-remaining')).toBe('99')
    const unbucketed = await createToken()
    expect(unbucketed.status).toBe(201)
    expect(unbucketed.headers.get('ratelimit-limit')).toBeNull()
  })
})
