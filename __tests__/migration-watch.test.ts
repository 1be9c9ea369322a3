// Every mode that reads a migration × every wait × every way a migration goes, in process on a fake
// clock: one watcher owns the end states, so no combination reports success for what did not happen.
import { describe, expect, it } from 'vitest'
import { cutover } from '../src/migration/cutover'
import { migrationStatus, startMigration } from '../src/migration/modes'
import type { ApiRequest } from '../src/transport/http'
import { SOURCE_PROJECT } from './helpers/fixtures.ts'
import type { Collected } from './helpers/in-process.ts'
import { collectingContext, configOf, DESTINATION, MIGRATION_ID, scriptedSession } from './helpers/in-process.ts'

interface State {
  status: string
  readyForCutover: boolean
  lagTimeSeconds: number | null
}
const NEW: State = { status: 'NEW', readyForCutover: false, lagTimeSeconds: null }
const WORKING: State = { status: 'WORKING', readyForCutover: false, lagTimeSeconds: 100 }
const READY: State = { status: 'WORKING', readyForCutover: true, lagTimeSeconds: 1 }
const FAILED: State = { status: 'FAILED', readyForCutover: false, lagTimeSeconds: null }
const EXPIRED: State = { status: 'EXPIRED', readyForCutover: false, lagTimeSeconds: null }
const COMPLETE: State = { status: 'COMPLETE', readyForCutover: false, lagTimeSeconds: null }
/** A status this version does not know, claiming readiness: never taken for ready or for an end. */
const UNKNOWN: State = { status: 'PAUSED', readyForCutover: true, lagTimeSeconds: 3 }
const SYNCING: State = { status: 'WORKING', readyForCutover: false, lagTimeSeconds: null }

/** What the migration answers, read after read (the last repeats); start-migration's create answer is the first. */
const SCENARIOS: Record<string, State[]> = {
  NEW: [NEW],
  WORKING: [WORKING],
  'becomes ready': [WORKING, READY],
  'ready at once': [READY],
  'fails later': [WORKING, FAILED],
  'FAILED at once': [FAILED],
  'expires later': [WORKING, EXPIRED],
  COMPLETE: [COMPLETE],
  unknown: [UNKNOWN],
  'flaps ready → not ready': [READY, WORKING]
}
type Scenario = keyof typeof SCENARIOS

type Outcome = 'ok' | 'FAILED' | 'EXPIRED' | 'timeout' | 'not ready'
type Case = { mode: 'start-migration' | 'migration-status' | 'cutover'; waitFor: string }

/** A read with no wait: only an end state read fails the step. */
const READ_ONCE: Record<Scenario, Outcome> = {
  NEW: 'ok',
  WORKING: 'ok',
  'becomes ready': 'ok',
  'ready at once': 'ok',
  'fails later': 'ok',
  'FAILED at once': 'FAILED',
  'expires later': 'ok',
  COMPLETE: 'ok',
  unknown: 'ok',
  'flaps ready → not ready': 'ok'
}

/** A wait for ready-for-cutover: ready (or COMPLETE already) succeeds; an end state fails; the rest times out. */
const UNTIL_READY: Record<Scenario, Outcome> = {
  NEW: 'timeout',
  WORKING: 'timeout',
  'becomes ready': 'ok',
  'ready at once': 'ok',
  'fails later': 'FAILED',
  'FAILED at once': 'FAILED',
  'expires later': 'EXPIRED',
  COMPLETE: 'ok',
  unknown: 'timeout',
  'flaps ready → not ready': 'ok'
}

