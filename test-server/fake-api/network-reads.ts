// The network pre-flight reads, all at 2023-01-01: the project's private endpoint services
// (listGroupPrivateEndpointEndpointService, a bare array) and one endpoint of one
// (getGroupPrivateEndpointEndpointServiceEndpoint), for PF-12; its network peering connections
// (listGroupPeers) and their containers (listGroupContainerAll), both paginated, for PF-13.
// Each is shown in the spec's view for its provider: the AWS views name their status and lists
// differently from the Azure and GCP ones.
import type { Answer } from './answers.ts'
import { apiError } from './answers.ts'
import { objectId } from './clusters.ts'
import { ok, page } from './project-reads.ts'
import type {
  FakeContainer,
  FakeEndpointService,
  FakePeering,
  FakePrivateEndpoint,
  RecordedRequest,
  Settings
} from './types.ts'

const ENDPOINT_SERVICE =
  /^\/api\/atlas\/v2\/groups\/([^/]+)\/privateEndpoint\/([^/]+)\/endpointService(?:\/([^/]+)\/endpoint\/([^/]+))?$/
const PEERS = /^\/api\/atlas\/v2\/groups\/([^/]+)\/peers$/
const CONTAINERS = /^\/api\/atlas\/v2\/groups\/([^/]+)\/containers\/all$/

const PROVIDERS = ['AWS', 'AZURE', 'GCP']

/** A matched path: its project, and its answer once the shared checks have passed. */
export interface NetworkRead {
  groupId: string
  answer: (req: RecordedRequest) => Answer
}

export class NetworkReads {
  private readonly settings: Settings
  private readonly base: () => string

  constructor(settings: Settings, base: () => string) {
    this.settings = settings
    this.base = base
  }

  /** The read when the path is one of these calls; undefined when it is not. */
  match(path: string): NetworkRead | undefined {
    let m = ENDPOINT_SERVICE.exec(path)
    if (m) {
      const [, groupId, provider, serviceId, endpointId] = m as unknown as [string, string, string, string?, string?]
      return {
        groupId,
        answer: req =>
          serviceId === undefined || endpointId === undefined
            ? this.endpointServices(req, groupId, provider)
            : this.endpoint(req, groupId, provider, serviceId, endpointId)
      }
    }
    m = PEERS.exec(path)
    if (m) {
      const groupId = m[1] as string
      return { groupId, answer: req => this.peers(req, groupId, path) }
    }
    m = CONTAINERS.exec(path)
    if (m) {
      const groupId = m[1] as string
      return { groupId, answer: req => this.containers(req, groupId, path) }
    }
    return undefined
  }

  /** A bare array of EndpointService, this provider's only. */
  private endpointServices(req: RecordedRequest, groupId: string, provider: string): Answer {
    if (!PROVIDERS.includes(provider)) return badProvider('cloudProvider', provider)
    const services = this.services(groupId)
      .filter(s => s.cloudProvider === provider)
      .map(s => serviceView(s))
    return ok(req, services)
  }

  /** PrivateLinkEndpoint of the service's provider; endpointId arrives URL-encoded (Azure's '/' as %2F). */
  private endpoint(req: RecordedRequest, groupId: string, provider: string, serviceId: string, rawId: string): Answer {
    if (!PROVIDERS.includes(provider)) return badProvider('cloudProvider', provider)
    const service = this.services(groupId).find(s => s.cloudProvider === provider && s.id === serviceId)
    if (!service) {
      // Atlas's errorCode for an unknown endpoint service is not recorded: PRIVATE_ENDPOINT_SERVICE_NOT_FOUND is ours.
      const detail = `No ${provider} private endpoint service with ID ${serviceId} exists in group ${groupId}.`
      return apiError(404, 'PRIVATE_ENDPOINT_SERVICE_NOT_FOUND', detail, {}, [serviceId, groupId])
    }
    const endpointId = decoded(rawId)
    const endpoint = service.endpoints.find(e => e.id === endpointId)
    if (!endpoint) {
      // Atlas's errorCode for an unknown endpoint is not recorded: PRIVATE_ENDPOINT_NOT_FOUND is ours.
      const detail = `No private endpoint with ID ${endpointId} exists for endpoint service ${serviceId}.`
      return apiError(404, 'PRIVATE_ENDPOINT_NOT_FOUND', detail, {}, [endpointId, serviceId])
    }
    return ok(req, endpointView(provider, endpoint, groupId))
  }

  /** PaginatedContainerPeerView of the `providerName` asked for (default AWS). */
  private peers(req: RecordedRequest, groupId: string, path: string): Answer {
    const provider = new URL(req.path, 'http://x').searchParams.get('providerName') ?? 'AWS'
    if (!PROVIDERS.includes(provider)) return badProvider('providerName', provider)
    const peers = (this.settings.peers?.[groupId] ?? [])
      .map((p, index) => ({ index, peer: p, provider: p.providerName ?? 'AWS' }))
      .filter(p => p.provider === provider)
      .map(({ index, peer }) => peerView(peer, objectId('peer', groupId, String(index), peer.containerId)))
    return page(req, path, peers, this.base())
  }

  /** PaginatedCloudProviderContainerView: the containers of every provider. */
  private containers(req: RecordedRequest, groupId: string, path: string): Answer {
    return page(req, path, (this.settings.containers?.[groupId] ?? []).map(containerView), this.base())
  }

