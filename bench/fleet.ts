/**
 * 9. A fleet through plan and the pipeline: 200 deployments of 20 Atlas orgs (a source org and a
 * destination project each). One plan step checks them all (test-server/fleet.ts's plan file,
 * Atlas's read buckets on) and its matrix gives each deployment's run of live-migration.yml —
 * start → the gated cut-over — against the stand-in with Atlas's project buckets on, and GitHub's
 * approvals and ledger against the GitHub stand-in, which enforces GitHub's documented limits for a
 * GITHUB_TOKEN in real time (fake-github-limits.ts: 1,000 requests an hour per repository; 80
 * content-creating requests a minute, 500 an hour, 900 points a minute, 100 at once). The
 * reviewers approve each cut-over once the migration is ready (as the status workflow would tell
 * them), with a comment naming the deployment: that wait holds no runner. At most
 * BENCH_FLEET_RUNNERS action steps run at once, a pool of runners. Prints completed, failed,
 * requests, 429s and GitHub's refusals, GitHub writes per deployment, ledger writes lost, runner
 * time spent waiting, and wall time against the least time GitHub's limits, the stand-in and this
 * machine's cores (every action process's CPU time, measured, over its cores) allow.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { ATLAS_READ_BUCKETS } from '../test-server/fake-api.ts'
import { FakeGitHub } from '../test-server/fake-github.ts'
import { GITHUB_TOKEN_LIMITS } from '../test-server/fake-github-limits.ts'
import { SERVICE_ACCOUNT, startFakeApi } from '../test-server/fixtures.ts'
import { fleet as fleetOf } from '../test-server/fleet.ts'
import { runBundle } from '../test-server/run-bundle.ts'
import type { ActionRunner } from '../test-server/workflow-runner.ts'
import { ATLAS_PROJECT_BUCKET, bucketFloorMs, firstError, ROOT, ratio, scratchDir, tableHead } from './harness.ts'

/** Project-bucket calls per deployment at the least: validate, its poll, create, the record's read, the cut-over's read and PUT, one poll to COMPLETE, the record's read. */
const PROJECT_CALLS_PER_DEPLOYMENT = 8
const TOKEN = 'ghs_benchFleetToken0123456789abcdefABCD'

