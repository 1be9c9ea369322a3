// When and how long to wait before sending a request again. Pure, so the timing is unit-tested.

export interface RetryPolicy {
  /** Retries of 5xx answers and network failures (a 429 does not count: the server says when). */
  maxRetries: number
  /** First backoff of our own; doubles each retry. */
  baseDelayMs: number
  /** Longest backoff of our own choosing. */
  maxBackoffMs: number
  /** Longest Retry-After honoured in one wait; a longer one ends the call with the wait asked for. */
  maxRetryAfterMs: number
  /** One call — its tries, their timeouts and the waits between them — ends within this. */
  callBudgetMs: number
  /** Tries that got no answer within the request timeout before the call gives up. */
  maxSilentTries: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxBackoffMs: 20_000,
  maxRetryAfterMs: 120_000,
  callBudgetMs: 300_000,
  maxSilentTries: 2
}

/** How one try ended, as far as retrying is concerned. */
export type TryOutcome =
  | {
      kind: 'answer'
      status: number
      retryAfterMs?: number
      /** The token bucket a 429 names (Atlas's detail and parameters say it): capacity and refill. */
      bucket?: TokenBucket
      /** A refusal by GitHub's rate limits (a 403 or 429 that says so): waited out as GitHub documents. */
      rateLimit?: RateLimitRefusal
    }
  | {
      kind: 'network'
      error: unknown
      /** Whether the whole request reached the socket: only then can the server have acted on it. */
      sent: boolean
    }

/** What the call has spent so far. */
export interface CallState {
  /** 1-based number of the retry about to be decided. */
  retry: number
  /** Retries of 5xx / network failures so far. */
  failureRetries: number
  silentTries: number
  elapsedMs: number
  /** The request timeout: a retry must leave room for one more full try. */
  tryTimeoutMs: number
  /** False for requests that must not be repeated once the server may have acted on them. */
  idempotent: boolean
  /** A poll: a 429 ends the call (the wait that polls honours its Retry-After). */
  poll?: boolean
  /** After a 429: this call's place among the callers the bucket refused (see rateLimitedDelay). */
  queue?: { rank: number; bandStartMs: number; round: number }
  /** After a refusal by GitHub's rate limits: how many so far, and the first wait (see rateLimitRefusalDecision). */
  rateLimited?: { refusals: number; firstWaitMs: number }
}

/** What rateLimitRefusalDecision needs of a GitHub rate-limit refusal. */
export interface RateLimitRefusal {
  kind: 'primary' | 'secondary'
  /** x-ratelimit-reset less the time of the answer, where x-ratelimit-remaining is 0. */
  resetInMs?: number
}

export interface TokenBucket {
  capacity: number
  refillPerMinute: number
}

/** A GitHub limit that resets later than this call waits at once, or refuses after maxRetries waits. */
export type StopByRateLimit = 'reset-too-far' | 'still-rate-limited'

export type RetryDecision =
  | { retry: true; delayMs: number; why: 'rate-limited' | 'backoff' }
  | {
      retry: false
      why: 'final' | 'retries' | 'silent' | 'budget' | 'unsafe' | 'retry-after-too-long' | StopByRateLimit
      askedMs?: number
    }

/** 429 (rate limit) and 5xx are worth another try; other statuses are answers. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599)
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ERR_BODY_INCOMPLETE'
])

/** Resets, timeouts and other failures of the connection rather than of the request. */
export function isRetryableError(err: unknown): boolean {
  const e = err as NodeJS.ErrnoException | undefined
  if (e?.code && RETRYABLE_CODES.has(e.code)) return true
  return isTimeout(err) || /^socket hang up/.test(e?.message ?? '')
}

/** No answer within the request timeout. */
export function isTimeout(err: unknown): boolean {
  return /^Request timeout/.test((err as Error | undefined)?.message ?? '')
}

/**
 * Whether to send the request again after `outcome`, and after how long.
 * - Retry-After (on a 429 or a 5xx) is a floor: never ask again sooner. One longer than
 *   maxRetryAfterMs ends the call at once, saying how long the server asked to wait.
 * - 429: wait what Retry-After asks (plus up to 1 s of jitter so that many jobs told the same wait
 *   don't return at the same instant), or back off; not counted as a failure.
 * - 5xx and network failures: exponential backoff with jitter (at least Retry-After), at most
 *   maxRetries times, and at most maxSilentTries tries that got no answer at all.
 * - A request that is not idempotent is sent again only where the server cannot have acted on it:
 *   429, 503, or a connection that failed before the whole request was written.
 * - Every retry must leave room for one more full try within callBudgetMs.
 * - A refusal by GitHub's rate limits (outcome.rateLimit, a 403 too) is waited out as GitHub documents.
 */
