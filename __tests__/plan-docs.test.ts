// docs/plan.md's examples, run: its plan file against a stand-in with those sources,
// its pull-request check through the workflow engine (GitHub's parser and expressions) with the
// action from dist/, and its wave job's matrix expression over the plan's real output.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { readPlan } from '../src/plan/read'
import type { FakeApi } from '../test-server/fake-api.ts'
import { runAction } from '../test-server/run-action.ts'
import { evaluate, runWorkflowSource } from '../test-server/workflow-runner.ts'
import { SERVICE_ACCOUNT, startFakeApi } from './helpers/fixtures.ts'

const section = readFileSync(resolve(import.meta.dirname, '../docs/plan.md'), 'utf8')
const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1] as string)
const planFile = examples.find(e => e.startsWith('# migrations/plan.yml')) as string
const check = examples.find(e => e.startsWith('# .github/workflows/migration-plan.yml')) as string
const wave = examples.find(e => e.startsWith('  wave-1:')) as string

const ORG = '5f1a2b3c4d5e6f7a8b9c0d1e'
const PROJECT = '7c8d9e0f1a2b3c4d5e6f7a8b'
const deployment = (name: string) => ({ name, managed: true, tlsEnabled: true, mongoDBVersion: '7.0.20' })

let api: FakeApi | undefined
let workspace: string | undefined
afterEach(async () => {
  await api?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

describe('docs/plan.md: Plan a fleet', () => {
  it('has the three examples, and its plan file uses every key the table names', () => {
    expect([planFile, check, wave].every(Boolean)).toBe(true)
    const plan = readPlan(planFile, 'migrations/plan.yml')
    expect(plan.entries.map(e => [e.name, e.wave])).toEqual([
      ['payments-rs', '1'],
      ['orders-rs', '1'],
      ['Billing/billing-rs', '2']
    ])
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \| (entry|entry or defaults)/gm)].map(m => m[1])
    expect(documented).toEqual(expect.arrayContaining(['source', 'org-id', 'project-id', 'wave', 'cluster']))
  })

  it('runs the pull-request check on the engine, and the wave job gets its matrix from it', async () => {
    api = await startFakeApi({
      atlasOrgs: [ORG],
      atlasProjects: [PROJECT],
      availableProjects: {
        [ORG]: [
          {
            projectId: '9e0f1a2b3c4d5e6f7a8b9c0d',
            name: 'Payments',
            migrationHosts: ['mig-1.example.net', 'mig-2.example.net'],
            deployments: [deployment('payments-rs'), deployment('orders-rs')]
          },
          {
            projectId: '8e0f1a2b3c4d5e6f7a8b9c0d',
            name: 'Billing',
            migrationHosts: ['mig-3.example.net'],
            deployments: [deployment('billing-rs')]
          },
          {
            projectId: '7e0f1a2b3c4d5e6f7a8b9c0d',
            name: 'Old',
            migrationHosts: [],
            deployments: [deployment('billing-rs')]
          }
        ]
      },
      clusters: {
        [PROJECT]: ['payments-prod', 'orders-prod', 'billing-prod'].map(name => ({
          name,
          mongoDBVersion: '7.0.20',
          oplogSizeMB: 50_000
        }))
      },
      accessList: { [PROJECT]: [{ ipAddress: '203.0.113.7' }, { ipAddress: '203.0.113.8' }] }
    })
    workspace = mkdtempSync(join(tmpdir(), 'readme-plan-'))
    mkdirSync(join(workspace, 'migrations'))
    writeFileSync(join(workspace, 'migrations/plan.yml'), planFile)
    const dir = workspace
    // The action's uses: is this checkout (./), run in the workspace the checkout step filled.
    const run = await runWorkflowSource('migration-plan.yml', check.replace(/OWNER\/REPO@v\d+/, './'), {
      secrets: { ATLAS_CLIENT_ID: SERVICE_ACCOUNT.clientId, ATLAS_CLIENT_SECRET: SERVICE_ACCOUNT.clientSecret },
      github: { event_name: 'pull_request' },
      action: (inputs, env, options) =>
        runAction({ ...inputs, 'base-url': api?.url as string }, env, { ...options, cwd: dir })
    })
    const job = run.jobs.plan
    expect(job?.result, JSON.stringify(job?.steps?.map(s => s.run?.log.slice(-1500)))).toBe('success')
    expect(job?.permissions).toEqual({ contents: 'read' })
    const matrix = evaluate(
      (parseYaml(wave) as { 'wave-1': { strategy: { matrix: string } } })['wave-1'].strategy.matrix,
      { needs: { plan: { outputs: job?.outputs, result: 'success' } } },
      { success: true, failure: false }
    ) as { include: Record<string, string>[] }
    expect(matrix.include.map(leg => [leg['deployment-name'], leg['migration-host'], leg['cluster-name']])).toEqual([
      ['payments-rs', 'mig-1.example.net', 'payments-prod'],
      ['orders-rs', 'mig-2.example.net', 'orders-prod']
    ])
    // Each `with:` of the wave job reads a leg's key that is there, hyphens and all; the cut-over's
    // environment is the deployment's own (one approval, one deployment).
    const given = (parseYaml(wave) as { 'wave-1': { with: Record<string, unknown> } })['wave-1'].with
    const leg = matrix.include[0] as Record<string, string>
    for (const [name, value] of Object.entries(given)) {
      if (typeof value !== 'string' || !value.includes('matrix.')) continue
      const got = value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
        String(evaluate(expression, { matrix: leg }, { success: true, failure: false }))
      )
      expect(got, `${name}: ${value}`).toBe(
        name === 'cutover-environment' ? `cutover-${leg['deployment-name']}` : leg[name]
      )
    }
  })
})
