// npm run docs:reference: writes docs/reference.md's Inputs and Outputs tables from action.yml, between
// their marker comments. Each row's description is action.yml's; the modes column is kept here, and
// __tests__/metadata.test.ts checks it against the registry of modes. __tests__/docs.test.ts fails
// while docs/reference.md is not what this script writes.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

/** The modes that read each input: 'all', or the modes in the registry's order. */
export const INPUT_MODES: Record<string, 'all' | string[]> = {
  mode: 'all',
  'org-id': [
    'create-link-token',
    'link-org',
    'create-and-link',
    'link-status',
    'unlink-org',
    'delete-link-token',
    'list-migration-sources',
    'preflight',
    'validate-migration',
    'start-migration'
  ],
  'public-key': 'all',
  'private-key': 'all',
  'client-id': 'all',
  'client-secret': 'all',
  'access-token': 'all',
  'access-list-ips': ['create-link-token', 'create-and-link'],
  'link-token': ['link-org'],
  'base-url': 'all',
  'api-version': ['create-link-token', 'create-and-link', 'delete-link-token'],
  'allow-http': 'all',
  'source-org-id': ['create-and-link'],
  'source-public-key': [
    'create-and-link',
    'start-migration',
    'migration-status',
    'evidence',
    'cutover',
    'migrations-in-flight'
  ],
  'source-private-key': [
    'create-and-link',
    'start-migration',
    'migration-status',
    'evidence',
    'cutover',
    'migrations-in-flight'
  ],
  'source-base-url': [
    'create-and-link',
    'start-migration',
    'migration-status',
    'evidence',
    'cutover',
    'migrations-in-flight'
  ],
  'delete-token-on-failure': ['create-and-link'],
  'wait-for-sync': ['link-org', 'create-and-link'],
  'wait-timeout-seconds': [
    'link-org',
    'create-and-link',
    'validate-migration',
    'start-migration',
    'migration-status',
    'cutover'
  ],
  'ca-certificate': 'all',
  'request-timeout-seconds': 'all',
  'project-id': [
    'preflight',
    'validate-migration',
    'start-migration',
    'migration-status',
    'evidence',
    'cutover',
    'record-migration'
  ],
  'migration-id': ['migration-status', 'evidence', 'cutover', 'record-migration'],
  'cluster-name': [
    'preflight',
    'validate-migration',
    'start-migration',
    'migration-status',
    'evidence',
    'cutover',
    'record-migration'
  ],
  'source-cluster-name': [
    'preflight',
    'validate-migration',
    'start-migration',
    'migration-status',
    'evidence',
    'cutover',
    'record-migration'
  ],
  'source-project-id': [
    'preflight',
    'validate-migration',
    'start-migration',
    'migration-status',
    'evidence',
    'cutover'
  ],
  'migration-host': ['preflight', 'validate-migration', 'start-migration'],
  'migration-host-ips': ['preflight', 'validate-migration', 'start-migration'],
  'plan-file': ['plan'],
  preflight: ['validate-migration', 'start-migration'],
  'source-ssl': ['preflight', 'validate-migration', 'start-migration'],
  'source-ca-certificate-path': ['preflight', 'validate-migration', 'start-migration'],
  'source-username': ['preflight', 'validate-migration', 'start-migration'],
  'source-password': ['preflight', 'validate-migration', 'start-migration'],
  'drop-destination-data': ['preflight', 'validate-migration', 'start-migration'],
  'hostname-schema-type': ['preflight', 'validate-migration', 'start-migration'],
  'private-link-id': ['preflight', 'validate-migration', 'start-migration'],
  sharding: ['preflight', 'validate-migration', 'start-migration'],
  'skip-validation': ['start-migration'],
  'wait-for': ['start-migration', 'migration-status', 'cutover'],
  'poll-interval-seconds': ['validate-migration', 'start-migration', 'migration-status', 'cutover'],
  'confirm-writes-stopped': ['cutover'],
  'approval-environment': ['cutover'],
  'approval-check': ['cutover'],
  'github-token': ['start-migration', 'cutover', 'record-migration', 'migrations-in-flight'],
  'ready-wait-seconds': ['cutover'],
  'deployment-name': ['start-migration', 'cutover', 'record-migration'],
  'ledger-record': ['cutover'],
  'record-status': ['migrations-in-flight'],
  evidence: ['evidence', 'cutover']
}

