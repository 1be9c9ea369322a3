// What a mode leaves for the step's outputs and job summary, whether it succeeds or fails.

/** One status read during a wait. */
export interface Sample {
  at: number
  status: string
  ready?: boolean
  lagSeconds?: number
}

export interface WaitRecord {
  /** What was awaited: "migration 65f… to be ready for cut-over". */
  what: string
  samples: Sample[]
}

export interface Report {
  /** Step outputs by name, set as soon as they are known. */
  outputs: Record<string, string>
  /** Sentences for the job summary (what was left behind, what to do next). */
  notes: string[]
  /** Extra rows for the summary table: the request sent (never a secret), the IDs it made. */
  rows: [string, string][]
  waits: WaitRecord[]
  /** Tables of their own for the summary (a plan's conflicts and waves), after the step's table. */
  tables: { title: string; header: string[]; rows: string[][] }[]
}

export function newReport(): Report {
  return { outputs: {}, notes: [], rows: [], waits: [], tables: [] }
}

const BARS = '▁▂▃▄▅▆▇█'

/** A Unicode sparkline of the values, at most `width` characters (later values win a shared cell). */
export function sparkline(values: number[], width = 60): string {
  if (values.length === 0) return ''
  const step = Math.max(1, Math.ceil(values.length / width))
  const cells: number[] = []
  for (let i = 0; i < values.length; i += step) cells.push(Math.max(...values.slice(i, i + step)))
  const low = Math.min(...cells)
  const high = Math.max(...cells)
  return cells.map(v => BARS[high === low ? 0 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))]).join('')
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
