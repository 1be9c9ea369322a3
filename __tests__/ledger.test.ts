// The new inputs and modes through dist/index.js, as the runner runs it: cutover's approval proof
// (and what it refuses without sending anything), record-migration, start-migration and cutover
// keeping the ledger, and the github-token kept out of every log line and summary, in every form.
import { afterEach, describe, expect, it } from 'vitest'
import { formsOf } from '../src/secrets'
import type { FakeApi } from '../test-server/fake-api.ts'
import type { FakeGitHub } from '../test-server/fake-github.ts'
import { errorLines, runAction } from '../test-server/run-action.ts'
import { ATLAS_PROJECT as PROJECT, SERVICE_ACCOUNT } from './helpers/fixtures.ts'
import { atlasInputs, cutoverInputs, gatedStandIns, RUN_SHA, runnerEnv, startInputs } from './helpers/gated-cutover.ts'

const TOKEN = 'ghs_bundleTestToken0123456789abcdefWXYZ'
let api: FakeApi
let github: FakeGitHub
afterEach(async () => {
  await api?.close()
  await github?.close()
})

async function stand(): Promise<void> {
  ;({ api, github } = await gatedStandIns(TOKEN))
  // The environment as the README sets it up, and run 7's cut-over job in it, on this runner.
  github.environmentJob({ runId: '7', sha: RUN_SHA }, 'cutover', 'production-cutover')
}
const runner = (runId = '7') => runnerEnv(github, { GITHUB_RUN_ID: runId })
const atlas = () => atlasInputs(api)
/** A migration the stand-in holds, started through its API. */
async function migration(): Promise<string> {
  return (await runAction(startInputs(api))).outputs['migration-id'] as string
}
const cutover = (id: string) => cutoverInputs(api, TOKEN, id)
const atlasWrites = () => api.requests.filter(r => r.method === 'PUT')

describe('cutover with approval-environment, through the bundle', () => {
  it('cuts over once the run shows an approval of the environment', async () => {
    await stand()
    const id = await migration()
    github.approve('7', 'Production-Cutover', 'alice') // environment names are case-insensitive on GitHub
    const run = await runAction(cutover(id), runner())
    expect(run.code).toBe(0)
    expect(run.outputs['migration-status']).toBe('COMPLETE')
    expect(run.summary).toMatch(/Approved by<\/td><td>alice</)
    expect(run.summary).toContain('production-cutover (required reviewers)')
  })

  it.each([
    ['GITHUB_API_URL is missing', { GITHUB_API_URL: undefined }, /GITHUB_API_URL is not set/],
    ['GITHUB_RUN_ID is missing', { GITHUB_RUN_ID: undefined }, /GITHUB_RUN_ID is not set/],
    ['the API answers 401', { GITHUB_REPOSITORY: 'acme/platform' }, /could not be read .*HTTP 401/]
  ])('refuses and sends nothing to Atlas when %s', async (_, env, message) => {
    await stand()
    const id = await migration()
    github.approve('7', 'production-cutover')
    const before = api.requests.length
    if (message.source.includes('401')) github.tokens.clear()
    const run = await runAction(cutover(id), { ...runner(), ...env })
    expect(run.code).not.toBe(0)
    expect(errorLines(run).join('\n')).toMatch(message)
    expect(api.requests.slice(before)).toEqual([])
    expect(atlasWrites()).toEqual([])
  })

  it('keeps the github-token out of the log and the summary, in every form, even when GitHub echoes it', async () => {
    await stand()
    const id = await migration()
    github.echoAuthorization = true
    github.tokens.clear()
    const run = await runAction(cutover(id), runner())
    expect(run.code).not.toBe(0)
    expect(github.requests[0]?.authorization).toBe(`Bearer ${TOKEN}`)
    for (const form of formsOf(TOKEN).filter(f => f.length >= 4)) {
      for (const line of run.log.split('\n')) if (!line.startsWith('::add-mask::')) expect(line).not.toContain(form)
      expect(run.summary).not.toContain(form)
    }
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  })

  it.each([
    [{ 'approval-check': 'maybe' }, /Input 'approval-check' must be one of required-reviewers, custom-protection-rule/],
    [
      { 'approval-environment': '', 'approval-check': 'custom-protection-rule' },
      /approval-check' goes with approval-environment/
    ],
    [{ 'github-token': '' }, /Input 'github-token' is required/],
    [{ 'ready-wait-seconds': '99999' }, /ready-wait-seconds/],
    [{ 'ledger-record': '12' }, /Input 'ledger-record' goes with deployment-name/],
    [{ 'deployment-name': 'payments', 'ledger-record': 'x1' }, /Input 'ledger-record' must be the number/],
    // Past 2^53 a number is no longer the ID it says: it would round to another record's.
    [{ 'deployment-name': 'payments', 'ledger-record': '9007199254740993' }, /Input 'ledger-record' must be the number/]
  ])('rejects %o before any request', async (inputs, message) => {
    await stand()
    const run = await runAction({ ...cutover('8d9e0f1a2b3c4d5e6f7a8b9c'), ...inputs }, runner())
    expect(run.code).not.toBe(0)
    expect(errorLines(run).join('\n')).toMatch(message)
    expect(api.requests).toEqual([])
    expect(github.requests).toEqual([])
  })
})