/** The modes that set each output. */
export const OUTPUT_MODES: Record<string, string[]> = {
  'link-token': ['create-link-token'],
  status: ['link-org', 'create-and-link', 'link-status', 'unlink-org'],
  projects: ['list-migration-sources'],
  deployments: ['list-migration-sources'],
  'preflight-result': ['preflight'],
  'preflight-report': ['preflight'],
  'plan-result': ['plan'],
  'plan-report': ['plan'],
  'plan-report-file': ['plan'],
  matrix: ['plan'],
  waves: ['plan'],
  'validation-id': ['validate-migration', 'start-migration'],
  'validation-status': ['validate-migration', 'start-migration'],
  'migration-id': ['start-migration', 'record-migration'],
  'ledger-record': ['start-migration', 'record-migration'],
  'migration-status': ['start-migration', 'migration-status', 'cutover', 'record-migration'],
  'ready-for-cutover': ['start-migration', 'migration-status', 'cutover', 'record-migration'],
  'lag-seconds': ['start-migration', 'migration-status', 'cutover', 'record-migration'],
  migrations: ['migrations-in-flight'],
  'not-recorded': ['migrations-in-flight'],
  'evidence-result': ['start-migration', 'migration-status', 'evidence', 'cutover'],
  'evidence-report': ['start-migration', 'migration-status', 'evidence', 'cutover']
}

/** action.yml's text as one table cell: one line, no pipe, no HTML. */
const cell = (text: string) =>
  text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const modes = (names: 'all' | string[] | undefined, what: string) => {
  if (names === undefined) throw new Error(`${what}: no modes in scripts/reference.ts; add them to its table`)
  return names === 'all' ? 'all' : names.map(name => `\`${name}\``).join(', ')
}

export function inputsTable(action: ActionYml): string {
  const rows = Object.entries(action.inputs).map(([name, input]) => {
    let text = cell(input.description)
    if (input.required) text += ' Required.'
    if (input.default !== undefined && !/default/i.test(text)) text += ` Default: \`${input.default}\`.`
    return `| \`${name}\` | ${modes(INPUT_MODES[name], `input ${name}`)} | ${text} |`
  })
  return ['| input | modes | description |', '| --- | --- | --- |', ...rows].join('\n')
}

export function outputsTable(action: ActionYml): string {
  const rows = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${modes(OUTPUT_MODES[name], `output ${name}`)} | ${cell(output.description)} |`
  )
  return ['| output | modes | description |', '| --- | --- | --- |', ...rows].join('\n')
}

/** The page with both tables written between their markers; everything else as it was. */
export function renderReference(page: string, actionYmlText: string): string {
  const action = parse(actionYmlText) as ActionYml
  let out = page
  for (const [name, table] of [
    ['inputs', inputsTable(action)],
    ['outputs', outputsTable(action)]
  ] as const) {
    const start = `<!-- ${name}:start -->`
    const end = `<!-- ${name}:end -->`
    const from = out.indexOf(start)
    const to = out.indexOf(end)
    if (from < 0 || to < from) throw new Error(`docs/reference.md has no ${start} … ${end}`)
    out = `${out.slice(0, from + start.length)}\n${table}\n${out.slice(to)}`
  }
  return out
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..')
  const file = resolve(root, 'docs/reference.md')
  const page = readFileSync(file, 'utf8')
  const written = renderReference(page, readFileSync(resolve(root, 'action.yml'), 'utf8'))
  writeFileSync(file, written)
  console.log(written === page ? 'docs/reference.md is up to date.' : 'docs/reference.md written.')
}
