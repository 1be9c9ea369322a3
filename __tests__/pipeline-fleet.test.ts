// The pipeline across a fleet, and what the people who approve read: a 20-leg matrix whose IDs all
// reach the ledger, and the status workflow's view of every migration in flight.
import { afterEach, describe, expect, it } from 'vitest'
import { runWorkflow } from '../test-server/workflow-runner.ts'
import { SERVICE_ACCOUNT, SOURCE_PROJECT } from './helpers/fixtures.ts'
import { api, call, closeStandIns, github, inputs, PIPELINE, STATUS, stand, TOKEN } from './helpers/pipeline.ts'

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
    // A third, ended: not in flight.
    github.deployments.push({
      ...(record as NonNullable<typeof record>),
      id: 9,
      task: 'live-migration:old',
      statuses: [
        { id: 2, state: 'success', description: 'COMPLETE ready=false lag=none', created_at: '2026-01-01T00:00:00Z' }
      ]
    })
    const run = await runWorkflow(STATUS, {
      secrets: { 'atlas-client-id': SERVICE_ACCOUNT.clientId, 'atlas-client-secret': SERVICE_ACCOUNT.clientSecret },
      inputs: { 'base-url': api.url },
      github: { api_url: github.url, token: TOKEN, run_id: '99' }
    })
    expect(run.jobs.status?.result).toBe('success')
    expect(JSON.parse(run.outputs.migrations as string).sort()).toEqual(['orders', 'payments'])
    const step = run.jobs.status?.steps.find(s => s.id === 'status')?.run
    expect(step?.summary).toMatch(
      /<td>✅<\/td><td>payments<\/td><td>[a-f0-9]{24}<\/td><td>WORKING ready=true lag=1s<\/td><td>[^<]*<\/td><td>expires \d{4}-\d\d-\d\d \d\d:\d\d UTC \(119 h \d+ min left\)/
    )
    expect(step?.summary).toMatch(
      /<td>⚠️<\/td><td>orders<\/td><td>[a-f0-9]{24}<\/td><td>WORKING ready=true lag=1s<\/td><td>[^<]*<\/td><td>expires .* \(19 h \d+ min left\)/
    )
    expect(step?.summary).toMatch(
      /<h3>✅ 2 migrations in flight: 2 ready for cut-over, 1 within 24 h of expiry<\/h3>[\s\S]*Next:<\/strong> Stop writes to the source of orders, then approve its pending cut-over before/
    )
    expect(step?.log).toMatch(
      /::warning::orders: migration \w+ expires .*, 19 h \d+ min from now: approve its cut-over before then/
    )
    expect(step?.summary).not.toContain('>old<')
    // The first readiness of 'payments' is now in the ledger; Atlas got only reads.
    expect(
      github
        .records()
        .find(r => r.task === 'live-migration:payments')
        ?.statuses.at(-1)?.description
    ).toBe('WORKING ready=true lag=1s')
    expect(
      api.requests.filter(
        r => r.at >= (github.requests.at(-1)?.at ?? 0) && r.method !== 'GET' && !r.path.startsWith('/api/oauth/')
      )
    ).toEqual([])
  })
})
