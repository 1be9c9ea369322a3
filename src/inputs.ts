// Turns the step's raw inputs into one validated, typed configuration.
// Pure: no I/O beyond the reader it is given, so every rule is unit-testable
// and a bad input fails the step before any request is sent.
import { isIP } from 'node:net'
import type { SettingNames } from './errors'

export const LINK_MODES = [
  'create-link-token',
  'link-org',
  'create-and-link',
  'link-status',
  'unlink-org',
  'delete-link-token'
] as const
export const MIGRATION_MODES = [
  'list-migration-sources',
  'validate-migration',
  'start-migration',
  'migration-status',
  'cutover'
] as const
export const MODES = [...LINK_MODES, ...MIGRATION_MODES] as const
export type Mode = (typeof MODES)[number]

/** Inputs whose values are credentials or tokens: masked before anything is logged. */
export const SECRET_INPUTS = [
  'private-key',
  'client-secret',
  'access-token',
  'link-token',
  'source-private-key',
  'source-password'
] as const

export const DEFAULT_BASE_URL = 'https://cloud.mongodb.com'
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 300
/** Five days: the longest a self-hosted job may run (GitHub-hosted jobs end at 6 hours). */
export const MAX_WAIT_TIMEOUT_SECONDS = 432_000
export const DEFAULT_POLL_INTERVAL_SECONDS = 60

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
  requestTimeoutSeconds: number
  /** PEM certificates of private CAs to trust, besides Node's own (input ca-certificate). */
  caCertificates: string[]
  /** Notes on inputs that were set but have no effect in this mode. */
  warnings: string[]
}

/** What a migration mode waits for after its own call. */
export type WaitFor = 'none' | 'ready-for-cutover' | 'complete'
export interface MigrationWait {
  for: WaitFor
  timeoutSeconds: number
  pollIntervalSeconds: number
}

export type HostnameSchemaType = 'PUBLIC' | 'PRIVATE_LINK' | 'VPC_PEERING'

/** The migration request as the inputs give it; discovery fills what is left out. */
export interface MigrationInputs {
  /** Destination Atlas cluster. */
  clusterName: string
  sourceClusterName: string
  sourceProjectId?: string
  migrationHost?: string
  sourceSsl?: boolean
  sourceCaCertificatePath?: string
  /** Absent: Automation manages the source's authentication (managedAuthentication true). */
  sourceCredentials?: { username: string; password: string }
  dropDestinationData: boolean
  hostnameSchemaType: HostnameSchemaType
  privateLinkId?: string
  sharding?: ShardingInput
}

export interface ShardingInput {
  createSupportingIndexes: boolean
  shardingEntries: { database: string; collection: string; shardCollection: { key: Record<string, number>[] } }[]
}

/** Link modes: the organization they act on (Atlas org, or the source org for the Cloud Manager modes). */
type Org = { orgId: string }

