// Reads a workflow with @actions/workflow-parser: GitHub's schema checks it, its jobs come back
// converted (needs, `if` with the implicit `success() &&` GitHub adds, strategy, concurrency,
// environment, steps), and what the converter leaves out (job and step timeout-minutes,
// continue-on-error, permissions, defaults, a step's with: and shell:) is read from its tokens.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { WorkflowTemplate } from '@actions/workflow-parser'
import type { Step } from '@actions/workflow-parser/model/workflow-template'
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import { actionParser, parser } from './packages.ts'

export type Job = Extract<WorkflowTemplate['jobs'][number], { type: 'job' }>
export type { Step }

export interface LoadedJob {
  job: Job
  /** The job's own mapping, for the keys the converter does not keep. */
  raw: MappingToken
  /** Each step's own mapping, in order. */
  rawSteps: MappingToken[]
}

export interface LoadedWorkflow {
  template: WorkflowTemplate
  root: MappingToken
  jobs: Map<string, LoadedJob>
}

/** A key of a mapping token, or undefined. */
export function find(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !parser.isMapping(token)) return undefined
  for (const pair of token) if (parser.isString(pair.key) && pair.key.value === key) return pair.value
  return undefined
}

function errors(list: { Message?: string; message?: string }[], name: string): void {
  if (list.length > 0) throw new Error(`${name}: ${list.map(e => e.Message ?? e.message).join('; ')}`)
}

const loaded = new Map<string, Promise<LoadedWorkflow>>()

/**
 * Reads a workflow once per name and text: what GitHub does on its side, not on a job's runner; the
 * bench's pipeline starts 40 runs of one workflow at once, and parsing each again held the event
 * loop of the stand-ins that answer them. The result is only read, never changed.
 */
export function loadWorkflow(name: string, content: string): Promise<LoadedWorkflow> {
  const key = `${name}\0${content}`
  let workflow = loaded.get(key)
  if (!workflow) {
    workflow = parseAndConvert(name, content)
    // A workflow that does not parse is not kept: each run reports its errors.
    workflow.catch(() => loaded.delete(key))
    loaded.set(key, workflow)
  }
  return workflow
}

async function parseAndConvert(name: string, content: string): Promise<LoadedWorkflow> {
  const parsed = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter())
  errors(parsed.context.errors.getErrors(), name)
  const root = parsed.value as MappingToken
  const template = await parser.convertWorkflowTemplate(parsed.context, root)
  errors(template.errors ?? [], name)
  const rawJobs = find(root, 'jobs')
  const jobs = new Map<string, LoadedJob>()
  for (const job of template.jobs) {
    if (job.type !== 'job') throw new Error(`${name}: job ${job.id.value} calls a workflow; no local way to run it`)
    const raw = find(rawJobs, job.id.value) as MappingToken
    const steps = find(raw, 'steps')
    const rawSteps = steps && parser.isSequence(steps) ? ([...steps] as MappingToken[]) : []
    if (rawSteps.length !== job.steps.length) throw new Error(`${name}: job ${job.id.value}: steps did not convert`)
    jobs.set(job.id.value, { job, raw, rawSteps })
  }
  return { template, root, jobs }
}

export interface ActionInput {
  name: string
  default?: TemplateToken
}

let actionInputs: ActionInput[] | undefined
/** This repository's action.yml inputs, as GitHub's action parser reads them. */
export function loadActionInputs(): ActionInput[] {
  if (actionInputs) return actionInputs
  const file = resolve(import.meta.dirname, '../../action.yml')
  const parsed = actionParser.parseAction(
    { name: file, content: readFileSync(file, 'utf8') },
    new parser.NoOperationTraceWriter()
  )
  errors(parsed.context.errors.getErrors(), file)
  const action = actionParser.convertActionTemplate(parsed.context, parsed.value as TemplateToken)
  actionInputs = (action.inputs ?? []).map(input => ({ name: input.id, default: input.default }))
  return actionInputs
}
