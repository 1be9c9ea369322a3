// The deployments half of the GitHub stand-in (fake-github.ts): deployments and their statuses, as
// GitHub's REST documentation answers them (POST and GET, newest first, per_page / page, filtered by
// environment, task and sha; auto_inactive honoured; a status names its creator and, in the answer
// to its creation, the deployment's environment): the ledger's records, and an environment's jobs.

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

/** What a deployments route needs of the stand-in and of the request it answers. */
export interface DeploymentsRequest {
  deployments: FakeDeployment[]
  nextId: () => number
  iso: () => string
  /** The login of the request's token. */
  creator: string
  method: string
  path: string
  url: URL
  body: string
  denied: (permission: string) => [number, unknown] | undefined
  page: <T>(items: T[]) => T[]
}

/** The answer to a deployments request; undefined when the path is not one of them. */
export function answerDeployments(request: DeploymentsRequest): [number, unknown] | undefined {
  const { method, path, url, body, denied, page } = request
  const one = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)$/.exec(path)
  if (one && method === 'GET') {
    const found = request.deployments.find(d => d.id === Number(one[1]))
    return denied('deployments:read') ?? (found ? [200, deploymentView(found)] : [404, { message: 'Not Found' }])
  }
  const statuses = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(path)
  if (statuses) {
    const deployment = request.deployments.find(d => d.id === Number(statuses[1]))
    if (!deployment) return [404, { message: 'Not Found' }]
    if (method === 'GET')
      return denied('deployments:read') ?? [200, page([...deployment.statuses].reverse()).map(s => statusView(s))]
    const no = denied('deployments:write')
    if (no) return no
    const asked = JSON.parse(body) as { state?: string; description?: string; auto_inactive?: boolean }
    const states = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']
    if (!asked.state || !states.includes(asked.state)) return [422, { message: 'Validation Failed' }]
    if ((asked.description ?? '').length > 140)
      return [422, { message: 'description is too long (maximum is 140 characters)' }]
    const status = {
      id: request.nextId(),
      state: asked.state,
      description: asked.description ?? '',
      created_at: request.iso(),
      creator: request.creator
    }
    deployment.statuses.push(status)
    if (asked.state === 'success' && asked.auto_inactive !== false) {
      for (const other of request.deployments)
        if (other !== deployment && other.environment === deployment.environment)
          other.statuses.push({ ...status, id: request.nextId(), state: 'inactive' })
    }
    return [201, { ...statusView(status), environment: deployment.environment }]
  }
  if (/^\/repos\/[^/]+\/[^/]+\/deployments$/.test(path)) {
    if (method === 'GET') {
      const no = denied('deployments:read')
      if (no) return no
      const env = url.searchParams.get('environment')
      const task = url.searchParams.get('task')
      const sha = url.searchParams.get('sha')
      const found = request.deployments.filter(
        d => (!env || d.environment === env) && (!task || d.task === task) && (!sha || d.sha === sha)
      )
      return [200, page([...found].reverse()).map(d => deploymentView(d))]
    }
    const no = denied('deployments:write')
    if (no) return no
    const asked = JSON.parse(body) as Partial<FakeDeployment> & { required_contexts?: unknown; auto_merge?: boolean }
    if (!asked.ref) return [422, { message: 'Validation Failed', errors: [{ field: 'ref', code: 'missing_field' }] }]
    // Without required_contexts: [] GitHub checks the ref's commit statuses; a test would not pass them.
    if (!Array.isArray(asked.required_contexts)) return [409, { message: 'Conflict: Commit status checks failed' }]
    const deployment: FakeDeployment = {
      id: request.nextId(),
      sha: asked.ref,
      ref: asked.ref,
      task: asked.task ?? 'deploy',
      environment: asked.environment ?? 'production',
      description: asked.description ?? null,
      payload: typeof asked.payload === 'object' && asked.payload ? asked.payload : {},
      created_at: request.iso(),
      creator: request.creator,
      statuses: []
    }
    request.deployments.push(deployment)
    return [201, deploymentView(deployment)]
  }
  return undefined
}

/** A status as GitHub shows it: its creator a user object (a test's own statuses: the job's token). */
export function statusView(s: FakeDeployment['statuses'][number]) {
  const { creator, ...rest } = s
  return { ...rest, creator: { login: creator ?? 'github-actions[bot]' } }
}

export function deploymentView(d: FakeDeployment) {
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
