// action.yml, the reusable workflow and the input parser must agree on every input's name.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MODES, parseInputs, SECRET_INPUTS } from '../src/inputs'

const root = resolve(import.meta.dirname, '..')
const actionYml = readFileSync(resolve(root, 'action.yml'), 'utf8')
const workflow = readFileSync(resolve(root, '.github/workflows/live-migration-link.yml'), 'utf8')

function section(text: string, start: RegExp, indent: string): string {
  const from = text.slice(text.search(start))
  const lines = from.split('\n').slice(1)
  const end = lines.findIndex(line => line.trim() !== '' && !line.startsWith(indent))
  return lines.slice(0, end < 0 ? undefined : end).join('\n')
}
const keysAt = (block: string, indent: string) =>
  [...block.matchAll(new RegExp(`^${indent}([a-z-]+):`, 'gm'))].map(m => m[1] as string)

const actionInputs = keysAt(section(actionYml, /^inputs:/m, '  '), '  ')

describe('action.yml', () => {
  it('declares exactly the inputs the parser reads', () => {
    const read = new Set<string>()
    for (const mode of MODES) {
      try {
        parseInputs(name => {
          read.add(name)
          return name === 'mode' ? mode : ''
        })
      } catch {
        // Stops at the first missing input; the full set is gathered below with everything set.
      }
      const everything: Record<string, string> = {
        mode,
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
        'source-username': 'u',
        'source-password': 'p',
        'hostname-schema-type': 'PRIVATE_LINK',
        'private-link-id': 'pl',
        'confirm-writes-stopped': 'true'
      }
      parseInputs(name => {
        read.add(name)
        return everything[name] ?? ''
      })
    }
    expect([...read].sort()).toEqual([...actionInputs].sort())
  })

  it('has a Marketplace description under 125 characters', () => {
    const description = /^description: (.+)$/m.exec(actionYml)?.[1] ?? ''
    expect(description.length).toBeGreaterThan(20)
    expect(description.length).toBeLessThan(125)
  })

  it('names every mode in the mode input and every secret input as an input', () => {
    for (const mode of MODES) expect(actionYml).toContain(mode)
    for (const name of SECRET_INPUTS) expect(actionInputs).toContain(name)
  })
})

describe('migration pipeline workflow', () => {
  const pipeline = readFileSync(resolve(root, '.github/workflows/live-migration.yml'), 'utf8')
  const steps = pipeline.split('uses: ./.live-migration-action').slice(1)

  it('passes only inputs the action declares, in every step that runs it', () => {
    expect(steps.map(step => /mode: ([a-z-]+)/.exec(step)?.[1])).toEqual([
      'create-and-link',
      'start-migration',
      'migration-status',
      'cutover'
    ])
    for (const step of steps) {
      for (const name of keysAt(section(step, /with:/, '          '), '          '))
        expect(actionInputs).toContain(name)
    }
  })

  it("takes credentials only as secrets, gates the cut-over job with the caller's environment, and needs no permission", () => {
    expect(pipeline).not.toMatch(/inputs\.[a-z-]*(key|secret|token|password)(?![\w-])/)
    const cutoverJob = pipeline.slice(pipeline.indexOf('\n  cutover:'))
    expect(cutoverJob).toMatch(/^ {4}environment: \$\{\{ inputs\.cutover-environment \}\}$/m)
    expect(cutoverJob).toMatch(/confirm-writes-stopped: \$\{\{ inputs\.cutover-environment != '' \}\}/)
    expect(cutoverJob).toMatch(/if: .*inputs\.cutover-environment != ''/)
    expect(pipeline).toMatch(/^permissions: \{\}$/m)
    expect(pipeline.match(/ref: \$\{\{ job\.workflow_sha \}\}/g)).toHaveLength(4)
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
