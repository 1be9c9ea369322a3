import { EventEmitter } from 'node:events'
import type { HttpClient, HttpClientResponse } from '@actions/http-client'
import type { RequestInfo } from '@actions/http-client/lib/interfaces'
import { describe, expect, it } from 'vitest'
import { createDigestClient, DigestAuthHandler, parseChallenges } from '../src/transport/digest'

type DigestState = { digest: { cnonce: string } }
const authorization = (info: RequestInfo): string =>
  String((info.options.headers as Record<string, unknown>).authorization)

// RFC 7616 §3.9.1: the worked example.
const RFC = {
  username: 'Mufasa',
  password: 'Circle of Life',
  nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
  cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS'
}
const challenge = (algorithm: string) =>
  `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, nonce="${RFC.nonce}", opaque="${RFC.opaque}"`
const parsed = (header: string) => parseChallenges([header])[0] as NonNullable<ReturnType<typeof parseChallenges>[0]>

function field(header: string, name: string): string | undefined {
  return new RegExp(`${name}="?([^",]*)"?`).exec(header)?.[1]
}

describe('Digest response (RFC 7616 §3.9.1)', () => {
  it.each([
    ['MD5', '8ca523f5e9506fed4657c9700eebdbec'],
    ['SHA-256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1']
  ])('computes the %s example', async (algorithm, expected) => {
    const client = await createDigestClient(RFC.username, RFC.password, parsed(challenge(algorithm)))
    ;(client as unknown as DigestState).digest.cnonce = RFC.cnonce
    ;(client.digest as { nc: unknown }).nc = '1'
    const { headers } = client.addAuth('http://www.example.org/dir/index.html', { method: 'GET', headers: {} }) as {
      headers: { Authorization: string }
    }
    expect(field(headers.Authorization, 'response')).toBe(expected)
    expect(field(headers.Authorization, 'nc')).toBe('00000001')
    expect(field(headers.Authorization, 'qop')).toBe('auth')
    expect(field(headers.Authorization, 'uri')).toBe('/dir/index.html')
    expect(field(headers.Authorization, 'opaque')).toBe(RFC.opaque)
  })

  it('makes a fresh random client nonce per challenge', async () => {
    const a = await createDigestClient('u', 'p', parsed(challenge('MD5')))
    const b = await createDigestClient('u', 'p', parsed(challenge('MD5')))
    const cnonce = (client: unknown) => (client as DigestState).digest.cnonce
    expect(cnonce(a)).toMatch(/^[0-9a-f]{32}$/)
    expect(cnonce(a)).not.toBe(cnonce(b))
  })
})

