// What the pipeline tests share: the stand-ins (Atlas / Cloud Manager, and GitHub's approvals and
// deployments), the workflow files, a run of the caller's repository, and a reviewer who approves.
import { resolve } from 'node:path'
import type { FakeApi, FakeApiOptions } from '../../test-server/fake-api.ts'
import { FakeGitHub } from '../../test-server/fake-github.ts'
import type { runWorkflow, WorkflowCall } from '../../test-server/workflow-runner.ts'
import {
  ATLAS_ORG,
  ATLAS_PROJECT as PROJECT,
  SERVICE_ACCOUNT,
  SOURCE_API_KEY,
  SOURCE_PROJECT,
  startFakeApi
} from './fixtures.ts'

export const PIPELINE = resolve(import.meta.dirname, '../../.github/workflows/live-migration.yml')
export const LINK = resolve(import.meta.dirname, '../../.github/workflows/live-migration-link.yml')
export const STATUS = resolve(import.meta.dirname, '../../.github/workflows/live-migration-status.yml')
/** The job's GITHUB_TOKEN, with what the caller granted: actions: read, deployments: write. */
export const TOKEN = 'ghs_pipelineJobToken0123456789abcdefABCD'

/** The stand-ins of the test that runs; closeStandIns() after each. */
export let api: FakeApi
export let github: FakeGitHub
export async function closeStandIns(): Promise<void> {
  await api?.close()
  await github?.close()
}

/** The stand-ins, `extra` over the defaults (the evidence's source and destination contents, say). */
export async function stand(
  migration: FakeApiOptions['migration'],
  deployments = 1,
  extra: FakeApiOptions = {}
): Promise<void> {
  const names = Array.from({ length: deployments }, (_, i) => (i === 0 ? 'payments-rs' : `rs-${i}`))
  api = await startFakeApi({
    notSyncedPolls: 1,
    atlasProjects: [PROJECT],
    availableProjects: {
      [ATLAS_ORG]: [
        {
          projectId: SOURCE_PROJECT,
          name: 'Payments',
          migrationHosts: ['mig-1.example.net'],
          deployments: names.map(name => ({ name, tlsEnabled: true, managed: true }))
        }
      ]
    },
    // The destination pre-flight reads (on by default in the reusable workflow).
    clusters: {
      [PROJECT]: names.map((_, i) => ({ name: i === 0 ? 'payments-prod' : `dest-${i}`, oplogSizeMB: 50_000 }))
    },
    migration,
    ...extra
  })
  github = await FakeGitHub.start()
  github.grant(TOKEN, 'actions:read', 'deployments:write')
  // The caller's environment, set up as the README says: required reviewers.
  github.protect('production-cutover')
}

export const secrets = () => ({
  'atlas-client-id': SERVICE_ACCOUNT.clientId,
  'atlas-client-secret': SERVICE_ACCOUNT.clientSecret,
  'source-public-key': SOURCE_API_KEY.publicKey,
  'source-private-key': SOURCE_API_KEY.privateKey
})
export const inputs = () => ({
  'deployment-name': 'payments',
  'atlas-org-id': ATLAS_ORG,
  'skip-link': true,
  'project-id': PROJECT,
  'cluster-name': 'payments-prod',
  'source-cluster-name': 'payments-rs',
  'cutover-environment': 'production-cutover',
  'cutover-ready-wait-seconds': 30,
  'cutover-timeout-seconds': 60,
  'poll-interval-seconds': 1,
  'base-url': api.url,
  'source-base-url': api.url
})
let runs = 0
/** A run in the caller's repository: its own run ID, GitHub's API the stand-in's. */
export function call(extra: Partial<WorkflowCall>): WorkflowCall {
  return { secrets: secrets(), github: { api_url: github.url, token: TOKEN, run_id: String(++runs) }, ...extra }
}
export const runIdOf = (c: WorkflowCall) => String(c.github?.run_id)
/** As GitHub runs a job bound to an environment: the job in the run's list, and its deployment to the environment. */
export const inEnvironment = (c: WorkflowCall, name: string, environment = 'production-cutover') =>
  github.environmentJob({ runId: runIdOf(c) }, name, environment)
/** The reviewer approves the cut-over job's environment as soon as it waits. */
export const approving = (
  c: WorkflowCall,
  seen: { at?: number; atlasBefore?: number } = {},
  { environment = 'production-cutover', comment = '' } = {}
): WorkflowCall => ({
  ...c,
  beforeJob: async (name, job) => {
    if (!job.environment) return
    seen.at = Date.now()
    seen.atlasBefore = api.requests.length
    inEnvironment(c, name, environment)
    github.approve(runIdOf(c), environment, 'reviewer', comment)
  }
})
export const puts = () => api.requests.filter(r => r.method === 'PUT')
export const results = (run: Awaited<ReturnType<typeof runWorkflow>>) =>
  Object.fromEntries(Object.entries(run.jobs).map(([name, job]) => [name, job.result]))
