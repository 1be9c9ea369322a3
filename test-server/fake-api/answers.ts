// The answers the stand-in sends, in Atlas's recorded shapes: its error bodies, its pretty-printed
// 401s, the OAuth errors, and its checks on the versioned Accept and Content-Type.
import type { RecordedRequest } from './types.ts'

export interface Answer {
  status: number
  body?: unknown
  /** The body as sent, in place of JSON.stringify(body). */
  raw?: string
  headers?: Record<string, string | string[]>
  contentType?: string
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  429: 'Too Many Requests',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict'
}

/** Atlas's error answer (recorded): keys in its order, and the code in an X-Error-Code header too. */
export function apiError(
  status: number,
  errorCode: string,
  detail: string,
  headers?: Record<string, string | string[]>,
  parameters: unknown[] | null = []
): Answer {
  return {
    status,
    headers: { 'x-error-code': errorCode, ...headers },
    body: { detail, error: status, errorCode, parameters, reason: REASONS[status] ?? 'Error' }
  }
}

export function methodNotAllowed(method: string): Answer {
  return apiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed here.`)
}

export function orgNotFound(orgId: string): Answer {
  return apiError(404, 'ORG_NOT_FOUND', `No organization with ID ${orgId} exists.`)
}

export function malformedJson(): Answer {
  return apiError(400, 'INVALID_JSON', 'Received JSON is malformed.')
}

export const NOT_AUTHORIZED = 'You are not authorized for this resource.'

/** JSON the way Atlas pretty-prints its 401s: two-space indent, ' : ' between key and value. */
export function pretty(body: Record<string, unknown>): string {
  const lines = Object.entries(body).map(([key, value]) => `  ${JSON.stringify(key)} : ${JSON.stringify(value)}`)
  return `{\n${lines.join(',\n')}\n}`
}

export function oauthError(status: number, error: string, description: string): Answer {
  return { status, body: { error, error_description: description } }
}

const ATLAS_TYPE = /^application\/vnd\.atlas\.(\d{4}-\d{2}-\d{2})\+json$/

/** The versioned type the request asked for, as Atlas answers it: with ';charset=utf-8' (recorded). */
export function atlasType(req: RecordedRequest): string {
  const accept = req.headers.accept
  return accept && ATLAS_TYPE.test(accept) ? `${accept};charset=utf-8` : (accept ?? 'application/json')
}

/** Atlas v2 insists on a versioned Accept (one the operation has), and a matching Content-Type with a body. */
export function atlasVersionError(req: RecordedRequest, versions?: string[]): Answer | undefined {
  const accept = ATLAS_TYPE.exec(req.headers.accept ?? '')
  if (!accept)
    return apiError(406, 'INVALID_VERSION_DATE', 'Accept must name an application/vnd.atlas.<date>+json version.')
  if (versions && !versions.includes(accept[1] as string)) {
    return apiError(
      406,
      'INVALID_VERSION_DATE',
      `This operation has no version ${accept[1]}; it has ${versions.join(', ')}.`
    )
  }
  if (req.body && req.headers['content-type'] !== req.headers.accept) {
    return apiError(415 as number, 'INVALID_CONTENT_TYPE', 'Content-Type must match the versioned Accept type.')
  }
  return undefined
}
