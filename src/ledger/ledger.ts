// The ledger: one durable record per migration of a deployment, since the API cannot list
// migrations and a matrix of the reusable workflow keeps only its last leg's outputs. Each record is
// a GitHub deployment of the caller's repository (environment live-migration-ledger, task
// live-migration:<deployment>), whose payload says what was migrated and its state as started, and
// whose statuses hold what a later run needs: first readiness and the end. Every write creates an object of its own (a record, or a status on one record),
// so matrix legs never race; GitHub keeps deployments until someone deletes them, and reads them
// with deployments: read. Names and IDs only: never a secret.
//
// Anyone with deployments: write can create a record, so a record is a claim, never an order: only
// records the action wrote with a job's GITHUB_TOKEN are taken up, each value must have the form
// this action writes before it is used (IDs go into Atlas paths), and a record must match the
// project, cluster and source the step was given. Its values are data: checked, never logged raw.
// A status is a claim too: it counts only when the action's token wrote it, in the form it writes,
// naming the migration of the record it is on (so a status sent to another record by a wrong
// ledger-record input is one no reader counts, and the cut-over needs no read to check the ID).
import type { Deployment, DeploymentState, GitHubClient } from '../clients/github'
import type { Migration } from '../clients/migration'
import { StepError } from '../errors'
import { isClusterName, isMongoId } from '../forms'
import { isName } from '../inputs/fields'
import { describeMigration, isReady } from '../watch/migration-watch'

export const LEDGER_ENVIRONMENT = 'live-migration-ledger'
const TASK_PREFIX = 'live-migration:'
/** Who the action writes as: a job's GITHUB_TOKEN acts as the GitHub Actions app's bot user. */
export const LEDGER_WRITER = 'github-actions[bot]'

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/
const LOGIN = /^[A-Za-z0-9-]{1,39}(?:\[bot\])?$/

/** What the step was given: a record of the deployment must say the same. */
export interface Expected {
  projectId: string
  destination?: string
  source?: string
}

export interface LedgerRecord {
  id: number
  deployment: string
  migrationId: string
  projectId: string
  source?: string
  destination?: string
  /** The source's Cloud Manager / Ops Manager project (records since the evidence; older ones lack it). */
  sourceProjectId?: string
  startedAt: string
  /** The migration's state as the record was written ("NEW ready=false lag=none"): its first status, at startedAt. */
  state?: string
}

/** A record as far as its history needs it: its ID and migration, and its own state where known. */
export type RecordRef = Pick<LedgerRecord, 'id' | 'migrationId'> & Partial<Pick<LedgerRecord, 'state' | 'startedAt'>>

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
/** A state in the form describeMigration writes it. */
const STATE_LINE = /^(NEW|WORKING|COMPLETE|FAILED|EXPIRED) ready=(true|false) lag=(none|\d+s)$/
/** A status as the ledger writes it: a state, then the migration it is of (the earlier form: the state alone). */
const STATUS_LINE = new RegExp(
  `^(?<state>${STATE_LINE.source.slice(1, -1)})(?: migration=(?<migration>[a-f0-9]{24}))?$`
)

/** The status the ledger writes for a migration's state, on the record of that migration. */
export const statusLine = (migration: Migration, migrationId: string): string =>
  `${describeMigration(migration)} migration=${migrationId}`
/** Atlas's statuses after which a migration is over. */
const ENDS = ['COMPLETE', 'FAILED', 'EXPIRED']

/** A source deployment's name as source-cluster-name takes it: one line, no '/' or '\\', not '.' or '..'. */
const isSourceName = (value: string) => isName(value) && !/[/\\]/.test(value) && value !== '.' && value !== '..'

/** A ledger deployment the action did not write, or not in the form it writes. */
export class LedgerRecordError extends StepError {}

/** Who created a record, as far as it can be shown (a login in GitHub's form, else 'someone'). */
export const creatorOf = (d: Deployment): string => (d.creator && LOGIN.test(d.creator) ? d.creator : 'someone')

