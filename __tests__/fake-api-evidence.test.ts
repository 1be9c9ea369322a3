// The stand-in's reads of the evidence, in the shapes MongoDB documents and records: Atlas's database
// measurements (calibrated on the recorded answer of `config` at PT30M: one bucket of three samples,
// fractional averages, start = end on a new cluster), nulls for buckets without a sample, both
// APIs' paging; Cloud Manager's clusters, hosts (opaque IDs), databases and measurements (no view
// count, an empty write-lock series, an unknown `m` failing the whole request); statistics turned
// off. And the two clients reading them back over HTTP, with Digest on the source.
import { afterEach, describe, expect, it } from 'vitest'
import { MonitoringClient } from '../src/clients/monitoring'
import { SourceMonitoringClient } from '../src/evidence/source-client'
import { HttpTransport } from '../src/transport/http'
import { openSession } from '../src/transport/session'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { ACCESS_TOKEN, ATLAS_PROJECT, SOURCE_API_KEY, SOURCE_PROJECT, startFakeApi } from './helpers/fixtures'
import { expectApiError, rawGet } from './helpers/raw-api.ts'

const GROUP = `/api/atlas/v2/groups/${ATLAS_PROJECT}`
const SOURCE = `/api/public/v1.0/groups/${SOURCE_PROJECT}`
const MIN = 60_000

let api: FakeApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

let now = 0
async function start(options: FakeApiOptions): Promise<FakeApi> {
  api = await startFakeApi({ atlasProjects: [ATLAS_PROJECT], now: () => now, ...options })
  return api
}
const get = (path: string) => rawGet(api?.url as string, path)
/** A read of the source as Cloud Manager takes it: Accept application/json. */
const getSource = (path: string, init: RequestInit = {}) =>
  rawGet(api?.url as string, path, '', { ...init, headers: { accept: 'application/json' } })

interface Body {
  start: string
  end: string
  measurements: { name: string; units: string; dataPoints: { timestamp: string; value: number | null }[] }[]
}
const primaryOf = async (cluster: string) =>
  ((await get(`${GROUP}/processes`)).json.results as { id: string; typeName: string; userAlias: string }[]).find(
    p => /PRIMARY$/.test(p.typeName) && p.userAlias.startsWith(`${cluster.toLowerCase()}-shard-`)
  )?.id as string