describe('record-migration, through the bundle', () => {
  it('records a migration once, its state in the same write, and finds it again from the deployment name', async () => {
    await stand()
    const id = await migration()
    const record = { ...atlas(), mode: 'record-migration', 'deployment-name': 'payments', 'github-token': TOKEN }
    const first = await runAction({ ...record, 'migration-id': id, 'cluster-name': 'dest' }, runner())
    expect(first.code).toBe(0)
    const again = await runAction({ ...record, 'migration-id': id }, runner())
    expect(again.code).toBe(0)
    expect(github.records()).toHaveLength(1)
    // One write in all (the number of writes is the point): the record, whose payload holds the state
    // it was first seen in, ready already; no status repeats it.
    expect(github.requests.filter(r => r.method === 'POST')).toHaveLength(1)
    expect(github.records()[0]?.statuses).toEqual([])
    expect(github.records()[0]?.payload).toMatchObject({
      migrationId: id,
      projectId: PROJECT,
      destination: 'dest',
      state: 'WORKING ready=true lag=1s'
    })
    const found = await runAction(record, runner())
    expect(found.outputs['migration-id']).toBe(id)
    expect(found.outputs['ledger-record']).toBe(String(github.records()[0]?.id))
    const none = await runAction({ ...record, 'deployment-name': 'orders' }, runner())
    expect(none.code).toBe(0)
    expect(none.outputs['migration-id']).toBeUndefined()
    // Never a secret in the ledger.
    expect(JSON.stringify(github.deployments)).not.toMatch(new RegExp(`${SERVICE_ACCOUNT.clientSecret}|${TOKEN}`))
  })
})

describe('start-migration with the ledger, through the bundle', () => {
  const start = (more: Record<string, string> = {}) =>
    startInputs(api, { 'deployment-name': 'payments', 'github-token': TOKEN, ...more })
  const creates = () => api.requests.filter(r => r.method === 'POST' && /liveMigrations$/.test(r.path))

  it('records a new migration in the same step, and a second run takes it up instead of starting another', async () => {
    await stand()
    const first = await runAction(start(), runner())
    expect(first.code, first.log).toBe(0)
    const id = first.outputs['migration-id'] as string
    expect(github.records()).toHaveLength(1)
    expect(github.records()[0]?.payload).toMatchObject({ migrationId: id, projectId: PROJECT, destination: 'dest' })
    const again = await runAction(start(), runner('8'))
    expect(again.code, again.log).toBe(0)
    expect(again.outputs['migration-id']).toBe(id)
    expect(again.log).toMatch(/already has migration \w+ .*taking it up, nothing started/)
    expect(creates()).toHaveLength(1)
    expect(github.records()).toHaveLength(1)
  })

  it('starts a new migration when the recorded one ended FAILED, and records it too', async () => {
    await stand()
    const first = await runAction(start(), runner())
    const failed = api.migrations.get(first.outputs['migration-id'] as string)
    if (failed) failed.plan = { ...failed.plan, end: 'FAILED' }
    const again = await runAction(start(), runner('8'))
    expect(again.code, again.log).toBe(0)
    expect(again.outputs['migration-id']).not.toBe(first.outputs['migration-id'])
    expect(creates()).toHaveLength(2)
    expect(github.records().map(r => r.payload.migrationId)).toEqual(
      expect.arrayContaining([first.outputs['migration-id'], again.outputs['migration-id']])
    )
  })

  it('starts nothing when the ledger cannot be read: it may hold a migration in flight', async () => {
    await stand()
    github.tokens.clear() // GitHub refuses the token
    const run = await runAction(start(), runner())
    expect(run.code).toBe(1)
    expect(creates()).toHaveLength(0)
  })

  it('keeps a started migration the ledger cannot record: the ID is out, with a warning', async () => {
    await stand()
    github.grant(TOKEN, 'deployments:read') // reads the ledger, may not write it
    const run = await runAction(start(), runner())
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['migration-id']).toMatch(/^[0-9a-f]{24}$/)
    expect(creates()).toHaveLength(1)
    expect(run.log).toMatch(/::warning::Migration \w+ started, but the ledger could not record it .*Keep the ID/)
    expect(github.records()).toEqual([])
  })

  it('refuses a github-token without deployment-name before any request', async () => {
    await stand()
    const run = await runAction(start({ 'deployment-name': '' }), runner())
    expect(run.code).toBe(1)
    expect(errorLines(run).join('\n')).toMatch(/'github-token' goes with deployment-name/)
    expect(api.requests).toEqual([])
    expect(github.requests).toEqual([])
  })
})

