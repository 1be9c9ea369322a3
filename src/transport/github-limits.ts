// GitHub's REST rate limits as GitHub documents them ("Rate limits for the REST API", "Best practices
// for using the REST API"): how a refusal by a limit is recognised and read, and the pacing of the
// requests that create content. Waiting a refusal out is decided in retry.ts, with the other waits.

/** GitHub counts POST, PATCH, PUT and DELETE as content-creating: 80 a minute, 500 an hour. */
export function createsContent(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD'
}

/**
 * Between two content-creating tries: 60 s / 80 is 750 ms; a little more, so that the network's
 * jitter never brings two closer together on GitHub's clock than its limit of 80 a minute counts.
 */
export const GITHUB_WRITE_INTERVAL_MS = 800

/**
 * One at a time and spaced out, as GitHub asks of content-creating requests ("make requests
 * serially", and pause between them): a whole call (its retries too) waits for the one before it,
 * and each try waits until intervalMs after the try before began.
 */
export class WritePacer {
  /** Settles when the last call queued has ended. */
  private tail: Promise<void> = Promise.resolve()
  private nextTryAt = Number.NEGATIVE_INFINITY

  constructor(
    private readonly intervalMs: number,
    private readonly clock: { now: () => number; sleep: (ms: number, signal: AbortSignal) => Promise<void> }
  ) {}

  /** Runs `call` once every call queued before it has ended, whatever its end. */
  async serially<T>(call: () => Promise<T>): Promise<T> {
    const before = this.tail
    let ended = () => {}
    this.tail = new Promise(resolve => {
      ended = resolve
    })
    try {
      await before
      return await call()
    } finally {
      ended()
    }
  }

  /** Waits for this try's turn: intervalMs after the previous try began. A cancel ends the wait. */
  async pace(signal: AbortSignal): Promise<void> {
    const waitMs = this.nextTryAt - this.clock.now()
    if (waitMs > 0) await this.clock.sleep(waitMs, signal)
    this.nextTryAt = this.clock.now() + this.intervalMs
  }
}