export type ActionConfig = Common &
  (
    | (Org & { mode: 'create-link-token'; atlas: Endpoint; apiVersion?: string; accessListIps: string[] })
    | (Org & { mode: 'delete-link-token'; atlas: Endpoint; apiVersion?: string })
    | (Org & { mode: 'link-org'; source: Endpoint; linkToken: string; waitForSync?: WaitForSync })
    | (Org & { mode: 'link-status'; source: Endpoint })
    | (Org & { mode: 'unlink-org'; source: Endpoint })
    | (Org & { mode: 'list-migration-sources'; atlas: Endpoint })
    | {
        mode: 'validate-migration'
        atlas: Endpoint
        projectId: string
        /** Only for discovery (availableProjects is org-scoped). */
        orgId?: string
        migration: MigrationInputs
        wait: MigrationWait
      }
    | {
        mode: 'start-migration'
        atlas: Endpoint
        projectId: string
        orgId?: string
        migration: MigrationInputs
        skipValidation: boolean
        wait: MigrationWait
      }
    | { mode: 'migration-status'; atlas: Endpoint; projectId: string; migrationId: string; wait: MigrationWait }
    | { mode: 'cutover'; atlas: Endpoint; projectId: string; migrationId: string; wait: MigrationWait }
    | (Org & {
        mode: 'create-and-link'
        atlas: Endpoint
        apiVersion?: string
        accessListIps: string[]
        sourceOrgId: string
        source: Endpoint
        waitForSync?: WaitForSync
        /** Delete the Atlas org's link tokens again when the link fails (the API has no per-token delete). */
        deleteTokenOnFailure: boolean
      })
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
const MIGRATION_REQUEST_INPUTS = [
  'org-id',
  'project-id',
  'cluster-name',
  'source-project-id',
  'source-cluster-name',
  'migration-host',
  'source-ssl',
  'source-ca-certificate-path',
  'source-username',
  'source-password',
  'drop-destination-data',
  'hostname-schema-type',
  'private-link-id',
  'sharding',
  'wait-timeout-seconds',
  'poll-interval-seconds'
]

/** Which optional inputs each mode reads; any other that is set earns a warning. */
const MODE_INPUTS: Record<Mode, string[]> = {
  'create-link-token': ['org-id', ...CREDENTIAL_INPUTS, 'base-url', 'api-version', 'access-list-ips'],
  'delete-link-token': ['org-id', ...CREDENTIAL_INPUTS, 'base-url', 'api-version'],
  'link-org': ['org-id', ...CREDENTIAL_INPUTS, 'base-url', 'link-token', 'wait-for-sync', 'wait-timeout-seconds'],
  'link-status': ['org-id', ...CREDENTIAL_INPUTS, 'base-url'],
  'unlink-org': ['org-id', ...CREDENTIAL_INPUTS, 'base-url'],
  'create-and-link': [
    'org-id',
    ...CREDENTIAL_INPUTS,
    ...SOURCE_INPUTS,
    'base-url',
    'api-version',
    'access-list-ips',
    'wait-for-sync',
    'wait-timeout-seconds',
    'delete-token-on-failure'
  ],
  'list-migration-sources': ['org-id', ...CREDENTIAL_INPUTS, 'base-url'],
  'validate-migration': [...CREDENTIAL_INPUTS, 'base-url', ...MIGRATION_REQUEST_INPUTS],
  'start-migration': [...CREDENTIAL_INPUTS, 'base-url', ...MIGRATION_REQUEST_INPUTS, 'skip-validation', 'wait-for'],
  'migration-status': [
    ...CREDENTIAL_INPUTS,
    'base-url',
    'project-id',
    'migration-id',
    'wait-for',
    'wait-timeout-seconds',
    'poll-interval-seconds'
  ],
  cutover: [
    ...CREDENTIAL_INPUTS,
    'base-url',
    'project-id',
    'migration-id',
    'wait-for',
    'wait-timeout-seconds',
    'poll-interval-seconds',
    'confirm-writes-stopped'
  ]
}
/** The wait-for values each migration mode accepts, the default first. */
const WAIT_FOR: Partial<Record<Mode, WaitFor[]>> = {
  'start-migration': ['none', 'ready-for-cutover'],
  'migration-status': ['none', 'ready-for-cutover', 'complete'],
  cutover: ['complete', 'none']
}
const OPTIONAL_INPUTS = [...new Set(Object.values(MODE_INPUTS).flat())]

const ORG_ID = /^[a-f0-9]{24}$/
const API_VERSION = /^\d{4}-\d{2}-\d{2}$/

export function parseInputs(read: InputReader): ActionConfig {
  const mode = parseMode(read('mode'))
  const allowHttp = parseBoolean(read, 'allow-http', false)
  // Link modes and list-migration-sources act on an org; the other migration modes on a project.
  const needsOrg = (LINK_MODES as readonly string[]).includes(mode) || mode === 'list-migration-sources'
  const orgId = needsOrg ? parseOrgId(read, 'org-id') : ''
  const common: Common = {
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
      names: {
        baseUrl: 'base-url',
        orgId: 'org-id',
        ids: idInputs(mode),
        credentials: CREDENTIAL_NAMES[credentials.kind]
      }
    }
  }
  // Read whatever the mode, so a bad value fails even where it would not be used.
  const waitTimeoutSeconds = parseInteger(
    read,
    'wait-timeout-seconds',
    DEFAULT_WAIT_TIMEOUT_SECONDS,
    1,
    MAX_WAIT_TIMEOUT_SECONDS
  )
  const pollIntervalSeconds = parseInteger(read, 'poll-interval-seconds', DEFAULT_POLL_INTERVAL_SECONDS, 1, 86_400)
  const migrationWait = (): MigrationWait => ({
    for: parseWaitFor(read, mode),
    timeoutSeconds: waitTimeoutSeconds,
    pollIntervalSeconds
  })
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

  if (mode !== 'cutover' && read('confirm-writes-stopped') !== '') parseBoolean(read, 'confirm-writes-stopped', false)
  switch (mode) {
    case 'create-link-token':
      return { ...common, orgId, mode, atlas: endpoint(), apiVersion: apiVersion(), accessListIps: parseIps(read) }
    case 'delete-link-token':
      return { ...common, orgId, mode, atlas: endpoint(), apiVersion: apiVersion() }
    case 'list-migration-sources':
      return { ...common, orgId, mode, atlas: endpoint() }
    case 'validate-migration':
    case 'start-migration': {
      const projectId = parseId(read, 'project-id', 'destination Atlas project ID')
      const migration = parseMigrationInputs(read, common.warnings)
      // Discovery reads the org-scoped availableProjects: it needs the Atlas org.
      const discovering =
        migration.sourceProjectId === undefined ||
        migration.migrationHost === undefined ||
        migration.sourceSsl === undefined
      const org = read('org-id') !== '' || discovering ? parseOrgId(read, 'org-id', DISCOVERY_NEEDS_ORG) : undefined
      const atlas = endpoint()
      warnIfGovernment(atlas, common.warnings)
      const request = { ...common, atlas, projectId, orgId: org, migration, wait: migrationWait() }
      return mode === 'validate-migration'
        ? { ...request, mode }
        : { ...request, mode, skipValidation: parseBoolean(read, 'skip-validation', false) }
    }
    case 'migration-status':
    case 'cutover': {
      const projectId = parseId(read, 'project-id', 'destination Atlas project ID')
      const migrationId = parseId(read, 'migration-id', 'migration ID that start-migration output')
      if (mode === 'cutover' && !parseBoolean(read, 'confirm-writes-stopped', false)) {
        throw new InputError(
          "Mode cutover needs confirm-writes-stopped: true: stop writes to the source cluster first. Cut-over ends the sync from the source; MongoDB's UI asks for this confirmation and the API has none, so the action does. Nothing was sent."
        )
      }
      const atlas = endpoint()
      warnIfGovernment(atlas, common.warnings)
      return { ...common, mode, atlas, projectId, migrationId, wait: migrationWait() }
    }
    case 'link-org':
      return {
        ...common,
        orgId,
        mode,
        source: endpoint(),
        linkToken: required(read, 'link-token', 'the link token from a create-link-token step'),
        waitForSync: parseWait()
      }
    case 'link-status':
    case 'unlink-org':
      return { ...common, orgId, mode, source: endpoint() }
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
        orgId,
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
            ids: 'source-org-id',
            credentials: 'source-public-key / source-private-key'
          }
        },
        waitForSync: parseWait(),
        deleteTokenOnFailure
      }
    }
  }
}