describe('cutover with the ledger, through the bundle', () => {
  const record = (id: string) =>
    runAction(
      {
        ...atlas(),
        mode: 'record-migration',
        'deployment-name': 'payments',
        'github-token': TOKEN,
        'migration-id': id
      },
      runner()
    )

  it("records how it ended on the deployment's record itself: COMPLETE, in the same step", async () => {
    await stand()
    const id = await migration()
    expect((await record(id)).code).toBe(0)
    github.approve('7', 'production-cutover')
    const run = await runAction({ ...cutover(id), 'deployment-name': 'payments' }, runner())
    expect(run.code, run.log).toBe(0)
    expect(github.records()).toHaveLength(1)
    // The record holds its first readiness in its payload; the cut-over adds how it ended, one write,
    // naming its migration (a reader counts a status only on that migration's record).
    expect(github.records()[0]?.statuses.map(s => [s.state, s.description])).toEqual([
      ['success', `COMPLETE ready=false lag=none migration=${id}`]
    ])
    expect(run.log).toMatch(/Recorded COMPLETE ready=false lag=none of 'payments' in the ledger/)
  })

  it('with ledger-record, records how it ended on that record without looking the ledger up', async () => {
    await stand()
    const id = await migration()
    const made = await record(id)
    github.approve('7', 'production-cutover')
    const reads = github.requests.length
    const run = await runAction(
      { ...cutover(id), 'deployment-name': 'payments', 'ledger-record': made.outputs['ledger-record'] as string },
      runner()
    )
    expect(run.code, run.log).toBe(0)
    const after = github.requests.slice(reads)
    expect(after.filter(r => r.path.includes('live-migration-ledger'))).toEqual([])
    expect(after.filter(r => r.method !== 'GET').map(r => r.path)).toEqual([
      `/repos/acme/platform/deployments/${made.outputs['ledger-record']}/statuses`
    ])
    expect(github.records()[0]?.statuses.map(s => s.state)).toEqual(['success'])
  })

  it('creates the record when the ledger has none of this migration, and records a failure too', async () => {
    await stand()
    const id = await migration()
    const failing = api.migrations.get(id)
    if (failing) failing.plan = { ...failing.plan, end: 'FAILED' }
    github.approve('7', 'production-cutover')
    const run = await runAction({ ...cutover(id), 'deployment-name': 'payments' }, runner())
    expect(run.code).toBe(1)
    expect(atlasWrites()).toEqual([])
    expect(github.records()).toHaveLength(1)
    // Created with how it ended in its payload: one write, no status after it.
    expect(github.records()[0]?.payload).toMatchObject({ migrationId: id, projectId: PROJECT, state: /^FAILED / })
    expect(github.records()[0]?.statuses).toEqual([])
  })

  it('cuts over all the same when the ledger cannot be written, with a warning that says how to record it', async () => {
    await stand()
    const id = await migration()
    github.approve('7', 'production-cutover')
    github.grant(TOKEN, 'actions:read', 'deployments:read')
    const run = await runAction({ ...cutover(id), 'deployment-name': 'payments' }, runner())
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['migration-status']).toBe('COMPLETE')
    expect(run.log).toMatch(
      /::warning::The ledger could not record how the cut-over of migration \w+ ended .*run mode record-migration with deployment-name 'payments'/
    )
    expect(github.records()).toEqual([])
  })

  it('records nothing when the approval is refused: nothing reaches Atlas nor the ledger', async () => {
    await stand()
    const id = await migration()
    const before = api.requests.length
    const run = await runAction({ ...cutover(id), 'deployment-name': 'payments' }, runner())
    expect(run.code).toBe(1)
    expect(api.requests.slice(before)).toEqual([])
    expect(github.requests.filter(r => r.method !== 'GET')).toEqual([])
  })

  it('refuses deployment-name without github-token before any request', async () => {
    await stand()
    const run = await runAction(
      {
        ...cutover('8d9e0f1a2b3c4d5e6f7a8b9c'),
        'approval-environment': '',
        'github-token': '',
        'deployment-name': 'payments'
      },
      runner()
    )
    expect(run.code).toBe(1)
    expect(errorLines(run).join('\n')).toMatch(/Input 'github-token' is required/)
    expect(api.requests).toEqual([])
    expect(github.requests).toEqual([])
  })
})