export function decideRetry(
  policy: RetryPolicy,
  state: CallState,
  outcome: TryOutcome,
  random: () => number = Math.random
): RetryDecision {
  let delayMs: number
  let why: 'rate-limited' | 'backoff'
  if (outcome.kind === 'answer' && outcome.rateLimit) {
    return rateLimitRefusalDecision(policy, state, outcome.retryAfterMs, outcome.rateLimit, random)
  }
  if (outcome.kind === 'answer') {
    if (!isRetryableStatus(outcome.status)) return { retry: false, why: 'final' }
    if (!state.idempotent && outcome.status !== 429 && outcome.status !== 503) return { retry: false, why: 'unsafe' }
    // One rule for 429 and 5xx: Retry-After is the earliest time to ask again (RFC 9110 §10.2.3);
    // one longer than this call waits at once ends the call, with the server's figure.
    const asked = outcome.retryAfterMs
    if (asked !== undefined && asked > policy.maxRetryAfterMs) {
      return { retry: false, why: 'retry-after-too-long', askedMs: asked }
    }
    if (outcome.status === 429) {
      if (state.poll) return { retry: false, why: 'final' }
      delayMs = rateLimitedDelay(policy, state, asked, outcome.bucket, random)
      why = 'rate-limited'
    } else {
      if (state.failureRetries >= policy.maxRetries) return { retry: false, why: 'retries' }
      delayMs = Math.max(backoff(policy, state.failureRetries + 1, random), asked ?? 0)
      why = 'backoff'
    }
  } else {
    if (!isRetryableError(outcome.error)) return { retry: false, why: 'final' }
    if (!state.idempotent && outcome.sent) return { retry: false, why: 'unsafe' }
    if (isTimeout(outcome.error) && state.silentTries >= policy.maxSilentTries) return { retry: false, why: 'silent' }
    if (state.failureRetries >= policy.maxRetries) return { retry: false, why: 'retries' }
    delayMs = backoff(policy, state.failureRetries + 1, random)
    why = 'backoff'
  }
  delayMs = Math.round(delayMs)
  if (state.elapsedMs + delayMs + state.tryTimeoutMs > policy.callBudgetMs) return { retry: false, why: 'budget' }
  return { retry: true, delayMs, why }
}

/**
 * When to ask again after a 429, never before Retry-After. Many jobs refused by one bucket are all
 * told the same short wait; coming back together, all but one are refused again, so the 429s grow
 * with the square of the jobs. Instead each call draws a rank once, at its first 429, and comes
 * back at its rank's place in a band of time: 2.5 times what the bucket takes to refill whole
 * (from the 429's capacity and refill rate), the next band after that if refused again, each band
 * 15% narrower, down to one refill. The callers then arrive spread out, in the same order round
 * after round, at about the rate the bucket refills (bench: 100 jobs on a bucket of 10 + 30/min,
 * about 2.4 429s a job). Without the bucket's figures: Retry-After plus a growing random share.
 */
export function rateLimitedDelay(
  policy: RetryPolicy,
  state: CallState,
  askedMs: number | undefined,
  bucket: TokenBucket | undefined,
  random: () => number
): number {
  const floor = askedMs ?? 0
  if (!bucket || bucket.capacity <= 0 || bucket.refillPerMinute <= 0) {
    return floor + random() * Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** Math.min(state.retry - 1, 30))
  }
  const refillMs = (bucket.capacity * 60_000) / bucket.refillPerMinute
  const queue = state.queue ?? { rank: random(), bandStartMs: state.elapsedMs, round: 0 }
  // Fewer callers are left each round: the bands narrow, down to one refill of the bucket. A band
  // is never longer than the longest Retry-After honoured (Atlas's org bucket refills in 120 s).
  const bandMs = Math.min(policy.maxRetryAfterMs, Math.max(refillMs, 2.5 * refillMs * 0.85 ** queue.round))
  state.queue = { rank: queue.rank, bandStartMs: queue.bandStartMs + bandMs, round: queue.round + 1 }
  const at = queue.bandStartMs + floor + queue.rank * bandMs
  // Within what the call may still spend (a try after the wait included), but never before Retry-After.
  const left = policy.callBudgetMs - state.elapsedMs - state.tryTimeoutMs
  return Math.max(floor, Math.min(at - state.elapsedMs, left))
}

