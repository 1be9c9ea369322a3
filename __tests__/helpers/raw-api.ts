// Raw reads of the stand-in, as an HTTP client without the action's transport would send them:
// a bearer token, a versioned Accept, the status, headers and JSON that come back.
import { expect } from 'vitest'
import { ACCESS_TOKEN } from './fixtures.ts'

export interface RawAnswer {
  status: number
  headers: Headers
  // biome-ignore lint/suspicious/noExplicitAny: the tests read answers of every shape
  json: any
}

/** GET `url + path` at the version `date` (application/vnd.atlas.<date>+json). */
export async function rawGet(
  url: string,
  path: string,
  date = '2023-01-01',
  init: RequestInit = {}
): Promise<RawAnswer> {
  const res = await fetch(`${url}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${ACCESS_TOKEN}`,
      accept: `application/vnd.atlas.${date}+json`,
      ...(init.headers as Record<string, string>)
    }
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : {} }
}

/** Atlas's error form: the status, the errorCode in the body and in X-Error-Code, and the detail if given. */
export function expectApiError(raw: RawAnswer, status: number, errorCode: string, detail?: string): void {
  expect(raw.status).toBe(status)
  expect(raw.headers.get('x-error-code')).toBe(errorCode)
  expect(raw.json).toMatchObject({ error: status, errorCode, ...(detail ? { detail } : {}) })
}
