// Server text is cleaned of every known secret, in every form it can take there, before it is
// folded or printed: raw, JSON-escaped (\uXXXX too), URL-encoded, base64, whitespace-folded.
import { afterEach, describe, expect, it } from 'vitest'
import { oneLine } from '../src/errors'
import { addSecret, forgetSecrets, formsOf, redact } from '../src/secrets'
import type { FakeApi } from '../test-server/fake-api.ts'
import { runAction } from '../test-server/run-action.ts'
import { ATLAS_PROJECT, CREDENTIALS, expectNoLeak, SOURCE_PROJECT, startFakeApi } from './helpers/fixtures.ts'

const PASSWORD = 'Jürgen correct  horse+battery/staple='

describe('redact', () => {
  afterEach(forgetSecrets)

  it('removes each form of a secret from text', () => {
    addSecret(PASSWORD)
    const ascii = JSON.stringify(PASSWORD).slice(1, -1).replace('ü', '\\u00fc')
    const forms = [
      PASSWORD,
      ascii,
      ascii.replace('00fc', '00FC'),
      encodeURIComponent(PASSWORD),
      new URLSearchParams({ p: PASSWORD }).toString().slice(2),
      Buffer.from(PASSWORD).toString('base64'),
      'Jürgen correct horse+battery/staple='
    ]
    for (const form of forms) {
      expect(redact(`detail: "${form}" end`), form).toBe('detail: "***" end')
    }
    expect(formsOf(PASSWORD)).toEqual(expect.arrayContaining(forms))
  })

  it('folds only line breaks, so no new form of a secret is made', () => {
    expect(oneLine('correct  horse\n   staple.')).toBe('correct  horse staple')
  })
})

let api: FakeApi
afterEach(async () => {
  await api?.close()
})

const STEP = {
  mode: 'validate-migration',
  'project-id': ATLAS_PROJECT,
  'cluster-name': 'atlas-payments',
  'source-cluster-name': 'payments-rs',
  'source-project-id': SOURCE_PROJECT,
  'migration-host': 'mig-1.example.net',
  'source-ssl': 'true',
  'source-username': 'migrator',
  'source-password': PASSWORD,
  'poll-interval-seconds': '1'
}

describe('through dist/index.js, debug on', () => {
  it.each(['ascii', 'url', 'base64'] as const)(
    'prints no form of source-password when a server echoes it (%s)',
    async echo => {
      api = await startFakeApi({ atlasProjects: [ATLAS_PROJECT] })
      api.faults.push({ match: /^POST .*validate$/, status: 400, echo })
      const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['api-key'] })
      expect(run.code).toBe(1)
      expect(run.log).toMatch(/Validate migration failed: HTTP 400 .*INVALID_ATTRIBUTE: Invalid request body: .*\*\*\*/)
      expectNoLeak(run, api, formsOf(PASSWORD))
      for (const value of Object.values(run.outputs))
        for (const form of formsOf(PASSWORD)) expect(value).not.toContain(form)
    }
  )

  it('prints no form of it from a validation that FAILED quoting it', async () => {
    api = await startFakeApi({
      atlasProjects: [ATLAS_PROJECT],
      validation: { pendingPolls: 0, failWith: `Authentication failed for migrator with ${PASSWORD}` }
    })
    const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['api-key'] })
    expect(run.code).toBe(1)
    expect(run.log).toMatch(/Validation \w+ FAILED: Authentication failed for migrator with \*\*\*/)
    expectNoLeak(run, api, formsOf(PASSWORD))
  })
})
