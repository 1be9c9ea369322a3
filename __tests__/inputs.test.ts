import { describe, expect, it } from 'vitest'
import type { ActionConfig } from '../src/config'
import { InputError } from '../src/inputs'
import { parseInputs } from '../src/registry'

const ORG = '5f1a2b3c4d5e6f7a8b9c0d1e'
const SOURCE = '6a7b8c9d0e1f2a3b4c5d6e7f'
const KEY = { 'public-key': 'pub', 'private-key': 'priv' }

function parse(inputs: Record<string, string>): ActionConfig {
  return parseInputs(name => inputs[name] ?? '')
}
function parseError(inputs: Record<string, string>): string {
  try {
    parse(inputs)
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('expected an InputError')
}

describe('parseInputs', () => {
  it('builds a create-link-token config with defaults', () => {
    expect(parse({ mode: 'create-link-token', 'org-id': ORG, ...KEY })).toEqual({
      mode: 'create-link-token',
      orgId: ORG,
      atlas: {
        baseUrl: 'https://cloud.mongodb.com',
        credentials: { kind: 'api-key', publicKey: 'pub', privateKey: 'priv' },
        names: { baseUrl: 'base-url', orgId: 'org-id', ids: 'org-id', credentials: 'public-key / private-key' }
      },
      apiVersion: undefined,
      accessListIps: [],
      requestTimeoutSeconds: 30,
      caCertificates: [],
      warnings: []
    })
  })

  it('reads each credential kind', () => {
    const base = { mode: 'link-status', 'org-id': ORG }
    const credentials = (inputs: Record<string, string>) =>
      (parse({ ...base, ...inputs }) as Extract<ActionConfig, { mode: 'link-status' }>).source.credentials
    expect(credentials({ 'client-id': 'id', 'client-secret': 's' })).toEqual({
      kind: 'service-account',
      clientId: 'id',
      clientSecret: 's'
    })
    expect(credentials({ 'access-token': 't' })).toEqual({ kind: 'access-token', accessToken: 't' })
  })

  it('splits access-list-ips on commas, spaces, newlines and YAML list dashes, and drops repeats', () => {
    const config = parse({
      mode: 'create-link-token',
      'org-id': ORG,
      ...KEY,
      'access-list-ips': '- 10.0.0.1\n- 2001:db8::1\n10.0.0.2, 10.0.0.1  192.168.0.1'
    })
    expect(config.mode === 'create-link-token' && config.accessListIps).toEqual([
      '10.0.0.1',
      '2001:db8::1',
      '10.0.0.2',
      '192.168.0.1'
    ])
  })

  it('normalises base-url: keeps an Ops Manager port and path prefix, drops the trailing slash', () => {
    const config = parse({ mode: 'link-status', 'org-id': ORG, ...KEY, 'base-url': 'https://om.example.com:8443/mms/' })
    expect(config.mode === 'link-status' && config.source.baseUrl).toBe('https://om.example.com:8443/mms')
  })

  it('allows plain http to loopback without allow-http, and to other hosts with it, warning', () => {
    const loop = parse({ mode: 'link-status', 'org-id': ORG, ...KEY, 'base-url': 'http://127.0.0.1:8080' })
    expect(loop.warnings).toEqual([])
    const remote = parse({
      mode: 'link-status',
      'org-id': ORG,
      ...KEY,
      'base-url': 'http://om.corp:8080',
      'allow-http': 'true'
    })
    expect(remote.warnings).toEqual([expect.stringContaining('plain http:// to om.corp')])
  })

  it('builds create-and-link from the Atlas inputs and the source-* inputs', () => {
    const config = parse({
      mode: 'create-and-link',
      'org-id': ORG,
      'access-token': 'tok',
      'source-org-id': SOURCE,
      'source-public-key': 'sp',
      'source-private-key': 'ss',
      'wait-for-sync': 'true'
    })
    expect(config).toMatchObject({
      mode: 'create-and-link',
      orgId: ORG,
      sourceOrgId: SOURCE,
      atlas: { credentials: { kind: 'access-token' } },
      source: {
        baseUrl: 'https://cloud.mongodb.com',
        credentials: { kind: 'api-key', publicKey: 'sp', privateKey: 'ss' },
        names: {
          baseUrl: 'source-base-url',
          orgId: 'source-org-id',
          credentials: 'source-public-key / source-private-key'
        }
      },
      waitForSync: { timeoutSeconds: 300 },
      deleteTokenOnFailure: false
    })
    expect(config.warnings).toEqual([])
  })

  it('warns that delete-token-on-failure: true deletes org-wide', () => {
    const config = parse({
      mode: 'create-and-link',
      'org-id': ORG,
      'access-token': 'tok',
      'source-org-id': SOURCE,
      'source-public-key': 'sp',
      'source-private-key': 'ss',
      'delete-token-on-failure': 'true'
    })
    expect(config).toMatchObject({ deleteTokenOnFailure: true })
    expect(config.warnings).toEqual([
      expect.stringMatching(/every link token of Atlas org .* is deleted, with its organization link \(org-wide/)
    ])
  })

  it('warns about inputs the mode ignores', () => {
    const config = parse({ mode: 'unlink-org', 'org-id': ORG, ...KEY, 'link-token': 'x', 'wait-for-sync': 'true' })
    expect(config.warnings).toEqual([
      "Input 'link-token' is not used by mode 'unlink-org'; it is ignored.",
      "Input 'wait-for-sync' is not used by mode 'unlink-org'; it is ignored."
    ])
  })

  it.each([
    [{ mode: '' }, "Input 'mode' is required"],
    [{ mode: 'CREATE-LINK-TOKEN' }, "Input 'mode' must be one of"],
    [{ 'org-id': '' }, "Input 'org-id' is required"],
    [{ 'org-id': ORG.toUpperCase() }, 'lowercase hexadecimal'],
    [{ 'org-id': `${ORG}\n::error::x` }, "Input 'org-id'"],
    [{ 'public-key': '' }, "Input 'public-key' is required"],
    [{ 'client-id': 'id' }, "Input 'client-secret' is required"],
    [{ 'access-token': 't' }, 'More than one kind of credentials is set (api-key, access-token)'],
    [{ 'public-key': 'ab"c' }, "Input 'public-key' must be a public key"],
    [{ 'public-key': 'ab c' }, 'without spaces'],
    [{ 'base-url': 'ftp://x' }, 'must start with https://'],
    [{ 'base-url': 'https://u:p@x.com' }, 'must not contain credentials'],
    [{ 'base-url': 'https://x.com/?a=1' }, 'must not have a query'],
    [{ 'base-url': 'http://10.1.2.3' }, 'allow-http: true'],
    [{ 'access-list-ips': '1.2.3' }, '"1.2.3" is not an IP address'],
    [{ 'access-list-ips': '10.0.0.0/8' }, '"10.0.0.0/8" is not an IP address'],
    [{ 'api-version': '2025-3-12' }, 'YYYY-MM-DD'],
    [{ 'request-timeout-seconds': '0' }, 'from 1 to 600'],
    [{ 'request-timeout-seconds': '1.5' }, 'whole number']
  ])('rejects %j', (override, message) => {
    expect(parseError({ mode: 'create-link-token', 'org-id': ORG, ...KEY, ...override })).toContain(message)
  })

  it('reads ca-certificate as PEM certificate blocks, and refuses anything else', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\nAbCd+/=\n-----END CERTIFICATE-----'
    const base = { mode: 'link-status', 'org-id': ORG, ...KEY }
    expect(parse({ ...base, 'ca-certificate': `${pem}\n${pem}\n` }).caCertificates).toEqual([pem, pem])
    expect(parse(base).caCertificates).toEqual([])
    for (const bad of [
      '/etc/ssl/ca.pem',
      '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----',
      `${pem}\ntrailing words`
    ]) {
      expect(parseError({ ...base, 'ca-certificate': bad })).toMatch(/Input 'ca-certificate' must be PEM text/)
    }
  })

  it('warns that Atlas for Government may not serve live migration', () => {
    const config = parse({
      mode: 'migration-status',
      'project-id': ORG,
      'migration-id': SOURCE,
      'base-url': 'https://cloud.mongodbgov.com',
      ...KEY
    })
    expect(config.warnings).toEqual([
      expect.stringMatching(/^base-url is Atlas for Government: the Atlas CLI refuses live migration there/)
    ])
    expect(parse({ mode: 'migration-status', 'project-id': ORG, 'migration-id': SOURCE, ...KEY }).warnings).toEqual([])
  })

  it('rejects a bad wait-timeout-seconds whatever the other inputs say', () => {
    const inputs = { mode: 'link-org', 'org-id': ORG, ...KEY, 'link-token': 't', 'wait-timeout-seconds': 'soon' }
    expect(parseError(inputs)).toContain("Input 'wait-timeout-seconds'")
    expect(parseError({ ...inputs, 'wait-for-sync': 'true' })).toContain("Input 'wait-timeout-seconds'")
    expect(parseError({ ...inputs, mode: 'link-status' })).toContain("Input 'wait-timeout-seconds'")
  })

  it.each([
    'https://cloud.mongodb.com/api/atlas/v2',
    'https://om.example.com:8443/api/public/v1.0',
    'https://om.example.com/mms/api/',
    'https://x.com/api'
  ])('rejects a base-url with an API path, %s, saying to give the host only', url => {
    expect(parseError({ mode: 'link-status', 'org-id': ORG, ...KEY, 'base-url': url })).toMatch(
      /Input 'base-url' must be the host only, such as https:\/\//
    )
    expect(
      parseError({
        mode: 'create-and-link',
        'org-id': ORG,
        ...KEY,
        'source-org-id': SOURCE,
        'source-public-key': 'a',
        'source-private-key': 'b',
        'source-base-url': url
      })
    ).toMatch(/Input 'source-base-url' must be the host only/)
  })

  it('never echoes an unparseable base-url that carries user:password@, not even cut short', () => {
    for (const url of [
      'https://admin:s3cr3t-passw0rd@[bad host]/x',
      'user:s3cr3t-passw0rd@om.example.com',
      `https://u:${'s3cr3t-passw0rd'.repeat(8)}@ho st`
    ]) {
      const message = parseError({ mode: 'link-status', 'org-id': ORG, ...KEY, 'base-url': url })
      expect(message).toMatch(/Input 'base-url' must (be an absolute URL|start with https:\/\/)/)
      expect(message).not.toMatch(/s3cr3t|passw0rd|admin/)
    }
  })

  it('never echoes a secret or a URL with credentials in its errors', () => {
    const message = parseError({
      mode: 'create-link-token',
      'org-id': ORG,
      ...KEY,
      'base-url': 'https://user:hunter2@x.com'
    })
    expect(message).not.toContain('hunter2')
    const pair = parseError({ mode: 'create-link-token', 'org-id': ORG, 'private-key': 'sekrit-value' })
    expect(pair).not.toContain('sekrit-value')
  })

  it('cuts a long bad value short in its error', () => {
    expect(parseError({ mode: 'x'.repeat(500) }).length).toBeLessThan(400)
  })
})
