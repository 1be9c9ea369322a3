// Turns the step's raw inputs into one validated, typed configuration.
// Pure: no I/O beyond the reader it is given, so every rule is unit-testable
// and a bad input fails the step before any request is sent.
import { isIP } from 'node:net'
import type { SettingNames } from './errors'

export const MODES = [
  'create-link-token',
  'link-org',
  'create-and-link',
  'link-status',
  'unlink-org',
  'delete-link-token'
] as const
export type Mode = (typeof MODES)[number]

/** Inputs whose values are credentials or tokens: masked before anything is logged. */
export const SECRET_INPUTS = [
  'private-key',
  'client-secret',
  'access-token',
  'link-token',
  'source-private-key'
] as const

export const DEFAULT_BASE_URL = 'https://cloud.mongodb.com'
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 300

export type Credentials =
  | { kind: 'api-key'; publicKey: string; privateKey: string }
  | { kind: 'service-account'; clientId: string; clientSecret: string }
  | { kind: 'access-token'; accessToken: string }

/** One API host and how to authenticate to it. */
export interface Endpoint {
  /** Origin plus any path prefix, without a trailing slash. */
  baseUrl: string
  credentials: Credentials
  /** The inputs this endpoint came from, so that an error names the one to check. */
  names: SettingNames
}

export interface WaitForSync {
  timeoutSeconds: number
}

interface Common {
  /** Organization the mode acts on (Atlas org, or source org for the Cloud Manager modes). */
  orgId: string
  requestTimeoutSeconds: number
  /** PEM certificates of private CAs to trust, besides Node's own (input ca-certificate). */
  caCertificates: string[]
  /** Notes on inputs that were set but have no effect in this mode. */
  warnings: string[]
}

export type ActionConfig = Common &
  (
    | { mode: 'create-link-token'; atlas: Endpoint; apiVersion?: string; accessListIps: string[] }
    | { mode: 'delete-link-token'; atlas: Endpoint; apiVersion?: string }
    | { mode: 'link-org'; source: Endpoint; linkToken: string; waitForSync?: WaitForSync }
    | { mode: 'link-status'; source: Endpoint }
    | { mode: 'unlink-org'; source: Endpoint }
    | {
        mode: 'create-and-link'
        atlas: Endpoint
        apiVersion?: string
        accessListIps: string[]
        sourceOrgId: string
        source: Endpoint
        waitForSync?: WaitForSync
        /** Delete the Atlas org's link tokens again when the link fails (the API has no per-token delete). */
        deleteTokenOnFailure: boolean
      }
  )

/** A bad input: the message names the input and says what is expected. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** Reads one input as the runner passes it (already trimmed). '' means unset. */
export type InputReader = (name: string) => string

const CREDENTIAL_NAMES: Record<Credentials['kind'], string> = {
  'api-key': 'public-key / private-key',
  'service-account': 'client-id / client-secret',
  'access-token': 'access-token'
}
const CREDENTIAL_INPUTS = ['public-key', 'private-key', 'client-id', 'client-secret', 'access-token']
const SOURCE_INPUTS = ['source-org-id', 'source-public-key', 'source-private-key', 'source-base-url']

/** Which optional inputs each mode reads; any other that is set earns a warning. */
const MODE_INPUTS: Record<Mode, string[]> = {
  'create-link-token': [...CREDENTIAL_INPUTS, 'base-url', 'api-version', 'access-list-ips'],
  'delete-link-token': [...CREDENTIAL_INPUTS, 'base-url', 'api-version'],
  'link-org': [...CREDENTIAL_INPUTS, 'base-url', 'link-token', 'wait-for-sync', 'wait-timeout-seconds'],
  'link-status': [...CREDENTIAL_INPUTS, 'base-url'],
  'unlink-org': [...CREDENTIAL_INPUTS, 'base-url'],
  'create-and-link': [
    ...CREDENTIAL_INPUTS,
    ...SOURCE_INPUTS,
    'base-url',
    'api-version',
    'access-list-ips',
    'wait-for-sync',
    'wait-timeout-seconds',
    'delete-token-on-failure'
  ]
}
const OPTIONAL_INPUTS = [...new Set(Object.values(MODE_INPUTS).flat())]

const ORG_ID = /^[a-f0-9]{24}$/
const API_VERSION = /^\d{4}-\d{2}-\d{2}$/

