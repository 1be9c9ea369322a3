// What a mode's parser reads its inputs with: each call reads and checks one input (or one group,
// such as an endpoint), and every mode that reads it reads it the same way.

import { CREDENTIAL_NAMES, parseBaseUrl, parseCredentials, warnIfGovernment } from './endpoints'
import { identifier, isName, parseBoolean, parseId, parseInteger, parseIps, quote, required } from './fields'
import { ipVersion } from './ip'
import { parseMigrationInputs } from './migration'
import type { Endpoint, InputReader, MigrationInputs, MigrationWait, WaitFor, WaitForSync } from './types'
// (mode names are the registry's; the kit only quotes them)
import {
  DEFAULT_POLL_INTERVAL_SECONDS,
  DEFAULT_WAIT_TIMEOUT_SECONDS,
  InputError,
  MAX_WAIT_TIMEOUT_SECONDS
} from './types'

const API_VERSION = /^\d{4}-\d{2}-\d{2}$/

export interface InputKit {
  read: InputReader
  /** Notes for the step's log: inputs set but unused, risky settings taken. */
  warnings: string[]
  /** A 24-hex ID; `why` says what it is needed for when it is missing. */
  id(name: string, what: string, why?: string): string
  orgId(name?: string, why?: string): string
  boolean(name: string, fallback: boolean): boolean
  required(name: string, what: string): string
  /** The Atlas (or, for the link modes, the Cloud Manager) host and credentials: base-url and one credential kind. */
  endpoint(ids: string): Endpoint
  /** Atlas for the migration modes, with a warning on Atlas for Government. */
  atlas(ids: string): Endpoint
  /**
   * The source side: source-base-url and a Cloud Manager / Ops Manager API key (create-and-link:
   * the source org's; the evidence: one that reads the source project). `ids` names the inputs a
   * 404 points at (default source-org-id).
   */
  sourceEndpoint(ids?: string): Endpoint
  apiVersion(): string | undefined
  accessListIps(): string[]
  waitForSync(): WaitForSync | undefined
  /** wait-for, wait-timeout-seconds and poll-interval-seconds; `allowed` lists wait-for values, the default first. */
  migrationWait(allowed: readonly WaitFor[]): MigrationWait
  migration(): MigrationInputs
  /** migration-host-ips: IPv4/IPv6 addresses or CIDR ranges. */
  hostAddresses(): string[]
  /** A file path in the workspace: relative, on one line, not leaving it through '..'. */
  path(name: string, what: string): string
}

export function inputKit(read: InputReader, mode: string, warnings: string[]): InputKit {
  const allowHttp = parseBoolean(read, 'allow-http', false)
  // Read whatever the mode, so a bad value fails even where it would not be used.
  const waitTimeoutSeconds = parseInteger(
    read,
    'wait-timeout-seconds',
    DEFAULT_WAIT_TIMEOUT_SECONDS,
    1,
    MAX_WAIT_TIMEOUT_SECONDS
  )
  const pollIntervalSeconds = parseInteger(read, 'poll-interval-seconds', DEFAULT_POLL_INTERVAL_SECONDS, 1, 86_400)
  const endpoint = (ids: string): Endpoint => {
    const baseUrl = parseBaseUrl(read, 'base-url', allowHttp, warnings)
    const credentials = parseCredentials(read)
    return {
      baseUrl,
      credentials,
      names: { baseUrl: 'base-url', orgId: 'org-id', ids, credentials: CREDENTIAL_NAMES[credentials.kind] }
    }
  }
  return {
    read,
    warnings,
    id: (name, what, why) => parseId(read, name, what, why),
    orgId: (name = 'org-id', why) => parseId(read, name, 'organization ID', why),
    boolean: (name, fallback) => parseBoolean(read, name, fallback),
    required: (name, what) => required(read, name, what),
    endpoint,
    atlas: ids => {
      const atlas = endpoint(ids)
      warnIfGovernment(atlas, warnings)
      return atlas
    },
    sourceEndpoint: (ids = 'source-org-id') => ({
      baseUrl: parseBaseUrl(read, 'source-base-url', allowHttp, warnings),
      credentials: {
        kind: 'api-key',
        publicKey: identifier(read, 'source-public-key', 'the public key of a Cloud Manager / Ops Manager API key'),
        privateKey: required(read, 'source-private-key', 'the private key of that API key')
      },
      names: {
        baseUrl: 'source-base-url',
        orgId: 'source-org-id',
        ids,
        credentials: 'source-public-key / source-private-key'
      }
    }),
    apiVersion: () => {
      const value = read('api-version')
      if (value !== '' && !API_VERSION.test(value)) {
        throw new InputError(
          `Input 'api-version' must be a date in the form YYYY-MM-DD (e.g. 2023-01-01); got ${quote(value)}.`
        )
      }
      return value || undefined
    },
    accessListIps: () => parseIps(read),
    waitForSync: () =>
      parseBoolean(read, 'wait-for-sync', false) ? { timeoutSeconds: waitTimeoutSeconds } : undefined,
    migrationWait: allowed => {
      const value = read('wait-for') || (allowed[0] as WaitFor)
      if (!(allowed as string[]).includes(value)) {
        throw new InputError(
          `Input 'wait-for' must be one of ${allowed.join(', ')} in mode ${mode}; got ${quote(value)}.`
        )
      }
      return { for: value as WaitFor, timeoutSeconds: waitTimeoutSeconds, pollIntervalSeconds }
    },
    migration: () => parseMigrationInputs(read, warnings),
    hostAddresses: () => parseAddresses(read, 'migration-host-ips'),
    path: (name, what) => parseWorkspacePath(read, name, what)
  }
}

/** Addresses or CIDR ranges, separated by commas, spaces or newlines. */
function parseAddresses(read: InputReader, name: string): string[] {
  const entries = read(name)
    .split(/[\s,]+/)
    .map(entry => entry.replace(/^-\s*/, ''))
    .filter(entry => entry !== '' && entry !== '-')
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/')
    const version = ipVersion(address)
    const bits = version === 4 ? 32 : 128
    if (version === 0 || (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= bits))) {
      throw new InputError(
        `Input '${name}' must list IPv4 or IPv6 addresses or CIDR ranges (203.0.113.7, 203.0.113.0/28), separated by commas, spaces or newlines; ${quote(entry)} is not one.`
      )
    }
  }
  return [...new Set(entries)]
}

/** A path relative to the workspace, as a repository's files are named: never absolute, never up and out. */
function parseWorkspacePath(read: InputReader, name: string, what: string): string {
  const value = required(read, name, what)
  const parts = value.split(/[\\/]/)
  if (!isName(value) || /^([A-Za-z]:)?[\\/]/.test(value) || parts.includes('..')) {
    throw new InputError(
      `Input '${name}' must be ${what}, such as migrations/plan.yml (no leading '/', no '..'); got ${quote(value)}.`
    )
  }
  return value
}
