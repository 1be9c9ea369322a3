// The README is the user's manual: its commands run, and its tables name every input and output.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
const actionYml = readFileSync(resolve(root, 'action.yml'), 'utf8')
const section = (name: string) => actionYml.slice(actionYml.indexOf(`\n${name}:`) + 1).split(/\n(?=\S)/)[0] as string
const keys = (block: string) => [...block.matchAll(/^ {2}([a-z-]+):/gm)].map(m => m[1] as string)

describe('README', () => {
  it('documents every input and output of action.yml', () => {
    for (const name of [...keys(section('inputs')), ...keys(section('outputs'))]) expect(readme).toContain(`\`${name}\``)
  })

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm test')
    expect(readme).toContain('npm ci && npm run demo')
  })

  it('npm run demo runs the bundle end to end and prints outputs and summaries', () => {
    const demo = spawnSync(process.execPath, [resolve(root, 'scripts/demo.ts')], { encoding: 'utf8', timeout: 60_000 })
    expect(demo.status, demo.stdout + demo.stderr).toBe(0)
    expect(demo.stdout).toMatch(/=== create-link-token \(exit 0/)
    expect(demo.stdout).toMatch(/outputs: link-token=\*\*\* \(\d+ characters\)/)
    expect(demo.stdout).toMatch(/=== link-org \(exit 0[\s\S]*outputs: status=SYNCED/)
    expect(demo.stdout).toMatch(/=== link-status \(exit 0[\s\S]*outputs: status=SYNCED/)
    expect(demo.stdout).toContain('<h3>MongoDB live migration link</h3>')
    expect(demo.stdout).not.toMatch(/lt-[A-Za-z0-9_-]{20,}/) // the token never shown
  })
})
