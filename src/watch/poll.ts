// The one way the action waits for something: poll, log one progress line per poll, stop at a
// deadline, at a cancel, or at the first answer that will not change by asking again. Knows
// nothing of what it waits for.
import type { Clock } from '../cancel'
import { CancelledError, SYSTEM_CLOCK } from '../cancel'
import { ApiError, counted, errorMessage, NetworkError } from '../errors'
import type { Logger } from '../log'

export interface PollSchedule {
  /** Pause before the first poll. */
  firstMs: number
  /** Each pause is the previous one times this… */
  factor: number
  /** …up to this. */
  maxMs: number
}

/**
 * The schedule of every wait: polls come soon after a start or a change of state, when the next
 * change is likeliest (a link syncs, a validation ends, a cut-over completes within seconds):
 * 100 ms, doubling, up to maxMs. At a 60 s interval that is 10 polls more per change than polling
 * at the interval alone; each change costs about the first second of polls it is noticed within.
 */
export function pollSchedule(maxMs: number): PollSchedule {
  return { firstMs: Math.min(100, maxMs), factor: 2, maxMs }
}

export interface PollOptions<T> {
  /** What is awaited, for the timeout message: "org X's link to reach SYNCED". */
  what: string
  timeoutSeconds: number
  schedule: PollSchedule
  /**
   * Reads the current state (one API call). An error it throws ends the wait, unless it is
   * transient (no answer, a 5xx, a 429): then the wait goes on, as the server asks.
   */
  read: () => Promise<T>
  isDone: (value: T) => boolean
  /** The state in a few words, for progress lines and the timeout message. */
  describe: (value: T) => string
  /** The state before the first poll, if known. */
  initial?: T
  /** What to check when the wait times out. */
  timeoutHint: string
  log: Logger
  /** How many times longer the next pause should be (≥ 1): a shared rate limit running low. */
  slowdown?: () => number
  /** What counts as a change of state: after one, polls come soon again (the schedule restarts). */
  stateOf?: (value: T) => string
  /** Polls in a row that may fail (after their own retries) before the wait gives up. */
  maxFailuresInARow?: number
  /** Aborted (the job was cancelled): the wait ends at once with a CancelledError. */
  signal: AbortSignal
  clock?: Clock
}

export class PollTimeout extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PollTimeout'
  }
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1)

/** Polls until isDone, and returns that state; throws PollTimeout at the deadline. */
export async function pollUntil<T>(options: PollOptions<T>): Promise<T> {
  const { log, schedule, describe, signal, what } = options
  const clock = options.clock ?? SYSTEM_CLOCK
  const maxFailures = options.maxFailuresInARow ?? 3
  const started = clock.now()
  const deadline = started + options.timeoutSeconds * 1000
  let last = options.initial
  let pause = schedule.firstMs
  /** The server's Retry-After: the next poll comes no sooner (RFC 9110 §10.2.3). */
  let notBeforeMs = 0
  let failures = 0
  const lastRead = () => (last === undefined ? 'nothing read yet' : `the last read was ${describe(last)}`)
  const cancelled = (err: unknown): CancelledError =>
    new CancelledError(`${errorMessage(err)} Stopped waiting for ${what}; ${lastRead()}.`)
  for (let poll = 1; ; poll++) {
    const left = deadline - clock.now()
    if (left <= 0) {
      throw new PollTimeout(
        `Timed out after ${options.timeoutSeconds} s waiting for ${what}; ${lastRead()}. ${options.timeoutHint}`
      )
    }
    const pauseMs = Math.min(Math.max(pause * (options.slowdown?.() ?? 1), notBeforeMs), left)
    notBeforeMs = 0
    log.info(
      `Waiting for ${what}: ${last === undefined ? 'not read yet' : describe(last)}; poll ${poll} in ${seconds(pauseMs)} s…`
    )
    try {
      await clock.sleep(pauseMs, signal)
    } catch (err) {
      throw cancelled(err)
    }
    pause = Math.min(schedule.maxMs, Math.round(pause * schedule.factor))
    let value: T
    try {
      value = await options.read()
    } catch (err) {
      if (err instanceof CancelledError || signal.aborted) throw cancelled(err)
      // A poll refused by a rate limit is not a failure: the next one comes when the server said
      // (Retry-After), or on the schedule, slowed by the bucket's level.
      if (err instanceof ApiError && err.status === 429 && err.retryAfterMs === undefined) {
        log.info(`Poll ${poll}: HTTP 429 (rate limited, no Retry-After); the next poll comes on the schedule.`)
        continue
      }
      const asked = err instanceof ApiError && isTransient(err) ? err.retryAfterMs : undefined
      if (asked !== undefined) {
        const leftNow = deadline - clock.now()
        if (asked > leftNow) {
          throw new PollTimeout(
            `Stopped waiting for ${what}: the server asked to wait ${seconds(asked)} s before asking again (Retry-After), past the end of this wait in ${seconds(Math.max(0, leftNow))} s; ${lastRead()}. ${options.timeoutHint}`
          )
        }
        notBeforeMs = asked
        log.info(
          `Poll ${poll}: HTTP ${(err as ApiError).status}; the server asks to wait ${seconds(asked)} s (Retry-After).`
        )
        continue
      }
      // An answer such as 401, 403 or 404 will not change by asking again, nor will an error of
      // what was read (a migration that FAILED): only transient failures are worth another poll.
      failures++
      if (!isTransient(err) || failures >= maxFailures) throw err
      log.warning(
        `Poll ${poll} failed (${failures} in a row; the wait ends after ${maxFailures}): ${errorMessage(err)}`
      )
      continue
    }
    failures = 0
    if (last !== undefined && options.stateOf && options.stateOf(last) !== options.stateOf(value)) {
      pause = schedule.firstMs
    }
    last = value
    if (options.isDone(value)) {
      log.info(`${describe(value)} after ${counted(poll, 'poll')} (${seconds(clock.now() - started)} s).`)
      return value
    }
  }
}

/** No answer, a 5xx or a 429 (after the transport's own retries): the next poll may do better. */
function isTransient(err: unknown): boolean {
  if (err instanceof NetworkError) return true
  return err instanceof ApiError && (err.status === 429 || err.status >= 500)
}
