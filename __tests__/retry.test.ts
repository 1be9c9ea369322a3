import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from '../src/errors/headers'
import type { CallState, TryOutcome } from '../src/transport/retry'
import {
  DEFAULT_RETRY_POLICY,
  decideRetry,
  isRetryableError,
  isRetryableStatus,
  parseTokenBucket,
  pollSlowdown,
  rateBudgetOf
} from '../src/transport/retry'

const policy = DEFAULT_RETRY_POLICY
const state = (over: Partial<CallState> = {}): CallState => ({
  retry: 1,
  failureRetries: 0,
  silentTries: 0,
  elapsedMs: 0,
  tryTimeoutMs: 30_000,
  idempotent: true,
  ...over
})
const answer = (status: number, retryAfterMs?: number): TryOutcome => ({ kind: 'answer', status, retryAfterMs })
const network = (code: string, sent: boolean, message = code): TryOutcome => ({
  kind: 'network',
  error: Object.assign(new Error(message), { code }),
  sent
})
const timeout: TryOutcome = { kind: 'network', error: new Error('Request timeout: /api'), sent: true }
const low = () => 0
const high = () => 1

describe('what is retried', () => {
  it('retries 429 and 5xx only', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true)
    expect([200, 201, 400, 401, 403, 404, 409].some(isRetryableStatus)).toBe(false)
  })

  it('retries resets and timeouts, not TLS or DNS failures', () => {
    const err = (code: string, message = 'x') => Object.assign(new Error(message), { code })
    expect(isRetryableError(err('ECONNRESET'))).toBe(true)
    expect(isRetryableError(new Error('Request timeout: /api'))).toBe(true)
    expect(isRetryableError(err('ERR_BODY_INCOMPLETE'))).toBe(true)
    expect(isRetryableError(err('ENOTFOUND'))).toBe(false)
    expect(isRetryableError(err('SELF_SIGNED_CERT_IN_CHAIN'))).toBe(false)
  })

  it('repeats a request that is not idempotent only where the server cannot have acted on it', () => {
    const once = state({ idempotent: false })
    for (const outcome of [answer(429), answer(503), network('ECONNREFUSED', false), network('ECONNRESET', false)]) {
      expect(decideRetry(policy, once, outcome, low).retry).toBe(true)
    }
    for (const outcome of [
      answer(500),
      answer(502),
      answer(504),
      network('ECONNRESET', true),
      network('ERR_BODY_INCOMPLETE', true),
      timeout
    ]) {
      expect(decideRetry(policy, once, outcome, low)).toEqual({ retry: false, why: 'unsafe' })
    }
  })
})

