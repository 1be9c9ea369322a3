// A loopback stand-in for the few GitHub REST calls the pipeline makes, with the answer shapes of
// GitHub's REST documentation: a workflow run's review history (GET …/actions/runs/{id}/approvals:
// an array of {environments: [{id, name, …}], state: approved | rejected | pending, user, comment}),
// and deployments with their statuses (POST and GET, newest first, per_page / page, filtered by
// environment and task; auto_inactive honoured). A token is a bearer with a set of permissions
// ('actions:read', 'deployments:read', 'deployments:write'); a missing one answers 403 as GitHub
// does for an integration, a wrong token 401. Every request is recorded.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FakeRateLimiter } from './fake-github-limits.ts'

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

export interface FakeDeployment {
  id: number
  sha: string
  ref: string
  task: string
  environment: string
  description: string | null
  payload: Record<string, unknown>
  created_at: string
  /** The token's user: github-actions[bot] for a job's GITHUB_TOKEN, a person's login for their token. */
  creator?: string
  statuses: { id: number; state: string; description: string; created_at: string; log_url?: string; creator?: string }[]
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
    const one = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)$/.exec(path)
    if (one && req.method === 'GET') {
      const found = this.deployments.find(d => d.id === Number(one[1]))
      return denied('deployments:read') ?? (found ? [200, this.deployment(found)] : [404, { message: 'Not Found' }])
    }
    const statuses = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(path)
    if (statuses) {
      const deployment = this.deployments.find(d => d.id === Number(statuses[1]))
      if (!deployment) return [404, { message: 'Not Found' }]
      if (req.method === 'GET')
        return denied('deployments:read') ?? [200, page([...deployment.statuses].reverse()).map(s => this.status(s))]
      const no = denied('deployments:write')
      if (no) return no
      const asked = JSON.parse(body) as { state?: string; description?: string; auto_inactive?: boolean }
      const states = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']
      if (!asked.state || !states.includes(asked.state)) return [422, { message: 'Validation Failed' }]
      if ((asked.description ?? '').length > 140)
        return [422, { message: 'description is too long (maximum is 140 characters)' }]
      const status = {
        id: this.nextId++,
        state: asked.state,
        description: asked.description ?? '',
        created_at: this.iso(),
        creator: this.users.get(token as string) ?? 'github-actions[bot]'
      }
      deployment.statuses.push(status)
      if (asked.state === 'success' && asked.auto_inactive !== false) {
        for (const other of this.deployments)
          if (other !== deployment && other.environment === deployment.environment)
            other.statuses.push({ ...status, id: this.nextId++, state: 'inactive' })
      }
      return [201, { ...this.status(status), environment: deployment.environment }]
    }
    if (/^\/repos\/[^/]+\/[^/]+\/deployments$/.test(path)) {
      if (req.method === 'GET') {
        const no = denied('deployments:read')
        if (no) return no
        const env = url.searchParams.get('environment')
        const task = url.searchParams.get('task')
        const sha = url.searchParams.get('sha')
        const found = this.deployments.filter(
          d => (!env || d.environment === env) && (!task || d.task === task) && (!sha || d.sha === sha)
        )
        return [200, page([...found].reverse()).map(d => this.deployment(d))]
      }
      const no = denied('deployments:write')
      if (no) return no
      const asked = JSON.parse(body) as Partial<FakeDeployment> & { required_contexts?: unknown; auto_merge?: boolean }
      if (!asked.ref) return [422, { message: 'Validation Failed', errors: [{ field: 'ref', code: 'missing_field' }] }]
      // Without required_contexts: [] GitHub checks the ref's commit statuses; a test would not pass them.
      if (!Array.isArray(asked.required_contexts)) return [409, { message: 'Conflict: Commit status checks failed' }]
      const deployment: FakeDeployment = {
        id: this.nextId++,
        sha: asked.ref,
        ref: asked.ref,
        task: asked.task ?? 'deploy',
        environment: asked.environment ?? 'production',
        description: asked.description ?? null,
        payload: typeof asked.payload === 'object' && asked.payload ? asked.payload : {},
        created_at: this.iso(),
        creator: this.users.get(token as string) ?? 'github-actions[bot]',
        statuses: []
      }
      this.deployments.push(deployment)
      return [201, this.deployment(deployment)]
    }
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

  /** A status as GitHub shows it: its creator a user object (a test's own statuses: the job's token). */
  private status(s: FakeDeployment['statuses'][number]) {
    const { creator, ...rest } = s
    return { ...rest, creator: { login: creator ?? 'github-actions[bot]' } }
  }

  private deployment(d: FakeDeployment) {
    const { statuses: _, creator, ...rest } = d
    return {
      ...rest,
      node_id: `DE_${d.id}`,
      original_environment: d.environment,
      updated_at: d.created_at,
      creator: { login: creator ?? 'github-actions[bot]' },
      transient_environment: false,
      production_environment: false
    }
  }

  // ── Rate limits: GitHub's primary and secondary limits on the clock `now` (fake-github-limits.ts) ──
  /** None enforced unless set: `rateLimits.limits = GITHUB_TOKEN_LIMITS`, or `rateLimits.refuseNext`. */
  readonly rateLimits = new FakeRateLimiter(() => this.now())
}
