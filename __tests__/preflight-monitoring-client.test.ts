// The monitoring pre-flight reads, in process against a scripted Atlas: the paths and media type each
// sends, the processId kept with its ':', paging, and the newest measured value.
import { describe, expect, it } from 'vitest'
import { MonitoringClient } from '../src/clients/monitoring'
import { ApiError, UnexpectedAnswerError } from '../src/errors'
import type { Endpoint } from '../src/inputs'
import type { ApiRequest } from '../src/transport/http'
import { ATLAS_PROJECT as PROJECT } from './helpers/fixtures.ts'
import type { Scripted } from './helpers/in-process.ts'
import { scriptedSession } from './helpers/in-process.ts'

const V2023 = 'application/vnd.atlas.2023-01-01+json'
const GROUP = `/api/atlas/v2/groups/${PROJECT}`
const PROCESS = 'atlas-qgu1cy-shard-00-00.ab1cd.mongodb.net:27017'

function scripted(answer: (request: ApiRequest) => Scripted) {
  const { open, sent } = scriptedSession(answer)
  return { client: new MonitoringClient(open({} as Endpoint)), sent }
}

const points = (...values: (number | null)[]) =>
  values.map((value, i) => ({ timestamp: `2026-05-04T10:0${i}:00Z`, value }))

describe('processes', () => {
  it('reads every page at 2023-01-01 and keeps what the checks need', async () => {
    const primary = {
      created: '2026-01-05T10:05:00Z',
      hostname: 'atlas-qgu1cy-shard-00-00.ab1cd.mongodb.net',
      id: PROCESS,
      port: 27017,
      replicaSetName: 'atlas-qgu1cy-shard-0',
      typeName: 'REPLICA_PRIMARY',
      userAlias: 'metrics-shard-00-00.ab1cd.mongodb.net',
      version: '8.0.29'
    }
    const filler = Array.from({ length: 499 }, (_, i) => ({ ...primary, id: `h${i}.ab1cd.mongodb.net:27017` }))
    const pages = [[primary, ...filler], [{ id: 'mongos.ab1cd.mongodb.net:27016', typeName: 'SHARD_MONGOS' }]]
    const { client, sent } = scripted(request => ({
      status: 200,
      body: { results: pages[Number(/pageNum=(\d+)/.exec(request.path)?.[1]) - 1] ?? [], totalCount: 501 }
    }))
    const processes = await client.processes(PROJECT)
    expect(sent.map(r => r.path)).toEqual([1, 2].map(n => `${GROUP}/processes?itemsPerPage=500&pageNum=${n}`))
    expect(sent.every(r => r.method === 'GET' && r.accept === V2023)).toBe(true)
    expect(processes).toHaveLength(501)
    expect(processes[0]).toEqual({
      id: PROCESS,
      hostname: 'atlas-qgu1cy-shard-00-00.ab1cd.mongodb.net',
      userAlias: 'metrics-shard-00-00.ab1cd.mongodb.net',
      typeName: 'REPLICA_PRIMARY',
      replicaSetName: 'atlas-qgu1cy-shard-0',
      shardName: undefined,
      version: '8.0.29'
    })
    expect(processes[500]).toMatchObject({ id: 'mongos.ab1cd.mongodb.net:27016', typeName: 'SHARD_MONGOS' })
  })

  it('refuses a process without id, and a page without results, as not the API', async () => {
    const { client } = scripted(request =>
      request.path.includes(PROJECT)
        ? { status: 200, body: { results: [{ hostname: 'h' }] } }
        : { status: 200, body: {} }
    )
    await expect(client.processes(PROJECT)).rejects.toThrow(/a process did not carry 'id'/)
    await expect(client.processes('0'.repeat(24))).rejects.toBeInstanceOf(UnexpectedAnswerError)
  })
})

