// The run this step belongs to, as the runner tells every step (GITHUB_API_URL, GITHUB_REPOSITORY,
// GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_SHA, RUNNER_NAME), and the session on GitHub's API with
// the step's github-token. Read when a mode needs GitHub, never guessed: a missing or malformed one
// stops the step before anything is sent (each becomes part of a URL path or query).

import { StepError } from '../errors'
import type { Endpoint } from '../transport/endpoint'
import type { OpenSession } from '../transport/session'
import { GitHubClient } from './github'

export interface GitHubRun {
  client: GitHubClient
  repository: string
  runId: string
  /** Which attempt of the run this is (1 for the first, more for each re-run). */
  attempt: string
  sha: string
  /** The runner this job runs on: how the step finds its own job among the run's. */
  runnerName?: string
}

const FORMS: Record<string, RegExp> = {
  GITHUB_REPOSITORY: /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/,
  GITHUB_RUN_ID: /^\d{1,20}$/,
  GITHUB_RUN_ATTEMPT: /^\d{1,6}$/,
  GITHUB_SHA: /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
}

export function openGitHub(
  token: string,
  open: OpenSession,
  env: Readonly<Record<string, string | undefined>>
): GitHubRun {
  const value = (name: string): string => {
    const found = env[name]
    if (!found) {
      throw new StepError(
        `${name} is not set: this mode reads GitHub's API for the run it runs in, as a workflow step on a runner (which sets it). Nothing was sent.`
      )
    }
    const form = FORMS[name]
    if (form && (!form.test(found) || /(^|\/)\.\.?(\/|$)/.test(found))) {
      throw new StepError(`${name} is not in GitHub's form (${form.source}). Nothing was sent.`)
    }
    return found
  }
  const apiUrl = new URL(value('GITHUB_API_URL'))
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(apiUrl.hostname)
  if (apiUrl.protocol !== 'https:' && !(apiUrl.protocol === 'http:' && loopback)) {
    throw new StepError(`GITHUB_API_URL must be https://; got ${apiUrl.origin}. Nothing was sent.`)
  }
  const repository = value('GITHUB_REPOSITORY')
  const endpoint: Endpoint = {
    baseUrl: `${apiUrl.origin}${apiUrl.pathname.replace(/\/+$/, '')}`,
    credentials: { kind: 'access-token', accessToken: token },
    names: {
      api: 'github',
      baseUrl: 'GITHUB_API_URL',
      orgId: 'GITHUB_REPOSITORY',
      ids: 'GITHUB_REPOSITORY',
      credentials: 'github-token'
    }
  }
  return {
    client: new GitHubClient(open(endpoint), repository),
    repository,
    runId: value('GITHUB_RUN_ID'),
    attempt: env.GITHUB_RUN_ATTEMPT ? value('GITHUB_RUN_ATTEMPT') : '1',
    sha: env.GITHUB_SHA ? value('GITHUB_SHA') : '',
    runnerName: env.RUNNER_NAME || undefined
  }
}
