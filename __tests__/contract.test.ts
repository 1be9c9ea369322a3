// Contract: every request the bundled action sends, in every mode, checked against the documented
// API (MongoDB's OpenAPI files, read from MONGODB_OPENAPI_DIR, and MongoDB's documented OAuth calls):
// path, method, Accept, Content-Type, body (validated with Ajv), query and path parameters and
// authorization. The stand-in can't drift from the documented API unnoticed. MongoDB's spec is not
// part of this repository: without the variable the whole file is skipped, with one line saying how
// to run it.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv, { type ValidateFunction } from 'ajv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeApi, RecordedRequest } from '../test-server/fake-api.ts'
import { runAction } from '../test-server/run-action.ts'
import {
  ATLAS_ORG,
  CREDENTIALS,
  ATLAS_PROJECT as PROJECT,
  SOURCE_API_KEY,
  SOURCE_ORG,
  SOURCE_PROJECT,
  startFakeApi
} from './helpers/fixtures.ts'

/**
 * The directory holding MongoDB's spec: the Atlas Admin API v2 operations, either MongoDB's whole
 * published file (`openapi/v2.json` of https://github.com/mongodb/openapi) or an extract of the
 * live-migration operations; the pre-flight reads, in that whole file or an extract of them; and,
 * optionally, the Cloud Manager link calls, for which MongoDB publishes no OpenAPI file.
 */
const SPEC_DIR = process.env.MONGODB_OPENAPI_DIR
const ATLAS_FILES = ['atlas-live-migration-openapi.json', 'v2.json']
const CLOUD_MANAGER_FILE = 'cloud-manager-migration-link-openapi.json'
/** The pre-flight reads: in MongoDB's whole file when it is there, else in an extract of them. */
const PREFLIGHT_FILES = ['v2.json', 'atlas-preflight-openapi.json']
const CLOUD_MANAGER_PREFIX = '/api/public/v1.0'
const inSpecDir = (names: string[]): string | undefined =>
  SPEC_DIR ? names.map(name => resolve(SPEC_DIR, name)).find(path => existsSync(path)) : undefined
const atlasFile = inSpecDir(ATLAS_FILES)
const cloudManagerFile = inSpecDir([CLOUD_MANAGER_FILE])

/**
 * The pre-flight reads, by method and path (mode preflight, with hostname-schema-type PUBLIC,
 * PRIVATE_LINK and VPC_PEERING; the stand-in's clusters, access list, endpoint services, peerings
 * and containers).
 */
const PREFLIGHT_USED = [
  'GET /api/atlas/v2/groups/{}', // getGroup
  'GET /api/atlas/v2/groups/{}/clusters/{}', // getGroupCluster
  'GET /api/atlas/v2/groups/{}/clusters/{}/processArgs', // getGroupClusterProcessArgs
  'GET /api/atlas/v2/groups/{}/accessList', // listGroupAccessListEntries
  'GET /api/atlas/v2/groups/{}/accessList/{}/status', // getGroupAccessListStatus
  'GET /api/atlas/v2/groups/{}/events', // listGroupEvents
  'GET /api/atlas/v2/groups/{}/maintenanceWindow', // getGroupMaintenanceWindow
  'GET /api/atlas/v2/groups/{}/privateEndpoint/{}/endpointService', // listGroupPrivateEndpointEndpointService
  'GET /api/atlas/v2/groups/{}/privateEndpoint/{}/endpointService/{}/endpoint/{}', // getGroupPrivateEndpointEndpointServiceEndpoint
  'GET /api/atlas/v2/groups/{}/peers', // listGroupPeers
  'GET /api/atlas/v2/groups/{}/containers/all', // listGroupContainerAll
  'GET /api/atlas/v2/groups/{}/processes', // listGroupProcesses
  'GET /api/atlas/v2/groups/{}/processes/{}/disks', // listGroupProcessDisks
  'GET /api/atlas/v2/groups/{}/processes/{}/disks/{}/measurements', // getGroupProcessDiskMeasurements
  'GET /api/atlas/v2/groups/{}/processes/{}/databases' // listGroupProcessDatabases
]

/** A JSON Schema as Ajv takes it: an object, or true/false. */
type JsonSchema = Record<string, unknown> | boolean

