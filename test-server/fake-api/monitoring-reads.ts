// The monitoring reads, all at 2023-01-01: the project's processes (listGroupProcesses), and on one
// process its disk partitions (listGroupProcessDisks), a partition's space measurements
// (getGroupProcessDiskMeasurements), for PF-8, its databases (listGroupProcessDatabases), for PF-9
// and the evidence, and a database's dbStats measurements (getGroupProcessDatabaseMeasurements, the
// evidence; the model in database-stats.ts).
// Every answer is derived from the project's clusters: three data-bearing nodes per shard, node 00 the
// primary. As in real answers, only `userAlias` names the host the cluster's connection string lists;
// `hostname` (and the `id` made of it) is Atlas's internal name.
import type { Answer } from './answers.ts'
import { apiError } from './answers.ts'
import type { Cluster } from './clusters.ts'
import { isTenant, objectId, withDefaults } from './clusters.ts'
import { atlasDatabaseMeasurements, databaseOf, durationMs, iso, nameOf } from './database-stats.ts'
import { ok, page } from './project-reads.ts'
import type { RecordedRequest, Settings } from './types.ts'

const PROCESSES = /^\/api\/atlas\/v2\/groups\/([^/]+)\/processes$/
const PROCESS_LIST = /^\/api\/atlas\/v2\/groups\/([^/]+)\/processes\/([^/]+)\/(disks|databases)$/
const MEASUREMENTS = /^\/api\/atlas\/v2\/groups\/([^/]+)\/processes\/([^/]+)\/disks\/([^/]+)\/measurements$/
const DATABASE_MEASUREMENTS =
  /^\/api\/atlas\/v2\/groups\/([^/]+)\/processes\/([^/]+)\/databases\/([^/]+)\/measurements$/

const PORT = 27017
const PARTITION = 'data'
const SYSTEM_DATABASES = ['admin', 'config', 'local']
/** The disk measurements served, and their units; any other `m` is refused. */
const DISK_METRICS: Record<string, string> = {
  DISK_PARTITION_SPACE_FREE: 'BYTES',
  DISK_PARTITION_SPACE_USED: 'BYTES',
  DISK_PARTITION_SPACE_PERCENT_FREE: 'PERCENT',
  DISK_PARTITION_SPACE_PERCENT_USED: 'PERCENT'
}
/** The data points served at most: more than any pre-flight read asks for. */
const MAX_POINTS = 100

/** A matched path: its project, and its answer once the shared checks have passed. */
export interface MonitoringRead {
  groupId: string
  answer: (req: RecordedRequest) => Answer
}

/** One mongod of one cluster, as the stand-in derives it. */
export interface FakeProcess {
  cluster: Cluster
  /** `<hostname>:27017`. */
  id: string
  /** Atlas's internal name, `atlas-<6>-shard-SS-NN.<5>.mongodb.net`. */
  hostname: string
  /** The name the connection string lists, `<name>-shard-SS-NN.<5>.mongodb.net`. */
  userAlias: string
  typeName: string
  replicaSetName: string
  shardName?: string
  /** Its shard, 0 … shards − 1 (0 for a replica set). */
  shard: number
  shards: number
}

export class MonitoringReads {
  private readonly settings: Settings
  private readonly base: () => string

  constructor(settings: Settings, base: () => string) {
    this.settings = settings
    this.base = base
  }

  /** The read when the path is one of these calls; undefined when it is not. */
  match(path: string): MonitoringRead | undefined {
    let m = PROCESSES.exec(path)
    if (m) {
      const groupId = m[1] as string
      return { groupId, answer: req => this.processes(req, groupId, path) }
    }
    m = PROCESS_LIST.exec(path)
    if (m) {
      const [, groupId, processId, what] = m as unknown as [string, string, string, string]
      return {
        groupId,
        answer: req =>
          this.withProcess(groupId, processId, process =>
            what === 'disks' ? this.disks(req, path) : this.databases(req, process, path)
          )
      }
    }
    m = DATABASE_MEASUREMENTS.exec(path)
    if (m) {
      const [, groupId, processId, database] = m as unknown as [string, string, string, string]
      return {
        groupId,
        answer: req =>
          this.withProcess(groupId, processId, process =>
            this.databaseMeasurements(req, groupId, process, database, path)
          )
      }
    }
    m = MEASUREMENTS.exec(path)
    if (m) {
      const [, groupId, processId, partition] = m as unknown as [string, string, string, string]
      return {
        groupId,
        answer: req =>
          this.withProcess(groupId, processId, process => this.measurements(req, groupId, process, partition, path))
      }
    }
    return undefined
  }

