// The job summary: what was done where, what the waits saw, never a secret.
import * as core from '@actions/core'
import { errorMessage } from './errors'
import type { ActionConfig } from './inputs'
import { MODES } from './modes/registry'
import type { Report } from './report'
import { changes, sparkline } from './report'
import { redact } from './secrets'

export async function writeSummary(
  config: ActionConfig,
  result: string,
  report: Report,
  durationMs: number
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return // run outside a runner (e.g. locally)
  try {
    const summary = core.summary
      .addHeading(
        MODES[config.mode].family === 'migration' ? 'MongoDB live migration' : 'MongoDB live migration link',
        3
      )
      .addTable([
        [
          { data: 'Step', header: true },
          { data: 'Value', header: true }
        ],
        ['Mode', config.mode],
        ...describe(config),
        ...report.rows,
        ['Result', result],
        ['Duration', durationMs < 10_000 ? `${durationMs} ms` : `${(durationMs / 1000).toFixed(1)} s`]
      ])
    for (const table of report.tables) {
      summary.addHeading(table.title, 4).addTable([table.header.map(data => ({ data, header: true })), ...table.rows])
    }
    for (const wait of report.waits) {
      if (wait.samples.length === 0) continue
      summary.addHeading(`Waiting for ${wait.what}`, 4).addTable([
        [
          { data: 'Time (UTC)', header: true },
          { data: 'Status', header: true },
          { data: 'Ready for cut-over', header: true },
          { data: 'Lag', header: true }
        ],
        ...changes(wait.samples).map(s => [
          new Date(s.at).toISOString().slice(0, 19).replace('T', ' '),
          s.status,
          s.ready === undefined ? '' : String(s.ready),
          s.lagSeconds === undefined ? '' : `${s.lagSeconds} s`
        ])
      ])
      const lags = wait.samples.flatMap(s => (s.lagSeconds === undefined ? [] : [s.lagSeconds]))
      if (lags.length > 1) {
        summary.addRaw(
          `<p>Lag over ${wait.samples.length} polls, ${Math.max(...lags)} s at most, ${lags.at(-1)} s last: <code>${sparkline(lags)}</code></p>`,
          true
        )
      }
    }
    if (report.notes.length > 0) summary.addList(report.notes)
    // Cells and notes carry server text: out only cleaned of every known secret.
    const text = redact(summary.stringify())
    await summary.emptyBuffer().addRaw(text).write()
  } catch (err) {
    core.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}

/** The rows of the mode's registry entry: what the step acted on. */
function describe(config: ActionConfig): [string, string][] {
  return (MODES[config.mode].rows as (c: ActionConfig) => [string, string][])(config)
}
