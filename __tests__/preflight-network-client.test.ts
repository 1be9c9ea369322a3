// The network pre-flight reads, in process against a scripted Atlas: the paths and media type each
// sends, paging, and how each provider's field names are read into one shape.
import { describe, expect, it } from 'vitest'
import { ApiError, UnexpectedAnswerError } from '../src/errors'
import type { Endpoint } from '../src/inputs'
import { PreflightNetworkClient } from '../src/preflight/network-client'
import type { ApiRequest } from '../src/transport/http'
import { ATLAS_PROJECT as PROJECT } from './helpers/fixtures.ts'
import type { Scripted } from './helpers/in-process.ts'
import { scriptedSession } from './helpers/in-process.ts'

const V2023 = 'application/vnd.atlas.2023-01-01+json'
const GROUP = `/api/atlas/v2/groups/${PROJECT}`
const SERVICE = '6a0b1c2d3e4f5a6b7c8d9e0f'
const AZURE_ENDPOINT =
  '/subscriptions/19265b6b-1234-4321-9876-0123456789ab/resourceGroups/rg-app/providers/Microsoft.Network/privateEndpoints/pe-mig'

function scripted(answer: (request: ApiRequest) => Scripted) {
  const { open, sent } = scriptedSession(answer)
  return { client: new PreflightNetworkClient(open({} as Endpoint)), sent }
}

const notFound = (errorCode: string): Scripted => ({
  status: 404,
  body: { detail: 'Not found.', error: 404, errorCode, parameters: [], reason: 'Not Found' }
})

describe('endpointServices', () => {
  it('reads the bare array at 2023-01-01 from the provider path, once, without paging', async () => {
    const { client, sent } = scripted(() => ({
      status: 200,
      body: [
        {
          cloudProvider: 'AWS',
          endpointServiceName: 'com.amazonaws.vpce.eu-west-1.vpce-svc-0a1b2c3d4e5f6a7b8',
          errorMessage: null,
          id: SERVICE,
          interfaceEndpoints: ['vpce-0123456789abcdef0', 'vpce-0fedcba9876543210'],
          regionName: 'EU_WEST_1',
          status: 'AVAILABLE'
        }
      ]
    }))
    expect(await client.endpointServices(PROJECT, 'AWS')).toEqual([
      {
        id: SERVICE,
        cloudProvider: 'AWS',
        regionName: 'EU_WEST_1',
        status: 'AVAILABLE',
        errorMessage: null,
        endpointIds: ['vpce-0123456789abcdef0', 'vpce-0fedcba9876543210']
      }
    ])
    expect(sent).toMatchObject([{ method: 'GET', path: `${GROUP}/privateEndpoint/AWS/endpointService`, accept: V2023 }])
  })

  it("reads Azure's privateEndpoints and GCP's endpointGroupNames, not another provider's list", async () => {
    const { client, sent } = scripted(request =>
      request.path.includes('/AZURE/')
        ? {
            status: 200,
            body: [
              {
                cloudProvider: 'AZURE',
                id: SERVICE,
                privateEndpoints: [AZURE_ENDPOINT],
                interfaceEndpoints: ['vpce-not-azure'],
                status: 'WAITING_FOR_USER',
                errorMessage: 'waiting'
              }
            ]
          }
        : {
            status: 200,
            body: [
              { cloudProvider: 'GCP', id: SERVICE, endpointGroupNames: ['psc-group', 7], regionName: 'EASTERN_US' }
            ]
          }
    )
    expect(await client.endpointServices(PROJECT, 'AZURE')).toEqual([
      {
        id: SERVICE,
        cloudProvider: 'AZURE',
        status: 'WAITING_FOR_USER',
        errorMessage: 'waiting',
        endpointIds: [AZURE_ENDPOINT]
      }
    ])
    const [gcp] = await client.endpointServices(PROJECT, 'GCP')
    expect(gcp).toEqual({ id: SERVICE, cloudProvider: 'GCP', regionName: 'EASTERN_US', endpointIds: ['psc-group'] })
    expect(gcp && 'errorMessage' in gcp).toBe(false)
    expect(sent.map(r => r.path.split('/')[7])).toEqual(['AZURE', 'GCP'])
  })

  it('takes the provider asked for when a service leaves cloudProvider out', async () => {
    const { client } = scripted(() => ({ status: 200, body: [{ id: SERVICE, privateEndpoints: ['a'] }] }))
    expect(await client.endpointServices(PROJECT, 'AZURE')).toMatchObject([
      { cloudProvider: 'AZURE', endpointIds: ['a'] }
    ])
  })

  it('refuses an object instead of an array, and a service without id, as not the API', async () => {
    const { client } = scripted(request =>
      request.path.includes('/AWS/')
        ? { status: 200, body: { results: [] } }
        : { status: 200, body: [{ status: 'AVAILABLE' }] }
    )
    await expect(client.endpointServices(PROJECT, 'AWS')).rejects.toThrow(/was not a JSON array/)
    const error = await client.endpointServices(PROJECT, 'GCP').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnexpectedAnswerError)
    expect(String(error)).toMatch(/List private endpoint services: an endpoint service did not carry 'id'/)
  })

  it("lets the API's 404 through as an ApiError", async () => {
    const { client } = scripted(() => notFound('GROUP_NOT_FOUND'))
    const error = await client.endpointServices(PROJECT, 'AWS').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(404)
    expect((error as ApiError).errorCode).toBe('GROUP_NOT_FOUND')
  })
})

