// What the read-only clients share: the versioned media type, a GET request, every page of a
// paginated read, and readers of one field of an answer that never trust its type.
import { StepError } from '../errors'
import type { ReadRequest } from '../transport/http'
import type { ApiSession } from '../transport/session'
import { call, parseJson, unreadable } from './call'

/** Kept here too: the readers imported it from this file before path.ts had it. */
export { encoded } from './path'

/** Atlas's versioned media type: application/vnd.atlas.<date>+json. */
export const atlasMedia = (version: string): string => `application/vnd.atlas.${version}+json`

export function read(operation: string, path: string, accept: string): ReadRequest {
  return { operation, method: 'GET', path, accept }
}

export const PAGE_SIZE = 500
export const MAX_PAGES = 20

/**
 * Every `results[]` of a paginated read (`{links, results, totalCount}`), page after page until a
 * short page: `totalCount` is only an estimate. Stops with an error rather than read past maxPages.
 */
export async function readAllPages(
  session: ApiSession,
  request: ReadRequest,
  { itemsPerPage = PAGE_SIZE, maxPages = MAX_PAGES }: { itemsPerPage?: number; maxPages?: number } = {}
): Promise<unknown[]> {
  const all: unknown[] = []
  const separator = request.path.includes('?') ? '&' : '?'
  for (let pageNum = 1; pageNum <= maxPages; pageNum++) {
    const page: ReadRequest = {
      ...request,
      path: `${request.path}${separator}itemsPerPage=${itemsPerPage}&pageNum=${pageNum}`
    }
    const response = await call(session, page)
    const results = asRecord(parseJson(response.body))?.results
    if (!Array.isArray(results)) unreadable(session, page, response, "did not carry 'results' in its body")
    all.push(...results)
    if (results.length < itemsPerPage) return all
  }
  throw new StepError(
    `${request.operation}: stopped after ${maxPages} full pages of ${itemsPerPage} (${all.length} entries) with more to come; ` +
      'this action reads no more than that.'
  )
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined
export const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined)
export const number = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** The field of an answer's item as a non-empty string; otherwise the answer is not the API's. */
export function requiredText(
  session: ApiSession,
  request: ReadRequest,
  item: Record<string, unknown>,
  field: string,
  what: string
): string {
  const value = text(item[field])
  if (value === undefined) unreadable(session, request, undefined, `${what} did not carry '${field}' as a string`)
  return value
}
