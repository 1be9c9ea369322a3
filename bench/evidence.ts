/**
 * 10. Evidence: mode evidence through dist/index.js for one deployment of 1, 10 and 100 databases
 * (a replica set on each side), and of 100 on a destination of 3 shards, against a stand-in that
 * answers after 20 ms and keeps Atlas's documented read buckets (Monitoring: 300, refilled at 100 a
 * minute per project). Requests per side against the least a comparison needs — source: clusters,
 * hosts, then per shard its databases and one read per database; destination: the processes, then
 * the same — plus one Digest challenge per key. The floor: Node's start-up, then the longer side's
 * requests one at a time (the sides run at once), one answer's time each; and where the Monitoring
 * bucket binds, the pace that leaves a third of it to the project's other deployments (600 ms a
 * read below 100 left), beside the bucket's own minimum.
 */
import type { FakeDatabase } from '../test-server/fake-api.ts'
import { ATLAS_READ_BUCKETS } from '../test-server/fake-api.ts'
import { ATLAS_PROJECT, CREDENTIALS, SOURCE_API_KEY, SOURCE_PROJECT, startFakeApi } from '../test-server/fixtures.ts'
import { actionEnv, bucketFloorMs, DIST, fmt, median, RUNS, ratio, tableHead, timed } from './harness.ts'

const DELAY_MS = 20
/** The Monitoring bucket, and the evidence's pace once a third of it is left (src/evidence/sides.ts). */
const MONITORING = ATLAS_READ_BUCKETS['Monitoring And Logs']
const PACED_MS = 600

export async function evidenceBench(): Promise<void> {
  console.log(`## 10. Evidence: requests and time per deployment, ${DELAY_MS} ms an answer, Atlas's read buckets on\n`)
  tableHead(
    'databases',
    'destination',
    'requests: source + destination (+ challenges)',
    'minimum',
    '429s',
    'time',
    'floor',
    'ratio'
  )
  const runs = Math.max(3, Math.round(RUNS / 5))
  for (const [count, shards, times] of [
    [1, 1, runs],
    [10, 1, runs],
    [100, 1, runs],
    [100, 3, 1]
  ] as const) {
    await one(count, shards, times)
  }
  console.log(
    "\nThe floor: Node's start-up, then the longer side one request at a time (one Digest challenge first); with 3 shards, 304 reads of a bucket of 300 + 100/min, the last ~97 at its refill, leaving the project's other deployments a third of it (the bucket's own minimum beside it).\n"
  )
}

async function one(count: number, shards: number, runs: number): Promise<void> {
  const databases: FakeDatabase[] = Array.from({ length: count }, (_, i) => ({
    name: `db${String(i).padStart(3, '0')}`,
    collections: 3,
    indexes: 5,
    documents: 1000 + i
  }))
  const walls: number[] = []
  const starts: number[] = []
  let seen = { source: 0, destination: 0, challenges: 0, limited: 0, code: 0 as number | null }
  for (let i = 0; i < runs; i++) {
    const api = await startFakeApi({
      responseDelayMs: DELAY_MS,
      readBuckets: ATLAS_READ_BUCKETS,
      atlasProjects: [ATLAS_PROJECT],
      clusters: {
        [ATLAS_PROJECT]: [
          { name: 'dest', databases, ...(shards > 1 ? { clusterType: 'SHARDED' as const, shards } : {}) }
        ]
      },
      sourceProjects: { [SOURCE_PROJECT]: [{ name: 'src', databases }] }
    })
    const env = actionEnv({
      mode: 'evidence',
      'base-url': api.url,
      ...CREDENTIALS['api-key'],
      'project-id': ATLAS_PROJECT,
      'cluster-name': 'dest',
      'source-cluster-name': 'src',
      'source-project-id': SOURCE_PROJECT,
      'source-base-url': api.url,
      'source-public-key': SOURCE_API_KEY.publicKey,
      'source-private-key': SOURCE_API_KEY.privateKey
    })
    const run = await timed([DIST], env)
    await api.close()
    walls.push(run.ms)
    starts.push((await timed(['-e', '0'], { PATH: process.env.PATH ?? '' })).ms)
    const signed = api.requests.filter(r => r.status !== 401)
    seen = {
      source: signed.filter(r => r.path.startsWith('/api/public/')).length,
      destination: signed.filter(r => r.path.startsWith('/api/atlas/')).length,
      challenges: api.requests.length - signed.length,
      limited: api.requests.filter(r => r.status === 429).length,
      code: run.code
    }
  }
  const least = { source: 2 + 1 + count, destination: 1 + shards * (1 + count) }
  // Reads run at the answer's pace until two thirds of the bucket are spent (the refill meanwhile
  // included), then one per PACED_MS, the refill: the evidence's own pace (src/evidence/sides.ts).
  const fast = Math.min(least.destination, (MONITORING.capacity * 2) / 3 / (1 - DELAY_MS / PACED_MS))
  const destinationMs = fast * DELAY_MS + (least.destination - fast) * PACED_MS
  const floor = median(starts) + Math.max(DELAY_MS * least.source, destinationMs) + DELAY_MS
  const bucketFloor = bucketFloorMs(least.destination, MONITORING)
  const exit = seen.code === 0 ? '' : ` (exit ${seen.code})`
  console.log(
    `| ${count} | ${shards === 1 ? 'replica set' : `${shards} shards`} | ${seen.source} + ${seen.destination} (+ ${seen.challenges})${exit} | ${least.source} + ${least.destination} (+ 2) | ${seen.limited} | ${fmt(median(walls))} | ${fmt(floor)}${bucketFloor > 0 ? ` (bucket alone: ${fmt(median(starts) + DELAY_MS * (least.destination + 1) + bucketFloor)})` : ''} | ${ratio(median(walls), floor)} |`
  )
}
