// GitHub's REST rate limits for the GitHub stand-in (fake-github.ts), as docs.github.com "Rate limits
// for the REST API" gives them, on the stand-in's injectable clock: a primary limit of requests per
// token per hour, and secondary limits on content-creating requests (POST, PATCH, PUT, DELETE) per
// minute and per hour. A refusal is a 403 (or 429) as GitHub answers it: the primary limit's with
// x-ratelimit-remaining 0 and x-ratelimit-reset, a secondary limit's with retry-after and GitHub's
// message. Tests may also queue exact refusals (refuseNext).

/** GitHub's limits; each one enforced only where set. */
export interface FakeRateLimits {
  /** Primary: requests per token per hour, from its first (GITHUB_TOKEN: 1,000 per repository). */
  primaryPerHour?: number
  /** Secondary: content-creating requests per token per minute (80). */
  writesPerMinute?: number
  /** Secondary: the same per hour (500). */
  writesPerHour?: number
  /** Whether a secondary refusal says when to come back (retry-after); GitHub's do not always. */
  retryAfter?: boolean
  /** GitHub answers 403 or 429. */
  status?: 403 | 429
}

/** A job's GITHUB_TOKEN. */
export const GITHUB_TOKEN_LIMITS: FakeRateLimits = { primaryPerHour: 1000, writesPerMinute: 80, writesPerHour: 500 }

/** One refusal as given: the primary limit's (x-ratelimit-remaining 0, reset in resetInS) or a secondary one's. */
export interface FakeRefusal {
  kind: 'primary' | 'secondary'
  /** retry-after, in seconds; none when absent. */
  retryAfter?: number
  /** Primary: x-ratelimit-reset this many seconds from now (default 3600). */
  resetInS?: number
  status?: 403 | 429
}

/** What the stand-in answers in a request's stead (refusal), and the headers it adds to its answer. */
export interface LimitCheck {
  refusal?: [number, unknown]
  headers: Record<string, string>
}

const MINUTE_MS = 60_000
const HOUR_MS = 3_600_000

export const PRIMARY_REFUSAL = {
  message: 'API rate limit exceeded for installation ID 1.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits'
}

export const SECONDARY_REFUSAL = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
}

export class FakeRateLimiter {
  /** The limits enforced; none unless set. */
  limits?: FakeRateLimits
  /** How many requests a limit refused (refuseNext's included). */
  refusals = 0
  /** Refusals for the next requests, one each, whatever the limits: a test's exact answer. */
  readonly refuseNext: FakeRefusal[] = []
  /** Per Authorization header: the primary limit's hour and its count, and when writes were accepted. */
  private readonly tokens = new Map<string, { windowStart: number; used: number; writes: number[] }>()

  constructor(private readonly now: () => number) {}

  /** Counts the request against its token's limits, or refuses it; a refused request counts toward none. */
  check(method: string, authorization: string | undefined): LimitCheck {
    const forced = this.refuseNext.shift()
    if (forced) {
      this.refusals++
      return forcedRefusal(forced, this.now())
    }
    const limits = this.limits
    if (!limits) return { headers: {} }
    const now = this.now()
    const key = authorization ?? ''
    const token = this.tokens.get(key) ?? { windowStart: now, used: 0, writes: [] }
    this.tokens.set(key, token)
    if (now >= token.windowStart + HOUR_MS) Object.assign(token, { windowStart: now, used: 0 })
    const perHour = limits.primaryPerHour
    const primary = (): Record<string, string> =>
      perHour === undefined
        ? {}
        : {
            'x-ratelimit-limit': String(perHour),
            'x-ratelimit-remaining': String(Math.max(0, perHour - token.used)),
            'x-ratelimit-used': String(token.used),
            'x-ratelimit-reset': String(Math.ceil((token.windowStart + HOUR_MS) / 1000)),
            'x-ratelimit-resource': 'core'
          }
    const status = limits.status ?? 403
    if (perHour !== undefined && token.used >= perHour) {
      this.refusals++
      return { refusal: [status, PRIMARY_REFUSAL], headers: primary() }
    }
    if (method !== 'GET' && method !== 'HEAD') {
      const waitMs = secondaryWaitMs(token.writes, now, limits)
      if (waitMs !== undefined) {
        this.refusals++
        const retryAfter = String(Math.max(1, Math.ceil(waitMs / 1000)))
        const headers = limits.retryAfter === false ? primary() : { ...primary(), 'retry-after': retryAfter }
        return { refusal: [status, SECONDARY_REFUSAL], headers }
      }
      token.writes.push(now)
    }
    token.used++
    return { headers: primary() }
  }
}

function forcedRefusal(refusal: FakeRefusal, now: number): LimitCheck {
  const headers: Record<string, string> =
    refusal.kind === 'primary'
      ? {
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '1000',
          'x-ratelimit-reset': String(Math.ceil(now / 1000) + (refusal.resetInS ?? 3600)),
          'x-ratelimit-resource': 'core'
        }
      : {}
  if (refusal.retryAfter !== undefined) headers['retry-after'] = String(refusal.retryAfter)
  return { refusal: [refusal.status ?? 403, refusal.kind === 'primary' ? PRIMARY_REFUSAL : SECONDARY_REFUSAL], headers }
}

/** How long until a secondary limit would take one more write, or undefined if it takes one now. */
function secondaryWaitMs(writes: number[], now: number, limits: FakeRateLimits): number | undefined {
  const windows: [number, number | undefined][] = [
    [MINUTE_MS, limits.writesPerMinute],
    [HOUR_MS, limits.writesPerHour]
  ]
  for (const [windowMs, most] of windows) {
    if (most === undefined) continue
    const inWindow = writes.filter(at => at > now - windowMs)
    if (inWindow.length >= most) return (inWindow[inWindow.length - most] as number) + windowMs - now
  }
  return undefined
}