describe("Atlas's database measurements", () => {
  it('answer like the recorded one: config on a new cluster at PT30M over P1DT12H, one bucket averaging three samples', async () => {
    // The recording's times: asked at 03:20:57, samples at 03:00:32, 03:10:32 and 03:20:32; the
    // collection and object counts grew by one after the first sample.
    now = Date.parse('2026-08-10T03:20:57Z')
    const since = Date.parse('2026-08-10T03:00:32Z')
    const grew = (before: number) => (at: number) => (at > since ? before + 1 : before)
    const config = { name: 'config', collections: grew(8), documents: grew(7), indexes: 12, dataSize: 1045 }
    await start({
      clusters: { [ATLAS_PROJECT]: [{ name: 'fresh', databases: [config], dbStats: { intervalMs: 10 * MIN, since } }] }
    })
    const id = await primaryOf('fresh')
    const query = 'granularity=PT30M&period=P1DT12H'
    const raw = await get(`${GROUP}/processes/${id}/databases/config/measurements?${query}`)
    expect(raw.status).toBe(200)
    expect(raw.headers.get('content-type')).toBe('application/vnd.atlas.2023-01-01+json;charset=utf-8')
    const point = (value: number) => [{ timestamp: '2026-08-10T03:20:32Z', value }]
    // The recorded answer's keys, links, names in its order, units and values, with the stand-in's own host and IDs.
    expect(raw.json).toEqual({
      databaseName: 'config',
      end: '2026-08-10T03:20:32Z',
      granularity: 'PT30M',
      groupId: ATLAS_PROJECT,
      hostId: id,
      links: [
        { href: `${api?.url}${GROUP}/processes/${id}/databases/config/measurements?${query}`, rel: 'self' },
        { href: `${api?.url}${GROUP}/processes/${id}`, rel: 'https://cloud.mongodb.com/host' }
      ],
      measurements: [
        {
          dataPoints: [{ timestamp: '2026-08-10T03:20:32Z', value: expect.any(Number) }],
          name: 'DATABASE_AVERAGE_OBJECT_SIZE',
          units: 'BYTES'
        },
        { dataPoints: point(8.666666666666666), name: 'DATABASE_COLLECTION_COUNT', units: 'SCALAR' },
        { dataPoints: point(1045), name: 'DATABASE_DATA_SIZE', units: 'BYTES' },
        {
          dataPoints: [{ timestamp: '2026-08-10T03:20:32Z', value: expect.any(Number) }],
          name: 'DATABASE_STORAGE_SIZE',
          units: 'BYTES'
        },
        { dataPoints: point(49152), name: 'DATABASE_INDEX_SIZE', units: 'BYTES' },
        { dataPoints: point(12), name: 'DATABASE_INDEX_COUNT', units: 'SCALAR' },
        { dataPoints: point(0), name: 'DATABASE_EXTENT_COUNT', units: 'SCALAR' },
        { dataPoints: point(7.666666666666667), name: 'DATABASE_OBJECT_COUNT', units: 'SCALAR' },
        { dataPoints: point(0), name: 'DATABASE_VIEW_COUNT', units: 'SCALAR' }
      ],
      processId: id,
      start: '2026-08-10T03:20:32Z'
    })
    expect(Object.keys(raw.json)).toEqual([...Object.keys(raw.json)].sort())
  })

  it('answers the names asked, one bucket a minute over the hour, null where no sample fell, sharded data split', async () => {
    now = Date.UTC(2026, 11, 1, 12, 0, 30)
    const shop = { name: 'shop', collections: 4, indexes: 9, documents: 1001 }
    await start({
      clusters: { [ATLAS_PROJECT]: [{ name: 'big', clusterType: 'SHARDED', shards: 2, databases: [shop] }] }
    })
    const processes = (await get(`${GROUP}/processes`)).json.results as { id: string; typeName: string }[]
    const primaries = processes.filter(p => p.typeName === 'SHARD_PRIMARY').map(p => p.id)
    const query = 'granularity=PT1M&period=PT1H&m=DATABASE_OBJECT_COUNT&m=DATABASE_COLLECTION_COUNT'
    const bodies = await Promise.all(
      primaries.map(
        async id => (await get(`${GROUP}/processes/${id}/databases/shop/measurements?${query}`)).json as Body
      )
    )
    for (const body of bodies) {
      expect(body.measurements.map(m => m.name)).toEqual(['DATABASE_OBJECT_COUNT', 'DATABASE_COLLECTION_COUNT'])
      const points = body.measurements[0]?.dataPoints ?? []
      expect(points).toHaveLength(60)
      // Every 20 minutes: three samples in the hour, the other buckets null.
      expect(points.filter(p => p.value !== null)).toHaveLength(3)
      expect(body.measurements[1]?.dataPoints.find(p => p.value !== null)?.value).toBe(4)
    }
    const documents = bodies.map(b => b.measurements[0]?.dataPoints.find(p => p.value !== null)?.value)
    expect(documents).toEqual([501, 500])
    // Each process samples at its own phase: the figures' ages differ.
    const newest = bodies.map(b => b.measurements[0]?.dataPoints.filter(p => p.value !== null).at(-1)?.timestamp)
    expect(newest[0]).not.toBe(newest[1])
  })

  it('refuses an unknown name, a missing granularity, a database the process does not list; empty with statistics off', async () => {
    now = Date.UTC(2026, 11, 1, 12)
    await start({ clusters: { [ATLAS_PROJECT]: [{ name: 'dest', databases: ['shop'], dbStats: false }] } })
    const id = await primaryOf('dest')
    const base = `${GROUP}/processes/${id}/databases`
    expectApiError(await get(`${base}/shop/measurements?granularity=PT1M&m=DATABASE_CPU`), 400, 'INVALID_PARAMETER')
    expectApiError(await get(`${base}/shop/measurements?period=PT1H`), 400, 'INVALID_PARAMETER')
    expectApiError(await get(`${base}/other/measurements?granularity=PT1M`), 404, 'DATABASE_NOT_FOUND')
    const off = (await get(`${base}/shop/measurements?granularity=PT1M&period=PT1H`)).json as Body
    expect(off.measurements.map(m => m.dataPoints)).toEqual(Array(9).fill([]))
  })
})

