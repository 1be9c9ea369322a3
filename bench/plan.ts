/**
 * 8. Plan: mode plan over 200 deployments of 20 Atlas orgs (10 each, two waves), against a stand-in
 * that answers after 20 ms and keeps Atlas's documented token buckets on every read (per project,
 * per org for availableProjects). The minimum: Node's start-up, then the reads the plan cannot do
 * without (every distinct read once) through the 16 the plan keeps in flight, one round trip each;
 * and the buckets' own minimum, which no bucket reaches here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readScope } from '../test-server/fake-api/buckets.ts'
import { ATLAS_READ_BUCKETS } from '../test-server/fake-api.ts'
import { CREDENTIALS, startFakeApi } from '../test-server/fixtures.ts'
import { fleet } from '../test-server/fleet.ts'
import { actionEnv, DIST, fmt, median, RUNS, ratio, scratchDir, tableHead, timed } from './harness.ts'

const DELAY_MS = 20
/** Deployments the plan checks at once (PARALLEL in src/modes/plan.ts). */
const IN_FLIGHT = 16

export async function planBench(): Promise<void> {
  const shape = { orgs: 20, perOrg: 10, perWave: 5 }
  console.log(
    `## 8. Plan: ${shape.orgs * shape.perOrg} deployments of ${shape.orgs} orgs, ${DELAY_MS} ms an answer, Atlas's read buckets on\n`
  )
  const f = fleet(shape)
  const runs = Math.max(3, Math.round(RUNS / 5))
  const walls: number[] = []
  const starts: number[] = []
  /** From the process's spawn to the stand-in's first request: the plan's fixed cost. */
  const firsts: number[] = []
  let last = {
    code: 0 as number | null,
    requests: 0,
    limited: 0,
    distinct: 0,
    writes: 0,
    fullest: ['', 0] as [string, number]
  }
  for (let i = 0; i < runs; i++) {
    const api = await startFakeApi({ ...f.options, readBuckets: ATLAS_READ_BUCKETS, responseDelayMs: DELAY_MS })
    const dir = mkdtempSync(join(scratchDir(), 'plan-'))
    writeFileSync(join(dir, 'plan.yml'), f.plan)
    const env = actionEnv(
      { mode: 'plan', 'plan-file': 'plan.yml', 'base-url': api.url, ...CREDENTIALS['api-key'] },
      dir
    )
    const spawned = Date.now()
    const run = await timed([DIST], env, dir)
    await api.close()
    walls.push(run.ms)
    firsts.push(Math.min(...api.requests.map(r => r.at)) - spawned)
    starts.push((await timed(['-e', '0'], { PATH: process.env.PATH ?? '' })).ms)
    const answered = api.requests.filter(r => r.status === 200)
    last = {
      code: run.code,
      requests: api.requests.length,
      limited: api.requests.filter(r => r.status === 429).length,
      distinct: new Set(answered.map(r => r.path)).size,
      writes: api.requests.filter(r => r.method !== 'GET').length,
      fullest: fullestBucket(answered.map(r => r.path))
    }
  }
  // One challenge, then the first org's sources alone, then the rest IN_FLIGHT at a time.
  const floor = median(starts) + DELAY_MS * (2 + Math.ceil((last.distinct - 1) / IN_FLIGHT))
  tableHead(
    'exit',
    'requests',
    'distinct reads',
    'writes',
    '429s',
    'before the first request',
    'wall time',
    'minimum',
    'ratio',
    'bucket minimum'
  )
  console.log(
    `| ${last.code} | ${last.requests} | ${last.distinct} | ${last.writes} | ${last.limited} | ${fmt(median(firsts))} (goal ≤ 300 ms; Node's start-up ${fmt(median(starts))}) | ${fmt(median(walls))} | ${fmt(floor)} | ${ratio(median(walls), floor)} | 0 s (the fullest, ${last.fullest[0]}, took ${last.fullest[1]} of its ${ATLAS_READ_BUCKETS[last.fullest[0].split(':')[0] as keyof typeof ATLAS_READ_BUCKETS]?.capacity}) |\n`
  )
}

/** The bucket scope that took the most tokens, and how many. */
function fullestBucket(paths: string[]): [string, number] {
  const counts = new Map<string, number>()
  for (const path of paths) {
    const scope = readScope(new URL(path, 'http://x').pathname)?.scope
    if (scope) counts.set(scope, (counts.get(scope) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['none', 0]
}
