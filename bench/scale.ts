/**
 * 5. After a 429: one caller, then a crowd. One create-link-token step whose first request Atlas
 * refuses (429 RATE_LIMITED_TOKEN_BUCKET, in Atlas's wording), timed from the 429 to the retry
 * against what the answer asked: Retry-After, else the detail's "Please retry after N seconds",
 * else MongoDB's documented first back-off (10 s). Then many create-and-link steps at once (a
 * matrix without max-parallel) against Atlas's token bucket on the org-scoped link-token calls,
 * scaled down. The bucket alone sets a floor on the wall time: (jobs − capacity) / refill rate.
 */
import { mkdtempSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { ATLAS_ORG, CREDENTIALS, SOURCE_API_KEY, startFakeApi } from '../test-server/fixtures.ts'
import { actionEnv, bucketFloorMs, DIST, ratio, scratchDir, tableHead, timed } from './harness.ts'

export async function scale(): Promise<void> {
  await oneCaller()
  const counts = (process.env.BENCH_SCALE_JOBS ?? '50,100')
    .split(',')
    .map(Number)
    .filter(n => n > 0)
  for (const jobs of counts) await scaleRun(jobs)
}

/** A 429 as Atlas words it, with its headers or without them (MongoDB: "headers may be missing"). */
function refusal(
  retryAfterS: number | undefined,
  bucket: { capacity: number; refillPerMinute: number },
  headers: boolean
) {
  const where = `api/atlas/v2/orgs/${ATLAS_ORG}/liveMigrations/linkTokens`
  const after = retryAfterS === undefined ? '' : ` Please retry after ${retryAfterS} seconds.`
  return {
    match: /^POST .*\/linkTokens/,
    status: 429,
    headers: {
      'content-type': 'application/json',
      'x-error-code': 'RATE_LIMITED_TOKEN_BUCKET',
      ...(headers && retryAfterS !== undefined
        ? { 'retry-after': String(retryAfterS), 'ratelimit-limit': String(bucket.capacity), 'ratelimit-remaining': '0' }
        : {})
    },
    body: JSON.stringify({
      detail: `Rate limit exceeded for ${where}.${after} Request capacity: ${bucket.capacity}. Refill rate: ${bucket.refillPerMinute} per 60 seconds.`,
      error: 429,
      errorCode: 'RATE_LIMITED_TOKEN_BUCKET',
      parameters: [where, retryAfterS ?? 0, bucket.capacity, bucket.refillPerMinute, 60],
      reason: 'Too Many Requests'
    })
  }
}

async function oneCaller(): Promise<void> {
  console.log(`## 5. One caller after a 429: the first retry (load average ${loadavg()[0]?.toFixed(1)})\n`)
  const orgBucket = { capacity: 500, refillPerMinute: 250 }
  const cases: [string, ReturnType<typeof refusal>, number][] = [
    ['Retry-After: 0, the org bucket (500 + 250/min)', refusal(0, orgBucket, true), 0],
    ['Retry-After: 25, a bucket of 10 + 5/min', refusal(25, { capacity: 10, refillPerMinute: 5 }, true), 25_000],
    ['no headers; the detail says 6 s', refusal(6, orgBucket, false), 6000],
    ['no headers, no time in the detail', refusal(undefined, orgBucket, false), 10_000]
  ]
  tableHead('the 429', 'its first retry after', 'asked (floor)', 'later than asked', 'goal')
  for (const [what, fault, askedMs] of cases) {
    const api = await startFakeApi()
    api.faults.push(fault)
    const env = actionEnv({
      mode: 'create-link-token',
      'org-id': ATLAS_ORG,
      'base-url': api.url,
      ...CREDENTIALS['access-token']
    })
    const run = await timed([DIST], env)
    await api.close()
    const tries = api.requests.filter(r => r.method === 'POST' && r.path.endsWith('/linkTokens'))
    const gapMs = (tries[1]?.at ?? Number.NaN) - (tries[0]?.at ?? Number.NaN)
    const goal = askedMs === 10_000 ? "MongoDB's documented back-off, 10 s" : 'Retry-After, at most 1 s later'
    console.log(
      `| ${what} | ${(gapMs / 1000).toFixed(2)} s${run.code === 0 ? '' : ' (the step failed)'} | ${askedMs / 1000} s | ${((gapMs - askedMs) / 1000).toFixed(2)} s | ${goal} |`
    )
  }
  console.log()
}

async function scaleRun(jobs: number): Promise<void> {
  const bucket = { capacity: 10, refillPerMinute: 30 }
  console.log(
    `## 5. A crowd: ${jobs} create-and-link steps at once, link-token bucket ${bucket.capacity} + ${bucket.refillPerMinute}/min (load average ${loadavg()[0]?.toFixed(1)})\n`
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
    `| ${succeeded} of ${jobs} | ${limited} | ${api.tokensCreated} | ${(limited / jobs).toFixed(2)} (goal ≤ 5) | ${new Set(linked).size} of ${linked.length} | ${api.requests.length} | ${(wallMs / 1000).toFixed(1)} s | ${(floorMs / 1000).toFixed(1)} s | **${ratio(wallMs, floorMs)}** (goal ≤ 1.20×, ${jobs} of ${jobs}, ${jobs} tokens) |`
  )
  // The bucket's clock starts at the first request: a machine slow to start the processes delays it.
  const first = Math.min(...api.requests.map(r => r.at)) - started
  console.log(`\nThe first request came ${(first / 1000).toFixed(1)} s after the steps started.`)
  const failed = runs.find(run => run.code !== 0)
  if (failed) console.log(`\nFirst failure: ${/^::error::(.*)$/m.exec(failed.stdout)?.[1] ?? '(no error line)'}`)
  console.log()
}
