// Times, durations and sizes as a person reads them, the same in every log line, error and summary.

/** A duration as a person reads it: 850 ms, 12.3 s, 5 min 20 s, 2 h 5 min. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 60) return `${minutes} min ${Math.floor((ms % 60_000) / 1000)} s`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

/** A time in UTC, to the minute: 2026-12-01 10:04 UTC. */
export const utc = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`

/** A time in UTC, to the second: 2026-12-01 10:04:05 UTC (when a limit resets). */
export const utcSeconds = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`

/**
 * A size in Atlas's decimal units, one place after the point from a gigabyte (4.0 GB), whole
 * megabytes below (320 MB): the same source reads the same in pre-flight, the plan and the list.
 */
export function dataSize(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`
  return `${Math.max(0, Math.round(bytes / 1e6))} MB`
}
