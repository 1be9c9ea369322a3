// The reusable pipeline, read from its file and run job by job through dist/index.js against the
// stand-ins: one run from the link to COMPLETE with the cut-over behind a proven approval, the
// cut-over refused or holding back its PUT, ended migrations, a resume from the ledger, and the
// link workflow. The fleet and the status workflow are in pipeline-fleet.test.ts.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { evaluate, runWorkflow } from '../test-server/workflow-runner.ts'
import { ATLAS_ORG, expectNoLeak, ATLAS_PROJECT as PROJECT, SERVICE_ACCOUNT, SOURCE_ORG } from './helpers/fixtures.ts'
import {
  api,
  approving,
  call,
  closeStandIns,
  github,
  inEnvironment,
  inputs,
  LINK,
  PIPELINE,
  puts,
  results,
  runIdOf,
  secrets,
  stand,
  TOKEN
} from './helpers/pipeline.ts'

afterEach(closeStandIns)

/** The README quick start's call of the pipeline: its with: and secrets:, as a caller would copy them. */
function readmeCall(): { with: Record<string, string>; secrets: Record<string, string>; permissions: unknown } {
  const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('\n## Quick start: migrate one deployment\n'))
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] as string
  const jobs = (parse(yaml) as { jobs: Record<string, { uses?: string } & ReturnType<typeof readmeCall>> }).jobs
  return Object.values(jobs).find(j => j.uses?.includes('live-migration.yml')) as ReturnType<typeof readmeCall>
}