export async function fleet(): Promise<void> {
  const [orgs = 20, perOrg = 10] = (process.env.BENCH_FLEET ?? '20x10').split('x').map(Number)
  const pool = Number(process.env.BENCH_FLEET_RUNNERS ?? 20)
  const { runWorkflow } = await import('../test-server/workflow-runner.ts')
  const plan = { workingAfterMs: 500, readyAfterMs: 8000, cutoverMs: 2000 }
  const groupBucket = ATLAS_PROJECT_BUCKET
  console.log(
    `## 9. Fleet: ${orgs} orgs × ${perOrg} deployments = ${orgs * perOrg}, plan → start → gated cut-over, GitHub's limits on (load average ${loadavg()[0]?.toFixed(1)})\n`
  )
  const shape = fleetOf({ orgs, perOrg })
  const api = await startFakeApi({ ...shape.options, groupBucket, readBuckets: ATLAS_READ_BUCKETS, migration: plan })
  const github = await FakeGitHub.start()
  github.grant(TOKEN, 'actions:read', 'deployments:write')
  github.protect('production-cutover')
  github.rateLimits.limits = GITHUB_TOKEN_LIMITS
  const dir = mkdtempSync(join(scratchDir(), 'fleet-'))
  const cpuFile = join(dir, 'cpu')
  writeFileSync(cpuFile, '')
  writeFileSync(join(dir, 'plan.yml'), shape.plan)
  // Each action process's CPU time, and no debug logging, as a runner runs a step by default
  // (runBundle turns it on for the tests).
  const measured = {
    BENCH_CPU_FILE: cpuFile,
    NODE_OPTIONS: `--require ${join(ROOT, 'bench', 'cpu-usage.cjs')}`,
    RUNNER_DEBUG: undefined
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
  let gitHubWaitMs = 0
  let ledgerWarnings = 0
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
          github.approve(id, 'production-cutover', 'reviewer', `Writes to ${name} stopped.`)
        }
      })
      const log = run.jobs.cutover?.steps.find(s => s.id === 'cutover')?.run?.log ?? ''
      // The cut-over step's own wait for readiness, if it had to: the runner time it held.
      if (log.includes('Not ready yet'))
        readinessWaitMs += Number(/after \d+ polls? \(([\d.]+) s\)/.exec(log)?.[1] ?? 0) * 1000
      // The waits GitHub's limits asked of its steps (runner time held), and a ledger write given up.
      for (const job of Object.values(run.jobs))
        for (const step of job.steps) {
          const text = step.run?.log ?? ''
          for (const m of text.matchAll(
            /(?:Write the ledger[^:]*|Read [^:]*): HTTP 4(?:03|29); retrying in ([\d.]+) s/g
          ))
            gitHubWaitMs += Number(m[1]) * 1000
          if (/the ledger could not record/i.test(text)) ledgerWarnings++
        }
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
  // The ledger, whole: every migration started has its record, and every one that ended COMPLETE has
  // that end recorded (in a status, or the record's own state).
  const records = github.records()
  const migrations = [...api.migrations.values()]
  const recordOf = (id: string) => records.find(r => r.payload.migrationId === id)
  const ended = (id: string) => {
    const r = recordOf(id)
    return !!r && [r.payload.state, ...r.statuses.map(st => st.description)].some(d => /^COMPLETE /.test(String(d)))
  }
  // Every migration cut over had ended COMPLETE when its step ended (the step waits for it).
  const lost =
    migrations.filter(mig => !recordOf(mig.id)).length +
    migrations.filter(mig => mig.cutoverAt !== undefined && !ended(mig.id)).length
  const answered = github.requests.filter(r => r.status < 400)
  const writes = answered.filter(r => r.method !== 'GET').length
  const reads = answered.length - writes
  const refused = github.requests.length - answered.length
  const deployments = statuses.length
  // The least time GitHub's limits allow for these requests (a sliding minute and hour, the primary
  // hour from the first request), the stand-in's (ready + cut-over, or a project bucket), and the cores'.
  const m = 60_000
  const h = 60 * m
  const limits = GITHUB_TOKEN_LIMITS as Required<typeof GITHUB_TOKEN_LIMITS>
  const gitHubFloors: [string, number][] = [
    ['80 writes a minute', (Math.ceil(writes / limits.writesPerMinute) - 1) * m],
    ['500 writes an hour', Math.floor((writes - 1) / limits.writesPerHour) * h],
    ['900 points a minute', (Math.ceil((reads + 5 * writes) / limits.pointsPerMinute) - 1) * m],
    ['1,000 requests an hour', Math.floor((reads + writes - 1) / limits.primaryPerHour) * h]
  ]
  const [gitHubLimit, gitHubFloorMs] = gitHubFloors.sort((a, b) => b[1] - a[1])[0] as [string, number]
  const standInMs = Math.max(
    plan.readyAfterMs + plan.cutoverMs,
    bucketFloorMs(perOrg * PROJECT_CALLS_PER_DEPLOYMENT, groupBucket)
  )
  const cpu = readFileSync(cpuFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => Number(line.split(' ')[0]))
  const cores = availableParallelism()
  const cpuFloorMs = cpu.reduce((a, b) => a + b, 0) / 1000 / cores
  const leastMs = Math.max(gitHubFloorMs, standInMs, cpuFloorMs)
  const which =
    leastMs === gitHubFloorMs ? `GitHub's ${gitHubLimit}` : leastMs === standInMs ? "the stand-in's" : 'the cores'
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  tableHead(
    'completed',
    'requests (Atlas + GitHub)',
    '429s (Atlas)',
    'GitHub refusals',
    'GitHub writes a deployment',
    'GitHub requests a deployment',
    'ledger writes lost',
    'runner time waiting: readiness; GitHub',
    'wall time',
    "least time (GitHub's limits; the stand-in; the cores)",
    'ratio'
  )
  const refusedBy = Object.entries(github.rateLimits.refusedBy)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ')
  console.log(
    `| ${completed} of ${deployments} | ${api.requests.length} + ${github.requests.length} | ${limited} | ${refused}${refusedBy ? ` (${refusedBy})` : ''} | ${(writes / deployments).toFixed(2)} (goal ≤ 3 over a life) | ${((reads + writes) / deployments).toFixed(2)} | ${lost} | ${s(readinessWaitMs)}; ${s(gitHubWaitMs)} | ${s(wallMs)} (the plan ${s(planMs)}) | **${s(leastMs)}** (${s(gitHubFloorMs)}: ${gitHubLimit}; ${s(standInMs)}; ${s(cpuFloorMs)}: ${cpu.length} processes' CPU over ${cores} cores) | **${ratio(wallMs, leastMs)}** of ${which} |`
  )
  console.log(
    `\nGitHub: ${writes} writes, ${reads} reads, ${records.length} ledger records; the approvals waited ${s(approvalWaitMs)} in all (no runner).${ledgerWarnings ? ` ${ledgerWarnings} steps warned that the ledger could not record.` : ''}`
  )
  if (completed < deployments) console.log(`\nNot completed: ${failures.slice(0, 5).join('; ')}`)
  console.log()
}
