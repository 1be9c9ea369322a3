/**
 * 7. The migration pipeline at scale: 20 deployments across 5 source organizations, each org linked
 * once (live-migration-link.yml) before its 4 deployments run live-migration.yml with skip-link —
 * link → start → ready → cut-over — all orgs at once, against the stand-in with Atlas's documented
 * token buckets on (link tokens per Atlas org, migration calls per project), their refill as fast as
 * the bench's clock (harness.ts, TIME_SCALE). Set against the least time the
 * stand-in and the workflows' structure allow: the stand-in's own minimum (its buckets and the
 * migration plan's times, with every request answered at once), plus what the workflow runner
 * and Node's start-ups add on the way, measured; what is left is the action's. On GitHub each job
 * has a runner of its own; here 45–90 action processes share this machine's cores, and start in
 * bursts. So the run is measured twice: its wall time, and when it would have ended had no action
 * process waited for a core while another job's process held it (the goal's figure).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub } from '../test-server/fake-github.ts'
import { ATLAS_ORG, ATLAS_PROJECT, SERVICE_ACCOUNT, SOURCE_API_KEY, startFakeApi } from '../test-server/fixtures.ts'
import { type ActionRun, runBundle } from '../test-server/run-bundle.ts'
import {
  ATLAS_ORG_BUCKET,
  ATLAS_PROJECT_BUCKET,
  bucketFloorMs,
  firstError,
  median,
  ROOT,
  ratio,
  scratchDir,
  tableHead,
  timed
} from './harness.ts'
import { type ActionSpan, type Chain, structureCosts } from './pipeline-costs.ts'

/** Calls of the project bucket each deployment makes at the least: validate, its one poll, create, one poll to see it ready, the cut-over's read and PUT, one poll to see it COMPLETE. */
const PROJECT_CALLS_PER_DEPLOYMENT = 7

const GITHUB_TOKEN = 'ghs_benchPipelineToken0123456789abcdefAB'

export async function pipeline(): Promise<void> {
  const shapes = (process.env.BENCH_PIPELINE ?? '5x4,10x4,5x8').split(',').map(shape => shape.split('x').map(Number))
  // Node's own start-up (`node -e 0`), paid once per action process: part of the least time.
  const starts: number[] = []
  for (let i = 0; i < 5; i++) starts.push((await timed(['-e', '0'], { PATH: process.env.PATH ?? '' })).ms)
  const nodeStartMs = median(starts)
  for (const [orgs = 5, perOrg = 4] of shapes) await pipelineRun(orgs, perOrg, nodeStartMs)
}

