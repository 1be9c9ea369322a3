// How long to wait after a refusal by a rate limit: Atlas's token buckets (a 429) and GitHub's
// primary and secondary limits (a 403 or 429 that says so). Pure, so the timing is unit-tested;
// retry.ts decides whether to wait at all, with its policy's limits.

/** A token bucket as Atlas's 429 names it: capacity, and refill a minute. */
export interface TokenBucket {
  capacity: number
  refillPerMinute: number
}

/** What the waits after a GitHub rate limit's refusal need of it. */
export interface RateLimitRefusal {
  kind: 'primary' | 'secondary'
  /** x-ratelimit-reset less the time of the answer, where x-ratelimit-remaining is 0. */
  resetInMs?: number
}

/** A call's place among the callers one bucket refused (after its second 429; see atlasRateLimitedDelay). */
export interface BucketQueue {
  rank: number
  bandStartMs: number
  round: number
}

/** What one call has been refused so far: 429s from Atlas, and refusals by GitHub's limits. */
export interface RefusalState {
  /** Atlas's 429s so far in this call. */
  refused429?: number
  queue?: BucketQueue
  rateLimited?: { refusals: number; firstWaitMs: number }
}

/**
 * MongoDB's documented back-off where a 429 names no wait: "wait at least Retry-After"; without
 * it, and whenever a retry is refused again, significantly longer: 10 s, then 20 s, 40 s, ….
 */
export const DOCUMENTED_BACKOFF_MS = 10_000

/** Up to this much later than asked, so that callers told the same time do not all come back at once. */
export const JITTER_MS = 1000

/** Without retry-after or x-ratelimit-reset, GitHub asks to wait at least a minute. */
export const UNNAMED_RATE_LIMIT_WAIT_MS = 60_000

/**
 * When to ask again after Atlas's `refused`-th 429 in this call (1 for the first).
 * - The first: when Atlas says (Retry-After, or the detail's "Please retry after N seconds"), no
 *   sooner and at most a second later; without either, the documented first back-off (10 s). A
 *   lone caller is back as soon as the bucket can serve it.
 * - Refused again, the bucket was not refilling for this caller alone: a crowd shares it. Each call
 *   then draws a rank once and comes back at its rank's place in a band of time, 2.5 times what the
 *   bucket takes to refill whole (from the 429's capacity and refill rate), the next band after that
 *   if refused again, each 15% narrower, down to one refill, never longer than the longest wait
 *   honoured, never before Retry-After. The callers then arrive spread out, in the same order round
 *   after round, at about the rate the bucket refills (`__tests__/crowd.test.ts`: 100 callers on a
 *   bucket of 10 + 30/min). Without the bucket's figures: the documented back-off, 20 s, 40 s, …,
 *   half of it random, never before Retry-After.
 * Returned unclamped; `leftMs` is what the call may still spend before its last try.
 */
export function atlasRateLimitedDelay(
  state: RefusalState,
  askedMs: number | undefined,
  bucket: TokenBucket | undefined,
  limits: { elapsedMs: number; maxWaitMs: number; leftMs: number },
  random: () => number
): number {
  const refused = (state.refused429 ?? 0) + 1
  state.refused429 = refused
  if (refused === 1) return (askedMs ?? DOCUMENTED_BACKOFF_MS) + random() * JITTER_MS
  const floor = askedMs ?? 0
  if (!bucket || bucket.capacity <= 0 || bucket.refillPerMinute <= 0) {
    const step = Math.min(limits.maxWaitMs, DOCUMENTED_BACKOFF_MS * 2 ** Math.min(refused - 1, 30))
    return Math.max(floor, step / 2 + (step / 2) * random())
  }
  const refillMs = (bucket.capacity * 60_000) / bucket.refillPerMinute
  const queue = state.queue ?? { rank: random(), bandStartMs: limits.elapsedMs, round: 0 }
  const bandMs = Math.min(limits.maxWaitMs, Math.max(refillMs, 2.5 * refillMs * 0.85 ** queue.round))
  state.queue = { rank: queue.rank, bandStartMs: queue.bandStartMs + bandMs, round: queue.round + 1 }
  const at = queue.bandStartMs + floor + queue.rank * bandMs
  return Math.max(floor, Math.min(at - limits.elapsedMs, limits.leftMs))
}

/**
 * How long to wait after a refusal by GitHub's rate limits, as GitHub documents it: not before
 * retry-after; else not before x-ratelimit-reset where x-ratelimit-remaining is 0; else at least a
 * minute. The first refusal: that time, plus up to a second. Refused again, others are waiting for
 * the same limit: the same floor, plus a random share that doubles with each refusal (2 s, 4 s, …,
 * at most a minute), so that callers told the same time spread out until the limit takes them one
 * by one; a secondary limit that named no time doubles its minute instead, up to `maxWaitMs`.
 * `namedMs` is the time named, if any; undefined when the caller must wait a minute.
 */
export function gitHubRefusalDelay(
  state: RefusalState,
  namedMs: number | undefined,
  refusal: RateLimitRefusal,
  maxWaitMs: number,
  random: () => number
): number {
  const refusals = state.rateLimited?.refusals ?? 0
  const firstWaitMs = state.rateLimited?.firstWaitMs ?? namedMs ?? UNNAMED_RATE_LIMIT_WAIT_MS
  state.rateLimited = { refusals: refusals + 1, firstWaitMs }
  if (namedMs === undefined) {
    const doubled = refusal.kind === 'secondary' ? firstWaitMs * 2 ** refusals : firstWaitMs
    return Math.min(maxWaitMs, Math.max(UNNAMED_RATE_LIMIT_WAIT_MS, doubled)) + random() * JITTER_MS
  }
  const spreadMs = refusals === 0 ? JITTER_MS : Math.min(UNNAMED_RATE_LIMIT_WAIT_MS, JITTER_MS * 2 ** refusals)
  return namedMs + random() * spreadMs
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

/**
 * Atlas's 429 says when in its detail too ("Please retry after 6 seconds."), also when its headers
 * are missing, as MongoDB warns they may be: in ms, or undefined.
 */
export function detailRetryAfter(body: string): number | undefined {
  const m = /Please retry after (\d+) seconds?\b/.exec(body)
  return m ? Number(m[1]) * 1000 : undefined
}
