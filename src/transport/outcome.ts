// How a try ended, in the terms retry.ts decides on, and why a call waits or stops, in words.
import { CancelledError, cancellation } from '../cancel'
import { gitHubRateLimitOf, parseRetryAfter } from '../errors/headers'
import { detailRetryAfter, parseTokenBucket } from './rate-limits'
import type { RetryDecision, RetryPolicy, TryOutcome } from './retry'

/** What is read of an answer here. */
interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * After a cancel: nothing read decides anything; only the answer to a write that was sent is
 * kept, since it says what now exists (the ID of a migration that started).
 */
export function afterCancel<Response extends object>(
  request: { operation: string; ifUncertain?: string },
  outcome: Response | Error,
  sent: boolean,
  idempotent: boolean,
  cancel: AbortSignal
): Response {
  if (!(outcome instanceof Error) && !idempotent) return outcome
  const stopped = cancellation(cancel)
  if (!idempotent && sent) {
    throw new CancelledError(
      `${stopped.message} ${request.operation} was sent and its answer did not arrive: ${request.ifUncertain ?? ''}`.trim()
    )
  }
  throw stopped
}

/** How a try ended, for retry.ts; a refusal by GitHub's rate limits is read only from GitHub's API. */
export function tryOutcomeOf(outcome: Answer | Error, sent: boolean, github: boolean, now: number): TryOutcome {
  if (outcome instanceof Error) return { kind: 'network', error: outcome, sent }
  const limit = github ? gitHubRateLimitOf(outcome.status, outcome.headers, outcome.body) : undefined
  // Atlas's 429 says when in its detail too, where its headers are missing.
  const retryAfterMs =
    parseRetryAfter(header(outcome.headers, 'retry-after'), now) ??
    (outcome.status === 429 && !github ? detailRetryAfter(outcome.body) : undefined)
  return {
    kind: 'answer',
    status: outcome.status,
    retryAfterMs,
    bucket: outcome.status === 429 ? parseTokenBucket(outcome.body) : undefined,
    rateLimit: limit && { kind: limit.kind, resetInMs: limit.resetAt === undefined ? undefined : limit.resetAt - now }
  }
}

/** Why a wait lasts what it does, where the server said. */
export function waitReason(outcome: TryOutcome & { kind: 'answer' }): string {
  if (outcome.retryAfterMs !== undefined) return ' as the server asks (Retry-After)'
  if (outcome.rateLimit?.resetInMs !== undefined) return " until GitHub's rate limit resets (x-ratelimit-reset)"
  if (outcome.rateLimit) return " (GitHub's secondary rate limit names no time: at least a minute)"
  return ''
}

/** Why a call stopped, where the last answer alone does not say it. */
export function stopNote(
  decision: RetryDecision & { retry: false },
  request: { operation: string; ifUncertain?: string },
  policy: RetryPolicy
): string | undefined {
  switch (decision.why) {
    case 'unsafe':
      return `Not retried, since the server may have acted on it: ${request.ifUncertain ?? 'check its effect before re-running.'}`
    case 'retry-after-too-long':
      return `The server asked to wait ${Math.round((decision.askedMs ?? 0) / 1000)} s before retrying (Retry-After), longer than the ${Math.round(policy.maxRetryAfterMs / 1000)} s this action waits at once: re-run later.`
    case 'budget':
      return `Gave up: the next retry would pass this call's limit of ${Math.round(policy.callBudgetMs / 1000)} s.`
    case 'reset-too-far':
      return `Not retried: GitHub's rate limit resets in ${Math.ceil((decision.askedMs ?? 0) / 60_000)} min, later than the ${Math.round(policy.maxRetryAfterMs / 1000)} s this action waits at once.`
    case 'still-rate-limited':
      return `Gave up: still refused by GitHub's rate limit after ${policy.maxRateLimitRefusals} waits.`
    default:
      return undefined
  }
}

function header(headers: Answer['headers'], name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}
