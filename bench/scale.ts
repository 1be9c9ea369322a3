/**
 * 5. Scale: many create-and-link steps at once (a matrix without max-parallel) against Atlas's token
 * bucket on the org-scoped link-token calls, scaled down. The bucket alone sets a floor on the wall
 * time: (jobs − capacity) / refill rate.
 */
import { mkdtempSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { ATLAS_ORG, CREDENTIALS, SOURCE_API_KEY, startFakeApi } from '../test-server/fixtures.ts'
import { actionEnv, bucketFloorMs, DIST, ratio, scratchDir, tableHead, timed } from './harness.ts'

export async function scale(): Promise<void> {
  const counts = (process.env.BENCH_SCALE_JOBS ?? '50,100').split(',').map(Number)
  for (const jobs of counts) await scaleRun(jobs)
}

async function scaleRun(jobs: number): Promise<void> {
  const bucket = { capacity: 10, refillPerMinute: 30 }
  console.log(
    `## 5. Scale: ${jobs} create-and-link steps at once, link-token bucket ${bucket.capacity} + ${bucket.refillPerMinute}/min (load average ${loadavg()[0]?.toFixed(1)})\n`
  )
  const sourceOrgs = Array.from({ length: jobs }, (_, i) => `6a7b8c9d0e1f2a3b4c${i.toString(16).padStart(6, '0')}`)
  const api = await startFakeApi({ sourceOrgs, linkTokenBucket: bucket })
  const started = Date.now()
  const runs = await Promise.all(
    sourceOrgs.map((sourceOrgId, i) => {
      const dir = mkdtempSync(join(scratchDir(), `job-${i}-`))
      const env = actionEnv(
        {
          mode: 'create-and-link',
          'org-id': ATLAS_ORG,
          'base-url': api.url,
          ...CREDENTIALS['access-token'],
          'source-org-id': sourceOrgId,
          'source-public-key': SOURCE_API_KEY.publicKey,
          'source-private-key': SOURCE_API_KEY.privateKey,
          'source-base-url': api.url
        },
        dir
      )
      return timed([DIST], env)
    })
  )
  const wallMs = Date.now() - started
  await api.close()
  const succeeded = runs.filter(run => run.code === 0).length
  const limited = api.requests.filter(r => r.status === 429).length
  const linked = [...api.links.values()].map(link => link.linkToken)
  const floorMs = bucketFloorMs(jobs, bucket)
  tableHead(
    'succeeded',
    '429s seen',
    'tokens created',
    '429s a job',
    'distinct tokens linked',
    'requests',
    'wall time',
    'bucket minimum',
    'ratio'
  )
  console.log(
    `| ${succeeded} of ${jobs} | ${limited} | ${api.tokensCreated} | ${(limited / jobs).toFixed(2)} (goal ≤ 3) | ${new Set(linked).size} of ${linked.length} | ${api.requests.length} | ${(wallMs / 1000).toFixed(1)} s | ${(floorMs / 1000).toFixed(1)} s | **${ratio(wallMs, floorMs)}** (goal ≤ 1.15×, ${jobs} of ${jobs}, ${jobs} tokens) |`
  )
  // The bucket's clock starts at the first request: a machine slow to start the processes delays it.
  const first = Math.min(...api.requests.map(r => r.at)) - started
  console.log(`\nThe first request came ${(first / 1000).toFixed(1)} s after the steps started.`)
  const failed = runs.find(run => run.code !== 0)
  if (failed) console.log(`\nFirst failure: ${/^::error::(.*)$/m.exec(failed.stdout)?.[1] ?? '(no error line)'}`)
  console.log()
}
