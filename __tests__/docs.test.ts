// The README is the user's manual: its commands run, and its tables name every input and output.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { MODE_NAMES } from '../src/modes/registry'

const root = resolve(import.meta.dirname, '..')
const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
const actionYml = readFileSync(resolve(root, 'action.yml'), 'utf8')
const section = (name: string) => actionYml.slice(actionYml.indexOf(`\n${name}:`) + 1).split(/\n(?=\S)/)[0] as string
const keys = (block: string) => [...block.matchAll(/^ {2}([a-z-]+):/gm)].map(m => m[1] as string)

describe('README', () => {
  it('documents every input and output of action.yml', () => {
    for (const name of [...keys(section('inputs')), ...keys(section('outputs'))])
      expect(readme).toContain(`\`${name}\``)
  })

  it('uses only declared inputs, valid modes and secrets for credentials in its workflow examples', () => {
    // The inputs and secrets each reusable workflow declares, from its on.workflow_call block.
    const declaredBy = (file: string) => {
      const workflow = parseYaml(readFileSync(resolve(root, '.github/workflows', file), 'utf8')) as {
        on: { workflow_call: { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> } }
      }
      const call = workflow.on.workflow_call
      return { inputs: Object.keys(call.inputs ?? {}), secrets: Object.keys(call.secrets ?? {}) }
    }
    const actionInputs = keys(section('inputs'))
    const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1] as string)
    let checked = 0
    for (const example of examples) {
      for (const use of example.matchAll(
        /uses: OWNER\/REPO(?:\/\.github\/workflows\/([\w.-]+))?@(?:v1|[0-9a-f]{40})[^\n]*\n( *)(?:env:[\s\S]*?\n\2)?with:\n((?:\2 {2}.*\n?)*)(?:\2secrets:\n((?:\2 {2}.*\n?)*))?/g
      )) {
        const workflow = use[1] ? declaredBy(use[1]) : undefined
        const declared = workflow ? workflow.inputs : actionInputs
        for (const [, name, value] of (use[4] ?? '').matchAll(/^\s+([a-z-]+):\s*(.*)$/gm)) {
          expect(workflow?.secrets, `README example passes secret '${name}' to ${use[1]}`).toContain(name)
          expect(value, `README example: secret ${name}`).toMatch(/^\$\{\{ secrets\./)
          checked++
        }
        for (const [, name, value] of (use[3] as string).matchAll(/^\s+([a-z-]+):\s*(.*)$/gm)) {
          expect(declared, `README example passes '${name}'`).toContain(name)
          if (name === 'mode') expect(MODE_NAMES).toContain(value?.split(' ')[0])
          if (/key|secret|token/.test(name as string) && name !== 'delete-token-on-failure') {
            expect(
              value,
              `README example: ${name} must come from secrets, a step output or the job's github.token`
            ).toMatch(/\$\{\{ (secrets\.|steps\.|github\.token \}\})/)
          }
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(40)
  })

  it('proves the approval in every example whose cut-over an environment gates (a missing one has no protection)', () => {
    const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1] as string)
    const gated = examples.filter(e => /mode: cutover/.test(e) && /^\s+environment: /m.test(e))
    expect(gated.length).toBeGreaterThan(0)
    for (const example of gated) {
      expect(example).toMatch(/approval-environment: \S+/)
      expect(example).toMatch(/github-token: \$\{\{ github\.token \}\}/)
      expect(example).toMatch(/actions: read/)
    }
  })

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm test')
    expect(readme).toContain('npm ci && npm run demo')
  })

  it('npm run demo carries one deployment from the link to COMPLETE, and says where the summaries are', () => {
    const demo = spawnSync(process.execPath, [resolve(root, 'scripts/demo.ts')], { encoding: 'utf8', timeout: 90_000 })
    expect(demo.status, demo.stdout + demo.stderr).toBe(0)
    expect(demo.stdout).toMatch(/=== create-link-token \(exit 0/)
    expect(demo.stdout).toMatch(/outputs: link-token=\*\*\* \(\d+ characters\)/)
    expect(demo.stdout).toMatch(/=== link-org \(exit 0[\s\S]*outputs: status=SYNCED/)
    expect(demo.stdout).toMatch(/=== start-migration \(exit 0[\s\S]*ready-for-cutover=true/)
    expect(demo.stdout).toMatch(/=== cutover \(exit 0[\s\S]*migration-status=COMPLETE/)
    expect(demo.stdout).not.toMatch(/lt-[A-Za-z0-9_-]{20,}/) // the token never shown
    const file = /^Job summaries: (\S+)/m.exec(demo.stdout)?.[1] as string
    const summaries = readFileSync(file, 'utf8')
    expect(summaries).toMatch(/<h3>✅ Migration \w+ is ready for cut-over<\/h3>/)
    expect(summaries).toMatch(/<h3>✅ Migration \w+ is COMPLETE<\/h3>/)
    expect(summaries).toContain('xychart-beta')
  }, 90_000)
})

describe('what the docs name is what the repository holds', () => {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    version: string
    scripts: Record<string, string>
  }

  it("pins the example to package.json's version, and every @vN to its major", () => {
    const pinned = [...readme.matchAll(/OWNER\/REPO[\w./-]*@[0-9a-f]{40} # v(\S+)/g)].map(m => m[1])
    expect(pinned.length).toBeGreaterThan(0)
    expect(new Set(pinned)).toEqual(new Set([pkg.version]))
    const majors = [...readme.matchAll(/OWNER\/REPO(?:\/[\w./-]+)?@v(\d+)\b/g)].map(m => m[1])
    expect(majors.length).toBeGreaterThan(10)
    expect(new Set(majors)).toEqual(new Set([pkg.version.split('.')[0]]))
  })

  it('says what OWNER/REPO stands for where it first appears, before any example uses it', () => {
    const said = readme.indexOf('stands for the GitHub repository this action is published from')
    expect(said).toBeGreaterThan(0)
    expect(said).toBeLessThan(readme.indexOf('uses: OWNER/REPO'))
    // The two badges (link and image each), then the sentence itself.
    expect(readme.slice(0, said).match(/OWNER\/REPO/g)?.length).toBe(5)
  })

  it('names only files and npm scripts that exist', () => {
    const paths = [...readme.matchAll(/`((?:src|scripts|test-server|__tests__|bench|\.github)\/[\w./-]+)`/g)]
      .map(m => m[1] as string)
      .filter(path => !path.endsWith('/'))
    expect(paths.length).toBeGreaterThan(20)
    for (const path of paths) expect(existsSync(resolve(root, path)), path).toBe(true)
    for (const [, script] of readme.matchAll(/npm run ([\w-]+)/g))
      expect(pkg.scripts, script).toHaveProperty(script as string)
  })
})

describe('npm run serve', () => {
  it('starts a stand-in with migration data that the printed inputs work against', async () => {
    const { spawn } = await import('node:child_process')
    const { mkdtempSync, readFileSync: read, existsSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { runAction } = await import('../test-server/run-action.ts')
    const file = resolve(mkdtempSync(resolve(tmpdir(), 'serve-')), 'info.json')
    const server = spawn(process.execPath, [resolve(root, 'test-server/serve.ts'), file], { stdio: 'ignore' })
    try {
      for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise(r => setTimeout(r, 50))
      const info = JSON.parse(read(file, 'utf8')) as Record<string, string>
      const key = {
        'base-url': info.url as string,
        'public-key': info.publicKey as string,
        'private-key': info.privateKey as string
      }
      const sources = await runAction({ mode: 'list-migration-sources', 'org-id': info.atlasOrgId as string, ...key })
      expect(JSON.parse(sources.outputs.deployments as string)).toHaveLength(3)
      const preflight = await runAction({
        mode: 'preflight',
        'org-id': info.atlasOrgId as string,
        'project-id': info.projectId as string,
        'cluster-name': 'atlas-payments',
        'source-cluster-name': 'payments-rs',
        'migration-host-ips': '203.0.113.7',
        ...key
      })
      expect(preflight.code, preflight.log).toBe(0)
      expect(preflight.outputs['preflight-result']).toBe('pass')
    } finally {
      server.kill('SIGTERM')
    }
  })
})
