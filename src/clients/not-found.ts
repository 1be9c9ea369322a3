import type { ApiError } from '../errors'

/**
 * A 404 about the link rather than the organization. With no link left, Atlas answers
 * 404 UNEXPECTED_ERROR "Could not find the requested external organization link."; a wrong org ID
 * answers 404 with an organization error code, which must still fail the step.
 */
export function isMissingLink(err: ApiError): boolean {
  if (err.status !== 404) return false
  if (err.errorCode && /ORG(ANIZATION)?_NOT_FOUND|INVALID_ORG/.test(err.errorCode)) return false
  return !/organization with ID/i.test(err.detail ?? '')
}