describe('live-migration.yml', () => {
  it("runs the README's call in one run: link → start → the approved cut-over, which waits for a readiness that came after the approval was requested", async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 600_000, cutoverMs: 1000 })
    const readme = readmeCall()
    expect(readme.permissions).toEqual({ actions: 'read', deployments: 'write' })
    // The README's IDs are examples: the stand-in's stand in for them; names are the README's own.
    const ids: Record<string, string> = {
      'atlas-org-id': ATLAS_ORG,
      'source-org-id': SOURCE_ORG,
      'project-id': PROJECT
    }
    const seen: { at?: number; atlasBefore?: number } = {}
    const c = call({
      inputs: {
        ...Object.fromEntries(Object.entries(readme.with).map(([name, value]) => [name, ids[name] ?? value])),
        'base-url': api.url,
        'source-base-url': api.url,
        'cutover-timeout-seconds': 60,
        'poll-interval-seconds': 1
      },
      secrets: Object.fromEntries(
        Object.keys(readme.secrets).map(name => [name, (secrets() as Record<string, string>)[name] as string])
      )
    })
    // The migration turns ready 1 s after the cut-over step has read its approval, whatever the
    // machine's load: the step has to wait for it.
    let moved = false
    github.onRequest = request => {
      // Once: the step reads the approvals again after its wait, which must not move readiness again.
      if (!request.path.endsWith('/approvals') || moved) return
      moved = true
      for (const m of api.migrations.values()) {
        m.plan = { ...m.plan, readyAfterMs: Date.now() - m.startedAt + 1000 }
        m.readyAt = m.startedAt + m.plan.readyAfterMs
      }
    }
    const run = await runWorkflow(PIPELINE, approving(c, seen))
    expect(results(run)).toEqual({ link: 'success', start: 'success', cutover: 'success' })
    // It waited for readiness after its proof, so it read the approval again before the PUT.
    expect(run.jobs.cutover?.steps.find(s => s.id === 'cutover')?.run?.log).toMatch(
      /Approval proven again right before the cut-over: environment 'production-cutover'/
    )
    const [id] = api.migrations.keys()
    expect(run.outputs).toEqual({ 'migration-id': id, 'migration-status': 'COMPLETE' })
    // Readiness came after the approval was requested; no job was held while it did.
    expect(api.migrations.get(id as string)?.readyAt).toBeGreaterThan(seen.at as number)
    expect(run.jobs.cutover?.environment).toBe('production-cutover')
    // The proof was read before anything went to Atlas from the cut-over job.
    const approvals = github.requests.findIndex(r => /\/actions\/runs\/\d+\/approvals$/.test(r.path))
    expect(github.requests[approvals]?.status).toBe(200)
    expect(github.requests[approvals]?.authorization).toBe(`Bearer ${TOKEN}`)
    expect(github.requests[approvals]?.at).toBeLessThanOrEqual(api.requests[seen.atlasBefore as number]?.at as number)
    // A call with the start's inputs needs no look-up step: start-migration takes up itself.
    expect(run.jobs.start?.steps.find(s => s.id === 'find')?.outcome).toBe('skipped')
    const cutoverStep = run.jobs.cutover?.steps.find(s => s.id === 'cutover')
    expect(cutoverStep?.run?.log).toMatch(/Approval proven: reviewer approved environment 'production-cutover'/)
    expect(cutoverStep?.run?.log).toMatch(/Not ready yet: waiting up to 1800 s/)
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
    // The ledger: one record of this migration, its history ending COMPLETE.
    const [record] = github.records()
    expect(github.records()).toHaveLength(1)
    expect(record?.task).toBe('live-migration:payments')
    expect(record?.payload).toMatchObject({
      migrationId: id,
      projectId: PROJECT,
      source: 'payments-rs',
      destination: 'payments-prod'
    })
    expect(record?.statuses.at(-1)).toMatchObject({
      state: 'success',
      description: `COMPLETE ready=false lag=none migration=${id}`
    })
    for (const job of Object.values(run.jobs))
      for (const step of job.steps) if (step.run) expectNoLeak(step.run, api, [TOKEN])
  }, 180_000)

  it('sends no cut-over when approved before the migration is ready and it stays not ready', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 600_000 })
    const run = await runWorkflow(
      PIPELINE,
      approving(call({ inputs: { ...inputs(), 'cutover-ready-wait-seconds': 2 } }))
    )
    expect(results(run)).toEqual({ link: 'skipped', start: 'success', cutover: 'failure' })
    expect(puts()).toEqual([])
    const log = run.jobs.cutover?.steps.find(s => s.id === 'cutover')?.run?.log
    expect(log).toMatch(
      /Timed out after 2 s waiting for migration \w+ to be ready for cut-over.* No cut-over was sent\./
    )
    expect(run.outputs['migration-status']).toBe('WORKING')
    // Never ready, not ended: nothing the ledger keeps (first readiness, the end) to add to the record.
    expect(github.records()[0]?.statuses).toEqual([])
  })

  it.each([
    ['no review at all', () => {}],
    [
      'a rejection',
      (runId: string) => github.reviews.set(runId, [{ state: 'rejected', environments: ['production-cutover'] }])
    ],
    ['an approval of another environment', (runId: string) => github.approve(runId, 'staging')],
    ['a token without actions: read', () => github.grant(TOKEN, 'deployments:write')]
  ])('refuses the cut-over, sending nothing to Atlas, on %s', async (_, setUp) => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0 })
    let atlasBefore = -1
    let githubBefore = -1
    const c = call({ inputs: inputs() })
    const run = await runWorkflow(PIPELINE, {
      ...c,
      beforeJob: async (_name, job) => {
        if (!job.environment) return
        atlasBefore = api.requests.length
        githubBefore = github.requests.length
        setUp(runIdOf(c))
      }
    })
    expect(results(run)).toEqual({ link: 'skipped', start: 'success', cutover: 'failure' })
    expect(api.requests.slice(atlasBefore)).toEqual([])
    expect(puts()).toEqual([])
    const log = run.jobs.cutover?.steps.find(s => s.id === 'cutover')?.run?.log
    expect(log).toMatch(/No cut-over: .*Nothing was sent to Atlas\./)
    // Nor to the ledger: the step records its outcome only once the approval is proven.
    expect(github.requests.slice(githubBefore).filter(r => r.method !== 'GET')).toEqual([])
  })

  it('with cutover-protection: custom-protection-rule checks that an enabled rule gates the environment, and cuts over', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 200 })
    github.protect('production-cutover', { reviewers: [], custom: [{ app: 'change-gate', enabled: true }] })
    const c = call({ inputs: { ...inputs(), 'cutover-protection': 'custom-protection-rule' } })
    const run = await runWorkflow(PIPELINE, {
      ...c,
      beforeJob: async (name, job) => void (job.environment && inEnvironment(c, name))
    })
    expect(run.outputs['migration-status']).toBe('COMPLETE')
    expect(github.requests.filter(r => r.path.includes('/approvals'))).toEqual([])
    expect(github.requests.filter(r => r.path.endsWith('/deployment_protection_rules'))).toHaveLength(1)
    expect(run.jobs.cutover?.steps.find(s => s.id === 'cutover')?.run?.log).toMatch(
      /Approval proven: a custom deployment protection rule approved environment 'production-cutover'/
    )
  })

  it('with cutover-protection: custom-protection-rule refuses an environment no enabled rule gates (a misspelled one included)', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0 })
    github.protect('production-cutover', { reviewers: [], custom: [{ app: 'change-gate', enabled: false }] })
    for (const environment of ['production-cutover', 'production-cutvoer']) {
      const c = call({
        inputs: { ...inputs(), 'cutover-protection': 'custom-protection-rule', 'cutover-environment': environment }
      })
      const run = await runWorkflow(PIPELINE, {
        ...c,
        beforeJob: async (name, job) => void (job.environment && inEnvironment(c, name, environment))
      })
      expect(results(run)).toEqual({ link: 'skipped', start: 'success', cutover: 'failure' })
      expect(run.jobs.cutover?.steps.find(s => s.id === 'cutover')?.run?.log).toMatch(
        environment === 'production-cutover'
          ? /has no enabled custom deployment protection rule/
          : /does not exist in this repository/
      )
    }
    expect(puts()).toEqual([])
  })

  it.each(['FAILED', 'EXPIRED'] as const)(
    'fails the cut-over on a %s migration, sends no PUT, and records it',
    async end => {
      await stand({ workingAfterMs: 0, readyAfterMs: 500, end })
      const run = await runWorkflow(PIPELINE, approving(call({ inputs: inputs() })))
      expect(results(run)).toEqual({ link: 'skipped', start: 'success', cutover: 'failure' })
      expect(puts()).toEqual([])
      expect(run.outputs['migration-status']).toBe(end)
      expect(github.records()[0]?.statuses.at(-1)?.state).toBe(end === 'FAILED' ? 'failure' : 'error')
    }
  )

  it('resumes from the ledger by deployment-name: no second start, the same migration cut over', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 3000, cutoverMs: 300 })
    const first = await runWorkflow(PIPELINE, call({ inputs: inputs() })) // nobody approved: refused
    expect(first.jobs.cutover?.result).toBe('failure')
    const id = first.outputs['migration-id'] as string
    const created = () => api.requests.filter(r => r.method === 'POST' && /liveMigrations$/.test(r.path)).length
    expect(created()).toBe(1)
    const resumed = await runWorkflow(
      PIPELINE,
      approving(
        call({
          inputs: {
            'deployment-name': 'payments',
            'atlas-org-id': ATLAS_ORG,
            'skip-link': true,
            'project-id': PROJECT,
            'cutover-environment': 'production-cutover',
            'poll-interval-seconds': 1,
            'base-url': api.url
          },
          secrets: { 'atlas-client-id': SERVICE_ACCOUNT.clientId, 'atlas-client-secret': SERVICE_ACCOUNT.clientSecret }
        })
      )
    )
    expect(results(resumed)).toEqual({ link: 'skipped', start: 'success', cutover: 'success' })
    expect(resumed.jobs.start?.steps.find(s => s.id === 'start')?.outcome).toBe('skipped')
    expect(resumed.outputs).toEqual({ 'migration-id': id, 'migration-status': 'COMPLETE' })
    expect(created()).toBe(1)
    expect(github.records()).toHaveLength(1)
  })
})

describe('live-migration-link.yml', () => {
  it('links with create-and-link and outputs the status', async () => {
    await stand({})
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
