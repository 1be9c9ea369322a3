// What getGroupCluster and its processArgs answer for a FakeCluster: ClusterDescription20240805 (one
// replicationSpecs entry per shard, diskSizeGB inside electableSpecs), the deprecated 2023-02-01
// (AdvancedClusterDescription) and 2023-01-01 (LegacyAtlasCluster) shapes, and the process arguments.
import { createHash } from 'node:crypto'
import type { FakeCluster } from './types.ts'

/** A FakeCluster with its defaults filled in. */
export type Cluster = Required<Omit<FakeCluster, 'fcv' | 'fcvExpiration' | 'freeDiskBytes' | 'databases' | 'dbStats'>> &
  Pick<FakeCluster, 'fcv' | 'fcvExpiration' | 'freeDiskBytes' | 'databases' | 'dbStats'>

const TENANT_SIZES = ['M0', 'M2', 'M5']
/** A shared-tier cluster's disk (GB), fixed by its tier. */
const TENANT_DISK: Record<string, number> = { M0: 0.5, M2: 2, M5: 5 }

export function withDefaults(c: FakeCluster): Cluster {
  return {
    instanceSize: 'M40',
    provider: 'AWS',
    region: 'US_EAST_1',
    clusterType: 'REPLICASET',
    shards: 1,
    stateName: 'IDLE',
    paused: false,
    mongoDBVersion: '8.0.29',
    versionReleaseSystem: 'LTS',
    biConnector: false,
    diskSizeGB: 80,
    diskAutoScaling: false,
    computeAutoScaling: false,
    flex: false,
    noTableScan: false,
    oplogSizeMB: null,
    oplogMinRetentionHours: null,
    ...c
  }
}

/** M0, M2 and M5 are shared-tier (TENANT) clusters. */
export function isTenant(c: Cluster): boolean {
  return TENANT_SIZES.includes(c.instanceSize)
}

/** A stable 24-hex ID made from the parts it names. */
export function objectId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 24)
}

/** The cluster as the given version of getGroupCluster shows it. */
export function clusterView(c: Cluster, groupId: string, version: string, base: string): Record<string, unknown> {
  const tenant = isTenant(c)
  const shards = tenant || c.clusterType === 'REPLICASET' ? 1 : Math.max(1, c.shards)
  const major = c.mongoDBVersion.split('.').slice(0, 2).join('.')
  const common = {
    biConnector: { enabled: c.biConnector, readPreference: 'secondary' }, // lower case, as real answers have it
    clusterType: tenant ? 'REPLICASET' : c.clusterType,
    connectionStrings: connectionStrings(c, groupId, shards),
    createDate: '2026-01-05T10:00:00Z',
    groupId,
    id: objectId('cluster', groupId, c.name),
    links: [{ href: `${base}/api/atlas/v2/groups/${groupId}/clusters/${c.name}`, rel: 'self' }],
    mongoDBMajorVersion: major,
    mongoDBVersion: c.mongoDBVersion,
    name: c.name,
    paused: c.paused,
    stateName: c.stateName,
    versionReleaseSystem: c.versionReleaseSystem,
    // Shown only while the FCV is pinned.
    ...(c.fcvExpiration === undefined ? {} : { featureCompatibilityVersionExpirationDate: c.fcvExpiration })
  }
  const diskSizeGB = tenant ? (TENANT_DISK[c.instanceSize] as number) : c.diskSizeGB
  // The deprecated versions may leave featureCompatibilityVersion out (two real 2023-02-01 answers do).
  if (version === '2023-01-01') return { ...common, ...legacyFields(c, shards, diskSizeGB) }
  if (version === '2023-02-01') {
    const spec = { ...replicationSpec(c, groupId, 0, false), numShards: shards }
    return { ...common, diskSizeGB, replicationSpecs: [spec] }
  }
  const specs = Array.from({ length: shards }, (_, i) => replicationSpec(c, groupId, i, true))
  return { ...common, featureCompatibilityVersion: c.fcv ?? major, replicationSpecs: specs }
}

