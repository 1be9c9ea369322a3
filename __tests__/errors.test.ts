import { describe, expect, it } from 'vitest'
import type { SettingNames } from '../src/errors'
import { ApiError, DEFAULT_SETTING_NAMES, NetworkError } from '../src/errors'
import { isMissingLink } from '../src/link/missing-link'
import { parseInputs } from '../src/registry'

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

describe('messages that match the real API', () => {
  const ORG_URL = 'https://cloud.mongodb.com/api/atlas/v2/orgs/5f1a2b3c4d5e6f7a8b9c0d1e/liveMigrations/linkTokens'
  const answer = (
    status: number,
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
    names?: SettingNames,
    url = ORG_URL
  ) => ApiError.fromResponse('Delete link tokens', 'DELETE', { status, url, body, headers }, names)
  const NO_LINK = 'Could not find the requested external organization link.'

  it('points a 403 IP_ADDRESS_NOT_ON_ACCESS_LIST at the IP access list, not at a role', () => {
    const err = answer(
      403,
      JSON.stringify({
        detail: 'IP address 203.0.113.7 is not allowed to access this resource.',
        error: 403,
        errorCode: 'IP_ADDRESS_NOT_ON_ACCESS_LIST',
        parameters: ['203.0.113.7'],
        reason: 'Forbidden'
      }),
      { 'content-type': 'application/json', 'x-error-code': 'IP_ADDRESS_NOT_ON_ACCESS_LIST' }
    )
    expect(err.message).toContain(
      "IP_ADDRESS_NOT_ON_ACCESS_LIST: IP address 203.0.113.7 is not allowed to access this resource. The IP access list of the API key or service account (the credentials (the key pair or service account)) must include this runner's public address"
    )
    expect(err.message).not.toContain('Organization Owner role')
    expect(err.errorCode).toBe('IP_ADDRESS_NOT_ON_ACCESS_LIST')
  })

  it('keeps the role hint for a 403 with another code', () => {
    const err = answer(
      403,
      JSON.stringify({ detail: 'No.', error: 403, errorCode: 'NOT_ORG_OWNER', reason: 'Forbidden' })
    )
    expect(err.message).toMatch(/NOT_ORG_OWNER: No\. The API key or service account needs the Organization Owner role/)
    expect(err.message).not.toContain('IP access list')
  })

  it('points a 401 without an errorCode (a wrong or foreign key) at the credentials and their org or project', () => {
    const body =
      '{\n  "error" : 401,\n  "reason" : "Unauthorized",\n  "detail" : "You are not authorized for this resource."\n}'
    const names = { ...DEFAULT_SETTING_NAMES, credentials: 'public-key / private-key' }
    const err = answer(401, body, { 'content-type': 'application/json' }, names)
    expect(err.message).toBe(
      `Delete link tokens failed: HTTP 401 from DELETE ${new URL(ORG_URL).pathname}: You are not authorized for this resource. Check public-key / private-key, and that the key belongs to this organization or project (a key without access to it is refused the same way).`
    )
    expect(err.message).not.toContain('IP access list')
    expect(err.errorCode).toBeUndefined()
  })

  it('takes the errorCode from the X-Error-Code header when the body has none, and uses it for the hint', () => {
    const err = answer(403, JSON.stringify({ error: 403, detail: 'Not from here.', reason: 'Forbidden' }), {
      'content-type': 'application/json',
      'x-error-code': 'IP_ADDRESS_NOT_ON_ACCESS_LIST'
    })
    expect(err.errorCode).toBe('IP_ADDRESS_NOT_ON_ACCESS_LIST')
    expect(err.fromApi).toBe(true)
    expect(err.message).toContain('IP_ADDRESS_NOT_ON_ACCESS_LIST: Not from here. The IP access list')
    // The body's own code wins over the header's.
    const both = answer(404, JSON.stringify({ error: 404, errorCode: 'GROUP_NOT_FOUND', detail: 'x' }), {
      'x-error-code': 'SOMETHING_ELSE'
    })
    expect(both.errorCode).toBe('GROUP_NOT_FOUND')
  })

  it('recognises both real "no link" 404 forms as the API saying there is no link', () => {
    const newer = answer(
      404,
      JSON.stringify({
        detail: NO_LINK,
        error: 404,
        errorCode: 'UNEXPECTED_ERROR',
        parameters: null,
        reason: 'Not Found'
      }),
      { 'content-type': 'application/json', 'x-error-code': 'UNEXPECTED_ERROR' }
    )
    const older = answer(
      404,
      JSON.stringify({ detail: NO_LINK, error: 404, errorCode: null, parameters: null, reason: 'Not Found' })
    )
    for (const err of [newer, older]) {
      expect(err.fromApi).toBe(true)
      expect(isMissingLink(err)).toBe(true)
      expect(err.message).not.toContain('did not answer like the MongoDB API')
    }
    expect(older.errorCode).toBeUndefined()
    expect(newer.errorCode).toBe('UNEXPECTED_ERROR')
  })

  it.each([
    ['an HTML 404', '<html><body><h1>Not Found</h1></body></html>', { 'content-type': 'text/html' }],
    ['a 404 with no body', '', {}],
    ['a JSON 404 without the errorCode key', '{"message":"Not Found","status":404}', {}],
    ['a JSON 404 with error and detail but no errorCode key', JSON.stringify({ error: 404, detail: NO_LINK }), {}],
    [
      'a null errorCode whose error is not the status',
      JSON.stringify({ error: 400, errorCode: null, detail: NO_LINK }),
      {}
    ],
    ['a null errorCode without a detail', JSON.stringify({ error: 404, errorCode: null, reason: 'Not Found' }), {}]
  ])('still rejects %s as not the API', (_name, body, headers: Record<string, string>) => {
    const err = answer(404, body, headers)
    expect(err.fromApi).toBe(false)
    expect(isMissingLink(err)).toBe(false)
    expect(err.message).toContain('The host did not answer like the MongoDB API: check base-url')
  })

  it('does not take a path error or a missing org for "no link"', () => {
    const path = answer(
      404,
      JSON.stringify({ error: 404, errorCode: null, detail: 'Cannot find resource /api/atlas/v2/link.' }),
      {}
    )
    expect(path.fromApi).toBe(true)
    expect(isMissingLink(path)).toBe(false)
    const org = answer(404, JSON.stringify({ error: 404, errorCode: null, detail: NO_LINK }), {
      'x-error-code': 'ORG_NOT_FOUND'
    })
    expect(isMissingLink(org)).toBe(false)
  })

  const namesOf = (inputs: Record<string, string>) => {
    const config = parseInputs(name => inputs[name] ?? '')
    return ('atlas' in config ? config.atlas : config.source).names
  }
  const KEY = { 'public-key': 'pub', 'private-key': 'priv' }
  const PROJECT = '7c8d9e0f1a2b3c4d5e6f7a8b'
  const MIGRATION = '0123456789abcdef01234567'
  const resourceNotFound = JSON.stringify({ error: 404, errorCode: 'RESOURCE_NOT_FOUND', detail: 'Gone.' })

  it.each([
    ['migration-status', 'Check project-id, migration-id and base-url: what they name must exist on that host.'],
    ['cutover', 'Check project-id, migration-id and base-url: what they name must exist on that host.']
  ])('names project-id and migration-id in the 404 hint of %s', (mode, hint) => {
    const names = namesOf({
      mode,
      'project-id': PROJECT,
      'migration-id': MIGRATION,
      'confirm-writes-stopped': 'true',
      ...KEY
    })
    expect(names.ids).toBe('project-id and migration-id')
    const err = answer(404, resourceNotFound, {}, names)
    expect(err.message).toContain(`RESOURCE_NOT_FOUND: Gone. ${hint}`)
    expect(err.message).not.toContain('org-id')
  })

  it('names the ID inputs of each other mode', () => {
    const migration = {
      'project-id': PROJECT,
      'source-project-id': '9e0f1a2b3c4d5e6f7a8b9c0d',
      'source-cluster-name': 'payments',
      'cluster-name': 'payments',
      'migration-host': 'mig01.example.com',
      'source-ssl': 'true',
      ...KEY
    }
    expect(namesOf({ mode: 'validate-migration', ...migration }).ids).toBe('project-id')
    expect(namesOf({ mode: 'start-migration', ...migration }).ids).toBe('project-id')
    expect(namesOf({ mode: 'delete-link-token', 'org-id': '5f1a2b3c4d5e6f7a8b9c0d1e', ...KEY }).ids).toBe('org-id')
    expect(namesOf({ mode: 'unlink-org', 'org-id': '5f1a2b3c4d5e6f7a8b9c0d1e', ...KEY }).ids).toBe('org-id')
    const validate = answer(404, resourceNotFound, {}, namesOf({ mode: 'validate-migration', ...migration }))
    expect(validate.message).toContain('Check project-id and base-url: what they name must exist on that host.')
    const link = answer(404, resourceNotFound, {}, DEFAULT_SETTING_NAMES)
    expect(link.message).toContain('Check org-id and base-url: what they name must exist on that host.')
    // SettingNames without ids (built elsewhere) fall back to orgId.
    const legacy = answer(
      404,
      resourceNotFound,
      {},
      { baseUrl: 'source-base-url', orgId: 'source-org-id', credentials: 'x' }
    )
    expect(legacy.message).toContain('Check source-org-id and source-base-url: what they name')
  })

  it('points GROUP_NOT_FOUND at project-id and ORG_NOT_FOUND at the org input', () => {
    const group = answer(
      404,
      JSON.stringify({
        detail: `No group with ID ${PROJECT} exists.`,
        error: 404,
        errorCode: 'GROUP_NOT_FOUND',
        parameters: [PROJECT],
        reason: 'Not Found'
      }),
      { 'x-error-code': 'GROUP_NOT_FOUND' },
      { ...DEFAULT_SETTING_NAMES, ids: 'project-id and migration-id' }
    )
    expect(group.message).toContain(
      'GROUP_NOT_FOUND: No group with ID 7c8d9e0f1a2b3c4d5e6f7a8b exists. Check project-id and base-url: the project must exist on that host, and the key must have access to it.'
    )
    const org = answer(
      404,
      JSON.stringify({ error: 404, errorCode: 'ORG_NOT_FOUND', detail: 'No org.' }),
      {},
      {
        baseUrl: 'source-base-url',
        orgId: 'source-org-id',
        ids: 'source-org-id',
        credentials: 'x'
      }
    )
    expect(org.message).toContain('Check source-org-id and source-base-url: the organization must exist on that host.')
  })
})