describe("Cloud Manager's reads of a source project", () => {
  const sharded = {
    name: 'orders',
    shards: 2,
    databases: [{ name: 'sales', collections: 3, documents: 10 }, { name: 'audit' }]
  }

  it('lists a sharded cluster, its shards by their parent name, its config servers, and hosts by host:port with opaque IDs', async () => {
    now = Date.UTC(2026, 11, 1, 12)
    await start({ sourceProjects: { [SOURCE_PROJECT]: [sharded, { name: 'rs0' }] } })
    const clusters = await getSource(`${SOURCE}/clusters`)
    expect(clusters.status).toBe(200)
    expect(clusters.headers.get('content-type')).toBe('application/json')
    const list = clusters.json.results as { id: string; clusterName: string; typeName: string; shardName?: string }[]
    expect(list.map(c => [c.clusterName, c.typeName, c.shardName])).toEqual([
      ['orders', 'SHARDED_REPLICA_SET', undefined],
      ['orders', 'REPLICA_SET', 'orders-shard-0'],
      ['orders', 'REPLICA_SET', 'orders-shard-1'],
      ['orders', 'CONFIG_SERVER_REPLICA_SET', undefined],
      ['rs0', 'REPLICA_SET', undefined]
    ])
    const hosts = (await getSource(`${SOURCE}/hosts`)).json.results as Record<string, unknown>[]
    const names = hosts.map(h => `${h.hostname}:${h.port}`)
    expect(names).toEqual([...names].sort())
    expect(hosts.every(h => /^[0-9a-f]{24}$/.test(String(h.id)))).toBe(true)
    const primaries = hosts.filter(h => h.replicaStateName === 'PRIMARY' && h.typeName !== 'SHARD_CONFIG')
    expect(primaries.map(h => [h.typeName, h.shardName])).toEqual([
      ['SHARD_PRIMARY', 'orders-shard-0'],
      ['SHARD_PRIMARY', 'orders-shard-1'],
      ['REPLICA_PRIMARY', undefined]
    ])
    expect(hosts.find(h => h.typeName === 'SHARD_MONGOS')).not.toHaveProperty('clusterId')
    const shard1 = list[2]?.id
    expect(((await getSource(`${SOURCE}/hosts?clusterId=${shard1}`)).json.results as unknown[]).length).toBe(3)
    // Paging as both APIs page: itemsPerPage and pageNum.
    const page = (await getSource(`${SOURCE}/hosts?itemsPerPage=4&pageNum=2`)).json
    expect(page).toMatchObject({ totalCount: hosts.length })
    expect((page.results as { id: string }[]).map(h => h.id)).toEqual(hosts.slice(4, 8).map(h => h.id))
  })

  it('answers the documented names without a view count, the write-lock series empty, and fails the whole request on an unknown m', async () => {
    now = Date.UTC(2026, 11, 1, 12)
    await start({ sourceProjects: { [SOURCE_PROJECT]: [sharded] } })
    const hosts = (await getSource(`${SOURCE}/hosts`)).json.results as Record<string, string>[]
    const primary = hosts.find(h => h.typeName === 'SHARD_PRIMARY') as Record<string, string>
    const config = hosts.find(h => h.typeName === 'SHARD_CONFIG') as Record<string, string>
    const databases = async (host: Record<string, string>) =>
      ((await getSource(`${SOURCE}/hosts/${host.id}/databases`)).json.results as { databaseName: string }[]).map(
        d => d.databaseName
      )
    expect(await databases(primary)).toEqual(['admin', 'config', 'local', 'sales', 'audit'])
    expect(await databases(config)).toEqual(['admin', 'config', 'local'])
    const path = `${SOURCE}/hosts/${primary.id}/databases/sales/measurements`
    const body = (await getSource(`${path}?granularity=PT1M&period=PT1H`)).json as Body & Record<string, unknown>
    expect(body).toMatchObject({
      databaseName: 'sales',
      hostId: primary.id,
      processId: `${primary.hostname}:27017`,
      granularity: 'PT1M'
    })
    expect(body.measurements.map(m => m.name)).toEqual([
      'DATABASE_WRITE_LOCK_PERCENTAGE',
      'DATABASE_AVERAGE_OBJECT_SIZE',
      'DATABASE_COLLECTION_COUNT',
      'DATABASE_DATA_SIZE',
      'DATABASE_FILE_SIZE',
      'DATABASE_STORAGE_SIZE',
      'DATABASE_INDEX_SIZE',
      'DATABASE_INDEX_COUNT',
      'DATABASE_EXTENT_COUNT',
      'DATABASE_OBJECT_COUNT'
    ])
    expect(body.measurements[0]?.dataPoints).toEqual([])
    expect(body.measurements.at(-1)?.dataPoints.find(p => p.value !== null)?.value).toBe(5)
    const refused = await getSource(
      `${path}?granularity=PT1M&period=PT1H&m=DATABASE_OBJECT_COUNT&m=DATABASE_VIEW_COUNT`
    )
    expectApiError(refused, 400, 'INVALID_PARAMETER', 'Invalid measurement type DATABASE_VIEW_COUNT.')
    const one = (await getSource(`${path}?granularity=PT1M&period=PT1H&m=DATABASE_OBJECT_COUNT`)).json as Body
    expect(one.measurements.map(m => m.name)).toEqual(['DATABASE_OBJECT_COUNT'])
    expectApiError(await getSource(`/api/public/v1.0/groups/${ATLAS_PROJECT}/hosts`), 404, 'GROUP_NOT_FOUND')
    expectApiError(await getSource(`${SOURCE}/hosts`, { method: 'POST' }), 405, 'METHOD_NOT_ALLOWED')
  })
})