/** Without retry-after or x-ratelimit-reset, GitHub asks to wait at least a minute. */
export const UNNAMED_RATE_LIMIT_WAIT_MS = 60_000

/**
 * After a refusal by GitHub's rate limits, as GitHub documents: not before retry-after; else not
 * before x-ratelimit-reset where x-ratelimit-remaining is 0; else after at least a minute. Plus up to
 * 1 s, so that jobs told the same time do not all come back at once. A secondary limit that refuses
 * again is given twice the first wait, then four times, up to maxRetryAfterMs (never less than
 * named). GitHub did not act on a refused request, so a write is sent again too. A wait named longer
 * than maxRetryAfterMs (the hour's reset) ends the call at once, as do maxRetries refusals.
 */
export function rateLimitRefusalDecision(
  policy: RetryPolicy,
  state: CallState,
  retryAfterMs: number | undefined,
  refusal: RateLimitRefusal,
  random: () => number
): RetryDecision {
  if (state.poll) return { retry: false, why: 'final' }
  const refusals = state.rateLimited?.refusals ?? 0
  if (refusals >= policy.maxRetries) return { retry: false, why: 'still-rate-limited' }
  const namedMs = retryAfterMs ?? (refusal.resetInMs === undefined ? undefined : Math.max(0, refusal.resetInMs))
  if (namedMs !== undefined && namedMs > policy.maxRetryAfterMs) {
    return {
      retry: false,
      why: retryAfterMs === undefined ? 'reset-too-far' : 'retry-after-too-long',
      askedMs: namedMs
    }
  }
  const firstWaitMs = state.rateLimited?.firstWaitMs ?? namedMs ?? UNNAMED_RATE_LIMIT_WAIT_MS
  const doubledMs =
    refusal.kind === 'secondary' && refusals > 0 ? Math.min(policy.maxRetryAfterMs, firstWaitMs * 2 ** refusals) : 0
  const delayMs = Math.round(Math.max(namedMs ?? UNNAMED_RATE_LIMIT_WAIT_MS, doubledMs) + random() * 1000)
  if (state.elapsedMs + delayMs + state.tryTimeoutMs > policy.callBudgetMs) return { retry: false, why: 'budget' }
  state.rateLimited = { refusals: refusals + 1, firstWaitMs }
  return { retry: true, delayMs, why: 'rate-limited' }
}

/** What an answer says of its token bucket (Ratelimit-Limit, Ratelimit-Remaining): how full it is. */
export interface RateBudget {
  limit: number
  remaining: number
}

export function rateBudgetOf(headers: Record<string, string | string[] | undefined>): RateBudget | undefined {
  const number = (name: string) => {
    const value = headers[name]
    const n = Number(Array.isArray(value) ? value[0] : value)
    return value === undefined || !Number.isFinite(n) ? undefined : n
  }
  const limit = number('ratelimit-limit')
  const remaining = number('ratelimit-remaining')
  return limit !== undefined && remaining !== undefined && limit > 0 ? { limit, remaining } : undefined
}

/**
 * How much longer a poll should wait, given its bucket's level: 1 while at least half is left, then
 * in inverse proportion (a quarter left: 2×; an eighth or less: 4×, at most). Every poller of a project reads the same
 * level and slows alike, so they share the bucket and leave what is left for the calls that change
 * something (validate, start, cut over).
 */
export function pollSlowdown(budget: RateBudget | undefined): number {
  if (!budget) return 1
  const left = budget.remaining / budget.limit
  return left >= 0.5 ? 1 : Math.min(4, 0.5 / Math.max(left, 1 / 32))
}

/** Atlas's 429 names its bucket: "Request capacity: 500. Refill rate: 250 per 60 seconds." */
export function parseTokenBucket(body: string): TokenBucket | undefined {
  const m = /Request capacity: (\d+)\. Refill rate: (\d+) per (\d+) seconds/.exec(body)
  if (!m || Number(m[3]) <= 0) return undefined
  return { capacity: Number(m[1]), refillPerMinute: (Number(m[2]) * 60) / Number(m[3]) }
}

/** Exponential backoff with jitter: half fixed, half random, so waits never collapse to zero. */
function backoff(policy: RetryPolicy, retry: number, random: () => number): number {
  const step = Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** Math.min(retry - 1, 30))
  return step / 2 + (step / 2) * random()
}
