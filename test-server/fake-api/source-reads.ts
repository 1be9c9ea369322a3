// The Cloud Manager / Ops Manager public API v1.0 reads of a source project (the evidence's source
// side): its clusters, its hosts, the databases on a host and a database's dbStats measurements, all
// GET with Accept: application/json, derived from the project's FakeSourceDeployments. A replica set
// is one REPLICA_SET cluster of three hosts (the first the primary); a sharded cluster is one
// SHARDED_REPLICA_SET, one REPLICA_SET per shard whose clusterName is its parent's (with shardName),
// and a CONFIG_SERVER_REPLICA_SET, beside a mongos with no clusterId. A host's `id` is an opaque ID,
// not host:port; hosts are listed by host:port. An unknown `m` fails the whole measurements request.
import type { Answer } from './answers.ts'
import { apiError, methodNotAllowed } from './answers.ts'
import { objectId } from './clusters.ts'
import { CLOUD_MANAGER_DATABASE_METRICS, databaseOf, iso, readWindow, seriesOf } from './database-stats.ts'
import { ok, page } from './project-reads.ts'
import type { FakeSourceDeployment, RecordedRequest, Settings } from './types.ts'

const GROUP = /^\/api\/public\/v1\.0\/groups\/([^/]+)\/(clusters|hosts)$/
const HOST = /^\/api\/public\/v1\.0\/groups\/([^/]+)\/hosts\/([^/]+)\/databases(?:\/([^/]+)\/measurements)?$/
const SYSTEM_DATABASES = ['admin', 'config', 'local']

interface SourceCluster {
  id: string
  clusterName: string
  typeName: string
  replicaSetName?: string
  shardName?: string
}

interface SourceHost {
  id: string
  hostname: string
  port: number
  clusterId?: string
  replicaSetName?: string
  replicaStateName: string
  typeName: string
  shardName?: string
  deployment: FakeSourceDeployment
  /** Its shard of the deployment's data (0 for a replica set), and how many; undefined: no user data. */
  shard?: number
}

export class SourceReads {
  private readonly settings: Settings
  private readonly base: () => string

  constructor(settings: Settings, base: () => string) {
    this.settings = settings
    this.base = base
  }

  /** The answer when the path is one of these reads; undefined when it is not. */
  route(req: RecordedRequest, path: string): Answer | undefined {
    const group = GROUP.exec(path)
    const host = HOST.exec(path)
    if (!group && !host) return undefined
    const groupId = (group?.[1] ?? host?.[1]) as string
    const deployments = this.settings.sourceProjects[groupId]
    if (!deployments) {
      // The source API's errorCode for an unknown project is not recorded: GROUP_NOT_FOUND is ours (Atlas's).
      return apiError(404, 'GROUP_NOT_FOUND', `No group with ID ${groupId} exists.`, {}, [groupId])
    }
    if (req.method !== 'GET') return methodNotAllowed(req.method)
    if (group) {
      const all = deployments.map(d => structure(groupId, d))
      if (group[2] === 'clusters')
        return page(
          req,
          path,
          all.flatMap(s => s.clusters).map(c => this.clusterView(groupId, c)),
          this.base()
        )
      const clusterId = new URL(req.path, 'http://x').searchParams.get('clusterId')
      const hosts = all
        .flatMap(s => s.hosts)
        .filter(h => clusterId === null || h.clusterId === clusterId)
        .sort((a, b) => `${a.hostname}:${a.port}`.localeCompare(`${b.hostname}:${b.port}`))
      return page(
        req,
        path,
        hosts.map(h => this.hostView(groupId, h)),
        this.base()
      )
    }
    const [, , hostId, rawDatabase] = host as unknown as [string, string, string, string | undefined]
    const found = deployments.flatMap(d => structure(groupId, d).hosts).find(h => h.id === hostId)
    if (!found) {
      // Not recorded either: HOST_NOT_FOUND is ours.
      return apiError(404, 'HOST_NOT_FOUND', `No host with ID ${hostId} exists in group ${groupId}.`, {}, [hostId])
    }
    const names = databasesOn(found)
    if (rawDatabase === undefined) {
      const views = names.map(databaseName => ({
        databaseName,
        links: [{ href: `${this.base()}${path}/${databaseName}`, rel: 'self' }]
      }))
      return page(req, path, views, this.base())
    }
    return this.measurements(req, groupId, found, decodeURIComponent(rawDatabase), names, path)
  }

