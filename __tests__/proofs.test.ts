// Every proof proves only what it shows, through dist/index.js as the runner runs it: an approval
// binds to one deployment, the environment's protection is read now, a ledger record is a claim
// checked against its writer, its form, the inputs and Atlas, deadlines run from the earliest
// readiness known, a migration started just before a cancel is still recorded, and the cut-over
// summary is the audit trail.
import { afterEach, describe, expect, it } from 'vitest'
import { noCommand } from '../src/action'
import { historyOf } from '../src/ledger/ledger'
import { escapeHtml } from '../src/summary/view'
import { utc } from '../src/time'
import type { FakeApi } from '../test-server/fake-api.ts'
import type { FakeDeployment, FakeGitHub } from '../test-server/fake-github.ts'
import { errorLines, runAction } from '../test-server/run-action.ts'
import { ATLAS_ORG, ATLAS_PROJECT as PROJECT } from './helpers/fixtures.ts'
import { atlasInputs, cutoverInputs, gatedStandIns, RUN_SHA, runnerEnv, startInputs } from './helpers/gated-cutover.ts'

const TOKEN = 'ghs_proofsTestToken0123456789abcdefWXYZ'
const SHA = RUN_SHA
const OTHER_PROJECT = '0a1b2c3d4e5f6a7b8c9d0e1f'
let api: FakeApi
let github: FakeGitHub
afterEach(async () => {
  await api?.close()
  await github?.close()
})

async function stand(): Promise<void> {
  ;({ api, github } = await gatedStandIns(TOKEN, [PROJECT, OTHER_PROJECT]))
}
const runner = (more: Record<string, string> = {}) => runnerEnv(github, more)
const atlas = () => atlasInputs(api)
const start = (more: Record<string, string> = {}) => startInputs(api, more)
/** A migration the stand-in holds, started without the ledger. */
async function migration(): Promise<string> {
  return (await runAction(start())).outputs['migration-id'] as string
}
const cutover = (id: string, more: Record<string, string> = {}) =>
  cutoverInputs(api, TOKEN, id, { 'deployment-name': 'payments', ...more })
const puts = () => api.requests.filter(r => r.method === 'PUT')
const creates = () => api.requests.filter(r => r.method === 'POST' && /liveMigrations$/.test(r.path))
/** A ledger record as GitHub would hold it, written by `creator` (a job's token by default). */
function record(payload: Record<string, unknown>, more: Partial<FakeDeployment> = {}): FakeDeployment {
  const written: FakeDeployment = {
    id: 9000 + github.deployments.length,
    sha: SHA,
    ref: SHA,
    task: 'live-migration:payments',
    environment: 'live-migration-ledger',
    description: 'Live migration of payments',
    payload: { projectId: PROJECT, destination: 'dest', source: 'src', startedAt: '2026-12-01T10:00:00Z', ...payload },
    created_at: '2026-12-01T10:00:00Z',
    creator: 'github-actions[bot]',
    statuses: [],
    ...more
  }
  github.deployments.push(written)
  return written
}

