// An answer that is not a success, as one line a user can act on: the operation, the answer, the
// API's errorCode and detail, and what to check — by error code first, then by status.
import { redact } from '../secrets'
import { gitHubHint } from './github'
import type { GitHubRateLimit } from './headers'
import { gitHubRateLimitOf, parseRetryAfter } from './headers'
import type { SettingNames } from './text'
import { answerLine, DEFAULT_SETTING_NAMES, describeNonJson, notTheApi, oneLine } from './text'

/** What the API said, as far as it said it. */
export interface ApiErrorBody {
  error?: number
  /** null in some real answers (Atlas's "no link" 404 of 2025-03 to 2026-06). */
  errorCode?: string | null
  detail?: string
  reason?: string
  /** OAuth token endpoint errors (RFC 6749 §5.2). */
  error_description?: string
  /** GitHub's words: {"message": …, "documentation_url": …}. */
  message?: string
}

export interface FailedCall {
  /** e.g. 'Create link token' */
  operation: string
  method: string
  url: string
  status: number
  contentType: string | undefined
  /** Where a 3xx pointed. */
  location?: string
  /** The X-Error-Code header: Atlas's error code, also when the body carries none. */
  errorCodeHeader?: string
  body: string
  names?: SettingNames
  /** Why the call stopped where the answer alone does not say (not retried, wait too long). */
  note?: string
  /** The answer's Retry-After, in ms. */
  retryAfterMs?: number
  /** On GitHub's API: the permission the request needs ('deployments: write'), for a refusal for want of it. */
  permission?: string
  /** On GitHub's API: the refusal by a rate limit this answer is, if it is one. */
  rateLimit?: GitHubRateLimit
}

const HINTS: Record<number, (names: SettingNames) => string> = {
  400: () => 'Check the inputs the request was built from.',
  401: n =>
    `Check ${n.credentials}, and that the key belongs to this organization or project (a key without access to it is refused the same way).`,
  403: () => 'The API key or service account needs the Organization Owner role in this organization.',
  404: n =>
    `Check ${listOf([...(n.ids ?? n.orgId).split(' and '), n.baseUrl])}: what they name must exist on that host.`,
  409: () => 'The resource is in a conflicting state; check it in the UI before re-running.',
  429: () => 'Rate limited: wait a minute before re-running, or run fewer jobs against this organization at once.'
}

/** Hints by the API's error code, which says more than the status (both 403s are not about roles). */
const CODE_HINTS: Record<string, (names: SettingNames) => string> = {
  IP_ADDRESS_NOT_ON_ACCESS_LIST: n =>
    `The IP access list of the API key or service account (${n.credentials}) must include this runner's public address: add it there, or run from an address on the list.`,
  ORG_NOT_FOUND: n => `Check ${n.orgId} and ${n.baseUrl}: the organization must exist on that host.`,
  GROUP_NOT_FOUND: n =>
    `Check project-id and ${n.baseUrl}: the project must exist on that host, and the key must have access to it.`
}

