// What a mode is and what it is given: its entry in the registry (the inputs it reads, how they are
// parsed, where its run function lives, its summary rows), the context it runs in (a logger, the
// job's cancel signal, a clock, a way to open sessions) and the record it fills for the step's
// outputs and job summary, whether it succeeds or fails. Every feature's modes are built on this
// file; the registry lists them, action.ts runs them.
import type { Clock } from './cancel'
import type { ConfigOf, Mode, ModeConfig } from './config'
import type { InputKit } from './inputs/kit'
import type { Logger } from './log'
import type { OpenSession } from './transport/session'

export type { OpenSession } from './transport/session'

// The record a mode fills.

/** One status read during a wait. */
export interface Sample {
  at: number
  status: string
  ready?: boolean
  lagSeconds?: number
  /** Read by a poll of the wait (not the read before it): the log counts these. */
  poll?: boolean
}

export interface WaitRecord {
  /** What was awaited: "migration 65f… to be ready for cut-over". */
  what: string
  samples: Sample[]
}

/**
 * What the summary's first lines say, where the mode knows better than the defaults: its own title,
 * the one thing to do next (also after a failure), and when a migration was first seen ready.
 */
export interface Headline {
  /** Where the mode's success is not the end of the story (a cut-over sent, not yet COMPLETE). */
  outcome?: 'waiting'
  title?: string
  next?: string
  /**
   * When the migration was first known ready for cut-over: observed, this step saw it become ready;
   * from 'ledger', a status recorded then (the earliest known wins).
   */
  readySince?: { at: number; observed: boolean; from?: 'ledger' }
}

/** A table of its own in the summary: one line per check, deployment or step, its marker first. */
export interface ReportTable {
  heading: string
  header: string[]
  rows: string[][]
}

export interface Report {
  /** Step outputs by name, set as soon as they are known. */
  outputs: Record<string, string>
  /** Sentences for the job summary (what was left behind). */
  notes: string[]
  /** Extra rows for the summary table: the request sent (never a secret), the IDs it made. */
  rows: [string, string][]
  waits: WaitRecord[]
  tables: ReportTable[]
  headline: Headline
}

export function newReport(): Report {
  return { outputs: {}, notes: [], rows: [], waits: [], tables: [], headline: {} }
}

/** The samples where something changed (status, readiness), plus the last one. */
export function changes(samples: Sample[]): Sample[] {
  return samples.filter(
    (sample, i) =>
      i === 0 ||
      i === samples.length - 1 ||
      sample.status !== samples[i - 1]?.status ||
      sample.ready !== samples[i - 1]?.ready
  )
}

export interface ModeContext extends Report {
  log: Logger
  onSecret: (secret: string) => void
  userAgent: string
  /** Aborted when the runner cancels the job: waits and requests stop at once, and nothing more is sent. */
  signal: AbortSignal
  /** What waits run on; a fake one in tests. */
  clock: Clock
  /** The step's environment, as the runner sets it (GITHUB_*, RUNNER_*): read, never changed. */
  env: Readonly<Record<string, string | undefined>>
  /** The working directory: files the inputs name are relative to it. */
  cwd: string
}

export type ModeRun<M extends Mode> = (config: ConfigOf<M>, open: OpenSession, context: ModeContext) => Promise<string>

export interface ModeEntry<M extends Mode> {
  family: 'link' | 'migration'
  /** What the mode does, in a few words. */
  does: string
  /** The inputs it reads besides mode and the ones every mode reads; another that is set earns a warning. */
  inputs: readonly string[]
  parse: (kit: InputKit) => ModeConfig<M>
  load: () => Promise<ModeRun<M>>
  /** Rows for the job summary: what the step acted on. */
  rows: (config: ConfigOf<M>) => [string, string][]
}

/** One credential kind and the API host: what every mode that calls an API reads. */
export const CREDENTIALS = ['public-key', 'private-key', 'client-id', 'client-secret', 'access-token', 'base-url']

export const host = (baseUrl: string): string => new URL(baseUrl).host

export const atlasRows = (c: { orgId: string; atlas: { baseUrl: string } }): [string, string][] => [
  ['Atlas organization', c.orgId],
  ['Host', host(c.atlas.baseUrl)]
]
export const sourceRows = (c: { orgId: string; source: { baseUrl: string } }): [string, string][] => [
  ['Source organization', c.orgId],
  ['Host', host(c.source.baseUrl)]
]
export const requestRows = (
  c: ConfigOf<'preflight' | 'validate-migration' | 'start-migration'>
): [string, string][] => [
  ['Destination project', c.projectId],
  ['Destination cluster', c.migration.clusterName],
  ['Source cluster', c.migration.sourceClusterName],
  ['Host', host(c.atlas.baseUrl)]
]
export const migrationRows = (c: ConfigOf<'migration-status' | 'cutover'>): [string, string][] => [
  ['Destination project', c.projectId],
  ['Migration ID', c.migrationId],
  ['Host', host(c.atlas.baseUrl)]
]

/** What a wait reads: the migration modes'. */
export const WAIT = ['wait-for', 'wait-timeout-seconds', 'poll-interval-seconds']
/** The migration request's inputs: validate, start and pre-flight read them. */
export const REQUEST = [
  'org-id',
  'project-id',
  'cluster-name',
  'source-project-id',
  'source-cluster-name',
  'migration-host',
  'source-ssl',
  'source-ca-certificate-path',
  'source-username',
  'source-password',
  'drop-destination-data',
  'hostname-schema-type',
  'private-link-id',
  'sharding',
  'wait-timeout-seconds',
  'poll-interval-seconds'
]
