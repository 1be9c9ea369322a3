// Many callers refused by one token bucket, in process on a simulated clock: the retry rule of the
// transport (decideRetry) against a bucket that answers as Atlas's does (Retry-After in whole
// seconds, at least 1; its capacity and refill in the 429's detail). The bench measures the same
// through real processes (`npm run bench -- scale`); this keeps the rule's politeness in every run.
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
function crowd(callers: number, bucket: TokenBucket, seed: number) {
  const random = seeded(seed)
  const perMs = bucket.refillPerMinute / 60_000
  let tokens = bucket.capacity
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
    queue.push({ at: at + decision.delayMs, caller })
  }
  const minimumMs = (Math.max(0, callers - bucket.capacity) / perMs) | 0
  return { refused, ratio: lastServed / minimumMs }
}

describe('a crowd on one token bucket', () => {
  it.each([1, 2, 3, 4, 5])(
    '100 callers on a bucket of 10 + 30/min: at most 3 429s a caller, done within 1.15× the bucket minimum (seed %i)',
    seed => {
      const { refused, ratio } = crowd(100, { capacity: 10, refillPerMinute: 30 }, seed)
      // Coming back at Retry-After plus a second of jitter, all but one are refused each time: ~4,000.
      expect(refused).toBeLessThanOrEqual(300)
      expect(ratio).toBeLessThanOrEqual(1.15)
    }
  )

  it('a crowd twice the size on a bucket twice as big stays linear: at most 3 429s a caller', () => {
    const { refused, ratio } = crowd(200, { capacity: 20, refillPerMinute: 60 }, 7)
    expect(refused).toBeLessThanOrEqual(600)
    expect(ratio).toBeLessThanOrEqual(1.15)
  })
})
