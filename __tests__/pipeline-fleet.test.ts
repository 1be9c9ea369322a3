// The pipeline across a fleet, and what the people who approve read: a 20-leg matrix whose IDs all
// reach the ledger, and the status workflow's view of every migration in flight.

import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { WorkflowCall } from '../test-server/workflow-runner.ts'
import { runWorkflow } from '../test-server/workflow-runner.ts'
import { SERVICE_ACCOUNT, SOURCE_PROJECT } from './helpers/fixtures.ts'
import { api, call, closeStandIns, github, inputs, PIPELINE, puts, STATUS, stand, TOKEN } from './helpers/pipeline.ts'

afterEach(closeStandIns)

describe('live-migration.yml across a fleet', () => {
  it('a matrix of 20 legs: each leg writes its own record, and all 20 IDs reach the ledger', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 600_000 }, 20)
    // GitHub runs each leg as its own call of the reusable workflow, at the same time; the caller
    // sees only the last leg's outputs.
    const legs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        runWorkflow(
          PIPELINE,
          call({
            inputs: {
              ...inputs(),
              'deployment-name': `leg-${i}`,
              'cluster-name': i === 0 ? 'payments-prod' : `dest-${i}`,
              'source-cluster-name': i === 0 ? 'payments-rs' : `rs-${i}`,
              'source-project-id': SOURCE_PROJECT,
              'migration-host': 'mig-1.example.net',
              preflight: false,
              'cutover-environment': ''
            },
            maxStepMs: 60_000
          })
        )
      )
    )
    expect(legs.map(l => l.jobs.start?.result)).toEqual(Array(20).fill('success'))
    expect(legs.map(l => l.jobs.cutover?.result)).toEqual(Array(20).fill('skipped')) // no environment: never ungated
    const ledger = github.records()
    expect(ledger).toHaveLength(20)
    expect(new Set(ledger.map(r => r.task))).toEqual(
      new Set(Array.from({ length: 20 }, (_, i) => `live-migration:leg-${i}`))
    )
    expect(ledger.map(r => r.payload.migrationId).sort()).toEqual([...api.migrations.keys()].sort())
  }, 120_000)
})

describe('one approval releases one deployment: a wave of three legs in one run', () => {
  /** Leg i of one caller run (run 500): the matrix's legs share the run, and so its approvals. */
  const leg = (i: number, environment: string): WorkflowCall =>
    call({
      inputs: {
        ...inputs(),
        'deployment-name': `leg-${i}`,
        'cluster-name': i === 0 ? 'payments-prod' : `dest-${i}`,
        'source-cluster-name': i === 0 ? 'payments-rs' : `rs-${i}`,
        'source-project-id': SOURCE_PROJECT,
        'migration-host': 'mig-1.example.net',
        preflight: false,
        'cutover-environment': environment
      },
      github: { api_url: github.url, token: TOKEN, run_id: '500' },
      maxStepMs: 60_000
    })
  /** Runs the legs one after another; each leg's cut-over job joins the run's jobs as it starts. */
  async function wave(environmentOf: (i: number) => string) {
    const runs = []
    for (let i = 0; i < 3; i++) {
      const c = leg(i, environmentOf(i))
      runs.push(
        await runWorkflow(PIPELINE, {
          ...c,
          // The reviewer acts once, in the test: each leg only puts its cut-over job in its environment.
          beforeJob: async (name, job) => {
            if (job.environment) github.environmentJob({ runId: '500' }, name, environmentOf(i))
          }
        })
      )
    }
    return runs
  }
  /** Every leg's cut-over waits on the environment at once, as on GitHub: one "Approve and deploy" releases them all. */
  const waitingTogether = () => {
    for (let i = 0; i < 3; i++)
      github.environmentJob({ runId: '500' }, `Cut over leg-${i}`, 'production-cutover', {
        runner: `hosted-${i}`,
        status: 'waiting'
      })
  }
  const cutOver = () => puts().map(r => /liveMigrations\/(\w+)\/cutover/.exec(r.path)?.[1])
  const migrationOf = (i: number) =>
    github.records().find(r => r.task === `live-migration:leg-${i}`)?.payload.migrationId as string

  it('one environment for the wave and one approval without a name: no leg cuts over', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0 }, 3)
    waitingTogether()
    github.approve('500', 'production-cutover', 'alice')
    const runs = await wave(() => 'production-cutover')
    expect(runs.map(r => r.jobs.cutover?.result)).toEqual(['failure', 'failure', 'failure'])
    expect(puts()).toEqual([])
    expect(runs[1]?.jobs.cutover?.steps.find(s => s.id === 'cutover')?.run?.log).toMatch(
      /cannot be bound to 'leg-1' alone: \d+ other jobs of this run are in it too/
    )
  }, 120_000)

  it('one environment for the wave: an approval whose comment names leg-1 cuts over leg-1 alone', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 100 }, 3)
    waitingTogether()
    github.approve('500', 'production-cutover', 'alice', 'Writes to leg-1 stopped.')
    const runs = await wave(() => 'production-cutover')
    expect(runs.map(r => r.jobs.cutover?.result)).toEqual(['failure', 'success', 'failure'])
    expect(cutOver()).toEqual([migrationOf(1)])
  }, 120_000)

  it("an environment per deployment, the README's fleet path: approving cutover-leg-1 cuts over leg-1 alone", async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 100 }, 3)
    for (let i = 0; i < 3; i++) github.protect(`cutover-leg-${i}`)
    github.approve('500', 'cutover-leg-1', 'alice') // the reviewer ticks one environment in GitHub's review screen
    const runs = await wave(i => `cutover-leg-${i}`)
    expect(runs.map(r => r.jobs.cutover?.result)).toEqual(['failure', 'success', 'failure'])
    expect(cutOver()).toEqual([migrationOf(1)])
    // One start per deployment at a time, and a job name that says which deployment an approval releases.
    expect(runs.map(r => r.jobs.start?.concurrency?.group)).toEqual([0, 1, 2].map(i => `live-migration-start-leg-${i}`))
  }, 120_000)

  it('names the cut-over job after the deployment and the migration, so the review screen says what it releases', () => {
    const workflow = parse(readFileSync(PIPELINE, 'utf8')) as { jobs: Record<string, { name?: string }> }
    expect(workflow.jobs.cutover?.name).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub's expression syntax, not a template
      'Cut over ${{ inputs.deployment-name }} (migration ${{ needs.start.outputs.migration-id }})'
    )
  })
})

