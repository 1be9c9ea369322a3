// action.yml, the reusable workflows and docs/reference.md agree with the one list of modes
// (src/registry.ts): every mode, every input it reads, and the modes each input serves.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { SECRET_INPUTS } from '../src/inputs'
import { COMMON_INPUTS, MODE_NAMES, MODES, parseInputs } from '../src/registry'

const root = resolve(import.meta.dirname, '..')
const actionYml = readFileSync(resolve(root, 'action.yml'), 'utf8')
const action = parseYaml(actionYml) as {
  description: string
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}
const workflow = readFileSync(resolve(root, '.github/workflows/live-migration-link.yml'), 'utf8')
const reference = readFileSync(resolve(root, 'docs/reference.md'), 'utf8')

function section(text: string, start: RegExp, indent: string): string {
  const from = text.slice(text.search(start))
  const lines = from.split('\n').slice(1)
  const end = lines.findIndex(line => line.trim() !== '' && !line.startsWith(indent))
  return lines.slice(0, end < 0 ? undefined : end).join('\n')
}
const keysAt = (block: string, indent: string) =>
  [...block.matchAll(new RegExp(`^${indent}([a-z-]+):`, 'gm'))].map(m => m[1] as string)

const actionInputs = Object.keys(action.inputs)
const modeInputs = [...new Set(MODE_NAMES.flatMap(mode => MODES[mode].inputs))]

/** A valid value for every input, so that every mode parses. */
const EVERYTHING: Record<string, string> = {
  'org-id': '5f1a2b3c4d5e6f7a8b9c0d1e',
  'source-org-id': '6a7b8c9d0e1f2a3b4c5d6e7f',
  'public-key': 'p',
  'private-key': 's',
  'source-public-key': 'p',
  'source-private-key': 's',
  'link-token': 't',
  'wait-for-sync': 'true',
  'project-id': '7c8d9e0f1a2b3c4d5e6f7a8b',
  'migration-id': '8d9e0f1a2b3c4d5e6f7a8b9c',
  'cluster-name': 'dest',
  'source-cluster-name': 'src',
  'source-project-id': '9e0f1a2b3c4d5e6f7a8b9c0d',
  'source-username': 'u',
  'source-password': 'p',
  'hostname-schema-type': 'PRIVATE_LINK',
  'private-link-id': 'pl',
  'confirm-writes-stopped': 'true',
  'plan-file': 'migrations/plan.yml',
  'github-token': 't',
  'deployment-name': 'payments'
}

describe('action.yml and the registry of modes', () => {
  it('declares exactly the inputs the modes read, and the parser reads no other', () => {
    expect([...actionInputs].sort()).toEqual([...new Set([...COMMON_INPUTS, ...modeInputs])].sort())
    for (const mode of MODE_NAMES) {
      const read = new Set<string>()
      parseInputs(name => {
        read.add(name)
        return name === 'mode' ? mode : (EVERYTHING[name] ?? '')
      })
      for (const name of read) expect(actionInputs, `mode ${mode} reads '${name}'`).toContain(name)
    }
  })

  it('warns about exactly the set inputs a mode does not read, as the registry declares them', () => {
    const set = Object.fromEntries(modeInputs.map(name => [name, EVERYTHING[name] ?? '1']))
    for (const mode of MODE_NAMES) {
      const { warnings } = parseInputs(name =>
        name === 'mode' ? mode : name === 'wait-for' ? '' : (EVERYTHING[name] ?? '')
      )
      const unused = warnings.flatMap(w => /^Input '([a-z-]+)' is not used by mode/.exec(w)?.[1] ?? [])
      const expected = Object.keys(EVERYTHING).filter(name => !MODES[mode].inputs.includes(name) && set[name])
      expect(unused.sort(), mode).toEqual(expected.filter(name => modeInputs.includes(name)).sort())
    }
  })

  it("lists each family's modes in the mode input's description, in the registry's order", () => {
    const description = action.inputs.mode?.description.replace(/\s+/g, ' ') ?? ''
    for (const [family, label] of [
      ['link', 'The link'],
      ['migration', 'The migration']
    ] as const) {
      const names = MODE_NAMES.filter(mode => MODES[mode].family === family)
      expect(description).toContain(`${label}: ${names.join(', ')}.`)
    }
  })

  it('gives a default only to inputs every mode reads: the runner passes defaults to every step, and a mode warns about a set input it does not use', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default === undefined) continue
      const everyMode = MODE_NAMES.every(mode => MODES[mode].inputs.includes(name))
      expect((COMMON_INPUTS as readonly string[]).includes(name) || everyMode, `${name} has a default`).toBe(true)
    }
  })

  it('has a Marketplace description under 125 characters', () => {
    expect(action.description.length).toBeGreaterThan(20)
    expect(action.description.length).toBeLessThan(125)
  })

  it('declares every secret input as an input', () => {
    for (const name of SECRET_INPUTS) expect(actionInputs).toContain(name)
  })
})

