// What a measurements answer holds, on either API: Atlas's ApiMeasurementsGeneralView_Atlas and Cloud
// Manager / Ops Manager's, the same shape ({…, measurements: [{name, units, dataPoints: [{timestamp,
// value}]}]}). A missing point is `value: null`, an empty series `dataPoints: []`; each value is the
// average of its granularity bucket. Never trusts a type.
import { asRecord, text } from './reads'

/** One data point that carries a number: when (ms since the epoch; NaN if unreadable) and its value. */
export interface Point {
  at: number
  value: number
}

/** Each measurement's points with a finite value, in the answer's order (oldest first), by name. */
export type Series = Map<string, Point[]>

/** The series of an answer's body; a measurement without a name, or a point without a number, is left out. */
export function seriesOf(body: Record<string, unknown>): Series {
  const series: Series = new Map()
  for (const item of Array.isArray(body.measurements) ? body.measurements : []) {
    const measurement = asRecord(item)
    const name = text(measurement?.name)
    if (!measurement || name === undefined) continue
    const points = (Array.isArray(measurement.dataPoints) ? measurement.dataPoints : [])
      .map(point => asRecord(point) ?? {})
      .filter(point => typeof point.value === 'number' && Number.isFinite(point.value))
      .map(point => ({ value: point.value as number, at: Date.parse(text(point.timestamp) ?? '') }))
    series.set(name, points)
  }
  return series
}

/**
 * The newest point: by timestamp when every point carries a readable one, else the last in the
 * answer's order (both APIs list them oldest first).
 */
export function newestPoint(points: Point[] | undefined): Point | undefined {
  if (!points || points.length === 0) return undefined
  if (points.every(p => !Number.isNaN(p.at))) return points.reduce((a, b) => (b.at >= a.at ? b : a))
  return points[points.length - 1]
}
