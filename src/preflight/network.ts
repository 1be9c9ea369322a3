// The destination's private network paths: a private endpoint (PF-12, hostname-schema-type
// PRIVATE_LINK) or a VPC peering (PF-13, VPC_PEERING), on the cluster's own provider and region.
import type { CheckResult } from './verdict'
import { checkOf } from './verdict'

export interface ClusterPlace {
  provider?: string
  region?: string
}

export interface EndpointServiceLike {
  id: string
  cloudProvider: string
  regionName?: string
  status?: string
  endpointIds: string[]
}

export interface PeeringLike {
  containerId: string
  status?: string
}

export interface ContainerLike {
  id: string
  providerName: string
  regionName?: string
  region?: string
  regions?: string[]
}

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toUpperCase() === b.toUpperCase()

/** The cluster's one (provider, region), or why there is not exactly one. */
export function singlePlace(regions: ClusterPlace[]): { place?: Required<ClusterPlace>; why?: string } {
  const places = new Set(regions.map(r => `${r.provider ?? '?'} ${r.region ?? '?'}`))
  if (regions.some(r => !r.provider || !r.region)) return { why: 'a region of the cluster is not reported' }
  if (places.size !== 1) return { why: `the cluster spans ${[...places].join(', ')}` }
  const [first] = regions
  return { place: { provider: first?.provider as string, region: first?.region as string } }
}

/**
 * PF-12: a single-provider, single-region cluster, an AVAILABLE endpoint service in its region,
 * and the endpoint private-link-id names AVAILABLE and not being deleted.
 */
export function privateEndpoint(
  regions: ClusterPlace[],
  privateLinkId: string | undefined,
  services: EndpointServiceLike[],
  endpoint: { status?: string; deleteRequested?: boolean } | undefined
): CheckResult {
  const title = 'Private endpoint'
  const { place, why } = singlePlace(regions)
  if (!place) {
    return checkOf('PF-12', title, [
      {
        result: 'fail',
        evidence: why ?? '',
        fix: 'Private endpoints serve only single-provider, single-region clusters: use PUBLIC or VPC_PEERING.'
      }
    ])
  }
  const inRegion = services.filter(s => same(s.cloudProvider, place.provider) && same(s.regionName, place.region))
  const available = inRegion.filter(s => s.status === 'AVAILABLE')
  if (available.length === 0) {
    return checkOf('PF-12', title, [
      {
        result: 'fail',
        evidence: `no AVAILABLE endpoint service in ${place.provider} ${place.region} (${inRegion.map(s => s.status).join(', ') || 'none'})`,
        fix: "Create the private endpoint in the cluster's provider and region, and wait until it is AVAILABLE."
      }
    ])
  }
  const named = privateLinkId
    ? available.find(s => s.id === privateLinkId || s.endpointIds.includes(privateLinkId))
    : undefined
  if (privateLinkId && !named) {
    return checkOf('PF-12', title, [
      {
        result: 'fail',
        evidence: `private-link-id ${privateLinkId} is not an endpoint of the AVAILABLE services (${available.map(s => s.id).join(', ')})`,
        fix: "Set private-link-id to the endpoint in the cluster's region."
      }
    ])
  }
  if (endpoint && (endpoint.status !== 'AVAILABLE' || endpoint.deleteRequested)) {
    return checkOf('PF-12', title, [
      {
        result: 'fail',
        evidence: `endpoint ${privateLinkId}: ${endpoint.status ?? 'status not reported'}${endpoint.deleteRequested ? ', being deleted' : ''}`,
        fix: 'Use an endpoint that is AVAILABLE and not being deleted.'
      }
    ])
  }
  return checkOf('PF-12', title, [
    {
      result: 'pass',
      evidence: `endpoint service ${named?.id ?? available[0]?.id} AVAILABLE in ${place.provider} ${place.region}`
    }
  ])
}

/** PF-13: an AVAILABLE peering into a container of the cluster's provider and region. */
export function vpcPeering(regions: ClusterPlace[], peers: PeeringLike[], containers: ContainerLike[]): CheckResult {
  const title = 'VPC peering'
  const { place, why } = singlePlace(regions)
  const places = place ? [place] : regions.filter(r => r.provider && r.region)
  const inPlace = (c: ContainerLike) =>
    places.some(
      p =>
        same(c.providerName, p.provider) &&
        (same(c.regionName, p.region) || same(c.region, p.region) || (c.regions ?? []).some(r => same(r, p.region)))
    )
  const here = new Set(containers.filter(inPlace).map(c => c.id))
  const peering = peers.filter(p => here.has(p.containerId))
  if (peering.some(p => p.status === 'AVAILABLE')) {
    return checkOf('PF-13', title, [
      { result: 'pass', evidence: `an AVAILABLE peering in ${places.map(p => `${p.provider} ${p.region}`).join(', ')}` }
    ])
  }
  return checkOf('PF-13', title, [
    {
      result: 'fail',
      evidence: `no AVAILABLE peering in the cluster's provider and region (${why ?? `${place?.provider} ${place?.region}`}; ${peering.map(p => p.status).join(', ') || 'none there'})`,
      fix: "Peer the migration host's network with the project's container in the cluster's provider and region, and wait until the peering is AVAILABLE."
    }
  ])
}
