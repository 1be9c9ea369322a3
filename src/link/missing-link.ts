import type { ApiError } from '../errors'

/**
 * The API's own answer that there is no link, and nothing else: a 404 the API itself sent (see
 * ApiError.fromApi) whose detail is about the link. With no link left, Atlas answers 404 "Could not
 * find the requested external organization link." in two real forms: errorCode UNEXPECTED_ERROR
 * with an X-Error-Code header (2026-08), and `"errorCode":null` with no such header (2025-03 to
 * 2026-06). A wrong org ID answers 404 with an organization error code; a wrong base-url answers
 * 404 with an HTML page, no body, JSON without the errorCode key, or a path error ("Cannot find
 * resource"). Only the first may count as "nothing to do".
 */
export function isMissingLink(err: ApiError): boolean {
  if (err.status !== 404 || !err.fromApi) return false
  if (/ORG(ANIZATION)?_NOT_FOUND|INVALID_ORG/.test(err.errorCode ?? '')) return false
  const detail = err.detail ?? ''
  return /\blink\b/i.test(detail) && !/organization with ID|cannot find resource/i.test(detail)
}
