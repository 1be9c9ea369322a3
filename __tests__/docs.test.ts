// The docs are the user's manual: README.md, docs/*.md, CONTRIBUTING.md and bench/README.md. Their
// examples use only what exists, their commands run, their links resolve, and docs/reference.md is
// what npm run docs:reference writes from action.yml.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { renderReference } from '../scripts/reference.ts'
import { MODE_NAMES } from '../src/registry'

const root = resolve(import.meta.dirname, '..')
const read = (file: string) => readFileSync(resolve(root, file), 'utf8')
/** Every page of the docs: the README, each page under docs/, CONTRIBUTING.md and bench/README.md. */
const PAGES = [
  'README.md',
  ...readdirSync(resolve(root, 'docs'))
    .filter(name => name.endsWith('.md'))
    .sort()
    .map(name => `docs/${name}`),
  'CONTRIBUTING.md',
  'bench/README.md'
]
const page: Record<string, string> = Object.fromEntries(PAGES.map(file => [file, read(file)]))
const readme = page['README.md'] as string
const actionYml = read('action.yml')
const section = (name: string) => actionYml.slice(actionYml.indexOf(`\n${name}:`) + 1).split(/\n(?=\S)/)[0] as string
const keys = (block: string) => [...block.matchAll(/^ {2}([a-z-]+):/gm)].map(m => m[1] as string)
const yamlExamples = (file: string) =>
  [...(page[file] as string).matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1] as string)
/** A page without its fenced code blocks (whose `#` lines are comments, not headings). */
const prose = (text: string) => text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const [, heading] of prose(text).matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = (heading as string)
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    const n = seen.get(slug) ?? 0
    seen.set(slug, n + 1)
    out.add(n === 0 ? slug : `${slug}-${n}`)
  }
  return out
}

