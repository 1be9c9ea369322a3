// GitHub's REST rate limits as GitHub documents them ("Rate limits for the REST API", "Best practices
// for using the REST API"): how a refusal by a limit is recognised and read, and the pacing of the
// requests that create content. Waiting a refusal out is decided in retry.ts, with the other waits.

type Headers = Record<string, string | string[] | undefined>

/** A 403 or 429 by one of GitHub's rate limits, as its headers and message say. */
export interface GitHubRateLimit {
  /** primary: the token's requests for the hour are used up; secondary: too many at once, or too fast. */
  kind: 'primary' | 'secondary'
  /** x-ratelimit-reset (UTC epoch seconds) in ms, where x-ratelimit-remaining is 0. */
  resetAt?: number
  /** x-ratelimit-limit: the token's requests an hour. */
  limit?: number
  /** x-ratelimit-resource: the limit's pool ('core', 'search', …). */
  resource?: string
}

/**
 * A rate limit's refusal, or undefined for any other answer. GitHub answers 403 or 429 with
 * retry-after, or with x-ratelimit-remaining 0 (primary), or with a message about a secondary rate
 * limit; every 429 is a limit's. A 403 without any of these (a missing permission) is not.
 */
export function gitHubRateLimitOf(status: number, headers: Headers, body: string): GitHubRateLimit | undefined {
  if (status !== 403 && status !== 429) return undefined
  const message = messageOf(body)
  const remaining = numberOf(headers, 'x-ratelimit-remaining')
  const said = headerOf(headers, 'retry-after') !== undefined || remaining === 0 || /rate limit/i.test(message)
  if (status === 403 && !said) return undefined
  const reset = numberOf(headers, 'x-ratelimit-reset')
  return {
    kind: remaining === 0 && !/secondary/i.test(message) ? 'primary' : 'secondary',
    resetAt: remaining === 0 && reset !== undefined ? reset * 1000 : undefined,
    limit: numberOf(headers, 'x-ratelimit-limit'),
    resource: headerOf(headers, 'x-ratelimit-resource')
  }
}

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

function headerOf(headers: Headers, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function numberOf(headers: Headers, name: string): number | undefined {
  const value = headerOf(headers, name)?.trim()
  return value && /^\d+$/.test(value) ? Number(value) : undefined
}

/** GitHub's error body: {"message": "…", "documentation_url": "…"}. */
function messageOf(body: string): string {
  try {
    const message: unknown = (JSON.parse(body) as { message?: unknown } | null)?.message
    return typeof message === 'string' ? message : ''
  } catch {
    return ''
  }
}