/** The expected outcome of each mode and wait, per scenario: the specification, written out. */
const EXPECTED: [Case, Record<Scenario, Outcome>][] = [
  [{ mode: 'start-migration', waitFor: 'none' }, READ_ONCE],
  [{ mode: 'start-migration', waitFor: 'ready-for-cutover' }, UNTIL_READY],
  [{ mode: 'migration-status', waitFor: 'none' }, READ_ONCE],
  [{ mode: 'migration-status', waitFor: 'ready-for-cutover' }, UNTIL_READY],
  [
    { mode: 'migration-status', waitFor: 'complete' },
    {
      NEW: 'timeout',
      WORKING: 'timeout',
      'becomes ready': 'timeout',
      'ready at once': 'timeout',
      'fails later': 'FAILED',
      'FAILED at once': 'FAILED',
      'expires later': 'EXPIRED',
      COMPLETE: 'ok',
      unknown: 'timeout',
      'flaps ready → not ready': 'timeout'
    }
  ],
  ...(['none', 'complete'] as const).map(
    waitFor =>
      [
        { mode: 'cutover', waitFor },
        {
          NEW: 'not ready',
          WORKING: 'not ready',
          'becomes ready': 'not ready',
          'ready at once': 'ok',
          'fails later': 'not ready',
          'FAILED at once': 'FAILED',
          'expires later': 'not ready',
          COMPLETE: 'ok',
          unknown: 'not ready',
          'flaps ready → not ready': 'ok'
        }
      ] as [Case, Record<Scenario, Outcome>]
  )
]

/** Atlas per the script: reads walk the states; a cut-over of a ready migration goes on to COMPLETE. */
function atlas(states: State[], afterCutover: State[] = [SYNCING, COMPLETE]) {
  let script = states
  let read = 0
  const next = () => script[Math.min(read++, script.length - 1)] as State
  return scriptedSession((request: ApiRequest) => {
    if (request.method === 'POST') return { status: 201, body: { _id: MIGRATION_ID, ...next() } }
    if (request.method === 'PUT') {
      script = afterCutover
      read = 0
      return { status: 204 }
    }
    return { status: 200, body: { _id: MIGRATION_ID, ...next() } }
  })
}

async function runCase(c: Case, states: State[], afterCutover?: State[]) {
  const run = collectingContext()
  const { open, sent } = atlas(states, afterCutover)
  const wait = { 'wait-for': c.waitFor, 'wait-timeout-seconds': '3600', 'poll-interval-seconds': '60' }
  let error: Error | undefined
  let result: string | undefined
  try {
    if (c.mode === 'start-migration') {
      const config = configOf('start-migration', {
        ...DESTINATION,
        ...wait,
        'cluster-name': 'atlas-payments',
        'source-cluster-name': 'payments-rs',
        'source-project-id': SOURCE_PROJECT,
        'migration-host': 'mig-1.example.net',
        'source-ssl': 'true',
        'skip-validation': 'true'
      })
      result = await startMigration(config, open, run.context)
    } else if (c.mode === 'migration-status') {
      result = await migrationStatus(
        configOf('migration-status', { ...DESTINATION, ...wait, 'migration-id': MIGRATION_ID }),
        open,
        run.context
      )
    } else {
      const config = configOf('cutover', {
        ...DESTINATION,
        ...wait,
        'migration-id': MIGRATION_ID,
        'confirm-writes-stopped': 'true'
      })
      result = await cutover(config, open, run.context)
    }
  } catch (err) {
    error = err as Error
  }
  return { run, sent, error, result }
}

function outcomeOf(error: Error | undefined): Outcome {
  if (!error) return 'ok'
  if (error.name === 'MigrationEndedError') return /is EXPIRED/.test(error.message) ? 'EXPIRED' : 'FAILED'
  if (error.name === 'PollTimeout') return 'timeout'
  if (/is not ready for cut-over/.test(error.message)) return 'not ready'
  throw error
}

function lastRead(run: Collected) {
  return run.context.outputs
}

