// The one way the action waits for something: poll, log one progress line per poll, stop at a
// deadline. Knows nothing of what it waits for.
import { ApiError } from '../errors'
import { sleep } from '../sleep'
import type { Logger } from '../transport/http'

export interface PollSchedule {
  /** Pause before the first poll. */
  firstMs: number
  /** Each pause is the previous one times this… */
  factor: number
  /** …up to this. */
  maxMs: number
}

export interface PollOptions<T> {
  /** What is awaited, for the timeout message: "org X's link to reach SYNCED". */
  what: string
  timeoutSeconds: number
  schedule: PollSchedule
  /** Reads the current state (one API call). */
  read: () => Promise<T>
  isDone: (value: T) => boolean
  /** The state in a few words, for progress lines and the timeout message. */
  describe: (value: T) => string
  /** The state before the first poll, if known. */
  initial?: T
  /** Told of every state read, e.g. to keep outputs current. */
  onValue?: (value: T) => void
  /** What to check when the wait times out. */
  timeoutHint: string
  log: Logger
  /** Polls in a row that may fail (after their own retries) before the wait gives up. */
  maxFailuresInARow?: number
  /** Aborted (the job was cancelled): the wait ends at once with an error. */
  signal?: AbortSignal
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

export class PollTimeout<T> extends Error {
  constructor(
    message: string,
    readonly last: T | undefined
  ) {
    super(message)
    this.name = 'PollTimeout'
  }
}

/** Polls until isDone, and returns that state; throws PollTimeout at the deadline. */
export async function pollUntil<T>(options: PollOptions<T>): Promise<T> {
  const { log, schedule, describe } = options
  const wait = options.sleep ?? sleep
  const maxFailures = options.maxFailuresInARow ?? 3
  const started = Date.now()
  const deadline = started + options.timeoutSeconds * 1000
  let last = options.initial
  let pause = schedule.firstMs
  let failures = 0
  for (let poll = 1; ; poll++) {
    const left = deadline - Date.now()
    const state = last === undefined ? 'not read yet' : describe(last)
    if (left <= 0) {
      throw new PollTimeout(
        `Timed out after ${options.timeoutSeconds} s waiting for ${options.what}; the last status was ${state}. ${options.timeoutHint}`,
        last
      )
    }
    const pauseMs = Math.min(pause, left)
    log.info(`Waiting for ${options.what}: ${state}; poll ${poll} in ${(pauseMs / 1000).toFixed(1)} s…`)
    try {
      await wait(pauseMs, options.signal)
    } catch {
      throw new Error(`Cancelled while waiting for ${options.what}; the last status was ${state}.`)
    }
    pause = Math.min(schedule.maxMs, Math.round(pause * schedule.factor))
    let value: T
    try {
      value = await options.read()
    } catch (err) {
      failures++
      // An answer such as 401, 403 or 404 will not change by asking again: only transient failures
      // (which the transport already retried) are worth a warning and another poll.
      const final = err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429
      if (final || failures >= maxFailures) throw err
      log.warning(
        `Poll ${poll} failed (${failures} in a row; the wait ends after ${maxFailures}): ${(err as Error).message}`
      )
      continue
    }
    failures = 0
    last = value
    options.onValue?.(value)
    if (options.isDone(value)) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      log.info(`${describe(value)} after ${poll} poll${poll === 1 ? '' : 's'} (${seconds} s).`)
      return value
    }
  }
}
