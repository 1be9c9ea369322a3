// Turns an unsuccessful HTTP answer into one line a user can act on.
import { redact } from './secrets'
import { parseRetryAfter } from './transport/retry'

/** What the API said, as far as it said it. */
export interface ApiErrorBody {
  error?: number
  /** null in some real answers (Atlas's "no link" 404 of 2025-03 to 2026-06). */
  errorCode?: string | null
  detail?: string
  reason?: string
  /** OAuth token endpoint errors (RFC 6749 §5.2). */
  error_description?: string
}

/** The names the user knows their settings by, so that a hint points at the one to check. */
export interface SettingNames {
  /** e.g. 'base-url' or 'source-base-url' */
  baseUrl: string
  /** e.g. 'org-id' or 'source-org-id' */
  orgId: string
  /** The ID inputs the mode used, for a 404: e.g. 'org-id' or 'project-id and migration-id' (default: orgId). */
  ids?: string
  /** e.g. 'the credentials' or 'source-public-key / source-private-key' */
  credentials: string
}

export const DEFAULT_SETTING_NAMES: SettingNames = {
  baseUrl: 'base-url',
  orgId: 'org-id',
  ids: 'org-id',
  credentials: 'the credentials (the key pair or service account)'
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

/** A 404 that is not the API's own (an HTML page, no body, JSON without an errorCode). */
export const notTheApi = (names: SettingNames): string =>
  `The host did not answer like the MongoDB API: check ${names.baseUrl}; give the host only, such as https://cloud.mongodb.com or https://opsmanager.example.com:8443.`

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

  constructor(unsafeCall: FailedCall) {
    // The server's words may echo what was sent: clean them of every secret before anything else.
    const call = { ...unsafeCall, body: redact(unsafeCall.body) }
    const body = parseErrorBody(call)
    super(formatApiError(call, body))
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
    names?: SettingNames
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
      retryAfterMs: parseRetryAfter(header('retry-after'))
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

export function formatApiError(call: FailedCall, body: ApiErrorBody | undefined): string {
  const names = call.names ?? DEFAULT_SETTING_NAMES
  const path = new URL(call.url).pathname
  const parts = [`${call.operation} failed: HTTP ${call.status} from ${call.method} ${path}`]
  const code = errorCodeOf(call, body)
  if (code) parts.push(code)
  const detail = [body?.detail, body?.error_description, body?.reason].find(text => typeof text === 'string')
  if (detail) parts.push(oneLine(detail))
  if (!body) parts.push(describeNonJson(call.body, call.contentType))
  const redirect =
    call.status >= 300 && call.status < 400
      ? `The host redirects${call.location ? ` to ${call.location.split('?')[0]}` : ''}: set ${names.baseUrl} to the API's own address (redirects are not followed, so credentials go nowhere else).`
      : undefined
  const hint =
    redirect ||
    (code && OAUTH_HINTS[code]) ||
    (code && Object.hasOwn(CODE_HINTS, code) ? CODE_HINTS[code]?.(names) : undefined) ||
    (call.status === 404 && !isApiAnswer(call, body) ? notTheApi(names) : undefined) ||
    HINTS[call.status]?.(names) ||
    (call.status >= 500 ? SERVER_HINT : undefined)
  return [`${parts.join(': ')}.`, call.note, hint].filter(Boolean).join(' ')
}

const SERVER_HINT = 'The service had a problem; re-run the job later, and check status.mongodb.com if it persists.'

/** An error page from a proxy or load balancer: say what it was without pasting a whole HTML page. */
export function describeNonJson(body: string, contentType: string | undefined): string {
  // Callers clean the body of secrets first, so folding its whitespace makes no new form of one.
  const text = oneLine(body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '))
  if (!text) return 'empty body'
  const type = contentType?.split(';')[0] || 'untyped'
  return `non-JSON ${type} body: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`
}

/**
 * Puts a message on one line, without a closing period. Only line breaks (with the indentation
 * around them) become one space: runs of spaces inside a line stay, so that no new form of a
 * secret ('correct  horse' → 'correct horse') is made that the runner's masks would not match.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[ \t]*(?:\r\n|\r|\n)\s*/g, ' ')
    .trim()
    .replace(/\.$/, '')
}

/** A request that never got an answer: the network, TLS or a timeout. */
export class NetworkError extends Error {
  constructor(
    operation: string,
    method: string,
    url: string,
    cause: unknown,
    names: SettingNames = DEFAULT_SETTING_NAMES,
    note?: string
  ) {
    const sentence = `${operation} failed: ${method} ${url}: ${describeNetworkCause(cause, names)}`
    super(redact(note ? `${sentence} ${note}` : sentence), { cause })
    this.name = 'NetworkError'
  }
}

function describeNetworkCause(cause: unknown, names: SettingNames): string {
  const err = cause as NodeJS.ErrnoException | undefined
  const code = err?.code ?? ''
  const message = oneLine(err?.message ?? String(cause))
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `TLS certificate does not match the host name (${message}). Check ${names.baseUrl}.`
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
    return `TLS certificate not trusted (${code}). For an Ops Manager with a private CA, give the CA's PEM certificate as the ca-certificate input, or set NODE_EXTRA_CA_CERTS to its file in the step's env.`
  }
  if (/wrong version number|packet length too long|http request/i.test(message) && /EPROTO|SSL/.test(code || message)) {
    return `TLS handshake failed: the port answered in plain HTTP (https:// to a plain-HTTP port?). Check ${names.baseUrl}: its scheme and port.`
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `host name not found (${code}). Check ${names.baseUrl}, and https_proxy on self-hosted runners.`
  }
  const tunnel = /tunneling socket could not be established, (?:statusCode=(\d+)|cause=(.*))/.exec(message)
  if (tunnel) {
    const why = tunnel[1] ? `it answered HTTP ${tunnel[1]} to CONNECT` : tunnel[2]
    return `the proxy could not open a tunnel to the host (${why}). Check https_proxy / no_proxy, and that the proxy may reach the host.`
  }
  if (code === 'ECONNREFUSED') return `connection refused. Check ${names.baseUrl} (host and port).`
  if (/^Request timeout/.test(message) || code === 'ETIMEDOUT') {
    return `no answer within the request timeout. Check ${names.baseUrl}, that the runner can reach the host (proxy, firewall), or raise request-timeout-seconds.`
  }
  return `${code ? `${code} ` : ''}${message}.`
}

/**
 * A call that changes state got an answer that could not be read (or none): it may have taken
 * effect. Says so, and what to check, rather than "check base-url".
 */
export class OutcomeUnknownError extends Error {
  constructor(operation: string, what: string, ifUncertain: string) {
    super(`${operation}: ${what}. It may have taken effect all the same: ${ifUncertain}`)
    this.name = 'OutcomeUnknownError'
  }
}