describe('live-migration-status.yml', () => {
  it('shows every migration in flight with its expiry, warns at 24 h left, skips ended ones, and records first readiness', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0 })
    const c = call({ inputs: inputs() })
    await runWorkflow(PIPELINE, c) // refused: the migration stays in flight, ready
    const [record] = github.records()
    // A second deployment first seen ready 100 h ago, from an older run of the status workflow.
    const older = await runWorkflow(
      PIPELINE,
      call({ inputs: { ...inputs(), 'deployment-name': 'orders', 'cluster-name': 'payments-prod' } })
    )
    expect(older.jobs.start?.result).toBe('success')
    const orders = github.records().find(r => r.task === 'live-migration:orders')
    orders?.statuses.unshift({
      id: 1,
      state: 'in_progress',
      description: 'WORKING ready=true lag=1s',
      created_at: new Date(Date.now() - 100 * 3600_000).toISOString()
    })
    // A third, ended long ago: recorded COMPLETE, and Atlas no longer has it. Not in flight.
    github.deployments.push({
      ...(record as NonNullable<typeof record>),
      payload: { ...record?.payload, migrationId: '0'.repeat(24) },
      id: 9,
      task: 'live-migration:old',
      statuses: [
        { id: 2, state: 'success', description: 'COMPLETE ready=false lag=none', created_at: '2026-01-01T00:00:00Z' }
      ]
    })
    // 'payments' as if its start had seen it NEW (here the stand-in's create answer is ready at once).
    if (record) record.payload = { ...record.payload, state: 'NEW ready=false lag=none' }
    const writesBefore = github.requests.filter(r => r.method !== 'GET').length
    const run = await runWorkflow(STATUS, {
      secrets: { 'atlas-client-id': SERVICE_ACCOUNT.clientId, 'atlas-client-secret': SERVICE_ACCOUNT.clientSecret },
      inputs: { 'base-url': api.url },
      github: { api_url: github.url, token: TOKEN, run_id: '99' }
    })
    expect(run.jobs.status?.result).toBe('success')
    expect(JSON.parse(run.outputs.migrations as string).sort()).toEqual(['orders', 'payments'])
    const step = run.jobs.status?.steps.find(s => s.id === 'status')?.run
    expect(step?.summary).toMatch(
      /<td>✅<\/td><td>payments<\/td><td>[a-f0-9]{24}<\/td><td>WORKING ready=true lag=1s<\/td><td>[^<]*<\/td><td>expires \d{4}-\d\d-\d\d \d\d:\d\d UTC \((?:119|120) h \d+ min left\)/
    )
    expect(step?.summary).toMatch(
      /<td>⚠️<\/td><td>orders<\/td><td>[a-f0-9]{24}<\/td><td>WORKING ready=true lag=1s<\/td><td>[^<]*<\/td><td>expires .* \(19 h \d+ min left\)/
    )
    expect(step?.summary).toMatch(
      /<h3>✅ 2 migrations in flight: 2 ready for cut-over, 1 within 24 h of expiry<\/h3>[\s\S]*Next:<\/strong> Stop writes to the source of orders, then approve its pending cut-over before/
    )
    expect(step?.log).toMatch(
      /::warning::Deployment 'orders': migration \w+ expires .*, 19 h \d+ min from now: approve its cut-over before then/
    )
    expect(step?.summary).not.toContain('>old<')
    // The first readiness of 'payments' is now in the ledger, the status run's only write (orders'
    // was recorded, old's end too); Atlas got only reads.
    expect(github.requests.filter(r => r.method !== 'GET').length - writesBefore).toBe(1)
    expect(
      github
        .records()
        .find(r => r.task === 'live-migration:payments')
        ?.statuses.at(-1)?.description
    ).toMatch(/^WORKING ready=true lag=1s migration=[a-f0-9]{24}$/)
    expect(
      api.requests.filter(
        r => r.at >= (github.requests.at(-1)?.at ?? 0) && r.method !== 'GET' && !r.path.startsWith('/api/oauth/')
      )
    ).toEqual([])
  })
})