  /** PaginatedHostView_Atlas: every cluster's processes, in the clusters' order. */
  private processes(req: RecordedRequest, groupId: string, path: string): Answer {
    const views = processesOf(this.settings, groupId).map(p => ({
      created: '2026-01-05T10:05:00Z',
      groupId,
      hostname: p.hostname,
      id: p.id,
      lastPing: new Date(this.settings.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      links: [{ href: `${this.base()}/api/atlas/v2/groups/${groupId}/processes/${p.id}`, rel: 'self' }],
      port: PORT,
      replicaSetName: p.replicaSetName,
      shardName: p.shardName,
      typeName: p.typeName,
      userAlias: p.userAlias,
      version: p.cluster.mongoDBVersion
    }))
    return page(req, path, views, this.base())
  }

  /** PaginatedDiskPartitionView: one partition, `data` (as real answers name it). */
  private disks(req: RecordedRequest, path: string): Answer {
    const href = `${this.base()}${path}/${PARTITION}`
    return page(req, path, [{ links: [{ href, rel: 'self' }], partitionName: PARTITION }], this.base())
  }

  /** PaginatedDatabaseView: admin, config and local, then the cluster's own databases. */
  private databases(req: RecordedRequest, process: FakeProcess, path: string): Answer {
    const own = (process.cluster.databases ?? []).map(nameOf)
    const names = [...SYSTEM_DATABASES, ...own.filter(n => !SYSTEM_DATABASES.includes(n))]
    const views = names.map(databaseName => ({
      databaseName,
      links: [{ href: `${this.base()}${path}/${databaseName}`, rel: 'self' }]
    }))
    return page(req, path, views, this.base())
  }

  /**
   * ApiMeasurementsGeneralView_Atlas: one data point per `granularity` (required) over `period`
   * (default PT1H), oldest first; the newest is null, as a measurement not yet taken is in real answers.
   */
  private measurements(
    req: RecordedRequest,
    groupId: string,
    process: FakeProcess,
    rawPartition: string,
    path: string
  ): Answer {
    const partition = decoded(rawPartition)
    if (partition !== PARTITION) {
      // Atlas's errorCode for an unknown partition is not recorded: DISK_PARTITION_NOT_FOUND is ours.
      const detail = `No disk partition named ${partition} exists on process ${process.id}.`
      return apiError(404, 'DISK_PARTITION_NOT_FOUND', detail, {}, [partition, process.id])
    }
    const query = new URL(req.path, 'http://x').searchParams
    const granularity = query.get('granularity')
    const step = granularity === null ? undefined : durationMs(granularity)
    const periodText = query.get('period') ?? 'PT1H'
    const period = durationMs(periodText)
    const asked = query.getAll('m')
    const unknown = asked.find(m => DISK_METRICS[m] === undefined)
    // Atlas's errorCodes for a missing granularity, a bad duration or measurement are not recorded: INVALID_PARAMETER is ours.
    if (step === undefined || period === undefined) {
      return apiError(400, 'INVALID_PARAMETER', 'granularity (required) and period must be ISO 8601 durations.')
    }
    if (unknown !== undefined)
      return apiError(400, 'INVALID_PARAMETER', `Invalid measurement ${unknown}.`, {}, [unknown])
    const capacity = process.cluster.diskSizeGB * 1e9
    const free = Math.min(capacity, process.cluster.freeDiskBytes ?? capacity * 0.9)
    const values: Record<string, number> = {
      DISK_PARTITION_SPACE_FREE: free,
      DISK_PARTITION_SPACE_USED: capacity - free,
      DISK_PARTITION_SPACE_PERCENT_FREE: capacity ? (100 * free) / capacity : 0,
      DISK_PARTITION_SPACE_PERCENT_USED: capacity ? (100 * (capacity - free)) / capacity : 0
    }
    const end = Math.floor(this.settings.now() / step) * step
    const count = Math.max(1, Math.min(MAX_POINTS, Math.floor(period / step)))
    const times = Array.from({ length: count }, (_, i) => end - (count - 1 - i) * step)
    const names = asked.length > 0 ? [...new Set(asked)] : Object.keys(DISK_METRICS)
    return ok(req, {
      end: iso(end),
      granularity,
      groupId,
      hostId: process.id,
      links: [{ href: `${this.base()}${path}`, rel: 'self' }],
      measurements: names.map(name => ({
        dataPoints: times.map((t, i) => ({ timestamp: iso(t), value: i === count - 1 ? null : values[name] })),
        name,
        units: DISK_METRICS[name]
      })),
      partitionName: partition,
      processId: process.id,
      start: iso(times[0] as number)
    })
  }

  /** getGroupProcessDatabaseMeasurements of a database the process lists (admin, config, local or its own). */
  private databaseMeasurements(
    req: RecordedRequest,
    groupId: string,
    process: FakeProcess,
    rawDatabase: string,
    path: string
  ): Answer {
    const databaseName = decoded(rawDatabase)
    const own = (process.cluster.databases ?? []).map(nameOf)
    const db = databaseOf(process.cluster.databases, databaseName)
    if (!db || (!own.includes(databaseName) && !SYSTEM_DATABASES.includes(databaseName))) {
      // Atlas's errorCode for a database a process does not list is not recorded: DATABASE_NOT_FOUND is ours.
      const detail = `No database named ${databaseName} exists on process ${process.id}.`
      return apiError(404, 'DATABASE_NOT_FOUND', detail, {}, [databaseName, process.id])
    }
    const series = { db, shard: process.shard, shards: process.shards, sampling: process.cluster.dbStats ?? {} }
    return atlasDatabaseMeasurements(req, {
      ...series,
      groupId,
      processId: process.id,
      path,
      base: this.base(),
      now: this.settings.now()
    })
  }

  /** The process the path names (its ':' may arrive as %3A), or a 404. */
  private withProcess(groupId: string, rawId: string, answer: (process: FakeProcess) => Answer): Answer {
    const processId = decoded(rawId)
    const process = processesOf(this.settings, groupId).find(p => p.id === processId)
    if (!process) {
      // Atlas's errorCode for an unknown process is not recorded: PROCESS_NOT_FOUND is ours.
      const detail = `No process ${processId} exists in group ${groupId}.`
      return apiError(404, 'PROCESS_NOT_FOUND', detail, {}, [processId, groupId])
    }
    return answer(process)
  }
}

/**
 * The mongod processes of every dedicated cluster of the project: per shard a primary (node 00) and two
 * secondaries. Shared-tier and Flex clusters list none (what Atlas lists for them is not recorded).
 * The hosts are those clusterView's connectionStrings.standard names.
 */
export function processesOf(settings: Settings, groupId: string): FakeProcess[] {
  return (settings.clusters[groupId] ?? []).flatMap(found => {
    const cluster = withDefaults(found)
    if (cluster.flex || isTenant(cluster)) return []
    const sharded = cluster.clusterType !== 'REPLICASET'
    const shards = sharded ? Math.max(1, cluster.shards) : 1
    const name = cluster.name.toLowerCase()
    const domain = `${objectId('host', groupId, cluster.name).slice(0, 5)}.mongodb.net`
    const internal = `atlas-${objectId('atlas', groupId, cluster.name).slice(0, 6)}`
    const rs = `atlas-${objectId('rs', groupId, cluster.name).slice(0, 6)}`
    return Array.from({ length: shards * 3 }, (_, i) => {
      const [shard, node] = [two(Math.floor(i / 3)), two(i % 3)]
      const hostname = `${internal}-shard-${shard}-${node}.${domain}`
      const role = node === '00' ? 'PRIMARY' : 'SECONDARY'
      const replicaSetName = `${rs}-shard-${Math.floor(i / 3)}`
      return {
        cluster,
        id: `${hostname}:${PORT}`,
        hostname,
        userAlias: `${name}-shard-${shard}-${node}.${domain}`,
        typeName: sharded ? `SHARD_${role}` : `REPLICA_${role}`,
        replicaSetName,
        shard: Math.floor(i / 3),
        shards,
        ...(sharded ? { shardName: replicaSetName } : {})
      }
    })
  })
}

const two = (n: number) => String(n).padStart(2, '0')

function decoded(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
