// The pre-flight reads, in process against a scripted Atlas: what each sends, and how each answer
// is read (the cluster's shards and regions, nullable oplog fields, paging, an encoded CIDR).
import { describe, expect, it } from 'vitest'
import { readAllPages } from '../src/clients/reads'
import { ApiError, StepError, UnexpectedAnswerError } from '../src/errors'
import type { Endpoint } from '../src/inputs'
import { PreflightClient } from '../src/preflight/client'
import type { ApiRequest } from '../src/transport/http'
import { ATLAS_ORG, ATLAS_PROJECT as PROJECT } from './helpers/fixtures.ts'
import type { Scripted } from './helpers/in-process.ts'
import { scriptedSession } from './helpers/in-process.ts'

const V2023 = 'application/vnd.atlas.2023-01-01+json'
const V2024 = 'application/vnd.atlas.2024-08-05+json'

/** A client on a scripted session (which ignores the endpoint it is opened on). */
function scripted(answer: (request: ApiRequest) => Scripted) {
  const { open, sent } = scriptedSession(answer)
  const session = open({} as Endpoint)
  return { client: new PreflightClient(session), session, sent }
}

const region = (provider: string, regionName: string, instanceSize: string, scaling = false) => ({
  providerName: provider,
  regionName,
  priority: 7,
  electableSpecs: { instanceSize, diskSizeGB: 40, nodeCount: 3 },
  autoScaling: { diskGB: { enabled: scaling }, compute: { enabled: scaling, scaleDownEnabled: false } }
})

const SHARDED = {
  name: 'dest',
  clusterType: 'SHARDED',
  stateName: 'IDLE',
  paused: false,
  mongoDBVersion: '8.0.29',
  mongoDBMajorVersion: '8.0',
  versionReleaseSystem: 'LTS',
  featureCompatibilityVersion: '8.0',
  biConnector: { enabled: true, readPreference: 'secondary' },
  replicationSpecs: [
    {
      zoneName: 'Zone 1',
      regionConfigs: [region('AWS', 'US_EAST_1', 'M40', true), region('GCP', 'EASTERN_US', 'M40')]
    },
    { zoneName: 'Zone 1', regionConfigs: [region('AWS', 'US_EAST_1', 'M50'), region('AZURE', 'US_EAST_2', 'M50')] }
  ]
}

describe('group', () => {
  it('reads the project at 2023-01-01 and returns its id, org and name', async () => {
    const { client, sent } = scripted(() => ({
      status: 200,
      body: { id: PROJECT, orgId: ATLAS_ORG, name: 'Prod', clusterCount: 2, created: '2026-01-01T00:00:00Z' }
    }))
    expect(await client.group(PROJECT)).toEqual({ id: PROJECT, orgId: ATLAS_ORG, name: 'Prod' })
    expect(sent).toMatchObject([{ method: 'GET', path: `/api/atlas/v2/groups/${PROJECT}`, accept: V2023 }])
  })

  it('refuses a 2xx without orgId as not the API', async () => {
    const { client } = scripted(() => ({ status: 200, body: { id: PROJECT, name: 'Prod' } }))
    await expect(client.group(PROJECT)).rejects.toThrow(UnexpectedAnswerError)
    await expect(client.group(PROJECT)).rejects.toThrow(/'orgId'.*check base-url/)
  })
})

