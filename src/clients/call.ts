// Where an API answer is judged: a 2xx is success, anything else becomes an ApiError with the API's own words.
import { ApiError } from '../errors'
import { isSuccess } from '../transport/http'
import type { ApiRequest, ApiResponse } from '../transport/http'
import type { ApiSession } from '../transport/session'

export async function call(session: ApiSession, request: ApiRequest): Promise<ApiResponse> {
  const response = await session.send(request)
  if (!isSuccess(response.status)) {
    throw ApiError.fromResponse(request.operation, request.method, response)
  }
  return response
}

/** Parses a 2xx body and checks that it holds the field the caller needs. */
export function jsonField(request: ApiRequest, response: ApiResponse, field: string): unknown {
  let value: unknown
  try {
    value = (JSON.parse(response.body) as Record<string, unknown>)[field]
  } catch {
    value = undefined
  }
  if (value === undefined || value === null || value === '') {
    throw new Error(
      `${request.operation}: HTTP ${response.status} from ${request.method} ${new URL(response.url).pathname} did not carry '${field}' in its body. Check base-url: it must be the API host.`
    )
  }
  return value
}
