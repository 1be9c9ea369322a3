// The job summary: what the step did and how it ended in its first lines, what to do next, then
// what it acted on, what the waits saw, and what was left behind — never a secret.

import type { ActionConfig } from '../config'
import { errorMessage } from '../errors'
import type { Report } from '../mode'
import { MODES } from '../registry'
import type { Step } from '../runner'
import { redact } from '../secrets'
import { waitSection } from './chart'
import type { Ending } from './story'
import { storyOf } from './story'
import type { SummaryView } from './view'
import { escapeHtml, htmlTable, renderView } from './view'

/** The whole summary as the runner's summary file gets it (before redaction). */
export function summaryText(config: ActionConfig, report: Report, end: Ending): { text: string; view: SummaryView } {
  const view: SummaryView = {
    ...storyOf(config, report, end),
    rows: [['Mode', config.mode], ...describe(config), ...report.rows]
  }
  const parts = [
    renderView(view, [
      ...report.tables.map(t => `<h4>${escapeHtml(t.heading)}</h4>\n${htmlTable(t.header, t.rows)}`),
      ...report.waits.map(waitSection).filter(part => part !== '')
    ])
  ]
  if (report.notes.length > 0) parts.push(`<ul>${report.notes.map(n => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`)
  return { text: `${parts.join('\n')}\n`, view }
}

/** The run's page (where a gated cut-over is approved), when the runner says where it is. */
export function runUrl(env: Step['env']): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env
  return server && repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined
}

export async function writeSummary(step: Step, text: string): Promise<void> {
  try {
    // Cells and notes carry server text: out only cleaned of every known secret.
    await step.writeSummary(redact(text))
  } catch (err) {
    step.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}

/** The rows of the mode's registry entry: what the step acted on. */
function describe(config: ActionConfig): [string, string][] {
  return (MODES[config.mode].rows as (c: ActionConfig) => [string, string][])(config)
}
