// Runs a workflow of this repository locally, job by job, on GitHub's own packages: the workflow is
// read and checked by @actions/workflow-parser (GitHub's schema; `if:` gets the implicit
// `success() &&`), and every expression evaluated by @actions/expressions. Jobs start once the
// jobs they need are done (independent jobs at the same time); each uses: of this repository's
// action runs dist/index.js (run-action.ts) with action.yml's defaults; run: steps go through the
// shell GitHub would use. The checkout of the action is a no-op here (dist/ is this checkout's).
// For the tests and the benchmark: it reads the workflow file itself, so they follow what callers
// get. See workflow-runner/*.ts for each part, and what differs from GitHub.
import { readFileSync } from 'node:fs'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import { evaluateData, evaluateToken, fromData, type Status, text } from './workflow-runner/expressions.ts'
import { runJob } from './workflow-runner/job.ts'
import { find, loadWorkflow } from './workflow-runner/load.ts'
import { parser } from './workflow-runner/packages.ts'
import type { JobRun, WorkflowCall, WorkflowRun } from './workflow-runner/types.ts'

export type {
  ActionRunner,
  JobInfo,
  JobRun,
  Result,
  StepRun,
  WorkflowCall,
  WorkflowRun
} from './workflow-runner/types.ts'

export async function runWorkflow(file: string, call: WorkflowCall): Promise<WorkflowRun> {
  return runWorkflowSource(file, readFileSync(file, 'utf8'), call)
}

/** Runs a workflow given as YAML text (name: how errors name it). */
export async function runWorkflowSource(name: string, content: string, call: WorkflowCall): Promise<WorkflowRun> {
  const { template, root, jobs } = await loadWorkflow(name, content)
  const github = {
    event_name: 'push',
    repository: 'OWNER/REPO',
    repository_owner: 'OWNER',
    sha: 'f'.repeat(40),
    ref: 'refs/heads/main',
    run_id: '1',
    run_attempt: '1',
    actor: 'octocat',
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    ...call.github
  }
  const secrets = declaredSecrets(name, template.events.workflow_call?.secrets, call.secrets ?? {})
  const base = { github, vars: call.vars ?? {} }
  const callSpec = find(find(root, 'on'), 'workflow_call')
  const inputs = declaredInputs(name, find(callSpec, 'inputs'), call.inputs ?? {}, base)
  const context = { ...base, inputs, secrets }
  const env = template.env ? (evaluateToken(template.env, context) as Record<string, unknown>) : {}
  const permissionsToken = find(root, 'permissions')
  const runDefaults = find(find(root, 'defaults'), 'run')
  const run: WorkflowRun = {
    jobs: {},
    outputs: {},
    permissions: permissionsToken ? evaluateToken(permissionsToken, context) : undefined
  }
  if (template.concurrency) {
    const value = evaluateToken(template.concurrency, context)
    const c = (typeof value === 'object' ? value : { group: value }) as Record<string, unknown>
    run.concurrency = { group: text(c.group), 'cancel-in-progress': c['cancel-in-progress'] === true }
  }
  const needs = Object.fromEntries(
    [...jobs.values()].map(({ job }) => [job.id.value, (job.needs ?? []).map(n => n.value)])
  )
  const scope = {
    call,
    context,
    results: run.jobs,
    needs,
    env: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, text(v)])),
    defaults: runDefaults ? (evaluateToken(runDefaults, context) as object) : {},
    permissions: run.permissions
  }
  // Each job starts once every job it needs is done, as on GitHub; results land in run.jobs.
  const started = new Map<string, Promise<JobRun>>()
  const start = (id: string): Promise<JobRun> => {
    let running = started.get(id)
    if (!running) {
      running = Promise.all((needs[id] ?? []).map(start)).then(async () => {
        const result = await runJob(id, jobs.get(id) as never, scope)
        run.jobs[id] = result
        return result
      })
      started.set(id, running)
    }
    return running
  }
  await Promise.all([...jobs.keys()].map(start))
  run.jobs = Object.fromEntries([...jobs.keys()].map(id => [id, run.jobs[id] as JobRun]))
  const outputs = find(callSpec, 'outputs')
  if (outputs && parser.isMapping(outputs)) {
    const jobsContext = Object.fromEntries(
      Object.entries(run.jobs).map(([id, job]) => [id, { result: job.result, outputs: job.outputs }])
    )
    for (const pair of outputs) {
      const value = find(pair.value, 'value')
      if (value) run.outputs[pair.key.toString()] = text(evaluateToken(value, { ...base, inputs, jobs: jobsContext }))
    }
  }
  return run
}

/**
 * on.workflow_call.inputs, read from the tokens (the package's converter knows no `number` type):
 * typed, required ones given, defaults (expressions too) filled in.
 */
function declaredInputs(
  file: string,
  specs: TemplateToken | undefined,
  given: Record<string, unknown>,
  context: Record<string, unknown>
): Record<string, unknown> {
  const declared = new Map<string, TemplateToken>()
  if (specs && parser.isMapping(specs)) for (const pair of specs) declared.set(pair.key.toString(), pair.value)
  const inputs: Record<string, unknown> = {}
  for (const name of Object.keys(given)) if (!declared.has(name)) throw new Error(`${file} declares no input '${name}'`)
  for (const [name, spec] of declared) {
    const read = (key: string) => {
      const token = find(spec, key)
      return token ? evaluateToken(token, context) : undefined
    }
    const type = String(read('type'))
    let value = given[name]
    if (value === undefined) {
      if (read('required') === true) throw new Error(`${file}: input '${name}' is required`)
      value = read('default') ?? (type === 'boolean' ? false : type === 'number' ? 0 : '')
    } else if (typeof value !== type) {
      throw new Error(`${file}: input '${name}' is a ${type}, not ${JSON.stringify(value)}`)
    }
    inputs[name] = value
  }
  return inputs
}

/** on.workflow_call.secrets: required ones given, none that is not declared. */
function declaredSecrets(
  file: string,
  specs: Record<string, { required?: boolean }> | undefined,
  given: Record<string, string>
): Record<string, string> {
  if (!specs) return given
  for (const name of Object.keys(given)) if (!specs[name]) throw new Error(`${file} declares no secret '${name}'`)
  for (const [name, spec] of Object.entries(specs))
    if (spec.required && !given[name]) throw new Error(`${file}: secret '${name}' is required`)
  return given
}

/**
 * Evaluates one expression (with or without ${{ }}) as GitHub does, over plain values; the status
 * functions answer from `status`.
 */
export function evaluate(source: string, context: Record<string, unknown>, status: Status): unknown {
  const expression = source.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  return fromData(evaluateData(expression, context, status))
}