describe('cluster', () => {
  it('reads at 2024-08-05 and flattens 2 shards of 2 regions into 4 rows', async () => {
    const { client, sent } = scripted(() => ({ status: 200, body: SHARDED }))
    const cluster = await client.cluster(PROJECT, 'dest')
    expect(sent).toMatchObject([
      { method: 'GET', path: `/api/atlas/v2/groups/${PROJECT}/clusters/dest`, accept: V2024 }
    ])
    expect(cluster).toMatchObject({
      name: 'dest',
      clusterType: 'SHARDED',
      stateName: 'IDLE',
      paused: false,
      mongoDBVersion: '8.0.29',
      mongoDBMajorVersion: '8.0',
      versionReleaseSystem: 'LTS',
      featureCompatibilityVersion: '8.0',
      biConnectorEnabled: true,
      shards: 2
    })
    expect(cluster.featureCompatibilityVersionExpirationDate).toBeUndefined()
    expect(cluster.regions.map(r => `${r.provider}/${r.region}/${r.instanceSize}`)).toEqual([
      'AWS/US_EAST_1/M40',
      'GCP/EASTERN_US/M40',
      'AWS/US_EAST_1/M50',
      'AZURE/US_EAST_2/M50'
    ])
    expect(cluster.regions[0]).toEqual({
      provider: 'AWS',
      region: 'US_EAST_1',
      instanceSize: 'M40',
      diskSizeGB: 40,
      effectiveInstanceSize: undefined,
      diskAutoScaling: true,
      computeAutoScaling: true
    })
    expect(cluster.regions[1]).toMatchObject({ diskAutoScaling: false, computeAutoScaling: false })
    expect(Object.keys(cluster)).not.toContain('replicationSpecs')
  })

  it("reads a TENANT cluster's effectiveInstanceSize", async () => {
    const tenant = {
      name: 'free',
      clusterType: 'REPLICASET',
      replicationSpecs: [
        {
          regionConfigs: [
            {
              providerName: 'TENANT',
              backingProviderName: 'AWS',
              regionName: 'US_EAST_1',
              electableSpecs: { instanceSize: 'M0', effectiveInstanceSize: 'M0', diskSizeGB: 0.5 }
            }
          ]
        }
      ]
    }
    const { client } = scripted(() => ({ status: 200, body: tenant }))
    const cluster = await client.cluster(PROJECT, 'free')
    expect(cluster.shards).toBe(1)
    expect(cluster.biConnectorEnabled).toBeUndefined()
    expect(cluster.regions).toEqual([
      {
        provider: 'TENANT',
        region: 'US_EAST_1',
        instanceSize: 'M0',
        diskSizeGB: 0.5,
        effectiveInstanceSize: 'M0',
        diskAutoScaling: false,
        computeAutoScaling: false
      }
    ])
  })

  it('reads an answer without replicationSpecs as no regions and no shard count', async () => {
    const { client } = scripted(() => ({ status: 200, body: { name: 'dest', paused: 'yes' } }))
    const cluster = await client.cluster(PROJECT, 'dest')
    expect(cluster).toMatchObject({ name: 'dest', regions: [] })
    expect(cluster.shards).toBeUndefined()
    expect(cluster.paused).toBeUndefined()
  })

  it('refuses a 2xx without name as not the API', async () => {
    const { client } = scripted(() => ({ status: 200, body: { clusterType: 'REPLICASET' } }))
    await expect(client.cluster(PROJECT, 'dest')).rejects.toThrow(UnexpectedAnswerError)
  })

  it("lets the API's 404 through as an ApiError", async () => {
    const { client } = scripted(() => ({
      status: 404,
      body: { error: 404, errorCode: 'CLUSTER_NOT_FOUND', detail: 'No cluster named dest exists.' }
    }))
    const error = await client.cluster(PROJECT, 'dest').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 404, errorCode: 'CLUSTER_NOT_FOUND' })
  })
})

describe('processArgs', () => {
  const args = async (body: unknown) => {
    const { client, sent } = scripted(() => ({ status: 200, body }))
    return { result: await client.processArgs(PROJECT, 'dest'), sent }
  }

  it('reads at 2024-08-05 and keeps the nulls of an untouched cluster', async () => {
    const { result, sent } = await args({ noTableScan: false, oplogSizeMB: null, oplogMinRetentionHours: null })
    expect(sent).toMatchObject([
      { method: 'GET', path: `/api/atlas/v2/groups/${PROJECT}/clusters/dest/processArgs`, accept: V2024 }
    ])
    expect(result).toEqual({ noTableScan: false, oplogSizeMB: null, oplogMinRetentionHours: null })
  })

  it('reads absent fields as null, and fixed values as numbers', async () => {
    expect((await args({})).result).toEqual({ noTableScan: undefined, oplogSizeMB: null, oplogMinRetentionHours: null })
    const fixed = await args({ noTableScan: true, oplogSizeMB: 51200, oplogMinRetentionHours: 24.5 })
    expect(fixed.result).toEqual({ noTableScan: true, oplogSizeMB: 51200, oplogMinRetentionHours: 24.5 })
  })

  it('refuses a 2xx that is not a JSON object', async () => {
    await expect(args([])).rejects.toThrow(/was not a JSON object/)
  })
})