describe('disks and databases', () => {
  it("reads the partition names on the process path, its ':' kept bare", async () => {
    const { client, sent } = scripted(() => ({
      status: 200,
      body: { results: [{ links: [], partitionName: 'data' }] }
    }))
    expect(await client.disks(PROJECT, PROCESS)).toEqual(['data'])
    expect(sent).toMatchObject([
      { method: 'GET', path: `${GROUP}/processes/${PROCESS}/disks?itemsPerPage=500&pageNum=1`, accept: V2023 }
    ])
  })

  it('reads the database names, every page, and refuses one without a name', async () => {
    const { client, sent } = scripted(request =>
      request.path.includes('odd')
        ? { status: 200, body: { results: [{ databaseName: 7 }] } }
        : {
            status: 200,
            body: { results: [{ databaseName: 'config' }, { databaseName: 'local' }, { databaseName: 'shop' }] }
          }
    )
    expect(await client.databases(PROJECT, PROCESS)).toEqual(['config', 'local', 'shop'])
    expect(sent[0]?.path).toBe(`${GROUP}/processes/${PROCESS}/databases?itemsPerPage=500&pageNum=1`)
    expect(sent[0]?.accept).toBe(V2023)
    await expect(client.databases(PROJECT, 'odd:27017')).rejects.toThrow(/a database did not carry 'databaseName'/)
  })

  it('lets a 404 through as an API error', async () => {
    const { client } = scripted(() => ({
      status: 404,
      body: { detail: 'No process.', error: 404, errorCode: 'PROCESS_NOT_FOUND', parameters: [], reason: 'Not Found' }
    }))
    const error = await client.disks(PROJECT, PROCESS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(404)
  })
})

describe('freeDiskBytes', () => {
  it('asks for free and used space at PT1M over PT10M and takes the newest non-null value of each', async () => {
    const { client, sent } = scripted(() => ({
      status: 200,
      body: {
        granularity: 'PT1M',
        measurements: [
          { name: 'DISK_PARTITION_SPACE_USED', units: 'BYTES', dataPoints: points(1e9, 2e9, null) },
          { name: 'DISK_PARTITION_SPACE_FREE', units: 'BYTES', dataPoints: points(9e9, 8e9, null) }
        ],
        partitionName: 'data',
        processId: PROCESS
      }
    }))
    expect(await client.freeDiskBytes(PROJECT, PROCESS, 'data')).toEqual({ free: 8e9, used: 2e9 })
    expect(sent).toHaveLength(1)
    const url = new URL(sent[0]?.path ?? '', 'http://x')
    expect(url.pathname).toBe(`${GROUP}/processes/${PROCESS}/disks/data/measurements`)
    expect(url.searchParams.getAll('m')).toEqual(['DISK_PARTITION_SPACE_FREE', 'DISK_PARTITION_SPACE_USED'])
    expect(url.searchParams.get('granularity')).toBe('PT1M')
    expect(url.searchParams.get('period')).toBe('PT10M')
    expect(sent[0]?.accept).toBe(V2023)
  })

  it('takes the newest by timestamp, encodes an odd partition name, and leaves out what was not measured', async () => {
    const { client, sent } = scripted(() => ({
      status: 200,
      body: {
        measurements: [
          {
            name: 'DISK_PARTITION_SPACE_FREE',
            dataPoints: [
              { timestamp: '2026-05-04T10:09:00Z', value: 5e9 },
              { timestamp: '2026-05-04T10:01:00Z', value: 7e9 },
              { timestamp: '2026-05-04T10:10:00Z', value: 'x' }
            ]
          },
          { name: 'DISK_PARTITION_SPACE_USED', dataPoints: points(null, null) }
        ]
      }
    }))
    expect(await client.freeDiskBytes(PROJECT, PROCESS, 'nvme 1/a')).toEqual({ free: 5e9 })
    expect(sent[0]?.path).toContain('/disks/nvme%201%2Fa/measurements?')
  })

  it('answers {} without measurements, and refuses a body that is not an object', async () => {
    const { client } = scripted(request =>
      request.path.includes('/disks/data/') ? { status: 200, body: { measurements: [] } } : { status: 200, body: [] }
    )
    expect(await client.freeDiskBytes(PROJECT, PROCESS, 'data')).toEqual({})
    await expect(client.freeDiskBytes(PROJECT, PROCESS, 'other')).rejects.toThrow(/was not a JSON object/)
  })
})