interface Operation {
  /** The operationId, for messages. */
  name: string
  /** METHOD and path with its parameters as {}: stable across revisions of MongoDB's spec. */
  key: string
  method: string
  path: RegExp
  /** The media types of its success answer: the versions the operation has. */
  accepts: string[]
  /** Request media types and their schemas (JSON Schema, compiled on first use). */
  bodies?: Record<string, JsonSchema>
  bodyRequired?: boolean
  /**
   * The query parameters it declares, each with its schema (its type turns the text into a value),
   * and all of them as one JSON Schema for the query's fields. Absent for the OAuth calls.
   */
  query?: { params: Record<string, Record<string, unknown>>; schema: JsonSchema }
  /** Its path parameters in template order, each with the pattern and the values the spec gives it (if any). */
  pathParams?: { name: string; pattern?: RegExp; values?: string[] }[]
  /** Form fields for the OAuth calls (MongoDB's service-account token and revoke calls). */
  form?: Record<string, RegExp>
  authorization: RegExp
}

/** An OpenAPI operation object, as far as this test reads it. */
interface SpecOperation {
  operationId: string
  parameters?: unknown[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> }
  responses: Record<string, { content?: Record<string, unknown> }>
}
interface Spec {
  paths: Record<string, Record<string, SpecOperation>>
  components?: { schemas?: Record<string, unknown>; parameters?: Record<string, unknown> }
}
interface SpecParameter {
  name: string
  in: string
  required?: boolean
  schema?: Record<string, unknown>
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options'])
const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`

const specs = new Map<string, Spec>()
/** A spec file, parsed once (MongoDB's whole file is large). */
function readSpec(file: string): Spec {
  let spec = specs.get(file)
  if (!spec) {
    spec = JSON.parse(readFileSync(file, 'utf8')) as Spec
    specs.set(file, spec)
  }
  return spec
}
/** Whether the spec documents every one of these operations. */
function documents(spec: Spec, keys: string[]): boolean {
  const documented = new Set(
    Object.entries(spec.paths).flatMap(([template, methods]) =>
      Object.keys(methods)
        .filter(method => METHODS.has(method))
        .map(method => keyOf(method, template))
    )
  )
  return keys.every(key => documented.has(key))
}
/** The first of PREFLIGHT_FILES that documents every pre-flight read. */
const preflightFile = atlasFile
  ? PREFLIGHT_FILES.map(name => inSpecDir([name])).find(file => file && documents(readSpec(file), PREFLIGHT_USED))
  : undefined

if (!atlasFile) {
  console.warn(
    "contract.test.ts skipped: run it with MONGODB_OPENAPI_DIR=<dir> npx vitest run __tests__/contract.test.ts, <dir> holding MongoDB's Atlas Admin API v2 OpenAPI spec as v2.json (openapi/v2.json of https://github.com/mongodb/openapi) or atlas-live-migration-openapi.json, and optionally atlas-preflight-openapi.json and cloud-manager-migration-link-openapi.json."
  )
} else {
  if (!cloudManagerFile) {
    console.warn(
      `contract.test.ts: no ${CLOUD_MANAGER_FILE} in MONGODB_OPENAPI_DIR, so the Cloud Manager link calls (${CLOUD_MANAGER_PREFIX}) are not checked.`
    )
  }
  if (!preflightFile) {
    console.warn(
      `contract.test.ts: neither ${PREFLIGHT_FILES.join(' nor ')} in MONGODB_OPENAPI_DIR documents the ${PREFLIGHT_USED.length} pre-flight reads (GET /api/atlas/v2/groups/{groupId}…), so they are not checked.`
    )
  }
}

/**
 * OpenAPI 3.0 schema → JSON Schema for a request body, for Ajv (which reads `nullable` itself, and
 * with `strict: false` ignores `example`, `x-…` and the other annotations):
 * - `$ref: '#/components/…'` points into the spec registered under `base`;
 * - a `readOnly` schema is `false` (a request may not carry it) and leaves `required`;
 * - an object with `properties` and no `additionalProperties` gets `additionalProperties: false`:
 *   a property the spec does not document is an error (not under allOf/anyOf/oneOf, where that
 *   would reject the other branches' properties);
 * - `nullable` without `type` (no meaning in OpenAPI 3.0, refused by Ajv) is dropped.
 */
function toJsonSchema(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map(item => toJsonSchema(item, base))
  if (node === null || typeof node !== 'object') return node
  const schema = node as Record<string, unknown>
  if (schema.readOnly === true) return false
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? base + value : toJsonSchema(value, base)
  }
  if (out.nullable === true && out.type === undefined) delete out.nullable
  const properties = out.properties as Record<string, unknown> | undefined
  if (properties && typeof properties === 'object' && !Array.isArray(properties)) {
    if (Array.isArray(out.required)) out.required = out.required.filter(name => properties[name] !== false)
    if (out.additionalProperties === undefined && !out.allOf && !out.anyOf && !out.oneOf) {
      out.additionalProperties = false
    }
  }
  return out
}

/**
 * The one place this test is more lenient than the spec: ShardKeys documents its key entries as
 * {field: {type: object}}, where MongoDB's own examples and mongosync send {"field": 1}. The field
 * name is checked, not its value.
 */
function allowShardKeyValues(schemas: Record<string, unknown>): void {
  const key = (schemas.ShardKeys as { properties?: { key?: { items?: Record<string, unknown> } } } | undefined)
    ?.properties?.key
  if (key?.items && typeof key.items === 'object') key.items.additionalProperties = {}
}

/**
 * A slip of the spec, not a leniency: EventTypeForNdsGroup says `type: object` beside a oneOf of
 * string enums, so no event type (a string, as the events call's eventType parameter takes it)
 * could match. Where every choice of a oneOf is a string, the object type goes.
 */
function dropObjectTypeOfStringChoices(schemas: Record<string, unknown>): void {
  for (const schema of Object.values(schemas)) {
    const s = schema as { type?: unknown; oneOf?: { type?: unknown }[] }
    if (s?.type === 'object' && Array.isArray(s.oneOf) && s.oneOf.every(choice => choice?.type === 'string'))
      delete s.type
  }
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
const validators = new Map<JsonSchema, ValidateFunction>()
/** Whether the body matches the schema, and Ajv's errors when it does not. */
function validate(schema: JsonSchema, body: unknown): { valid: boolean; errors: string } {
  let check = validators.get(schema)
  if (!check) {
    check = ajv.compile(schema)
    validators.set(schema, check)
  }
  const valid = check(body)
  return { valid, errors: valid ? '' : ajv.errorsText(check.errors) }
}

/** What `{$ref: '#/…'}` points at in the spec; anything else as it is. */
function resolveRef(spec: Spec, node: unknown): unknown {
  const ref = (node as { $ref?: unknown } | null)?.$ref
  if (typeof ref !== 'string') return node
  if (!ref.startsWith('#/')) return undefined
  return ref
    .slice(2)
    .split('/')
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], spec)
}

/** An operation's parameters: its path's, and its own (which replace a path's of the same name and place). */
function parametersOf(spec: Spec, pathItem: Record<string, unknown>, op: SpecOperation): SpecParameter[] {
  const byPlace = new Map<string, SpecParameter>()
  const declared = [...((pathItem.parameters as unknown[] | undefined) ?? []), ...(op.parameters ?? [])]
  for (const parameter of declared.map(raw => resolveRef(spec, raw) as SpecParameter | undefined)) {
    if (parameter?.name && parameter.in) byPlace.set(`${parameter.in} ${parameter.name}`, parameter)
  }
  return [...byPlace.values()]
}

const registered = new Set<string>()
/**
 * The spec's operations, with its components registered in Ajv under `base` (once per base). Path
 * parameters match 24 hexadecimal digits; with `only` (METHOD path keys), just those operations,
 * their path parameters matching any one segment that fits the pattern the spec gives them.
 */
function operationsOf(
  spec: Spec,
  base: string,
  prefix: string,
  accepts: (op: SpecOperation) => string[],
  only?: string[]
): Operation[] {
  if (!registered.has(base)) {
    const schemas = toJsonSchema(spec.components?.schemas ?? {}, base) as Record<string, unknown>
    allowShardKeyValues(schemas)
    dropObjectTypeOfStringChoices(schemas)
    ajv.addSchema({ $id: base, components: { schemas } })
    registered.add(base)
  }
  const operations: Operation[] = []
  for (const [template, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!METHODS.has(method)) continue // path-level parameters and x-… extensions
      const key = keyOf(method, prefix + template)
      if (only && !only.includes(key)) continue
      const bodies: Record<string, JsonSchema> = {}
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        bodies[type] = (media.schema === undefined ? true : toJsonSchema(media.schema, base)) as JsonSchema
      }
      const parameters = parametersOf(spec, methods as Record<string, unknown>, op)
      const inQuery = parameters.filter(parameter => parameter.in === 'query')
      const params = Object.fromEntries(inQuery.map(parameter => [parameter.name, parameter.schema ?? {}]))
      const pathNames = [...template.matchAll(/\{([^}]+)\}/g)].map(match => match[1] as string)
      const segment = only ? '([^/]+)' : '[a-f0-9]{24}'
      const literal = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      operations.push({
        name: op.operationId,
        key,
        method: method.toUpperCase(),
        path: new RegExp(
          `^${literal(prefix)}${template
            .split(/\{[^}]+\}/)
            .map(literal)
            .join(segment)}$`
        ),
        accepts: accepts(op),
        bodies: Object.keys(bodies).length > 0 ? bodies : undefined,
        bodyRequired: op.requestBody?.required === true,
        query: {
          params,
          schema: {
            type: 'object',
            properties: Object.fromEntries(
              Object.entries(params).map(([name, schema]) => [name, toJsonSchema(schema, base)])
            ),
            // The names are checked on their own (parameterProblems), with a message that names them.
            required: inQuery.filter(parameter => parameter.required).map(parameter => parameter.name)
          }
        },
        pathParams: only
          ? pathNames.map(name => {
              const schema = parameters.find(p => p.in === 'path' && p.name === name)?.schema
              const pattern = schema?.pattern
              const values = Array.isArray(schema?.enum) ? schema.enum.map(String) : undefined
              return { name, pattern: typeof pattern === 'string' ? new RegExp(pattern) : undefined, values }
            })
          : undefined,
        authorization: /^(Digest username="[^"]+", ?realm="MMS Public API",.*response="[0-9a-f]{32}"|Bearer \S+)/
      })
    }
  }
  return operations
}

/** A query value as its declared type reads it: a number or a boolean when the text is one, else the text. */
function typed(text: string, schema: Record<string, unknown> | undefined): unknown {
  if ((schema?.type === 'integer' || schema?.type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text)
  if (schema?.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true'
  return text
}

/**
 * What the request does against the operation beyond Accept, Content-Type, body schema and
 * authorization: a query parameter it does not declare or a value its schema refuses, a path
 * parameter its pattern or its enum refuses, a body where it takes none. Empty when there is nothing.
 */
function parameterProblems(request: Pick<RecordedRequest, 'path' | 'body'>, operation: Operation): string[] {
  const problems: string[] = []
  const [path, search = ''] = request.path.split('?') as [string, string?]
  if (operation.query) {
    const query = new URLSearchParams(search)
    const names = [...query.keys()]
    const undeclared = names.filter(name => !Object.hasOwn(operation.query?.params ?? {}, name))
    if (undeclared.length > 0) problems.push(`query parameters it does not declare: ${undeclared.join(', ')}`)
    // An array parameter (OpenAPI's default form style, exploded) is the one that may repeat.
    const isArray = (name: string) => operation.query?.params[name]?.type === 'array'
    const repeated = names.filter((name, i) => names.indexOf(name) !== i && !isArray(name))
    if (repeated.length > 0) problems.push(`a query parameter given twice: ${search}`)
    const values = Object.fromEntries(
      [...new Set(names)].map(name => {
        const schema = operation.query?.params[name]
        return isArray(name)
          ? [name, query.getAll(name).map(text => typed(text, schema?.items as Record<string, unknown> | undefined))]
          : [name, typed(query.get(name) as string, schema)]
      })
    )
    const result = validate(operation.query.schema, values)
    if (!result.valid) problems.push(`query ${search}: ${result.errors}`)
  }
  const segments = operation.path.exec(path)?.slice(1) ?? []
  for (const [i, { name, pattern, values }] of (operation.pathParams ?? []).entries()) {
    if (pattern && !pattern.test(segments[i] ?? ''))
      problems.push(`path parameter ${name} ${segments[i]} is not ${pattern}`)
    if (values && !values.includes(segments[i] ?? ''))
      problems.push(`path parameter ${name} ${segments[i]} is not one of ${values.join(', ')}`)
  }
  if (!operation.bodies && request.body) problems.push(`a body where it takes none: ${request.body.slice(0, 80)}`)
  return problems
}

/** The versioned types of an operation's success answer (its first 2xx). */
function atlasAccepts(op: SpecOperation): string[] {
  const success = Object.entries(op.responses).find(([code]) => code.startsWith('2'))?.[1]
  return Object.keys(success?.content ?? {})
}
/** The versioned types the operation's 200 answer offers. */
const okAccepts = (op: SpecOperation): string[] => Object.keys(op.responses['200']?.content ?? {})

const OAUTH: Operation[] = [
  {
    name: 'oauth token',
    key: 'POST /api/oauth/token',
    method: 'POST',
    path: /^\/api\/oauth\/token$/,
    accepts: ['application/json'],
    bodies: { 'application/x-www-form-urlencoded': true },
    form: { grant_type: /^client_credentials$/ },
    authorization: /^Basic [A-Za-z0-9+/=]+$/
  },
  {
    name: 'oauth revoke',
    key: 'POST /api/oauth/revoke',
    method: 'POST',
    path: /^\/api\/oauth\/revoke$/,
    accepts: ['application/json'],
    bodies: { 'application/x-www-form-urlencoded': true },
    form: { token: /^\S+$/, token_type_hint: /^access_token$/ },
    authorization: /^Basic [A-Za-z0-9+/=]+$/
  }
]

/** The operations the action uses, by method and path (operationIds change between spec revisions). */
const ATLAS_USED = [
  'POST /api/atlas/v2/orgs/{}/liveMigrations/linkTokens', // createOrgLiveMigrationLinkToken
  'DELETE /api/atlas/v2/orgs/{}/liveMigrations/linkTokens', // deleteOrgLiveMigrationLinkTokens
  'GET /api/atlas/v2/orgs/{}/liveMigrations/availableProjects', // listOrgLiveMigrationAvailableProjects
  'POST /api/atlas/v2/groups/{}/liveMigrations/validate', // validateGroupLiveMigrations
  'GET /api/atlas/v2/groups/{}/liveMigrations/validate/{}', // getGroupLiveMigrationValidateStatus
  'POST /api/atlas/v2/groups/{}/liveMigrations', // createGroupLiveMigration
  'GET /api/atlas/v2/groups/{}/liveMigrations/{}', // getGroupLiveMigration
  'PUT /api/atlas/v2/groups/{}/liveMigrations/{}/cutover', // cutoverGroupLiveMigration
  'POST /api/oauth/token',
  'POST /api/oauth/revoke'
]
/** Whether the request is one of the pre-flight reads (by their keys, so without their spec too). */
const PREFLIGHT_READS = PREFLIGHT_USED.map(key => {
  const [method, path] = key.split(' ') as [string, string]
  return { method, path: new RegExp(`^${path.replace(/\{\}/g, '[^/]+')}$`) }
})
const isPreflightRead = (r: RecordedRequest) =>
  PREFLIGHT_READS.some(read => read.method === r.method && read.path.test(r.path.split('?')[0] as string))
/** For mode preflight's private paths: an AWS endpoint (as the spec's vpce- pattern has it) and a container. */
const ENDPOINT_SERVICE_ID = '6650aa00bb11cc22dd33ee01'
const PRIVATE_LINK_ID = 'vpce-0123456789abcdef0'
const CONTAINER_ID = '6650aa00bb11cc22dd33ee02'
const CLOUD_MANAGER_USED = [
  `POST ${CLOUD_MANAGER_PREFIX}/orgs/{}/liveExport/migrationLink`, // connectOrganizations
  `DELETE ${CLOUD_MANAGER_PREFIX}/orgs/{}/liveExport/migrationLink`, // deleteConnection
  `GET ${CLOUD_MANAGER_PREFIX}/orgs/{}/liveExport/migrationLink/status` // connectionStatus
]

let api: FakeApi
const sent: RecordedRequest[] = []
let operations: Operation[]

describe.skipIf(!atlasFile)('every request matches the documented API', () => {
  beforeAll(async () => {
    const atlasBase = 'https://atlas.spec.invalid/'
    operations = [
      // First, so that they (with their own path parameters) answer for the pre-flight reads.
      ...(preflightFile
        ? operationsOf(
            readSpec(preflightFile),
            preflightFile === atlasFile ? atlasBase : 'https://atlas-preflight.spec.invalid/',
            '',
            okAccepts,
            PREFLIGHT_USED
          )
        : []),
      ...operationsOf(readSpec(atlasFile as string), atlasBase, '', atlasAccepts),
      ...(cloudManagerFile
        ? operationsOf(readSpec(cloudManagerFile), 'https://cloud-manager.spec.invalid/', CLOUD_MANAGER_PREFIX, () => [
            'application/json'
          ])
        : []),
      ...OAUTH
    ]
    api = await startFakeApi({
      notSyncedPolls: 1,
      atlasProjects: [PROJECT],
      availableProjects: {
        [ATLAS_ORG]: [
          {
            projectId: SOURCE_PROJECT,
            name: 'P',
            migrationHosts: ['mig.example.net'],
            deployments: [{ name: 'src', tlsEnabled: true, managed: true }]
          }
        ]
      },
      migration: { workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 0 },
      // For mode preflight: the destination, and an access list of two pages (500 a page) whose
      // last entries cover the migration host's addresses, so each has its status read.
      clusters: { [PROJECT]: [{ name: 'dest', mongoDBVersion: '7.0.20', oplogSizeMB: 50_000 }] },
      accessList: {
        [PROJECT]: [
          ...Array.from({ length: 500 }, (_, i) => ({ ipAddress: `10.1.${i >> 8}.${i & 255}` })),
          { ipAddress: '203.0.113.7' },
          { cidrBlock: '2001:db8:1::/48' }
        ]
      },
      // For hostname-schema-type PRIVATE_LINK and VPC_PEERING: an endpoint service, an AVAILABLE
      // endpoint of it and an AVAILABLE peering, all in the destination's AWS US_EAST_1.
      endpointServices: {
        [PROJECT]: [
          {
            id: ENDPOINT_SERVICE_ID,
            regionName: 'US_EAST_1',
            endpoints: [{ id: PRIVATE_LINK_ID, status: 'AVAILABLE' }]
          }
        ]
      },
      containers: { [PROJECT]: [{ id: CONTAINER_ID, regionName: 'US_EAST_1' }] },
      peers: { [PROJECT]: [{ containerId: CONTAINER_ID, status: 'AVAILABLE' }] }
    })
    const atlas = (kind: keyof typeof CREDENTIALS) => ({
      'org-id': ATLAS_ORG,
      'base-url': api.url,
      ...CREDENTIALS[kind]
    })
    const source = (kind: keyof typeof CREDENTIALS) => ({
      'org-id': SOURCE_ORG,
      'base-url': api.url,
      ...CREDENTIALS[kind]
    })
    const steps: Record<string, string>[] = [
      { mode: 'create-link-token', ...atlas('service-account'), 'access-list-ips': '10.0.0.1 2001:db8::1' },
      { mode: 'create-link-token', ...atlas('api-key') },
      { mode: 'delete-link-token', ...atlas('access-token') },
      {
        mode: 'create-and-link',
        ...atlas('api-key'),
        'source-org-id': SOURCE_ORG,
        'source-base-url': api.url,
        'source-public-key': SOURCE_API_KEY.publicKey,
        'source-private-key': SOURCE_API_KEY.privateKey,
        'wait-for-sync': 'true'
      },
      { mode: 'link-status', ...source('api-key') },
      { mode: 'unlink-org', ...source('access-token') }
    ]
    for (const inputs of steps) {
      const run = await runAction(inputs)
      if (run.code !== 0) throw new Error(`${inputs.mode} failed:\n${run.log}`)
    }
    const token = api.linkTokens.get(ATLAS_ORG)?.[0] as string
    const run = await runAction({ mode: 'link-org', ...source('service-account'), 'link-token': token })
    if (run.code !== 0) throw new Error(`link-org failed:\n${run.log}`)
    // The migration modes, with every optional part of the request body once.
    const migration = { 'project-id': PROJECT, 'base-url': api.url }
    const migrationSteps: Record<string, string>[] = [
      { mode: 'list-migration-sources', 'org-id': ATLAS_ORG, ...migration, ...CREDENTIALS['access-token'] },
      {
        mode: 'validate-migration',
        'org-id': ATLAS_ORG,
        ...migration,
        'cluster-name': 'dest',
        'source-cluster-name': 'src',
        'source-ca-certificate-path': '/etc/ssl/source-ca.pem',
        'source-username': 'migrator',
        'source-password': 'pw',
        'hostname-schema-type': 'PRIVATE_LINK',
        'private-link-id': 'vpce-0123',
        sharding:
          '{"createSupportingIndexes": true, "shardingEntries": [{"database": "d", "collection": "c", "shardCollection": {"key": [{"f": 1}]}}]}',
        ...CREDENTIALS['api-key']
      },
      {
        mode: 'start-migration',
        'org-id': ATLAS_ORG,
        ...migration,
        'cluster-name': 'dest',
        'source-cluster-name': 'src',
        ...CREDENTIALS['service-account']
      }
    ]
    for (const inputs of migrationSteps) {
      const step = await runAction(inputs)
      if (step.code !== 0) throw new Error(`${inputs.mode} failed:\n${step.log}`)
    }
    const preflightStep = {
      mode: 'preflight',
      ...atlas('api-key'),
      'project-id': PROJECT,
      'cluster-name': 'dest',
      'source-cluster-name': 'src',
      'migration-host-ips': '203.0.113.7 2001:db8:1::7'
    }
    // PUBLIC (the default), then the private paths: the endpoint private-link-id names, and a peering.
    for (const [inputs, check] of [
      [preflightStep, 'PF-11'],
      [{ ...preflightStep, 'hostname-schema-type': 'PRIVATE_LINK', 'private-link-id': PRIVATE_LINK_ID }, 'PF-12'],
      [{ ...preflightStep, 'hostname-schema-type': 'VPC_PEERING' }, 'PF-13']
    ] as const) {
      const preflight = await runAction(inputs)
      const report = JSON.parse(preflight.outputs['preflight-report'] ?? '[]') as { id: string; result: string }[]
      if (preflight.code !== 0 || report.find(c => c.id === check)?.result !== 'pass')
        throw new Error(`preflight (${check}) failed:\n${preflight.log}`)
    }
    const migrationId = [...api.migrations.keys()][0] as string
    for (const inputs of [
      { mode: 'migration-status', ...migration, 'migration-id': migrationId, ...CREDENTIALS['api-key'] },
      {
        mode: 'cutover',
        ...migration,
        'migration-id': migrationId,
        'confirm-writes-stopped': 'true',
        'poll-interval-seconds': '1',
        ...CREDENTIALS['access-token']
      }
    ]) {
      const step = await runAction(inputs)
      if (step.code !== 0) throw new Error(`${inputs.mode} failed:\n${step.log}`)
    }
    sent.push(...api.requests.filter(r => r.status !== 401 || r.headers.authorization))
  })
  afterAll(async () => {
    await api?.close()
  })

  /** The requests this run can check: all of them, or all but the calls whose spec file is missing. */
  const checked = () =>
    sent.filter(
      r =>
        (cloudManagerFile || !r.path.startsWith(`${CLOUD_MANAGER_PREFIX}/`)) && (preflightFile || !isPreflightRead(r))
    )

  it('sent requests for every operation the action uses', () => {
    const used = new Set(
      checked().map(
        r => operations.find(op => op.method === r.method && op.path.test(r.path.split('?')[0] as string))?.key
      )
    )
    expect([...used].sort()).toEqual(
      [...ATLAS_USED, ...(cloudManagerFile ? CLOUD_MANAGER_USED : []), ...(preflightFile ? PREFLIGHT_USED : [])].sort()
    )
  })

  it('checks each request: path, method, Accept, Content-Type, body, query, authorization', () => {
    expect(checked().length).toBeGreaterThanOrEqual(cloudManagerFile ? 12 : 9)
    // Pre-flight, PUBLIC: the project, the cluster, its processArgs, two access-list pages, two
    // statuses, the import events and the maintenance window; PRIVATE_LINK and VPC_PEERING: the
    // project, the cluster, its processArgs, the events and the window, and then the endpoint
    // services and the endpoint, or the peerings and the containers; and in every run the
    // processes, the primary's disks, its free space and its databases (4).
    expect(checked().filter(isPreflightRead).length).toBe(preflightFile ? 3 * 4 + 9 + 7 + 7 : 0)
    for (const request of checked()) {
      const path = request.path.split('?')[0] as string
      const where = `${request.method} ${path}`
      const op = operations.find(o => o.method === request.method && o.path.test(path))
      expect(op, `${where} is not a documented operation`).toBeDefined()
      const operation = op as Operation
      expect(operation.accepts, `${where}: Accept`).toContain(request.headers.accept)
      expect(request.headers.authorization ?? '', `${where}: Authorization`).toMatch(operation.authorization)
      const problems = parameterProblems(request, operation)
      expect(problems.length, `${where} (${operation.name}): ${problems.join('; ')}`).toBe(0)
      if (request.body) {
        const contentType = request.headers['content-type'] as string
        expect(Object.keys(operation.bodies ?? {}), `${where}: Content-Type with a body`).toContain(contentType)
        if (contentType.startsWith('application/vnd.atlas.')) {
          expect(contentType, `${where}: Content-Type and Accept name one version`).toBe(request.headers.accept)
        }
        if (operation.form) {
          const form = Object.fromEntries(new URLSearchParams(request.body))
          expect(Object.keys(form).sort(), `${where}: form fields`).toEqual(Object.keys(operation.form).sort())
          for (const [name, pattern] of Object.entries(operation.form))
            expect(form[name], `${where}: ${name}`).toMatch(pattern)
        } else {
          const result = validate(operation.bodies?.[contentType] as JsonSchema, JSON.parse(request.body))
          expect(result.valid, `${where} (${operation.name}): body: ${result.errors}`).toBe(true)
        }
      } else {
        expect(operation.bodyRequired ?? false, `${where}: the documented body is missing`).toBe(false)
      }
    }
  })

  it('the body check fails on a body the spec does not allow', () => {
    const request = sent.find(r => r.method === 'POST' && /\/liveMigrations$/.test(r.path) && r.body)
    expect(request, 'a create-migration request was sent').toBeDefined()
    const { body, headers } = request as RecordedRequest
    const operation = operations.find(o => o.method === 'POST' && o.path.test(request?.path as string)) as Operation
    const schema = operation.bodies?.[headers['content-type'] as string] as JsonSchema
    const good = JSON.parse(body as string) as Record<string, unknown>
    expect(validate(schema, good).valid, 'the body as sent').toBe(true)
    const source = good.source as Record<string, unknown>
    const wrong: Record<string, unknown>[] = [
      { ...good, source: undefined }, // a required property missing
      { ...good, migrationHost: good.migrationHosts }, // a property the spec does not document
      { ...good, _id: '0123456789abcdef01234567' }, // a read-only property
      { ...good, source: { ...source, ssl: 'true' } }, // a wrong type
      { ...good, destination: { ...(good.destination as object), hostnameSchemaType: 'INTERNET' } }, // not in the enum
      { ...good, migrationHosts: [] } // too few items
    ]
    for (const body of wrong)
      expect(validate(schema, JSON.parse(JSON.stringify(body))).valid, JSON.stringify(body)).toBe(false)
  })

  it.skipIf(!preflightFile)('the pre-flight checks fail on a request the spec does not allow', () => {
    const sentTo = (pattern: RegExp) => {
      const request = sent.find(r => r.method === 'GET' && pattern.test(r.path)) as RecordedRequest
      expect(request, `a request to ${pattern} was sent`).toBeDefined()
      const path = request.path.split('?')[0] as string
      const operation = operations.find(o => o.method === 'GET' && o.path.test(path)) as Operation
      expect(PREFLIGHT_USED, path).toContain(operation.key)
      return {
        request,
        operation,
        problems: (change: string, body = '') => parameterProblems({ path: change, body }, operation)
      }
    }
    const group = sentTo(/\/groups\/[a-f0-9]{24}$/)
    const cluster = sentTo(/\/clusters\/dest$/)
    const list = sentTo(/\/accessList\?itemsPerPage=500&pageNum=1$/)
    const status = sentTo(/\/accessList\/2001:db8:1::%2F48\/status$/)
    const events = sentTo(/\/events\?/)
    const services = sentTo(/\/privateEndpoint\/AWS\/endpointService$/)
    const endpoint = sentTo(new RegExp(`/endpointService/${ENDPOINT_SERVICE_ID}/endpoint/${PRIVATE_LINK_ID}$`))
    const peers = sentTo(/\/peers\?providerName=AWS&itemsPerPage=500&pageNum=1$/)
    const containers = sentTo(/\/containers\/all\?itemsPerPage=500&pageNum=1$/)
    for (const read of [group, cluster, list, status, events, services, endpoint, peers, containers]) {
      const problems = read.problems(read.request.path)
      expect(problems.length, `${read.request.path}: ${problems.join('; ')}`).toBe(0)
    }
    // Accept: a version the operation's 200 answer does not offer, or a plain JSON type.
    expect(group.operation.accepts).not.toContain('application/vnd.atlas.2024-08-05+json')
    expect(cluster.operation.accepts).not.toContain('application/vnd.atlas.2025-01-01+json')
    expect(list.operation.accepts).not.toContain('application/json')
    expect(endpoint.operation.accepts).not.toContain('application/vnd.atlas.2024-08-05+json')
    const page = list.request.path
    const wrong = [
      list.problems(`${page}&sort=ipAddress`), // a query parameter it does not declare
      list.problems(page.replace('itemsPerPage=500', 'itemsPerPage=501')), // above its maximum
      list.problems(page.replace('pageNum=1', 'pageNum=0')), // below its minimum
      list.problems(page.replace('pageNum=1', 'pageNum=one')), // not an integer
      list.problems(`${page}&includeCount=yes`), // not a boolean
      list.problems(`${page}&pageNum=2`), // given twice
      group.problems(`${group.request.path}?itemsPerPage=500`), // paging where it has none
      cluster.problems(cluster.request.path.replace(/dest$/, 'dest_1')), // a cluster name its pattern refuses
      cluster.problems(cluster.request.path.replace(/[a-f0-9]{24}/, 'not-a-project-id-at-all0')), // a groupId
      status.problems(status.request.path, '{}'), // a body on a read
      events.problems(events.request.path.replace('eventType=CLUSTER_IMPORT_STARTED', 'eventType=NOT_AN_EVENT_TYPE')), // not in the enum
      events.problems(events.request.path.replace(/minDate=[^&]+/, 'minDate=yesterday&minDate=today')), // a scalar given twice
      peers.problems(`${peers.request.path}&status=AVAILABLE`), // a query parameter it does not declare
      peers.problems(peers.request.path.replace('providerName=AWS', 'providerName=aws')), // not in the enum
      containers.problems(`${containers.request.path}&providerName=AWS`), // peers' parameter, not the containers'
      services.problems(services.request.path.replace('/AWS/', '/ORACLE/')), // a cloudProvider outside the enum
      services.problems(`${services.request.path}?itemsPerPage=500`), // paging where it has none
      endpoint.problems(endpoint.request.path.replace(PRIVATE_LINK_ID, 'vpce-0123')), // an endpointId its pattern refuses
      endpoint.problems(endpoint.request.path.replace(ENDPOINT_SERVICE_ID, 'svc-1')) // an endpointServiceId
    ]
    for (const [i, problems] of wrong.entries()) expect(problems.length, `wrong request ${i}`).toBeGreaterThan(0)
  })
})
