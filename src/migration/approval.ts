// The cut-over's gate, proven at run time. GitHub creates a missing environment on first use with no
// protection, scopes an approval to a run and an environment (not to a job), and keeps a run's
// review history across its re-runs. So an approval counts only if (1) the environment is protected
// now, (2) the run's history shows it approved and never rejected, and (3) it can only have meant
// this deployment: the approving comment names it, or this job is the only one of the run attempt
// that GitHub deployed to the environment. Anything less: no cut-over, and nothing sent to Atlas.
import type { GitHubClient, Review } from '../clients/github'
import { type GitHubRun, openGitHub } from '../clients/github-run'
import { errorMessage, oneLine, StepError } from '../errors'
import type { ApprovalProof } from '../inputs'
import type { ModeContext, OpenSession } from '../mode'
import { utc } from '../time'

/** What the approval must be bound to: the deployment's name in the ledger, and the migration. */
export interface ApprovalTarget {
  deploymentName?: string
  migrationId: string
}

/** The proof, as the summary's audit trail shows it. */
interface Proven {
  reviewer?: string
  comment?: string
  /** How the approval was bound to this deployment. */
  binding: string
}

export async function proveApproval(
  proof: ApprovalProof,
  target: ApprovalTarget,
  open: OpenSession,
  context: ModeContext,
  { again = false }: { again?: boolean } = {}
): Promise<void> {
  const github = openGitHub(proof.githubToken, open, context.env)
  const { environment } = proof
  const refuse = (why: string): never => {
    context.rows.push(['Approval', `refused: ${why}`])
    throw new StepError(`No cut-over: ${why} Nothing was sent to Atlas.`)
  }
  const reading = async <T>(what: string, read: () => Promise<T>): Promise<T> => {
    try {
      return await read()
    } catch (err) {
      return refuse(`${what} could not be read (${errorMessage(err)}).`)
    }
  }
  const unprotected = await reading(`The protection of environment '${environment}'`, () =>
    checkProtection(github.client, proof)
  )
  if (unprotected) refuse(unprotected)
  let approval: Review | undefined
  if (proof.check === 'required-reviewers') {
    const reviews = await reading(`Run ${github.runId}'s review history (the github-token needs actions: read)`, () =>
      github.client.reviews(github.runId)
    )
    const about = reviews.filter(r => r.environments.some(e => e.toLowerCase() === environment.toLowerCase()))
    const rejected = about.find(r => r.state === 'rejected')
    if (rejected) refuse(`run ${github.runId} has a rejection of environment '${environment}' by ${who(rejected)}.`)
    const approved = about.filter(r => r.state === 'approved')
    if (approved.length === 0)
      refuse(`run ${github.runId} of ${github.repository} has no approval of environment '${environment}'.`)
    // A comment that names the deployment (or the migration) binds the approval to it alone.
    approval = approved.find(r => namesTarget(r.comment, target)) ?? approved[0]
    if (namesTarget(approval?.comment ?? '', target)) {
      return audit(context, proof, { reviewer: approval?.user, comment: approval?.comment, binding: 'comment' }, again)
    }
  }
  const alone = await reading(
    `Which jobs of run ${github.runId} are in environment '${environment}' (the github-token needs actions: read and deployments: read)`,
    () => onlyJobInEnvironment(github, environment)
  )
  if (alone !== true) {
    const name = target.deploymentName ? `'${target.deploymentName}'` : `migration ${target.migrationId}`
    refuse(
      `the approval of environment '${environment}' cannot be bound to ${name} alone: ${alone} GitHub approves an environment for the whole run, so it would release every job waiting on it. Approve this deployment alone: give each deployment its own environment (cutover-environment: cutover-${target.deploymentName ?? '<deployment-name>'}), or approve with a comment that names ${name}.`
    )
  }
  audit(context, proof, { reviewer: approval?.user, comment: approval?.comment, binding: 'environment' }, again)
}

/** Why the environment is not protected now, or undefined when it is. */
async function checkProtection(client: GitHubClient, proof: ApprovalProof): Promise<string | undefined> {
  const { environment } = proof
  const protection = await client.environment(environment)
  if (!protection) {
    return `environment '${environment}' does not exist in this repository. GitHub creates a missing environment on first use with no protection, so a job that names one is not proof: create it with required reviewers.`
  }
  if (proof.check === 'required-reviewers') {
    if (protection.reviewers.length > 0) return undefined
    return `environment '${environment}' has no required reviewers now (its rules: ${protection.ruleTypes.join(', ') || 'none'}). An approval read from the run's history may predate their removal (a re-run reuses it): add required reviewers, then re-run.`
  }
  const rules = await client.customProtectionRules(environment)
  if (rules.some(rule => rule.enabled)) return undefined
  return `environment '${environment}' has no enabled custom deployment protection rule (approval-check: custom-protection-rule): enable one, or use required reviewers.`
}

