// The stand-in's monitoring pre-flight reads: the processes derived from the project's clusters, their
// disk partition, its space measurements and their databases, in the shape of MongoDB's spec; and the
// monitoring client reading them back over HTTP.

import { afterEach, describe, expect, it } from 'vitest'
import { MonitoringClient } from '../src/clients/monitoring'
import { ApiError } from '../src/errors'
import { HttpTransport } from '../src/transport/http'
import { openSession } from '../src/transport/session'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { ACCESS_TOKEN, ATLAS_PROJECT, startFakeApi } from './helpers/fixtures'
import { expectApiError, type RawAnswer, rawGet } from './helpers/raw-api.ts'

const OTHER_PROJECT = '1b2c3d4e5f6a7b8c9d0e1f2a'
const MISSING = '111111111111111111111111'
const GROUP = `/api/atlas/v2/groups/${ATLAS_PROJECT}`
const type = (date: string) => `application/vnd.atlas.${date}+json`

const CLUSTERS: FakeApiOptions = {
  clusters: {
    [ATLAS_PROJECT]: [
      { name: 'Dest', diskSizeGB: 40, freeDiskBytes: 25e9, databases: ['shop', 'mongosync_reserved_for_internal_use'] },
      { name: 'big', clusterType: 'SHARDED', shards: 2 },
      { name: 'free', instanceSize: 'M0' }
    ]
  }
}

let api: FakeApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

async function start(options: FakeApiOptions = CLUSTERS): Promise<FakeApi> {
  api = await startFakeApi({ atlasProjects: [ATLAS_PROJECT, OTHER_PROJECT], ...options })
  return api
}

type Raw = RawAnswer

/** A raw read of the stand-in started by start(). */
const get = (path: string, date = '2023-01-01', init: RequestInit = {}): Promise<Raw> =>
  rawGet(api?.url as string, path, date, init)

function expectError(raw: Raw, status: number, errorCode: string, detail?: string): void {
  expectApiError(raw, status, errorCode, detail)
}

/** The checks every monitoring read shares: 406 on another date, 404 GROUP_NOT_FOUND, 401 without credentials, GET only. */
async function expectSharedChecks(path: (groupId: string) => string): Promise<void> {
  expectError(await get(path(ATLAS_PROJECT), '2024-08-05'), 406, 'INVALID_VERSION_DATE')
  expectError(await get(path(MISSING)), 404, 'GROUP_NOT_FOUND', `No group with ID ${MISSING} exists.`)
  const anonymous = await fetch(`${api?.url}${path(ATLAS_PROJECT)}`, { headers: { accept: type('2023-01-01') } })
  expect(anonymous.status).toBe(401)
  expectError(await get(path(ATLAS_PROJECT), '2023-01-01', { method: 'DELETE' }), 405, 'METHOD_NOT_ALLOWED')
}

type Process = Record<string, unknown> & { id: string; userAlias: string; hostname: string; typeName: string }

async function processes(): Promise<Process[]> {
  return ((await get(`${GROUP}/processes`)).json as { results: Process[] }).results
}

/** The hosts (without ports) a cluster's connectionStrings.standard lists. */
async function standardHosts(name: string): Promise<string[]> {
  const cluster = (await get(`${GROUP}/clusters/${name}`, '2024-08-05')).json as {
    connectionStrings: { standard: string }
  }
  const hosts = /^mongodb:\/\/([^/]+)\//.exec(cluster.connectionStrings.standard)?.[1] ?? ''
  return hosts.split(',').map(h => h.replace(/:\d+$/, ''))
}

