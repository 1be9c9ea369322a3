import { describe, expect, it } from 'vitest'
import { createDigestClient, DigestAuthenticator, parseChallenges } from '../src/transport/digest'

type DigestState = { digest: { cnonce: string } }

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

describe('DigestAuthenticator', () => {
  const stale = (nonce: string) =>
    `Digest realm="MMS Public API", nonce="${nonce}", algorithm=MD5, qop="auth", stale=true`
  const fresh = (nonce: string) =>
    `Digest realm="MMS Public API", nonce="${nonce}", algorithm=MD5, qop="auth", stale=false`
  const sign = async (digest: DigestAuthenticator, path = '/api/x') =>
    (await digest.authorization('POST', path)) as string

  it('sends nothing before a challenge, answers one, then reuses the nonce with a rising nc', async () => {
    const digest = new DigestAuthenticator('pub', 'priv')
    expect(await digest.authorization('POST', '/api/x')).toBeUndefined()

    expect(await digest.unauthorized([challenge('MD5')], 1)).toBe(true)
    expect(field(await sign(digest), 'nc')).toBe('00000001')

    const header = await sign(digest, '/api/y?pretty=true')
    expect(field(header, 'nc')).toBe('00000002')
    expect(field(header, 'nonce')).toBe(RFC.nonce)
    expect(field(header, 'uri')).toBe('/api/y?pretty=true')

    // The server forgot the nonce: a new challenge on a request's first 401 starts the count again.
    expect(await digest.unauthorized([challenge('MD5').replace(RFC.nonce, 'fresh-nonce')], 1)).toBe(true)
    const renewed = await sign(digest)
    expect(field(renewed, 'nonce')).toBe('fresh-nonce')
    expect(field(renewed, 'nc')).toBe('00000001')
    expect(digest.challengesAnswered).toBe(2)
  })

  it('writes the nonce count in hexadecimal (RFC 7616 §3.4): 0000000a on the tenth use, 00000010 on the sixteenth', async () => {
    const digest = new DigestAuthenticator('pub', 'priv')
    await digest.unauthorized([fresh('n')], 1)
    const ncs: (string | undefined)[] = []
    for (let use = 1; use <= 16; use++) ncs.push(field(await sign(digest, `/api/${use}`), 'nc'))
    expect(ncs[9 - 1]).toBe('00000009')
    expect(ncs[10 - 1]).toBe('0000000a')
    expect(ncs[16 - 1]).toBe('00000010')
  })

  it('answers stale=true once more with the new nonce, a bounded number of rounds', async () => {
    const digest = new DigestAuthenticator('pub', 'priv')
    expect(await digest.unauthorized([fresh('first')], 1)).toBe(true)
    expect(await digest.unauthorized([stale('second')], 2)).toBe(true)
    expect(field(await sign(digest), 'nonce')).toBe('second')
    expect(await digest.unauthorized([stale('third')], 3)).toBe(true)
    expect(await digest.unauthorized([stale('fourth')], 4)).toBe(false)
  })

  it('gives back a 401 without stale=true (a wrong key) after one round', async () => {
    const digest = new DigestAuthenticator('pub', 'priv')
    expect(await digest.unauthorized([fresh('first')], 1)).toBe(true)
    expect(await digest.unauthorized([fresh('again')], 2)).toBe(false)
  })

  it('picks Digest out of a 401 that also offers Basic, in one field or in two', async () => {
    for (const fields of [
      ['Basic realm="MMS", Digest realm="MMS Public API", nonce="dn", qop="auth", algorithm=MD5'],
      ['Basic realm="MMS"', 'Digest realm="MMS Public API", nonce="dn", qop="auth", algorithm=MD5']
    ]) {
      const digest = new DigestAuthenticator('pub', 'priv')
      expect(await digest.unauthorized(fields, 1)).toBe(true)
      const header = await sign(digest)
      expect(field(header, 'realm')).toBe('MMS Public API')
      expect(field(header, 'nonce')).toBe('dn')
      expect(header).toMatch(/^Digest /)
    }
  })

  it('leaves non-Digest answers alone', async () => {
    const digest = new DigestAuthenticator('pub', 'priv')
    expect(await digest.unauthorized(['Bearer realm="x"'], 1)).toBe(false)
    expect(await digest.unauthorized(['Basic realm="x"'], 1)).toBe(false)
    expect(await digest.unauthorized([], 1)).toBe(false)
  })
})
