// What the evidence's reads of both sides are derived from: each database's dbStats, when the agent
// samples them, and the source deployments of a Cloud Manager / Ops Manager project.

/** A figure of a database: a number, or one that changes with the sample's time (ms since the epoch). */
export type FakeFigure = number | ((at: number) => number)

/** One database's dbStats, as the agent samples them (on a sharded deployment, on each shard's primary). */
export interface FakeDatabase {
  name: string
  /** DATABASE_COLLECTION_COUNT (default 1): every shard's, on a sharded deployment. */
  collections?: FakeFigure
  /** DATABASE_VIEW_COUNT (default 0; Atlas only: Cloud Manager does not report it). */
  views?: FakeFigure
  /** DATABASE_INDEX_COUNT over its collections (default one per collection). */
  indexes?: FakeFigure
  /** DATABASE_OBJECT_COUNT (default 0): split over the shards of a sharded deployment. */
  documents?: FakeFigure
  /** DATABASE_DATA_SIZE in bytes (default 100 a document): split like the documents. */
  dataSize?: FakeFigure
}

/** When the agent samples dbStats (see database-stats.ts). */
export interface FakeSampling {
  /** Default 20 minutes. */
  intervalMs?: number
  /** The time of one sample, mod the interval (default: `since`, or a stable one per deployment and process). */
  phaseMs?: number
  /** The time of the first sample (default: always sampled). */
  since?: number
  /** No sample at or after this time (statistics stopped). */
  until?: number
}

/** A source deployment in Cloud Manager / Ops Manager. */
export interface FakeSourceDeployment {
  /** The cluster's name: a replica set's, or a sharded cluster's (its shards' clusterName too). */
  name: string
  /** A sharded cluster of this many shards (default: a replica set). */
  shards?: number
  /** Default '7.0.14'. */
  mongoDBVersion?: string
  /** The user databases its hosts list after admin, config and local. */
  databases?: FakeDatabase[]
  /** false: the project's "Collect Database Specific Statistics" is off (default: sampled). */
  dbStats?: FakeSampling | false
}