describe('endpoint', () => {
  it("reads AWS's connectionStatus at 2023-01-01 from the endpoint's path", async () => {
    const { client, sent } = scripted(() => ({
      status: 200,
      body: {
        cloudProvider: 'AWS',
        connectionStatus: 'PENDING_ACCEPTANCE',
        deleteRequested: false,
        interfaceEndpointId: 'vpce-0123456789abcdef0',
        status: 'AVAILABLE'
      }
    }))
    expect(await client.endpoint(PROJECT, 'AWS', SERVICE, 'vpce-0123456789abcdef0')).toEqual({
      status: 'PENDING_ACCEPTANCE',
      deleteRequested: false
    })
    expect(sent).toMatchObject([
      {
        method: 'GET',
        path: `${GROUP}/privateEndpoint/AWS/endpointService/${SERVICE}/endpoint/vpce-0123456789abcdef0`,
        accept: V2023
      }
    ])
  })

  it("sends an Azure resource path with each '/' as %2F and reads its status", async () => {
    const { client, sent } = scripted(() => ({
      status: 200,
      body: {
        cloudProvider: 'AZURE',
        deleteRequested: true,
        errorMessage: null,
        status: 'DELETING',
        connectionStatus: 'X'
      }
    }))
    expect(await client.endpoint(PROJECT, 'AZURE', SERVICE, AZURE_ENDPOINT)).toEqual({
      status: 'DELETING',
      deleteRequested: true,
      errorMessage: null
    })
    const last = sent[0]?.path.split('/endpoint/')[1]
    expect(last).toBe(AZURE_ENDPOINT.replaceAll('/', '%2F'))
    expect(last?.startsWith('%2Fsubscriptions%2F')).toBe(true)
  })

  it("reads GCP's status, and leaves out what the answer does not carry", async () => {
    const { client } = scripted(() => ({
      status: 200,
      body: { cloudProvider: 'GCP', status: 'VERIFIED', endpoints: [] }
    }))
    const endpoint = await client.endpoint(PROJECT, 'GCP', SERVICE, 'psc-group')
    expect(endpoint.status).toBe('VERIFIED')
    expect(endpoint.deleteRequested).toBeUndefined()
    expect('errorMessage' in endpoint).toBe(false)
  })

  it('refuses an array as not the API, and lets a 404 through', async () => {
    const { client } = scripted(request =>
      request.path.endsWith('/missing') ? notFound('PRIVATE_ENDPOINT_NOT_FOUND') : { status: 200, body: [] }
    )
    await expect(client.endpoint(PROJECT, 'AWS', SERVICE, 'vpce-1')).rejects.toThrow(
      /Read private endpoint: HTTP 200 from GET .* was not a JSON object/
    )
    await expect(client.endpoint(PROJECT, 'AWS', SERVICE, 'missing')).rejects.toMatchObject({ status: 404 })
  })
})

