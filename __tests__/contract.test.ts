// Contract: every request the bundled action sends, in every mode, checked against the documented
// API (the OpenAPI files in spec/, and MongoDB's documented OAuth calls): path, method,
// Accept, Content-Type and body shape. The stand-in can't drift from the documented API unnoticed.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeApi, RecordedRequest } from '../test-server/fake-api.ts'
import { runAction } from '../test-server/run-action.ts'
import { ATLAS_ORG, CREDENTIALS, SOURCE_API_KEY, SOURCE_ORG, startFakeApi } from './helpers/fixtures.ts'

const API_DIR = resolve(import.meta.dirname, '../spec')

interface Schema {
  type?: string
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  $ref?: string
}
interface Operation {
  name: string
  method: string
  path: RegExp
  accept: string
  contentType?: string
  body?: Schema
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

function operationsOf(file: string, prefix: string, accept: (op: SpecOperation) => string): Operation[] {
  const spec = loadSpec(file)
  const deref = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? deref(spec.components.schemas?.[schema.$ref.split('/').pop() as string]) : schema
  const operations: Operation[] = []
  for (const [template, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content as Record<string, { schema: Schema }> | undefined
      const [contentType, media] = content ? (Object.entries(content)[0] as [string, { schema: Schema }]) : []
      operations.push({
        name: op.operationId,
        method: method.toUpperCase(),
        path: new RegExp(`^${prefix}${template.replace(/\{[^}]+\}/g, '[a-f0-9]{24}')}$`),
        accept: accept(op),
        contentType,
        body: deref(media?.schema),
        bodyRequired: op.requestBody?.required === true,
        authorization: /^(Digest username="[^"]+", ?realm="MMS Public API",.*response="[0-9a-f]{32}"|Bearer \S+)/
      })
    }
  }
  return operations
}

/** The versioned type of an operation's success answer. */
function atlasAccept(op: SpecOperation): string {
  const success = Object.entries(op.responses).find(([code]) => code.startsWith('2'))?.[1]
  return Object.keys(success?.content ?? {})[0] as string
}

const OAUTH: Operation[] = [
  {
    name: 'oauth token',
    method: 'POST',
    path: /^\/api\/oauth\/token$/,
    accept: 'application/json',
    contentType: 'application/x-www-form-urlencoded',
    form: { grant_type: /^client_credentials$/ },
    authorization: /^Basic [A-Za-z0-9+/=]+$/
  },
  {
    name: 'oauth revoke',
    method: 'POST',
    path: /^\/api\/oauth\/revoke$/,
    accept: 'application/json',
    contentType: 'application/x-www-form-urlencoded',
    form: { token: /^\S+$/, token_type_hint: /^access_token$/ },
    authorization: /^Basic [A-Za-z0-9+/=]+$/
  }
]

function checkShape(value: unknown, schema: Schema, where: string): void {
  if (schema.type === 'object' || schema.properties) {
    expect(value, where).toBeTypeOf('object')
    const object = value as Record<string, unknown>
    for (const name of schema.required ?? []) expect(object, `${where}: required ${name}`).toHaveProperty(name)
    for (const [name, field] of Object.entries(object)) {
      const property = schema.properties?.[name]
      expect(property, `${where}: ${name} is not in the documented schema`).toBeDefined()
      checkShape(field, property as Schema, `${where}.${name}`)
    }
  } else if (schema.type === 'array') {
    expect(Array.isArray(value), where).toBe(true)
    for (const item of value as unknown[]) checkShape(item, schema.items ?? {}, `${where}[]`)
  } else if (schema.type) {
    expect(typeof value, where).toBe(schema.type)
  }
}

let api: FakeApi
const sent: RecordedRequest[] = []
let operations: Operation[]

beforeAll(async () => {
  operations = [
    ...operationsOf('atlas-live-migration-openapi.json', '', atlasAccept),
    ...operationsOf('cloud-manager-migration-link-openapi.json', '/api/public/v1.0', () => 'application/json'),
    ...OAUTH
  ]
  api = await startFakeApi({ notSyncedPolls: 1 })
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
        'oauth revoke'
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
      expect(request.headers.accept, `${where}: Accept`).toBe(operation.accept)
      expect(request.headers.authorization ?? '', `${where}: Authorization`).toMatch(operation.authorization)
      if (request.body) {
        expect(request.headers['content-type'], `${where}: Content-Type with a body`).toBe(operation.contentType)
        if (operation.form) {
          const form = Object.fromEntries(new URLSearchParams(request.body))
          expect(Object.keys(form).sort(), `${where}: form fields`).toEqual(Object.keys(operation.form).sort())
          for (const [name, pattern] of Object.entries(operation.form))
            expect(form[name], `${where}: ${name}`).toMatch(pattern)
        } else {
          expect(operation.body, `${where}: a body where none is documented`).toBeDefined()
          checkShape(JSON.parse(request.body), operation.body as Schema, where)
        }
      } else {
        expect(operation.bodyRequired ?? false, `${where}: the documented body is missing`).toBe(false)
      }
    }
  })
})
