// PF-12 and PF-13, pure: the private network paths on the cluster's own provider and region.
import { describe, expect, it } from 'vitest'
import { privateEndpoint, singlePlace, vpcPeering } from '../src/preflight/network'

const ONE = [{ provider: 'AWS', region: 'US_EAST_1' }]
const service = (over: Record<string, unknown> = {}) => ({
  id: '6650aa00bb11cc22dd33ee01',
  cloudProvider: 'AWS',
  regionName: 'US_EAST_1',
  status: 'AVAILABLE',
  endpointIds: ['vpce-0123'],
  ...over
})

describe('PF-12 private endpoint', () => {
  it('needs one provider and one region', () => {
    expect(singlePlace([...ONE, { provider: 'AWS', region: 'EU_WEST_1' }]).why).toMatch(
      /spans AWS US_EAST_1, AWS EU_WEST_1/
    )
    expect(
      privateEndpoint([...ONE, { provider: 'GCP', region: 'US_EAST_1' }], 'vpce-0123', [service()], undefined)
    ).toMatchObject({
      result: 'fail',
      fix: expect.stringMatching(/single-provider, single-region/)
    })
  })

  it('needs an AVAILABLE service in that region, holding the endpoint named, itself AVAILABLE', () => {
    expect(privateEndpoint(ONE, 'vpce-0123', [service()], { status: 'AVAILABLE', deleteRequested: false }).result).toBe(
      'pass'
    )
    expect(privateEndpoint(ONE, '6650aa00bb11cc22dd33ee01', [service()], undefined).result).toBe('pass') // the service's own ID
    expect(privateEndpoint(ONE, 'vpce-0123', [service({ status: 'INITIATING' })], undefined).result).toBe('fail')
    expect(privateEndpoint(ONE, 'vpce-0123', [service({ regionName: 'EU_WEST_1' })], undefined).result).toBe('fail')
    expect(privateEndpoint(ONE, 'vpce-9999', [service()], undefined)).toMatchObject({
      result: 'fail',
      fix: expect.stringMatching(/private-link-id/)
    })
    expect(privateEndpoint(ONE, 'vpce-0123', [service()], { status: 'PENDING_ACCEPTANCE' }).result).toBe('fail')
    expect(privateEndpoint(ONE, 'vpce-0123', [service()], { status: 'AVAILABLE', deleteRequested: true }).result).toBe(
      'fail'
    )
  })
})

describe('PF-13 VPC peering', () => {
  const containers = [
    { id: 'c1', providerName: 'AWS', regionName: 'US_EAST_1' },
    { id: 'c2', providerName: 'AWS', regionName: 'EU_WEST_1' },
    { id: 'c3', providerName: 'GCP', regions: ['US_EAST_1'] }
  ]
  it('passes an AVAILABLE peering into the cluster region’s container only', () => {
    expect(vpcPeering(ONE, [{ containerId: 'c1', status: 'AVAILABLE' }], containers).result).toBe('pass')
    expect(vpcPeering(ONE, [{ containerId: 'c2', status: 'AVAILABLE' }], containers).result).toBe('fail') // another region
    expect(vpcPeering(ONE, [{ containerId: 'c1', status: 'PENDING_ACCEPTANCE' }], containers)).toMatchObject({
      result: 'fail',
      evidence: expect.stringMatching(/PENDING_ACCEPTANCE/)
    })
    expect(
      vpcPeering([{ provider: 'GCP', region: 'US_EAST_1' }], [{ containerId: 'c3', status: 'AVAILABLE' }], containers)
        .result
    ).toBe('pass')
  })
})
