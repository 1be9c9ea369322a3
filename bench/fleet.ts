/**
 * 8. A fleet through the pipeline: 200 deployments across 20 source orgs (one destination project
 * per org), each one run of live-migration.yml — start → the gated cut-over — against the stand-in
 * with its token buckets on, and GitHub's approvals and ledger against the GitHub stand-in. The
 * reviewers approve each cut-over once the migration is ready (as the status workflow would tell
 * them): that wait holds no runner. At most BENCH_FLEET_RUNNERS action steps run at once, a pool of
 * runners. Prints completed, failed, requests, 429s, runner-seconds spent waiting for readiness
 * (the goal: none, polls only), and wall time against the stand-in's own minimum.
 */
import { join } from 'node:path'
import { FakeGitHub } from '../test-server/fake-github.ts'
import { ATLAS_ORG, SERVICE_ACCOUNT, startFakeApi } from '../test-server/fixtures.ts'
import { runAction } from '../test-server/run-action.ts'
import type { ActionRunner } from '../test-server/workflow-runner.ts'
import { bucketFloorMs, ROOT, ratio, tableHead } from './harness.ts'

/** Project-bucket calls per deployment at the least: validate, its poll, create, the record's read, the cut-over's read and PUT, one poll to COMPLETE, the record's read. */
const PROJECT_CALLS_PER_DEPLOYMENT = 8
const TOKEN = 'ghs_benchFleetToken0123456789abcdefABCD'

export async function fleet(): Promise<void> {
  const [orgs = 20, perOrg = 10] = (process.env.BENCH_FLEET ?? '20x10').split('x').map(Number)
  const pool = Number(process.env.BENCH_FLEET_RUNNERS ?? 20)
  const { runWorkflow } = await import('../test-server/workflow-runner.ts')
  const plan = { workingAfterMs: 500, readyAfterMs: 8000, cutoverMs: 2000 }
  const groupBucket = { capacity: 40, refillPerMinute: 600 }
  console.log(`## 8. Fleet: ${orgs} source orgs × ${perOrg} deployments = ${orgs * perOrg}, start → gated cut-over\n`)
  const hex = (prefix: string, i: number) => `${prefix}${i.toString(16).padStart(4, '0')}`
  const projects = Array.from({ length: orgs }, (_, i) => hex('7c8d9e0f1a2b3c4d5e6f', i))
  const sourceProjects = Array.from({ length: orgs }, (_, i) => hex('9e0f1a2b3c4d5e6f7a8b', i))
  const available = sourceProjects.map((projectId, i) => ({
    projectId,
    name: `org${i}`,
    migrationHosts: Array.from({ length: perOrg }, (_, d) => `mig-${i}-${d}.example.net`),
    deployments: Array.from({ length: perOrg }, (_, d) => ({ name: `org${i}-rs${d}`, tlsEnabled: true, managed: true }))
  }))
  const api = await startFakeApi({
    atlasProjects: projects,
    availableProjects: { [ATLAS_ORG]: available },
    groupBucket,
    migration: plan
  })
  const github = await FakeGitHub.start()
  github.grant(TOKEN, 'actions:read', 'deployments:write')
  // The runner pool: at most `pool` action steps at once; a job waiting for approval holds none.
  let running = 0
  const queue: (() => void)[] = []
  const action: ActionRunner = async (inputs, env, options) => {
    if (running >= pool) await new Promise<void>(go => queue.push(go))
    running++
    try {
      return await runAction(inputs, env, options)
    } finally {
      running--
      queue.shift()?.()
    }
  }
  let readinessWaitMs = 0
  let approvalWaitMs = 0
  const started = Date.now()
  let runId = 0
  const statuses = await Promise.all(
    projects.flatMap((project, i) =>
      Array.from({ length: perOrg }, async (_, d) => {
        const id = String(++runId)
        const run = await runWorkflow(join(ROOT, '.github', 'workflows', 'live-migration.yml'), {
          inputs: {
            'deployment-name': `org${i}-rs${d}`,
            'atlas-org-id': ATLAS_ORG,
            'skip-link': true,
            preflight: false,
            'project-id': project,
            'cluster-name': `dest-${d}`,
            'source-cluster-name': `org${i}-rs${d}`,
            'source-project-id': sourceProjects[i] as string,
            'migration-host': `mig-${i}-${d}.example.net`,
            'source-ssl': 'true',
            'cutover-environment': 'production-cutover',
            'poll-interval-seconds': 1,
            'base-url': api.url
          },
          secrets: { 'atlas-client-id': SERVICE_ACCOUNT.clientId, 'atlas-client-secret': SERVICE_ACCOUNT.clientSecret },
          github: { api_url: github.url, token: TOKEN, run_id: id },
          action,
          maxStepMs: 600_000,
          // The reviewer approves once the migration is ready (no runner meanwhile).
          beforeJob: async (_name, job) => {
            if (!job.environment) return
            const asked = Date.now()
            const record = github.records().find(r => r.task === `live-migration:org${i}-rs${d}`)
            const migration = api.migrations.get(String(record?.payload.migrationId))
            while (migration && Date.now() < migration.readyAt) await new Promise(r => setTimeout(r, 200))
            approvalWaitMs += Date.now() - asked
            github.approve(id, 'production-cutover')
          }
        })
        const log = run.jobs.cutover?.steps.find(s => s.id === 'cutover')?.run?.log ?? ''
        // The cut-over step's own wait for readiness, if it had to: the runner time it held.
        if (log.includes('Not ready yet'))
          readinessWaitMs += Number(/after \d+ polls? \(([\d.]+) s\)/.exec(log)?.[1] ?? 0) * 1000
        return run.outputs['migration-status'] ?? 'none'
      })
    )
  )
  const wallMs = Date.now() - started
  await api.close()
  await github.close()
  const completed = statuses.filter(s => s === 'COMPLETE').length
  const limited = api.requests.filter(r => r.status === 429).length
  const floorMs = Math.max(
    plan.readyAfterMs + plan.cutoverMs,
    bucketFloorMs(perOrg * PROJECT_CALLS_PER_DEPLOYMENT, groupBucket)
  )
  tableHead(
    'completed',
    'failed',
    'requests (Atlas + GitHub)',
    '429s',
    'runner-seconds waiting for readiness',
    'approval wait (no runner)',
    'ledger records',
    'wall time',
    'stand-in minimum (ready + cut-over, or a project bucket)',
    'ratio'
  )
  console.log(
    `| ${completed} of ${statuses.length} | ${statuses.length - completed} | ${api.requests.length} + ${github.requests.length} | ${limited} | ${(readinessWaitMs / 1000).toFixed(1)} s | ${(approvalWaitMs / 1000).toFixed(0)} s in all | ${github.records().length} | ${(wallMs / 1000).toFixed(1)} s | ${(floorMs / 1000).toFixed(1)} s | **${ratio(wallMs, floorMs)}** (goal ≤ 1.20×) |`
  )
  if (completed < statuses.length) console.log(`\nStatuses: ${[...new Set(statuses)].join(', ')}`)
  console.log()
}
