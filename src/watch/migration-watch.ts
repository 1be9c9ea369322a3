// The one place that reads a migration's state and owns its end states. Every answer that shows a
// migration — the create call's, a status read, each poll of a wait — passes through see(): it
// keeps the outputs to what that answer said, logs a line when the state changes, records the
// wait, and fails the step on FAILED or EXPIRED. No mode can forget it, since none reads around it.
import { CancelledError } from '../cancel'
import type { Migration, MigrationClient } from '../clients/migration'
import type { MigrationWait } from '../inputs'
import type { ModeContext, WaitRecord } from '../mode'
import { pollSlowdown } from '../transport/retry'
import { type PollSchedule, PollTimeout, pollSchedule, pollUntil } from './poll'

export { CUTOVER_WINDOW_MS } from './cutover-window'

/**
 * The wait after a cut-over polls at the interval from its start, not 0.1 s after: MongoDB
 * documents a cut-over as minutes (3–5 for a small cluster, 10 or more for a large one), so polls
 * in its first seconds would only spend the project's tokens other deployments' starts and
 * cut-overs need.
 */
export function cutoverSchedule(intervalMs: number): PollSchedule {
  return { firstMs: intervalMs, factor: 2, maxMs: intervalMs }
}

/**
 * When the migration was first known ready, the earliest of what this step saw and what the ledger
 * recorded (from: 'ledger'): the cut-over window closes 120 h after the earliest, never later.
 */
export function noteReadySince(context: ModeContext, at: number, observed: boolean, from?: 'ledger'): void {
  const known = context.headline.readySince
  if (!Number.isFinite(at) || (known !== undefined && known.at <= at)) return
  context.headline.readySince = { at, observed, ...(from ? { from } : {}) }
}

/** The statuses of the spec. Any other is reported, and never taken for an end or for readiness. */
const KNOWN_STATUSES = ['NEW', 'WORKING', 'FAILED', 'COMPLETE', 'EXPIRED']
const ENDED = ['FAILED', 'EXPIRED']

export type MigrationGoal = 'ready-for-cutover' | 'complete'

/** The migration ended without completing: the step fails, whatever the mode. */
export class MigrationEndedError extends Error {
  constructor(
    readonly migration: Migration,
    why: string
  ) {
    super(`Migration ${migration.id} is ${migration.status}: ${why}.`)
    this.name = 'MigrationEndedError'
  }
}

/** Ready for cut-over: only a WORKING migration that says so (never COMPLETE, never a status we don't know). */
export function isReady(m: Migration): boolean {
  return m.status === 'WORKING' && m.readyForCutover
}

/** The state as one grep-able line: "WORKING ready=false lag=733s". */
export function describeMigration(m: Migration): string {
  return `${m.status} ready=${m.readyForCutover} lag=${m.lagSeconds === undefined ? 'none' : `${m.lagSeconds}s`}`
}

export class MigrationWatch {
  private last: Migration | undefined
  private record: WaitRecord | undefined
  private warnedUnknown = false

  constructor(
    private readonly client: MigrationClient,
    private readonly projectId: string,
    readonly id: string,
    private readonly context: ModeContext
  ) {}

  /** The last state seen. */
  get current(): Migration | undefined {
    return this.last
  }

