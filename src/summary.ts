// The job summary: what was done where, never a secret.
import * as core from '@actions/core'
import type { ActionConfig } from './inputs'

export async function writeSummary(
  config: ActionConfig,
  result: string,
  notes: string[],
  durationMs: number
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return // run outside a runner (e.g. locally)
  try {
    const summary = core.summary.addHeading('MongoDB live migration link', 3).addTable([
      [
        { data: 'Step', header: true },
        { data: 'Value', header: true }
      ],
      ['Mode', config.mode],
      ...describe(config),
      ['Result', result],
      ['Duration', durationMs < 10_000 ? `${durationMs} ms` : `${(durationMs / 1000).toFixed(1)} s`]
    ])
    if (notes.length > 0) summary.addList(notes)
    await summary.write()
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`)
  }
}

function describe(config: ActionConfig): [string, string][] {
  const host = (baseUrl: string): string => new URL(baseUrl).host
  switch (config.mode) {
    case 'create-link-token':
    case 'delete-link-token':
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
  }
}
