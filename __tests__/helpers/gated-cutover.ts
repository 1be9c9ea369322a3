// What the gate's and the ledger's tests share: the stand-ins for Atlas and GitHub (a protected
// cut-over environment, a token that may read the run and write the ledger), the runner's
// variables of run 7 on this runner, and the inputs of a start and of a gated cut-over.
import type { FakeApi } from '../../test-server/fake-api.ts'
import { FakeGitHub } from '../../test-server/fake-github.ts'
import { ATLAS_PROJECT as PROJECT, SERVICE_ACCOUNT, startFakeApi } from './fixtures.ts'

/** The commit the run is of. */
export const RUN_SHA = 'a'.repeat(40)

/** Atlas with these projects, migrations ready at once; GitHub with production-cutover protected. */
export async function gatedStandIns(
  token: string,
  projects = [PROJECT]
): Promise<{ api: FakeApi; github: FakeGitHub }> {
  const api = await startFakeApi({
    atlasProjects: projects,
    migration: { workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 100 }
  })
  const github = await FakeGitHub.start()
  github.grant(token, 'actions:read', 'deployments:write')
  github.protect('production-cutover')
  return { api, github }
}

/** The runner's variables of run 7 of acme/platform, on runner 'local'. */
export const runnerEnv = (github: FakeGitHub, more: Record<string, string> = {}) => ({
  GITHUB_API_URL: github.url,
  GITHUB_REPOSITORY: 'acme/platform',
  GITHUB_RUN_ID: '7',
  GITHUB_SHA: RUN_SHA,
  RUNNER_NAME: 'local',
  ...more
})

export const atlasInputs = (api: FakeApi) => ({
  'base-url': api.url,
  'client-id': SERVICE_ACCOUNT.clientId,
  'client-secret': SERVICE_ACCOUNT.clientSecret,
  'project-id': PROJECT
})

/** start-migration of src into dest, without validation. */
export const startInputs = (api: FakeApi, more: Record<string, string> = {}) => ({
  ...atlasInputs(api),
  mode: 'start-migration',
  'cluster-name': 'dest',
  'source-cluster-name': 'src',
  'source-project-id': '9e0f1a2b3c4d5e6f7a8b9c0d',
  'migration-host': 'mig.example.net',
  'source-ssl': 'true',
  'skip-validation': 'true',
  ...more
})

/** A cut-over gated on production-cutover, its writes stopped, polling every second. */
export const cutoverInputs = (api: FakeApi, token: string, id: string, more: Record<string, string> = {}) => ({
  ...atlasInputs(api),
  mode: 'cutover',
  'migration-id': id,
  'confirm-writes-stopped': 'true',
  'approval-environment': 'production-cutover',
  'github-token': token,
  'wait-timeout-seconds': '30',
  'poll-interval-seconds': '1',
  ...more
})
