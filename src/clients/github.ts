// The few GitHub REST calls the pipeline makes: what proves an approval (a run's review history,
// the environment's protection now, the jobs of the run that GitHub deployed to it) and the
// deployments that hold the ledger. It is given the API URL, the repository and a session with the
// token; it knows nothing else of the runner. Everything it returns is data: callers check forms.
import { ApiError, StepError } from '../errors'
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
  /** The reviewer's comment ('' when none). */
  comment: string
}

/** An environment's protection as GitHub holds it now. */
export interface EnvironmentProtection {
  /** The required reviewers (user logins, team slugs); empty without that rule. */
  reviewers: string[]
  /** Every rule's type: required_reviewers, wait_timer, branch_policy. */
  ruleTypes: string[]
}

/** One job of a run attempt. */
export interface RunJob {
  id: number
  name: string
  status: string
  runnerName?: string
}

export interface Deployment {
  id: number
  task: string
  createdAt: string
  payload: Record<string, unknown>
  /** Who created it: the login of the token's user (github-actions[bot] for a job's GITHUB_TOKEN). */
  creator?: string
  environment?: string
}

export interface DeploymentStatus {
  state: string
  description: string
  createdAt: string
  /** Where the status points (log_url, else target_url): a job's page for an environment's deployment. */
  logUrl?: string
  /** Who created it: the login of the token's user. */
  creator?: string
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
    const request = {
      ...read("Read the run's review history", `${this.repo}/actions/runs/${encoded(runId)}/approvals`, GITHUB_JSON),
      permission: 'actions: read'
    }
    const response = await call(this.session, request)
    const body = parseJson(response.body)
    if (!Array.isArray(body)) unreadable(this.session, request, response, 'is not a list of reviews')
    return body.map(entry => {
      const review = asRecord(entry) ?? {}
      const environments = Array.isArray(review.environments) ? review.environments : []
      return {
        state: text(review.state) ?? '',
        environments: environments.flatMap(e => text(asRecord(e)?.name) ?? []),
        user: text(asRecord(review.user)?.login),
        comment: typeof review.comment === 'string' ? review.comment : ''
      }
    })
  }

  /** The environment's protection rules now; undefined when GitHub has no such environment (404). */
  async environment(name: string): Promise<EnvironmentProtection | undefined> {
    const request = {
      ...read('Read the environment (its protection rules)', `${this.repo}/environments/${encoded(name)}`, GITHUB_JSON),
      permission: 'actions: read'
    }
    let response: Awaited<ReturnType<typeof call>>
    try {
      response = await call(this.session, request)
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return undefined
      throw err
    }
    const rules = asRecord(parseJson(response.body))?.protection_rules
    if (!Array.isArray(rules)) unreadable(this.session, request, response, "did not carry 'protection_rules'")
    const all = rules.flatMap(rule => {
      const found = asRecord(rule)
      return found ? [found] : []
    })
    const reviewers = all
      .filter(rule => rule.type === 'required_reviewers')
      .flatMap(rule => (Array.isArray(rule.reviewers) ? rule.reviewers : []))
      .flatMap(entry => {
        const reviewer = asRecord(asRecord(entry)?.reviewer)
        return text(reviewer?.login) ?? text(reviewer?.slug) ?? []
      })
    return { reviewers, ruleTypes: all.flatMap(rule => text(rule.type) ?? []) }
  }

  /** The environment's custom deployment protection rules (GitHub Apps), enabled or not. */
  async customProtectionRules(name: string): Promise<{ enabled: boolean; app: string }[]> {
    const request = {
      ...read(
        "Read the environment's custom deployment protection rules",
        `${this.repo}/environments/${encoded(name)}/deployment_protection_rules`,
        GITHUB_JSON
      ),
      permission: 'actions: read'
    }
    const response = await call(this.session, request)
    const rules = asRecord(parseJson(response.body))?.custom_deployment_protection_rules
    if (!Array.isArray(rules))
      unreadable(this.session, request, response, "did not carry 'custom_deployment_protection_rules'")
    return rules.flatMap(entry => {
      const rule = asRecord(entry)
      return rule ? [{ enabled: rule.enabled === true, app: text(asRecord(rule.app)?.slug) ?? 'an app' }] : []
    })
  }

  /** The jobs of one attempt of a run. */
  async attemptJobs(runId: string, attempt: string): Promise<RunJob[]> {
    const path = `${this.repo}/actions/runs/${encoded(runId)}/attempts/${encoded(attempt)}/jobs`
    const all = await this.pages("Read the run's jobs", path, 'actions: read', 'jobs')
    return all.flatMap(entry => {
      const job = asRecord(entry)
      if (!job || typeof job.id !== 'number') return []
      return [
        { id: job.id, name: text(job.name) ?? '', status: text(job.status) ?? '', runnerName: text(job.runner_name) }
      ]
    })
  }

  /** Every deployment of the environment (one task or commit, when given), newest first. */
  async deployments(environment: string, filter: { task?: string; sha?: string } = {}): Promise<Deployment[]> {
    const query = [
      `environment=${encodeURIComponent(environment)}`,
      ...(filter.task ? [`task=${encodeURIComponent(filter.task)}`] : []),
      ...(filter.sha ? [`sha=${encodeURIComponent(filter.sha)}`] : [])
    ].join('&')
    const all = await this.pages('Read deployments', `${this.repo}/deployments?${query}`, 'deployments: read')
    return all.flatMap(entry => deploymentOf(entry) ?? [])
  }

  async statuses(deploymentId: number): Promise<DeploymentStatus[]> {
    const all = await this.pages(
      "Read a deployment's statuses",
      `${this.repo}/deployments/${deploymentId}/statuses`,
      'deployments: read'
    )
    return all.flatMap(entry => {
      const s = asRecord(entry)
      return s
        ? [
            {
              state: text(s.state) ?? '',
              description: text(s.description) ?? '',
              createdAt: text(s.created_at) ?? '',
              logUrl: text(s.log_url) ?? text(s.target_url),
              creator: text(asRecord(s.creator)?.login)
            }
          ]
        : []
    })
  }

  /** A new deployment: one ledger record. Required contexts none and no merge, so GitHub checks nothing of the ref. */
  async createDeployment(
    record: {
      ref: string
      task: string
      environment: string
      description: string
      payload: object
    },
    { afterCancel = false }: { afterCancel?: boolean } = {}
  ): Promise<Deployment> {
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
      afterCancel,
      permission: 'deployments: write',
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

  /**
   * Appends one status to a record; never marks other records inactive (auto_inactive: false).
   * Returns the environment of the deployment it went on, as GitHub's answer names it.
   */
  async addStatus(
    deploymentId: number,
    state: DeploymentState,
    description: string
  ): Promise<{ environment?: string }> {
    const response = await call(this.session, {
      operation: 'Write the ledger (add a deployment status)',
      method: 'POST',
      path: `${this.repo}/deployments/${deploymentId}/statuses`,
      accept: GITHUB_JSON,
      contentType: 'application/json',
      body: JSON.stringify({ state, description: description.slice(0, 140), auto_inactive: false }),
      permission: 'deployments: write',
      ifUncertain: 'the status may have been recorded; recording it again is harmless.'
    })
    return { environment: text(asRecord(parseJson(response.body))?.environment) }
  }

  /** Every page of a list; `field` names the list in an object answer ({total_count, jobs: […]}). */
  private async pages(operation: string, path: string, permission: string, field?: string): Promise<unknown[]> {
    const all: unknown[] = []
    const separator = path.includes('?') ? '&' : '?'
    for (let page = 1; page <= MAX_PAGES; page++) {
      const request = {
        ...read(operation, `${path}${separator}per_page=${PER_PAGE}&page=${page}`, GITHUB_JSON),
        permission
      }
      const response = await call(this.session, request)
      const parsed = parseJson(response.body)
      const body = field ? asRecord(parsed)?.[field] : parsed
      if (!Array.isArray(body)) unreadable(this.session, request, response, 'is not a list')
      all.push(...body)
      if (body.length < PER_PAGE) return all
    }
    throw new StepError(
      `${operation}: stopped after ${MAX_PAGES} full pages of ${PER_PAGE}, with more to come; this action reads no more than that.`
    )
  }
}

/** A deployment as GitHub answers it, or undefined for anything without a numeric id. */
function deploymentOf(entry: unknown): Deployment | undefined {
  const d = asRecord(entry)
  if (!d || typeof d.id !== 'number') return undefined
  return {
    id: d.id,
    task: text(d.task) ?? '',
    createdAt: text(d.created_at) ?? '',
    payload: asRecord(d.payload) ?? {},
    creator: text(asRecord(d.creator)?.login),
    environment: text(d.environment)
  }
}