describe('an approval releases only the deployment it was meant for (1, 9)', () => {
  it('refuses an approval of an environment another job of the run also waits on, and says how to approve one alone', async () => {
    await stand()
    const id = await migration()
    github.environmentJob({ runId: '7', sha: SHA }, 'cutover (orders)', 'production-cutover', {
      runner: 'other',
      status: 'waiting'
    })
    github.environmentJob({ runId: '7', sha: SHA }, 'cutover (payments)', 'production-cutover')
    github.approve('7', 'production-cutover', 'alice')
    const run = await runAction(cutover(id), runner())
    expect(run.code).toBe(1)
    expect(errorLines(run).join('\n')).toMatch(
      /cannot be bound to 'payments' alone: 1 other job of this run is in it too\..*own environment \(cutover-environment: cutover-payments\), or approve with a comment that names 'payments'/
    )
    expect(puts()).toEqual([])
  })

  it('cuts over when the approving comment names the deployment, and the summary is the audit trail', async () => {
    await stand()
    const id = await migration()
    github.environmentJob({ runId: '7', sha: SHA }, 'cutover (orders)', 'production-cutover', { runner: 'other' })
    github.environmentJob({ runId: '7', sha: SHA }, 'cutover (payments)', 'production-cutover')
    github.approve('7', 'production-cutover', 'bob', 'writes to orders stopped')
    github.approve('7', 'production-cutover', 'alice', 'Writes to payments stopped at 10:02.\n::error::not a command')
    const run = await runAction(cutover(id), runner())
    expect(run.code, run.log).toBe(0)
    expect(puts()).toHaveLength(1)
    expect(run.summary).toMatch(/Approved by<\/td><td>alice</)
    expect(run.summary).toContain('Writes to payments stopped at 10:02. ::error::not a command')
    expect(run.summary).toContain('the approving comment names this deployment')
    expect(run.summary).toMatch(/Approval read<\/td><td>\d{4}-\d\d-\d\d \d\d:\d\d UTC/)
    // The reviewer's words are data: never a line the runner reads as a command.
    expect(run.log.split('\n').some(line => line.startsWith('::error::not a command'))).toBe(false)
  })

  it.each(['payments/eu stopped', 'payments:old is done', 'payments-old', 'paymentsx'])(
    'never takes a comment naming another deployment (%s) for this one',
    async comment => {
      await stand()
      const id = await migration()
      github.environmentJob({ runId: '7', sha: SHA }, 'cutover (orders)', 'production-cutover', { runner: 'other' })
      github.environmentJob({ runId: '7', sha: SHA }, 'cutover (payments)', 'production-cutover')
      github.approve('7', 'production-cutover', 'alice', comment)
      const run = await runAction(cutover(id), runner())
      expect(run.code).toBe(1)
      expect(errorLines(run).join('\n')).toMatch(/cannot be bound to 'payments' alone/)
      expect(puts()).toEqual([])
    }
  )

  it("binds by the environment when this is the run's only job in it, and says so", async () => {
    await stand()
    const id = await migration()
    github.environmentJob({ runId: '7', sha: SHA }, 'cutover (payments)', 'production-cutover')
    github.approve('7', 'production-cutover', 'alice')
    const run = await runAction(cutover(id), runner())
    expect(run.code, run.log).toBe(0)
    expect(run.summary).toContain("this job is the only one of the run in environment 'production-cutover'")
  })

  it('says in plain words that the approval was not checked when no approval-environment is given', async () => {
    await stand()
    const id = await migration()
    const run = await runAction(cutover(id, { 'approval-environment': '', 'deployment-name': '' }), runner())
    expect(run.code, run.log).toBe(0)
    expect(run.log).toMatch(/::warning::Approval not checked: no approval-environment was given/)
    expect(run.summary).toContain('not checked (no approval-environment)')
  })
})

