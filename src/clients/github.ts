// The few GitHub REST calls the pipeline makes: a workflow run's review history (the proof of an
// approval) and the deployments that hold the ledger. It is given the API URL, the repository and
// a session with the token; it knows nothing else of the runner.
import { StepError } from '../errors'
import type { ApiSession } from '../transport/session'
import { call, parseJson, unreadable } from './call'
import { asRecord, encoded, read, text } from './reads'

const GITHUB_JSON = 'application/vnd.github+json'
const PER_PAGE = 100
const MAX_PAGES = 20

/** One entry of a run's review history (GET …/actions/runs/{run_id}/approvals). */
export interface Review {
  state: string
  environments: string[]
  user?: string
}

export interface Deployment {
  id: number
  task: string
  createdAt: string
  payload: Record<string, unknown>
}

export interface DeploymentStatus {
  state: string
  description: string
  createdAt: string
}

export type DeploymentState = 'queued' | 'in_progress' | 'success' | 'failure' | 'error'

export class GitHubClient {
  constructor(
    private readonly session: ApiSession,
    /** owner/name */
    private readonly repository: string
  ) {}

  private get repo(): string {
    return `/repos/${this.repository.split('/').map(encoded).join('/')}`
  }

  async reviews(runId: string): Promise<Review[]> {
    const request = read(
      "Read the run's review history",
      `${this.repo}/actions/runs/${encoded(runId)}/approvals`,
      GITHUB_JSON
    )
    const response = await call(this.session, request)
    const body = parseJson(response.body)
    if (!Array.isArray(body)) unreadable(this.session, request, response, 'is not a list of reviews')
    return body.map(entry => {
      const review = asRecord(entry) ?? {}
      const environments = Array.isArray(review.environments) ? review.environments : []
      return {
        state: text(review.state) ?? '',
        environments: environments.flatMap(e => text(asRecord(e)?.name) ?? []),
        user: text(asRecord(review.user)?.login)
      }
    })
  }

  /** Every deployment of the environment (one task, when given), newest first. */
  async deployments(environment: string, task?: string): Promise<Deployment[]> {
    const query = `environment=${encodeURIComponent(environment)}${task ? `&task=${encodeURIComponent(task)}` : ''}`
    const all = await this.pages('Read the ledger (deployments)', `${this.repo}/deployments?${query}`)
    return all.flatMap(entry => {
      const d = asRecord(entry)
      if (!d || typeof d.id !== 'number') return []
      return [
        { id: d.id, task: text(d.task) ?? '', createdAt: text(d.created_at) ?? '', payload: asRecord(d.payload) ?? {} }
      ]
    })
  }

  async statuses(deploymentId: number): Promise<DeploymentStatus[]> {
    const all = await this.pages(
      "Read a ledger record's history (deployment statuses)",
      `${this.repo}/deployments/${deploymentId}/statuses`
    )
    return all.flatMap(entry => {
      const s = asRecord(entry)
      return s
        ? [{ state: text(s.state) ?? '', description: text(s.description) ?? '', createdAt: text(s.created_at) ?? '' }]
        : []
    })
  }

  /** A new deployment: one ledger record. Required contexts none and no merge, so GitHub checks nothing of the ref. */
  async createDeployment(record: {
    ref: string
    task: string
    environment: string
    description: string
    payload: object
  }): Promise<Deployment> {
    const request = {
      operation: 'Write the ledger (create a deployment)',
      method: 'POST' as const,
      path: `${this.repo}/deployments`,
      accept: GITHUB_JSON,
      contentType: 'application/json',
      body: JSON.stringify({
        ...record,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: false
      }),
      ifUncertain:
        'a ledger record may have been created; a second one for the same migration is harmless (the newest is read).'
    }
    const response = await call(this.session, request)
    const d = asRecord(parseJson(response.body))
    if (!d || typeof d.id !== 'number')
      unreadable(this.session, request, response, "did not carry the deployment's 'id'")
    return {
      id: d.id as number,
      task: record.task,
      createdAt: text(d.created_at) ?? '',
      payload: record.payload as Record<string, unknown>
    }
  }

  /** Appends one status to a record; never marks other records inactive (auto_inactive: false). */
  async addStatus(deploymentId: number, state: DeploymentState, description: string): Promise<void> {
    await call(this.session, {
      operation: 'Write the ledger (add a deployment status)',
      method: 'POST',
      path: `${this.repo}/deployments/${deploymentId}/statuses`,
      accept: GITHUB_JSON,
      contentType: 'application/json',
      body: JSON.stringify({ state, description: description.slice(0, 140), auto_inactive: false }),
      ifUncertain: 'the status may have been recorded; recording it again is harmless.'
    })
  }

  private async pages(operation: string, path: string): Promise<unknown[]> {
    const all: unknown[] = []
    const separator = path.includes('?') ? '&' : '?'
    for (let page = 1; page <= MAX_PAGES; page++) {
      const request = read(operation, `${path}${separator}per_page=${PER_PAGE}&page=${page}`, GITHUB_JSON)
      const response = await call(this.session, request)
      const body = parseJson(response.body)
      if (!Array.isArray(body)) unreadable(this.session, request, response, 'is not a list')
      all.push(...body)
      if (body.length < PER_PAGE) return all
    }
    throw new StepError(
      `${operation}: stopped after ${MAX_PAGES} full pages of ${PER_PAGE}, with more to come; this action reads no more than that.`
    )
  }
}