describe.each(EXPECTED)('%o', (c, expected) => {
  it.each(Object.keys(SCENARIOS) as Scenario[])('%s', async scenario => {
    const states = SCENARIOS[scenario] as State[]
    const { run, sent, error } = await runCase(c, states)
    const outcome = outcomeOf(error)
    expect(outcome, error?.message).toBe(expected[scenario])
    const puts = sent.filter(r => r.method === 'PUT')
    // A cut-over is sent only by cutover, only for a migration read as ready just before.
    expect(puts).toHaveLength(c.mode === 'cutover' && outcome === 'ok' && scenario !== 'COMPLETE' ? 1 : 0)
    if (outcome === 'FAILED' || outcome === 'EXPIRED') {
      expect(lastRead(run)['migration-status']).toBe(outcome)
      expect(run.context.notes.join(' ')).toContain(`ended ${outcome}`)
    }
    if (outcome === 'timeout') expect(error?.message).toMatch(/^Timed out after 3600 s waiting for migration/)
    // Every state read is on the log once, in one grep-able line.
    expect(run.lines.some(line => line.startsWith(`migration ${MIGRATION_ID} `))).toBe(true)
    if (c.mode === 'start-migration') expect(lastRead(run)['migration-id']).toBe(MIGRATION_ID)
  })
})

describe('the watcher', () => {
  it('fails a cut-over whose migration FAILS after the PUT, while waiting for COMPLETE', async () => {
    const { error, sent } = await runCase({ mode: 'cutover', waitFor: 'complete' }, [READY], [SYNCING, FAILED])
    expect(outcomeOf(error)).toBe('FAILED')
    expect(sent.filter(r => r.method === 'PUT')).toHaveLength(1)
  })

  it('polls a cut-over first at the interval (it takes minutes), where other waits poll 0.1 s after a change', async () => {
    const cut = await runCase({ mode: 'cutover', waitFor: 'complete' }, [READY], [COMPLETE])
    expect(cut.error).toBeUndefined()
    expect(cut.sent.filter(r => r.method === 'GET')).toHaveLength(2) // the read before the PUT, one poll
    expect(cut.run.clock.now() - Date.UTC(2026, 11, 1)).toBe(60_000)
    const status = await runCase({ mode: 'migration-status', waitFor: 'complete' }, [WORKING, COMPLETE])
    expect(status.error).toBeUndefined()
    expect(status.run.clock.now() - Date.UTC(2026, 11, 1)).toBe(100)
  })

  it('clears lag-seconds once Atlas stops reporting lag, so outputs say what the last read said', async () => {
    const { run, error } = await runCase({ mode: 'migration-status', waitFor: 'complete' }, [
      WORKING,
      SYNCING,
      COMPLETE
    ])
    expect(error).toBeUndefined()
    expect(run.context.outputs).toMatchObject({ 'migration-status': 'COMPLETE', 'lag-seconds': '' })
  })

  it('logs status, readiness and lag in one line without a wait, and a line per change during one', async () => {
    const quiet = await runCase({ mode: 'migration-status', waitFor: 'none' }, [WORKING])
    expect(quiet.run.lines).toEqual([`migration ${MIGRATION_ID} WORKING ready=false lag=100s`])
    const waited = await runCase({ mode: 'migration-status', waitFor: 'ready-for-cutover' }, [
      WORKING,
      WORKING,
      WORKING,
      READY
    ])
    const states = waited.run.lines.filter(line => line.startsWith('migration '))
    expect(states).toEqual([
      `migration ${MIGRATION_ID} WORKING ready=false lag=100s`,
      `migration ${MIGRATION_ID} WORKING ready=true lag=1s`
    ])
  })

  it('warns once about a status it does not know, and never takes it for ready', async () => {
    const { run, error } = await runCase({ mode: 'migration-status', waitFor: 'ready-for-cutover' }, [UNKNOWN])
    expect(outcomeOf(error)).toBe('timeout')
    expect(run.warnings.filter(w => /status this action does not know: PAUSED/.test(w))).toHaveLength(1)
  })

  it('waits on the fake clock: a day-long wait polls at the interval and ends at its deadline', async () => {
    const { run, sent } = await runCase({ mode: 'migration-status', waitFor: 'ready-for-cutover' }, [WORKING])
    const polls = sent.filter(r => r.method === 'GET').length
    // An hour at a 60 s interval, first polls sooner (0.1 s, doubling): about 70 reads, not thousands.
    expect(polls).toBeGreaterThan(60)
    expect(polls).toBeLessThan(75)
    expect(run.clock.time - Date.UTC(2026, 11, 1)).toBe(3_600_000)
  })
})