describe('listGroupProcesses', () => {
  it("lists three nodes per shard of each dedicated cluster, only userAlias naming the connection string's hosts", async () => {
    await start()
    const raw = await get(`${GROUP}/processes`)
    expect(raw.status).toBe(200)
    expect(raw.headers.get('content-type')).toBe(`${type('2023-01-01')};charset=utf-8`)
    const { results, totalCount } = raw.json as { results: Process[]; totalCount: number }
    expect(totalCount).toBe(9)
    const dest = results.slice(0, 3)
    expect(dest.map(p => p.typeName)).toEqual(['REPLICA_PRIMARY', 'REPLICA_SECONDARY', 'REPLICA_SECONDARY'])
    const hosts = await standardHosts('Dest')
    expect(dest.map(p => p.userAlias)).toEqual(hosts)
    expect(hosts[0]).toMatch(/^dest-shard-00-00\.[0-9a-f]{5}\.mongodb\.net$/)
    for (const p of dest) {
      expect(hosts).not.toContain(p.hostname)
      expect(p.id).toBe(`${p.hostname}:27017`)
      expect(p).toMatchObject({ groupId: ATLAS_PROJECT, port: 27017, version: '8.0.29' })
      expect(p.replicaSetName).toMatch(/^atlas-[0-9a-f]{6}-shard-0$/)
      expect(p).not.toHaveProperty('shardName')
      expect(Object.keys(p)).toEqual([...Object.keys(p)].sort())
    }
    const big = results.slice(3)
    expect(big.map(p => p.typeName)).toEqual([
      'SHARD_PRIMARY',
      'SHARD_SECONDARY',
      'SHARD_SECONDARY',
      'SHARD_PRIMARY',
      'SHARD_SECONDARY',
      'SHARD_SECONDARY'
    ])
    expect(big.map(p => p.userAlias)).toEqual(await standardHosts('big'))
    expect(big[3]).toMatchObject({ shardName: big[3]?.replicaSetName })
    expect(big[3]?.userAlias).toMatch(/^big-shard-01-00\./)
    const page2 = (await get(`${GROUP}/processes?itemsPerPage=4&pageNum=3`)).json as { results: Process[] }
    expect(page2.results.map(p => p.id)).toEqual([results[8]?.id])
  })

  it('answers an empty page for a project without clusters, and the shared checks', async () => {
    await start()
    expect((await get(`/api/atlas/v2/groups/${OTHER_PROJECT}/processes`)).json).toMatchObject({
      results: [],
      totalCount: 0
    })
    await expectSharedChecks(g => `/api/atlas/v2/groups/${g}/processes`)
  })
})

describe('the per-process reads', () => {
  it("answers one partition, 'data', for a process named with its ':' bare or encoded", async () => {
    await start()
    const [primary] = await processes()
    for (const id of [primary?.id ?? '', encodeURIComponent(primary?.id ?? '')]) {
      const raw = await get(`${GROUP}/processes/${id}/disks`)
      expect(raw.status).toBe(200)
      expect(raw.json).toMatchObject({ results: [{ partitionName: 'data' }], totalCount: 1 })
    }
    await expectSharedChecks(g => `/api/atlas/v2/groups/${g}/processes/${primary?.id}/disks`)
  })

  it('answers admin, config and local and the cluster’s own databases, on any node', async () => {
    await start()
    const all = await processes()
    const names = async (p: Process | undefined) =>
      (
        (await get(`${GROUP}/processes/${p?.id}/databases`)).json as { results: { databaseName: string }[] }
      ).results.map(d => d.databaseName)
    expect(await names(all[0])).toEqual(['admin', 'config', 'local', 'shop', 'mongosync_reserved_for_internal_use'])
    expect(await names(all[2])).toEqual(['admin', 'config', 'local', 'shop', 'mongosync_reserved_for_internal_use'])
    expect(await names(all[3])).toEqual(['admin', 'config', 'local'])
    await expectSharedChecks(g => `/api/atlas/v2/groups/${g}/processes/${all[0]?.id}/databases`)
  })

  it('answers the free and used space, the newest point null, at the granularity over the period', async () => {
    await start()
    const all = await processes()
    const query = 'm=DISK_PARTITION_SPACE_FREE&m=DISK_PARTITION_SPACE_USED&granularity=PT1M&period=PT10M'
    const raw = await get(`${GROUP}/processes/${all[0]?.id}/disks/data/measurements?${query}`)
    expect(raw.status).toBe(200)
    const body = raw.json as {
      measurements: { name: string; units: string; dataPoints: { timestamp: string; value: number | null }[] }[]
    }
    expect(body).toMatchObject({
      granularity: 'PT1M',
      hostId: all[0]?.id,
      partitionName: 'data',
      processId: all[0]?.id
    })
    expect(body.measurements.map(m => [m.name, m.units])).toEqual([
      ['DISK_PARTITION_SPACE_FREE', 'BYTES'],
      ['DISK_PARTITION_SPACE_USED', 'BYTES']
    ])
    const [free, used] = body.measurements
    expect(free?.dataPoints).toHaveLength(10)
    expect(free?.dataPoints.at(-1)?.value).toBeNull()
    expect(free?.dataPoints[8]?.value).toBe(25e9)
    expect(used?.dataPoints[0]?.value).toBe(15e9)
    const stamps = free?.dataPoints.map(p => Date.parse(p.timestamp)) ?? []
    expect((stamps[1] ?? 0) - (stamps[0] ?? 0)).toBe(60_000)
    // The default: 90 % of an 80 GB disk free.
    const big = (await get(`${GROUP}/processes/${all[3]?.id}/disks/data/measurements?${query}`)).json as typeof body
    expect(big.measurements.map(m => m.dataPoints[0]?.value)).toEqual([72e9, 8e9])
  })

  it('refuses a missing granularity, an unknown measurement, an unknown partition, and the shared checks', async () => {
    await start()
    const [primary] = await processes()
    const base = `${GROUP}/processes/${primary?.id}/disks`
    expectError(await get(`${base}/data/measurements?m=DISK_PARTITION_SPACE_FREE`), 400, 'INVALID_PARAMETER')
    expectError(await get(`${base}/data/measurements?m=CPU&granularity=PT1M`), 400, 'INVALID_PARAMETER')
    expectError(await get(`${base}/swap/measurements?granularity=PT1M`), 404, 'DISK_PARTITION_NOT_FOUND')
    await expectSharedChecks(
      g => `/api/atlas/v2/groups/${g}/processes/${primary?.id}/disks/data/measurements?granularity=PT1M`
    )
  })

  it('answers 404 for a process the project does not have, or one named by its userAlias', async () => {
    await start()
    const [primary] = await processes()
    for (const id of ['nowhere.mongodb.net:27017', `${primary?.userAlias}:27017`]) {
      const raw = await get(`${GROUP}/processes/${id}/databases`)
      expectError(raw, 404, 'PROCESS_NOT_FOUND')
      expect((raw.json as { parameters: unknown[] }).parameters).toEqual([id, ATLAS_PROJECT])
    }
    expectError(await get(`${GROUP}/processes/nowhere:27017/disks`), 404, 'PROCESS_NOT_FOUND')
    expectError(
      await get(`${GROUP}/processes/nowhere:27017/disks/data/measurements?granularity=PT1M`),
      404,
      'PROCESS_NOT_FOUND'
    )
  })
})

