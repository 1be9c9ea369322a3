// A loopback stand-in for the few GitHub REST calls the pipeline makes, with the answer shapes of
// GitHub's REST documentation: a workflow run's review history (GET …/actions/runs/{id}/approvals:
// an array of {environments: [{id, name, …}], state: approved | rejected | pending, user, comment}),
// environments' protection, a run attempt's jobs, and deployments with their statuses
// (fake-github-deployments.ts). A token is a bearer with a set of permissions
// ('actions:read', 'deployments:read', 'deployments:write'); a missing one answers 403 as GitHub
// does for an integration, a wrong token 401. Every request is recorded.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { answerDeployments, type FakeDeployment } from './fake-github-deployments.ts'
import { FakeRateLimiter } from './fake-github-limits.ts'

export type { FakeDeployment }

export interface GitHubReview {
  state: 'approved' | 'rejected' | 'pending'
  environments: string[]
  user?: string
  comment?: string
}

/** An environment's protection, as GET …/environments/{name} and …/deployment_protection_rules answer. */
export interface FakeEnvironment {
  /** Required reviewers' logins; none: no required_reviewers rule. */
  reviewers: string[]
  /** Custom deployment protection rules (GitHub Apps). */
  custom?: { app: string; enabled: boolean }[]
  waitTimer?: number
}

/** One job of a run attempt, as GET …/actions/runs/{id}/attempts/{n}/jobs answers. */
export interface FakeJob {
  id: number
  name: string
  status: 'queued' | 'waiting' | 'in_progress' | 'completed'
  runner_name: string | null
}

export interface GitHubRequest {
  method: string
  path: string
  status: number
  body: string
  authorization?: string
  at: number
}

const LIST = 'application/vnd.github+json'

export class FakeGitHub {
  readonly requests: GitHubRequest[] = []
  /** The review history of each run, by run ID. */
  readonly reviews = new Map<string, GitHubReview[]>()
  readonly deployments: FakeDeployment[] = []
  /** Token → its permissions. */
  readonly tokens = new Map<string, Set<string>>()
  /** Token → the user it acts as (default: a job's GITHUB_TOKEN, github-actions[bot]). */
  readonly users = new Map<string, string>()
  /** The repository's environments, by name (a missing one answers 404). */
  readonly environments = new Map<string, FakeEnvironment>()
  /** The jobs of each run attempt, by 'runId/attempt'. */
  readonly jobs = new Map<string, FakeJob[]>()
  /** Errors quote the Authorization header they got, as a careless proxy might: for the secret scans. */
  echoAuthorization = false
  /** Called with each request once answered, before the answer leaves (a test's trigger). */
  onRequest?: (request: GitHubRequest) => void
  /** The clock behind created_at. */
  now: () => number = Date.now
  private nextId = 1000
  private server = createServer((req, res) => void this.handle(req, res))