async function pipelineRun(orgs: number, perOrg: number, nodeStartMs: number): Promise<void> {
  // Loaded here, not at the top, so that the other benchmarks never load the workflow runner.
  const { runWorkflow } = await import('../test-server/workflow-runner.ts')
  const { loadWorkflow } = await import('../test-server/workflow-runner/load.ts')
  const plan = { workingAfterMs: 500, readyAfterMs: 8000, cutoverMs: 2000 }
  const linkBucket = ATLAS_ORG_BUCKET
  const groupBucket = ATLAS_PROJECT_BUCKET
  // The machine's load as the run starts: other work on it slows the processes, not the buckets.
  console.log(
    `## 7. Migration pipeline: ${orgs} source orgs × ${perOrg} deployments = ${orgs * perOrg}, one destination project, Atlas's buckets at the bench's clock (link tokens ${linkBucket.capacity} + ${linkBucket.refillPerMinute}/min, the project ${groupBucket.capacity} + ${groupBucket.refillPerMinute}/min) (load average ${loadavg()[0]?.toFixed(1)})\n`
  )
  const sourceOrgs = Array.from({ length: orgs }, (_, i) => `6a7b8c9d0e1f2a3b4c5d6e${i.toString(16).padStart(2, '0')}`)
  const sourceProjects = sourceOrgs.map((_, i) => `9e0f1a2b3c4d5e6f7a8b9c${i.toString(16).padStart(2, '0')}`)
  const project = ATLAS_PROJECT
  const available = sourceProjects.map((projectId, i) => ({
    projectId,
    name: `org${i}`,
    migrationHosts: Array.from({ length: perOrg }, (_, h) => `mig-${i}-${h}.example.net`),
    deployments: Array.from({ length: perOrg }, (_, d) => ({ name: `org${i}-rs${d}`, tlsEnabled: true, managed: true }))
  }))
  const api = await startFakeApi({
    sourceOrgs,
    atlasProjects: [project],
    availableProjects: { [ATLAS_ORG]: available },
    notSyncedPolls: 1,
    linkTokenBucket: linkBucket,
    groupBucket,
    // The destinations, for the pre-flight reads the reusable workflow runs first.
    clusters: {
      [project]: sourceOrgs.flatMap((_, i) => Array.from({ length: perOrg }, (_, d) => ({ name: `dest-${i}-${d}` })))
    },
    migration: plan
  })
  const secrets = {
    'atlas-client-id': SERVICE_ACCOUNT.clientId,
    'atlas-client-secret': SERVICE_ACCOUNT.clientSecret,
    'source-public-key': SOURCE_API_KEY.publicKey,
    'source-private-key': SOURCE_API_KEY.privateKey
  }
  const workflows = join(ROOT, '.github', 'workflows')
  // The parser's first pass is slow (its code is not compiled yet): done before the clock starts.
  for (const file of ['live-migration-link.yml', 'live-migration.yml'])
    await loadWorkflow(file, readFileSync(join(workflows, file), 'utf8'))
  const cpuDir = mkdtempSync(join(scratchDir(), 'pipeline-'))
  // The stand-ins and the workflow runner play Atlas and GitHub, which have machines of their own:
  // the action processes run below them (nice 10), so that a process waits for a core only while
  // another job's process holds it, and that wait is measured (cpu-usage.cjs).
  const measured = {
    BENCH_NICE: '10',
    NODE_OPTIONS: `--require ${join(ROOT, 'bench', 'cpu-usage.cjs')}`,
    RUNNER_DEBUG: undefined
  }
  // Each action process, timed: what is not inside one is the workflow runner's own time.
  const spans: ActionSpan[] = []
  let processes = 0
  const action = async (
    inputs: Record<string, string>,
    env: Record<string, string | undefined>,
    options: object
  ): Promise<ActionRun> => {
    const from = Date.now() - started
    // As a runner runs a step by default: without debug logging (runBundle turns it on for the
    // tests); each process's CPU time and its wait for a core measured (cpu-usage.cjs).
    const cpuFile = join(cpuDir, String(processes++))
    writeFileSync(cpuFile, '')
    const run = await runBundle(inputs, { ...env, ...measured, BENCH_CPU_FILE: cpuFile }, options)
    const [cpuUs = 0, waitedUs = 0] = readFileSync(cpuFile, 'utf8').trim().split(' ').map(Number)
    spans.push({
      inputs,
      outputs: run.outputs,
      from,
      to: Date.now() - started,
      cpuMs: cpuUs / 1000,
      waitedMs: waitedUs / 1000
    })
    return run
  }
  // GitHub's side: the approvals the cut-over proves, and the ledger; a reviewer approves each
  // cut-over once its migration is ready (a pending approval holds no runner).
  const github = await FakeGitHub.start()
  github.grant(GITHUB_TOKEN, 'actions:read', 'deployments:write')
  github.protect('production-cutover')
  let runs = 0
  const chains: Chain[] = []
  const failures: string[] = []
  const started = Date.now()
  const results = await Promise.all(
    sourceOrgs.map(async (sourceOrgId, i) => {
      const link = await runWorkflow(join(workflows, 'live-migration-link.yml'), {
        inputs: {
          'atlas-org-id': ATLAS_ORG,
          'source-org-id': sourceOrgId,
          'base-url': api.url,
          'source-base-url': api.url,
          'wait-for-sync': true
        },
        secrets,
        action
      })
      const linkedAt = Date.now() - started
      if (link.outputs.status !== 'SYNCED') return Array.from({ length: perOrg }, () => 'link failed')
      return Promise.all(
        Array.from({ length: perOrg }, async (_, d) => {
          const runId = String(++runs)
          let approvalWaitMs = 0
          let createdAt = 0
          const name = `org${i}-rs${d}`
          const run = await runWorkflow(join(workflows, 'live-migration.yml'), {
            inputs: {
              'deployment-name': name,
              'atlas-org-id': ATLAS_ORG,
              'skip-link': true,
              'project-id': project,
              'cluster-name': `dest-${i}-${d}`,
              'source-cluster-name': `org${i}-rs${d}`,
              'source-project-id': sourceProjects[i] as string,
              'migration-host': `mig-${i}-${d}.example.net`,
              'cutover-environment': 'production-cutover',
              'poll-interval-seconds': 1,
              'base-url': api.url
            },
            secrets,
            github: { api_url: github.url, token: GITHUB_TOKEN, run_id: runId },
            action,
            beforeJob: async (_job, job) => {
              if (!job.environment) return
              const asked = Date.now()
              const record = github.records().find(r => r.task === `live-migration:${name}`)
              const migration = api.migrations.get(String(record?.payload.migrationId))
              if (migration) createdAt = migration.readyAt - plan.readyAfterMs - started
              while (migration && Date.now() < migration.readyAt) await new Promise(r => setTimeout(r, 100))
              // Approved with a comment that names the deployment: the approval is bound to it.
              github.approve(runId, 'production-cutover', 'reviewer', `Writes to ${name} stopped.`)
              approvalWaitMs = Date.now() - asked
            }
          })
          chains.push({
            linkedAt,
            name,
            cluster: `dest-${i}-${d}`,
            endedAt: Date.now() - started,
            approvalWaitMs,
            createdAt
          })
          const status = run.outputs['migration-status'] ?? 'none'
          if (status !== 'COMPLETE') failures.push(`dest-${i}-${d}: ${firstError(run.jobs)}`)
          return status
        })
      )
    })
  )
  const wallMs = Date.now() - started
  await github.close()
  await api.close()
  const statuses = results.flat()
  const completed = statuses.filter(s => s === 'COMPLETE').length
  const limited = api.requests.filter(r => r.status === 429).length
  // The least the stand-in allows: the last org links only when the link bucket has refilled for
  // it, then its migrations need the plan's time to become ready and to cut over; and the project
  // bucket must have refilled for every deployment's least calls.
  const standInMs = Math.max(
    bucketFloorMs(orgs, linkBucket) + plan.readyAfterMs + plan.cutoverMs,
    bucketFloorMs(orgs * perOrg * PROJECT_CALLS_PER_DEPLOYMENT, groupBucket)
  )
  // What the workflows' structure adds that is not the action's: the runner's own time before the
  // first link process and between each deployment's jobs after its link (median over them), and
  // Node's start-up for each of the processes one after another.
  const costs = structureCosts(spans, chains)
  const structureMs = costs.beforeFirstLinkMs + costs.afterLinkMs + (1 + costs.processes) * nodeStartMs
  const floorMs = standInMs + structureMs
  const linkTokens = api.requests
    .filter(r => r.method === 'POST' && r.path.endsWith('/linkTokens'))
    .map(r => ({ at: r.at - started, status: r.status }))
  const firstAsk = Math.min(...linkTokens.map(r => r.at))
  const lastToken = Math.max(...linkTokens.filter(r => r.status === 201).map(r => r.at))
  const bucketAllows = firstAsk + bucketFloorMs(orgs, linkBucket)
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  tableHead(
    'completed',
    'failed',
    'requests',
    '429s',
    'wall time',
    'stand-in minimum (link bucket + ready + cut-over, or the project bucket)',
    'structure: runner + Node start-ups',
    'least time',
    'ratio',
    'waited for a core on the way, a deployment (median)',
    'ratio had no process waited for a core (as on GitHub: a runner per job)'
  )
  console.log(
    `| ${completed} of ${statuses.length} | ${statuses.length - completed} | ${api.requests.length} | ${limited} | ${s(wallMs)} | ${s(standInMs)} | ${s(costs.beforeFirstLinkMs + costs.afterLinkMs)} + ${1 + costs.processes} × ${(nodeStartMs / 1000).toFixed(2)} s | ${s(floorMs)} | ${ratio(wallMs, floorMs)} (${ratio(wallMs, standInMs)} of the stand-in's alone) | ${s(costs.chainWaitedMs)} | **${ratio(costs.unwaitedEndMs, floorMs)}** (${s(costs.unwaitedEndMs)}; goal ≤ 1.20×) |`
  )
  console.log(
    `\nWhere the time goes: the last link token at ${s(lastToken)}, where the link bucket had one at ${s(bucketAllows)} (first asked at ${s(firstAsk)}); from a link token to the end of a deployment, median ${s(costs.chainAfterLinkMs)}, of which the runner ${s(costs.afterLinkMs)}, against ${s(plan.readyAfterMs + plan.cutoverMs)} ready + cut-over.`
  )
  for (const failure of failures) console.log(`\nNot COMPLETE: ${failure}`)
  // Each kind of step's own time (a process from its spawn to its exit), median: what the action costs.
  // This machine's share: its cores run every action process (on GitHub each job has a runner of its
  // own), in bursts that start together (the starts, then the cut-overs once ready).
  const cpu = spans.map(span => span.cpuMs)
  const cores = availableParallelism()
  const cpuMs = cpu.reduce((a, b) => a + b, 0)
  console.log(
    `\nOn this machine: ${cpu.length} action processes took ${s(cpuMs)} of CPU (median ${median(cpu).toFixed(0)} ms each, Node's own start-up included): ${s(cpuMs / cores)} of its ${cores} cores, against the ${s(wallMs - floorMs)} the run took beyond its least time. On a deployment's way its processes waited ${s(costs.chainWaitedMs)} for a core (median; the longest ${s(costs.longestWaitedMs)}): without those waits the run would have ended at ${s(costs.unwaitedEndMs)}.`
  )
  const stepMs = (mode: string) =>
    median(spans.filter(span => span.inputs.mode === mode).map(span => span.to - span.from))
  console.log(
    `\nA step's own time, median: the link ${s(stepMs('create-and-link'))}, the start (pre-flight, validate, start, record) ${s(stepMs('start-migration'))}, the cut-over (proof, PUT, wait for COMPLETE, record) ${s(stepMs('cutover'))}, against the stand-in's ${s(plan.cutoverMs)} of cut-over; ${spans.length} action processes on ${availableParallelism()} cores.`
  )
  console.log()
}
