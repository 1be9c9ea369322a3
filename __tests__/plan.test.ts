// Mode plan through dist/index.js, as the runner runs it, against the stand-in: a clean fleet, every
// kind of conflict, a failed pre-flight, a 200-entry plan, bad plan files (nothing sent), secrets.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { fleet } from '../test-server/fleet.ts'
import { errorLines, runAction } from '../test-server/run-action.ts'
import type { CredentialKind } from './helpers/fixtures.ts'
import { CREDENTIALS, expectNoLeak, startFakeApi } from './helpers/fixtures.ts'

let api: FakeApi | undefined
let workspace: string | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/** A workspace holding the plan file, a stand-in for the fleet, and the plan step run in it. */
async function runPlan(
  plan: string,
  options: FakeApiOptions,
  kind: CredentialKind = 'service-account',
  file = 'migrations/plan.yml',
  override: Record<string, string> = {}
) {
  api = await startFakeApi(options)
  workspace = mkdtempSync(join(tmpdir(), 'workspace-'))
  const dir = join(workspace, 'migrations')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(workspace, file), plan)
  const run = await runAction(
    { mode: 'plan', 'plan-file': file, 'base-url': api.url, ...CREDENTIALS[kind], ...override },
    { RUNNER_TEMP: workspace },
    { cwd: workspace, timeoutMs: 120_000 }
  )
  return { run, api }
}

const annotations = (stdout: string) =>
  [...stdout.matchAll(/^::(error|warning) file=([^,]+),line=(\d+)(?:,col=(\d+))?::(.*)$/gm)].map(m => ({
    level: m[1],
    file: m[2],
    line: Number(m[3]),
    message: m[5] as string
  }))

