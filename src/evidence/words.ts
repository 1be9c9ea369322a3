// How the evidence says its figures: counts, ages and sizes as a person reads them.

/** A count: 1,000 (an averaged bucket's fraction to two places); with a unit, "4 collections". */
export const figure = (value: number | undefined, unit?: string): string => {
  if (value === undefined) return unit ? `${unit}s not reported` : 'not reported'
  const shown = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2)
  return unit ? `${shown} ${unit}${value === 1 ? '' : 's'}` : shown
}

/** An age to the minute: "under a minute", "12 min", "1 h 5 min". */
export function ageOf(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000)
  if (minutes < 1) return 'under a minute'
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

/** A data size in decimal units: 1,045 B, 73.7 kB, 12.3 MB, 4.0 GB. */
export function bytes(value: number): string {
  const units: [number, string][] = [
    [1e12, 'TB'],
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB']
  ]
  for (const [size, unit] of units) if (value >= size) return `${(value / size).toFixed(1)} ${unit}`
  return `${Math.round(value).toLocaleString('en-US')} B`
}