describe('README', () => {
  it('is read in five minutes: at most 400 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(400)
  })

  it('says in its title that the action is the migration, and shows no badge until the repository has its name', () => {
    const title = readme.split('\n')[0] as string
    expect(title).toMatch(/^# .*live migration/i)
    expect(title).not.toMatch(/link action/i)
    expect(readme).not.toMatch(/!\[[^\]]*\]\(/)
  })

  it('says what OWNER/REPO stands for where it first appears, before any example uses it', () => {
    const said = readme.indexOf('stands for the GitHub repository this action is published from')
    expect(said).toBeGreaterThan(0)
    expect(said).toBeLessThan(readme.indexOf('uses: OWNER/REPO'))
    // The sentence's own OWNER/REPO is the first.
    expect(readme.slice(0, said).match(/OWNER\/REPO/g)?.length).toBe(1)
  })

  it("has a table of the modes: every mode, in the registry's order, each with its docs page", () => {
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| [^|]+ \| \[[^\]]+\]\(([^)#]+)(#[^)]*)?\) \|$/gm)]
    expect(rows.map(m => m[1])).toEqual(MODE_NAMES)
    for (const [, mode, file] of rows) {
      expect(file, mode).toMatch(/^docs\/[\w-]+\.md$/)
      expect(existsSync(resolve(root, file as string)), `${mode}: ${file}`).toBe(true)
    }
  })

  it('gives the set-up commands: the demo here, the tests in CONTRIBUTING.md', () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(page['CONTRIBUTING.md']).toContain('npm ci && npm test')
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

describe('docs/reference.md', () => {
  it('is what npm run docs:reference writes from action.yml', () => {
    const reference = page['docs/reference.md'] as string
    expect(
      reference === renderReference(reference, actionYml),
      'docs/reference.md is stale: run npm run docs:reference'
    ).toBe(true)
  })

  it('documents every input and output of action.yml', () => {
    for (const name of [...keys(section('inputs')), ...keys(section('outputs'))])
      expect(page['docs/reference.md']).toContain(`| \`${name}\` |`)
  })
})

describe('every example in the docs', () => {
  it('uses only declared inputs, valid modes and secrets for credentials', () => {
    // The inputs and secrets each reusable workflow declares, from its on.workflow_call block.
    const declaredBy = (file: string) => {
      const workflow = parseYaml(read(`.github/workflows/${file}`)) as {
        on: { workflow_call: { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> } }
      }
      const call = workflow.on.workflow_call
      return { inputs: Object.keys(call.inputs ?? {}), secrets: Object.keys(call.secrets ?? {}) }
    }
    const actionInputs = keys(section('inputs'))
    let checked = 0
    for (const file of PAGES) {
      for (const example of yamlExamples(file)) {
        for (const use of example.matchAll(
          /uses: OWNER\/REPO(?:\/\.github\/workflows\/([\w.-]+))?@(?:v\d+|[0-9a-f]{40})[^\n]*\n( *)(?:env:[\s\S]*?\n\2)?with:\n((?:\2 {2}.*\n?)*)(?:\2secrets:\n((?:\2 {2}.*\n?)*))?/g
        )) {
          const workflow = use[1] ? declaredBy(use[1]) : undefined
          const declared = workflow ? workflow.inputs : actionInputs
          for (const [, name, value] of (use[4] ?? '').matchAll(/^\s+([a-z-]+):\s*(.*)$/gm)) {
            expect(workflow?.secrets, `${file}: an example passes secret '${name}' to ${use[1]}`).toContain(name)
            expect(value, `${file}: secret ${name}`).toMatch(/^\$\{\{ secrets\./)
            checked++
          }
          for (const [, name, value] of (use[3] as string).matchAll(/^\s+([a-z-]+):\s*(.*)$/gm)) {
            expect(declared, `${file}: an example passes '${name}'`).toContain(name)
            if (name === 'mode') expect(MODE_NAMES, file).toContain(value?.split(' ')[0])
            if (/key|secret|token/.test(name as string) && name !== 'delete-token-on-failure') {
              expect(value, `${file}: ${name} must come from secrets, a step output or the job's github.token`).toMatch(
                /\$\{\{ (secrets\.|steps\.|github\.token \}\})/
              )
            }
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40)
  })

  it('proves the approval wherever an environment gates a cut-over (a missing one has no protection)', () => {
    let gated = 0
    for (const file of PAGES) {
      for (const example of yamlExamples(file)) {
        if (!/mode: cutover/.test(example) || !/^\s+environment: /m.test(example)) continue
        expect(example, file).toMatch(/approval-environment: \S+/)
        expect(example, file).toMatch(/github-token: \$\{\{ github\.token \}\}/)
        expect(example, file).toMatch(/actions: read/)
        gated++
      }
    }
    expect(gated).toBeGreaterThan(0)
  })
})

describe('what the docs name is what the repository holds', () => {
  const pkg = JSON.parse(read('package.json')) as { version: string; scripts: Record<string, string> }
  const all = PAGES.map(file => page[file]).join('\n')

  it("pins the example to package.json's version, and every @vN to its major", () => {
    const pinned = [...all.matchAll(/OWNER\/REPO[\w./-]*@[0-9a-f]{40} # v(\S+)/g)].map(m => m[1])
    expect(pinned.length).toBeGreaterThan(0)
    expect(new Set(pinned)).toEqual(new Set([pkg.version]))
    const majors = [...all.matchAll(/OWNER\/REPO(?:\/[\w./-]+)?@v(\d+)\b/g)].map(m => m[1])
    expect(majors.length).toBeGreaterThan(10)
    expect(new Set(majors)).toEqual(new Set([pkg.version.split('.')[0]]))
  })

  it('names only files and npm scripts that exist', () => {
    let named = 0
    for (const file of PAGES) {
      const paths = [
        ...(page[file] as string).matchAll(
          /`((?:src|scripts|test-server|__tests__|bench|docs|\.github|\.ci)\/[\w./-]+)`/g
        )
      ]
        .map(m => m[1] as string)
        .filter(path => !path.endsWith('/'))
      for (const path of paths) expect(existsSync(resolve(root, path)), `${file} names ${path}`).toBe(true)
      named += paths.length
      for (const [, script] of (page[file] as string).matchAll(/npm run ([\w:-]+)/g))
        expect(pkg.scripts, `${file} names npm run ${script}`).toHaveProperty([script as string])
    }
    expect(named).toBeGreaterThan(20)
  })

  it('links only to pages and headings that exist', () => {
    let links = 0
    for (const file of PAGES) {
      for (const [, target] of prose(page[file] as string).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target as string)) continue // https:, mailto:
        const [path, anchor] = (target as string).split('#') as [string, string | undefined]
        const linked = path === '' ? file : relative(root, resolve(root, dirname(file), path))
        expect(existsSync(resolve(root, linked)), `${file} links to ${target}`).toBe(true)
        if (anchor !== undefined) {
          expect(linked, `${file} links to ${target}: an anchor needs a page`).toMatch(/\.md$/)
          expect([...anchors(page[linked] ?? read(linked))], `${file} links to ${target}`).toContain(anchor)
        }
        links++
      }
    }
    expect(links).toBeGreaterThan(50)
  })

  it('names every input and secret of each reusable workflow on its page', () => {
    for (const [workflow, file] of [
      ['live-migration-link.yml', 'docs/link.md'],
      ['live-migration.yml', 'docs/pipeline.md'],
      ['live-migration-status.yml', 'docs/pipeline.md']
    ] as const) {
      const call = (
        parseYaml(read(`.github/workflows/${workflow}`)) as {
          on: { workflow_call: { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> } }
        }
      ).on.workflow_call
      for (const name of [...Object.keys(call.inputs ?? {}), ...Object.keys(call.secrets ?? {})])
        expect(page[file], `${file}: ${workflow}'s ${name}`).toContain(`\`${name}\``)
    }
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
