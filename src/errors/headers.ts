// What an answer's headers and GitHub's error body say of when to ask again: Retry-After (RFC 9110),
// and GitHub's rate limits. Read by the transport (to wait) and by the errors (to explain), so it
// sits below both.

/**
 * Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in ms; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  // Otherwise an HTTP date (IMF-fixdate and the obsolete forms name a weekday or a month): not "1.5".
  if (!/[A-Za-z]{3}/.test(trimmed)) return undefined
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

type Headers = Record<string, string | string[] | undefined>

/** A 403 or 429 by one of GitHub's rate limits, as its headers and message say. */
export interface GitHubRateLimit {
  /** primary: the token's requests for the hour are used up; secondary: too many at once, or too fast. */
  kind: 'primary' | 'secondary'
  /** x-ratelimit-reset (UTC epoch seconds) in ms, where x-ratelimit-remaining is 0. */
  resetAt?: number
  /** x-ratelimit-limit: the token's requests an hour. */
  limit?: number
  /** x-ratelimit-resource: the limit's pool ('core', 'search', …). */
  resource?: string
}

/**
 * A rate limit's refusal, or undefined for any other answer. GitHub answers 403 or 429 with
 * retry-after, or with x-ratelimit-remaining 0 (primary), or with a message about a secondary rate
 * limit; every 429 is a limit's. A 403 without any of these (a missing permission) is not.
 */
export function gitHubRateLimitOf(status: number, headers: Headers, body: string): GitHubRateLimit | undefined {
  if (status !== 403 && status !== 429) return undefined
  const message = messageOf(body)
  const remaining = numberOf(headers, 'x-ratelimit-remaining')
  const said = headerOf(headers, 'retry-after') !== undefined || remaining === 0 || /rate limit/i.test(message)
  if (status === 403 && !said) return undefined
  const reset = numberOf(headers, 'x-ratelimit-reset')
  return {
    kind: remaining === 0 && !/secondary/i.test(message) ? 'primary' : 'secondary',
    resetAt: remaining === 0 && reset !== undefined ? reset * 1000 : undefined,
    limit: numberOf(headers, 'x-ratelimit-limit'),
    resource: headerOf(headers, 'x-ratelimit-resource')
  }
}

function headerOf(headers: Headers, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function numberOf(headers: Headers, name: string): number | undefined {
  const value = headerOf(headers, name)?.trim()
  return value && /^\d+$/.test(value) ? Number(value) : undefined
}

/** GitHub's error body: {"message": "…", "documentation_url": "…"}. */
function messageOf(body: string): string {
  try {
    const message: unknown = (JSON.parse(body) as { message?: unknown } | null)?.message
    return typeof message === 'string' ? message : ''
  } catch {
    return ''
  }
}