  static async start(): Promise<FakeGitHub> {
    const github = new FakeGitHub()
    await new Promise<void>(done => github.server.listen(0, '127.0.0.1', done))
    return github
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** A token with these permissions, e.g. grant('t', 'actions:read', 'deployments:write'). */
  grant(token: string, ...permissions: string[]): void {
    this.tokens.set(token, new Set(permissions))
  }

  approve(runId: string, environment: string, user = 'reviewer', comment = ''): void {
    this.reviews.set(runId, [
      ...(this.reviews.get(runId) ?? []),
      { state: 'approved', environments: [environment], user, comment }
    ])
  }

  /** An environment with required reviewers (and, optionally, custom rules), as a repository admin sets it up. */
  protect(environment: string, protection: Partial<FakeEnvironment> = {}): void {
    this.environments.set(environment, { reviewers: ['reviewer'], ...protection })
  }

  /**
   * A job of a run that references an environment, as GitHub runs it: the job in the attempt's list
   * (in progress on this runner; the attempt's other jobs on this runner are done), and the
   * deployment GitHub creates for it, whose status points at the job's page.
   */
  environmentJob(
    run: { runId: string; attempt?: string; sha?: string },
    name: string,
    environment: string,
    { runner = 'local', status = 'in_progress' }: { runner?: string; status?: FakeJob['status'] } = {}
  ): FakeJob {
    const key = `${run.runId}/${run.attempt ?? '1'}`
    const jobs = this.jobs.get(key) ?? []
    if (status === 'in_progress') for (const job of jobs) if (job.runner_name === runner) job.status = 'completed'
    const job: FakeJob = { id: this.nextId++, name, status, runner_name: status === 'in_progress' ? runner : null }
    this.jobs.set(key, [...jobs, job])
    const sha = run.sha ?? 'f'.repeat(40)
    this.deployments.push({
      id: this.nextId++,
      sha,
      ref: 'main',
      task: 'deploy',
      environment,
      description: null,
      payload: {},
      created_at: this.iso(),
      creator: 'octocat',
      statuses: [
        {
          id: this.nextId++,
          state: status === 'in_progress' ? 'in_progress' : 'waiting',
          description: '',
          created_at: this.iso(),
          log_url: `https://github.com/OWNER/REPO/actions/runs/${run.runId}/job/${job.id}`
        }
      ]
    })
    return job
  }

  /** The ledger as GitHub holds it: each record's payload, task and statuses. */
  records(environment = 'live-migration-ledger'): FakeDeployment[] {
    return this.deployments.filter(d => d.environment === environment)
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(done => this.server.close(() => done()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    // GitHub counts a GITHUB_TOKEN's requests per repository; a request is under way from its arrival.
    const key = /^\/repos\/([^/]+\/[^/]+)/.exec(url.pathname)?.[1] ?? req.headers.authorization ?? ''
    this.rateLimits.arrive(key)
    res.on('close', () => this.rateLimits.done(key))
    let body = ''
    for await (const chunk of req) body += chunk
    const recorded: GitHubRequest = {
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      status: 0,
      body,
      authorization: req.headers.authorization,
      at: Date.now()
    }
    this.requests.push(recorded)
    const limited = this.rateLimits.check(req.method ?? '', key)
    const [status, answer] = limited.refusal ?? this.answer(req, url, body)
    recorded.status = status
    this.onRequest?.(recorded)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3',
      ...limited.headers
    })
    res.end(answer === undefined ? '' : JSON.stringify(answer))
  }

  private answer(req: IncomingMessage, url: URL, body: string): [number, unknown] {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const permissions = token === undefined ? undefined : this.tokens.get(token)
    const echo = this.echoAuthorization ? ` (got ${req.headers.authorization})` : ''
    if (!permissions)
      return [401, { message: `Bad credentials${echo}`, documentation_url: 'https://docs.github.com/rest' }]
    if (!String(req.headers.accept ?? '').includes(LIST) && req.headers.accept !== 'application/json') {
      return [415, { message: 'Unsupported Media Type' }]
    }
    const denied = (permission: string): [number, unknown] | undefined =>
      permissions.has(permission) ||
      (permission.endsWith(':read') && permissions.has(permission.replace(':read', ':write')))
        ? undefined
        : [
            403,
            { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }
          ]
    const page = <T>(items: T[]): T[] => {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
      const n = Number(url.searchParams.get('page') ?? 1)
      return items.slice((n - 1) * perPage, n * perPage)
    }
    const path = url.pathname
    const environment = /^\/repos\/[^/]+\/[^/]+\/environments\/([^/]+)(\/deployment_protection_rules)?$/.exec(path)
    if (environment && req.method === 'GET') {
      const no = denied('actions:read')
      if (no) return no
      const found = this.environments.get(decodeURIComponent(environment[1] as string))
      if (!found) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }]
      if (environment[2]) {
        const rules = (found.custom ?? []).map((rule, i) => ({
          id: 3500 + i,
          node_id: `CDPR_${i}`,
          enabled: rule.enabled,
          app: { id: 1, slug: rule.app, integration_url: '', node_id: 'A_1' }
        }))
        return [200, { total_count: rules.length, custom_deployment_protection_rules: rules }]
      }
      const rules: unknown[] = []
      if (found.reviewers.length > 0)
        rules.push({
          id: 1,
          node_id: 'GA_1',
          type: 'required_reviewers',
          prevent_self_review: false,
          reviewers: found.reviewers.map(login => ({ type: 'User', reviewer: { login, id: 2, type: 'User' } }))
        })
      if (found.waitTimer) rules.push({ id: 2, node_id: 'GA_2', type: 'wait_timer', wait_timer: found.waitTimer })
      return [
        200,
        { id: 7, node_id: 'EN_7', name: decodeURIComponent(environment[1] as string), protection_rules: rules }
      ]
    }
    const attemptJobs = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/attempts\/(\d+)\/jobs$/.exec(path)
    if (attemptJobs && req.method === 'GET') {
      const no = denied('actions:read')
      if (no) return no
      const jobs = this.jobs.get(`${attemptJobs[1]}/${attemptJobs[2]}`) ?? []
      return [
        200,
        { total_count: jobs.length, jobs: page(jobs).map(job => ({ ...job, run_id: Number(attemptJobs[1]) })) }
      ]
    }
    const runs = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/approvals$/.exec(path)
    if (runs && req.method === 'GET') {
      const no = denied('actions:read')
      if (no) return no
      return [200, (this.reviews.get(runs[1] as string) ?? []).map(r => this.review(r))]
    }
    const deployments = answerDeployments({
      deployments: this.deployments,
      nextId: () => this.nextId++,
      iso: () => this.iso(),
      creator: this.users.get(token as string) ?? 'github-actions[bot]',
      method: req.method ?? '',
      path,
      url,
      body,
      denied,
      page
    })
    if (deployments) return deployments
    return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }]
  }

  private iso(): string {
    return new Date(this.now()).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private review(r: GitHubReview) {
    return {
      environments: r.environments.map((name, i) => ({
        id: 100 + i,
        node_id: `EN_${i}`,
        name,
        url: '',
        html_url: '',
        created_at: this.iso(),
        updated_at: this.iso()
      })),
      state: r.state,
      user: { login: r.user ?? 'reviewer', id: 1, type: 'User' },
      comment: r.comment ?? ''
    }
  }

  // ── Rate limits: GitHub's primary and secondary limits on the clock `now` (fake-github-limits.ts) ──
  /** None enforced unless set: `rateLimits.limits = GITHUB_TOKEN_LIMITS`, or `rateLimits.refuseNext`. */
  readonly rateLimits = new FakeRateLimiter(() => this.now())
}
