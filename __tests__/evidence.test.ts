// The evidence, run in process against the stand-in of both APIs (Atlas's monitoring reads and Cloud
// Manager's), on a clock of the test's own: each documented gap end to end (a time-series collection
// skipped, a database missing, counts converging, stale statistics, a sharded destination), the
// requests per deployment with no read repeated, Atlas's Monitoring bucket kept within its limits,
// and the steps that use it — start-migration and migration-status ending ready show it in their
// summary, cutover reads it again right before the PUT and refuses on a failing finding.
import { afterEach, describe, expect, it } from 'vitest'
import type { FakeApi, FakeApiOptions, FakeDatabase } from '../test-server/fake-api.ts'
import { errorLines, runAction } from '../test-server/run-action.ts'
import {
  ATLAS_ORG,
  CREDENTIALS,
  expectNoLeak,
  ATLAS_PROJECT as PROJECT,
  SOURCE_API_KEY,
  SOURCE_PROJECT,
  startFakeApi
} from './helpers/fixtures.ts'
import { FakeClock } from './helpers/in-process.ts'

const MIN = 60_000
const MIGRATION = '6650aa00bb11cc22dd33ee77'
let api: FakeApi
let clock: FakeClock
afterEach(async () => {
  await api?.close()
})

const shop: FakeDatabase = { name: 'shop', collections: 4, indexes: 9, documents: 1000 }

/** The stand-in on the test's clock: a destination cluster `dest` and a source deployment `src`. */
async function stand(
  destination: FakeDatabase[],
  source: FakeDatabase[],
  more: { dest?: Record<string, unknown>; src?: Record<string, unknown>; options?: FakeApiOptions } = {}
): Promise<FakeApi> {
  clock = new FakeClock()
  api = await startFakeApi({
    now: () => clock.now(),
    atlasProjects: [PROJECT],
    clusters: { [PROJECT]: [{ name: 'dest', databases: destination, ...more.dest }] },
    sourceProjects: { [SOURCE_PROJECT]: [{ name: 'src', databases: source, ...more.src }] },
    ...more.options
  })
  return api
}

const sourceKey = () => ({
  'source-base-url': api.url,
  'source-public-key': SOURCE_API_KEY.publicKey,
  'source-private-key': SOURCE_API_KEY.privateKey
})
const pair = {
  'project-id': PROJECT,
  'cluster-name': 'dest',
  'source-cluster-name': 'src',
  'source-project-id': SOURCE_PROJECT
}
const evidence = (extra: Record<string, string> = {}) =>
  runAction(
    { mode: 'evidence', 'base-url': api.url, ...CREDENTIALS['api-key'], ...pair, ...sourceKey(), ...extra },
    {},
    { clock }
  )

interface Report {
  result: string
  checks: { id: string; result: string; evidence: string; fix: string }[]
  databases: { name: string; result: string; source?: Record<string, number>; destination?: Record<string, number> }[]
  requests: { source: number; destination: number }
}
const reportOf = (run: { outputs: Record<string, string> }) =>
  JSON.parse(run.outputs['evidence-report'] as string) as Report
const checkOf = (report: Report, id: string) => report.checks.find(c => c.id === id)