/** 'a', 'a and b', 'a, b and c'. */
function listOf(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

const OAUTH_HINTS: Record<string, string> = {
  invalid_client: 'Check client-id and client-secret, and that the service account is not expired.',
  access_denied:
    'The service account was refused a token (it may already hold 100 active tokens, or its IP access list excludes this runner).',
  invalid_request: 'The token request was malformed; report this as a bug.',
  unsupported_grant_type: 'The host does not support service accounts; use an API key.'
}

export class ApiError extends Error {
  readonly status: number
  readonly errorCode: string | undefined
  readonly detail: string | undefined
  /** The answer is recognisably the API's own: an error code (body, X-Error-Code, OAuth) or the null-errorCode form. */
  readonly fromApi: boolean

  /** How long the server asked to wait before asking again (Retry-After), where it said. */
  readonly retryAfterMs: number | undefined
  /** What happened, without the note and the hint: for callers that give their own advice. */
  readonly summary: string
  /** What to check, where there is a hint. */
  readonly hint: string | undefined

  constructor(unsafeCall: FailedCall) {
    // The server's words may echo what was sent: clean them of every secret before anything else.
    const call = { ...unsafeCall, body: redact(unsafeCall.body) }
    const body = parseErrorBody(call)
    const { summary, hint } = explain(call, body)
    super([summary, call.note, hint].filter(Boolean).join(' '))
    this.summary = summary
    this.hint = hint
    this.retryAfterMs = call.retryAfterMs
    this.name = 'ApiError'
    this.status = call.status
    this.errorCode = errorCodeOf(call, body)
    this.detail = typeof body?.detail === 'string' ? body.detail : body?.error_description
    this.fromApi = isApiAnswer(call, body)
  }

  static fromResponse(
    operation: string,
    method: string,
    response: {
      status: number
      url: string
      body: string
      headers: Record<string, string | string[] | undefined>
      note?: string
    },
    names?: SettingNames,
    /** On GitHub's API: the permission the request needs. */
    permission?: string
  ): ApiError {
    const header = (name: string) => {
      const value = response.headers[name]
      return Array.isArray(value) ? value[0] : value
    }
    return new ApiError({
      operation,
      method,
      url: response.url,
      status: response.status,
      contentType: header('content-type'),
      location: header('location'),
      errorCodeHeader: header('x-error-code'),
      body: response.body,
      names,
      note: response.note,
      retryAfterMs: parseRetryAfter(header('retry-after')),
      permission,
      rateLimit:
        names?.api === 'github' ? gitHubRateLimitOf(response.status, response.headers, response.body) : undefined
    })
  }
}

function oauthErrorCode(body: ApiErrorBody | undefined): string | undefined {
  return typeof body?.error === 'string' ? body.error : undefined
}

/** The API's code: the body's errorCode, else the X-Error-Code header, else an OAuth error. */
function errorCodeOf(call: FailedCall, body: ApiErrorBody | undefined): string | undefined {
  if (typeof body?.errorCode === 'string' && body.errorCode) return body.errorCode
  return call.errorCodeHeader?.trim() || oauthErrorCode(body)
}

/**
 * The answer is recognisably the API's own: it carries an error code (body, X-Error-Code header or
 * OAuth), or it has the API's error shape with the errorCode key present but null: `error` equal to
 * the status and a `detail` string (Atlas's "no link" 404 of 2025-03 to 2026-06). A JSON body
 * without the errorCode key, an HTML page or an empty body is not.
 */
function isApiAnswer(call: FailedCall, body: ApiErrorBody | undefined): boolean {
  if (errorCodeOf(call, body) !== undefined) return true
  return body?.error === call.status && 'errorCode' in body && typeof body.detail === 'string'
}

function parseErrorBody(call: FailedCall): ApiErrorBody | undefined {
  try {
    const parsed: unknown = JSON.parse(call.body)
    return parsed !== null && typeof parsed === 'object' ? (parsed as ApiErrorBody) : undefined
  } catch {
    return undefined
  }
}

/** What happened, in one sentence, and what to check. */
function explain(call: FailedCall, body: ApiErrorBody | undefined): { summary: string; hint: string | undefined } {
  const names = call.names ?? DEFAULT_SETTING_NAMES
  // GitHub's words are its message; MongoDB's answers say nothing there (their wording stays as it was).
  const message = names.api === 'github' && typeof body?.message === 'string' ? body.message : undefined
  const parts = [`${call.operation} failed: ${answerLine(call.status, call.method, call.url)}`]
  const code = errorCodeOf(call, body)
  if (code) parts.push(code)
  const detail = [body?.detail, body?.error_description, body?.reason, message].find(text => typeof text === 'string')
  if (detail) parts.push(oneLine(detail))
  if (!body) parts.push(describeNonJson(call.body, call.contentType))
  const redirect =
    call.status >= 300 && call.status < 400
      ? `The host redirects${call.location ? ` to ${call.location.split('?')[0]}` : ''}: set ${names.baseUrl} to the API's own address (redirects are not followed, so credentials go nowhere else).`
      : undefined
  const { status, permission, rateLimit } = call
  const hint =
    redirect ||
    (names.api === 'github' ? gitHubHint({ status, message, permission, rateLimit }, names) : mongoDbHint(call, body))
  return { summary: `${parts.join(': ')}.`, hint: hint || undefined }
}

/** What to check after MongoDB's answer: by its error code first, then by status. */
function mongoDbHint(call: FailedCall, body: ApiErrorBody | undefined): string | undefined {
  const names = call.names ?? DEFAULT_SETTING_NAMES
  const code = errorCodeOf(call, body)
  return (
    (code && OAUTH_HINTS[code]) ||
    (code && Object.hasOwn(CODE_HINTS, code) ? CODE_HINTS[code]?.(names) : undefined) ||
    (call.status === 404 && !isApiAnswer(call, body) ? notTheApi(names) : undefined) ||
    HINTS[call.status]?.(names) ||
    (call.status >= 500 ? SERVER_HINT : undefined)
  )
}

const SERVER_HINT = 'The service had a problem; re-run the job later, and check status.mongodb.com if it persists.'