describe('an input that names a ledger record is a claim too (review)', () => {
  it("writes the end on ledger-record unread, naming its migration: on another deployment's record no reader counts it", async () => {
    await stand()
    const id = await migration()
    const other = '0a0b0c0d0e0f0a0b0c0d0e0f'
    const orders = record({ migrationId: other }, { task: 'live-migration:orders' })
    const payments = record({ migrationId: id })
    github.environmentJob({ runId: '7', sha: SHA }, 'cutover (payments)', 'production-cutover')
    github.approve('7', 'production-cutover', 'alice')
    const run = await runAction(cutover(id, { 'ledger-record': String(orders.id) }), runner())
    expect(run.code, run.log).toBe(0)
    // No read to check the ID (a GitHub request a deployment fewer): one write, where it was told.
    expect(github.requests.filter(r => r.method === 'GET' && r.path.includes(`/deployments/${orders.id}`))).toEqual([])
    expect(orders.statuses.map(s => s.description)).toEqual([`COMPLETE ready=false lag=none migration=${id}`])
    expect(payments.statuses).toEqual([])
    // The step says what it did, no more: a status on the record it was given, unread.
    expect(run.log).toContain(
      `Recorded COMPLETE ready=false lag=none of migration ${id} on ledger record ${orders.id}, as ledger-record gave it (unread`
    )
    expect(run.log).not.toMatch(/in the ledger \(record/)
    expect(run.summary).toContain(`${orders.id} (ledger-record, not read)`)
    // Read as every reader reads a record's statuses: orders' history holds none of it.
    const asRead = orders.statuses.map(s => ({ ...s, createdAt: s.created_at, creator: s.creator }))
    expect(historyOf({ id: orders.id, migrationId: other }, asRead)).toEqual({})
  })
})

describe('a ledger-record outside the ledger', () => {
  it('warns where the status went, and never says it recorded the end; the cut-over stands', async () => {
    await stand()
    const id = await migration()
    const production = record({ migrationId: id }, { environment: 'production', task: 'deploy' })
    github.environmentJob({ runId: '7', sha: SHA }, 'cutover (payments)', 'production-cutover')
    github.approve('7', 'production-cutover', 'alice')
    const run = await runAction(cutover(id, { 'ledger-record': String(production.id) }), runner())
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['migration-status']).toBe('COMPLETE')
    expect(run.log).toMatch(
      new RegExp(`::warning::The ledger could not record .*deployment ${production.id} is not a ledger record`)
    )
    expect(run.log).not.toMatch(/Recorded COMPLETE/)
    // What went there names its migration: no reader of the ledger would count it.
    expect(production.statuses.map(s => s.description)).toEqual([`COMPLETE ready=false lag=none migration=${id}`])
  })
})

describe('a status is a claim too', () => {
  const MIGRATION = '0a0b0c0d0e0f0a0b0c0d0e0f'
  const status = (description: string, creator = 'github-actions[bot]') => ({
    state: 'success',
    description,
    createdAt: '2026-12-01T11:00:00Z',
    creator
  })
  const history = (...statuses: ReturnType<typeof status>[]) => historyOf({ id: 1, migrationId: MIGRATION }, statuses)

  it("counts the action's own status of this record's migration, as its state line", () => {
    expect(history(status(`COMPLETE ready=true lag=0s migration=${MIGRATION}`))).toEqual({
      last: 'COMPLETE ready=true lag=0s',
      lastState: 'success',
      firstReadyAt: '2026-12-01T11:00:00Z'
    })
  })

  it('counts a status in the form 2.0.0 wrote, which names no migration', () => {
    expect(history(status('WORKING ready=true lag=3s')).last).toBe('WORKING ready=true lag=3s')
  })

  it("passes over a status of another migration, another writer's, or another form", () => {
    expect(history(status('COMPLETE ready=true lag=0s migration=ffffffffffffffffffffffff'))).toEqual({})
    expect(history(status(`COMPLETE ready=true lag=0s migration=${MIGRATION}`, 'mallory'))).toEqual({})
    expect(history(status('COMPLETE ready=true lag=0s (done)'))).toEqual({})
  })
})

describe('gates that check what they claim (4)', () => {
  it('refuses a re-run whose environment lost its required reviewers, though attempt 1 was approved', async () => {
    await stand()
    const id = await migration()
    github.approve('7', 'production-cutover', 'alice') // attempt 1's approval, still in the run's history
    github.protect('production-cutover', { reviewers: [], waitTimer: 5 })
    github.environmentJob({ runId: '7', attempt: '2', sha: SHA }, 'cutover', 'production-cutover')
    const run = await runAction(cutover(id), runner({ GITHUB_RUN_ATTEMPT: '2' }))
    expect(run.code).toBe(1)
    expect(errorLines(run).join('\n')).toMatch(
      /environment 'production-cutover' has no required reviewers now \(its rules: wait_timer\)/
    )
    expect(puts()).toEqual([])
  })

  it('refuses an environment GitHub does not have (created unprotected on first use)', async () => {
    await stand()
    const id = await migration()
    github.approve('7', 'production-cutvoer')
    const run = await runAction(cutover(id, { 'approval-environment': 'production-cutvoer' }), runner())
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^No cut-over: environment 'production-cutvoer' does not exist in this repository\. .* Nothing was sent to Atlas\.$/
      )
    ])
    expect(errorLines(run)[0]).not.toMatch(/could not be read/)
    expect(puts()).toEqual([])
  })

  it('refuses a blank approval-environment before any request', async () => {
    await stand()
    const run = await runAction(cutover('8d9e0f1a2b3c4d5e6f7a8b9c', { 'approval-environment': '   ' }), runner())
    expect(run.code).toBe(1)
    expect(errorLines(run).join('\n')).toMatch(/Input 'approval-environment' is blank/)
    expect(api.requests).toEqual([])
    expect(github.requests).toEqual([])
  })
})