export function parseInputs(read: InputReader): ActionConfig {
  const mode = parseMode(read('mode'))
  const allowHttp = parseBoolean(read, 'allow-http', false)
  const orgId = parseOrgId(read, 'org-id')
  const common: Common = {
    orgId,
    requestTimeoutSeconds: parseInteger(read, 'request-timeout-seconds', DEFAULT_REQUEST_TIMEOUT_SECONDS, 1, 600),
    caCertificates: parseCertificates(read('ca-certificate')),
    warnings: OPTIONAL_INPUTS.filter(name => read(name) !== '' && !MODE_INPUTS[mode].includes(name)).map(
      name => `Input '${name}' is not used by mode '${mode}'; it is ignored.`
    )
  }
  const endpoint = (): Endpoint => {
    const baseUrl = parseBaseUrl(read, 'base-url', allowHttp, common.warnings)
    const credentials = parseCredentials(read)
    return {
      baseUrl,
      credentials,
      names: { baseUrl: 'base-url', orgId: 'org-id', credentials: CREDENTIAL_NAMES[credentials.kind] }
    }
  }
  // Read whatever the mode, so a bad value fails even where it would not be used.
  const waitTimeoutSeconds = parseInteger(read, 'wait-timeout-seconds', DEFAULT_WAIT_TIMEOUT_SECONDS, 1, 21600)
  const parseWait = (): WaitForSync | undefined =>
    parseBoolean(read, 'wait-for-sync', false) ? { timeoutSeconds: waitTimeoutSeconds } : undefined
  const apiVersion = (): string | undefined => {
    const value = read('api-version')
    if (value !== '' && !API_VERSION.test(value)) {
      throw new InputError(
        `Input 'api-version' must be a date in the form YYYY-MM-DD (e.g. 2023-01-01); got ${quote(value)}.`
      )
    }
    return value || undefined
  }

  switch (mode) {
    case 'create-link-token':
      return { ...common, mode, atlas: endpoint(), apiVersion: apiVersion(), accessListIps: parseIps(read) }
    case 'delete-link-token':
      return { ...common, mode, atlas: endpoint(), apiVersion: apiVersion() }
    case 'link-org':
      return {
        ...common,
        mode,
        source: endpoint(),
        linkToken: required(read, 'link-token', 'the link token from a create-link-token step'),
        waitForSync: parseWait()
      }
    case 'link-status':
    case 'unlink-org':
      return { ...common, mode, source: endpoint() }
    case 'create-and-link': {
      const sourceOrgId = parseOrgId(read, 'source-org-id')
      const deleteTokenOnFailure = parseBoolean(read, 'delete-token-on-failure', false)
      if (deleteTokenOnFailure) {
        common.warnings.push(
          `delete-token-on-failure is true: if the link fails, every link token of Atlas org ${orgId} is deleted, with its organization link (org-wide: other source organizations' links made with its tokens stop working).`
        )
      }
      return {
        ...common,
        mode,
        atlas: endpoint(),
        apiVersion: apiVersion(),
        accessListIps: parseIps(read),
        sourceOrgId,
        source: {
          baseUrl: parseBaseUrl(read, 'source-base-url', allowHttp, common.warnings),
          credentials: {
            kind: 'api-key',
            publicKey: identifier(read, 'source-public-key', 'the public key of a Cloud Manager / Ops Manager API key'),
            privateKey: required(read, 'source-private-key', 'the private key of that API key')
          },
          names: {
            baseUrl: 'source-base-url',
            orgId: 'source-org-id',
            credentials: 'source-public-key / source-private-key'
          }
        },
        waitForSync: parseWait(),
        deleteTokenOnFailure
      }
    }
  }
}

function parseMode(value: string): Mode {
  if ((MODES as readonly string[]).includes(value)) return value as Mode
  const expected = MODES.join(', ')
  if (value === '') throw new InputError(`Input 'mode' is required: one of ${expected}.`)
  throw new InputError(`Input 'mode' must be one of ${expected}; got ${quote(value)}.`)
}

function parseOrgId(read: InputReader, name: string): string {
  const value = read(name)
  if (value === '') {
    throw new InputError(`Input '${name}' is required: the 24-character hexadecimal organization ID.`)
  }
  if (!ORG_ID.test(value)) {
    throw new InputError(
      `Input '${name}' must be an organization ID of 24 lowercase hexadecimal characters; got ${quote(value)}.`
    )
  }
  return value
}

