import { describe, expect, it } from 'vitest'
import { DEFAULT_RETRY_POLICY, isRetryableError, isRetryableStatus, parseRetryAfter, retryDelay } from '../src/transport/retry'

describe('retry policy', () => {
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

  it('backs off exponentially, with jitter between half and all of each step', () => {
    const low = [1, 2, 3].map(n => retryDelay(DEFAULT_RETRY_POLICY, n, 0, undefined, () => 0))
    const high = [1, 2, 3].map(n => retryDelay(DEFAULT_RETRY_POLICY, n, 0, undefined, () => 1))
    expect(low).toEqual([500, 1000, 2000])
    expect(high).toEqual([1000, 2000, 4000])
  })

  it('stops after maxRetries', () => {
    expect(retryDelay(DEFAULT_RETRY_POLICY, 4, 0, undefined)).toBeUndefined()
  })

  it('waits at least Retry-After', () => {
    expect(retryDelay(DEFAULT_RETRY_POLICY, 1, 0, 7000, () => 0)).toBe(7000)
  })

  it('gives up rather than cut a long Retry-After short or overrun the budget', () => {
    expect(retryDelay(DEFAULT_RETRY_POLICY, 1, 0, 60_000)).toBeUndefined()
    expect(retryDelay(DEFAULT_RETRY_POLICY, 2, 29_000, 5000)).toBeUndefined()
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
