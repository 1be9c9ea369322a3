// The shared fixtures (test-server/fixtures.ts, plain Node) and the vitest assertion built on them.
import { expect } from 'vitest'
import type { FakeApi } from '../../test-server/fake-api.ts'
import { secretForms } from '../../test-server/fixtures.ts'
import type { ActionRun } from '../../test-server/run-action.ts'

export type { CredentialKind } from '../../test-server/fixtures.ts'
export {
  ACCESS_TOKEN,
  API_KEY,
  ATLAS_ORG,
  ATLAS_PROJECT,
  CREDENTIALS,
  SERVICE_ACCOUNT,
  SOURCE_API_KEY,
  SOURCE_ORG,
  SOURCE_PROJECT,
  secretForms,
  startFakeApi
} from '../../test-server/fixtures.ts'

/** Nothing secret in what the run printed (debug on) or in its summary, but the ::add-mask:: that hides it. */
export function expectNoLeak(run: ActionRun, api: FakeApi, extra: string[] = []): void {
  const lines = run.log.split('\n')
  for (const secret of [...secretForms(api), ...extra]) {
    for (const line of lines) {
      if (line.includes(secret) && !line.startsWith('::add-mask::')) {
        expect.fail(`secret printed outside ::add-mask::: ${JSON.stringify(line.slice(0, 200))}`)
      }
    }
    expect(run.summary.includes(secret), 'secret in the job summary').toBe(false)
  }
}
