/**
 * 7. The migration pipeline at scale: 20 deployments across 5 source organizations, each org linked
 * once (live-migration-link.yml) before its 4 deployments run live-migration.yml with skip-link —
 * link → start → ready → cut-over — all orgs at once, against the stand-in with token buckets on
 * (link tokens per org, migration calls per project), scaled down.
 */
import { join } from 'node:path'
import { ATLAS_ORG, ATLAS_PROJECT, SERVICE_ACCOUNT, SOURCE_API_KEY, startFakeApi } from '../test-server/fixtures.ts'
import { bucketFloorMs, ROOT, ratio, tableHead } from './harness.ts'

/** Calls of the project bucket each deployment makes at the least: validate, its one poll, create, one poll to see it ready, the cut-over's read and PUT, one poll to see it COMPLETE. */
const PROJECT_CALLS_PER_DEPLOYMENT = 7

export async function pipeline(): Promise<void> {
  const shapes = (process.env.BENCH_PIPELINE ?? '5x4,10x4,5x8').split(',').map(shape => shape.split('x').map(Number))
  for (const [orgs = 5, perOrg = 4] of shapes) await pipelineRun(orgs, perOrg)
}

async function pipelineRun(orgs: number, perOrg: number): Promise<void> {
  // Loaded here, not at the top, so that the other benchmarks never load the workflow runner.
  const { runWorkflow } = await import('../test-server/workflow-runner.ts')
  const plan = { workingAfterMs: 500, readyAfterMs: 8000, cutoverMs: 2000 }
  const linkBucket = { capacity: 2, refillPerMinute: 12 }
  const groupBucket = { capacity: 40, refillPerMinute: 600 }
  console.log(
    `## 7. Migration pipeline: ${orgs} source orgs × ${perOrg} deployments = ${orgs * perOrg}, one destination project\n`
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
        secrets
      })
      if (link.outputs.status !== 'SYNCED') return Array.from({ length: perOrg }, () => 'link failed')
      return Promise.all(
        Array.from({ length: perOrg }, async (_, d) => {
          const run = await runWorkflow(join(workflows, 'live-migration.yml'), {
            inputs: {
              'atlas-org-id': ATLAS_ORG,
              'skip-link': true,
              'project-id': project,
              'cluster-name': `dest-${i}-${d}`,
              'source-cluster-name': `org${i}-rs${d}`,
              'source-project-id': sourceProjects[i] as string,
              'migration-host': `mig-${i}-${d}.example.net`,
              'cutover-environment': 'production-cutover',
              'wait-timeout-seconds': 300,
              'poll-interval-seconds': 1,
              'base-url': api.url
            },
            secrets
          })
          return run.outputs['migration-status'] ?? 'none'
        })
      )
    })
  )
  const wallMs = Date.now() - started
  await api.close()
  const statuses = results.flat()
  const completed = statuses.filter(s => s === 'COMPLETE').length
  const limited = api.requests.filter(r => r.status === 429).length
  // The least the stand-in allows: the last org links only when the link bucket has refilled for
  // it, then its migrations need the plan's time to become ready and to cut over; and the project
  // bucket must have refilled for every deployment's least calls.
  const floorMs = Math.max(
    bucketFloorMs(orgs, linkBucket) + plan.readyAfterMs + plan.cutoverMs,
    bucketFloorMs(orgs * perOrg * PROJECT_CALLS_PER_DEPLOYMENT, groupBucket)
  )
  tableHead(
    'completed',
    'failed',
    'requests',
    '429s',
    'wall time',
    'stand-in minimum (link bucket + ready + cut-over, or the project bucket)',
    'ratio'
  )
  console.log(
    `| ${completed} of ${statuses.length} | ${statuses.length - completed} | ${api.requests.length} | ${limited} | ${(wallMs / 1000).toFixed(1)} s | ${(floorMs / 1000).toFixed(1)} s | **${ratio(wallMs, floorMs)}** (goal ≤ 1.20×) |`
  )
  if (completed < statuses.length) console.log(`\nStatuses: ${statuses.join(', ')}`)
  console.log()
}
