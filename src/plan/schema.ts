// The plan file's schema (JSON Schema, draft-07, checked with Ajv): a fleet of source deployments,
// each with its destination, migration host and wave, and defaults so that 200 entries stay short.
// The README's "Plan a fleet" documents the same keys; a test keeps the two in step.

const ID = { type: 'string', pattern: '^[0-9a-f]{24}$', description: 'a 24-hex ID' } as const
const NAME = { type: 'string', minLength: 1, maxLength: 128, pattern: '^[^\\u0000-\\u001f\\u007f]+$' } as const
/** A Cloud Manager deployment's name: one line, and never a path (no '/' or backslash, not '.' or '..'). */
const SOURCE = {
  ...NAME,
  pattern: '^(?!\\.\\.?$)[^/\\\\\\u0000-\\u001f\\u007f]+$',
  description: `a deployment name: one line, no '/' or '\\', not "." or ".."`
} as const
/** Atlas cluster names: letters, digits and hyphens, at most 64 (Atlas's own rule, as clients/path.ts checks it). */
const CLUSTER = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,63}$', description: 'an Atlas cluster name' }
const HOST = { type: 'string', pattern: '^[A-Za-z0-9.:[\\]_-]{1,253}$', description: 'a host name' } as const
const WAVE = {
  anyOf: [
    { type: 'integer', minimum: 1 },
    { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' }
  ],
  description: 'a wave: a whole number from 1, or a short name'
} as const

/** Keys an entry can take from `defaults`. */
const SHARED = {
  'org-id': ID,
  'project-id': ID,
  'source-project': NAME,
  'hostname-schema-type': { enum: ['PUBLIC', 'PRIVATE_LINK', 'VPC_PEERING'] },
  'source-auth': { enum: ['managed', 'credentials'] },
  wave: WAVE
} as const

export const PLAN_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['deployments'],
  properties: {
    version: { const: 1 },
    defaults: { type: 'object', additionalProperties: false, properties: SHARED },
    'migration-host-ips': {
      type: 'object',
      description: 'each migration host and its outbound addresses',
      propertyNames: HOST,
      additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }
    },
    deployments: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['source'],
        properties: {
          ...SHARED,
          name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$', description: 'a short name' },
          source: SOURCE,
          cluster: CLUSTER,
          'migration-host': HOST,
          'private-link-id': { type: 'string', pattern: '^[A-Za-z0-9._:/-]{1,256}$' }
        }
      }
    }
  }
} as const

export type Wave = string
export type SourceAuth = 'managed' | 'credentials'
export type HostnameSchema = 'PUBLIC' | 'PRIVATE_LINK' | 'VPC_PEERING'

/** One deployment of the plan, its defaults applied. */
export interface PlanEntry {
  /** Unique within the plan: the `name` key, else the source's name (with its project when given). */
  name: string
  /** Where it is written in the plan file (1-based), for every message about it. */
  line: number
  orgId: string
  projectId: string
  /** The source project: its name or its ID, when the source's name alone is not enough. */
  sourceProject?: string
  source: string
  /** The destination cluster: the `cluster` key, else the source's name. */
  cluster: string
  migrationHost?: string
  hostnameSchemaType: HostnameSchema
  privateLinkId?: string
  sourceAuth: SourceAuth
  wave: Wave
}

export interface Plan {
  entries: PlanEntry[]
  /** The outbound addresses of each migration host, for the access-list check. */
  hostIps: Record<string, string[]>
}