describe('how long it waits', () => {
  it('backs off exponentially on 5xx, with jitter between half and all of each step, then stops', () => {
    const waits = (random: () => number) =>
      [0, 1, 2].map(
        failureRetries =>
          (decideRetry(policy, state({ failureRetries }), answer(502), random) as { delayMs: number }).delayMs
      )
    expect(waits(low)).toEqual([500, 1000, 2000])
    expect(waits(high)).toEqual([1000, 2000, 4000])
    expect(decideRetry(policy, state({ failureRetries: 3 }), answer(502))).toEqual({ retry: false, why: 'retries' })
  })

  it('waits what a 429 asks, up to two minutes, plus at most a second of jitter; 429s are not counted as failures', () => {
    expect(decideRetry(policy, state(), answer(429, 55_000), low)).toEqual({
      retry: true,
      delayMs: 55_000,
      why: 'rate-limited'
    })
    expect(decideRetry(policy, state(), answer(429, 55_000), high)).toEqual({
      retry: true,
      delayMs: 56_000,
      why: 'rate-limited'
    })
    expect(decideRetry(policy, state({ failureRetries: 3, retry: 9 }), answer(429, 2000), low).retry).toBe(true)
    expect(decideRetry(policy, state(), answer(429, 120_000), low).retry).toBe(true)
    // Refused again and again, without the bucket's figures: MongoDB's back-off, 20 s, 40 s, half random.
    expect(decideRetry(policy, state({ refused429: 2 }), answer(429, 2000), high)).toMatchObject({ delayMs: 40_000 })
    expect(decideRetry(policy, state({ refused429: 1 }), answer(429, 2000), low)).toMatchObject({ delayMs: 10_000 })
  })

  it('comes back at Retry-After after a first 429; refused again, spreads the callers over bands of the refill time, in the same order each round', () => {
    const bucket = { capacity: 10, refillPerMinute: 30 } // refills whole in 20 s: bands of 50 s, then 42.5 s
    const refused = (rank: number) => {
      const call = state({ elapsedMs: 100 })
      const first = decideRetry(policy, call, { kind: 'answer', status: 429, retryAfterMs: 2000, bucket }, () => 0.5)
      call.elapsedMs += first.retry ? first.delayMs : 0
      const second = decideRetry(policy, call, { kind: 'answer', status: 429, retryAfterMs: 2000, bucket }, () => rank)
      const bandStart = call.elapsedMs
      call.elapsedMs += second.retry ? second.delayMs : 0
      const third = decideRetry(policy, call, { kind: 'answer', status: 429, retryAfterMs: 2000, bucket }, () => 0.99)
      return { first, second, third, bandStart, at: call.elapsedMs }
    }
    const early = refused(0.1)
    const late = refused(0.9)
    expect(early.first).toEqual({ retry: true, delayMs: 2500, why: 'rate-limited' })
    expect(early.second).toEqual({ retry: true, delayMs: 2000 + 5000, why: 'rate-limited' })
    expect(late.second).toEqual({ retry: true, delayMs: 2000 + 45_000, why: 'rate-limited' })
    // Refused again: the next band, at the same rank (the random draw is not taken again).
    expect(early.at + (early.third.retry ? early.third.delayMs : 0)).toBe(early.bandStart + 50_000 + 2000 + 4250)
    expect(late.at + (late.third.retry ? late.third.delayMs : 0)).toBe(late.bandStart + 50_000 + 2000 + 38_250)
    // Retry-After stays the floor, even late in a band.
    const call = state({ elapsedMs: 100, refused429: 1, queue: { rank: 0, bandStartMs: 0, round: 0 } })
    expect(decideRetry(policy, call, { kind: 'answer', status: 429, retryAfterMs: 9000, bucket }, low)).toMatchObject({
      delayMs: 9000
    })
  })

  it('slows polls in inverse proportion to what is left of the bucket, from half down', () => {
    expect(pollSlowdown(undefined)).toBe(1)
    expect(pollSlowdown({ limit: 40, remaining: 30 })).toBe(1)
    expect(pollSlowdown({ limit: 40, remaining: 10 })).toBe(2)
    expect(pollSlowdown({ limit: 40, remaining: 0 })).toBe(4)
    expect(rateBudgetOf({ 'ratelimit-limit': '40', 'ratelimit-remaining': '10' })).toEqual({ limit: 40, remaining: 10 })
    expect(rateBudgetOf({ 'ratelimit-limit': '40' })).toBeUndefined()
  })

  it("reads the bucket from Atlas's 429 detail", () => {
    expect(
      parseTokenBucket(
        '{"detail":"Rate limit exceeded for api/atlas/v2/orgs/x/liveMigrations/linkTokens. Please retry after 6 seconds. Request capacity: 500. Refill rate: 250 per 60 seconds. For more information, see: http://dochub.mongodb.org/core/atlas-api-rate-limit."}'
      )
    ).toEqual({ capacity: 500, refillPerMinute: 250 })
    expect(parseTokenBucket('{"detail":"Slow down."}')).toBeUndefined()
  })

  it('fails at once, giving the wait asked for, when Retry-After is past the cap: one rule for 429 and 5xx', () => {
    for (const status of [429, 503, 500]) {
      expect(decideRetry(policy, state(), answer(status, 600_000))).toEqual({
        retry: false,
        why: 'retry-after-too-long',
        askedMs: 600_000
      })
    }
    // Within the cap, a 503's Retry-After is the floor of its backoff.
    const decision = decideRetry(policy, state(), answer(503, 90_000), low)
    expect(decision).toEqual({ retry: true, delayMs: 90_000, why: 'backoff' })
  })

  it('never lets one call run past its budget, counting a full try after the wait', () => {
    const nearEnd = state({ elapsedMs: policy.callBudgetMs - 60_000 })
    expect(decideRetry(policy, nearEnd, answer(429, 20_000), low).retry).toBe(true)
    expect(decideRetry(policy, nearEnd, answer(429, 40_000), low)).toEqual({ retry: false, why: 'budget' })
  })

  it('gives up after two silent tries, so a host that never answers fails in about 2 × the request timeout', () => {
    expect(decideRetry(policy, state({ silentTries: 1 }), timeout, low).retry).toBe(true)
    expect(decideRetry(policy, state({ silentTries: 2, failureRetries: 1 }), timeout, low)).toEqual({
      retry: false,
      why: 'silent'
    })
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-22T12:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Sun, 22 Nov 2026 12:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Sun, 22 Nov 2026 11:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })
})