describe('the clients against the stand-in', () => {
  const quiet = { info() {}, debug() {}, warning() {} }

  it('read both sides back over HTTP: the Atlas series by name, the source with its API key (Digest)', async () => {
    now = Date.now()
    const fake = await start({
      clusters: { [ATLAS_PROJECT]: [{ name: 'dest', databases: [{ name: 'shop', documents: 42 }] }] },
      sourceProjects: { [SOURCE_PROJECT]: [{ name: 'rs0', databases: [{ name: 'shop', documents: 42 }] }] }
    })
    const transport = new HttpTransport({
      baseUrl: fake.url,
      timeoutMs: 5000,
      userAgent: 'test',
      log: quiet,
      signal: new AbortController().signal,
      sleep: async () => {}
    })
    const session = (credentials: Parameters<typeof openSession>[0]) =>
      openSession(credentials, transport, { log: quiet, onSecret: () => {} })
    try {
      const atlas = new MonitoringClient(session({ kind: 'access-token', accessToken: ACCESS_TOKEN }))
      const id = await primaryOf('dest')
      const series = await atlas.databaseMeasurements(
        ATLAS_PROJECT,
        id,
        'shop',
        'granularity=PT1M&period=PT1H&m=DATABASE_OBJECT_COUNT'
      )
      expect([...series.keys()]).toEqual(['DATABASE_OBJECT_COUNT'])
      expect(series.get('DATABASE_OBJECT_COUNT')?.map(p => p.value)).toEqual([42, 42, 42])
      const source = new SourceMonitoringClient(session({ kind: 'api-key', ...SOURCE_API_KEY }))
      const [cluster] = await source.clusters(SOURCE_PROJECT)
      expect(cluster).toMatchObject({ clusterName: 'rs0', typeName: 'REPLICA_SET' })
      const primary = (await source.hosts(SOURCE_PROJECT)).find(h => h.replicaStateName === 'PRIMARY')
      expect(primary).toMatchObject({ clusterId: cluster?.id, typeName: 'REPLICA_PRIMARY', version: '7.0.14' })
      expect(await source.databases(SOURCE_PROJECT, primary?.id as string)).toEqual([
        'admin',
        'config',
        'local',
        'shop'
      ])
      const sourceSeries = await source.databaseMeasurements(
        SOURCE_PROJECT,
        primary?.id as string,
        'shop',
        'granularity=PT1M&period=PT1H'
      )
      expect(sourceSeries.has('DATABASE_VIEW_COUNT')).toBe(false)
      expect(sourceSeries.get('DATABASE_OBJECT_COUNT')?.at(-1)?.value).toBe(42)
      const sent = fake.requests.filter(r => r.path.startsWith('/api/public/'))
      expect(sent.every(r => r.headers.accept === 'application/json')).toBe(true)
      expect(
        sent
          .filter(r => r.status === 200)
          .every(r => /^Digest username="srcpubky"/.test(String(r.headers.authorization)))
      ).toBe(true)
    } finally {
      transport.dispose()
    }
  })
})