  /** The documented example's shape: hostId the opaque ID, processId host:port; the write-lock series empty. */
  private measurements(
    req: RecordedRequest,
    groupId: string,
    host: SourceHost,
    databaseName: string,
    listed: string[],
    path: string
  ): Answer {
    const db = databaseOf(host.deployment.databases, databaseName)
    if (!db || !listed.includes(databaseName)) {
      return apiError(404, 'DATABASE_NOT_FOUND', `No database named ${databaseName} on host ${host.id}.`, {}, [
        databaseName
      ])
    }
    const window = readWindow(new URL(req.path, 'http://x').searchParams, CLOUD_MANAGER_DATABASE_METRICS)
    if ('status' in window) return window
    const deployment = host.deployment
    const series = seriesOf(
      {
        db,
        shard: host.shard ?? 0,
        shards: Math.max(1, deployment.shards ?? 1),
        sampling: deployment.dbStats ?? {},
        key: `${groupId}/${host.id}`,
        now: this.settings.now()
      },
      window
    )
    return ok(req, {
      databaseName,
      ...series,
      granularity: window.granularity,
      groupId,
      hostId: host.id,
      links: [{ href: `${this.base()}${path}${new URL(req.path, 'http://x').search}`, rel: 'self' }],
      processId: `${host.hostname}:${host.port}`
    })
  }

  private clusterView(groupId: string, c: SourceCluster): Record<string, unknown> {
    return {
      ...c,
      groupId,
      lastHeartbeat: iso(this.settings.now() - 30_000),
      links: [{ href: `${this.base()}/api/public/v1.0/groups/${groupId}/clusters/${c.id}`, rel: 'self' }]
    }
  }

  private hostView(groupId: string, h: SourceHost): Record<string, unknown> {
    const { deployment, shard: _shard, ...fields } = h
    return {
      ...fields,
      groupId,
      hidden: false,
      lastPing: iso(this.settings.now() - 15_000),
      links: [{ href: `${this.base()}/api/public/v1.0/groups/${groupId}/hosts/${h.id}`, rel: 'self' }],
      version: deployment.mongoDBVersion ?? '7.0.14'
    }
  }
}

/** The clusters and hosts Cloud Manager shows for one deployment. */
function structure(groupId: string, d: FakeSourceDeployment): { clusters: SourceCluster[]; hosts: SourceHost[] } {
  const id = (...parts: string[]) => objectId('source', groupId, d.name, ...parts)
  const name = d.name.toLowerCase().replace(/[^a-z0-9-]/g, '-')
  const hostsOf = (set: SourceCluster, prefix: string, role: 'REPLICA' | 'SHARD', shard?: number): SourceHost[] =>
    [0, 1, 2].map(n => ({
      id: id('host', prefix, String(n)),
      hostname: `${prefix}-${n}.example.net`,
      port: 27017,
      clusterId: set.id,
      replicaSetName: set.replicaSetName,
      replicaStateName: n === 0 ? 'PRIMARY' : 'SECONDARY',
      typeName:
        set.typeName === 'CONFIG_SERVER_REPLICA_SET' ? 'SHARD_CONFIG' : `${role}_${n === 0 ? 'PRIMARY' : 'SECONDARY'}`,
      ...(set.shardName ? { shardName: set.shardName } : {}),
      deployment: d,
      ...(shard === undefined ? {} : { shard })
    }))
  if (!d.shards) {
    const set = { id: id('cluster'), clusterName: d.name, typeName: 'REPLICA_SET', replicaSetName: d.name }
    return { clusters: [set], hosts: hostsOf(set, name, 'REPLICA', 0) }
  }
  const shards = Array.from({ length: d.shards }, (_, i) => ({
    id: id('cluster', String(i)),
    clusterName: d.name,
    typeName: 'REPLICA_SET',
    replicaSetName: `${d.name}-shard-${i}`,
    shardName: `${d.name}-shard-${i}`
  }))
  const config = {
    id: id('config'),
    clusterName: d.name,
    typeName: 'CONFIG_SERVER_REPLICA_SET',
    replicaSetName: `${d.name}-config`
  }
  const mongos: SourceHost = {
    id: id('mongos'),
    hostname: `${name}-mongos-0.example.net`,
    port: 27017,
    replicaStateName: 'NO_DATA',
    typeName: 'SHARD_MONGOS',
    deployment: d
  }
  return {
    clusters: [{ id: id('sharded'), clusterName: d.name, typeName: 'SHARDED_REPLICA_SET' }, ...shards, config],
    hosts: [
      ...shards.flatMap((set, i) => hostsOf(set, `${name}-shard-${i}`, 'SHARD', i)),
      ...hostsOf(config, `${name}-config`, 'SHARD'),
      mongos
    ]
  }
}

/** What a host lists: a data-bearing member admin, config, local and the user databases; a config server the first three; a mongos none. */
function databasesOn(host: SourceHost): string[] {
  if (host.typeName === 'SHARD_MONGOS') return []
  if (host.shard === undefined) return SYSTEM_DATABASES
  return [
    ...SYSTEM_DATABASES,
    ...(host.deployment.databases ?? []).map(db => db.name).filter(n => !SYSTEM_DATABASES.includes(n))
  ]
}
