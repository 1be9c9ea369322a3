// Atlas Admin API v2: the network reads of the pre-flight checks, all at 2023-01-01: the project's
// private endpoint services and one endpoint of one (PF-12, PRIVATE_LINK), its network peering
// connections and their containers (PF-13, VPC_PEERING). Every call only reads. Knows the API, not GitHub.
// Each answer is a union over the cloud provider (its `cloudProvider` or `providerName`); the fields
// the checks need are read under each provider's own name and returned under one.

import { call, parseJson, unreadable } from '../clients/call'
import { apiPath, mongoId, pathValue } from '../clients/path'
import { asRecord, flag, read, readAllPages, requiredText, text } from '../clients/reads'
import type { ApiSession } from '../transport/session'

const NETWORK_READ = 'application/vnd.atlas.2023-01-01+json'

export type CloudProvider = 'AWS' | 'AZURE' | 'GCP'

/** One private endpoint service (EndpointService) of one provider. */
export interface EndpointService {
  /** 24-hex; the endpointServiceId of the endpoint read. */
  id: string
  /** AWS, AZURE or GCP: the answer's, else the provider asked for. */
  cloudProvider: string
  /** Atlas style, e.g. 'US_EAST_1'. */
  regionName?: string
  /** INITIATING, AVAILABLE, WAITING_FOR_USER, FAILED or DELETING. */
  status?: string
  /** null on success; absent when the answer leaves it out. */
  errorMessage?: string | null
  /** AWS `interfaceEndpoints[]`, Azure `privateEndpoints[]`, GCP `endpointGroupNames[]`; empty when none. */
  endpointIds: string[]
}

/** One endpoint of a service (PrivateLinkEndpoint); anything the answer leaves out is absent here. */
export interface PrivateEndpoint {
  /** AWS `connectionStatus`, Azure and GCP `status`. */
  status?: string
  deleteRequested?: boolean
  errorMessage?: string | null
}

/** One network peering connection (BaseNetworkPeeringConnectionSettings). */
export interface Peering {
  id?: string
  /** The container (CloudProviderContainer.id) it belongs to. */
  containerId: string
  /** AWS `statusName`, Azure and GCP `status`. */
  status?: string
  /** AWS only: the peer VPC's CIDR. */
  routeTableCidrBlock?: string
}

/** One network peering container (CloudProviderContainer); where it is depends on the provider. */
export interface Container {
  id: string
  /** AWS, AZURE, GCP (the spec also lists TENANT and SERVERLESS). */
  providerName: string
  /** AWS. */
  regionName?: string
  /** GCP. */
  regions?: string[]
  /** Azure. */
  region?: string
}

/** The field each provider keeps its endpoint IDs in, in EndpointService. */
const ENDPOINT_IDS: Record<string, string> = {
  AWS: 'interfaceEndpoints',
  AZURE: 'privateEndpoints',
  GCP: 'endpointGroupNames'
}

export class PreflightNetworkClient {
  constructor(private readonly session: ApiSession) {}

  /** GET /groups/{groupId}/privateEndpoint/{cloudProvider}/endpointService: a bare array, no paging. */
  async endpointServices(projectId: string, cloudProvider: CloudProvider): Promise<EndpointService[]> {
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/privateEndpoint/${cloudProvider}/endpointService`
    const request = read('List private endpoint services', path, NETWORK_READ)
    const response = await call(this.session, request)
    const body = parseJson(response.body)
    if (!Array.isArray(body)) return unreadable(this.session, request, response, 'was not a JSON array')
    return body.map(item => {
      const service = asRecord(item) ?? {}
      const id = requiredText(this.session, request, service, 'id', 'an endpoint service')
      const provider = text(service.cloudProvider) ?? cloudProvider
      return {
        id,
        cloudProvider: provider,
        regionName: text(service.regionName),
        status: text(service.status),
        ...errorMessage(service),
        endpointIds: strings(service[ENDPOINT_IDS[provider] ?? ''])
      }
    })
  }

  /**
   * GET …/endpointService/{endpointServiceId}/endpoint/{endpointId}: an AWS `vpce-…`, an Azure
   * resource path (its '/' sent as %2F, as the spec asks) or a GCP endpoint group name.
   */
  async endpoint(
    projectId: string,
    cloudProvider: CloudProvider,
    endpointServiceId: string,
    endpointId: string
  ): Promise<PrivateEndpoint> {
    const service = mongoId(endpointServiceId, 'endpoint service ID')
    const endpoint = pathValue(endpointId, 'private endpoint ID', { slashes: true })
    const path =
      apiPath`/api/atlas/v2/groups/${groupId(projectId)}/privateEndpoint/${cloudProvider}/endpointService/` +
      apiPath`${service}/endpoint/${endpoint}`
    const request = read('Read private endpoint', path, NETWORK_READ)
    const response = await call(this.session, request)
    // No field is required by all three providers' views but cloudProvider: the answer must be an object.
    const body = asRecord(parseJson(response.body))
    if (!body) return unreadable(this.session, request, response, 'was not a JSON object')
    const provider = text(body.cloudProvider) ?? cloudProvider
    return {
      status: text(provider === 'AWS' ? body.connectionStatus : body.status),
      deleteRequested: flag(body.deleteRequested),
      ...errorMessage(body)
    }
  }

  /** GET /groups/{groupId}/peers?providerName=…, every page: one provider's peering connections. */
  async peers(projectId: string, providerName: CloudProvider): Promise<Peering[]> {
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/peers`
    const request = read('List network peering connections', `${path}?providerName=${providerName}`, NETWORK_READ)
    return (await readAllPages(this.session, request)).map(item => {
      const peer = asRecord(item) ?? {}
      const containerId = requiredText(this.session, request, peer, 'containerId', 'a peering connection')
      const provider = text(peer.providerName) ?? providerName
      return {
        id: text(peer.id),
        containerId,
        status: text(provider === 'AWS' ? peer.statusName : peer.status),
        routeTableCidrBlock: text(peer.routeTableCidrBlock)
      }
    })
  }

  /** GET /groups/{groupId}/containers/all, every page: the network peering containers of every provider. */
  async containers(projectId: string): Promise<Container[]> {
    const path = apiPath`/api/atlas/v2/groups/${groupId(projectId)}/containers/all`
    const request = read('List network peering containers', path, NETWORK_READ)
    return (await readAllPages(this.session, request)).map(item => {
      const container = asRecord(item) ?? {}
      const regions = Array.isArray(container.regions) ? strings(container.regions) : undefined
      return {
        id: requiredText(this.session, request, container, 'id', 'a container'),
        providerName: requiredText(this.session, request, container, 'providerName', 'a container'),
        regionName: text(container.regionName),
        regions,
        region: text(container.region)
      }
    })
  }
}

/** The project ID as the path's {groupId}, checked before it goes in. */
const groupId = (projectId: string): string => mongoId(projectId, 'project ID')

/** `errorMessage` when the answer has one: a string, or null (as on success). */
function errorMessage(body: Record<string, unknown>): { errorMessage?: string | null } {
  const value = body.errorMessage
  return value === null || typeof value === 'string' ? { errorMessage: value } : {}
}

/** The strings of an array; [] for anything else. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []
}
