// When and how long to wait before sending a request again. Pure, so the timing is unit-tested.

export interface RetryPolicy {
  /** Retries after the first try. */
  maxRetries: number
  /** First backoff; doubles each retry. */
  baseDelayMs: number
  /** Longest single wait; a longer Retry-After ends the retries. */
  maxDelayMs: number
  /** All waits of one call together stay within this. */
  budgetMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 20_000,
  budgetMs: 30_000
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
  return /^(Request timeout|socket hang up)/.test(e?.message ?? '')
}

/**
 * Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in ms; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * The wait before retry number `retry` (1-based), or undefined when the policy says stop.
 * Exponential backoff with jitter (half fixed, half random, so waits never collapse to zero),
 * never shorter than the server's Retry-After.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  waitedMs: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random
): number | undefined {
  if (retry > policy.maxRetries) return undefined
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1))
  const jittered = backoff / 2 + (backoff / 2) * random()
  // A server that asks for a longer wait than we may spend is obeyed by giving up, not by cutting it short.
  const delay = Math.round(Math.max(jittered, retryAfterMs ?? 0))
  if (delay > policy.maxDelayMs || waitedMs + delay > policy.budgetMs) return undefined
  return delay
}
