// What each mode's summary says first: its title, the numbers that matter and what to do next,
// from the config, what the mode reported and how it ended. A mode that knows better sets
// report.headline (title, next); a failure's next step comes from the mode, the error's hint, or
// a plain "fix what it says".

import type { ActionConfig, Mode } from '../config'
import { ApiError, counted } from '../errors'
import type { Report } from '../mode'
import { duration, utc } from '../time'
import { CUTOVER_WINDOW_MS } from '../watch/cutover-window'
import type { SummaryView } from './view'

/** What the step was about, for "… failed" and "… cancelled". */
const SUBJECT: Record<Mode, string> = {
  'create-link-token': 'Creating a link token',
  'link-org': 'Linking the organization',
  'create-and-link': 'Creating a link token and linking',
  'link-status': 'Reading the link status',
  'unlink-org': 'Unlinking the organization',
  'delete-link-token': 'Deleting the link tokens',
  'list-migration-sources': 'Listing the migration sources',
  preflight: 'Pre-flight',
  plan: 'Checking the plan',
  'record-migration': 'Recording the migration in the ledger',
  'migrations-in-flight': 'Reading the migrations in flight',
  'validate-migration': 'Validation',
  'start-migration': 'Starting the migration',
  'migration-status': 'Reading the migration',
  evidence: 'Reading the evidence',
  cutover: 'Cut-over'
}

export interface Ending {
  outcome: 'succeeded' | 'failed' | 'cancelled'
  /** The mode's result phrase, or the error's message. */
  result: string
  error?: unknown
  durationMs: number
  /** The run's page, where a gated cut-over is approved. */
  runUrl?: string
}

type Head = Pick<SummaryView, 'outcome' | 'title' | 'facts' | 'next' | 'link' | 'message'>

export function storyOf(config: ActionConfig, report: Report, end: Ending): Head {
  const took = `took ${duration(end.durationMs)}`
  const own = report.headline
  const migration = migrationFacts(config, report)
  const facts = [...(migration?.facts ?? modeFacts(config, report)), took]
  if (end.outcome !== 'succeeded') {
    const failed = end.outcome === 'failed'
    const hint = end.error instanceof ApiError ? end.error.hint : undefined
    return {
      outcome: end.outcome,
      title: own.title ?? `${SUBJECT[config.mode]} ${failed ? 'failed' : 'was cancelled'}`,
      facts,
      message: end.result,
      next:
        own.next ??
        hint ??
        (failed
          ? 'Fix what the message above names, then run the step again.'
          : 'Run the step again when you are ready; nothing was sent after the cancel.')
    }
  }
  const story = migration ? migrationStory(migration, report, end) : linkStory(config, report, end)
  return {
    ...story,
    outcome: own.outcome ?? story.outcome,
    title: own.title ?? story.title,
    next: own.next ?? story.next,
    facts
  }
}

interface MigrationFacts {
  id: string
  status: string
  ready: boolean
  facts: string[]
  cluster?: string
}

/** The migration a step read, from its outputs; undefined when it read none. */
function migrationFacts(config: ActionConfig, report: Report): MigrationFacts | undefined {
  const out = report.outputs
  const id = out['migration-id'] ?? ('migrationId' in config ? config.migrationId : undefined)
  const status = out['migration-status']
  if (id === undefined || status === undefined) return undefined
  const ready = out['ready-for-cutover'] === 'true'
  const lag = out['lag-seconds'] ? `lag ${out['lag-seconds']} s` : 'no lag reported'
  const cluster = 'migration' in config ? config.migration.clusterName : undefined
  const state = ready ? ['ready for cut-over'] : status === 'WORKING' ? [lag] : []
  const evidence = out['evidence-result'] ? [`evidence ${out['evidence-result']}`] : []
  return { id, status, ready, cluster, facts: [`migration ${id}`, status, ...state, ...evidence] }
}

