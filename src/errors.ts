// Turns an unsuccessful HTTP answer into one line a user can act on.

/** What the API said, as far as it said it. */
export interface ApiErrorBody {
  error?: number
  errorCode?: string
  detail?: string
  reason?: string
  /** OAuth token endpoint errors (RFC 6749 §5.2). */
  error_description?: string
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
  body: string
}

const HINTS: Record<number, string> = {
  400: 'Check the inputs the request was built from.',
  401: "Check the credentials (the key pair or service account) and that the key's IP access list allows this runner.",
  403: 'The API key or service account needs the Organization Owner role in this organization.',
  404: 'Check org-id (or source-org-id) and base-url: the organization must exist on that host.',
  409: 'The resource is in a conflicting state; check it in the UI before re-running.',
  429: 'Rate limited: wait a minute before re-running, or run fewer jobs against this organization at once.'
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

  constructor(call: FailedCall) {
    const body = parseErrorBody(call)
    super(formatApiError(call, body))
    this.name = 'ApiError'
    this.status = call.status
    this.errorCode = typeof body?.errorCode === 'string' ? body.errorCode : oauthErrorCode(body)
    this.detail = body?.detail ?? body?.error_description
  }

  static fromResponse(
    operation: string,
    method: string,
    response: { status: number; url: string; body: string; headers: Record<string, string | string[] | undefined> }
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
      body: response.body
    })
  }
}

function oauthErrorCode(body: ApiErrorBody | undefined): string | undefined {
  return typeof body?.error === 'string' ? body.error : undefined
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
  const path = new URL(call.url).pathname
  const parts = [`${call.operation} failed: HTTP ${call.status} from ${call.method} ${path}`]
  const code = body?.errorCode ?? oauthErrorCode(body)
  if (code) parts.push(code)
  const detail = body?.detail ?? body?.error_description ?? body?.reason
  if (detail) parts.push(oneLine(detail))
  if (!body) parts.push(describeNonJson(call))
  const redirect =
    call.status >= 300 && call.status < 400
      ? `The host redirects${call.location ? ` to ${call.location.split('?')[0]}` : ''}: set base-url to the API's own address (redirects are not followed, so credentials go nowhere else).`
      : undefined
  const hint = redirect || (code && OAUTH_HINTS[code]) || HINTS[call.status] || (call.status >= 500 ? SERVER_HINT : undefined)
  return `${parts.join(': ')}.${hint ? ` ${hint}` : ''}`
}

const SERVER_HINT = 'The service had a problem; re-run the job later, and check status.mongodb.com if it persists.'

/** An error page from a proxy or load balancer: say what it was without pasting a whole HTML page. */
function describeNonJson(call: FailedCall): string {
  const text = oneLine(call.body.replace(/<[^>]*>/g, ' '))
  if (!text) return 'empty body'
  const type = call.contentType?.split(';')[0] ?? 'untyped'
  return `non-JSON ${type} body: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '')
}

/** A request that never got an answer: the network, TLS or a timeout. */
export class NetworkError extends Error {
  constructor(operation: string, method: string, url: string, cause: unknown) {
    super(`${operation} failed: ${method} ${url}: ${describeNetworkCause(cause)}`, { cause })
    this.name = 'NetworkError'
  }
}

function describeNetworkCause(cause: unknown): string {
  const err = cause as NodeJS.ErrnoException | undefined
  const code = err?.code ?? ''
  const message = err?.message ?? String(cause)
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `TLS certificate does not match the host name (${message}). Check base-url.`
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
    return `TLS certificate not trusted (${code}). For an Ops Manager with a private CA, set NODE_EXTRA_CA_CERTS to the CA's PEM file in the step's env.`
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `host name not found (${code}). Check base-url, and https_proxy on self-hosted runners.`
  }
  const tunnel = /tunneling socket could not be established, (?:statusCode=(\d+)|cause=(.*))/.exec(message)
  if (tunnel) {
    const why = tunnel[1] ? `it answered HTTP ${tunnel[1]} to CONNECT` : tunnel[2]
    return `the proxy could not open a tunnel to the host (${why}). Check https_proxy / no_proxy, and that the proxy may reach the host.`
  }
  if (code === 'ECONNREFUSED') return 'connection refused. Check base-url (host and port).'
  if (/^Request timeout/.test(message) || code === 'ETIMEDOUT') {
    return 'no answer within the request timeout. Check that the runner can reach the host (proxy, firewall), or raise request-timeout-seconds.'
  }
  return `${code ? `${code} ` : ''}${message}`
}
