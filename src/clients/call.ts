// Where an API answer is judged: a 2xx from the API is success, anything else becomes an error with
// the API's own words. A 2xx that is not the API's (an HTML page from a proxy) is not success.
import type { SettingNames } from '../errors'
import { ApiError, answerLine, describeNonJson, notTheApi, OutcomeUnknownError, UnexpectedAnswerError } from '../errors'
import { redact } from '../secrets'
import type { ApiRequest, ApiResponse } from '../transport/http'
import { isSuccess } from '../transport/http'
import type { ApiSession } from '../transport/session'

export async function call(
  session: ApiSession,
  request: ApiRequest,
  onAnswer?: (response: ApiResponse) => void,
  /** The inputs a refusal points at, where this call's are not the session's (an org's read in a project's mode). */
  names: SettingNames | undefined = session.names
): Promise<ApiResponse> {
  const response = await session.send(request)
  onAnswer?.(response)
  if (!isSuccess(response.status)) {
    throw ApiError.fromResponse(request.operation, request.method, response, names, request.permission)
  }
  if (response.body.trim() !== '' && parseJson(response.body) === undefined) {
    const type = String(response.headers['content-type'] ?? '')
    unreadable(session, request, response, `is not an API answer (${describeNonJson(redact(response.body), type)})`)
  }
  return response
}

/** Sends the request and returns its 2xx JSON object, which must carry `field`. */
export async function callForObject(
  session: ApiSession,
  request: ApiRequest,
  field: string,
  onAnswer?: (response: ApiResponse) => void
): Promise<Record<string, unknown>> {
  const response = await call(session, request, onAnswer)
  const body = parseJson(response.body) as Record<string, unknown> | undefined
  const value = body?.[field]
  if (!body || value === undefined || value === null || value === '') {
    unreadable(session, request, response, `did not carry '${field}' in its body`)
  }
  return body as Record<string, unknown>
}

/**
 * A 2xx that cannot be read. After a read it says to check the host; after a call that changes
 * state it says the change may have happened, and what to check, since a re-run could do it twice.
 */
export function unreadable(
  session: ApiSession,
  request: ApiRequest,
  response: ApiResponse | undefined,
  what: string
): never {
  const answer = response ? `${answerLine(response.status, request.method, response.url)} ${what}` : what
  if (request.method !== 'GET') {
    throw new OutcomeUnknownError(request.operation, answer, `${request.ifUncertain} ${notTheApi(session.names)}`)
  }
  throw new UnexpectedAnswerError(`${request.operation}: ${answer}. ${notTheApi(session.names)}`)
}

/** Sends the request and returns one field of the 2xx JSON answer, which must be there. */
export async function callForField(session: ApiSession, request: ApiRequest, field: string): Promise<unknown> {
  return (await callForObject(session, request, field))[field]
}

/** A JSON object or array, or undefined for anything else. */
export function parseJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' ? value : undefined
  } catch {
    return undefined
  }
}