/** One replicationSpecs entry (a shard); diskSizeGB inside electableSpecs from 2024-08-05 on. */
function replicationSpec(c: Cluster, groupId: string, shard: number, diskInSpecs: boolean): Record<string, unknown> {
  const disk = (size: number) => (diskInSpecs ? { diskSizeGB: size } : {})
  const regionConfig = isTenant(c)
    ? {
        backingProviderName: c.provider,
        electableSpecs: {
          ...disk(TENANT_DISK[c.instanceSize] as number),
          // The spec: M2 and M5 now make a Flex cluster, so their effective size is FLEX.
          effectiveInstanceSize: c.instanceSize === 'M0' ? 'M0' : 'FLEX',
          instanceSize: c.instanceSize
        },
        priority: 7,
        providerName: 'TENANT',
        regionName: c.region
      }
    : {
        autoScaling: {
          compute: { enabled: c.computeAutoScaling, scaleDownEnabled: false },
          diskGB: { enabled: c.diskAutoScaling }
        },
        electableSpecs: { ...disk(c.diskSizeGB), instanceSize: c.instanceSize, nodeCount: 3 },
        priority: 7,
        providerName: c.provider,
        regionName: c.region
      }
  return {
    id: objectId('replicationSpec', groupId, c.name, String(shard)),
    regionConfigs: [regionConfig],
    zoneId: objectId('zone', groupId, c.name),
    zoneName: 'Zone 1'
  }
}

/** LegacyAtlasCluster's own fields: providerSettings, numShards, diskSizeGB and autoScaling at the top. */
function legacyFields(c: Cluster, shards: number, diskSizeGB: number): Record<string, unknown> {
  const providerSettings = isTenant(c)
    ? {
        backingProviderName: c.provider,
        effectiveInstanceSizeName: c.instanceSize === 'M0' ? 'M0' : 'FLEX',
        instanceSizeName: c.instanceSize,
        providerName: 'TENANT',
        regionName: c.region
      }
    : { instanceSizeName: c.instanceSize, providerName: c.provider, regionName: c.region }
  return {
    autoScaling: {
      compute: { enabled: c.computeAutoScaling, scaleDownEnabled: false },
      diskGBEnabled: c.diskAutoScaling
    },
    diskSizeGB,
    numShards: shards,
    providerSettings,
    replicationFactor: 3
  }
}

function connectionStrings(c: Cluster, groupId: string, shards: number): Record<string, string> {
  const host = `${c.name.toLowerCase()}.${objectId('host', groupId, c.name).slice(0, 5)}.mongodb.net`
  const sharded = c.clusterType !== 'REPLICASET' && !isTenant(c)
  // A sharded cluster's standard string names its mongos (port 27016); a replica set's, its members.
  const members = Array.from({ length: sharded ? shards * 3 : 3 }, (_, i) => {
    const [shard, node] = [Math.floor(i / 3), i % 3]
    return `${c.name.toLowerCase()}-shard-${String(shard).padStart(2, '0')}-${String(node).padStart(2, '0')}.${host.split('.').slice(1).join('.')}:${sharded ? 27016 : 27017}`
  })
  const options = sharded
    ? '?ssl=true&authSource=admin'
    : `?ssl=true&authSource=admin&replicaSet=atlas-${objectId('rs', groupId, c.name).slice(0, 6)}-shard-0`
  return { standard: `mongodb://${members.join(',')}/${options}`, standardSrv: `mongodb+srv://${host}` }
}

/** The cluster's process arguments; 2023-01-01 adds defaultReadConcern and failIndexKeyTooLong. */
export function processArgsView(c: Cluster, version: string): Record<string, unknown> {
  return {
    ...(version === '2023-01-01' ? { defaultReadConcern: 'local', failIndexKeyTooLong: false } : {}),
    javascriptEnabled: true,
    minimumEnabledTlsProtocol: 'TLS1_2',
    noTableScan: c.noTableScan,
    oplogMinRetentionHours: c.oplogMinRetentionHours,
    oplogSizeMB: c.oplogSizeMB
  }
}
