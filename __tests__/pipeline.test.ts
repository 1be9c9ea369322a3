// The reusable workflows, read from their files and run job by job through dist/index.js against
// the stand-in: the migration pipeline from link to COMPLETE, the cut-over not reached when the
// migration is not ready, resuming from a migration ID, and the link workflow.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { evaluate, runWorkflow } from '../test-server/workflow-runner.ts'
import {
  ATLAS_ORG,
  expectNoLeak,
  ATLAS_PROJECT as PROJECT,
  SERVICE_ACCOUNT,
  SOURCE_API_KEY,
  SOURCE_ORG,
  SOURCE_PROJECT,
  startFakeApi
} from './helpers/fixtures.ts'

const PIPELINE = resolve(import.meta.dirname, '../.github/workflows/live-migration.yml')
const LINK = resolve(import.meta.dirname, '../.github/workflows/live-migration-link.yml')

let api: FakeApi
afterEach(async () => {
  await api?.close()
})

async function pipelineApi(migration: FakeApiOptions['migration']): Promise<FakeApi> {
  api = await startFakeApi({
    notSyncedPolls: 1,
    atlasProjects: [PROJECT],
    availableProjects: {
      [ATLAS_ORG]: [
        {
          projectId: SOURCE_PROJECT,
          name: 'Payments',
          migrationHosts: ['mig-1.example.net'],
          deployments: [{ name: 'payments-rs', tlsEnabled: true, managed: true }]
        }
      ]
    },
    // The destination pre-flight reads (on by default in the reusable workflow).
    clusters: { [PROJECT]: [{ name: 'payments-prod', oplogSizeMB: 50_000 }] },
    migration
  })
  return api
}

const secrets = () => ({
  'atlas-client-id': SERVICE_ACCOUNT.clientId,
  'atlas-client-secret': SERVICE_ACCOUNT.clientSecret,
  'source-public-key': SOURCE_API_KEY.publicKey,
  'source-private-key': SOURCE_API_KEY.privateKey
})
const inputs = () => ({
  'atlas-org-id': ATLAS_ORG,
  'source-org-id': SOURCE_ORG,
  'project-id': PROJECT,
  'cluster-name': 'payments-prod',
  'source-cluster-name': 'payments-rs',
  'cutover-environment': 'production-cutover',
  'wait-timeout-seconds': 60,
  'cutover-timeout-seconds': 60,
  'poll-interval-seconds': 1,
  'base-url': api.url,
  'source-base-url': api.url
})

/** The README's "Migration pipeline" call: its with: and secrets:, as a caller would copy them. */
function readmeCall(): { with: Record<string, string>; secrets: Record<string, string> } {
  const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('\n## Migration pipeline\n'))
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] as string
  const job = (
    parse(yaml) as {
      jobs: Record<string, { uses?: string; with: Record<string, string>; secrets: Record<string, string> }>
    }
  ).jobs
  return Object.values(job).find(j => j.uses?.includes('live-migration.yml')) as ReturnType<typeof readmeCall>
}

