// GitHub's REST rate limits for the GitHub stand-in (fake-github.ts), as docs.github.com "Rate limits
// for the REST API" gives them, on the stand-in's injectable clock: a primary limit of requests per
// hour (a GITHUB_TOKEN's: 1,000 per repository), and the secondary limits: content-creating requests
// (POST, PATCH, PUT, DELETE) per minute and per hour, points per minute (a GET 1, a write 5), and
// requests at once. Counted per repository (every GITHUB_TOKEN of a repository's runs together), or
// per Authorization header where a path names none. A refusal is a 403 (or 429) as GitHub answers
// it: the primary limit's with x-ratelimit-remaining 0 and x-ratelimit-reset, a secondary limit's
// with retry-after and GitHub's message. Tests may also queue exact refusals (refuseNext).

/** GitHub's limits; each one enforced only where set. */
export interface FakeRateLimits {
  /** Primary: requests per token per hour, from its first (GITHUB_TOKEN: 1,000 per repository). */
  primaryPerHour?: number
  /** Secondary: content-creating requests per token per minute (80). */
  writesPerMinute?: number
  /** Secondary: the same per hour (500). */
  writesPerHour?: number
  /** Secondary: points per minute, a GET or HEAD 1, a content-creating request 5 (900). */
  pointsPerMinute?: number
  /** Secondary: requests under way at once (100). */
  concurrent?: number
  /** Whether a secondary refusal says when to come back (retry-after); GitHub's do not always. */
  retryAfter?: boolean
  /** GitHub answers 403 or 429. */
  status?: 403 | 429
}

/** A job's GITHUB_TOKEN. */
export const GITHUB_TOKEN_LIMITS: FakeRateLimits = {
  primaryPerHour: 1000,
  writesPerMinute: 80,
  writesPerHour: 500,
  pointsPerMinute: 900,
  concurrent: 100
}

/** Which limit refused a request. */
export type LimitName = 'primary' | 'writes a minute' | 'writes an hour' | 'points a minute' | 'at once' | 'queued'

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
  /** The same, by the limit that refused them. */
  readonly refusedBy: Partial<Record<LimitName, number>> = {}
  /** Refusals for the next requests, one each, whatever the limits: a test's exact answer. */
  readonly refuseNext: FakeRefusal[] = []
  /** Per repository: the primary limit's hour and its count, when writes were accepted, points, requests under way. */
  private readonly tokens = new Map<
    string,
    { windowStart: number; used: number; writes: number[]; points: [number, number][]; inFlight: number }
  >()

  private readonly now: () => number

  constructor(now: () => number) {
    this.now = now
  }

  /** A request arrived: under way until `done(key)` (its answer sent), whatever the answer. */
  arrive(key: string): void {
    this.tokenOf(key).inFlight++
  }

  /** Its answer was sent: no longer under way. */
  done(key: string): void {
    const token = this.tokens.get(key)
    if (token && token.inFlight > 0) token.inFlight--
  }

  /**
   * Counts the request (arrived, not yet done) against its repository's limits, or refuses it; a
   * refused request counts toward none.
   */
  check(method: string, key: string): LimitCheck {
    const forced = this.refuseNext.shift()
    if (forced) return this.refused('queued', forcedRefusal(forced, this.now()))
    const limits = this.limits
    if (!limits) return { headers: {} }
    const now = this.now()
    const token = this.tokenOf(key)
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
      return this.refused('primary', { refusal: [status, PRIMARY_REFUSAL], headers: primary() })
    }
    const writes = method !== 'GET' && method !== 'HEAD'
    const points = writes ? 5 : 1
    token.points = token.points.filter(([at]) => at > now - MINUTE_MS)
    const secondary = (name: LimitName, waitMs: number): LimitCheck => {
      const retryAfter = String(Math.max(1, Math.ceil(waitMs / 1000)))
      const headers = limits.retryAfter === false ? primary() : { ...primary(), 'retry-after': retryAfter }
      return this.refused(name, { refusal: [status, SECONDARY_REFUSAL], headers })
    }
    if (limits.concurrent !== undefined && token.inFlight > limits.concurrent) return secondary('at once', 1000)
    if (writes) {
      const waited = secondaryWaitMs(token.writes, now, limits)
      if (waited) return secondary(waited.name, waited.ms)
    }
    const most = limits.pointsPerMinute
    if (most !== undefined) {
      let sum = points
      for (const [, p] of token.points) sum += p
      if (sum > most) {
        // Until enough of the oldest points leave the minute.
        let over = sum - most
        let until = now
        for (const [at, p] of token.points) {
          until = at + MINUTE_MS
          over -= p
          if (over <= 0) break
        }
        return secondary('points a minute', until - now)
      }
    }
    if (writes) token.writes.push(now)
    token.points.push([now, points])
    token.used++
    return { headers: primary() }
  }

  private tokenOf(key: string) {
    let token = this.tokens.get(key)
    if (!token) {
      token = { windowStart: this.now(), used: 0, writes: [], points: [], inFlight: 0 }
      this.tokens.set(key, token)
    }
    return token
  }

  private refused(name: LimitName, check: LimitCheck): LimitCheck {
    this.refusals++
    this.refusedBy[name] = (this.refusedBy[name] ?? 0) + 1
    return check
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

/** Which secondary limit on writes refuses one more, and until when; undefined if both take it now. */
function secondaryWaitMs(
  writes: number[],
  now: number,
  limits: FakeRateLimits
): { name: LimitName; ms: number } | undefined {
  const windows: [LimitName, number, number | undefined][] = [
    ['writes a minute', MINUTE_MS, limits.writesPerMinute],
    ['writes an hour', HOUR_MS, limits.writesPerHour]
  ]
  for (const [name, windowMs, most] of windows) {
    if (most === undefined) continue
    const inWindow = writes.filter(at => at > now - windowMs)
    if (inWindow.length >= most) return { name, ms: (inWindow[inWindow.length - most] as number) + windowMs - now }
  }
  return undefined
}
