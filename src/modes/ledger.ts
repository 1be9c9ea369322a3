// The ledger: one durable record per migration of a deployment, since the API cannot list
// migrations and a matrix of the reusable workflow keeps only its last leg's outputs. Each record is
// a GitHub deployment of the caller's repository (environment live-migration-ledger, task
// live-migration:<deployment>), whose payload says what was migrated and whose statuses are the
// status history. Every write creates an object of its own (a record, or a status on one record),
// so matrix legs never race; GitHub keeps deployments until someone deletes them, and reads them
// with deployments: read. Names and IDs only: never a secret.
import type { Deployment, DeploymentState, GitHubClient } from '../clients/github'
import type { Migration } from '../clients/migration'
import { describeMigration } from './migration-watch'

export const LEDGER_ENVIRONMENT = 'live-migration-ledger'
const TASK_PREFIX = 'live-migration:'

export interface LedgerRecord {
  id: number
  deployment: string
  migrationId: string
  projectId: string
  source?: string
  destination?: string
  startedAt: string
}

export interface History {
  /** The last status recorded: "WORKING ready=true lag=3s". */
  last?: string
  lastState?: string
  /** When a status first said ready=true (ISO), if one did. */
  firstReadyAt?: string
}

const STATE: Record<string, DeploymentState> = {
  NEW: 'queued',
  WORKING: 'in_progress',
  COMPLETE: 'success',
  FAILED: 'failure',
  EXPIRED: 'error'
}
/** What counts as a change worth a status: not the lag, which moves at every read. */
const stateLine = (description: string) => description.replace(/ lag=\S*$/, '')

function toRecord(d: Deployment): LedgerRecord | undefined {
  const p = d.payload
  if (!d.task.startsWith(TASK_PREFIX) || typeof p.migrationId !== 'string' || typeof p.projectId !== 'string')
    return undefined
  return {
    id: d.id,
    deployment: d.task.slice(TASK_PREFIX.length),
    migrationId: p.migrationId,
    projectId: p.projectId,
    source: typeof p.source === 'string' ? p.source : undefined,
    destination: typeof p.destination === 'string' ? p.destination : undefined,
    startedAt: typeof p.startedAt === 'string' ? p.startedAt : d.createdAt
  }
}

export class Ledger {
  constructor(
    private readonly client: GitHubClient,
    /** The commit a new record names (GitHub's deployments need a ref; nothing is deployed). */
    private readonly sha: string
  ) {}

  /** The deployment's newest record, if any. */
  async newest(deployment: string): Promise<LedgerRecord | undefined> {
    const found = await this.client.deployments(LEDGER_ENVIRONMENT, TASK_PREFIX + deployment)
    return found.map(toRecord).find(r => r !== undefined)
  }

  /** The deployment's record of this migration: its newest record, or a new one when that names another migration. */
  async recordOf(entry: Omit<LedgerRecord, 'id'>): Promise<{ record: LedgerRecord; created: boolean }> {
    const newest = await this.newest(entry.deployment)
    if (newest?.migrationId === entry.migrationId) return { record: newest, created: false }
    return { record: await this.create(entry), created: true }
  }

  /** The newest record of every deployment. */
  async all(): Promise<LedgerRecord[]> {
    const seen = new Map<string, LedgerRecord>()
    for (const d of await this.client.deployments(LEDGER_ENVIRONMENT)) {
      const record = toRecord(d)
      if (record && !seen.has(record.deployment)) seen.set(record.deployment, record)
    }
    return [...seen.values()]
  }

  async create(record: Omit<LedgerRecord, 'id'>): Promise<LedgerRecord> {
    const { deployment, ...payload } = record
    const created = await this.client.createDeployment({
      ref: this.sha,
      task: TASK_PREFIX + deployment,
      environment: LEDGER_ENVIRONMENT,
      description: `Live migration of ${deployment}`.slice(0, 140),
      payload
    })
    return { ...record, id: created.id }
  }

  async history(record: LedgerRecord): Promise<History> {
    const statuses = await this.client.statuses(record.id) // newest first
    const ready = statuses.filter(s => / ready=true/.test(s.description)).at(-1)
    return { last: statuses[0]?.description, lastState: statuses[0]?.state, firstReadyAt: ready?.createdAt }
  }

  /** Appends the migration's state when it differs from the last one recorded; says whether it did. */
  async note(record: LedgerRecord, migration: Migration, history?: History): Promise<boolean> {
    const line = describeMigration(migration)
    const last = (history ?? (await this.history(record))).last
    if (last !== undefined && stateLine(last) === stateLine(line)) return false
    await this.client.addStatus(record.id, STATE[migration.status] ?? 'in_progress', line)
    return true
  }
}