describe('accessList and readAllPages', () => {
  const entries = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      ipAddress: `10.0.${Math.floor((from + i) / 256)}.${(from + i) % 256}`,
      cidrBlock: `10.0.${Math.floor((from + i) / 256)}.${(from + i) % 256}/32`,
      groupId: PROJECT
    }))

  it('follows pages of 500 until a short page, whatever totalCount says', async () => {
    const sizes = [500, 500, 3]
    const { client, sent } = scripted(request => {
      const page = Number(/pageNum=(\d+)/.exec(request.path)?.[1])
      return { status: 200, body: { results: entries((page - 1) * 500, sizes[page - 1] ?? 0), totalCount: 500 } }
    })
    const list = await client.accessList(PROJECT)
    expect(sent.map(r => r.path)).toEqual(
      [1, 2, 3].map(n => `/api/atlas/v2/groups/${PROJECT}/accessList?itemsPerPage=500&pageNum=${n}`)
    )
    expect(sent.every(r => r.method === 'GET' && r.accept === V2023)).toBe(true)
    expect(list).toHaveLength(1003)
    expect(list[1002]).toEqual({ ipAddress: '10.0.3.234', cidrBlock: '10.0.3.234/32' })
  })

  it('keeps the comment, security group and expiry of an entry', async () => {
    const entry = { awsSecurityGroup: 'sg-903004f8', comment: 'hosts', deleteAfterDate: '2026-08-10T03:08:14Z' }
    const { client } = scripted(() => ({ status: 200, body: { results: [entry], totalCount: 1 } }))
    expect(await client.accessList(PROJECT)).toMatchObject([entry])
  })

  it('stops with an error after 20 full pages', async () => {
    const { client, sent } = scripted(request => {
      const page = Number(/pageNum=(\d+)/.exec(request.path)?.[1])
      return { status: 200, body: { results: entries(page * 500, 500) } }
    })
    const error = await client.accessList(PROJECT).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StepError)
    expect(String(error)).toMatch(/List IP access list: stopped after 20 full pages of 500 \(10000 entries\)/)
    expect(sent).toHaveLength(20)
  })

  it('adds its paging to a query the path already has, and refuses a page without results', async () => {
    const { session, sent } = scripted(request =>
      request.path.endsWith('pageNum=2')
        ? { status: 200, body: { totalCount: 0 } }
        : { status: 200, body: { results: [1, 2] } }
    )
    const request = { operation: 'List events', method: 'GET', path: '/x/events?eventType=A', accept: V2023 } as const
    await expect(readAllPages(session, request, { itemsPerPage: 2 })).rejects.toThrow(
      /List events: HTTP 200 from GET \/x\/events did not carry 'results'/
    )
    expect(sent.map(r => r.path)).toEqual([
      '/x/events?eventType=A&itemsPerPage=2&pageNum=1',
      '/x/events?eventType=A&itemsPerPage=2&pageNum=2'
    ])
  })
})

describe('accessListStatus', () => {
  it("sends a CIDR with '/' as %2F and returns the upper-case STATUS", async () => {
    const { client, sent } = scripted(() => ({ status: 200, body: { STATUS: 'PENDING' } }))
    expect(await client.accessListStatus(PROJECT, '192.168.0.0/24')).toBe('PENDING')
    expect(sent).toMatchObject([
      { method: 'GET', path: `/api/atlas/v2/groups/${PROJECT}/accessList/192.168.0.0%2F24/status`, accept: V2023 }
    ])
  })

  it("keeps an IPv6 address's colons and an sg- value as they are", async () => {
    const { client, sent } = scripted(() => ({ status: 200, body: { STATUS: 'ACTIVE' } }))
    await client.accessListStatus(PROJECT, '2001:db8::/58')
    await client.accessListStatus(PROJECT, 'sg-903004f8')
    expect(sent.map(r => r.path.split('/')[7])).toEqual(['2001:db8::%2F58', 'sg-903004f8'])
  })

  it('refuses a lower-case status key as not the API', async () => {
    const { client } = scripted(() => ({ status: 200, body: { status: 'ACTIVE' } }))
    await expect(client.accessListStatus(PROJECT, '10.0.0.1')).rejects.toThrow(/did not carry 'STATUS'/)
  })
})

