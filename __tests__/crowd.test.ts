// Callers refused by one token bucket, in process on a simulated clock: the retry rule of the
// transport (decideRetry) against a bucket that answers as Atlas's does (Retry-After in whole
// seconds, at least 1; its capacity and refill in the 429's detail). One caller is back when Atlas
// says; a crowd stays polite. The bench measures the same through real processes
// (`npm run bench -- scale`); this keeps both in every run.
import { describe, expect, it } from 'vitest'
import { type CallState, DEFAULT_RETRY_POLICY, decideRetry, type TokenBucket } from '../src/transport/retry'

/** A small seeded generator (mulberry32): the same crowd every run. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** `callers` first requests within 300 ms, each retried by decideRetry until the bucket serves it. */
function crowd(callers: number, bucket: TokenBucket, seed: number, startTokens = bucket.capacity) {
  const random = seeded(seed)
  const perMs = bucket.refillPerMinute / 60_000
  let tokens = startTokens
  let countedAt = 0
  const queue = Array.from({ length: callers }, (_, caller) => ({ at: random() * 300, caller }))
  const firstAt = queue.map(entry => entry.at)
  const states: CallState[] = firstAt.map(() => ({
    retry: 1,
    failureRetries: 0,
    silentTries: 0,
    elapsedMs: 0,
    tryTimeoutMs: 30_000,
    idempotent: false
  }))
  let refused = 0
  let lastServed = 0
  /** Each caller's first retry after its first 429, less the Retry-After it was given. */
  const firstRetryLate: number[] = []
  while (queue.length > 0) {
    queue.sort((a, b) => a.at - b.at)
    const { at, caller } = queue.shift() as { at: number; caller: number }
    tokens = Math.min(bucket.capacity, tokens + (at - countedAt) * perMs)
    countedAt = at
    if (tokens >= 1) {
      tokens -= 1
      lastServed = Math.max(lastServed, at)
      continue
    }
    refused++
    const retryAfterMs = Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) * 1000
    const state = states[caller] as CallState
    state.elapsedMs = at - (firstAt[caller] as number)
    const decision = decideRetry(
      DEFAULT_RETRY_POLICY,
      state,
      { kind: 'answer', status: 429, retryAfterMs, bucket },
      random
    )
    state.retry++
    if (!decision.retry) throw new Error(`caller ${caller} gave up: ${decision.why}`)
    expect(decision.delayMs).toBeGreaterThanOrEqual(retryAfterMs) // never before Retry-After
    if (state.refused429 === 1) firstRetryLate.push(decision.delayMs - retryAfterMs)
    queue.push({ at: at + decision.delayMs, caller })
  }
  const minimumMs = (Math.max(0, callers - startTokens) / perMs) | 0
  return { refused, ratio: lastServed / minimumMs, lastServed, firstRetryLate }
}

describe('one caller refused by a bucket', () => {
  const first = (retryAfterMs: number | undefined, bucket: TokenBucket | undefined, random: () => number) =>
    decideRetry(
      DEFAULT_RETRY_POLICY,
      { retry: 1, failureRetries: 0, silentTries: 0, elapsedMs: 0, tryTimeoutMs: 30_000, idempotent: false },
      { kind: 'answer', status: 429, retryAfterMs, bucket },
      random
    )

  it.each([
    // Atlas's org bucket saying "now" (Retry-After: 0): it used to draw a place in a band of 120 s.
    [0, { capacity: 500, refillPerMinute: 250 }],
    // A small bucket saying 25 s: it used to come back at 25 s + a rank in a band of 300 s.
    [25_000, { capacity: 10, refillPerMinute: 5 }],
    [2000, undefined]
  ])('after Retry-After %i ms (bucket %o), the first retry comes then, at most 1 s later', (retryAfterMs, bucket) => {
    for (const random of [() => 0, () => 0.5, () => 0.999]) {
      const decision = first(retryAfterMs, bucket, random)
      expect(decision.retry).toBe(true)
      if (!decision.retry) continue
      expect(decision.delayMs).toBeGreaterThanOrEqual(retryAfterMs)
      expect(decision.delayMs).toBeLessThanOrEqual(retryAfterMs + 1000)
    }
  })

  it("without Retry-After, MongoDB's documented back-off: 10 s first, significantly longer when refused again", () => {
    const state: CallState = {
      retry: 1,
      failureRetries: 0,
      silentTries: 0,
      elapsedMs: 0,
      tryTimeoutMs: 30_000,
      idempotent: true
    }
    const waits = [1, 2, 3].map(() => {
      const decision = decideRetry(DEFAULT_RETRY_POLICY, state, { kind: 'answer', status: 429 }, () => 1)
      return decision.retry ? decision.delayMs : decision.why
    })
    expect(waits).toEqual([11_000, 20_000, 40_000])
  })

  it('a lone caller on an empty bucket of 10 + 5/min is served at its first retry, as soon as a token is there', () => {
    for (const seed of [1, 2, 3]) {
      // Empty: Retry-After 12 s, one token's refill. The band rule came back up to 120 s later.
      const { refused, lastServed, firstRetryLate } = crowd(1, { capacity: 10, refillPerMinute: 5 }, seed, 0)
      expect(refused).toBe(1)
      expect(firstRetryLate[0]).toBeLessThanOrEqual(1000)
      expect(lastServed).toBeLessThanOrEqual(300 + 12_000 + 1000)
    }
  })
})