/** The ID inputs a mode's calls are addressed by, for a 404's hint. */
function idInputs(mode: Mode): string {
  if (mode === 'migration-status' || mode === 'cutover') return 'project-id and migration-id'
  if (mode === 'validate-migration' || mode === 'start-migration') return 'project-id'
  return 'org-id'
}

function parseMode(value: string): Mode {
  if ((MODES as readonly string[]).includes(value)) return value as Mode
  const expected = MODES.join(', ')
  if (value === '') throw new InputError(`Input 'mode' is required: one of ${expected}.`)
  throw new InputError(`Input 'mode' must be one of ${expected}; got ${quote(value)}.`)
}

const DISCOVERY_NEEDS_ORG =
  'the Atlas organization ID, to discover source-project-id, migration-host and source-ssl from source-cluster-name (or give all three)'

function parseOrgId(read: InputReader, name: string, why?: string): string {
  return parseId(read, name, 'organization ID', why)
}

/** A 24-hex organization, project or migration ID; `why` says what it is needed for, when it is missing. */
function parseId(
  read: InputReader,
  name: string,
  what: string,
  why = `the ${what} (24 hexadecimal characters)`
): string {
  const value = read(name)
  if (value === '') throw new InputError(`Input '${name}' is required: ${why}.`)
  if (!ORG_ID.test(value)) {
    const article = /^[aeiou]/i.test(what) ? 'an' : 'a'
    throw new InputError(
      `Input '${name}' must be ${article} ${what} of 24 lowercase hexadecimal characters; got ${quote(value)}.`
    )
  }
  return value
}