describe('mode evidence', () => {
  it('names a time-series collection push skipped as an expected difference, side by side in the summary', async () => {
    // On the source the time-series collection is a view plus its system.buckets collection.
    const source = [shop, { name: 'metrics', collections: 3, indexes: 3, documents: 40 }]
    await stand([shop, { name: 'metrics', collections: 2, indexes: 2, documents: 30 }], source)
    const run = await evidence()
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['evidence-result']).toBe('warn')
    const report = reportOf(run)
    expect(checkOf(report, 'EV-3')).toMatchObject({
      result: 'warn',
      evidence: 'metrics: source 3, destination 2 collections'
    })
    expect(checkOf(report, 'EV-3')?.fix).toMatch(/Push skips time-series collections/)
    expect(checkOf(report, 'EV-6')?.result).toBe('warn')
    expect(report.databases.find(d => d.name === 'shop')).toMatchObject({
      result: 'pass',
      source: { collections: 4, indexes: 9, documents: 1000, dataSize: 100_000 },
      destination: { collections: 4, views: 0, indexes: 9, documents: 1000 }
    })
    expect(run.summary).toContain('<h3>✅ Evidence: warn, source beside destination</h3>')
    expect(run.summary).toMatch(/<h4>Evidence before the cut-over: 4 warn, 3 pass<\/h4>/)
    expect(run.summary).toMatch(
      /<td>⚠️<\/td><td>metrics<\/td><td>3 → 2<\/td><td>n\/r → 0<\/td><td>3 → 2<\/td><td>40 → 30<\/td>/
    )
    expect(run.log).toMatch(
      /::warning::EV-3 WARN Collections: metrics: source 3, destination 2 collections\. Push skips/
    )
    expectNoLeak(run, api)
  })

  it('fails on a source database the destination lacks, unless evidence: warn', async () => {
    await stand([shop], [shop, { name: 'ledger', collections: 2, documents: 7 }])
    const run = await evidence()
    expect(run.code).toBe(1)
    expect(run.outputs['evidence-result']).toBe('fail')
    expect(errorLines(run).join('\n')).toMatch(
      /Evidence: 1 check failed \(EV-2\): ledger \(source: 2 collections, 7 documents\) is not on the destination/
    )
    const warned = await evidence({ evidence: 'warn' })
    expect(warned.code, warned.log).toBe(0)
    expect(warned.outputs['evidence-result']).toBe('fail')
    const refused = await runAction({
      mode: 'evidence',
      ...pair,
      evidence: 'maybe',
      'base-url': api.url,
      ...CREDENTIALS['api-key'],
      ...sourceKey()
    })
    expect(errorLines(refused).join('\n')).toMatch(/Input 'evidence' must be fail .* or warn/)
  })

  it('passes document counts that converge after writes stopped, and warns of counts that stay apart', async () => {
    // Writes stopped an hour ago at 1,000; the destination caught up 25 minutes ago.
    const now = new FakeClock().now()
    const caughtUp = (at: number) => (at < now - 25 * MIN ? 950 : 1000)
    await stand([{ ...shop, documents: caughtUp }], [shop])
    let report = reportOf(await evidence())
    expect(checkOf(report, 'EV-5')).toMatchObject({ result: 'pass', evidence: 'equal in 1 database' })
    await api.close()
    // Still 990 for the whole hour, on a source that did not move: more than the figures' ages allow.
    await stand([{ ...shop, documents: 990 }], [shop])
    report = reportOf(await evidence())
    expect(checkOf(report, 'EV-5')?.result).toBe('warn')
    expect(checkOf(report, 'EV-5')?.evidence).toMatch(
      /^shop: source 1,000 \(\d+ min old\), destination 990 \(\d+ min old\): 10 apart, more than the 0 the counts moved within the hour$/
    )
  })

  it('warns, never passes silently, when a side has no data point in the last hour', async () => {
    // The source's statistics are off; the destination's stopped two hours ago.
    const now = new FakeClock().now()
    await stand([shop], [shop], { src: { dbStats: false }, dest: { dbStats: { until: now - 120 * MIN } } })
    const run = await evidence()
    expect(run.code, run.log).toBe(0)
    const report = reportOf(run)
    expect(report.result).toBe('warn')
    expect(checkOf(report, 'EV-1')).toMatchObject({ result: 'warn' })
    expect(checkOf(report, 'EV-1')?.evidence).toMatch(
      /^source \(replica set, MongoDB 7\.0\.14\): no data point in the last hour for any of its 1 database: the statistics are off or stale/
    )
    expect(checkOf(report, 'EV-1')?.evidence).toMatch(
      /; destination \(replica set, MongoDB 8\.0\.29\): no data point in the last hour for any of its 1 database/
    )
    expect(checkOf(report, 'EV-5')?.evidence).toBe('no database measured on both sides')
    expect(run.summary).toMatch(/<td>no point in the hour \/ no point in the hour<\/td>/)
  })

  it('adds documents up over a sharded destination, reading one primary per shard, and says what is not added up', async () => {
    await stand(
      [shop, { name: 'orders', collections: 2, documents: 31 }],
      [shop, { name: 'orders', collections: 2, documents: 31 }],
      {
        dest: { clusterType: 'SHARDED', shards: 3 }
      }
    )
    const run = await evidence()
    expect(run.code, run.log).toBe(0)
    const report = reportOf(run)
    expect(report.checks.filter(c => c.result !== 'pass').map(c => c.id)).toEqual(['EV-6'])
    expect(report.databases.find(d => d.name === 'orders')?.destination).toMatchObject({
      documents: 31,
      shards: 3,
      collections: 2
    })
    expect(checkOf(report, 'EV-1')?.evidence).toMatch(
      /destination \(3 shards, MongoDB 8\.0\.29\): 2 databases measured.*documents and data size added up over its 3 shards, collections and indexes the largest shard's/
    )
    // The processes once, then per shard primary its databases and one read per database.
    expect(report.requests).toEqual({ source: 2 + 1 + 2, destination: 1 + 3 * (1 + 2) })
  })

  it('sends one request per database and side, never one twice, and no more than 1 + shards × (1 + databases) to Atlas', async () => {
    const databases = Array.from({ length: 10 }, (_, i) => ({ name: `db${i}`, documents: i }))
    await stand(databases, databases)
    const run = await evidence()
    expect(reportOf(run).requests).toEqual({ source: 13, destination: 12 })
    const answered = api.requests.filter(r => r.status === 200).map(r => r.path)
    expect(new Set(answered).size).toBe(answered.length)
    // Admin, config and local are never read; nor the databases on the destination only.
    expect(answered.some(p => /\/databases\/(admin|config|local)\//.test(p))).toBe(false)
    expect(api.requests.filter(r => r.status === 401)).toHaveLength(2) // one Digest challenge per key
  })

  it("keeps within Atlas's Monitoring bucket: below a third of it left, it reads at the refill, and gets no 429", async () => {
    const databases = Array.from({ length: 40 }, (_, i) => ({ name: `db${i}` }))
    const bucket = { capacity: 30, refillPerMinute: 100 }
    await stand(databases, databases, { options: { readBuckets: { 'Monitoring And Logs': bucket } } })
    const started = clock.now()
    const run = await evidence()
    expect(run.code, run.log).toBe(0)
    expect(api.requests.filter(r => r.status === 429)).toEqual([])
    // 42 reads from a bucket of 30: the last ones paced at the refill (0.6 s each), on the step's clock.
    expect(clock.now() - started).toBeGreaterThanOrEqual(20 * 600)
    expect(reportOf(run).requests.destination).toBe(42)
  })

  it('says in plain words why it could not read a side, and fails the step', async () => {
    await stand([shop], [shop])
    const run = await evidence({ 'source-cluster-name': 'elsewhere' })
    expect(run.code).toBe(1)
    expect(run.outputs['evidence-result']).toBe('not-checked')
    expect(errorLines(run).join('\n')).toMatch(
      new RegExp(
        `The evidence could not be read: source project ${SOURCE_PROJECT} has no replica set or sharded cluster named elsewhere`
      )
    )
    const before = api.requests.length
    const unkeyed = await runAction({ mode: 'evidence', 'base-url': api.url, ...CREDENTIALS['api-key'], ...pair })
    expect(errorLines(unkeyed).join('\n')).toMatch(
      /Mode evidence reads the source through Cloud Manager \/ Ops Manager: set source-public-key/
    )
    expect(api.requests.length).toBe(before) // refused before any request
  })
})

/** A migration of PROJECT, ready for cut-over now (the stand-in's plan: ready at once). */
function readyMigration(): void {
  const plan = { workingAfterMs: 0, readyAfterMs: 0, lagStartSeconds: 1, end: 'ready' as const, cutoverMs: 1000 }
  api.migrations.set(MIGRATION, {
    id: MIGRATION,
    projectId: PROJECT,
    startedAt: clock.now() - MIN,
    readyAt: clock.now() - MIN,
    migrationHosts: ['mig-1.example.net'],
    plan
  })
}
const cutover = (extra: Record<string, string> = {}) =>
  runAction(
    {
      mode: 'cutover',
      'base-url': api.url,
      ...CREDENTIALS['api-key'],
      'project-id': PROJECT,
      'migration-id': MIGRATION,
      'confirm-writes-stopped': 'true',
      'wait-for': 'none',
      ...extra
    },
    {},
    { clock }
  )
const puts = () => api.requests.filter(r => r.method === 'PUT')

describe('cutover reads the evidence right before the PUT', () => {
  it('refuses on a missing database, sending nothing, and says how to cut over knowingly', async () => {
    await stand([shop], [shop, { name: 'ledger', collections: 2, documents: 7 }])
    readyMigration()
    const names = { 'cluster-name': 'dest', 'source-cluster-name': 'src', 'source-project-id': SOURCE_PROJECT }
    const run = await cutover({ ...names, ...sourceKey() })
    expect(run.code).toBe(1)
    expect(puts()).toEqual([])
    expect(errorLines(run).join('\n')).toMatch(
      /No cut-over: the evidence fails \(EV-2 ledger .*\)\. Nothing was sent to Atlas\./
    )
    expect(run.summary).toMatch(/<h3>❌ Migration \w+ not cut over: the evidence fails<\/h3>/)
    expect(run.summary).toMatch(/To cut over all the same, run cutover again with evidence: warn\./)
    expect(run.summary).toContain('<td>ledger</td>')
    // Writes stopped (confirm-writes-stopped): said beside the counts.
    const knowingly = await cutover({ ...names, ...sourceKey(), evidence: 'warn' })
    expect(knowingly.code, knowingly.log).toBe(0)
    expect(puts()).toHaveLength(1)
    expect(knowingly.log).toMatch(/::warning::Cutting over despite failing evidence \(evidence: warn\): EV-2 ledger/)
    // The evidence was read after the decisive read of the migration and before the PUT.
    const order = api.requests.map(r => (r.method === 'PUT' ? 'PUT' : r.path.includes('/databases/') ? 'evidence' : ''))
    expect(order.lastIndexOf('evidence')).toBeLessThan(order.indexOf('PUT'))
  })

  it('without the source key, says the evidence is not checked, holds nothing back, and cuts over', async () => {
    await stand([shop], [shop, { name: 'ledger' }])
    readyMigration()
    const run = await cutover()
    expect(run.code, run.log).toBe(0)
    expect(puts()).toHaveLength(1)
    expect(run.outputs['evidence-result']).toBe('not-checked')
    expect(run.log).toMatch(
      /::warning::Evidence not checked: no source-public-key \/ source-private-key, so the source cannot be read and nothing was compared/
    )
    expect(run.summary).toMatch(/<td>Evidence<\/td><td>not checked: no source-public-key/)
    expect(api.requests.filter(r => r.path.includes('/processes'))).toEqual([])
  })
})

describe('the steps that report a migration ready show the evidence in their summary', () => {
  it('start-migration, ready at once: the evidence beside the next step, never failing the step', async () => {
    await stand([shop], [shop, { name: 'ledger' }], {
      options: {
        availableProjects: {
          [ATLAS_ORG]: [
            {
              projectId: SOURCE_PROJECT,
              name: 'Payments',
              migrationHosts: ['mig-1.example.net'],
              deployments: [{ name: 'src', tlsEnabled: true, managed: true, mongoDBVersion: '7.0.14' }]
            }
          ]
        },
        migration: { workingAfterMs: 0, readyAfterMs: 0 }
      }
    })
    const run = await runAction(
      {
        mode: 'start-migration',
        'base-url': api.url,
        ...CREDENTIALS['api-key'],
        'org-id': ATLAS_ORG,
        'project-id': PROJECT,
        'cluster-name': 'dest',
        'source-cluster-name': 'src',
        'wait-for': 'ready-for-cutover',
        ...sourceKey()
      },
      {},
      { clock }
    )
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['ready-for-cutover']).toBe('true')
    expect(run.outputs['evidence-result']).toBe('fail')
    expect(run.summary).toMatch(
      /<p>✅ <strong>Succeeded<\/strong> · migration \w+ · WORKING · ready for cut-over · evidence fail/
    )
    expect(run.summary).toMatch(
      /Next:<\/strong> Stop writes to the source, read the evidence below, then approve the cut-over/
    )
    expect(run.summary).toMatch(/<td>❌\u00a0fail<\/td><td>EV-2 Every source database on the destination<\/td>/)
  })

  it('migration-status with the names: ready, so the evidence; not ready, nothing read', async () => {
    await stand([shop], [shop])
    readyMigration()
    const status = (extra: Record<string, string> = {}) =>
      runAction(
        {
          mode: 'migration-status',
          'base-url': api.url,
          ...CREDENTIALS['api-key'],
          'project-id': PROJECT,
          'migration-id': MIGRATION,
          ...extra
        },
        {},
        { clock }
      )
    const names = { 'cluster-name': 'dest', 'source-cluster-name': 'src', 'source-project-id': SOURCE_PROJECT }
    const run = await status({ ...names, ...sourceKey() })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['evidence-result']).toBe('warn')
    expect(run.summary).toContain('<td>✅</td><td>shop</td><td>4 → 4</td>')
    // Without the key the status is all: nothing of the evidence is read.
    const before = api.requests.length
    const plain = await status()
    expect(plain.outputs['evidence-result']).toBeUndefined()
    expect(api.requests.slice(before).filter(r => r.path.includes('/processes'))).toEqual([])
  })
})
