// When and how long to wait before sending a request again. Pure, so the timing is unit-tested; the
// waits after a rate limit's refusal are rate-limits.ts's.
import type { RateLimitRefusal, RefusalState, TokenBucket } from './rate-limits'
import { atlasRateLimitedDelay, gitHubRefusalDelay } from './rate-limits'

export type { RateBudget, RateLimitRefusal, TokenBucket } from './rate-limits'
export { parseTokenBucket, pollSlowdown, rateBudgetOf, UNNAMED_RATE_LIMIT_WAIT_MS } from './rate-limits'

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
  /** Refusals by GitHub's rate limits waited out in one call ("throw an error after a specific number of retries"). */
  maxRateLimitRefusals: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxBackoffMs: 20_000,
  maxRetryAfterMs: 120_000,
  callBudgetMs: 300_000,
  maxSilentTries: 2,
  maxRateLimitRefusals: 8
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

/** What the call has spent so far, and what rate limits refused it (rate-limits.ts). */
export interface CallState extends RefusalState {
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
 * - 429: the first retry when Atlas says (up to 1 s later, so that jobs told the same time don't
 *   return at the same instant); refused again, spread out with the others the bucket refused
 *   (rate-limits.ts); not counted as a failure.
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
      const limits = {
        elapsedMs: state.elapsedMs,
        maxWaitMs: policy.maxRetryAfterMs,
        leftMs: policy.callBudgetMs - state.elapsedMs - state.tryTimeoutMs
      }
      delayMs = atlasRateLimitedDelay(state, asked, outcome.bucket, limits, random)
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
 * After a refusal by GitHub's rate limits (rate-limits.ts says how long): GitHub did not act on a
 * refused request, so a write is sent again too. A wait named longer than maxRetryAfterMs (the
 * hour's reset) ends the call at once, as do maxRateLimitRefusals refusals.
 */
export function rateLimitRefusalDecision(
  policy: RetryPolicy,
  state: CallState,
  retryAfterMs: number | undefined,
  refusal: RateLimitRefusal,
  random: () => number
): RetryDecision {
  if (state.poll) return { retry: false, why: 'final' }
  if ((state.rateLimited?.refusals ?? 0) >= policy.maxRateLimitRefusals)
    return { retry: false, why: 'still-rate-limited' }
  const namedMs = retryAfterMs ?? (refusal.resetInMs === undefined ? undefined : Math.max(0, refusal.resetInMs))
  if (namedMs !== undefined && namedMs > policy.maxRetryAfterMs) {
    return {
      retry: false,
      why: retryAfterMs === undefined ? 'reset-too-far' : 'retry-after-too-long',
      askedMs: namedMs
    }
  }
  const before = state.rateLimited
  const delayMs = Math.round(gitHubRefusalDelay(state, namedMs, refusal, policy.maxRetryAfterMs, random))
  if (state.elapsedMs + delayMs + state.tryTimeoutMs > policy.callBudgetMs) {
    state.rateLimited = before
    return { retry: false, why: 'budget' }
  }
  return { retry: true, delayMs, why: 'rate-limited' }
}

/** Exponential backoff with jitter: half fixed, half random, so waits never collapse to zero. */
function backoff(policy: RetryPolicy, retry: number, random: () => number): number {
  const step = Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** Math.min(retry - 1, 30))
  return step / 2 + (step / 2) * random()
}