describe('a crowd on one token bucket', () => {
  it.each([1, 2, 3, 4, 5])(
    '100 callers on a bucket of 10 + 30/min: at most 5 429s a caller, done within 1.2× the bucket minimum, each first retry at Retry-After (seed %i)',
    seed => {
      const { refused, ratio, firstRetryLate } = crowd(100, { capacity: 10, refillPerMinute: 30 }, seed)
      // Coming back at Retry-After plus a second of jitter, all but one are refused each time: ~4,000.
      expect(refused).toBeLessThanOrEqual(500)
      expect(ratio).toBeLessThanOrEqual(1.2)
      expect(firstRetryLate).toHaveLength(90)
      for (const late of firstRetryLate) expect(late).toBeLessThanOrEqual(1000)
    }
  )

  it('a crowd twice the size on a bucket twice as big stays linear: at most 5 429s a caller', () => {
    const { refused, ratio } = crowd(200, { capacity: 20, refillPerMinute: 60 }, 7)
    expect(refused).toBeLessThanOrEqual(1000)
    expect(ratio).toBeLessThanOrEqual(1.2)
  })
})

/**
 * `writers` content-creating requests at once against GitHub's secondary limit of 80 a minute (a
 * sliding minute, as the GitHub stand-in counts it; retry-after in whole seconds until the oldest
 * write leaves it), each retried by decideRetry as a refusal by GitHub's limits.
 */
function gitHubCrowd(writers: number, seed: number) {
  const random = seeded(seed)
  const accepted: number[] = []
  const queue = Array.from({ length: writers }, (_, writer) => ({ at: random() * 300, writer }))
  const firstAt = queue.map(entry => entry.at)
  const states: CallState[] = firstAt.map(() => ({
    retry: 1,
    failureRetries: 0,
    silentTries: 0,
    elapsedMs: 0,
    tryTimeoutMs: 30_000,
    idempotent: false
  }))
  let refused = 0
  let lost = 0
  let last = 0
  while (queue.length > 0) {
    queue.sort((a, b) => a.at - b.at)
    const { at, writer } = queue.shift() as { at: number; writer: number }
    const inMinute = accepted.filter(t => t > at - 60_000)
    if (inMinute.length < 80) {
      accepted.push(at)
      last = Math.max(last, at)
      continue
    }
    refused++
    const retryAfterMs =
      Math.max(1, Math.ceil(((inMinute[inMinute.length - 80] as number) + 60_000 - at) / 1000)) * 1000
    const state = states[writer] as CallState
    state.elapsedMs = at - (firstAt[writer] as number)
    const decision = decideRetry(
      DEFAULT_RETRY_POLICY,
      state,
      { kind: 'answer', status: 403, retryAfterMs, rateLimit: { kind: 'secondary' } },
      random
    )
    if (!decision.retry) {
      lost++
      continue
    }
    expect(decision.delayMs).toBeGreaterThanOrEqual(retryAfterMs)
    if (state.rateLimited?.refusals === 1) expect(decision.delayMs).toBeLessThanOrEqual(retryAfterMs + 1000)
    queue.push({ at: at + decision.delayMs, writer })
  }
  // The least: 80 a minute, the first batch at once.
  const leastMs = (Math.ceil(writers / 80) - 1) * 60_000
  return { refused, lost, ratio: last / leastMs }
}

describe("a crowd on GitHub's limit of 80 writes a minute", () => {
  it.each([1, 2, 3])(
    '200 writes at once: none lost, at most 3 refusals a write, within 1.05× the limit allows (seed %i)',
    seed => {
      const { refused, lost, ratio } = gitHubCrowd(200, seed)
      expect(lost).toBe(0)
      expect(refused).toBeLessThanOrEqual(3 * 200)
      expect(ratio).toBeLessThanOrEqual(1.05)
    }
  )
})