/** Exactly one credential kind; a half-given pair names the missing half. */
function parseCredentials(read: InputReader): Credentials {
  const given: Credentials[] = []
  const publicKey = read('public-key')
  const privateKey = read('private-key')
  if (publicKey || privateKey) {
    given.push({
      kind: 'api-key',
      publicKey: identifier(read, 'public-key', 'the public key that goes with private-key'),
      privateKey: required(read, 'private-key', 'the private key that goes with public-key')
    })
  }
  const clientId = read('client-id')
  const clientSecret = read('client-secret')
  if (clientId || clientSecret) {
    given.push({
      kind: 'service-account',
      clientId: identifier(read, 'client-id', 'the service account client ID that goes with client-secret'),
      clientSecret: required(read, 'client-secret', 'the service account secret that goes with client-id')
    })
  }
  const accessToken = read('access-token')
  if (accessToken) given.push({ kind: 'access-token', accessToken })

  const [only, ...others] = given
  if (!only) {
    throw new InputError(
      'No credentials: set exactly one of public-key + private-key (API key), client-id + client-secret (service account), or access-token.'
    )
  }
  if (others.length > 0) {
    throw new InputError(
      `More than one kind of credentials is set (${given.map(c => c.kind).join(', ')}): set exactly one of public-key + private-key, client-id + client-secret, or access-token.`
    )
  }
  return only
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]'])
function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

function parseBaseUrl(read: InputReader, name: string, allowHttp: boolean, warnings: string[]): string {
  const value = read(name) || DEFAULT_BASE_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      `Input '${name}' must be an absolute URL such as ${DEFAULT_BASE_URL} or https://opsmanager.example.com:8443; got ${quoteUrl(value)}.`
    )
  }
  if (url.username || url.password) {
    // Never echo the value: it holds credentials.
    throw new InputError(
      `Input '${name}' must not contain credentials (user:password@); pass them as public-key / private-key instead.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`Input '${name}' must start with https:// (or http://); got ${quoteUrl(value)}.`)
  }
  if (url.search || url.hash) {
    throw new InputError(`Input '${name}' must not have a query or fragment; got ${quoteUrl(value)}.`)
  }
  if (/\/api(\/|$)/i.test(url.pathname)) {
    throw new InputError(
      `Input '${name}' must be the host only, such as ${url.origin}: the action adds the API paths (/api/atlas/v2, /api/public/v1.0) itself; got ${quoteUrl(value)}.`
    )
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    if (!allowHttp) {
      throw new InputError(
        `Input '${name}' uses plain http:// to ${url.hostname}: credentials and tokens would cross the network unencrypted. Use https://, or set allow-http: true if this Ops Manager only serves HTTP.`
      )
    }
    warnings.push(
      `Input '${name}' uses plain http:// to ${url.hostname} (allowed by allow-http): traffic is not encrypted.`
    )
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----/g

/** PEM text: one or more certificate blocks, and nothing else but white space. */
function parseCertificates(value: string): string[] {
  if (value === '') return []
  const certificates = value.match(PEM_CERTIFICATE) ?? []
  if (certificates.length === 0 || value.replace(PEM_CERTIFICATE, '').trim() !== '') {
    throw new InputError(
      "Input 'ca-certificate' must be PEM text: one or more blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE----- (a CA certificate, not a key or a file path)."
    )
  }
  return certificates
}

function parseIps(read: InputReader): string[] {
  const entries = read('access-list-ips')
    .split(/[\s,]+/)
    .map(entry => entry.replace(/^-\s*/, ''))
    .filter(entry => entry !== '' && entry !== '-')
  for (const entry of entries) {
    if (isIP(entry) === 0) {
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
function parseBoolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name)
  if (value === '') return fallback
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new InputError(`Input '${name}' must be true or false; got ${quote(value)}.`)
}

function parseInteger(read: InputReader, name: string, fallback: number, min: number, max: number): number {
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

function required(read: InputReader, name: string, what: string): string {
  const value = read(name)
  if (value === '') throw new InputError(`Input '${name}' is required: ${what}.`)
  return value
}

/** A key or client ID goes into an Authorization header: printable ASCII without quotes or colons. */
function identifier(read: InputReader, name: string, what: string): string {
  const value = required(read, name, what)
  if (!/^[\x21-\x7e]+$/.test(value) || /["':\\]/.test(value)) {
    throw new InputError(
      `Input '${name}' must be ${what.replace(/^the /, 'a ')}: printable characters without spaces, quotes or colons.`
    )
  }
  return value
}

/**
 * Quotes a URL input for an error message, unless it has an @: user:password@ may hold a password,
 * and the runner masks only whole secrets, so no part of such a value is echoed.
 */
function quoteUrl(value: string): string {
  return value.includes('@') ? '(not shown: it contains @, as user:password@ would)' : quote(value)
}

/** Quotes a (non-secret) input for an error message, cut short so a pasted blob stays one short line. */
function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value
  return JSON.stringify(shown)
}
