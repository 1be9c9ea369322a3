// dbStats as MongoDB's agents sample them, for the database measurements of both APIs (Atlas's
// getGroupProcessDatabaseMeasurements, Cloud Manager's host database measurements): one sample of
// each database every 20 minutes (the documented default) at a phase of its own, each measurement the
// average of the samples in its granularity bucket, a bucket without one null (Cloud Manager's client
// fixture shows nulls at PT1M; whether Atlas omits such buckets instead is not recorded), the
// answer's start and end the data present (a 36-hour request on a new cluster answered one point,
// start = end, recorded). With the project's "Collect Database Specific Statistics" off, every
// series is empty (`dataPoints: []`, as Cloud Manager's documented example has one). Calibrated on
// the recorded Atlas answer of `config` at PT30M: one bucket of three samples, 8.67 collections.
import type { Answer } from './answers.ts'
import { apiError } from './answers.ts'
import { objectId } from './clusters.ts'
import { ok } from './project-reads.ts'
import type { FakeDatabase, FakeFigure, FakeSampling, RecordedRequest } from './types.ts'

const SCALAR = 'SCALAR'
const BYTES = 'BYTES'
/** Atlas's names and units, in the order of the recorded answer (no `m`). */
export const ATLAS_DATABASE_METRICS: [string, string][] = [
  ['DATABASE_AVERAGE_OBJECT_SIZE', BYTES],
  ['DATABASE_COLLECTION_COUNT', SCALAR],
  ['DATABASE_DATA_SIZE', BYTES],
  ['DATABASE_STORAGE_SIZE', BYTES],
  ['DATABASE_INDEX_SIZE', BYTES],
  ['DATABASE_INDEX_COUNT', SCALAR],
  ['DATABASE_EXTENT_COUNT', SCALAR],
  ['DATABASE_OBJECT_COUNT', SCALAR],
  ['DATABASE_VIEW_COUNT', SCALAR]
]
/** Cloud Manager's documented database measurements: no DATABASE_VIEW_COUNT; a write-lock series and the file size. */
export const CLOUD_MANAGER_DATABASE_METRICS: [string, string][] = [
  ['DATABASE_WRITE_LOCK_PERCENTAGE', 'PERCENT'],
  ['DATABASE_AVERAGE_OBJECT_SIZE', BYTES],
  ['DATABASE_COLLECTION_COUNT', SCALAR],
  ['DATABASE_DATA_SIZE', BYTES],
  ['DATABASE_FILE_SIZE', BYTES],
  ['DATABASE_STORAGE_SIZE', BYTES],
  ['DATABASE_INDEX_SIZE', BYTES],
  ['DATABASE_INDEX_COUNT', SCALAR],
  ['DATABASE_EXTENT_COUNT', SCALAR],
  ['DATABASE_OBJECT_COUNT', SCALAR]
]

export const DEFAULT_STATS_INTERVAL_MS = 20 * 60_000
/** The most buckets one answer holds (ours: a month at PT1M would be 43,200). */
const MAX_BUCKETS = 2000

/** admin, config and local as a fresh deployment holds them (ours), unless the options give their own. */
const SYSTEM: Record<string, FakeDatabase> = {
  admin: { name: 'admin', collections: 2, indexes: 3, documents: 3, dataSize: 420 },
  config: { name: 'config', collections: 9, indexes: 12, documents: 8, dataSize: 1045 },
  local: { name: 'local', collections: 5, indexes: 5, documents: 120, dataSize: 90_000 }
}

/** The database of that name on a deployment: its own, a system one's defaults, or undefined. */
export function databaseOf(databases: (string | FakeDatabase)[] | undefined, name: string): FakeDatabase | undefined {
  const found = (databases ?? []).map(d => (typeof d === 'string' ? { name: d } : d)).find(d => d.name === name)
  return found ?? SYSTEM[name]
}

export const nameOf = (d: string | FakeDatabase): string => (typeof d === 'string' ? d : d.name)

const value = (figure: FakeFigure | undefined, at: number, fallback: number) =>
  figure === undefined ? fallback : typeof figure === 'function' ? figure(at) : figure