  /** The project's services with their defaults, each with a stable id when it has none. */
  private services(groupId: string): Service[] {
    return (this.settings.endpointServices?.[groupId] ?? []).map((s, index) => ({
      id: s.id ?? objectId('endpointService', groupId, String(index)),
      cloudProvider: s.cloudProvider ?? 'AWS',
      regionName: s.regionName ?? 'US_EAST_1',
      status: s.status ?? 'AVAILABLE',
      endpoints: s.endpoints
    }))
  }
}

type Service = Required<FakeEndpointService>

/** AWSPrivateLinkConnection, AzurePrivateLinkConnection or GCPEndpointService. */
function serviceView(s: Service): Record<string, unknown> {
  const common = {
    cloudProvider: s.cloudProvider,
    errorMessage: s.status === 'FAILED' ? 'The endpoint service could not be created.' : null,
    id: s.id,
    regionName: s.regionName,
    status: s.status
  }
  const ids = s.endpoints.map(e => e.id)
  const region = s.regionName.toLowerCase().replace(/_/g, '-')
  if (s.cloudProvider === 'AZURE') {
    return {
      ...common,
      privateEndpoints: ids,
      privateLinkServiceName: `pls_${s.id}`,
      privateLinkServiceResourceId: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg_${s.id}_${region}/providers/Microsoft.Network/privateLinkServices/pls_${s.id}`
    }
  }
  if (s.cloudProvider === 'GCP') {
    return {
      ...common,
      endpointGroupNames: ids,
      portMappingEnabled: false,
      serviceAttachmentNames: [
        `https://www.googleapis.com/compute/v1/projects/p-${s.id.slice(0, 12)}/regions/${region}/serviceAttachments/sa-${s.id.slice(-8)}`
      ]
    }
  }
  return {
    ...common,
    endpointServiceName: `com.amazonaws.vpce.${region}.vpce-svc-${s.id.slice(0, 17)}`,
    interfaceEndpoints: ids
  }
}

/** AWSInterfaceEndpoint (`connectionStatus`), AzurePrivateEndpoint or PrivateGCPEndpointGroup (`status`). */
function endpointView(provider: string, e: FakePrivateEndpoint, groupId: string): Record<string, unknown> {
  const status = e.status ?? 'AVAILABLE'
  const common = {
    cloudProvider: provider,
    deleteRequested: e.deleteRequested ?? false,
    // The spec types errorMessage as a string; null on success is inferred from the services' real answers.
    errorMessage: status === 'FAILED' || status === 'REJECTED' ? 'The private endpoint could not be connected.' : null
  }
  if (provider === 'AWS') return { ...common, connectionStatus: status, interfaceEndpointId: e.id }
  if (provider === 'AZURE') {
    return { ...common, privateEndpointIPAddress: '10.0.0.4', privateEndpointResourceId: e.id, status }
  }
  return {
    ...common,
    endpointGroupName: e.id,
    endpoints: [
      { endpointName: `${e.id}-0`, ipAddress: '10.142.0.2', status: status === 'VERIFIED' ? 'AVAILABLE' : status }
    ],
    gcpProjectId: `p-${objectId('gcp', groupId).slice(0, 12)}`,
    portMappingEnabled: false,
    status
  }
}

/** AwsNetworkPeeringConnectionSettings (`statusName`), or the Azure or GCP one (`status`). */
function peerView(p: FakePeering, id: string): Record<string, unknown> {
  const providerName = p.providerName ?? 'AWS'
  const status = p.status ?? 'AVAILABLE'
  const common = { containerId: p.containerId, id, providerName }
  if (providerName === 'AWS') {
    return {
      ...common,
      accepterRegionName: 'us-east-1',
      awsAccountId: '123456789012',
      connectionId: `pcx-${id.slice(0, 17)}`,
      // Required by the spec for AWS; ours when not given.
      routeTableCidrBlock: p.routeTableCidrBlock ?? '10.0.0.0/16',
      statusName: status,
      vpcId: `vpc-${id.slice(-17)}`
    }
  }
  if (providerName === 'AZURE') {
    return {
      ...common,
      azureDirectoryId: '00000000-0000-0000-0000-000000000001',
      azureSubscriptionId: '00000000-0000-0000-0000-000000000002',
      resourceGroupName: 'peer-rg',
      status,
      vnetName: 'peer-vnet'
    }
  }
  return { ...common, gcpProjectId: 'peer-project', networkName: 'peer-network', status }
}

/** AWSCloudProviderContainer (`regionName`), AzureCloudProviderContainer (`region`) or GCPCloudProviderContainer (`regions[]`). */
function containerView(c: FakeContainer): Record<string, unknown> {
  const providerName = c.providerName ?? 'AWS'
  const regionName = c.regionName ?? 'US_EAST_1'
  const common = { atlasCidrBlock: c.atlasCidrBlock ?? '192.168.248.0/21', id: c.id, providerName, provisioned: true }
  if (providerName === 'AZURE') {
    return {
      ...common,
      azureSubscriptionId: '00000000-0000-0000-0000-000000000003',
      region: regionName,
      vnetName: `vnet_${c.id}`
    }
  }
  if (providerName === 'GCP') {
    return { ...common, gcpProjectId: `p-${c.id.slice(0, 12)}`, networkName: `nt-${c.id}`, regions: [regionName] }
  }
  return { ...common, regionName, vpcId: `vpc-${c.id.slice(-17)}` }
}

/** Atlas's answer to a provider outside AWS, AZURE and GCP is not recorded: 400 INVALID_ENUM_VALUE is ours. */
function badProvider(name: string, value: string): Answer {
  return apiError(400, 'INVALID_ENUM_VALUE', `Invalid ${name} value ${value}; expected one of AWS, AZURE, GCP.`, {}, [
    value
  ])
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