describe('live-migration.yml', () => {
  it("runs the README's call: link → start → wait → the gated cut-over, to COMPLETE", async () => {
    await pipelineApi({ workingAfterMs: 0, readyAfterMs: 2500, cutoverMs: 1500 })
    const call = readmeCall()
    // The README's IDs are examples: the stand-in's stand in for them. Names, cluster names and the
    // environment are the README's own; the hosts are the stand-in's, and the waits short.
    const ids: Record<string, string> = {
      'atlas-org-id': ATLAS_ORG,
      'source-org-id': SOURCE_ORG,
      'project-id': PROJECT
    }
    const fixtures: Record<string, string> = {
      'atlas-client-id': SERVICE_ACCOUNT.clientId,
      'atlas-client-secret': SERVICE_ACCOUNT.clientSecret,
      'source-public-key': SOURCE_API_KEY.publicKey,
      'source-private-key': SOURCE_API_KEY.privateKey
    }
    const approvals: string[] = []
    const run = await runWorkflow(PIPELINE, {
      inputs: {
        ...Object.fromEntries(Object.entries(call.with).map(([name, value]) => [name, ids[name] ?? value])),
        'base-url': api.url,
        'source-base-url': api.url,
        'wait-timeout-seconds': 60,
        'cutover-timeout-seconds': 60,
        'poll-interval-seconds': 1
      },
      secrets: Object.fromEntries(Object.keys(call.secrets).map(name => [name, fixtures[name] as string])),
      beforeJob: async (name, job) => {
        if (job.environment) approvals.push(`${name} waits for ${job.environment}`)
      }
    })
    expect(Object.fromEntries(Object.entries(run.jobs).map(([name, job]) => [name, job.result]))).toEqual({
      link: 'success',
      start: 'success',
      wait: 'success',
      cutover: 'success'
    })
    const [id] = api.migrations.keys()
    expect(run.outputs).toEqual({ 'migration-id': id, 'migration-status': 'COMPLETE' })
    // Pre-flight ran first, by default: the destination was read before anything was validated.
    const clusterRead = api.requests.findIndex(r => r.method === 'GET' && /\/clusters\/payments-prod$/.test(r.path))
    const validation = api.requests.findIndex(r => r.method === 'POST' && /\/validate$/.test(r.path))
    expect(clusterRead).toBeGreaterThanOrEqual(0)
    expect(clusterRead).toBeLessThan(validation)
    // The cut-over job alone is bound to the caller's environment, and it confirms through it.
    expect(approvals).toEqual([expect.stringMatching(/^cutover waits for \$\{\{ inputs\.cutover-environment \}\}$/)])
    expect(run.jobs.cutover?.environment).toBe('production-cutover')
    expect(run.jobs.cutover?.steps.find(s => s.id === 'cutover')?.inputs?.['confirm-writes-stopped']).toBe('true')
    expect(run.jobs.wait?.outputs.ready).toBe('true')
    expect(api.links.get(SOURCE_ORG)?.linkToken).toBe(api.linkTokens.get(ATLAS_ORG)?.[0])
    const calls = api.requests
      .filter(r => r.status < 400 && !r.path.startsWith('/api/oauth/') && r.method !== 'GET')
      .map(r => `${r.method} ${r.path.replace(/[a-f0-9]{24}/g, ':id')}`)
    expect(calls).toEqual([
      'POST /api/atlas/v2/orgs/:id/liveMigrations/linkTokens',
      'POST /api/public/v1.0/orgs/:id/liveExport/migrationLink',
      'POST /api/atlas/v2/groups/:id/liveMigrations/validate',
      'POST /api/atlas/v2/groups/:id/liveMigrations',
      'PUT /api/atlas/v2/groups/:id/liveMigrations/:id/cutover'
    ])
    for (const job of Object.values(run.jobs)) for (const step of job.steps) if (step.run) expectNoLeak(step.run, api)
  })

  it('does not reach the cut-over when the migration is not ready in time, and says so in its outputs', async () => {
    await pipelineApi({ workingAfterMs: 0, readyAfterMs: 600_000 })
    const run = await runWorkflow(PIPELINE, { inputs: { ...inputs(), 'wait-timeout-seconds': 3 }, secrets: secrets() })
    expect(run.jobs.wait?.result).toBe('success')
    expect(run.jobs.wait?.outputs.ready).toBe('false')
    expect(run.jobs.cutover?.result).toBe('skipped')
    expect(run.outputs['migration-status']).toBe('WORKING')
    expect(run.outputs['migration-id']).toBe([...api.migrations.keys()][0])
    expect(api.requests.filter(r => r.method === 'PUT')).toEqual([])
  })

  it('resumes from a migration-id: no link, no start; cuts over once ready', async () => {
    await pipelineApi({ workingAfterMs: 0, readyAfterMs: 6000, cutoverMs: 500 })
    const { 'source-org-id': _, ...rest } = inputs()
    const first = await runWorkflow(PIPELINE, {
      inputs: { ...rest, 'skip-link': true, 'wait-timeout-seconds': 1 },
      secrets: secrets()
    })
    const id = first.outputs['migration-id'] as string
    expect(first.jobs.link?.result).toBe('skipped')
    expect(first.jobs.cutover?.result).toBe('skipped') // not ready within its 1 s wait
    api.requests.length = 0
    const resumed = await runWorkflow(PIPELINE, {
      inputs: {
        'atlas-org-id': ATLAS_ORG,
        'project-id': PROJECT,
        'migration-id': id,
        'cutover-environment': 'production-cutover',
        'poll-interval-seconds': 1,
        'base-url': api.url
      },
      secrets: secrets()
    })
    expect([
      resumed.jobs.link?.result,
      resumed.jobs.start?.result,
      resumed.jobs.wait?.result,
      resumed.jobs.cutover?.result
    ]).toEqual(['skipped', 'skipped', 'success', 'success'])
    expect(resumed.outputs).toEqual({ 'migration-id': id, 'migration-status': 'COMPLETE' })
    expect(api.requests.some(r => r.method === 'POST' && /liveMigrations$/.test(r.path))).toBe(false)
  })

  it('fails the wait job on a FAILED migration rather than calling it not ready', async () => {
    await pipelineApi({ workingAfterMs: 0, readyAfterMs: 1000, end: 'FAILED' })
    const run = await runWorkflow(PIPELINE, { inputs: { ...inputs(), 'skip-link': true }, secrets: secrets() })
    expect(run.jobs.wait?.result).toBe('failure')
    expect(run.jobs.cutover?.result).toBe('skipped')
    expect(run.outputs['migration-status']).toBe('FAILED')
  })
})

describe('live-migration-link.yml', () => {
  it('links with create-and-link and outputs the status', async () => {
    await pipelineApi({})
    const run = await runWorkflow(LINK, {
      inputs: {
        'atlas-org-id': ATLAS_ORG,
        'source-org-id': SOURCE_ORG,
        'base-url': api.url,
        'source-base-url': api.url,
        'wait-for-sync': true
      },
      secrets: secrets()
    })
    expect(run.jobs.link?.result).toBe('success')
    expect(run.outputs).toEqual({ status: 'SYNCED' })
  })
})

describe('the local expression evaluator', () => {
  const context = {
    inputs: { a: '', b: 'x', flag: false },
    needs: { j: { result: 'skipped', outputs: { ready: 'true' } } }
  }
  it.each([
    ["inputs.a || 'fallback'", 'fallback'],
    ["inputs.b || 'fallback'", 'x'],
    ["!inputs.flag && inputs.a == ''", true],
    ["needs.j.result == 'SKIPPED'", true],
    ["needs.j.outputs.ready == 'true' && inputs.b != ''", true],
    ["(needs.j.result == 'success' || needs.j.result == 'skipped') && inputs.b == 'y'", false],
    ["inputs.flag && fromJSON('{')", false], // && stops at false: fromJSON is not called
    ["Needs.J.Result == 'skipped' && Success()", true] // contexts and functions: any case
  ])('%s', (expression, expected) => {
    expect(evaluate(expression, context, { success: true, failure: false })).toBe(expected)
  })
})