describe('plan', () => {
  it('passes a clean fleet: reads only, one matrix leg per deployment per wave, reads shared', async () => {
    const f = fleet({ orgs: 2, perOrg: 4, perWave: 2 })
    const { run, api } = await runPlan(f.plan, f.options)
    expect(run.code, run.log).toBe(0)
    expect(api.requests.filter(r => r.method !== 'GET').map(r => r.path)).toEqual(
      expect.arrayContaining(['/api/oauth/token'])
    )
    expect(api.requests.every(r => r.method === 'GET' || r.path.startsWith('/api/oauth/'))).toBe(true)
    // availableProjects once per org, the project once per project: shared across deployments.
    const count = (pattern: RegExp) => api.requests.filter(r => pattern.test(r.path)).length
    expect(count(/availableProjects/)).toBe(2)
    expect(count(/^\/api\/atlas\/v2\/groups\/[0-9a-f]{24}$/)).toBe(2)
    expect(JSON.parse(run.outputs.waves as string)).toEqual(['1', '2'])
    const matrix = JSON.parse(run.outputs.matrix as string) as Record<string, { include: Record<string, string>[] }>
    expect(matrix['1']?.include.map(l => [l['deployment-name'], l['migration-host'], l['cluster-name']])).toEqual([
      ['rs-0-0', 'mig-0-0.example.net', 'atlas-0-0'],
      ['rs-0-1', 'mig-0-1.example.net', 'atlas-0-1'],
      ['rs-1-0', 'mig-1-0.example.net', 'atlas-1-0'],
      ['rs-1-1', 'mig-1-1.example.net', 'atlas-1-1']
    ])
    expect(matrix['2']?.include[0]).toEqual({
      'deployment-name': 'rs-0-2',
      'atlas-org-id': f.orgIds[0],
      'project-id': f.projectIds[0],
      'cluster-name': 'atlas-0-2',
      'source-cluster-name': 'rs-0-2',
      'source-project-id': 'c00000000000000000000000',
      'migration-host': 'mig-0-0.example.net',
      'source-ssl': 'true',
      'source-auth': 'managed',
      'hostname-schema-type': 'PUBLIC',
      'private-link-id': '',
      'migration-host-ips': '198.51.0.1'
    })
    expect(run.outputs['plan-result']).toBe('pass')
    const report = JSON.parse(run.outputs['plan-report'] as string)
    expect(report).toMatchObject({ result: 'pass', deployments: 8, conflicts: [] })
    expect(run.summary).toContain('<h4>Wave 1: 4 deployments into 2 projects</h4>')
    expect(run.summary).toContain('<h4>Wave 2: 4 deployments into 2 projects</h4>')
    expect(run.log).not.toMatch(/^::(warning|error)/m)
    expect(run.log).toMatch(/plan wave 2 rs-1-3 → atlas-1-3 via mig-1-1.example.net: pass/)
  })

  it('reports every kind of conflict a plan can have at its line, and sends nothing but reads', async () => {
    const f = fleet({ orgs: 1, perOrg: 3, perWave: 2 })
    const org = f.orgIds[0] as string
    const project = f.projectIds[0]
    // A second source project with a deployment named like one of the first's.
    const sources = f.options.availableProjects?.[org] ?? []
    sources.push({
      projectId: 'c10000000000000000000000',
      name: 'other',
      migrationHosts: ['mig-x.example.net'],
      deployments: [{ name: 'rs-0-2', managed: true, tlsEnabled: true }]
    })
    const plan = [
      `defaults: {org-id: ${org}, project-id: ${project}}`,
      'deployments:',
      '  - source: rs-0-0', // 3
      '    cluster: atlas-0-0',
      '  - source: rs-0-0', // 5: listed twice
      '    name: again',
      '    cluster: atlas-0-1',
      '  - source: rs-0-1', // 8: destination of rs-0-0
      '    cluster: atlas-0-0',
      '  - source: rs-0-2', // 10: in two source projects
      '    cluster: atlas-0-2',
      '  - source: missing-rs', // 12
      '  - source: rs-0-1', // 13: wave 2, the same host twice
      '    name: w2-a',
      '    cluster: w2-a',
      '    wave: 2',
      '    migration-host: mig-0-0.example.net',
      '  - source: rs-0-2', // 18
      '    source-project: source-0',
      '    name: w2-b',
      '    cluster: w2-b',
      '    wave: 2',
      '    migration-host: mig-0-0.example.net',
      '  - source: rs-0-2', // 24: a host its project does not list
      '    source-project: c00000000000000000000000',
      '    name: w3',
      '    cluster: w3',
      '    wave: 3',
      '    migration-host: mig-9.example.net',
      ''
    ].join('\n')
    const { run, api } = await runPlan(plan, f.options)
    expect(run.code).toBe(1)
    expect(api.requests.filter(r => r.method !== 'GET' && !r.path.startsWith('/api/oauth/'))).toEqual([])
    const report = JSON.parse(run.outputs['plan-report'] as string) as {
      conflicts: { kind: string; lines: number[] }[]
    }
    expect(report.conflicts.map(c => [c.kind, c.lines])).toEqual([
      ['ambiguous-deployment', [10]],
      ['unknown-deployment', [12]],
      ['listed-twice', [3, 5]],
      ['listed-twice', [8, 13]],
      ['listed-twice', [18, 24]],
      ['destination-twice', [3, 8]],
      ['wave-larger-than-hosts', [3, 5, 8]],
      ['host-twice-in-wave', [13, 18]],
      ['unknown-host', [24]]
    ])
    // The overall result first; then each conflict once, at its first line, within GitHub's ten.
    expect(errorLines(run)[0]).toMatch(
      /^Plan: 9 conflicts, 8 of 8 deployments not ready to migrate; nothing was validated or started\./
    )
    const errors = annotations(run.stdout).filter(a => a.level === 'error')
    expect(errors.map(a => a.line)).toEqual([10, 12, 3, 8, 18, 3, 3, 13])
    expect(errors.at(-1)?.message).toBe('7 more conflicts and failed checks: see the job summary.')
    expect(run.log).toContain('migrations/plan.yml:24: error: w3 (line 24): migration host mig-9.example.net')
    expect(run.log).not.toMatch(/^::warning::conflict/m)
    expect(run.outputs['plan-result']).toBe('fail')
    expect(run.summary).toContain('<h4>Conflicts (9)</h4>')
    expect(run.summary).toMatch(
      /<td>❌<\/td><td>missing-rs \(12\)<\/td>.*<td>not found<\/td><td>unknown-deployment<\/td>/
    )
  })

  it('annotates a 14-entry plan within GitHub’s limits: the overall result first, each finding once, the rest in the summary', async () => {
    const f = fleet({ orgs: 1, perOrg: 10, perWave: 3 })
    const org = f.orgIds[0] as string
    const project = f.projectIds[0] as string
    const other = 'b10000000000000000000000'
    const sources = f.options.availableProjects?.[org] ?? []
    for (const d of sources[0]?.deployments ?? []) Object.assign(d, { dbSizeBytes: 4e9 })
    sources.push({
      projectId: 'c10000000000000000000000',
      name: 'other',
      migrationHosts: ['mig-x.example.net'],
      deployments: [{ name: 'rs-0-2', managed: true, tlsEnabled: true }]
    })
    const clusters = f.options.clusters?.[project] ?? []
    clusters[4] = { name: 'atlas-0-4', mongoDBVersion: '7.0.20', oplogSizeMB: 50_000, paused: true }
    clusters[5] = { name: 'atlas-0-5', mongoDBVersion: '7.0.20', biConnector: true, databases: ['shop'] }
    f.options.atlasProjects = [...(f.options.atlasProjects ?? []), other]
    const entries: [string, string][] = [
      ['rs-0-0', 'cluster: atlas-0-0'],
      ['rs-0-0', 'name: again, cluster: atlas-0-1'],
      ['rs-0-1', 'cluster: atlas-0-0'],
      ['rs-0-2', 'cluster: atlas-0-2'],
      ['missing-rs', 'cluster: atlas-0-9'],
      ['rs-0-3', 'cluster: atlas-0-3, wave: 2'],
      ['rs-0-4', 'cluster: atlas-0-4, wave: 2'],
      ['rs-0-5', 'cluster: atlas-0-5, wave: 2'],
      ['rs-0-6', 'cluster: atlas-0-6, wave: 3, migration-host: mig-0-0.example.net'],
      ['rs-0-7', 'cluster: atlas-0-7, wave: 3, migration-host: mig-0-0.example.net'],
      ['rs-0-8', 'cluster: atlas-0-8, wave: 3, migration-host: mig-9.example.net'],
      ['rs-0-9', 'cluster: atlas-0-9, wave: 4'],
      ['rs-0-1', 'name: w4-b, cluster: w4-b, wave: 4'],
      ['rs-0-3', `name: w4-c, cluster: w4-c, wave: 4, project-id: ${other}`]
    ]
    const plan = [
      'version: 1',
      `defaults: {org-id: ${org}, project-id: ${project}}`,
      'migration-host-ips: {mig-0-0.example.net: [198.51.0.1], mig-0-1.example.net: [198.51.0.2], mig-0-2.example.net: [198.51.0.3]}',
      'deployments:',
      ...entries.map(([source, rest]) => `  - {source: ${source}, ${rest}}`),
      ''
    ].join('\n')
    const { run } = await runPlan(plan, f.options)
    expect(run.code).toBe(1)
    const commands = [...run.stdout.matchAll(/^::(error|warning)[ :]/gm)].map(m => m[1])
    expect(commands.filter(level => level === 'error').length).toBeLessThanOrEqual(10)
    expect(commands.filter(level => level === 'warning').length).toBeLessThanOrEqual(10)
    // The overall result is the first annotation; the step does not say it again as a second one.
    expect(run.stdout.match(/^::(error|warning)[^\n]*/m)?.[0]).toMatch(
      /^::error::Plan: 8 conflicts, 13 of 14 deployments not ready to migrate; nothing was validated or started\./
    )
    expect(errorLines(run).filter(line => line.startsWith('Plan: '))).toHaveLength(1)
    const report = JSON.parse(run.outputs['plan-report'] as string) as {
      conflicts: { message: string }[]
      entries: { name: string; problems: { id: string; result: string }[] }[]
    }
    expect(report.conflicts).toHaveLength(8)
    // Each conflict once in the log (an annotation, or a line past GitHub's ten), never twice.
    for (const c of report.conflicts) expect(run.log.split(c.message).length - 1, c.message).toBe(1)
    expect(run.log).not.toMatch(/^::warning::(conflict|plan wave)/m)
    expect(run.log).toMatch(
      /^::error file=migrations\/plan\.yml,line=\d+::\d+ more conflicts and failed checks: see the job summary\.$/m
    )
    // Every finding is in the summary: each conflict, and each check that failed or warned.
    const problems = report.entries.flatMap(e => e.problems)
    expect(problems.length).toBeGreaterThan(5)
    expect(run.summary).toContain(`<h4>Conflicts (${report.conflicts.length})</h4>`)
    expect(run.summary).toContain(`<h4>Checks to fix (${problems.length})</h4>`)
    // A wave into one project says it once, in its heading; its rows hold the cluster alone.
    const wave1 = run.summary.slice(run.summary.indexOf('<h4>Wave 1:'), run.summary.indexOf('<h4>Wave 2:'))
    expect(wave1).toMatch(new RegExp(`^<h4>Wave 1: 5 deployments into project ${project}</h4>`))
    expect(wave1.split(project)).toHaveLength(2)
    expect(wave1).toContain(
      '<tr><th></th><th>Deployment (line)</th><th>Destination cluster</th><th>Migration host</th><th>Size</th><th>MongoDB</th><th>Pre-flight</th><th>To fix</th></tr>'
    )
    expect(run.summary).toContain(`<h4>Wave 4: 3 deployments into 2 projects</h4>`)
    // One unit for sizes: the wave table and pre-flight's own evidence say the same 4.0 GB.
    expect(wave1).toContain('<td>4.0\u00a0GB</td>')
    const full = JSON.parse(readFileSync(run.outputs['plan-report-file'] as string, 'utf8')) as {
      checks: Record<string, { id: string; evidence: string }[]>
    }
    expect(full.checks['rs-0-9']?.find(c => c.id === 'PF-8')?.evidence).toMatch(/^source 4\.0 GB, /)
    expect(run.summary).not.toMatch(/GiB/)
  })

  it('counts one deployment and one wave in the singular', async () => {
    const f = fleet({ orgs: 1, perOrg: 1 })
    const { run } = await runPlan(f.plan, f.options)
    expect(run.code, run.log).toBe(0)
    expect(run.summary).toMatch(/^<h3>✅ Plan of 1 deployment in 1 wave: no conflict, every deployment ready<\/h3>/)
    expect(run.log).toMatch(/^✅ Succeeded · 1 deployment · 1 wave · 0 conflicts · took /m)
    expect(run.summary).toContain('<td>Plan</td><td>1 deployment, 1 wave, 0 conflicts</td>')
  })

  it('reports an org the credential cannot read as a conflict of its entries, and checks the others', async () => {
    const f = fleet({ orgs: 2, perOrg: 1 })
    f.options.atlasOrgs = [f.orgIds[0] as string] // the second org answers 404 ORG_NOT_FOUND
    const { run } = await runPlan(f.plan, f.options)
    expect(run.code).toBe(1)
    const report = JSON.parse(run.outputs['plan-report'] as string) as {
      conflicts: { kind: string; entries: string[]; message: string }[]
      entries: { name: string; result: string }[]
    }
    expect(report.conflicts.map(c => [c.kind, c.entries])).toEqual([['org-unreadable', ['rs-1-0']]])
    expect(report.conflicts[0]?.message).toMatch(/Atlas org a0+1 .*could not be read: .*404/)
    expect(report.entries.map(e => [e.name, e.result])).toEqual([
      ['rs-0-0', 'pass'],
      ['rs-1-0', 'fail']
    ])
  })

  it("fails at once, with the credential's error, when the credential is refused", async () => {
    const f = fleet({ orgs: 2, perOrg: 1 })
    const { run, api } = await runPlan(f.plan, f.options, 'api-key', 'migrations/plan.yml', {
      'private-key': 'not-the-key'
    })
    expect(run.code).toBe(1)
    expect(errorLines(run).at(-1)).toMatch(/401/)
    expect(api.requests.filter(r => /availableProjects/.test(r.path)).length).toBeLessThanOrEqual(2)
    expect(run.outputs['plan-report']).toBeUndefined()
  })

  it('fails on a deployment whose pre-flight fails, and says which check and how to fix it', async () => {
    const f = fleet({ orgs: 1, perOrg: 2 })
    const project = f.projectIds[0] as string
    f.options.clusters = {
      [project]: [
        { name: 'atlas-0-0', mongoDBVersion: '7.0.20', oplogSizeMB: 50_000 },
        { name: 'atlas-0-1', mongoDBVersion: '7.0.20', oplogSizeMB: 50_000, paused: true }
      ]
    }
    const { run } = await runPlan(f.plan, f.options)
    expect(run.code).toBe(1)
    const entries = JSON.parse(run.outputs['plan-report'] as string).entries as {
      name: string
      result: string
      problems: { id: string; result: string }[]
    }[]
    expect(entries.map(e => [e.name, e.result])).toEqual([
      ['rs-0-0', 'pass'],
      ['rs-0-1', 'fail']
    ])
    expect(entries[1]?.problems).toContainEqual(expect.objectContaining({ id: 'PF-4', result: 'fail' }))
    const errors = annotations(run.stdout).filter(a => a.level === 'error')
    expect(
      errors.some(a => a.line === f.plan.split('\n').indexOf('  - source: rs-0-1') + 1 && /PF-4/.test(a.message))
    ).toBe(true)
    const line = f.plan.split('\n').indexOf('  - source: rs-0-1') + 1
    expect(run.summary).toContain(
      `<tr><td>❌\u00a0fail</td><td>rs-0-1 (${line})</td><td>PF-4 Destination state</td><td>paused</td><td>Resume the destination cluster.</td></tr>`
    )
    expect(run.summary).toContain('<td>❌\u00a01 ✅\u00a012 ➖\u00a02</td><td>PF-4</td></tr>')
    expect(run.summary).toContain('<h3>❌ Plan of 2 deployments in 1 wave: 0 conflicts, 1 not ready</h3>')
  })

  it('checks 200 deployments of 20 orgs, reading each org and project once', async () => {
    const f = fleet({ orgs: 20, perOrg: 10, perWave: 5 })
    const { run, api } = await runPlan(f.plan, f.options, 'api-key')
    expect(run.code, run.log.slice(-3000)).toBe(0)
    const matrix = JSON.parse(run.outputs.matrix as string) as Record<string, { include: unknown[] }>
    expect(Object.keys(matrix)).toEqual(['1', '2'])
    expect(matrix['1']?.include).toHaveLength(100)
    expect(matrix['2']?.include).toHaveLength(100)
    // One Digest challenge, then each org's sources and each project's access list read once.
    expect(api.requests.filter(r => r.status === 401)).toHaveLength(1)
    const answered = api.requests.filter(r => r.status === 200)
    expect(answered.filter(r => /availableProjects/.test(r.path))).toHaveLength(20)
    expect(answered.filter(r => /\/accessList\?/.test(r.path))).toHaveLength(20)
    expect(api.requests.filter(r => r.method !== 'GET')).toEqual([])
    expect(run.log).toMatch(/Pre-flight: 200 of 200 deployments checked/)
  })

  it.each([
    ['a YAML error', 'deployments:\n  - source: [a\n', 3],
    ['an unknown key', 'deployments:\n  - source: a\n    colour: blue\n', 3],
    ['a wrong type', 'deployments:\n  - source: a\n    wave: -1\n', 3],
    ['an ID in the wrong form', 'deployments:\n  - source: a\n    org-id: 5F1A2B\n', 3]
  ])('refuses %s at its line, sending nothing', async (_what, plan, line) => {
    const { run, api } = await runPlan(plan, {})
    expect(run.code).toBe(1)
    expect(api.requests).toEqual([])
    expect(annotations(run.stdout)[0]).toMatchObject({ level: 'error', file: 'migrations/plan.yml', line })
    expect(errorLines(run).at(-1)).toMatch(
      /^The plan file has \d+ mistakes?: migrations\/plan\.yml:\d+:\d+: .*Nothing was sent\.$/
    )
  })

  it('refuses a missing plan file, or a path out of the workspace, sending nothing', async () => {
    const f = fleet({ orgs: 1, perOrg: 1 })
    api = await startFakeApi(f.options)
    const step = { mode: 'plan', 'base-url': api.url, ...CREDENTIALS['api-key'] }
    const missing = await runAction({ ...step, 'plan-file': 'nowhere/plan.yml' })
    expect(missing.code).toBe(1)
    expect(errorLines(missing).at(-1)).toMatch(
      /plan-file nowhere\/plan.yml could not be read \(ENOENT\).*actions\/checkout/
    )
    for (const path of ['../plan.yml', '/etc/plan.yml']) {
      const out = await runAction({ ...step, 'plan-file': path })
      expect(out.code).toBe(1)
      expect(errorLines(out).at(-1)).toMatch(
        /^Input 'plan-file' must be the plan file, relative to the repository root/
      )
    }
    expect(api.requests).toEqual([])
  })

  it.each(['api-key', 'service-account', 'access-token'] as const)(
    'prints no secret in any form with %s, debug on',
    async kind => {
      const f = fleet({ orgs: 1, perOrg: 2 })
      const { run, api } = await runPlan(f.plan, f.options, kind)
      expect(run.code, run.log).toBe(0)
      expectNoLeak(run, api)
      for (const value of Object.values(run.outputs)) {
        for (const secret of Object.values(CREDENTIALS[kind])) expect(value).not.toContain(secret)
      }
    }
  )
})