describe('WWW-Authenticate parsing (RFC 7235 §4.1)', () => {
  it("reads several challenges in one field and picks out each one's own parameters", () => {
    const [basic, digest] = parseChallenges([
      'Basic realm="Basic area, with a comma", charset="UTF-8", Digest realm="MMS Public API", domain="", nonce="n1", algorithm=MD5, qop="auth", stale=false'
    ])
    expect(basic).toEqual({ scheme: 'Basic', params: { realm: 'Basic area, with a comma', charset: 'UTF-8' } })
    expect(digest).toEqual({
      scheme: 'Digest',
      params: { realm: 'MMS Public API', domain: '', nonce: 'n1', algorithm: 'MD5', qop: 'auth', stale: 'false' }
    })
  })

  it('reads the RFC 7235 example, with escapes and a token68', () => {
    const challenges = parseChallenges([
      'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
      'Bearer abc.def=='
    ])
    expect(challenges).toEqual([
      { scheme: 'Newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
      { scheme: 'Basic', params: { realm: 'simple' } },
      { scheme: 'Bearer', params: {}, token68: 'abc.def==' }
    ])
  })
})

describe('DigestAuthHandler', () => {
  /** A 401 as node:http gives it: each WWW-Authenticate field in rawHeaders, joined in headers. */
  function unauthorized(...fields: string[]): HttpClientResponse {
    const message = Object.assign(new EventEmitter(), {
      statusCode: 401,
      headers: { 'www-authenticate': fields.join(', ') },
      rawHeaders: fields.flatMap(value => ['WWW-Authenticate', value]),
      resume(this: EventEmitter) {
        setImmediate(() => this.emit('end'))
        return this
      }
    })
    return { message } as unknown as HttpClientResponse
  }
  const ok = { message: { statusCode: 200, headers: {}, rawHeaders: [] } } as unknown as HttpClientResponse
  /** A stand-in HttpClient whose requestRaw answers from a script (200 once it runs out). */
  function scripted(answers: HttpClientResponse[] = []) {
    const sent: string[] = []
    const httpClient = {
      requestRaw: async (info: RequestInfo) => {
        sent.push(authorization(info))
        return answers.shift() ?? ok
      }
    } as unknown as HttpClient
    return { sent, httpClient }
  }
  const info = (path: string): RequestInfo =>
    ({ options: { method: 'POST', path, headers: {} } }) as unknown as RequestInfo
  const stale = (nonce: string) =>
    `Digest realm="MMS Public API", nonce="${nonce}", algorithm=MD5, qop="auth", stale=true`
  const fresh = (nonce: string) =>
    `Digest realm="MMS Public API", nonce="${nonce}", algorithm=MD5, qop="auth", stale=false`

  it('sends nothing before a challenge, answers one, then reuses the nonce with a rising nc', async () => {
    const { sent, httpClient } = scripted()
    const handler = new DigestAuthHandler('pub', 'priv')
    const first = info('/api/x')
    handler.prepareRequest(first.options)
    expect(first.options.headers).toEqual({})

    expect(handler.canHandleAuthentication(unauthorized(challenge('MD5')))).toBe(true)
    await handler.handleAuthentication(httpClient, first, null)
    expect(field(sent.at(-1) as string, 'nc')).toBe('00000001')

    const second = info('/api/y?pretty=true')
    handler.prepareRequest(second.options)
    const header = authorization(second)
    expect(field(header, 'nc')).toBe('00000002')
    expect(field(header, 'nonce')).toBe(RFC.nonce)
    expect(field(header, 'uri')).toBe('/api/y?pretty=true')

    // A stale nonce: a new challenge starts the count again.
    expect(handler.canHandleAuthentication(unauthorized(challenge('MD5').replace(RFC.nonce, 'fresh-nonce')))).toBe(true)
    await handler.handleAuthentication(httpClient, second, null)
    expect(field(sent.at(-1) as string, 'nonce')).toBe('fresh-nonce')
    expect(field(sent.at(-1) as string, 'nc')).toBe('00000001')
    expect(handler.challengesAnswered).toBe(2)
  })

  it('writes the nonce count in hexadecimal (RFC 7616 §3.4): 0000000a on the tenth use, 00000010 on the sixteenth', async () => {
    const { httpClient } = scripted()
    const handler = new DigestAuthHandler('pub', 'priv')
    handler.canHandleAuthentication(unauthorized(fresh('n')))
    await handler.handleAuthentication(httpClient, info('/api/0'), null)
    const ncs: (string | undefined)[] = []
    for (let use = 2; use <= 16; use++) {
      const request = info(`/api/${use}`)
      handler.prepareRequest(request.options)
      ncs.push(field(authorization(request), 'nc'))
    }
    expect(ncs[8 - 1]).toBe('00000009')
    expect(ncs[9 - 1]).toBe('0000000a')
    expect(ncs[15 - 1]).toBe('00000010')
  })

  it('answers stale=true on the first answered challenge once more, with the new nonce', async () => {
    const { sent, httpClient } = scripted([unauthorized(stale('second'))])
    const handler = new DigestAuthHandler('pub', 'priv')
    handler.canHandleAuthentication(unauthorized(fresh('first')))
    const response = await handler.handleAuthentication(httpClient, info('/api/x'), null)
    expect(response.message.statusCode).toBe(200)
    expect(sent.map(h => field(h, 'nonce'))).toEqual(['first', 'second'])
    expect(sent.map(h => field(h, 'nc'))).toEqual(['00000001', '00000001'])
  })

  it('ends after a bounded number of rounds when the server keeps answering stale=true', async () => {
    const answers = Array.from({ length: 10 }, (_, i) => unauthorized(stale(`n${i}`)))
    const { sent, httpClient } = scripted(answers)
    const handler = new DigestAuthHandler('pub', 'priv')
    handler.canHandleAuthentication(unauthorized(fresh('first')))
    const response = await handler.handleAuthentication(httpClient, info('/api/x'), null)
    expect(response.message.statusCode).toBe(401)
    expect(sent).toHaveLength(3)
  })

  it('returns a 401 without stale=true (a wrong key) after one round', async () => {
    const { sent, httpClient } = scripted([unauthorized(fresh('again'))])
    const handler = new DigestAuthHandler('pub', 'priv')
    handler.canHandleAuthentication(unauthorized(fresh('first')))
    const response = await handler.handleAuthentication(httpClient, info('/api/x'), null)
    expect(response.message.statusCode).toBe(401)
    expect(sent).toHaveLength(1)
  })

  it('picks Digest out of a 401 that also offers Basic, in one field or in two', async () => {
    for (const answer of [
      unauthorized('Basic realm="MMS", Digest realm="MMS Public API", nonce="dn", qop="auth", algorithm=MD5'),
      unauthorized('Basic realm="MMS"', 'Digest realm="MMS Public API", nonce="dn", qop="auth", algorithm=MD5')
    ]) {
      const { sent, httpClient } = scripted()
      const handler = new DigestAuthHandler('pub', 'priv')
      expect(handler.canHandleAuthentication(answer)).toBe(true)
      await handler.handleAuthentication(httpClient, info('/api/x'), null)
      expect(field(sent[0] as string, 'realm')).toBe('MMS Public API')
      expect(field(sent[0] as string, 'nonce')).toBe('dn')
      expect(sent[0]).toMatch(/^Digest /)
    }
  })

  it('leaves non-Digest answers alone', () => {
    const handler = new DigestAuthHandler('pub', 'priv')
    expect(handler.canHandleAuthentication(unauthorized('Bearer realm="x"'))).toBe(false)
    expect(handler.canHandleAuthentication(unauthorized('Basic realm="x"'))).toBe(false)
    expect(handler.canHandleAuthentication(ok)).toBe(false)
  })
})
