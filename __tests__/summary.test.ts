// The job summary's pieces, pure: the outcome and what to do next per ending, the lag chart (from
// zero, on a time axis, counting polls as the log does), and tables that show only what applies.
import { describe, expect, it } from 'vitest'
import type { ActionConfig } from '../src/config'
import type { Sample } from '../src/mode'
import { newReport } from '../src/mode'
import { lagChart, waitSection } from '../src/summary/chart'
import type { Ending } from '../src/summary/story'
import { runUrl, summaryText } from '../src/summary/summary'
import { outcomeLine, renderView } from '../src/summary/view'
import { duration } from '../src/time'
import { CUTOVER_WINDOW_MS } from '../src/watch/migration-watch'

const ID = '66f0a1b2c3d4e5f6a7b8c9d0'
const atlas = { baseUrl: 'https://cloud.mongodb.com', credentials: { kind: 'api-key' }, names: {} }
const statusConfig = {
  mode: 'migration-status',
  projectId: '7c8d9e0f1a2b3c4d5e6f7a8b',
  migrationId: ID,
  atlas,
  wait: { for: 'ready-for-cutover', timeoutSeconds: 3600, pollIntervalSeconds: 60 }
} as unknown as ActionConfig
const ok = (result = 'x'): Ending => ({ outcome: 'succeeded', result, durationMs: 200_000 })
const T0 = Date.UTC(2026, 11, 1, 10, 0, 0)

function migrationReport(status: string, ready: boolean, lag?: number) {
  const report = newReport()
  Object.assign(report.outputs, {
    'migration-status': status,
    'ready-for-cutover': String(ready),
    'lag-seconds': lag === undefined ? '' : String(lag)
  })
  return report
}

