// The inputs that reach GitHub rather than Atlas: the approval that gates a cut-over, the token that
// reads it, the deployment name that keys the ledger, and how long a cut-over waits for readiness.
import { isName, parseInteger, quote, required } from './fields'
import type { ApprovalProof, InputReader, LedgerKey } from './types'
import { InputError } from './types'

const CHECKS = ['required-reviewers', 'custom-protection-rule'] as const
/** A cut-over waits for readiness at most one hosted job's length (6 hours). */
export const MAX_READY_WAIT_SECONDS = 21_600

export function parseGithubToken(read: InputReader, why: string): string {
  return required(read, 'github-token', `a GitHub token (\${{ github.token }}) with ${why}`)
}

/** approval-environment and approval-check (cutover): the proof to read before anything is sent. */
export function parseApproval(read: InputReader): ApprovalProof | undefined {
  const environment = read('approval-environment')
  const check = read('approval-check')
  if (environment === '' && (read.raw?.('approval-environment') ?? '') !== '') {
    throw new InputError(
      "Input 'approval-environment' is blank: give the environment that gates the cut-over, or leave the input out (the approval is then not checked)."
    )
  }
  if (environment === '') {
    if (check !== '') throw new InputError("Input 'approval-check' goes with approval-environment: give both.")
    return undefined
  }
  if (!isName(environment))
    throw new InputError("Input 'approval-environment' must be an environment name, on one line.")
  const chosen = check || 'required-reviewers'
  if (!(CHECKS as readonly string[]).includes(chosen)) {
    throw new InputError(`Input 'approval-check' must be one of ${CHECKS.join(', ')}; got ${quote(chosen)}.`)
  }
  return {
    check: chosen as ApprovalProof['check'],
    environment,
    githubToken: parseGithubToken(
      read,
      "actions: read, to read the environment's protection and this run's approvals and jobs, and deployments: read"
    )
  }
}

export function parseReadyWait(read: InputReader): number {
  return parseInteger(read, 'ready-wait-seconds', 0, 0, MAX_READY_WAIT_SECONDS)
}

/** deployment-name: the ledger's key for one deployment (a task name on GitHub: kept short). */
export function parseDeploymentName(read: InputReader): string {
  const value = required(read, 'deployment-name', 'the name the ledger keeps this deployment under')
  if (!isName(value) || value.length > 100) {
    throw new InputError("Input 'deployment-name' must be a name of at most 100 characters, on one line.")
  }
  return value
}

/** deployment-name with github-token (start-migration): both or neither. */
export function parseLedgerKey(read: InputReader): LedgerKey | undefined {
  if (read('deployment-name') === '' && read('github-token') !== '') {
    throw new InputError(
      "Input 'github-token' goes with deployment-name here: give both to keep the ledger, or neither."
    )
  }
  const key = parseLedgerName(read)
  return key && { deploymentName: key.deploymentName, githubToken: key.githubToken }
}

/**
 * deployment-name where github-token may serve something else too (cutover's approval): the name
 * decides. With it, ledger-record: the record start-migration output, written to without a look-up.
 */
export function parseLedgerName(read: InputReader): LedgerKey | undefined {
  const record = read('ledger-record')
  if (read('deployment-name') === '') {
    if (record !== '') throw new InputError("Input 'ledger-record' goes with deployment-name: give both, or neither.")
    return undefined
  }
  if (record !== '' && !(/^[1-9]\d{0,15}$/.test(record) && Number.isSafeInteger(Number(record)))) {
    throw new InputError("Input 'ledger-record' must be the number start-migration output as ledger-record.")
  }
  return {
    deploymentName: parseDeploymentName(read),
    githubToken: parseGithubToken(read, 'deployments: write, to keep the ledger'),
    ...(record === '' ? {} : { record: Number(record) })
  }
}
