// A wait in the job summary: the lag over time as a Mermaid line chart (GitHub draws Mermaid in job
// summaries) on a real time axis from zero, and a table of the changes of state for whoever reads
// the text. The chart resamples the polls evenly in time, since Mermaid spaces points evenly.
import { counted } from '../errors'
import type { Sample, WaitRecord } from '../mode'
import { changes } from '../mode'
import { duration } from '../time'
import { escapeHtml, htmlTable } from './view'

/** Points on the chart's time axis: enough for a curve, few enough to read as text. */
const CHART_POINTS = 30

/** Polls of the wait, as its log lines count them (the read before the wait is no poll). */
export const pollsOf = (samples: Sample[]): number => samples.filter(s => s.poll).length

/**
 * The lag of each sample over time, as a Mermaid `xychart-beta` line chart: the y axis from 0 (a
 * fall from 886 s to 733 s is not drawn as a fall to zero), the x axis in seconds or minutes since
 * the first read, each point the lag last read at that time. Undefined under two lag readings.
 */
export function lagChart(samples: Sample[]): string | undefined {
  const read = samples.filter((s): s is Sample & { lagSeconds: number } => s.lagSeconds !== undefined)
  const first = read[0]
  const last = read.at(-1)
  if (read.length < 2 || first === undefined || last === undefined) return undefined
  // From the first lag read: before it (a NEW migration) there is no lag to draw.
  const start = first.at
  const span = Math.max(last.at - start, 1)
  const minutes = span >= 180_000
  const unit = minutes ? 60_000 : 1000
  const count = Math.min(CHART_POINTS, read.length * 4)
  const values: number[] = []
  for (let i = 0; i < count; i++) {
    const at = i === count - 1 ? last.at : start + (span * i) / (count - 1)
    values.push((read.findLast(s => s.at <= at) ?? first).lagSeconds)
  }
  const top = niceCeiling(Math.max(...values))
  const end = Math.max(0.1, Number((span / unit).toFixed(1)))
  return [
    '```mermaid',
    // One strong colour: the default palette's first line is too pale to read on white.
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da"}}}}%%',
    'xychart-beta',
    '  title "Replication lag"',
    `  x-axis "${minutes ? 'minutes' : 'seconds'} since the first lag read" 0 --> ${end}`,
    `  y-axis "lag (s)" 0 --> ${top}`,
    `  line [${values.join(', ')}]`,
    '```'
  ].join('\n')
}

/** A round top for the y axis, a little above the highest value (at least 10 s). */
function niceCeiling(value: number): number {
  const above = Math.max(10, value * 1.1)
  const step = 10 ** Math.floor(Math.log10(above)) / 2
  return Math.ceil(above / step) * step
}

/** The wait's section: heading, the lag in one sentence, the chart, and the changes of state. */
export function waitSection(wait: WaitRecord): string {
  const { samples } = wait
  if (samples.length === 0) return ''
  const polls = pollsOf(samples)
  const start = samples[0]?.at ?? 0
  const lags = samples.flatMap(s => (s.lagSeconds === undefined ? [] : [s.lagSeconds]))
  const span = duration((samples.at(-1)?.at ?? start) - start)
  const said = [`${counted(polls, 'poll')} over ${span}`]
  if (lags.length > 0) said.push(`lag ${lags[0]} s first, ${Math.max(...lags)} s at most, ${lags.at(-1)} s last`)
  const chart = lagChart(samples)
  const rows = changes(samples)
  // Only the columns something was read for: a wait without readiness or lag shows neither.
  const columns: [string, (s: Sample) => string][] = [
    ['Time (UTC)', s => new Date(s.at).toISOString().slice(0, 19).replace('T', ' ')],
    ['After', s => duration(s.at - start)],
    ['Status', s => s.status]
  ]
  if (rows.some(s => s.ready !== undefined)) columns.push(['Ready for cut-over', s => (s.ready ? 'yes' : 'no')])
  if (rows.some(s => s.lagSeconds !== undefined))
    columns.push(['Lag', s => (s.lagSeconds === undefined ? '—' : `${s.lagSeconds} s`)])
  return [
    `<h4>Waiting for ${escapeHtml(wait.what)}</h4>`,
    `<p>${escapeHtml(said.join('; '))}.</p>`,
    // Markdown after HTML needs a blank line on each side, or GitHub keeps it as text.
    chart ? `\n${chart}\n` : '',
    htmlTable(
      columns.map(([name]) => name),
      rows.map(s => columns.map(([, cell]) => cell(s)))
    )
  ]
    .filter(part => part !== '')
    .join('\n')
}
