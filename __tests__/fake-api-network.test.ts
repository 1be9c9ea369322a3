// The stand-in's network pre-flight reads: the private endpoint services and one endpoint of one,
// the peering connections and their containers, in each provider's shape of MongoDB's spec; and the
// network client reading them back over HTTP.

import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../src/errors'
import { PreflightNetworkClient } from '../src/preflight/network-client'
import { HttpTransport } from '../src/transport/http'
import { openSession } from '../src/transport/session'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { ACCESS_TOKEN, ATLAS_PROJECT, startFakeApi } from './helpers/fixtures'
import { expectApiError, type RawAnswer, rawGet } from './helpers/raw-api.ts'

const OTHER_PROJECT = '1b2c3d4e5f6a7b8c9d0e1f2a'
const MISSING = '111111111111111111111111'
const GROUP = `/api/atlas/v2/groups/${ATLAS_PROJECT}`
const SERVICES = `${GROUP}/privateEndpoint`
const type = (date: string) => `application/vnd.atlas.${date}+json`
const AWS_SERVICE = 'aaaaaaaaaaaaaaaaaaaaaaaa'
const AZURE_SERVICE = 'bbbbbbbbbbbbbbbbbbbbbbbb'
const GCP_SERVICE = 'cccccccccccccccccccccccc'
const AZURE_ENDPOINT =
  '/subscriptions/19265b6b-1234-4321-9876-0123456789ab/resourceGroups/rg-app/providers/Microsoft.Network/privateEndpoints/pe-mig'
const AWS_CONTAINER = '5e6f7a8b9c0d1e2f3a4b5c6d'
const AZURE_CONTAINER = '6f7a8b9c0d1e2f3a4b5c6d7e'
const GCP_CONTAINER = '7a8b9c0d1e2f3a4b5c6d7e8f'

const NETWORK: FakeApiOptions = {
  endpointServices: {
    [ATLAS_PROJECT]: [
      {
        id: AWS_SERVICE,
        regionName: 'EU_WEST_1',
        endpoints: [
          { id: 'vpce-0123456789abcdef0' },
          { id: 'vpce-0fedcba9876543210', status: 'PENDING_ACCEPTANCE', deleteRequested: true }
        ]
      },
      { id: AZURE_SERVICE, cloudProvider: 'AZURE', regionName: 'US_EAST_2', endpoints: [{ id: AZURE_ENDPOINT }] },
      { id: GCP_SERVICE, cloudProvider: 'GCP', status: 'FAILED', endpoints: [{ id: 'psc-group', status: 'VERIFIED' }] },
      { endpoints: [] }
    ]
  },
  peers: {
    [ATLAS_PROJECT]: [
      { containerId: AWS_CONTAINER, routeTableCidrBlock: '10.1.0.0/16' },
      { containerId: AZURE_CONTAINER, providerName: 'AZURE', status: 'ADDING_PEER' },
      { containerId: GCP_CONTAINER, providerName: 'GCP' },
      { containerId: AWS_CONTAINER, status: 'PENDING_ACCEPTANCE' }
    ]
  },
  containers: {
    [ATLAS_PROJECT]: [
      { id: AWS_CONTAINER },
      { id: AZURE_CONTAINER, providerName: 'AZURE', regionName: 'US_EAST_2', atlasCidrBlock: '10.2.0.0/21' },
      { id: GCP_CONTAINER, providerName: 'GCP', regionName: 'EASTERN_US', atlasCidrBlock: '10.3.0.0/18' }
    ]
  }
}

let api: FakeApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

