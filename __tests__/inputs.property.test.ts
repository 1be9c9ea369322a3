// Hostile input: arbitrary strings in every input the parser reads. It either returns a valid typed
// config or throws one InputError with one line, never anything else; it never accepts an org-id
// that could change a request path, and never echoes a secret.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ActionConfig } from '../src/config'
import { InputError, SECRET_INPUTS } from '../src/inputs'
import { MODE_NAMES as MODES, parseInputs } from '../src/registry'

const ORG = '5f1a2b3c4d5e6f7a8b9c0d1e'
const SECRET = 'Zq9-very-secret-value-7Xw'
const ORG_ID = /^[a-f0-9]{24}$/

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '',
    ' ',
    '\n',
    '../',
    '%2e%2e%2f',
    '::error::x',
    '\u0000',
    'https://evil',
    `${ORG}/../x`,
    `${ORG}?x=1`,
    `${ORG}#`,
    ORG.toUpperCase()
  ),
  fc.stringMatching(/^[a-f0-9/.%?#]{20,30}$/)
)

function outcome(inputs: Record<string, string>): ActionConfig | InputError {
  try {
    return parseInputs(name => inputs[name] ?? '')
  } catch (err) {
    if (err instanceof InputError) return err
    throw err // anything but an InputError fails the property
  }
}

/** Every ID that goes into a request path. */
function orgIds(config: ActionConfig): string[] {
  if (config.mode === 'create-and-link') return [config.orgId, config.sourceOrgId]
  const ids: (string | undefined)[] = [
    'orgId' in config ? config.orgId : undefined,
    'projectId' in config ? config.projectId : undefined,
    'migrationId' in config ? config.migrationId : undefined
  ]
  return ids.filter((id): id is string => id !== undefined)
}

describe('parseInputs on hostile input', () => {
  it('returns a valid config or one clear InputError for arbitrary org-id, mode, base-url and access-list-ips', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...MODES), hostile),
        fc.oneof(fc.constant(ORG), hostile),
        fc.oneof(fc.constant(''), fc.constantFrom('https://om.example.com:8443', 'http://127.0.0.1:1'), hostile),
        fc.oneof(fc.constant(''), fc.constantFrom('10.0.0.1', '::1, 192.168.0.1'), hostile),
        (mode, orgId, baseUrl, ips) => {
          const result = outcome({
            mode,
            'org-id': orgId,
            'base-url': baseUrl,
            'access-list-ips': ips,
            'access-token': SECRET,
            'link-token': SECRET,
            'source-org-id': orgId,
            'source-public-key': 'p',
            'source-private-key': SECRET
          })
          if (result instanceof InputError) {
            expect(result.message).not.toContain(SECRET)
            expect(result.message).not.toMatch(/[\r\n]/)
            expect(result.message.length).toBeLessThan(400)
            expect(result.message).toMatch(/^(Input '[a-z-]+'|No credentials|More than one kind)/)
            return
          }
          expect(MODES).toContain(result.mode)
          for (const id of orgIds(result)) expect(id).toMatch(ORG_ID)
          const endpoint = 'atlas' in result ? result.atlas : result.source
          const url = new URL(endpoint.baseUrl)
          expect(['https:', 'http:']).toContain(url.protocol)
          expect(url.username + url.password + url.search + url.hash).toBe('')
          if (result.mode === 'create-link-token' || result.mode === 'create-and-link') {
            for (const ip of result.accessListIps) expect(ip).toMatch(/^[0-9a-f.:]+$/i)
          }
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('never lets an org-id change the request path', () => {
    fc.assert(
      fc.property(hostile, orgId => {
        const result = outcome({ mode: 'link-status', 'org-id': orgId, 'access-token': SECRET })
        if (!(result instanceof InputError) && result.mode === 'link-status') {
          expect(result.orgId).toBe(orgId)
          expect(encodeURIComponent(result.orgId)).toBe(result.orgId)
          expect(
            new URL(`https://h/api/public/v1.0/orgs/${result.orgId}/liveExport/migrationLink`).pathname.split('/')
          ).toHaveLength(7)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('never echoes a secret, whichever input holds it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SECRET_INPUTS),
        fc.string({ minLength: 8, maxLength: 40 }),
        fc.constantFrom(...MODES),
        fc.oneof(fc.constant(ORG), hostile),
        fc.oneof(fc.constant(''), hostile),
        (name, secret, mode, orgId, other) => {
          fc.pre(secret.trim() === secret && secret.length >= 8)
          const result = outcome({
            mode,
            'org-id': orgId,
            'source-org-id': orgId,
            'client-id': other,
            'base-url': other,
            [name]: secret
          })
          if (result instanceof InputError) expect(result.message).not.toContain(secret)
        }
      ),
      { numRuns: 2000 }
    )
  })
})
