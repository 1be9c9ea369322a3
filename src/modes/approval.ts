// The cut-over's gate, proven at run time: GitHub creates a missing environment on first use with no
// protection, so a job that merely names one may run unreviewed. Before anything is sent to Atlas,
// the run's review history must show an approval of that very environment, and no rejection.
import { errorMessage, StepError } from '../errors'
import type { ApprovalProof } from '../inputs'
import type { ModeContext, OpenSession } from './context'
import { openGitHub } from './github-run'

export async function proveApproval(proof: ApprovalProof, open: OpenSession, context: ModeContext): Promise<void> {
  if (proof.check === 'custom-protection-rule') {
    context.log.warning(
      `The approval is not checked by this step (approval-check: custom-protection-rule): environment '${proof.environment}' is trusted to be gated by a custom deployment protection rule, which leaves no review in the run's history.`
    )
    context.notes.push(
      `Cut-over gate: environment '${proof.environment}', custom deployment protection rule (not checked by the action).`
    )
    return
  }
  const github = openGitHub(proof.githubToken, open)
  const refuse = (why: string): never => {
    throw new StepError(
      `No cut-over: ${why} Environment '${proof.environment}' must have required reviewers, and one of them must approve this run's job (GitHub creates a missing environment with no protection, so a job that names one is not proof). Nothing was sent to Atlas.`
    )
  }
  let reviews: Awaited<ReturnType<typeof github.client.reviews>>
  try {
    reviews = await github.client.reviews(github.runId)
  } catch (err) {
    return refuse(
      `the run's review history could not be read (${errorMessage(err)}); the github-token needs actions: read.`
    )
  }
  const same = (name: string) => name.toLowerCase() === proof.environment.toLowerCase()
  const about = reviews.filter(r => r.environments.some(same))
  const rejected = about.find(r => r.state === 'rejected')
  if (rejected)
    return refuse(`run ${github.runId} has a rejection of it${rejected.user ? ` by ${rejected.user}` : ''}.`)
  const approved = about.find(r => r.state === 'approved')
  if (!approved)
    return refuse(`run ${github.runId} of ${github.repository} has no approval of it in its review history.`)
  context.log.info(
    `Approval proven: ${approved.user ?? 'a reviewer'} approved environment '${proof.environment}' for run ${github.runId}.`
  )
  context.rows.push(['Approved by', `${approved.user ?? 'a reviewer'} (${proof.environment})`])
}
