// A wait in the job summary: the lag over time as a Mermaid chart (GitHub draws Mermaid in job
// summaries), and a table of the changes of state for whoever reads the text, both timed from the
// wait's first read. Mermaid spaces a series' points evenly and draws no markers, so the chart puts
// the reads on an even grid of time: a thin bar up to the lag at every read (a line series through
// zeros would zigzag to 0 between reads, a fall that never happened), and a line straight from one
// read to the next, since what the lag did between two reads is not known.
import { counted } from '../errors'
import type { Sample, WaitRecord } from '../mode'
import { changes } from '../mode'
import { duration, utcSeconds } from '../time'
import { escapeHtml, htmlTable } from './view'

/** Slots on the chart's time axis: fine enough for thin stems and reads kept apart, few enough to read as text. */
const CHART_SLOTS = 120

/** Polls of the wait, as its log lines count them (the read before the wait is no poll). */
export const pollsOf = (samples: Sample[]): number => samples.filter(s => s.poll).length

/** The time axis's unit: seconds for a short wait, minutes up to three hours, hours beyond. */
function timeUnit(spanMs: number): { name: string; ms: number } {
  if (spanMs < 180_000) return { name: 'seconds', ms: 1000 }
  if (spanMs < 3 * 3_600_000) return { name: 'minutes', ms: 60_000 }
  return { name: 'hours', ms: 3_600_000 }
}

/**
 * The lag of each read over time, as a Mermaid `xychart-beta` chart: the x axis in seconds, minutes
 * or hours since the wait's first read (the table's origin too), from the first lag read to the
 * last read; the y axis from 0 (a fall from 886 s to 733 s is not drawn as a fall to zero); a pale
 * bar at every read (none elsewhere), and a line from read to read over it. Reads closer than one slot share it (the later one is drawn). Undefined under
 * two lag readings.
 */
export function lagChart(samples: Sample[]): string | undefined {
  const read = samples.filter((s): s is Sample & { lagSeconds: number } => s.lagSeconds !== undefined)
  const origin = samples[0]?.at
  const first = read[0]
  const last = read.at(-1)
  if (read.length < 2 || origin === undefined || first === undefined || last === undefined) return undefined
  const span = Math.max(last.at - first.at, 1)
  const unit = timeUnit(last.at - origin)
  const slots = CHART_SLOTS
  const slotOf = (at: number) => Math.round(((at - first.at) / span) * (slots - 1))
  const reads: (number | undefined)[] = Array.from({ length: slots }, () => undefined)
  for (const s of read) reads[slotOf(s.at)] = s.lagSeconds
  // The line: each read's own value, and straight between two reads.
  const line: number[] = []
  let before = 0
  for (let i = 0; i < slots; i++) {
    const value = reads[i]
    if (value !== undefined) {
      line.push(value)
      before = i
      continue
    }
    const after = reads.findIndex((v, j) => j > i && v !== undefined)
    const from = reads[before] as number
    // No read after (every read at one instant): the last value holds.
    const to = after < 0 ? from : (reads[after] as number)
    line.push(after < 0 ? from : Number((from + ((to - from) * (i - before)) / (after - before)).toFixed(1)))
  }
  const top = niceCeiling(Math.max(...line))
  const at = (ms: number) => Number(((ms - origin) / unit.ms).toFixed(2))
  return [
    '```mermaid',
    // Pale bars for the reads under one strong line: the default palette's first colour is too pale.
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#9ec5fe, #0969da"}}}}%%',
    'xychart-beta',
    '  title "Replication lag at each read"',
    `  x-axis "${unit.name} since the first read" ${at(first.at)} --> ${Math.max(at(last.at), at(first.at) + 0.01)}`,
    `  y-axis "lag (s)" 0 --> ${top}`,
    `  bar [${reads.map(v => v ?? 0).join(', ')}]`,
    `  line [${line.join(', ')}]`,
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
  const said = [`${counted(polls, 'poll')} over ${span} since the first read, at ${utcSeconds(start)}`]
  if (lags.length > 0) said.push(`lag ${lags[0]} s first, ${Math.max(...lags)} s at most, ${lags.at(-1)} s last`)
  const chart = lagChart(samples)
  const rows = changes(samples)
  // Only the columns something was read for: a wait without readiness or lag shows neither.
  const columns: [string, (s: Sample) => string][] = [
    ['Time (UTC)', s => new Date(s.at).toISOString().slice(0, 19).replace('T', ' ')],
    ['Since the first read', s => duration(s.at - start)],
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
