import type { ApiError } from '../errors'

/**
 * The API's own answer that there is no link, and nothing else: a 404 with a JSON errorCode whose
 * detail is about the link. With no link left, Atlas answers 404 UNEXPECTED_ERROR "Could not find
 * the requested external organization link."; a wrong org ID answers 404 with an organization
 * error code; a wrong base-url answers 404 with an HTML page, no body, or JSON without an
 * errorCode (or a path error). Only the first may count as "nothing to do".
 */
export function isMissingLink(err: ApiError): boolean {
  if (err.status !== 404 || !err.fromApi) return false
  if (/ORG(ANIZATION)?_NOT_FOUND|INVALID_ORG/.test(err.errorCode ?? '')) return false
  const detail = err.detail ?? ''
  return /\blink\b/i.test(detail) && !/organization with ID|cannot find resource/i.test(detail)
}
