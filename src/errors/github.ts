// What to check after a failed call to GitHub's REST API, in GitHub's terms: the github-token and
// the job's `permissions:`, GitHub's rate limits, GITHUB_API_URL, GitHub's status page. Never a
// MongoDB hint: the token must not be pointed at a MongoDB host.

import { utcSeconds } from '../time'
import type { GitHubRateLimit } from './headers'
import type { SettingNames } from './text'
import { notGitHubsApi } from './text'

/** What the hints read of a failed call to GitHub. */
export interface GitHubAnswer {
  status: number
  /** GitHub's own words ({"message": …}); absent when the body is not GitHub's. */
  message?: string
  /** The permission the request says it needs ('deployments: write'). */
  permission?: string
  /** Set when the answer is a refusal by one of GitHub's rate limits. */
  rateLimit?: GitHubRateLimit
}

/** GitHub's words when a GITHUB_TOKEN (or an app's token) lacks a permission for the endpoint. */
const NOT_ACCESSIBLE = /Resource not accessible by (?:integration|personal access token)/i

export const GITHUB_STATUS_HINT =
  'GitHub had a problem; re-run the job later, and check https://www.githubstatus.com if it persists.'

export function gitHubHint(answer: GitHubAnswer, names: SettingNames): string | undefined {
  const { status, message } = answer
  if (answer.rateLimit) return rateLimitHint(answer.rateLimit)
  if ((status === 403 || status === 404) && message !== undefined && NOT_ACCESSIBLE.test(message)) {
    return missingPermission(names, answer.permission)
  }
  if (status === 401) {
    return `Check ${names.credentials}: GitHub did not accept it (a job's GITHUB_TOKEN is valid only while its job runs; a personal token may be expired or revoked).`
  }
  if (status === 403) {
    return `GitHub refused this call with ${names.credentials}: check the job's \`permissions:\` and that the token may act on ${names.orgId}.`
  }
  if (status === 404) {
    return message === undefined
      ? notGitHubsApi(names)
      : `Check ${names.ids ?? names.orgId} and ${names.baseUrl}: GitHub answers 404 also where ${names.credentials} may not see the repository.`
  }
  if (status >= 500) return GITHUB_STATUS_HINT
  return undefined
}

function missingPermission(names: SettingNames, permission: string | undefined): string {
  const grant = permission
    ? `\`${permission}\``
    : '`actions: read` (approvals, environments) or `deployments: write` (the ledger)'
  return `The ${names.credentials} lacks a permission this call needs: grant the job ${grant} in its \`permissions:\`.`
}

function rateLimitHint(limit: GitHubRateLimit): string {
  if (limit.kind === 'secondary') {
    return "GitHub's secondary rate limit refused the call (too many requests at once, or more than 80 writes a minute or 500 an hour): wait a few minutes before re-running, and run fewer jobs that write to GitHub at once."
  }
  const figures = [limit.limit === undefined ? '' : `${limit.limit} requests an hour`, limit.resource ?? '']
    .filter(Boolean)
    .join(', ')
  const reset = limit.resetAt === undefined ? 'within the hour' : `at ${utcSeconds(limit.resetAt)}`
  return `GitHub's rate limit for this token${figures ? ` (${figures})` : ''} is used up; it resets ${reset}: re-run after then, or make fewer calls to GitHub from this repository within the hour.`
}