describe('the first lines of a summary', () => {
  it('at ready-for-cut-over: stop writes, approve before the expiry 120 h after readiness, with the run link', () => {
    const report = migrationReport('WORKING', true, 1)
    report.headline.readySince = { at: T0, observed: true }
    const end = {
      ...ok(),
      runUrl: runUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42' })
    }
    const { text, view } = summaryText(statusConfig, report, end)
    expect(text).toMatch(new RegExp(`^<h3>✅ Migration ${ID} is ready for cut-over</h3>`))
    expect(outcomeLine(view)).toBe(`✅ Succeeded · migration ${ID} · WORKING · ready for cut-over · took 3 min 20 s`)
    expect(view.next).toBe(
      'Stop writes to the source, then approve the cut-over before 2026-12-06 10:00 UTC (120 h after readiness was first seen; only the Atlas UI extends it).'
    )
    expect(T0 + CUTOVER_WINDOW_MS).toBe(Date.UTC(2026, 11, 6, 10, 0, 0))
    expect(text).toContain('<a href="https://github.com/o/r/actions/runs/42">Approve it in this run</a>')
  })

  it('says "at the latest" when the migration was ready before this step first read it', () => {
    const report = migrationReport('WORKING', true, 1)
    report.headline.readySince = { at: T0, observed: false }
    expect(summaryText(statusConfig, report, ok()).view.next).toMatch(
      /before 2026-12-06 10:00 UTC at the latest \(120 h after readiness was first seen by this step/
    )
  })

  it('no approval link outside a runner', () => {
    expect(runUrl({})).toBeUndefined()
  })

  it('while syncing: waiting, with the lag and the step that waits', () => {
    const { view } = summaryText(statusConfig, migrationReport('WORKING', false, 733), ok())
    expect(outcomeLine(view)).toBe(`⏳ Waiting · migration ${ID} · WORKING · lag 733 s · took 3 min 20 s`)
    expect(view.next).toContain('wait-for: ready-for-cutover')
  })

  it('at COMPLETE: switch the connection string', () => {
    const { view } = summaryText(statusConfig, migrationReport('COMPLETE', false), ok())
    expect(view.title).toBe(`Migration ${ID} is COMPLETE`)
    expect(view.next).toMatch(/^Switch the application's connection string to the Atlas cluster/)
  })

  it('after a failure: the mode’s one thing to check, else a plain sentence; a cancel says so', () => {
    const report = migrationReport('FAILED', false)
    report.headline.next = 'Look at the migration host’s agent log.'
    const failed = summaryText(statusConfig, report, {
      outcome: 'failed',
      result: 'Migration x is FAILED.',
      durationMs: 5
    })
    expect(failed.text).toMatch(/^<h3>❌ Reading the migration failed<\/h3>\n<p>❌ <strong>Failed<\/strong>/)
    expect(failed.text).toContain('<blockquote>Migration x is FAILED.</blockquote>')
    expect(failed.view.next).toBe('Look at the migration host’s agent log.')
    const plain = summaryText(statusConfig, newReport(), { outcome: 'failed', result: 'boom', durationMs: 5 })
    expect(plain.view.next).toBe('Fix what the message above names, then run the step again.')
    const cancelled = summaryText(statusConfig, newReport(), {
      outcome: 'cancelled',
      result: 'Cancelled (SIGINT)',
      durationMs: 5
    })
    expect(cancelled.text).toMatch(/^<h3>⏹️ Reading the migration was cancelled<\/h3>/)
  })

  it('escapes server text', () => {
    const html = renderView({ outcome: 'failed', title: '<b>', facts: ['a&b'], next: 'x', rows: [['k', '<i>']] })
    expect(html).toContain('&lt;b&gt;')
    expect(html).toContain('a&amp;b')
    expect(html).not.toContain('<i>')
  })

  it('durations as a person reads them', () => {
    expect([850, 1234, 12_300, 320_000, 7_500_000].map(duration)).toEqual([
      '850 ms',
      '1.2 s',
      '12 s',
      '5 min 20 s',
      '2 h 5 min'
    ])
  })
})

describe('the lag chart', () => {
  // The read before the wait, then polls: 886 s falling to 733 s over five minutes.
  const samples: Sample[] = [
    { at: T0, status: 'WORKING', ready: false, lagSeconds: 886 },
    { at: T0 + 60_000, status: 'WORKING', ready: false, lagSeconds: 850, poll: true },
    { at: T0 + 120_000, status: 'WORKING', ready: false, lagSeconds: 800, poll: true },
    { at: T0 + 240_000, status: 'WORKING', ready: false, lagSeconds: 760, poll: true },
    { at: T0 + 300_000, status: 'WORKING', ready: false, lagSeconds: 733, poll: true }
  ]

  it('starts its y axis at zero, so 886 → 733 s is not drawn as a fall to nothing', () => {
    const chart = lagChart(samples) as string
    expect(chart).toMatch(/^```mermaid\n/)
    expect(chart).toContain('\nxychart-beta\n')
    expect(chart).toMatch(/\n {2}y-axis "lag \(s\)" 0 --> 1000\n/)
  })

  /** The chart's two series: the bars (a read's lag at its slot, 0 elsewhere), then the line. */
  const series = (chart: string) =>
    [...chart.matchAll(/\n {2}(?:bar|line) \[([^\]]*)\]/g)].map(m => (m[1] as string).split(', ').map(Number))
  const axis = (chart: string) => /x-axis "(\w+) since the first read" ([\d.]+) --> ([\d.]+)/.exec(chart)?.slice(1)

  it('draws a point at every read: a bar up to its lag, and the line through it, straight to the next read', () => {
    const chart = lagChart(samples) as string
    // A bar series, not a line through zeros, which would draw a fall to 0 between every two reads.
    expect(chart).toMatch(/\n {2}bar \[[^\]]*\]\n {2}line \[/)
    const [stems = [], line = []] = series(chart)
    expect(stems).toHaveLength(120)
    expect(line).toHaveLength(120)
    // The reads at 0, 1, 2, 4 and 5 minutes fall on slots 0, 24, 48, 95 and 119 of 120 over 5 minutes.
    const at = stems.flatMap((value, slot) => (value > 0 ? [[slot, value]] : []))
    expect(at).toEqual([
      [0, 886],
      [24, 850],
      [48, 800],
      [95, 760],
      [119, 733]
    ])
    for (const [slot, value] of at) expect(line[slot as number]).toBe(value)
    // Between two reads the line is straight, not held flat as if the lag had not moved.
    expect(line[12]).toBeCloseTo((886 + 850) / 2, 0)
    expect(line.slice(49, 95).every((v, i, all) => i === 0 || v <= (all[i - 1] as number))).toBe(true)
    expect(new Set(line.slice(49, 95)).size).toBeGreaterThan(40)
  })

  it('times the chart and the table from one origin, the wait’s first read', () => {
    // A NEW migration reports no lag: the first lag read comes a minute after the first read.
    const wait = [{ at: T0, status: 'NEW', ready: false }, ...samples.map(s => ({ ...s, at: s.at + 60_000 }))]
    const section = waitSection({ what: 'migration m to be ready for cut-over', samples: wait })
    expect(axis(section)).toEqual(['minutes', '1', '6'])
    expect(section).toContain('<th>Since the first read</th>')
    expect(section).toContain('<td>2026-12-01 10:00:00</td><td>0 ms</td><td>NEW</td>')
    expect(section).toContain('<td>2026-12-01 10:01:00</td><td>1 min 0 s</td><td>WORKING</td>')
    expect(section).toContain('since the first read, at 2026-12-01 10:00:00 UTC')
  })

  it('counts its axis in seconds, minutes or hours as the wait is long, never a wait of days in seconds', () => {
    const every = (n: number, stepMs: number): Sample[] =>
      Array.from({ length: n }, (_, i) => ({ at: T0 + i * stepMs, status: 'WORKING', lagSeconds: 900 - i }))
    expect(axis(lagChart(every(7, 1000)) as string)).toEqual(['seconds', '0', '6'])
    expect(axis(lagChart(every(30, 5 * 60_000)) as string)).toEqual(['minutes', '0', '145'])
    // Two days read hourly: 49 reads, each its own point on an axis in hours.
    const days = lagChart(every(49, 3_600_000)) as string
    expect(axis(days)).toEqual(['hours', '0', '48'])
    expect(series(days)[0]?.filter(v => v > 0)).toHaveLength(49)
  })

  it('is left out under two lag readings', () => {
    expect(lagChart([{ at: T0, status: 'NEW', ready: false }])).toBeUndefined()
    // Two reads at one instant still draw numbers, never NaN.
    const same = lagChart([
      { at: T0, status: 'WORKING', lagSeconds: 5 },
      { at: T0, status: 'WORKING', lagSeconds: 4, poll: true }
    ]) as string
    expect(series(same).flat().every(Number.isFinite)).toBe(true)
  })

  it('counts polls as the log does (the read before the wait is not one)', () => {
    const section = waitSection({ what: `migration ${ID} to be ready for cut-over`, samples })
    expect(section).toContain(
      '<p>4 polls over 5 min 0 s since the first read, at 2026-12-01 10:00:00 UTC; lag 886 s first, 886 s at most, 733 s last.</p>'
    )
    expect(section).toMatch(/<\/p>\n\n```mermaid\n[\s\S]*\n```\n\n<table>/)
  })

  it('shows only the columns something was read for', () => {
    const section = waitSection({
      what: 'validation v',
      samples: [
        { at: T0, status: 'PENDING' },
        { at: T0 + 1000, status: 'SUCCESS', poll: true }
      ]
    })
    expect(section).toContain('<tr><th>Time (UTC)</th><th>Since the first read</th><th>Status</th></tr>')
    expect(section).not.toContain('Ready for cut-over')
    expect(section).not.toContain('Lag')
    expect(section).not.toContain('mermaid')
  })
})