describe('peers', () => {
  const CONTAINER = '5e6f7a8b9c0d1e2f3a4b5c6d'
  const awsPeer = (n: number) => ({
    accepterRegionName: 'us-east-1',
    awsAccountId: '123456789012',
    containerId: CONTAINER,
    id: n.toString(16).padStart(24, '0'),
    providerName: 'AWS',
    routeTableCidrBlock: '10.1.0.0/16',
    statusName: n % 2 ? 'AVAILABLE' : 'PENDING_ACCEPTANCE',
    status: 'NOT_THIS',
    vpcId: 'vpc-0123456789abcdef0'
  })

  it('sends providerName, reads every page of 500 at 2023-01-01, and reads AWS statusName', async () => {
    const sizes = [500, 2]
    const { client, sent } = scripted(request => {
      const pageNum = Number(/pageNum=(\d+)/.exec(request.path)?.[1])
      const from = (pageNum - 1) * 500
      return {
        status: 200,
        body: { results: Array.from({ length: sizes[pageNum - 1] ?? 0 }, (_, i) => awsPeer(from + i)), totalCount: 3 }
      }
    })
    const peers = await client.peers(PROJECT, 'AWS')
    expect(sent.map(r => r.path)).toEqual(
      [1, 2].map(n => `${GROUP}/peers?providerName=AWS&itemsPerPage=500&pageNum=${n}`)
    )
    expect(sent.every(r => r.method === 'GET' && r.accept === V2023)).toBe(true)
    expect(peers).toHaveLength(502)
    expect(peers[501]).toEqual({
      id: (501).toString(16).padStart(24, '0'),
      containerId: CONTAINER,
      status: 'AVAILABLE',
      routeTableCidrBlock: '10.1.0.0/16'
    })
    expect(peers[0]?.status).toBe('PENDING_ACCEPTANCE')
  })

  it("reads Azure's and GCP's status, not statusName", async () => {
    const { client, sent } = scripted(request => ({
      status: 200,
      body: {
        results: [
          {
            containerId: CONTAINER,
            providerName: request.path.includes('AZURE') ? 'AZURE' : 'GCP',
            status: 'ADDING_PEER',
            statusName: 'AVAILABLE'
          }
        ]
      }
    }))
    expect(await client.peers(PROJECT, 'AZURE')).toEqual([{ containerId: CONTAINER, status: 'ADDING_PEER' }])
    expect(await client.peers(PROJECT, 'GCP')).toMatchObject([{ status: 'ADDING_PEER' }])
    expect(sent.map(r => new URL(r.path, 'http://x').searchParams.get('providerName'))).toEqual(['AZURE', 'GCP'])
  })

  it('refuses a peering without containerId, and a page without results, as not the API', async () => {
    const { client } = scripted(request =>
      request.path.includes('AWS')
        ? { status: 200, body: { results: [{ statusName: 'AVAILABLE' }] } }
        : { status: 200, body: [] }
    )
    await expect(client.peers(PROJECT, 'AWS')).rejects.toThrow(/a peering connection did not carry 'containerId'/)
    await expect(client.peers(PROJECT, 'GCP')).rejects.toThrow(/did not carry 'results'/)
  })
})

describe('containers', () => {
  it('reads every page of containers/all at 2023-01-01, each provider where it keeps its region', async () => {
    const aws = { atlasCidrBlock: '192.168.248.0/21', id: 'a'.repeat(24), providerName: 'AWS', regionName: 'US_EAST_1' }
    const filler = Array.from({ length: 498 }, (_, i) => ({ ...aws, id: i.toString(16).padStart(24, '0') }))
    const pages = [
      [
        aws,
        {
          atlasCidrBlock: '10.2.0.0/21',
          id: 'b'.repeat(24),
          providerName: 'AZURE',
          region: 'US_EAST_2',
          regionName: 7
        },
        ...filler
      ],
      [
        {
          atlasCidrBlock: '10.3.0.0/18',
          id: 'c'.repeat(24),
          providerName: 'GCP',
          regions: ['EASTERN_US', 'WESTERN_US']
        }
      ]
    ]
    const { client, sent } = scripted(request => ({
      status: 200,
      body: { results: pages[Number(/pageNum=(\d+)/.exec(request.path)?.[1]) - 1] ?? [] }
    }))
    const containers = await client.containers(PROJECT)
    expect(sent.map(r => r.path)).toEqual([1, 2].map(n => `${GROUP}/containers/all?itemsPerPage=500&pageNum=${n}`))
    expect(sent.every(r => r.accept === V2023)).toBe(true)
    expect(containers).toHaveLength(501)
    expect(containers[0]).toEqual({ id: 'a'.repeat(24), providerName: 'AWS', regionName: 'US_EAST_1' })
    expect(containers[1]).toEqual({ id: 'b'.repeat(24), providerName: 'AZURE', region: 'US_EAST_2' })
    expect(containers[500]).toEqual({ id: 'c'.repeat(24), providerName: 'GCP', regions: ['EASTERN_US', 'WESTERN_US'] })
    expect(containers[0]?.regions).toBeUndefined()
  })

  it('refuses a container without id or providerName as not the API, and lets a 404 through', async () => {
    const { client } = scripted(request =>
      request.path.includes(`/${'0'.repeat(24)}/`)
        ? notFound('GROUP_NOT_FOUND')
        : { status: 200, body: { results: [{ id: 'a'.repeat(24) }] } }
    )
    await expect(client.containers(PROJECT)).rejects.toThrow(/a container did not carry 'providerName'/)
    await expect(client.containers('0'.repeat(24))).rejects.toBeInstanceOf(ApiError)
  })
})