async function start(options: FakeApiOptions = NETWORK): Promise<FakeApi> {
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

/** The checks every network read shares: 406 on another date, 404 GROUP_NOT_FOUND, 401 without credentials. */
async function expectSharedChecks(path: (groupId: string) => string): Promise<void> {
  expectError(await get(path(ATLAS_PROJECT), '2024-08-05'), 406, 'INVALID_VERSION_DATE')
  const missing = await get(path(MISSING))
  expectError(missing, 404, 'GROUP_NOT_FOUND', `No group with ID ${MISSING} exists.`)
  const anonymous = await fetch(`${api?.url}${path(ATLAS_PROJECT)}`, { headers: { accept: type('2023-01-01') } })
  expect(anonymous.status).toBe(401)
}

describe('listGroupPrivateEndpointEndpointService', () => {
  it("answers a bare array of the provider's services, AWS with interfaceEndpoints", async () => {
    await start()
    const raw = await get(`${SERVICES}/AWS/endpointService`)
    expect(raw.status).toBe(200)
    expect(raw.headers.get('content-type')).toBe(`${type('2023-01-01')};charset=utf-8`)
    expect(Array.isArray(raw.json)).toBe(true)
    const [own, defaulted, ...rest] = raw.json as Record<string, unknown>[]
    expect(rest).toEqual([])
    expect(own).toMatchObject({
      cloudProvider: 'AWS',
      errorMessage: null,
      id: AWS_SERVICE,
      interfaceEndpoints: ['vpce-0123456789abcdef0', 'vpce-0fedcba9876543210'],
      regionName: 'EU_WEST_1',
      status: 'AVAILABLE'
    })
    expect(own?.endpointServiceName).toMatch(/^com\.amazonaws\.vpce\.eu-west-1\.vpce-svc-/)
    expect(own).not.toHaveProperty('privateEndpoints')
    expect(Object.keys(own ?? {})).toEqual([...Object.keys(own ?? {})].sort())
    expect(defaulted).toMatchObject({ cloudProvider: 'AWS', regionName: 'US_EAST_1', status: 'AVAILABLE' })
    expect(defaulted?.id).toMatch(/^[0-9a-f]{24}$/)
    expect((await get(`${SERVICES}/AWS/endpointService`)).json).toEqual(raw.json)
  })

  it("shows Azure's privateEndpoints and GCP's endpointGroupNames, and a FAILED service's errorMessage", async () => {
    await start()
    const azure = (await get(`${SERVICES}/AZURE/endpointService`)).json as Record<string, unknown>[]
    expect(azure).toHaveLength(1)
    expect(azure[0]).toMatchObject({ cloudProvider: 'AZURE', id: AZURE_SERVICE, privateEndpoints: [AZURE_ENDPOINT] })
    expect(azure[0]).not.toHaveProperty('interfaceEndpoints')
    const gcp = (await get(`${SERVICES}/GCP/endpointService`)).json as Record<string, unknown>[]
    expect(gcp).toMatchObject([{ cloudProvider: 'GCP', endpointGroupNames: ['psc-group'], status: 'FAILED' }])
    expect(gcp[0]?.errorMessage).toEqual(expect.any(String))
  })

  it('answers [] for a project without services, 400 for another provider, and the shared checks', async () => {
    await start()
    expect((await get(`/api/atlas/v2/groups/${OTHER_PROJECT}/privateEndpoint/AWS/endpointService`)).json).toEqual([])
    expectError(await get(`${SERVICES}/TENANT/endpointService`), 400, 'INVALID_ENUM_VALUE')
    await expectSharedChecks(g => `/api/atlas/v2/groups/${g}/privateEndpoint/AWS/endpointService`)
  })
})

describe('getGroupPrivateEndpointEndpointServiceEndpoint', () => {
  const endpoint = (provider: string, service: string, id: string) =>
    `${SERVICES}/${provider}/endpointService/${service}/endpoint/${id}`

  it("answers AWS's connectionStatus and deleteRequested", async () => {
    await start()
    const available = await get(endpoint('AWS', AWS_SERVICE, 'vpce-0123456789abcdef0'))
    expect(available.status).toBe(200)
    expect(available.json).toEqual({
      cloudProvider: 'AWS',
      connectionStatus: 'AVAILABLE',
      deleteRequested: false,
      errorMessage: null,
      interfaceEndpointId: 'vpce-0123456789abcdef0'
    })
    const pending = await get(endpoint('AWS', AWS_SERVICE, 'vpce-0fedcba9876543210'))
    expect(pending.json).toMatchObject({ connectionStatus: 'PENDING_ACCEPTANCE', deleteRequested: true })
    expect(pending.json).not.toHaveProperty('status')
  })

  it("finds an Azure endpoint by its URL-encoded path and answers its status; GCP's too", async () => {
    await start()
    const azure = await get(endpoint('AZURE', AZURE_SERVICE, encodeURIComponent(AZURE_ENDPOINT)))
    expect(azure.status).toBe(200)
    expect(azure.json).toMatchObject({
      cloudProvider: 'AZURE',
      deleteRequested: false,
      privateEndpointResourceId: AZURE_ENDPOINT,
      status: 'AVAILABLE'
    })
    expect(azure.json).not.toHaveProperty('connectionStatus')
    const gcp = await get(endpoint('GCP', GCP_SERVICE, 'psc-group'))
    expect(gcp.json).toMatchObject({ cloudProvider: 'GCP', endpointGroupName: 'psc-group', status: 'VERIFIED' })
  })

  it('answers 404 for an unknown service, one of another provider, or an unknown endpoint', async () => {
    await start()
    const noService = await get(endpoint('AWS', MISSING, 'vpce-0123456789abcdef0'))
    expectError(noService, 404, 'PRIVATE_ENDPOINT_SERVICE_NOT_FOUND')
    expect((noService.json as Record<string, unknown>).parameters).toEqual([MISSING, ATLAS_PROJECT])
    expectError(
      await get(endpoint('AZURE', AWS_SERVICE, 'vpce-0123456789abcdef0')),
      404,
      'PRIVATE_ENDPOINT_SERVICE_NOT_FOUND'
    )
    expectError(await get(endpoint('AWS', AWS_SERVICE, 'vpce-ffffffffffffffff0')), 404, 'PRIVATE_ENDPOINT_NOT_FOUND')
    // The Azure path unencoded has more segments: not this call at all.
    expectError(await get(endpoint('AZURE', AZURE_SERVICE, AZURE_ENDPOINT)), 404, 'RESOURCE_NOT_FOUND')
    await expectSharedChecks(
      g => `/api/atlas/v2/groups/${g}/privateEndpoint/AWS/endpointService/${AWS_SERVICE}/endpoint/vpce-1`
    )
  })
})

describe('listGroupPeers', () => {
  it("answers one provider's peerings a page at a time, AWS with statusName", async () => {
    await start()
    const all = await get(`${GROUP}/peers`)
    expect(all.status).toBe(200)
    const body = all.json as { results: Record<string, unknown>[]; totalCount: number; links: unknown[] }
    expect(body.totalCount).toBe(2)
    expect(body.results).toMatchObject([
      { containerId: AWS_CONTAINER, providerName: 'AWS', routeTableCidrBlock: '10.1.0.0/16', statusName: 'AVAILABLE' },
      {
        containerId: AWS_CONTAINER,
        providerName: 'AWS',
        routeTableCidrBlock: '10.0.0.0/16',
        statusName: 'PENDING_ACCEPTANCE'
      }
    ])
    expect(body.results[0]).not.toHaveProperty('status')
    expect(body.results[0]?.id).toMatch(/^[0-9a-f]{24}$/)
    expect(body.results[0]?.id).not.toBe(body.results[1]?.id)
    const second = (await get(`${GROUP}/peers?providerName=AWS&itemsPerPage=1&pageNum=2`)).json
    expect(second).toMatchObject({ results: [{ statusName: 'PENDING_ACCEPTANCE' }], totalCount: 2 })
    expect((second as { results: unknown[] }).results).toHaveLength(1)
  })

  it('answers Azure and GCP peerings with status, and 400 for another provider', async () => {
    await start()
    const azure = (await get(`${GROUP}/peers?providerName=AZURE`)).json as { results: Record<string, unknown>[] }
    expect(azure.results).toMatchObject([
      { containerId: AZURE_CONTAINER, providerName: 'AZURE', status: 'ADDING_PEER' }
    ])
    expect(azure.results[0]).not.toHaveProperty('statusName')
    expect(azure.results[0]).not.toHaveProperty('routeTableCidrBlock')
    const gcp = (await get(`${GROUP}/peers?providerName=GCP`)).json as { results: Record<string, unknown>[] }
    expect(gcp.results).toMatchObject([{ containerId: GCP_CONTAINER, providerName: 'GCP', status: 'AVAILABLE' }])
    expectError(await get(`${GROUP}/peers?providerName=aws`), 400, 'INVALID_ENUM_VALUE')
    expectError(await get(`${GROUP}/peers?itemsPerPage=501`), 400, 'INVALID_PARAMETER')
    await expectSharedChecks(g => `/api/atlas/v2/groups/${g}/peers`)
  })
})

describe('listGroupContainerAll', () => {
  it("answers every provider's containers, each with its region where the spec keeps it", async () => {
    await start()
    const raw = await get(`${GROUP}/containers/all`)
    expect(raw.status).toBe(200)
    const { results, totalCount } = raw.json as { results: Record<string, unknown>[]; totalCount: number }
    expect(totalCount).toBe(3)
    expect(results[0]).toMatchObject({
      atlasCidrBlock: '192.168.248.0/21',
      id: AWS_CONTAINER,
      providerName: 'AWS',
      provisioned: true,
      regionName: 'US_EAST_1'
    })
    expect(results[1]).toMatchObject({ atlasCidrBlock: '10.2.0.0/21', providerName: 'AZURE', region: 'US_EAST_2' })
    expect(results[1]).not.toHaveProperty('regionName')
    expect(results[2]).toMatchObject({ providerName: 'GCP', regions: ['EASTERN_US'] })
    expect(results[2]).not.toHaveProperty('regionName')
    const page2 = (await get(`${GROUP}/containers/all?itemsPerPage=2&pageNum=2`)).json as { results: { id: string }[] }
    expect(page2.results.map(c => c.id)).toEqual([GCP_CONTAINER])
  })

  it('answers an empty page for a project without containers, and the shared checks', async () => {
    await start()
    expect((await get(`/api/atlas/v2/groups/${OTHER_PROJECT}/containers/all`)).json).toMatchObject({
      results: [],
      totalCount: 0
    })
    await expectSharedChecks(g => `/api/atlas/v2/groups/${g}/containers/all`)
  })
})

describe('the network client against the stand-in', () => {
  const quiet = { info() {}, debug() {}, warning() {} }

  async function client(): Promise<{ reads: PreflightNetworkClient; dispose: () => Promise<void> }> {
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
    return { reads: new PreflightNetworkClient(session), dispose: async () => transport.dispose() }
  }

  it('reads services, an Azure endpoint by its resource path, peerings and containers', async () => {
    const { reads, dispose } = await client()
    try {
      const services = await reads.endpointServices(ATLAS_PROJECT, 'AZURE')
      expect(services).toEqual([
        {
          id: AZURE_SERVICE,
          cloudProvider: 'AZURE',
          regionName: 'US_EAST_2',
          status: 'AVAILABLE',
          errorMessage: null,
          endpointIds: [AZURE_ENDPOINT]
        }
      ])
      expect(await reads.endpoint(ATLAS_PROJECT, 'AZURE', AZURE_SERVICE, AZURE_ENDPOINT)).toEqual({
        status: 'AVAILABLE',
        deleteRequested: false,
        errorMessage: null
      })
      expect(await reads.endpoint(ATLAS_PROJECT, 'AWS', AWS_SERVICE, 'vpce-0fedcba9876543210')).toMatchObject({
        status: 'PENDING_ACCEPTANCE',
        deleteRequested: true
      })
      expect(await reads.peers(ATLAS_PROJECT, 'AWS')).toMatchObject([
        { containerId: AWS_CONTAINER, status: 'AVAILABLE', routeTableCidrBlock: '10.1.0.0/16' },
        { containerId: AWS_CONTAINER, status: 'PENDING_ACCEPTANCE' }
      ])
      expect(await reads.peers(ATLAS_PROJECT, 'GCP')).toMatchObject([
        { containerId: GCP_CONTAINER, status: 'AVAILABLE' }
      ])
      expect(await reads.containers(ATLAS_PROJECT)).toEqual([
        { id: AWS_CONTAINER, providerName: 'AWS', regionName: 'US_EAST_1' },
        { id: AZURE_CONTAINER, providerName: 'AZURE', region: 'US_EAST_2' },
        { id: GCP_CONTAINER, providerName: 'GCP', regions: ['EASTERN_US'] }
      ])
      const error = await reads.endpoint(ATLAS_PROJECT, 'GCP', GCP_SERVICE, 'other').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ApiError)
      expect((error as ApiError).errorCode).toBe('PRIVATE_ENDPOINT_NOT_FOUND')
      expect(api?.requests.every(r => r.headers.accept === type('2023-01-01'))).toBe(true)
    } finally {
      await dispose()
    }
  })
})
