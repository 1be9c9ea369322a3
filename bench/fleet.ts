/**
 * 9. A fleet through plan and the pipeline: 200 deployments of 20 Atlas orgs (a source org and a
 * destination project each). One plan step checks them all (test-server/fleet.ts's plan file,
 * Atlas's read buckets on) and its matrix gives each deployment's run of live-migration.yml —
 * start → the gated cut-over — against the stand-in with its project buckets on, and GitHub's
 * approvals and ledger against the GitHub stand-in. The reviewers approve each cut-over once the
 * migration is ready (as the status workflow would tell them): that wait holds no runner. At most
 * BENCH_FLEET_RUNNERS action steps run at once, a pool of runners. Prints completed, failed,
 * requests, 429s, runner-seconds spent waiting for readiness (the goal: none, polls only), and wall
 * time against the stand-in's own minimum and against what this machine's cores allow: every
 * action process's CPU time (measured) spread over its cores.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { ATLAS_READ_BUCKETS } from '../test-server/fake-api.ts'
import { FakeGitHub } from '../test-server/fake-github.ts'
import { SERVICE_ACCOUNT, startFakeApi } from '../test-server/fixtures.ts'
import { fleet as fleetOf } from '../test-server/fleet.ts'
import { runBundle } from '../test-server/run-bundle.ts'
import type { ActionRunner } from '../test-server/workflow-runner.ts'
import { bucketFloorMs, firstError, ROOT, ratio, scratchDir, tableHead } from './harness.ts'

/** Project-bucket calls per deployment at the least: validate, its poll, create, the record's read, the cut-over's read and PUT, one poll to COMPLETE, the record's read. */
const PROJECT_CALLS_PER_DEPLOYMENT = 8
const TOKEN = 'ghs_benchFleetToken0123456789abcdefABCD'

export async function fleet(): Promise<void> {
  const [orgs = 20, perOrg = 10] = (process.env.BENCH_FLEET ?? '20x10').split('x').map(Number)
  const pool = Number(process.env.BENCH_FLEET_RUNNERS ?? 20)
  const { runWorkflow } = await import('../test-server/workflow-runner.ts')
  const plan = { workingAfterMs: 500, readyAfterMs: 8000, cutoverMs: 2000 }
  const groupBucket = { capacity: 40, refillPerMinute: 600 }
  console.log(`## 9. Fleet: ${orgs} orgs × ${perOrg} deployments = ${orgs * perOrg}, plan → start → gated cut-over\n`)
  const shape = fleetOf({ orgs, perOrg })
  const api = await startFakeApi({ ...shape.options, groupBucket, readBuckets: ATLAS_READ_BUCKETS, migration: plan })
  const github = await FakeGitHub.start()
  github.grant(TOKEN, 'actions:read', 'deployments:write')
  const dir = mkdtempSync(join(scratchDir(), 'fleet-'))
  const cpuFile = join(dir, 'cpu')
  writeFileSync(cpuFile, '')
  writeFileSync(join(dir, 'plan.yml'), shape.plan)
  const measured = {
    BENCH_CPU_FILE: cpuFile,
    NODE_OPTIONS: `--require ${join(ROOT, 'bench', 'cpu-usage.cjs')}`
  }
  // The runner pool: at most `pool` action steps at once; a job waiting for approval holds none.
  let running = 0
  const queue: (() => void)[] = []
  const action: ActionRunner = async (inputs, env, options) => {
    if (running >= pool) await new Promise<void>(go => queue.push(go))
    running++
    try {
      return await runBundle(inputs, { ...env, ...measured }, options)
    } finally {
      running--
      queue.shift()?.()
    }
  }
  const started = Date.now()
  const planned = await runBundle(
    {
      mode: 'plan',
      'plan-file': 'plan.yml',
      'base-url': api.url,
      'client-id': SERVICE_ACCOUNT.clientId,
      'client-secret': SERVICE_ACCOUNT.clientSecret
    },
    measured,
    { cwd: dir, timeoutMs: 600_000 }
  )
  if (planned.code !== 0) throw new Error(`the plan failed: ${planned.log.slice(-2000)}`)
  const planMs = Date.now() - started
  const matrix = JSON.parse(planned.outputs.matrix as string) as Record<string, { include: Record<string, string>[] }>
  const legs = Object.values(matrix).flatMap(wave => wave.include)
  const failures: string[] = []
  let readinessWaitMs = 0
  let approvalWaitMs = 0
  const statuses = await Promise.all(
    legs.map(async (leg, index) => {
      const id = String(index + 1)
      const name = leg['deployment-name'] as string
      const run = await runWorkflow(join(ROOT, '.github', 'workflows', 'live-migration.yml'), {
        inputs: {
          'deployment-name': name,
          'atlas-org-id': leg['atlas-org-id'] as string,
          'skip-link': true,
          preflight: false, // the plan ran it for every deployment
          'project-id': leg['project-id'] as string,
          'cluster-name': leg['cluster-name'] as string,
          'source-cluster-name': leg['source-cluster-name'] as string,
          'source-project-id': leg['source-project-id'] as string,
          'migration-host': leg['migration-host'] as string,
          'source-ssl': leg['source-ssl'] as string,
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
          const record = github.records().find(r => r.task === `live-migration:${name}`)
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
      const status = run.outputs['migration-status'] ?? 'none'
      if (status !== 'COMPLETE') failures.push(`${name}: ${firstError(run.jobs)}`)
      return status
    })
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
  const cpu = readFileSync(cpuFile, 'utf8').split('\n').filter(Boolean).map(Number)
  const cores = availableParallelism()
  const cpuFloorMs = cpu.reduce((a, b) => a + b, 0) / 1000 / cores
  const machineFloorMs = Math.max(floorMs, cpuFloorMs)
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
    'ratio',
    `this machine's minimum (${cpu.length} action processes' CPU over ${cores} cores)`,
    'ratio'
  )
  console.log(
    `| ${completed} of ${statuses.length} | ${statuses.length - completed} | ${api.requests.length} + ${github.requests.length} | ${limited} | ${(readinessWaitMs / 1000).toFixed(1)} s | ${(approvalWaitMs / 1000).toFixed(0)} s in all | ${github.records().length} | ${(wallMs / 1000).toFixed(1)} s (the plan ${(planMs / 1000).toFixed(1)} s) | ${(floorMs / 1000).toFixed(1)} s | **${ratio(wallMs, floorMs)}** (goal ≤ 1.20×) | ${(machineFloorMs / 1000).toFixed(1)} s | ${ratio(wallMs, machineFloorMs)} |`
  )
  if (completed < statuses.length) console.log(`\nNot completed: ${failures.slice(0, 5).join('; ')}`)
  console.log()
}