describe("GitHub's rate limits, waited out as GitHub documents", () => {
  const refused = (
    retryAfterMs: number | undefined,
    rateLimit: { kind: 'primary' | 'secondary'; resetInMs?: number },
    status = 403
  ): TryOutcome => ({ kind: 'answer', status, retryAfterMs, rateLimit })
  const secondary = { kind: 'secondary' } as const

  it('waits retry-after first, else until x-ratelimit-reset, else a minute, plus up to 1 s; a 403 and a POST too', () => {
    const once = () => state({ idempotent: false })
    expect(decideRetry(policy, once(), refused(3000, secondary), low)).toEqual({
      retry: true,
      delayMs: 3000,
      why: 'rate-limited'
    })
    expect(decideRetry(policy, once(), refused(3000, secondary), high)).toMatchObject({ delayMs: 4000 })
    expect(decideRetry(policy, once(), refused(undefined, { kind: 'primary', resetInMs: 30_000 }), low)).toMatchObject({
      retry: true,
      delayMs: 30_000
    })
    expect(decideRetry(policy, once(), refused(undefined, secondary, 429), low)).toMatchObject({ delayMs: 60_000 })
    // retry-after wins over the reset where both are given.
    expect(decideRetry(policy, once(), refused(5000, { kind: 'secondary', resetInMs: 90_000 }), low)).toMatchObject({
      delayMs: 5000
    })
    // The same answers from MongoDB (no rateLimit: only GitHub's are read so) are as they were.
    expect(decideRetry(policy, once(), answer(403, 3000), low)).toEqual({ retry: false, why: 'final' })
    expect(decideRetry(policy, once(), answer(429, 3000), low)).toEqual({
      retry: true,
      delayMs: 3000,
      why: 'rate-limited'
    })
  })

  it('refused again: the named time plus a share that doubles (a minute that doubles where none is named), then gives up', () => {
    const call = state()
    const delays = [1, 2, 3].map(() => {
      const decision = decideRetry({ ...policy, callBudgetMs: 10_000_000 }, call, refused(undefined, secondary), low)
      return decision.retry ? decision.delayMs : decision.why
    })
    expect(delays).toEqual([60_000, 120_000, 120_000])
    const named = state()
    const spread = [1, 2, 3, 4, 5, 6, 7, 8].map(() => {
      const decision = decideRetry({ ...policy, callBudgetMs: 10_000_000 }, named, refused(3000, secondary), high)
      return decision.retry ? decision.delayMs : decision.why
    })
    expect(spread).toEqual([4000, 5000, 7000, 11_000, 19_000, 35_000, 63_000, 63_000])
    // Then it gives up, after maxRateLimitRefusals waits.
    expect(decideRetry(policy, named, refused(3000, secondary), low)).toEqual({
      retry: false,
      why: 'still-rate-limited'
    })
  })

  it('ends the call at once when the reset is later than the longest wait honoured, saying how far', () => {
    expect(decideRetry(policy, state(), refused(undefined, { kind: 'primary', resetInMs: 3_540_000 }), low)).toEqual({
      retry: false,
      why: 'reset-too-far',
      askedMs: 3_540_000
    })
    expect(decideRetry(policy, state(), refused(600_000, secondary), low)).toEqual({
      retry: false,
      why: 'retry-after-too-long',
      askedMs: 600_000
    })
    expect(decideRetry(policy, state({ elapsedMs: 250_000 }), refused(30_000, secondary), low)).toEqual({
      retry: false,
      why: 'budget'
    })
  })
})