describe('the monitoring client against the stand-in', () => {
  const quiet = { info() {}, debug() {}, warning() {} }

  it("finds the primary by the connection string's hosts and reads its disk and databases", async () => {
    const fake = await start()
    const transport = new HttpTransport({
      baseUrl: fake.url,
      timeoutMs: 5000,
      userAgent: 'test',
      log: quiet,
      signal: new AbortController().signal,
      sleep: async () => {}
    })
    const session = openSession({ kind: 'access-token', accessToken: ACCESS_TOKEN }, transport, {
      log: quiet,
      onSecret: () => {}
    })
    const reads = new MonitoringClient(session)
    try {
      const hosts = await standardHosts('Dest')
      const all = await reads.processes(ATLAS_PROJECT)
      expect(all).toHaveLength(9)
      const primary = all.find(p => p.typeName === 'REPLICA_PRIMARY' && hosts.includes(p.userAlias ?? ''))
      expect(primary).toMatchObject({ userAlias: hosts[0], replicaSetName: expect.any(String) })
      const id = primary?.id ?? ''
      expect(await reads.disks(ATLAS_PROJECT, id)).toEqual(['data'])
      expect(await reads.freeDiskBytes(ATLAS_PROJECT, id, 'data')).toEqual({ free: 25e9, used: 15e9 })
      expect(await reads.databases(ATLAS_PROJECT, id)).toEqual([
        'admin',
        'config',
        'local',
        'shop',
        'mongosync_reserved_for_internal_use'
      ])
      const error = await reads.disks(ATLAS_PROJECT, 'nowhere.mongodb.net:27017').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ApiError)
      expect((error as ApiError).errorCode).toBe('PROCESS_NOT_FOUND')
      const monitoring = fake.requests.filter(r => r.path.includes('/processes'))
      expect(monitoring.every(r => r.headers.accept === type('2023-01-01'))).toBe(true)
      expect(monitoring.some(r => r.path.includes(`/processes/${id}/`))).toBe(true)
    } finally {
      transport.dispose()
    }
  })
})
