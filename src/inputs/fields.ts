// Readers of one input each: required, booleans, whole numbers, IDs, names, IP lists. Each throws
// an InputError that names the input and says what is expected; none echoes a secret.

import { isMongoId } from '../forms'
import { ipVersion } from './ip'
import type { InputReader } from './types'
import { InputError } from './types'

/** A 24-hex organization, project or migration ID; `why` says what it is needed for, when it is missing. */
export function parseId(
  read: InputReader,
  name: string,
  what: string,
  why = `the ${what} (24 hexadecimal characters)`
): string {
  const value = read(name)
  if (value === '') throw new InputError(`Input '${name}' is required: ${why}.`)
  if (!isMongoId(value)) {
    const article = /^[aeiou]/i.test(what) ? 'an' : 'a'
    throw new InputError(
      `Input '${name}' must be ${article} ${what} of 24 lowercase hexadecimal characters; got ${quote(value)}.`
    )
  }
  return value
}

export function parseIps(read: InputReader): string[] {
  const entries = read('access-list-ips')
    .split(/[\s,]+/)
    .map(entry => entry.replace(/^-\s*/, ''))
    .filter(entry => entry !== '' && entry !== '-')
  for (const entry of entries) {
    if (ipVersion(entry) === 0) {
      throw new InputError(
        `Input 'access-list-ips' must list IPv4 or IPv6 addresses separated by commas, spaces or newlines; ${quote(entry)} is not an IP address.`
      )
    }
  }
  return [...new Set(entries)]
}

// The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput reads them.
const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']
export function parseBoolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name)
  if (value === '') return fallback
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new InputError(`Input '${name}' must be true or false; got ${quote(value)}.`)
}

export function parseInteger(read: InputReader, name: string, fallback: number, min: number, max: number): number {
  const value = read(name)
  if (value === '') return fallback
  const number = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max)) {
    throw new InputError(
      `Input '${name}' must be a whole number of seconds from ${min} to ${max}; got ${quote(value)}.`
    )
  }
  return number
}

export function required(read: InputReader, name: string, what: string): string {
  const value = read(name)
  if (value === '') throw new InputError(`Input '${name}' is required: ${what}.`)
  return value
}

/** A key or client ID goes into an Authorization header: printable ASCII without quotes or colons. */
export function identifier(read: InputReader, name: string, what: string): string {
  const value = required(read, name, what)
  if (!/^[\x21-\x7e]+$/.test(value) || /["':\\]/.test(value)) {
    throw new InputError(
      `Input '${name}' must be ${what.replace(/^the /, 'a ')}: printable characters without spaces, quotes or colons.`
    )
  }
  return value
}

/** Quotes a (non-secret) input for an error message, cut short so a pasted blob stays one short line. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value
  return JSON.stringify(shown)
}

/** A name on one line: no control characters (checked by code point, not a regex of control characters). */
export const isName = (value: string): boolean =>
  value.length >= 1 && value.length <= 128 && [...value].every(c => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