/** A record, when the deployment is one the action wrote and every value has its form; else why not. */
function toRecord(d: Deployment): LedgerRecord | string {
  if (d.creator !== LEDGER_WRITER)
    return `it was created by ${creatorOf(d)}, not by a workflow's GITHUB_TOKEN (${LEDGER_WRITER})`
  const p = d.payload
  const text = (value: unknown, form: RegExp | ((value: string) => boolean)) =>
    typeof value === 'string' && (typeof form === 'function' ? form(value) : form.test(value)) ? value : undefined
  // A deployment name as the input takes it: one line, printable, at most 100 characters.
  const name = d.task.slice(TASK_PREFIX.length)
  const deployment = d.task.startsWith(TASK_PREFIX) && isName(name) && name.length <= 100 ? name : undefined
  const migrationId = text(p.migrationId, isMongoId)
  const projectId = text(p.projectId, isMongoId)
  // The action always writes startedAt; GitHub's created_at stands in only where a record has none.
  const startedAt = p.startedAt === undefined ? text(d.createdAt, ISO_TIME) : text(p.startedAt, ISO_TIME)
  const bad = [
    !deployment && 'task',
    !migrationId && 'migrationId (24 hexadecimal characters)',
    !projectId && 'projectId (24 hexadecimal characters)',
    !startedAt && 'startedAt (an ISO time)',
    p.source !== undefined && !text(p.source, isSourceName) && 'source (a deployment name on one line)',
    p.destination !== undefined && !text(p.destination, isClusterName) && 'destination (a cluster name)',
    p.state !== undefined && !text(p.state, STATE_LINE) && 'state',
    p.sourceProjectId !== undefined &&
      !text(p.sourceProjectId, isMongoId) &&
      'sourceProjectId (24 hexadecimal characters)'
  ].filter(Boolean)
  if (bad.length > 0 || !deployment || !migrationId || !projectId || !startedAt)
    return `its ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not in the form this action writes`
  return {
    id: d.id,
    deployment,
    migrationId,
    projectId,
    source: typeof p.source === 'string' ? p.source : undefined,
    destination: typeof p.destination === 'string' ? p.destination : undefined,
    ...(typeof p.sourceProjectId === 'string' ? { sourceProjectId: p.sourceProjectId } : {}),
    startedAt,
    ...(typeof p.state === 'string' ? { state: p.state } : {})
  }
}

/**
 * The history of a record from its statuses (newest first) and, before them all, its own state (the
 * payload's, as it was written). Only the statuses the action wrote of this record's migration count
 * (the header above); each is taken as its state line.
 */
export function historyOf(
  record: RecordRef,
  statuses: { state: string; description: string; createdAt: string; creator?: string }[]
): History {
  const { state, startedAt = '' } = record
  const first = state
    ? [{ state: STATE[state.split(' ')[0] as string] ?? '', description: state, createdAt: startedAt }]
    : []
  const counted = statuses.flatMap(status => {
    const line = STATUS_LINE.exec(status.description)?.groups
    const ofThisMigration = line?.migration === undefined || line.migration === record.migrationId
    return status.creator === LEDGER_WRITER && line?.state && ofThisMigration
      ? [{ ...status, description: line.state }]
      : []
  })
  const entries = [...counted, ...first]
  const ready = entries
    .filter(s => / ready=true/.test(s.description) && ISO_TIME.test(s.createdAt))
    .map(s => s.createdAt)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0]
  return { last: entries[0]?.description, lastState: entries[0]?.state, firstReadyAt: ready }
}

/**
 * Whether the ledger should hold this state. It keeps what a later run needs and no more, since each
 * status is one of the 500 writes an hour GitHub allows: when the migration was first ready (its
 * cut-over window runs from then) and how it ended. The changes in between (NEW to WORKING, the lag)
 * are Atlas's to tell, read at every run.
 */
export function worthRecording(migration: Migration, history: History): boolean {
  if (ENDS.includes(migration.status)) return history.last?.split(' ')[0] !== migration.status
  return isReady(migration) && history.firstReadyAt === undefined
}

/** Why the record is not of what the step was given, or undefined when it matches. */
function mismatch(record: LedgerRecord, expected: Expected): string | undefined {
  const differs = [
    record.projectId !== expected.projectId && `project ${record.projectId}, not project-id ${expected.projectId}`,
    expected.destination !== undefined &&
      record.destination !== undefined &&
      record.destination !== expected.destination &&
      `destination cluster '${record.destination}', not cluster-name '${expected.destination}'`,
    expected.source !== undefined &&
      record.source !== undefined &&
      record.source !== expected.source &&
      'another source cluster than source-cluster-name'
  ].filter(Boolean)
  return differs.length > 0 ? differs.join('; ') : undefined
}

