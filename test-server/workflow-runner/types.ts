// What a run of a workflow gives back, and what a caller gives it.
import type { ActionRun, RunOptions } from '../run-bundle.ts'

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface StepRun {
  id: string
  name?: string
  /** A uses: step of this repository's action: its inputs, action.yml defaults included. */
  inputs?: Record<string, string>
  run?: ActionRun
  /** A run: step's stdout and stderr. */
  log?: string
  outcome: Result
  /** The outcome after continue-on-error. */
  conclusion: Result
  timedOut?: boolean
}

export interface JobRun {
  /** What needs.<job>.result says: a failed job with continue-on-error is a success there. */
  result: Result
  /** The result before continue-on-error. */
  outcome: Result
  /** Non-empty outputs that hold no secret (GitHub drops the others, with a warning for secrets). */
  outputs: Record<string, string>
  /** The environment the job was bound to (its reviewers would approve it first). */
  environment?: string
  /** The concurrency the job asked for, evaluated. */
  concurrency?: { group: string; 'cancel-in-progress': boolean }
  /** The permissions the job's token gets: its own, else the workflow's. */
  permissions?: unknown
  timeoutMinutes: number
  continueOnError: boolean
  timedOut?: boolean
  /** The runner's warnings, e.g. an output skipped because it may contain a secret. */
  warnings: string[]
  steps: StepRun[]
  /** One leg of a matrix job: its matrix values. */
  matrix?: Record<string, unknown>
  /** A matrix job: its legs, in the order they ran (one after another here). */
  legs?: JobRun[]
}

export interface WorkflowRun {
  jobs: Record<string, JobRun>
  outputs: Record<string, string>
  permissions?: unknown
  concurrency?: { group: string; 'cancel-in-progress': boolean }
}

/** What beforeJob learns of a job that is about to start. */
export interface JobInfo {
  id: string
  needs: string[]
  /** The job's if:, with GitHub's implicit success() when it names no status function. */
  if: string
  /** The environment: as written (an expression is not evaluated). */
  environment?: string
}

export type ActionRunner = (
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
  options: RunOptions
) => Promise<ActionRun>

export interface WorkflowCall {
  inputs?: Record<string, string | number | boolean>
  secrets?: Record<string, string>
  vars?: Record<string, string>
  /** The github context (the caller's event); defaults fill what is left out. */
  github?: Record<string, unknown>
  /** Extra environment for the action's process (e.g. no proxy). */
  env?: Record<string, string | undefined>
  /** Called before each job starts, e.g. to wait for an approval. */
  beforeJob?: (name: string, job: JobInfo) => Promise<void>
  /** Runs this repository's action for a uses: step; run-action.ts's runAction by default. */
  action?: ActionRunner
  /** A cap on any one step, whatever the timeouts say (a hung child cannot hang the tests). */
  maxStepMs?: number
}