/**
 * True when this step's job is the only job of this run attempt that GitHub deployed to the
 * environment (a job waiting on it, or one that ran in it, has a deployment whose status names
 * the job); otherwise why not. The step's job is the one in progress on this runner.
 */
async function onlyJobInEnvironment(github: GitHubRun, environment: string): Promise<true | string> {
  const jobs = await github.client.attemptJobs(github.runId, github.attempt)
  const mine = jobs.filter(job => job.status === 'in_progress' && job.runnerName === github.runnerName)
  if (!github.runnerName || mine.length !== 1) {
    return `this step's job could not be told apart from the run's other jobs (RUNNER_NAME ${github.runnerName ? 'matches no single job in progress' : 'is not set'}).`
  }
  const ids = new Set(jobs.map(job => job.id))
  const inEnvironment = new Set<number>()
  const jobUrl = new RegExp(`/actions/runs/${github.runId}/job/(\\d+)(?:[/?#]|$)`)
  for (const deployment of await github.client.deployments(environment, github.sha ? { sha: github.sha } : {})) {
    for (const status of await github.client.statuses(deployment.id)) {
      const id = Number(jobUrl.exec(status.logUrl ?? '')?.[1])
      if (ids.has(id)) inEnvironment.add(id)
    }
  }
  const others = [...inEnvironment].filter(id => id !== mine[0]?.id)
  if (!inEnvironment.has(mine[0]?.id as number)) return `GitHub shows no deployment of this job to it.`
  if (others.length > 0)
    return `${others.length} other job${others.length === 1 ? '' : 's'} of this run ${others.length === 1 ? 'is' : 'are'} in it too.`
  return true
}

/**
 * The comment names the deployment or the migration ID as a whole word: bounded by white space or
 * the comment's ends, with at most quotes before it and closing punctuation after it ("payments:",
 * "'payments'."), so that "payments/eu", "payments:old" or "payments-old" never name "payments".
 */
function namesTarget(comment: string, target: ApprovalTarget): boolean {
  const named = (name: string) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(`(?:^|\\s)["'(\\[]*${escaped}[)\\]"'.,;:!?]*(?=\\s|$)`).test(comment)
  }
  return named(target.migrationId) || (!!target.deploymentName && named(target.deploymentName))
}

const who = (review: Review) => review.user ?? 'a reviewer'

/** The audit trail: who approved, what they wrote, which environment, how it was bound, when read. */
function audit(context: ModeContext, proof: ApprovalProof, proven: Proven, again: boolean): void {
  if (again) {
    // Read again after the wait for readiness: the first proof's rows stand; the log says it held.
    context.log.info(`Approval proven again right before the cut-over: environment '${proof.environment}'.`)
    context.rows.push(['Approval read again', utc(context.clock.now())])
    return
  }
  const binding =
    proven.binding === 'comment'
      ? 'the approving comment names this deployment'
      : `this job is the only one of the run in environment '${proof.environment}'`
  const gate = proof.check === 'required-reviewers' ? 'required reviewers' : 'a custom deployment protection rule'
  // A reviewer's comment is their text: on one line, so it never starts a line the runner reads as a command.
  const comment = proven.comment ? oneLine(proven.comment).slice(0, 200) : ''
  const by = proof.check === 'required-reviewers' ? `${proven.reviewer ?? 'a reviewer'}` : gate
  context.log.info(
    `Approval proven: ${by} approved environment '${proof.environment}' (${gate}); bound to this deployment because ${binding}.${comment ? ` Comment: ${JSON.stringify(comment)}` : ''}`
  )
  context.rows.push(
    ['Approved by', by],
    ['Approval comment', comment || '(none)'],
    ['Approval environment', `${proof.environment} (${gate})`],
    ['Approval bound by', binding],
    ['Approval read', utc(context.clock.now())]
  )
}

/** Without an approval-environment: said in plain words in the log and the summary. */
export function noApprovalChecked(context: ModeContext): void {
  context.log.warning(
    'Approval not checked: no approval-environment was given, so the only confirmation is confirm-writes-stopped: true.'
  )
  context.rows.push(['Approval', 'not checked (no approval-environment): confirm-writes-stopped alone'])
}
