// The migration request's inputs (validate-migration, start-migration), each checked before any
// request: names, IDs, the source's TLS and credentials, the destination's network path, sharding.

import { CLUSTER_NAME_FORM, isClusterName, isPathValue } from '../forms'
import { isName, parseBoolean, parseId, quote, required } from './fields'
import type { HostnameSchemaType, InputReader, MigrationInputs, ShardingInput } from './types'
import { InputError } from './types'

const HOSTNAME_SCHEMA_TYPES: HostnameSchemaType[] = ['PUBLIC', 'PRIVATE_LINK', 'VPC_PEERING']
const HOST = /^[A-Za-z0-9.:[\]_-]{1,253}$/

/** cluster-name: it goes into request paths, so Atlas's own rule is checked before any request. */
export function atlasClusterName(value: string, input = 'cluster-name'): string {
  if (!isClusterName(value))
    throw new InputError(
      `Input '${input}' must be the name of an Atlas cluster: ${CLUSTER_NAME_FORM}; got ${quote(value)}.`
    )
  return value
}

const SOURCE_CLUSTER = 'the name of the source cluster in Cloud Manager / Ops Manager'

/**
 * source-cluster-name: Cloud Manager names allow more than Atlas's, and this one goes only into a
 * request body or a comparison; still never a path.
 */
export function sourceCluster(value: string): string {
  if (!isName(value) || /[/\\]/.test(value) || ['.', '..'].includes(value)) {
    throw new InputError(
      `Input 'source-cluster-name' must be ${SOURCE_CLUSTER.replace(/^the /, 'a ')}: one line, no '/' or '\\', not "." or ".."; got ${quote(value)}.`
    )
  }
  return value
}

/** The migration request's inputs, each checked; what discovery fills may be left out. */
export function parseMigrationInputs(read: InputReader, warnings: string[]): MigrationInputs {
  const clusterName = atlasClusterName(required(read, 'cluster-name', 'the name of the destination Atlas cluster'))
  const sourceClusterName = sourceCluster(required(read, 'source-cluster-name', SOURCE_CLUSTER))
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
  // It goes into a pre-flight read's path: encoded there, so '/' may stay (an Azure resource ID has them).
  if (privateLinkId !== undefined && !isPathValue(privateLinkId, { slashes: true })) {
    throw new InputError(
      `Input 'private-link-id' must be a private endpoint's ID (vpce-…, an Azure resource ID or a GCP endpoint group name): no spaces, control characters or '\\', no "." or ".." between '/'; got ${quote(privateLinkId)}.`
    )
  }
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