describe('a ledger record is evidence, never an order (2)', () => {
  it("passes over a record someone else wrote, naming another deployment's migration, and starts its own", async () => {
    await stand()
    const orders = await migration()
    record({ migrationId: orders }, { creator: 'mallory' })
    const run = await runAction(start({ 'deployment-name': 'payments', 'github-token': TOKEN }), runner())
    expect(run.code, run.log).toBe(0)
    expect(run.log).toMatch(
      /::warning::The ledger's record \d+ of deployment 'payments' is passed over: it was created by mallory/
    )
    expect(run.outputs['migration-id']).not.toBe(orders)
    expect(creates()).toHaveLength(2)
  })

  it('refuses a record whose migration ID is a path, and sends nothing with it', async () => {
    await stand()
    record({ migrationId: `../../../orgs/${ATLAS_ORG}/liveMigrations/linkTokens` })
    const run = await runAction(start({ 'deployment-name': 'payments', 'github-token': TOKEN }), runner())
    expect(run.code).toBe(1)
    expect(errorLines(run).join('\n')).toMatch(
      /record \d+ of deployment 'payments' cannot be used: its migrationId \(24 hexadecimal characters\) is not in the form this action writes/
    )
    expect(api.requests.filter(r => /linkTokens|\.\./.test(r.path))).toEqual([])
    expect(creates()).toEqual([])
  })

  it('refuses a record of another project, and starts nothing beside it', async () => {
    await stand()
    const id = await migration()
    record({ migrationId: id, projectId: OTHER_PROJECT })
    const before = api.requests.length
    const run = await runAction(start({ 'deployment-name': 'payments', 'github-token': TOKEN }), runner())
    expect(run.code).toBe(1)
    expect(errorLines(run).join('\n')).toMatch(
      new RegExp(`is of project ${OTHER_PROJECT}, not project-id ${PROJECT}: it is not taken up`)
    )
    expect(api.requests.slice(before).filter(r => r.path.includes(OTHER_PROJECT))).toEqual([])
    expect(creates()).toHaveLength(1)
  })

  it('never logs a value of a record raw: a startedAt holding a workflow command', async () => {
    await stand()
    const id = await migration()
    record({ migrationId: id, startedAt: '2026-12-01\n::error::forged' })
    const run = await runAction(start({ 'deployment-name': 'payments', 'github-token': TOKEN }), runner())
    expect(run.code).toBe(1)
    expect(run.log.split('\n').some(line => line.startsWith('::error::forged'))).toBe(false)
    expect(errorLines(run).join('\n')).toMatch(/its startedAt \(an ISO time\) is not in the form/)
  })

  it('refuses a record whose source breaks a line, so no value of it starts a log line', async () => {
    await stand()
    const id = await migration()
    record({ migrationId: id, source: 'src\n::error::forged' })
    const run = await runAction(start({ 'deployment-name': 'payments', 'github-token': TOKEN }), runner())
    expect(run.code).toBe(1)
    expect(run.log.split('\n').some(line => line.startsWith('::error::forged'))).toBe(false)
    expect(errorLines(run).join('\n')).toMatch(/its source \(a deployment name on one line\) is not in the form/)
  })

  it("takes a migration's end from Atlas: a forged 'success' status does not hide it from the status view", async () => {
    await stand()
    const id = await migration()
    const written = record({ migrationId: id })
    written.statuses.push({
      id: 1,
      state: 'success',
      description: 'COMPLETE ready=false lag=none',
      created_at: '2026-12-01T11:00:00Z'
    })
    const run = await runAction(
      { ...atlas(), mode: 'migrations-in-flight', 'github-token': TOKEN, 'record-status': 'false', 'project-id': '' },
      runner()
    )
    expect(run.code, run.log).toBe(0)
    expect(JSON.parse(run.outputs.migrations as string)).toEqual(['payments'])
  })
})