describe("docs/reference.md's input table", () => {
  const inputsSection = reference.slice(
    reference.indexOf('<!-- inputs:start -->'),
    reference.indexOf('<!-- inputs:end -->')
  )
  const rows = [...inputsSection.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| ([^\n]*) \|$/gm)].map(m => ({
    name: m[1] as string,
    modes: (m[2] as string).trim(),
    description: m[3] as string
  }))

  it('has one row for every input, in the order of action.yml', () => {
    expect(rows.map(row => row.name)).toEqual(actionInputs)
  })

  it('names, for each input, exactly the modes that read it, as the registry says ("all": every mode)', () => {
    for (const row of rows) {
      const reading = MODE_NAMES.filter(mode => MODES[mode].inputs.includes(row.name))
      if (reading.length === 0)
        expect(COMMON_INPUTS as readonly string[], `${row.name}: read by no mode, so checked by all`).toContain(
          row.name
        )
      const expected =
        reading.length === 0 || reading.length === MODE_NAMES.length
          ? 'all'
          : reading.map(mode => `\`${mode}\``).join(', ')
      expect(row.modes, `docs/reference.md: the modes of ${row.name}`).toBe(expected)
    }
  })

  it('the mode row names every mode, in the registry order', () => {
    const modeRow = rows.find(row => row.name === 'mode')
    const named = [...(modeRow?.description ?? '').matchAll(/[a-z-]+/g)]
      .map(m => m[0])
      .filter(word => (MODE_NAMES as readonly string[]).includes(word))
    expect(named).toEqual(MODE_NAMES)
  })
})

describe('migration pipeline workflow', () => {
  const pipeline = readFileSync(resolve(root, '.github/workflows/live-migration.yml'), 'utf8')
  const steps = pipeline.split('uses: ./.live-migration-action').slice(1)

  it('passes only inputs the action declares, in every step that runs it', () => {
    expect(steps.map(step => /mode: ([a-z-]+)/.exec(step)?.[1])).toEqual([
      'create-and-link',
      'record-migration',
      'start-migration',
      'cutover'
    ])
    for (const step of steps) {
      for (const name of keysAt(section(step, /with:/, '          '), '          '))
        expect(actionInputs).toContain(name)
    }
  })

  it("takes credentials only as secrets, gates the cut-over job with the caller's environment and proves its approval, and asks only the permissions it uses", () => {
    expect(pipeline).not.toMatch(/inputs\.[a-z-]*(key|secret|token|password)(?![\w-])/)
    const cutoverJob = pipeline.slice(pipeline.indexOf('\n  cutover:'))
    expect(cutoverJob).toMatch(/^ {4}environment: \$\{\{ inputs\.cutover-environment \}\}$/m)
    expect(cutoverJob).toMatch(/approval-environment: \$\{\{ inputs\.cutover-environment \}\}/)
    expect(cutoverJob).toMatch(/approval-check: \$\{\{ inputs\.cutover-protection \}\}/)
    expect(cutoverJob).toMatch(/if: .*inputs\.cutover-environment != ''/)
    expect(cutoverJob).toMatch(/permissions:\n {6}actions: read.*\n {6}deployments: write/)
    expect(pipeline).toMatch(/^permissions: \{\}$/m)
    expect(pipeline.match(/ref: \$\{\{ job\.workflow_sha \}\}/g)).toHaveLength(3)
  })
})

describe('reusable workflow', () => {
  it("runs the action from its own commit, never from the caller's repository or a moving tag", () => {
    const checkout = workflow.slice(workflow.indexOf('uses: actions/checkout@'))
    expect(checkout).toMatch(/repository: \$\{\{ job\.workflow_repository \}\}\n\s+ref: \$\{\{ job\.workflow_sha \}\}/)
    expect(workflow).not.toMatch(/github\.repository|action-ref|action-repository/)
  })

  it('passes through every input a caller needs, and bounds the step by the wait', () => {
    const callInputs = keysAt(section(workflow, /^ {4}inputs:/m, '      '), '      ')
    for (const name of [
      'delete-token-on-failure',
      'request-timeout-seconds',
      'ca-certificate',
      'wait-timeout-seconds'
    ]) {
      expect(callInputs).toContain(name)
      expect(workflow).toContain(`${name}: \${{ inputs.${name} }}`)
    }
    expect(workflow).toMatch(/timeout-minutes: \$\{\{ fromJSON\(steps\.plan\.outputs\.minutes\) \}\}/)
    expect(workflow).toMatch(/^permissions: \{\}$/m)
  })

  it('passes only inputs the action declares, in mode create-and-link', () => {
    const step = workflow.slice(workflow.indexOf('uses: ./.live-migration-link-action'))
    const withBlock = section(step, /with:/, '          ')
    const passed = keysAt(withBlock, '          ')
    expect(passed).toContain('mode')
    expect(withBlock).toMatch(/mode: create-and-link/)
    for (const name of passed) expect(actionInputs).toContain(name)
    expect(passed).toEqual(
      expect.arrayContaining(['org-id', 'source-org-id', 'source-public-key', 'source-private-key'])
    )
  })

  it('takes every credential as a secret, never as an input', () => {
    const secrets = keysAt(section(workflow, /^ {4}secrets:/m, '      '), '      ')
    expect(secrets.sort()).toEqual(
      [
        'atlas-access-token',
        'atlas-client-id',
        'atlas-client-secret',
        'atlas-private-key',
        'atlas-public-key',
        'source-private-key',
        'source-public-key'
      ].sort()
    )
    expect(workflow).not.toMatch(/inputs\.[a-z-]*(key|secret|token)(?![\w-])/)
  })
})
