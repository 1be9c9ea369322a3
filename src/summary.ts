// The job summary: what was done where, what the waits saw, never a secret.
import * as core from '@actions/core'
import type { ActionConfig } from './inputs'
import { MIGRATION_MODES } from './inputs'
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
        (MIGRATION_MODES as readonly string[]).includes(config.mode)
          ? 'MongoDB live migration'
          : 'MongoDB live migration link',
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
    core.warning(`Could not write the job summary: ${(err as Error).message}`)
  }
}

function describe(config: ActionConfig): [string, string][] {
  const host = (baseUrl: string): string => new URL(baseUrl).host
  switch (config.mode) {
    case 'create-link-token':
    case 'delete-link-token':
    case 'list-migration-sources':
      return [
        ['Atlas organization', config.orgId],
        ['Host', host(config.atlas.baseUrl)]
      ]
    case 'link-org':
    case 'link-status':
    case 'unlink-org':
      return [
        ['Source organization', config.orgId],
        ['Host', host(config.source.baseUrl)]
      ]
    case 'create-and-link':
      return [
        ['Atlas organization', config.orgId],
        ['Atlas host', host(config.atlas.baseUrl)],
        ['Source organization', config.sourceOrgId],
        ['Source host', host(config.source.baseUrl)]
      ]
    case 'validate-migration':
    case 'start-migration':
      return [
        ['Destination project', config.projectId],
        ['Destination cluster', config.migration.clusterName],
        ['Source cluster', config.migration.sourceClusterName],
        ['Host', host(config.atlas.baseUrl)]
      ]
    case 'migration-status':
    case 'cutover':
      return [
        ['Destination project', config.projectId],
        ['Migration ID', config.migrationId],
        ['Host', host(config.atlas.baseUrl)]
      ]
  }
}
