// What a mode leaves for the step's outputs and job summary, whether it succeeds or fails.

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
