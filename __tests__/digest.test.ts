import { describe, expect, it } from 'vitest'
import type { HttpClient, HttpClientResponse } from '@actions/http-client'
import type { RequestInfo } from '@actions/http-client/lib/interfaces'
import { EventEmitter } from 'node:events'
import { DigestAuthHandler, createDigestClient } from '../src/transport/digest'

type DigestState = { digest: { cnonce: string } }
const authorization = (info: RequestInfo): string => String((info.options.headers as Record<string, unknown>).authorization)

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

function field(header: string, name: string): string | undefined {
  return new RegExp(`${name}="?([^",]*)"?`).exec(header)?.[1]
}

describe('Digest response (RFC 7616 §3.9.1)', () => {
  it.each([
    ['MD5', '8ca523f5e9506fed4657c9700eebdbec'],
    ['SHA-256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1']
  ])('computes the %s example', async (algorithm, expected) => {
    const client = await createDigestClient(RFC.username, RFC.password, challenge(algorithm))
    ;(client as unknown as DigestState).digest.cnonce = RFC.cnonce
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
    const a = await createDigestClient('u', 'p', challenge('MD5'))
    const b = await createDigestClient('u', 'p', challenge('MD5'))
    const cnonce = (client: unknown) => (client as DigestState).digest.cnonce
    expect(cnonce(a)).toMatch(/^[0-9a-f]{32}$/)
    expect(cnonce(a)).not.toBe(cnonce(b))
  })
})

describe('DigestAuthHandler', () => {
  function unauthorized(header: string): HttpClientResponse {
    const message = Object.assign(new EventEmitter(), {
      statusCode: 401,
      headers: { 'www-authenticate': header },
      resume(this: EventEmitter) {
        setImmediate(() => this.emit('end'))
        return this
      }
    })
    return { message } as unknown as HttpClientResponse
  }
  const sent: string[] = []
  const httpClient = {
    requestRaw: async (info: RequestInfo) => {
      sent.push(authorization(info))
      return { message: { statusCode: 200 } } as HttpClientResponse
    }
  } as unknown as HttpClient
  const info = (path: string): RequestInfo => ({ options: { method: 'POST', path, headers: {} } }) as unknown as RequestInfo

  it('sends nothing before a challenge, answers one, then reuses the nonce with a rising nc', async () => {
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

  it('leaves non-Digest answers alone', () => {
    const handler = new DigestAuthHandler('pub', 'priv')
    expect(handler.canHandleAuthentication(unauthorized('Bearer realm="x"'))).toBe(false)
    const ok = { message: { statusCode: 200, headers: {} } } as unknown as HttpClientResponse
    expect(handler.canHandleAuthentication(ok)).toBe(false)
  })
})