describe('events', () => {
  const IMPORTS = ['CLUSTER_IMPORT_STARTED', 'CLUSTER_IMPORT_COMPLETED']
  const event = (n: number, extra: Record<string, unknown> = {}) => ({
    id: n.toString(16).padStart(24, '0'),
    created: `2026-08-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00Z`,
    eventTypeName: 'CLUSTER_IMPORT_STARTED',
    groupId: PROJECT,
    isGlobalAdmin: false,
    ...extra
  })

  it('repeats eventType, sends minDate, reads every page at 2023-01-01', async () => {
    const { client, sent } = scripted(request => {
      const page = Number(/pageNum=(\d+)/.exec(request.path)?.[1])
      const results = Array.from({ length: page === 1 ? 500 : 2 }, (_, i) => event((page - 1) * 500 + i))
      return { status: 200, body: { links: [], results, totalCount: 3 } }
    })
    const events = await client.events(PROJECT, { eventTypes: IMPORTS, minDate: '2026-07-01T00:00:00Z' })
    const query = 'eventType=CLUSTER_IMPORT_STARTED&eventType=CLUSTER_IMPORT_COMPLETED&minDate=2026-07-01T00:00:00Z'
    expect(sent.map(r => r.path)).toEqual(
      [1, 2].map(n => `/api/atlas/v2/groups/${PROJECT}/events?${query}&itemsPerPage=500&pageNum=${n}`)
    )
    expect(sent.every(r => r.method === 'GET' && r.accept === V2023)).toBe(true)
    expect(events).toHaveLength(502)
    expect(events[501]).toEqual({
      id: (501).toString(16).padStart(24, '0'),
      created: '2026-08-26T10:00:00Z',
      eventTypeName: 'CLUSTER_IMPORT_STARTED'
    })
  })

  it("keeps an event's undeclared clusterName, and the answer's order", async () => {
    const results = [
      event(2, { eventTypeName: 'CLUSTER_IMPORT_COMPLETED', clusterName: 'dest' }),
      event(1, { clusterName: '' }),
      event(0, { raw: { clusterName: 'x' } })
    ]
    const { client, sent } = scripted(() => ({ status: 200, body: { results } }))
    const events = await client.events(PROJECT, { eventTypes: [], minDate: '2026-07-01T02:00:00+02:00' })
    expect(sent[0]?.path).toBe(
      `/api/atlas/v2/groups/${PROJECT}/events?minDate=2026-07-01T02:00:00%2B02:00&itemsPerPage=500&pageNum=1`
    )
    expect(events.map(e => e.clusterName)).toEqual(['dest', undefined, undefined])
    expect(events[0]).toEqual({
      id: results[0]?.id,
      created: '2026-08-03T10:00:00Z',
      eventTypeName: 'CLUSTER_IMPORT_COMPLETED',
      clusterName: 'dest'
    })
    expect(events[1]).not.toHaveProperty('clusterName')
    expect(events[2]).not.toHaveProperty('clusterName')
  })

  it('refuses an event without created or eventTypeName as not the API', async () => {
    const { created: _, ...undated } = event(1)
    const { client } = scripted(() => ({ status: 200, body: { results: [event(2), undated] } }))
    const error = await client
      .events(PROJECT, { eventTypes: IMPORTS, minDate: '2026-07-01T00:00:00Z' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnexpectedAnswerError)
    expect(String(error)).toMatch(/List project events: an event did not carry 'created' as a string\..*check base-url/)
    const nameless = scripted(() => ({ status: 200, body: { results: [{ ...event(3), eventTypeName: null }] } }))
    await expect(nameless.client.events(PROJECT, { eventTypes: [], minDate: '2026-07-01T00:00:00Z' })).rejects.toThrow(
      /did not carry 'eventTypeName'/
    )
  })
})

describe('maintenanceWindow', () => {
  const PATH = `/api/atlas/v2/groups/${PROJECT}/maintenanceWindow`
  const window = async (body: unknown) => {
    const { client, sent } = scripted(() => ({ status: 200, body }))
    return { result: await client.maintenanceWindow(PROJECT), sent }
  }

  it('reads at 2023-01-01, not the preview type, and keeps the fields the checks use', async () => {
    const { result, sent } = await window({
      autoDeferOnceEnabled: true,
      dayOfWeek: 7,
      hourOfDay: 0,
      numberOfDeferrals: 1,
      protectedHours: { endHourOfDay: 18, startHourOfDay: 9 },
      startASAP: false,
      timeZoneId: 'Europe/Berlin'
    })
    expect(sent).toMatchObject([{ method: 'GET', path: PATH, accept: V2023 }])
    expect(sent[0]?.accept).not.toMatch(/preview/)
    expect(result).toEqual({
      dayOfWeek: 7,
      hourOfDay: 0,
      startASAP: false,
      timeZoneId: 'Europe/Berlin',
      autoDeferOnceEnabled: true
    })
  })

  it('needs only dayOfWeek', async () => {
    expect((await window({ dayOfWeek: 1 })).result).toEqual({
      dayOfWeek: 1,
      hourOfDay: undefined,
      startASAP: undefined,
      timeZoneId: undefined,
      autoDeferOnceEnabled: undefined
    })
  })

  it('refuses an answer without dayOfWeek as a day 1 to 7', async () => {
    for (const body of [{ hourOfDay: 3 }, { dayOfWeek: 0 }, { dayOfWeek: 8 }, { dayOfWeek: '2' }, { dayOfWeek: 2.5 }]) {
      const error = await window(body).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UnexpectedAnswerError)
      expect(String(error)).toMatch(
        new RegExp(`Read maintenance window: HTTP 200 from GET \\S*${PATH} did not carry 'dayOfWeek' as a day 1 to 7`)
      )
    }
    await expect(window([])).rejects.toThrow(/was not a JSON object/)
  })
})