export class Ledger {
  constructor(
    private readonly client: GitHubClient,
    /** The commit a new record names (GitHub's deployments need a ref; nothing is deployed). */
    private readonly sha: string,
    /** Told of each record passed over (another writer, another form), in words that quote none of its values. */
    private readonly warn: (message: string) => void = () => {}
  ) {}

  /**
   * The deployment's newest record the action wrote, if any. Records of other writers are passed
   * over with a warning; a record of the action's that is malformed, or of another project, cluster
   * or source than the step's, stops the step: it is never taken up, and never silently replaced.
   */
  async newest(deployment: string, expected?: Expected): Promise<LedgerRecord | undefined> {
    for (const d of await this.client.deployments(LEDGER_ENVIRONMENT, { task: TASK_PREFIX + deployment })) {
      const record = toRecord(d)
      if (typeof record !== 'string') {
        const differs = expected && mismatch(record, expected)
        if (differs) {
          throw new LedgerRecordError(
            `The ledger's record ${d.id} of deployment '${deployment}' is of ${differs}: it is not taken up, and nothing is started beside it. Check the deployment-name (one per deployment), or, if this deployment moved, delete record ${d.id} (the deployments of environment ${LEDGER_ENVIRONMENT}) and re-run.`
          )
        }
        return record
      }
      if (d.creator !== LEDGER_WRITER) {
        this.warn(`The ledger's record ${d.id} of deployment '${deployment}' is passed over: ${record}.`)
        continue
      }
      throw new LedgerRecordError(
        `The ledger's record ${d.id} of deployment '${deployment}' cannot be used: ${record}. Delete it (the deployments of environment ${LEDGER_ENVIRONMENT}) and re-run.`
      )
    }
    return undefined
  }

  /** The deployment's record of this migration: its newest record, or a new one when that names another migration. */
  async recordOf(
    entry: Omit<LedgerRecord, 'id'>,
    expected?: Expected
  ): Promise<{ record: LedgerRecord; created: boolean }> {
    const newest = await this.newest(entry.deployment, expected)
    if (newest?.migrationId === entry.migrationId) return { record: newest, created: false }
    return { record: await this.create(entry), created: true }
  }

  /** The newest record of every deployment; those passed over are told to warn. */
  async all(): Promise<LedgerRecord[]> {
    const seen = new Map<string, LedgerRecord>()
    for (const d of await this.client.deployments(LEDGER_ENVIRONMENT)) {
      const record = toRecord(d)
      if (typeof record === 'string') {
        this.warn(`The ledger's record ${d.id} is passed over: ${record}.`)
        continue
      }
      if (!seen.has(record.deployment)) seen.set(record.deployment, record)
    }
    return [...seen.values()]
  }

  /**
   * A new record. afterCancel: the record of a migration that now exists is written even after a
   * cancel (within the transport's grace): it records what happened, it changes nothing.
   */
  async create(record: Omit<LedgerRecord, 'id'>, options: { afterCancel?: boolean } = {}): Promise<LedgerRecord> {
    const { deployment, ...payload } = record
    const created = await this.client.createDeployment(
      {
        ref: this.sha,
        task: TASK_PREFIX + deployment,
        environment: LEDGER_ENVIRONMENT,
        description: `Live migration of ${deployment}`.slice(0, 140),
        payload
      },
      options
    )
    return { ...record, id: created.id }
  }

  async history(record: RecordRef): Promise<History> {
    return historyOf(record, await this.client.statuses(record.id))
  }

  /**
   * Appends the migration's state where the ledger should hold it (worthRecording); says whether it
   * did. A record named by an input (ledger-record) is written to unread: when GitHub's answer shows
   * the deployment is not in the ledger's environment, that is an error that says where it went.
   */
  async note(record: RecordRef, migration: Migration, history?: History): Promise<boolean> {
    const known = history ?? (await this.history(record))
    if (!worthRecording(migration, known)) return false
    const line = statusLine(migration, record.migrationId)
    const { environment } = await this.client.addStatus(record.id, STATE[migration.status] ?? 'in_progress', line)
    if (environment !== undefined && environment !== LEDGER_ENVIRONMENT)
      throw new LedgerRecordError(
        `deployment ${record.id} is not a ledger record (its environment is not ${LEDGER_ENVIRONMENT}): the status "${line}" went on it, where no reader of the ledger counts it. Check the input ledger-record`
      )
    return true
  }
}