function parseWaitFor(read: InputReader, mode: Mode): WaitFor {
  const allowed = WAIT_FOR[mode] ?? ['none']
  const value = read('wait-for') || (allowed[0] as WaitFor)
  if (!(allowed as string[]).includes(value)) {
    throw new InputError(`Input 'wait-for' must be one of ${allowed.join(', ')} in mode ${mode}; got ${quote(value)}.`)
  }
  return value as WaitFor
}

const HOSTNAME_SCHEMA_TYPES: HostnameSchemaType[] = ['PUBLIC', 'PRIVATE_LINK', 'VPC_PEERING']
/** A name on one line: no control characters (checked by code point, not a regex of control characters). */
const isName = (value: string): boolean =>
  value.length >= 1 && value.length <= 128 && [...value].every(c => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
const HOST = /^[A-Za-z0-9.:[\]_-]{1,253}$/

/** The migration request's inputs, each checked; what discovery fills may be left out. */
function parseMigrationInputs(read: InputReader, warnings: string[]): MigrationInputs {
  const name = (input: string, what: string): string => {
    const value = required(read, input, what)
    if (!isName(value)) throw new InputError(`Input '${input}' must be ${what.replace(/^the /, 'a ')}, on one line.`)
    return value
  }
  const clusterName = name('cluster-name', 'the name of the destination Atlas cluster')
  const sourceClusterName = name('source-cluster-name', 'the name of the source cluster in Cloud Manager / Ops Manager')
  const sourceProjectId = read('source-project-id')
    ? parseId(read, 'source-project-id', 'source (Cloud Manager / Ops Manager) project ID')
    : undefined
  const migrationHost = read('migration-host') || undefined
  if (migrationHost !== undefined && !HOST.test(migrationHost)) {
    throw new InputError(
      `Input 'migration-host' must be the host name of the migration host, as Cloud Manager lists it; got ${quote(migrationHost)}.`
    )
  }
  const caPath = read('source-ca-certificate-path') || undefined
  let sourceSsl = read('source-ssl') === '' ? undefined : parseBoolean(read, 'source-ssl', false)
  if (caPath !== undefined) {
    if (sourceSsl === false) {
      throw new InputError("Input 'source-ca-certificate-path' needs TLS: remove source-ssl: false, or the CA path.")
    }
    sourceSsl = true
  }
  const username = read('source-username')
  const password = read('source-password')
  if ((username === '') !== (password === '')) {
    throw new InputError(
      `Input '${username === '' ? 'source-username' : 'source-password'}' is required with ${username === '' ? 'source-password' : 'source-username'}: give both (a SCRAM user of the source), or neither when Automation manages the source's authentication.`
    )
  }
  const dropDestinationData = parseBoolean(read, 'drop-destination-data', false)
  const hostnameSchemaType = (read('hostname-schema-type') || 'PUBLIC') as HostnameSchemaType
  if (!HOSTNAME_SCHEMA_TYPES.includes(hostnameSchemaType)) {
    throw new InputError(
      `Input 'hostname-schema-type' must be one of ${HOSTNAME_SCHEMA_TYPES.join(', ')}; got ${quote(hostnameSchemaType)}.`
    )
  }
  const privateLinkId = read('private-link-id') || undefined
  if (hostnameSchemaType === 'PRIVATE_LINK' && !privateLinkId) {
    throw new InputError(
      "Input 'private-link-id' is required with hostname-schema-type: PRIVATE_LINK: the private endpoint's ID."
    )
  }
  if (hostnameSchemaType !== 'PRIVATE_LINK' && privateLinkId) {
    throw new InputError(
      `Input 'private-link-id' goes only with hostname-schema-type: PRIVATE_LINK (it is ${hostnameSchemaType}).`
    )
  }
  if (dropDestinationData) {
    warnings.push(
      `drop-destination-data is true: every collection of the destination cluster '${clusterName}' is dropped before the migration starts.`
    )
  }
  return {
    clusterName,
    sourceClusterName,
    sourceProjectId,
    migrationHost,
    sourceSsl,
    sourceCaCertificatePath: caPath,
    sourceCredentials: username ? { username, password } : undefined,
    dropDestinationData,
    hostnameSchemaType,
    privateLinkId,
    sharding: parseSharding(read('sharding'))
  }
}

/** sharding: JSON {createSupportingIndexes, shardingEntries: [{database, collection, shardCollection: {key: [{field: 1}]}}]}. */
function parseSharding(value: string): ShardingInput | undefined {
  if (value === '') return undefined
  const fail = (why: string): never => {
    throw new InputError(
      `Input 'sharding' ${why}. Expected JSON such as {"createSupportingIndexes": true, "shardingEntries": [{"database": "db", "collection": "c", "shardCollection": {"key": [{"field": 1}]}}]}.`
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    return fail('is not valid JSON')
  }
  const object = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
  if (!object(parsed)) return fail('must be a JSON object')
  if (typeof parsed.createSupportingIndexes !== 'boolean') return fail('needs createSupportingIndexes: true or false')
  const entries = parsed.shardingEntries
  if (!Array.isArray(entries) || entries.length === 0) return fail('needs a non-empty shardingEntries array')
  const keys = new Set<string>()
  for (const [i, entry] of entries.entries()) {
    const at = `shardingEntries[${i}]`
    if (!object(entry)) return fail(`has ${at} that is not an object`)
    if (typeof entry.database !== 'string' || entry.database === '') return fail(`needs ${at}.database`)
    if (typeof entry.collection !== 'string' || entry.collection === '') return fail(`needs ${at}.collection`)
    const key = object(entry.shardCollection) ? entry.shardCollection.key : undefined
    if (!Array.isArray(key) || key.length === 0) return fail(`needs ${at}.shardCollection.key, a non-empty array`)
    for (const field of key) {
      if (
        !object(field) ||
        Object.keys(field).length !== 1 ||
        !Object.values(field).every(v => v === 1 || v === 'hashed')
      ) {
        return fail(`has ${at}.shardCollection.key entries that are not {"field": 1} (or "hashed")`)
      }
    }
    const namespace = `${entry.database}.${entry.collection}`
    if (keys.has(namespace)) return fail(`lists ${namespace} twice`)
    keys.add(namespace)
  }
  return parsed as unknown as ShardingInput
}

/** The Atlas CLI refuses every live-migration call on Atlas for Government. */
function warnIfGovernment(endpoint: Endpoint, warnings: string[]): void {
  if (/(^|\.)mongodbgov\.com$/i.test(new URL(endpoint.baseUrl).hostname)) {
    warnings.push(
      'base-url is Atlas for Government: the Atlas CLI refuses live migration there, and it may not be available; the calls are made all the same.'
    )
  }
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