describe('a refused ledger write never hides the rest (7)', () => {
  it('writes the whole status table, then fails naming what the ledger did not record', async () => {
    await stand()
    const id = await migration()
    record({ migrationId: id })
    github.grant(TOKEN, 'deployments:read') // reads the ledger, may not write it
    const run = await runAction(
      { ...atlas(), mode: 'migrations-in-flight', 'github-token': TOKEN, 'record-status': 'true', 'project-id': '' },
      runner()
    )
    expect(run.code).toBe(1)
    expect(run.summary).toMatch(/<td>payments<\/td><td>[a-f0-9]{24}<\/td><td>WORKING ready=true/)
    expect(JSON.parse(run.outputs['not-recorded'] as string)).toEqual(['payments'])
    expect(errorLines(run).join('\n')).toMatch(/The ledger did not record the status of 1 deployment: payments\./)
  })
})

describe('deadlines from the earliest readiness known (5)', () => {
  it("takes up a migration with the ledger's first readiness, not this step's", async () => {
    await stand()
    const id = await migration()
    const readyAt = new Date(Date.now() - 100 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const written = record({ migrationId: id })
    written.statuses.push({
      id: 1,
      state: 'in_progress',
      description: 'WORKING ready=true lag=1s',
      created_at: readyAt
    })
    const run = await runAction(
      start({ 'deployment-name': 'payments', 'github-token': TOKEN, 'wait-for': 'ready-for-cutover' }),
      runner()
    )
    expect(run.code, run.log).toBe(0)
    expect(run.summary).toContain(`before ${utc(Date.parse(readyAt) + 120 * 3600_000)}`)
    expect(run.summary).toContain('first recorded in the ledger')
  })
})

describe('a migration that exists is recorded, also after a cancel (8)', () => {
  it('records a migration whose create was answered after SIGINT, and the step fails as cancelled', async () => {
    await stand()
    api.faults.push({
      match: /^POST .*liveMigrations$/,
      status: 201,
      body: '{"_id":"6650aa00bb11cc22dd33ee77","status":"NEW","readyForCutover":false}',
      delayMs: 400
    })
    const run = await runAction(start({ 'deployment-name': 'payments', 'github-token': TOKEN }), runner(), {
      signal: { name: 'SIGINT', when: () => creates().length > 0 }
    })
    expect(run.code).toBe(1)
    expect(run.outputs['migration-id']).toBe('6650aa00bb11cc22dd33ee77')
    expect(github.records().map(r => r.payload.migrationId)).toEqual(['6650aa00bb11cc22dd33ee77'])
    expect(errorLines(run).join('\n')).toMatch(/Cancelled \(SIGINT\)/)
  })
})

describe('data never becomes a workflow command or Markdown (review)', () => {
  it('keeps a line break before :: on the line before it, and never starts a log line with ::', () => {
    for (const text of ['record x\n::error::forged', '::warning::x', 'a\r\n  ::set-output name=x::y'])
      for (const line of noCommand(text).split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
    expect(noCommand('plain line')).toBe('plain line')
  })

  it('escapes summary text onto one line, so a blank line cannot end the HTML block', () => {
    expect(escapeHtml('a\n\n[link](https://example.com) <b>')).toBe('a [link](https://example.com) &lt;b&gt;')
  })
})