/** One shard's share of a total that is added up over the shards (documents, sizes). */
const share = (total: number, shard: number, shards: number) =>
  Number.isInteger(total) ? Math.floor(total / shards) + (shard < total % shards ? 1 : 0) : total / shards

/** Every measurement of one sample of the database on shard `shard` of `shards`. */
function sampleOf(db: FakeDatabase, at: number, shard: number, shards: number): Record<string, number> {
  const collections = value(db.collections, at, 1)
  const indexes = value(db.indexes, at, collections)
  const allDocuments = value(db.documents, at, 0)
  const documents = share(allDocuments, shard, shards)
  const dataSize = share(value(db.dataSize, at, allDocuments * 100), shard, shards)
  const storage = Math.max(4096 * collections, Math.round(dataSize / 2))
  const indexSize = 4096 * indexes
  return {
    DATABASE_AVERAGE_OBJECT_SIZE: documents > 0 ? dataSize / documents : 0,
    DATABASE_COLLECTION_COUNT: collections,
    DATABASE_DATA_SIZE: dataSize,
    DATABASE_STORAGE_SIZE: storage,
    DATABASE_FILE_SIZE: storage + indexSize,
    DATABASE_INDEX_SIZE: indexSize,
    DATABASE_INDEX_COUNT: indexes,
    DATABASE_EXTENT_COUNT: 0,
    DATABASE_OBJECT_COUNT: documents,
    DATABASE_VIEW_COUNT: value(db.views, at, 0)
  }
}

/** When the agent sampled within [from, to]: every interval from its phase, from `since`, before `until`. */
function sampleTimes(sampling: FakeSampling, key: string, from: number, to: number): number[] {
  const interval = sampling.intervalMs ?? DEFAULT_STATS_INTERVAL_MS
  const phase =
    sampling.phaseMs ??
    (sampling.since === undefined ? Number.parseInt(objectId('dbStats', key).slice(0, 8), 16) : sampling.since) %
      interval
  const lo = Math.max(from, sampling.since ?? Number.NEGATIVE_INFINITY)
  const hi = Math.min(to, (sampling.until ?? Number.POSITIVE_INFINITY) - 1)
  const times: number[] = []
  for (let k = Math.ceil((lo - phase) / interval); phase + k * interval <= hi; k++) times.push(phase + k * interval)
  return times
}

/** What one database's measurements answer holds: the window read from the query, or the 400 it gets. */
export interface DatabaseSeries {
  db: FakeDatabase
  shard: number
  shards: number
  /** false: the project's Collect Database Specific Statistics is off. */
  sampling: FakeSampling | false
  /** What the phase is derived from (deployment and process), so each process samples at its own time. */
  key: string
  now: number
}

/**
 * granularity (required), and period or start and end (not both; period defaults to PT1H, ours), m
 * repeated for each name: one unknown name, and the whole request fails, on both APIs.
 */
export function readWindow(query: URLSearchParams, known: [string, string][]): Window | Answer {
  const granularity = query.get('granularity')
  const step = granularity === null ? undefined : durationMs(granularity)
  const [period, start, end] = [query.get('period'), query.get('start'), query.get('end')]
  // The errorCodes of these refusals are not recorded: INVALID_PARAMETER is ours (as for the disk measurements).
  if (step === undefined || granularity === null)
    return apiError(400, 'INVALID_PARAMETER', 'granularity is required: an ISO 8601 duration such as PT1M.')
  if ((start === null) !== (end === null) || (period !== null && start !== null))
    return apiError(400, 'INVALID_PARAMETER', 'Give period, or start and end, not both.')
  const asked = query.getAll('m')
  const unknown = asked.find(name => !known.some(([k]) => k === name))
  if (unknown !== undefined)
    return apiError(400, 'INVALID_PARAMETER', `Invalid measurement type ${unknown}.`, {}, [unknown])
  const metrics =
    asked.length > 0 ? [...new Set(asked)].map(name => known.find(([k]) => k === name) as [string, string]) : known
  if (start !== null && end !== null) {
    const [from, to] = [Date.parse(start), Date.parse(end)]
    if (Number.isNaN(from) || Number.isNaN(to) || from > to)
      return apiError(400, 'INVALID_PARAMETER', 'start and end must be ISO 8601 times, start first.')
    return { step, granularity, metrics, span: { from, to } }
  }
  const length = durationMs(period ?? 'PT1H')
  if (length === undefined) return apiError(400, 'INVALID_PARAMETER', 'period must be an ISO 8601 duration.')
  return { step, granularity, metrics, span: { period: length } }
}

