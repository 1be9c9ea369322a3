// One side's figures, as the evidence compares them: for each database, the newest data point of each
// dbStats measurement on each shard's primary, added up over the shards where that means something
// (documents, data size) and the largest shard's where it does not (collections, views, indexes: a
// sharded collection and its indexes are on several shards, an unsharded one on its primary shard
// only). Pure.
import { newestPoint, type Point, type Series } from '../clients/measurements'

/** The dbStats measurements the evidence reads, by the field they stand for. */
export const METRICS = {
  collections: 'DATABASE_COLLECTION_COUNT',
  views: 'DATABASE_VIEW_COUNT',
  indexes: 'DATABASE_INDEX_COUNT',
  documents: 'DATABASE_OBJECT_COUNT',
  dataSize: 'DATABASE_DATA_SIZE'
} as const
export type Metric = keyof typeof METRICS

/** Admin, config and local: never compared (push does not carry them, and filters cannot name them). */
export const SYSTEM_DATABASES = ['admin', 'config', 'local']

export type Side = 'source' | 'destination'

/** One database on one side. Undefined figures: no shard had a point of that measurement in the window. */
export interface Figures {
  /** Shards whose primary lists the database. */
  on: number
  /** Of those, the shards with a data point in the window; the others' figures are missing. */
  measured: number
  collections?: number
  views?: number
  indexes?: number
  documents?: number
  dataSize?: number
  /** When the oldest of the newest points the figures rest on was sampled (ms since the epoch). */
  at?: number
  /** How far the document count moved within the window (its largest less its smallest point), over the shards. */
  moved: number
}

/** One side as read. */
export interface Reading {
  side: Side
  /** 'cluster payments-prod of Atlas project 7c8d…'. */
  what: string
  /** Data-bearing processes read: one primary per shard. */
  shards: number
  /** The MongoDB version its primary runs, when the API says. */
  version?: string
  /** The user databases any shard lists (not admin, config or local). */
  listed: string[]
  /** The figures of each database measured. */
  figures: Map<string, Figures>
}

const newest = (series: Series, metric: Metric): Point | undefined => newestPoint(series.get(METRICS[metric]))

/** The figures of one database from the series read on each shard that lists it. */
export function figuresOf(perShard: Series[]): Figures {
  const measured = perShard.filter(series => (Object.keys(METRICS) as Metric[]).some(m => newest(series, m)))
  const values = (metric: Metric) =>
    measured.map(series => newest(series, metric)?.value).filter((v): v is number => v !== undefined)
  const largest = (metric: Metric) => {
    const found = values(metric)
    return found.length > 0 ? Math.max(...found) : undefined
  }
  // A sum over the shards only when every measured shard has the measurement.
  const sum = (metric: Metric) => {
    const found = values(metric)
    return found.length > 0 && found.length === measured.length ? found.reduce((a, b) => a + b, 0) : undefined
  }
  const times = measured.flatMap(series =>
    (Object.keys(METRICS) as Metric[]).map(m => newest(series, m)?.at).filter((t): t is number => Number.isFinite(t))
  )
  const moved = measured.reduce((total, series) => {
    const counts = (series.get(METRICS.documents) ?? []).map(p => p.value)
    return total + (counts.length > 0 ? Math.max(...counts) - Math.min(...counts) : 0)
  }, 0)
  return {
    on: perShard.length,
    measured: measured.length,
    collections: largest('collections'),
    views: largest('views'),
    indexes: largest('indexes'),
    documents: sum('documents'),
    dataSize: sum('dataSize'),
    at: times.length > 0 ? Math.min(...times) : undefined,
    moved
  }
}

/** Whether every shard that lists the database had a point in the window. */
export const complete = (f: Figures | undefined): f is Figures => f !== undefined && f.measured === f.on && f.on > 0