  /** Takes in one answer that shows the migration; throws MigrationEndedError on FAILED or EXPIRED. */
  see(m: Migration, poll = false): Migration {
    const { outputs, log, headline } = this.context
    // The outputs say what this answer said, and nothing an earlier one said that it no longer does.
    outputs['migration-status'] = m.status
    outputs['ready-for-cutover'] = String(m.readyForCutover)
    outputs['lag-seconds'] = m.lagSeconds === undefined ? '' : String(m.lagSeconds)
    const line = describeMigration(m)
    if (this.last === undefined || describeMigration(this.last) !== line || this.last.status !== m.status) {
      log.info(`migration ${m.id} ${line}`)
    }
    // The cut-over window runs from readiness: exact when this step saw it become ready.
    if (isReady(m))
      noteReadySince(this.context, this.context.clock.now(), this.last !== undefined && !isReady(this.last))
    this.last = m
    this.record?.samples.push({ ...this.sample(m), poll })
    if (ENDED.includes(m.status)) {
      const [why, next] =
        m.status === 'EXPIRED'
          ? [
              'the cut-over window (120 hours after it became ready, extendable only in the Atlas UI) ran out; start a new migration',
              'Start a new migration: this one cannot be cut over any more.'
            ]
          : [
              "the API gives no reason: look at the destination cluster's migration in the Atlas UI and at the migration host's agent log in Cloud Manager",
              "Look at the destination cluster's migration in the Atlas UI and at the migration host's agent log in Cloud Manager."
            ]
      headline.title = `Migration ${m.id} ended ${m.status}`
      headline.next = next
      this.context.notes.push(`Migration ${m.id} ended ${m.status}: ${why}.`)
      throw new MigrationEndedError(m, why)
    }
    if (!KNOWN_STATUSES.includes(m.status) && !this.warnedUnknown) {
      this.warnedUnknown = true
      log.warning(
        `Migration ${m.id} has a status this action does not know: ${m.status}. It is neither taken for an end nor for readiness; check the migration in the Atlas UI.`
      )
    }
    return m
  }

  private sample(m: Migration) {
    return { at: this.context.clock.now(), status: m.status, ready: m.readyForCutover, lagSeconds: m.lagSeconds }
  }

  /** Reads the migration once (GET), through see(); a wait's polls leave a 429 to the wait. */
  async read(poll = false): Promise<Migration> {
    return this.see(await this.client.get(this.projectId, this.id, { poll }), poll)
  }

  /** One read, where FAILED or EXPIRED is an answer, not a failure (the ledger records it either way). */
  async readEvenIfEnded(): Promise<Migration> {
    try {
      return await this.read()
    } catch (err) {
      if (err instanceof MigrationEndedError) return err.migration
      throw err
    }
  }

  /**
   * Polls until the goal: ready for cut-over (or COMPLETE already), or COMPLETE. Ends at once on
   * FAILED or EXPIRED (see), at the deadline, or at a cancel.
   */
  async until(
    goal: MigrationGoal,
    wait: MigrationWait,
    schedule: PollSchedule = pollSchedule(wait.pollIntervalSeconds * 1000)
  ): Promise<Migration> {
    const reached = (m: Migration) => m.status === 'COMPLETE' || (goal === 'ready-for-cutover' && isReady(m))
    const what =
      goal === 'complete' ? `migration ${this.id} to be COMPLETE` : `migration ${this.id} to be ready for cut-over`
    this.record = { what, samples: [] }
    this.context.waits.push(this.record)
    const initial = this.last
    if (initial) this.record.samples.push(this.sample(initial))
    if (initial && reached(initial)) return initial
    const timeoutHint =
      goal === 'complete'
        ? 'The cut-over is still under way: run migration-status with wait-for: complete to follow it.'
        : 'Raise wait-timeout-seconds (5 days at most; GitHub-hosted jobs end at 6 hours), or resume later with mode migration-status and this migration-id.'
    try {
      return await pollUntil({
        what,
        timeoutSeconds: wait.timeoutSeconds,
        schedule,
        initial,
        read: () => this.read(true),
        isDone: reached,
        describe: describeMigration,
        timeoutHint,
        log: this.context.log,
        signal: this.context.signal,
        clock: this.context.clock,
        slowdown: () => pollSlowdown(this.client.budget),
        stateOf: m => `${m.status} ${m.readyForCutover}`
      })
    } catch (err) {
      // The migration goes on without this step: say how to pick the wait up again.
      if (err instanceof PollTimeout) {
        this.context.headline.title = `Still waiting for ${what}`
        this.context.headline.next = timeoutHint.replace('this migration-id', `migration-id ${this.id}`)
      } else if (err instanceof CancelledError) {
        this.context.headline.next = `The migration goes on: pick the wait up with mode migration-status, migration-id ${this.id} and wait-for: ${goal === 'complete' ? 'complete' : 'ready-for-cutover'}.`
      }
      throw err
    } finally {
      this.record = undefined
    }
  }
}