/** What a measurements query asks: the bucket, the names, and a period back from now or a start and end. */
export interface Window {
  step: number
  granularity: string
  metrics: [string, string][]
  span: { period: number } | { from: number; to: number }
}

/** measurements[] and the answer's start and end for one database on one process. */
export function seriesOf(s: DatabaseSeries, window: Window): { measurements: unknown[]; start: string; end: string } {
  const [from, to] = 'period' in window.span ? [s.now - window.span.period, s.now] : [window.span.from, window.span.to]
  if (s.sampling === false) {
    return {
      measurements: window.metrics.map(([name, units]) => ({ dataPoints: [], name, units })),
      start: iso(from),
      end: iso(to)
    }
  }
  const times = sampleTimes(s.sampling, s.key, from, to)
  // Whole buckets from the window's start; from the bucket of the first sample on a new deployment.
  const since = s.sampling.since ?? Number.NEGATIVE_INFINITY
  const aligned = Math.floor(Math.max(from, since) / window.step) * window.step
  const first = since < from && aligned < from ? aligned + window.step : aligned
  const last = Math.floor(to / window.step) * window.step
  const count = Math.min(MAX_BUCKETS, Math.max(0, Math.floor((last - first) / window.step) + 1))
  const buckets = Array.from({ length: count }, (_, i) => last - (count - 1 - i) * window.step).map(b => {
    const inside = times.filter(t => t >= b && t < b + window.step)
    return {
      at: inside.length > 0 ? (inside.at(-1) as number) : b,
      samples: inside.map(t => sampleOf(s.db, t, s.shard, s.shards))
    }
  })
  const mean = (name: string, samples: Record<string, number>[]) =>
    samples.length === 0 ? null : samples.reduce((sum, sample) => sum + (sample[name] ?? 0), 0) / samples.length
  return {
    measurements: window.metrics.map(([name, units]) => ({
      // Cloud Manager's documented write-lock series is empty ([]); the rest one point per bucket.
      dataPoints:
        name === 'DATABASE_WRITE_LOCK_PERCENTAGE'
          ? []
          : buckets.map(bucket => ({ timestamp: iso(bucket.at), value: mean(name, bucket.samples) })),
      name,
      units
    })),
    start: iso(buckets[0]?.at ?? from),
    end: iso(buckets.at(-1)?.at ?? to)
  }
}

/**
 * ApiMeasurementsGeneralView_Atlas of one database on one process, as the recorded answer has it:
 * hostId and processId the host:port, a self link with the query and a link to the process.
 */
export function atlasDatabaseMeasurements(
  req: RecordedRequest,
  at: Omit<DatabaseSeries, 'key'> & { groupId: string; processId: string; path: string; base: string }
): Answer {
  const window = readWindow(new URL(req.path, 'http://x').searchParams, ATLAS_DATABASE_METRICS)
  if ('status' in window) return window
  const { groupId, processId, path, base } = at
  const series = seriesOf({ ...at, key: `${groupId}/${processId}` }, window)
  return ok(req, {
    databaseName: at.db.name,
    ...series,
    granularity: window.granularity,
    groupId,
    hostId: processId,
    links: [
      { href: `${base}${path}${new URL(req.path, 'http://x').search}`, rel: 'self' },
      { href: `${base}/api/atlas/v2/groups/${groupId}/processes/${processId}`, rel: 'https://cloud.mongodb.com/host' }
    ],
    processId
  })
}

export const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** An ISO 8601 duration of days, hours, minutes and seconds (PT1M, PT10M, PT1H, P1D, P2DT12H) in ms. */
export function durationMs(value: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value)
  if (!m || value === 'P' || value.endsWith('T')) return undefined
  const [d, h, min, s] = m.slice(1).map(n => Number(n ?? 0)) as [number, number, number, number]
  const ms = (((d * 24 + h) * 60 + min) * 60 + s) * 1000
  return ms > 0 ? ms : undefined
}