function migrationStory(m: MigrationFacts, report: Report, end: Pick<Ending, 'runUrl'>): Omit<Head, 'facts'> {
  if (m.status === 'COMPLETE') {
    return {
      outcome: 'succeeded',
      title: `Migration ${m.id} is COMPLETE`,
      next: `Switch the application's connection string to the Atlas cluster${m.cluster ? ` ${m.cluster}` : ''}.`
    }
  }
  if (m.status === 'WORKING' && m.ready) {
    const since = report.headline.readySince
    const expiry = since
      ? ` before ${utc(since.at + CUTOVER_WINDOW_MS)}${since.observed ? '' : ' at the latest'} (120 h after readiness was ${since.from === 'ledger' ? 'first recorded in the ledger' : since.observed ? 'first seen' : 'first seen by this step'}; only the Atlas UI extends it)`
      : ''
    return {
      outcome: 'succeeded',
      title: `Migration ${m.id} is ready for cut-over`,
      next: `Stop writes to the source, ${report.outputs['evidence-result'] ? 'read the evidence below, ' : ''}then approve the cut-over${expiry}.`,
      ...(end.runUrl ? { link: { text: 'Approve it in this run', href: end.runUrl } } : {})
    }
  }
  return {
    outcome: 'waiting',
    title: `Migration ${m.id} is ${m.status}, not ready yet`,
    next: `Wait for it with mode migration-status, migration-id ${m.id} and wait-for: ready-for-cutover.`
  }
}

/** The numbers of the modes that read no migration. */
function modeFacts(config: ActionConfig, report: Report): string[] {
  const out = report.outputs
  if (out.status) return [`link ${out.status}`]
  if (out['preflight-report']) {
    const results = (JSON.parse(out['preflight-report']) as { result: string }[]).map(r => r.result)
    const count = (result: string) => results.filter(r => r === result).length
    return [`${count('fail')} failed, ${count('warn')} warned of ${counted(results.length, 'check')}`]
  }
  if (out['plan-report']) {
    const plan = JSON.parse(out['plan-report']) as { deployments: number; conflicts: unknown[] }
    const waves = (JSON.parse(out.waves ?? '[]') as unknown[]).length
    return [counted(plan.deployments, 'deployment'), counted(waves, 'wave'), counted(plan.conflicts.length, 'conflict')]
  }
  if (out['validation-id']) return [`validation ${out['validation-id']}`, out['validation-status'] ?? 'not read']
  if (out['evidence-result']) return [`evidence ${out['evidence-result']}`]
  return ['orgId' in config && config.orgId ? [`org ${config.orgId}`] : []].flat()
}

function linkStory(config: ActionConfig, report: Report, end: Ending): Omit<Head, 'facts'> {
  const out = report.outputs
  const discover = 'Find what can be migrated: mode list-migration-sources with the Atlas org-id.'
  switch (config.mode) {
    case 'create-link-token':
      return {
        outcome: 'succeeded',
        title: `Link token created in Atlas org ${config.orgId}`,
        next: 'Link the source organization with it: mode link-org with link-token from this step’s output.'
      }
    case 'link-org':
    case 'create-and-link':
    case 'link-status': {
      const org = config.mode === 'create-and-link' ? config.sourceOrgId : config.orgId
      const synced = out.status === 'SYNCED'
      return {
        outcome: synced ? 'succeeded' : 'waiting',
        title: `Organization ${org} ${config.mode === 'link-status' ? 'link' : 'linked'}: ${out.status ?? 'status unknown'}`,
        next: synced ? discover : 'Wait for SYNCED: mode link-status, or link-org with wait-for-sync: true.'
      }
    }
    case 'unlink-org':
      return {
        outcome: 'succeeded',
        title: `Organization ${config.orgId} unlinked`,
        next: 'Nothing more: link it again (create-and-link) before another migration.'
      }
    case 'delete-link-token':
      return {
        outcome: 'succeeded',
        title: `Link tokens of Atlas org ${config.orgId} deleted`,
        next: 'Nothing more: create a token again (create-link-token) before another link.'
      }
    case 'list-migration-sources':
      return {
        outcome: 'succeeded',
        title: `${end.result[0]?.toUpperCase()}${end.result.slice(1)} to migrate`,
        next: 'Check one before starting: mode preflight with project-id, cluster-name and source-cluster-name.'
      }
    case 'preflight':
      return {
        outcome: 'succeeded',
        title: `Pre-flight ${out['preflight-result'] === 'warn' ? 'passed with warnings' : 'passed'}`,
        next: `${out['preflight-result'] === 'warn' ? 'Read the warnings below; then start' : 'Start'} the migration: mode start-migration with the same inputs.`
      }
    case 'validate-migration':
      return {
        outcome: 'succeeded',
        title: `Validation ${out['validation-status'] ?? ''} — the migration can start`,
        next: 'Start it: mode start-migration with the same inputs (skip-validation: true to not validate twice).'
      }
    case 'evidence':
      return {
        outcome: 'succeeded',
        title: `Evidence: ${out['evidence-result'] ?? 'not read'}, source beside destination`,
        next: 'Read each warning and its fix below before approving the cut-over; the counts cannot prove the data equal.'
      }
    default:
      return { outcome: 'succeeded', title: end.result, next: discover }
  }
}
