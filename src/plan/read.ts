// Reads a plan file: YAML (the `yaml` package, with positions), checked against the schema (Ajv's
// validator, compiled at build time: plan-validator.ts), every mistake reported with its line and
// column, then the defaults applied. Pure but for the file's text, which the caller reads; sends
// nothing.

import type { ErrorObject } from 'ajv'
import { isMap, LineCounter, type Node, parseDocument } from 'yaml'
import { counted } from '../errors'
import { CLUSTER_NAME_FORM, isClusterName } from '../forms'
import { validate } from './plan-validator'
import type { HostnameSchema, Plan, PlanEntry, SourceAuth } from './schema'

/** One mistake in the plan file, where it is. */
export interface PlanMistake {
  line: number
  column: number
  message: string
}

/** The plan file has mistakes: each is listed, with its place; nothing was sent. */
export class PlanFileError extends Error {
  readonly file: string
  readonly mistakes: PlanMistake[]
  constructor(file: string, mistakes: PlanMistake[]) {
    const shown = mistakes.slice(0, 20).map(m => `${file}:${m.line}:${m.column}: ${m.message}`)
    const more = mistakes.length > 20 ? ` … and ${mistakes.length - 20} more` : ''
    super(`The plan file has ${counted(mistakes.length, 'mistake')}: ${shown.join('; ')}${more}. Nothing was sent.`)
    this.name = 'PlanFileError'
    this.file = file
    this.mistakes = mistakes
  }
}

type RawEntry = Record<string, unknown> & { source: string }
interface RawPlan {
  defaults?: Record<string, unknown>
  'migration-host-ips'?: Record<string, string[]>
  deployments: RawEntry[]
}

/** The schema's validator, as Ajv's compile() would return it. */
const validator = validate as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }

/** The plan in `text` (the file named `file`), or a PlanFileError listing every mistake. */
export function readPlan(text: string, file: string): Plan {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset)
    return { line, column: col }
  }
  if (doc.errors.length > 0) {
    throw new PlanFileError(
      file,
      doc.errors.map(e => ({ ...at(e.pos[0]), message: `not valid YAML: ${e.message.split('\n')[0]}` }))
    )
  }
  const value = doc.toJS() as unknown
  if (!validator(value)) {
    throw new PlanFileError(file, describeErrors(validator.errors ?? [], doc, at))
  }
  const placeOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as Node | undefined
    return node?.range ? at(node.range[0]) : { line: 1, column: 1 }
  }
  return applyDefaults(value as RawPlan, file, placeOf)
}

type PlaceOf = (path: (string | number)[]) => { line: number; column: number }

function applyDefaults(raw: RawPlan, file: string, placeOf: PlaceOf): Plan {
  const defaults = raw.defaults ?? {}
  const mistakes: PlanMistake[] = []
  const entries = raw.deployments.map((given, index): PlanEntry => {
    const entry = { ...defaults, ...given }
    const { line } = placeOf(['deployments', index])
    for (const key of ['org-id', 'project-id'] as const) {
      if (entry[key] === undefined) {
        mistakes.push({ line, column: 3, message: `deployments[${index}] has no ${key}, and defaults give none` })
      }
    }
    // Without a cluster key the source's name is the destination's, which goes into request paths.
    if (entry.cluster === undefined && !isClusterName(given.source)) {
      mistakes.push({
        ...placeOf(['deployments', index, 'source']),
        message: `deployments[${index}].source ${JSON.stringify(given.source)} is the destination cluster's name too (there is no cluster key), and is not an Atlas cluster name (${CLUSTER_NAME_FORM}): give cluster`
      })
    }
    const sourceProject = entry['source-project'] as string | undefined
    return {
      name: (entry.name as string | undefined) ?? (sourceProject ? `${sourceProject}/${given.source}` : given.source),
      line,
      orgId: entry['org-id'] as string,
      projectId: entry['project-id'] as string,
      sourceProject,
      source: given.source,
      cluster: (entry.cluster as string | undefined) ?? given.source,
      migrationHost: entry['migration-host'] as string | undefined,
      hostnameSchemaType: (entry['hostname-schema-type'] as HostnameSchema | undefined) ?? 'PUBLIC',
      privateLinkId: entry['private-link-id'] as string | undefined,
      sourceAuth: (entry['source-auth'] as SourceAuth | undefined) ?? 'managed',
      wave: String(entry.wave ?? 1)
    }
  })
  const seen = new Map<string, PlanEntry>()
  for (const entry of entries) {
    const first = seen.get(entry.name)
    if (first) {
      mistakes.push({
        line: entry.line,
        column: 3,
        message: `the name '${entry.name}' is used already on line ${first.line}: give each deployment its own name`
      })
    } else seen.set(entry.name, entry)
  }
  if (mistakes.length > 0) throw new PlanFileError(file, mistakes)
  return { entries, hostIps: raw['migration-host-ips'] ?? {} }
}

/** Ajv's errors as mistakes at the right line: one per place, the most telling message for it. */
function describeErrors(
  errors: ErrorObject[],
  doc: ReturnType<typeof parseDocument>,
  at: (offset: number) => { line: number; column: number }
): PlanMistake[] {
  const anyOfAt = new Set(errors.filter(e => e.keyword === 'anyOf').map(e => e.instancePath))
  const mistakes: PlanMistake[] = []
  for (const error of errors) {
    // A value that fits no branch of an anyOf: one message from the anyOf, not one per branch.
    if (error.keyword !== 'anyOf' && anyOfAt.has(error.instancePath)) continue
    // A bad key: the key's own error (its pattern) says it; propertyNames only repeats it.
    if (error.keyword === 'propertyNames') continue
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map(part => (/^\d+$/.test(part) ? Number(part) : part))
    const key = keyOf(error)
    let offset = 0
    const node = doc.getIn(path, true) as Node | undefined
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find(item => (item.key as { value?: unknown } | null)?.value === key)
      offset = (pair?.key as Node | undefined)?.range?.[0] ?? node.range?.[0] ?? 0
    } else offset = node?.range?.[0] ?? 0
    mistakes.push({ ...at(offset), message: `${where(path)}${messageOf(error)}` })
  }
  return mistakes.sort((a, b) => a.line - b.line || a.column - b.column)
}

function keyOf(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'additionalProperties') return params.additionalProperty as string
  return undefined
}

function where(path: (string | number)[]): string {
  if (path.length === 0) return 'the plan '
  return `${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')} `
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  const schema = error.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(schema?.properties ?? {}).join(', ')
      return `has an unknown key '${params.additionalProperty}' (known: ${allowed})`
    }
    case 'required':
      return `needs the key '${params.missingProperty}'`
    case 'type':
      return `must be ${/^[aeiou]/.test(String(params.type)) ? 'an' : 'a'} ${params.type}`
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`
    case 'minItems':
      return `must list at least ${params.limit}`
    default: {
      const got =
        typeof error.data === 'string' || typeof error.data === 'number' ? `; got ${JSON.stringify(error.data)}` : ''
      return `${schema?.description ? `must be ${schema.description}` : (error.message ?? 'is not valid')}${got}`
    }
  }
}
