// Contract: every request the bundled action sends, in every mode, checked against the documented
// API (the OpenAPI files in spec/, and MongoDB's documented OAuth calls): path, method,
// Accept, Content-Type and body shape. The stand-in can't drift from the documented API unnoticed.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
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

const API_DIR = resolve(import.meta.dirname, '../spec')

interface Schema {
  type?: string
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  $ref?: string
  enum?: unknown[]
  pattern?: string
  minLength?: number
  minItems?: number
  maxItems?: number
  additionalProperties?: Schema | boolean
  readOnly?: boolean
}
interface Operation {
  name: string
  method: string
  path: RegExp
  /** The media types of its success answer: the versions the operation has. */
  accepts: string[]
  /** Request media types and their schemas. */
  bodies?: Record<string, Schema>
  bodyRequired?: boolean
  /** Form fields for the OAuth calls (MongoDB's service-account token and revoke calls). */
  form?: Record<string, RegExp>
  authorization: RegExp
}

/** An OpenAPI operation object, as far as this test reads it. */
interface SpecOperation {
  operationId: string
  requestBody?: { required?: boolean; content?: Record<string, { schema: Schema }> }
  responses: Record<string, { content?: Record<string, unknown> }>
}

function loadSpec(file: string): {
  paths: Record<string, Record<string, SpecOperation>>
  components: { schemas?: Record<string, Schema> }
} {
  const path = resolve(API_DIR, file)
  if (!existsSync(path)) throw new Error(`${path} is missing: the contract test reads the API specifications in spec/.`)
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** Resolves $ref against a spec's components, at every depth. */
type Deref = (schema: Schema | undefined) => Schema | undefined
const derefs = new Map<Schema, Deref>()

function operationsOf(file: string, prefix: string, accepts: (op: SpecOperation) => string[]): Operation[] {
  const spec = loadSpec(file)
  const deref: Deref = schema =>
    schema?.$ref ? deref(spec.components.schemas?.[schema.$ref.split('/').pop() as string]) : schema
  const operations: Operation[] = []
  for (const [template, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {}
      const bodies: Record<string, Schema> = {}
      for (const [type, media] of Object.entries(content)) {
        const schema = deref(media.schema) as Schema
        derefs.set(schema, deref)
        bodies[type] = schema
      }
      operations.push({
        name: op.operationId,
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
    method: 'POST',
    path: /^\/api\/oauth\/token$/,
    accepts: ['application/json'],
    bodies: { 'application/x-www-form-urlencoded': {} },
    form: { grant_type: /^client_credentials$/ },
    authorization: /^Basic [A-Za-z0-9+/=]+$/
  },
  {
    name: 'oauth revoke',
    method: 'POST',
    path: /^\/api\/oauth\/revoke$/,
    accepts: ['application/json'],
    bodies: { 'application/x-www-form-urlencoded': {} },
    form: { token: /^\S+$/, token_type_hint: /^access_token$/ },
    authorization: /^Basic [A-Za-z0-9+/=]+$/
  }
]

/** The value against the documented schema: properties (none undocumented, none read-only), required, types, enums, patterns, sizes. */
function checkShape(value: unknown, raw: Schema, where: string, deref: Deref): void {
  const schema = deref(raw) as Schema
  if (schema.type === 'object' || schema.properties) {
    expect(value, where).toBeTypeOf('object')
    const object = value as Record<string, unknown>
    for (const name of schema.required ?? []) expect(object, `${where}: required ${name}`).toHaveProperty(name)
    for (const [name, field] of Object.entries(object)) {
      const property = deref(schema.properties?.[name])
      // additionalProperties: any key. (ShardKeys documents {type: object} values, where MongoDB's own
      // examples and mongosync use {"field": 1}: the key is checked, not the value.)
      if (!property && schema.additionalProperties) continue
      expect(property, `${where}: ${name} is not in the documented schema`).toBeDefined()
      expect(property?.readOnly ?? false, `${where}.${name} is read-only`).toBe(false)
      checkShape(field, property as Schema, `${where}.${name}`, deref)
    }
  } else if (schema.type === 'array') {
    expect(Array.isArray(value), where).toBe(true)
    const items = value as unknown[]
    if (schema.minItems !== undefined)
      expect(items.length, `${where}: minItems`).toBeGreaterThanOrEqual(schema.minItems)
    if (schema.maxItems !== undefined) expect(items.length, `${where}: maxItems`).toBeLessThanOrEqual(schema.maxItems)
    for (const item of items) checkShape(item, schema.items ?? {}, `${where}[]`, deref)
  } else if (schema.type) {
    expect(typeof value, where).toBe(schema.type === 'integer' ? 'number' : schema.type)
  }
  if (schema.enum) expect(schema.enum, `${where}: enum`).toContain(value)
  if (schema.pattern) expect(String(value), `${where}: pattern`).toMatch(new RegExp(schema.pattern))
  if (schema.minLength !== undefined)
    expect(String(value).length, `${where}: minLength`).toBeGreaterThanOrEqual(schema.minLength)
}

let api: FakeApi
const sent: RecordedRequest[] = []
let operations: Operation[]

beforeAll(async () => {
  operations = [
    ...operationsOf('atlas-live-migration-openapi.json', '', atlasAccepts),
    ...operationsOf('cloud-manager-migration-link-openapi.json', '/api/public/v1.0', () => ['application/json']),
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
  const atlas = (kind: keyof typeof CREDENTIALS) => ({ 'org-id': ATLAS_ORG, 'base-url': api.url, ...CREDENTIALS[kind] })
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

describe('every request matches the documented API', () => {
  it('sent requests for every operation the action uses', () => {
    const used = new Set(
      sent.map(r => operations.find(op => op.method === r.method && op.path.test(r.path.split('?')[0] as string))?.name)
    )
    expect([...used].sort()).toEqual(
      [
        'createOrgLiveMigrationLinkToken',
        'deleteOrgLiveMigrationLinkTokens',
        'connectOrganizations',
        'connectionStatus',
        'deleteConnection',
        'oauth token',
        'oauth revoke',
        'listOrgLiveMigrationAvailableProjects',
        'validateGroupLiveMigrations',
        'getGroupLiveMigrationValidateStatus',
        'createGroupLiveMigration',
        'getGroupLiveMigration',
        'cutoverGroupLiveMigration'
      ].sort()
    )
  })

  it('checks each request: path, method, Accept, Content-Type, body, authorization', () => {
    expect(sent.length).toBeGreaterThanOrEqual(12)
    for (const request of sent) {
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
          const schema = operation.bodies?.[contentType] as Schema
          checkShape(JSON.parse(request.body), schema, where, derefs.get(schema) as Deref)
        }
      } else {
        expect(operation.bodyRequired ?? false, `${where}: the documented body is missing`).toBe(false)
      }
    }
  })
})
