import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '../src/errors'

const call = (status: number, body: string, contentType = 'application/json') =>
  new ApiError({
    operation: 'Create link token',
    method: 'POST',
    url: 'https://cloud.mongodb.com/api/atlas/v2/orgs/5f1a2b3c4d5e6f7a8b9c0d1e/liveMigrations/linkTokens?pretty=true',
    status,
    contentType,
    body
  })

describe('API error messages', () => {
  it('gives status, errorCode, detail and a hint on one line', () => {
    const err = call(
      403,
      JSON.stringify({
        error: 403,
        errorCode: 'USER_UNAUTHORIZED',
        detail: 'Current user is not authorized.\nReally.',
        reason: 'Forbidden'
      })
    )
    expect(err.message).toBe(
      'Create link token failed: HTTP 403 from POST /api/atlas/v2/orgs/5f1a2b3c4d5e6f7a8b9c0d1e/liveMigrations/linkTokens: USER_UNAUTHORIZED: Current user is not authorized. Really. The API key or service account needs the Organization Owner role in this organization.'
    )
    expect(err.status).toBe(403)
    expect(err.errorCode).toBe('USER_UNAUTHORIZED')
  })

  it('falls back to reason when there is no detail', () => {
    expect(
      call(400, JSON.stringify({ error: 400, errorCode: 'VALIDATION_ERROR', reason: 'Bad Request' })).message
    ).toContain('VALIDATION_ERROR: Bad Request.')
  })

  it('reads OAuth errors', () => {
    const err = call(401, JSON.stringify({ error: 'invalid_client', error_description: 'Bad client.' }))
    expect(err.message).toContain('invalid_client: Bad client. Check client-id and client-secret')
    expect(err.errorCode).toBe('invalid_client')
  })

  it('describes an HTML error page in a few words', () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>${'x'.repeat(500)}</body></html>`
    const err = call(502, page, 'text/html; charset=iso-8859-1')
    expect(err.message).toMatch(
      /HTTP 502 .*non-JSON text\/html body: 502 Bad Gateway Bad Gateway x+…\. The service had a problem/
    )
    expect(err.message.length).toBeLessThan(400)
    expect(err.message).not.toContain('\n')
  })

  it('says when the body was empty', () => {
    expect(call(500, '').message).toContain(
      'HTTP 500 from POST /api/atlas/v2/orgs/5f1a2b3c4d5e6f7a8b9c0d1e/liveMigrations/linkTokens: empty body.'
    )
  })
})

describe('network error messages', () => {
  const fail = (code: string, message = 'x') =>
    new NetworkError('Link organization', 'POST', 'https://om/x', Object.assign(new Error(message), { code }))
  it('points a private CA at NODE_EXTRA_CA_CERTS', () => {
    expect(fail('UNABLE_TO_VERIFY_LEAF_SIGNATURE').message).toContain('NODE_EXTRA_CA_CERTS')
    expect(fail('SELF_SIGNED_CERT_IN_CHAIN').message).toContain('NODE_EXTRA_CA_CERTS')
  })
  it('tells a certificate for another host name from an untrusted one', () => {
    const message = fail('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames").message
    expect(message).toContain('TLS certificate does not match the host name')
    expect(message).not.toContain('NODE_EXTRA_CA_CERTS')
  })
  it('names the proxy when a tunnel fails', () => {
    const err = fail('ECONNRESET', 'tunneling socket could not be established, statusCode=503')
    expect(err.message).toContain(
      'the proxy could not open a tunnel to the host (it answered HTTP 503 to CONNECT). Check https_proxy / no_proxy'
    )
  })
  it('explains refused connections, unknown hosts and timeouts', () => {
    expect(fail('ECONNREFUSED').message).toContain('connection refused')
    expect(fail('ENOTFOUND').message).toContain('host name not found')
    expect(fail('', 'Request timeout: /x').message).toContain('request-timeout-seconds')
  })
})
