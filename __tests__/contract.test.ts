// Contract: every request the bundled action sends, in every mode, checked against the documented
// API (MongoDB's OpenAPI files, read from MONGODB_OPENAPI_DIR, and MongoDB's documented OAuth calls):
// path, method, Accept, Content-Type, body (validated with Ajv) and authorization. The stand-in
// can't drift from the documented API unnoticed. MongoDB's spec is not part of this repository:
// without the variable the whole file is skipped, with one line saying how to run it.
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
 * live-migration operations; and, optionally, the Cloud Manager link calls, for which MongoDB
 * publishes no OpenAPI file.
 */
const SPEC_DIR = process.env.MONGODB_OPENAPI_DIR
const ATLAS_FILES = ['atlas-live-migration-openapi.json', 'v2.json']
const CLOUD_MANAGER_FILE = 'cloud-manager-migration-link-openapi.json'
const CLOUD_MANAGER_PREFIX = '/api/public/v1.0'
const inSpecDir = (names: string[]): string | undefined =>
  SPEC_DIR ? names.map(name => resolve(SPEC_DIR, name)).find(path => existsSync(path)) : undefined
const atlasFile = inSpecDir(ATLAS_FILES)
const cloudManagerFile = inSpecDir([CLOUD_MANAGER_FILE])

if (!atlasFile) {
  console.warn(
    "contract.test.ts skipped: run it with MONGODB_OPENAPI_DIR=<dir> npx vitest run __tests__/contract.test.ts, <dir> holding MongoDB's Atlas Admin API v2 OpenAPI spec as v2.json (openapi/v2.json of https://github.com/mongodb/openapi) or atlas-live-migration-openapi.json, and optionally cloud-manager-migration-link-openapi.json."
  )
} else if (!cloudManagerFile) {
  console.warn(
    `contract.test.ts: no ${CLOUD_MANAGER_FILE} in MONGODB_OPENAPI_DIR, so the Cloud Manager link calls (${CLOUD_MANAGER_PREFIX}) are not checked.`
  )
}

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
  /** Form fields for the OAuth calls (MongoDB's service-account token and revoke calls). */
  form?: Record<string, RegExp>
  authorization: RegExp
}

/** An OpenAPI operation object, as far as this test reads it. */
interface SpecOperation {
  operationId: string
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> }
  responses: Record<string, { content?: Record<string, unknown> }>
}
interface Spec {
  paths: Record<string, Record<string, SpecOperation>>
  components?: { schemas?: Record<string, unknown> }
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options'])
const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`

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

/** The spec's operations, with its components registered in Ajv under `base`. */
function operationsOf(
  file: string,
  base: string,
  prefix: string,
  accepts: (op: SpecOperation) => string[]
): Operation[] {
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec
  const schemas = toJsonSchema(spec.components?.schemas ?? {}, base) as Record<string, unknown>
  allowShardKeyValues(schemas)
  ajv.addSchema({ $id: base, components: { schemas } })
  const operations: Operation[] = []
  for (const [template, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!METHODS.has(method)) continue // path-level parameters and x-… extensions
      const bodies: Record<string, JsonSchema> = {}
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        bodies[type] = (media.schema === undefined ? true : toJsonSchema(media.schema, base)) as JsonSchema
      }
      operations.push({
        name: op.operationId,
        key: keyOf(method, prefix + template),
        method: method.toUpperCase(),
        path: new RegExp(`^${prefix}${template.replace(/\{[^}]+\}/g, '[a-f0-9]{24}')}$`),
        accepts: accepts(op),
        bodies: Object.keys(bodies).length > 0 ? bodies : undefined,
        bodyRequired: op.requestBody?.required === true,
        authorization: /^(Digest username="[^"]+", ?realm="MMS Public API",.*response="[0-9a-f]{32}"|Bearer \S+)/
      })
    }
  }
  return operations
}

/** The versioned types of an operation's success answer. */
function atlasAccepts(op: SpecOperation): string[] {
  const success = Object.entries(op.responses).find(([code]) => code.startsWith('2'))?.[1]
  return Object.keys(success?.content ?? {})
}

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
    operations = [
      ...operationsOf(atlasFile as string, 'https://atlas.spec.invalid/', '', atlasAccepts),
      ...(cloudManagerFile
        ? operationsOf(cloudManagerFile, 'https://cloud-manager.spec.invalid/', CLOUD_MANAGER_PREFIX, () => [
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
      migration: { workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 0 }
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

  /** The requests this run can check: all of them, or all but the Cloud Manager calls without their file. */
  const checked = () => sent.filter(r => cloudManagerFile || !r.path.startsWith(`${CLOUD_MANAGER_PREFIX}/`))

  it('sent requests for every operation the action uses', () => {
    const used = new Set(
      checked().map(
        r => operations.find(op => op.method === r.method && op.path.test(r.path.split('?')[0] as string))?.key
      )
    )
    expect([...used].sort()).toEqual([...ATLAS_USED, ...(cloudManagerFile ? CLOUD_MANAGER_USED : [])].sort())
  })

  it('checks each request: path, method, Accept, Content-Type, body, authorization', () => {
    expect(checked().length).toBeGreaterThanOrEqual(cloudManagerFile ? 12 : 9)
    for (const request of checked()) {
      const path = request.path.split('?')[0] as string
      const where = `${request.method} ${path}`
      const op = operations.find(o => o.method === request.method && o.path.test(path))
      expect(op, `${where} is not a documented operation`).toBeDefined()
      const operation = op as Operation
      expect(operation.accepts, `${where}: Accept`).toContain(request.headers.accept)
      expect(request.headers.authorization ?? '', `${where}: Authorization`).toMatch(operation.authorization)
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
})
