// The pre-flight checks, pure: each verdict from the values read, and the algorithms under them.
import { describe, expect, it } from 'vitest'
import type { AvailableProject } from '../src/clients/migration'
import { accessList, covers, parseNet } from '../src/preflight/access-list'
import type { ClusterFacts } from '../src/preflight/checks'
import * as destination from '../src/preflight/checks'
import type { PlannedMigration } from '../src/preflight/source'
import * as source from '../src/preflight/source'

const checks = { ...destination, ...source, accessList }

import { fcvFindings, parseVersion, versionFindings } from '../src/preflight/versions'

const ORG = '5f1a2b3c4d5e6f7a8b9c0d1e'
const PROJECT = '7c8d9e0f1a2b3c4d5e6f7a8b'
const SOURCE_PROJECT = '9e0f1a2b3c4d5e6f7a8b9c0d'
const plan = (over: Partial<PlannedMigration> = {}): PlannedMigration => ({
  orgId: ORG,
  projectId: PROJECT,
  clusterName: 'dest',
  sourceClusterName: 'payments-rs',
  hasSourceCredentials: false,
  hostnameSchemaType: 'PUBLIC',
  shardingEntries: 0,
  ...over
})
const projects = (deployment: Record<string, unknown> = {}, hosts = ['mig-1.example.net']): AvailableProject[] => [
  {
    projectId: SOURCE_PROJECT,
    name: 'Payments',
    migrationHosts: hosts,
    deployments: [
      {
        name: 'payments-rs',
        managed: true,
        tlsEnabled: true,
        sharded: false,
        mongoDBVersion: '7.0.20',
        featureCompatibilityVersion: '7.0',
        ...deployment
      }
    ]
  }
]
const cluster = (over: Partial<ClusterFacts> = {}): ClusterFacts => ({
  name: 'dest',
  clusterType: 'REPLICASET',
  stateName: 'IDLE',
  paused: false,
  mongoDBVersion: '8.0.29',
  versionReleaseSystem: 'LTS',
  featureCompatibilityVersion: '8.0',
  biConnectorEnabled: false,
  regions: [{ provider: 'AWS', region: 'US_EAST_1', instanceSize: 'M40' }],
  shards: 1,
  ...over
})

describe('versions', () => {
  it('compares as numbers and reads suffixes', () => {
    expect(parseVersion('7.0.14-ent')).toEqual([7, 0, 14])
    expect(versionFindings('source', '7.0.9')[0]?.result).toBe('fail') // below 7.0.13, though "7.0.9" > "7.0.13" as text
    expect(versionFindings('source', '7.0.13')[0]?.result).toBe('warn') // below mongosync's 7.0.18
    expect(versionFindings('source', '7.0.20')[0]?.result).toBe('pass')
    expect(versionFindings('destination', '8.2.1')[0]).toMatchObject({
      result: 'fail',
      fix: expect.stringMatching(/major releases only/)
    })
    expect(versionFindings('source', '5.0.30')[0]?.result).toBe('fail')
    expect(versionFindings('source', '8.0.10')[0]?.result).toBe('warn')
    expect(fcvFindings('source', '7.0.20', '5.0')[0]?.result).toBe('fail')
    expect(fcvFindings('source', '7.0.20', '6.0')[0]?.result).toBe('warn')
    expect(fcvFindings('source', '7.0.20', '7.0')[0]?.result).toBe('pass')
  })
})

describe('access-list coverage', () => {
  const net = (text: string) => parseNet(text) as NonNullable<ReturnType<typeof parseNet>>
  it('covers addresses and ranges, IPv4 and IPv6, and IPv4-mapped IPv6 as IPv4', () => {
    expect(covers(net('203.0.113.0/24'), net('203.0.113.7'))).toBe(true)
    expect(covers(net('203.0.113.0%2F24'), net('203.0.113.0/28'))).toBe(true)
    expect(covers(net('203.0.113.0/28'), net('203.0.113.0/24'))).toBe(false) // a wider range is not covered
    expect(covers(net('203.0.113.7'), net('203.0.113.8'))).toBe(false)
    expect(covers(net('2001:db8::/32'), net('2001:0db8:0:0:0:0:0:1'))).toBe(true)
    expect(covers(net('203.0.113.7'), net('::ffff:203.0.113.7'))).toBe(true)
    expect(covers(net('0.0.0.0/0'), net('2001:db8::1'))).toBe(false) // never across families
    expect(parseNet('sg-0123')).toBeUndefined()
  })
})

describe('the checks', () => {
  it('PF-1 fails a project of another org', () => {
    expect(checks.credentialAndScope(plan(), ORG).result).toBe('pass')
    expect(checks.credentialAndScope(plan(), 'a0b1c2d3e4f5a6b7c8d9e0f1')).toMatchObject({
      result: 'fail',
      fix: expect.stringMatching(/project-id/)
    })
  })

  it.each([
    ['a deployment that is not listed', plan({ sourceClusterName: 'nope' }), projects(), 'fail', /source-cluster-name/],
    [
      'a host the project does not list',
      plan({ migrationHost: 'mig-1.example.net.' }),
      projects(),
      'fail',
      /migration-host/
    ],
    ['two hosts and none chosen', plan(), projects({}, ['a', 'b']), 'fail', /migration-host/],
    ['an unmanaged source without credentials', plan(), projects({ managed: false }), 'fail', /source-username/],
    ['source-ssl against tlsEnabled', plan({ sourceSsl: false }), projects(), 'fail', /source-ssl to true/],
    ['a source below the floor', plan(), projects({ mongoDBVersion: '6.0.16' }), 'fail', /6\.0\.17/],
    [
      'a source FCV mid-upgrade',
      plan(),
      projects({ featureCompatibilityVersion: '6.0' }),
      'warn',
      /FCV|featureCompat|upgrade/
    ],
    ['a good source', plan(), projects(), 'pass', /^$/]
  ])('PF-2: %s', (_name, p, available, result, fix) => {
    const { check } = checks.sourceFacts(p, available)
    expect(check.result).toBe(result)
    expect(check.fix).toMatch(fix)
  })

  it.each([
    [
      'a shared tier',
      cluster({ regions: [{ provider: 'TENANT', instanceSize: 'M0', effectiveInstanceSize: 'M0' }] }),
      'fail'
    ],
    ['below M40', cluster({ regions: [{ provider: 'AWS', instanceSize: 'M30' }] }), 'warn'],
    ['M40', cluster(), 'pass']
  ])('PF-3: %s', (_name, c, result) => expect(checks.destinationTier(c).result).toBe(result))

  it('PF-3 names a Flex destination from its refusal', () => {
    expect(checks.destinationUnreadable('dest', 400, 'CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API').fix).toMatch(/Flex/)
    expect(checks.destinationUnreadable('dest', 404, 'CLUSTER_NOT_FOUND').fix).toMatch(/cluster-name/)
  })

  it.each([
    [{ paused: true }, 'fail'],
    [{ stateName: 'CREATING' }, 'fail'],
    [{ stateName: 'UPDATING' }, 'warn'],
    [{}, 'pass']
  ] as [Partial<ClusterFacts>, string][])('PF-4: %o → %s', (over, result) => {
    expect(checks.destinationState(cluster(over)).result).toBe(result)
  })

  it('PF-5: cadence, versions and FCV against the source', () => {
    const source = projects()[0]?.deployments?.[0]
    expect(checks.destinationVersion(cluster({ versionReleaseSystem: 'CONTINUOUS' }), source).result).toBe('fail')
    expect(
      checks.destinationVersion(cluster({ mongoDBVersion: '6.0.20', featureCompatibilityVersion: '6.0' }), source)
    ).toMatchObject({
      result: 'fail',
      fix: expect.stringMatching(/same or a later major/)
    })
    expect(checks.destinationVersion(cluster(), source).result).toBe('warn') // 8.0 over 7.0: allowed, said
    expect(
      checks.destinationVersion(cluster({ mongoDBVersion: '7.0.20', featureCompatibilityVersion: '7.0' }), source)
        .result
    ).toBe('pass')
  })

  it('PF-6 and PF-7', () => {
    expect(checks.biConnector(cluster({ biConnectorEnabled: true })).result).toBe('fail')
    const sharded = projects({ sharded: true })[0]?.deployments?.[0]
    expect(checks.topology(cluster(), sharded, plan()).result).toBe('fail')
    const rs = projects()[0]?.deployments?.[0]
    expect(checks.topology(cluster({ clusterType: 'SHARDED', shards: 2 }), rs, plan()).result).toBe('warn')
    expect(
      checks.topology(cluster({ clusterType: 'SHARDED', shards: 2 }), rs, plan({ shardingEntries: 1 })).result
    ).toBe('pass')
  })

  it('PF-10', () => {
    expect(checks.processArgs({ noTableScan: true, oplogSizeMB: 50_000 }).result).toBe('fail')
    expect(checks.processArgs({ noTableScan: false, oplogSizeMB: null }).result).toBe('warn')
    expect(checks.processArgs({ noTableScan: false, oplogSizeMB: 50_000 }).result).toBe('pass')
  })

  it('PF-11: never a silent pass without the host address; each entry state', () => {
    const entries = [
      { ipAddress: '203.0.113.7', cidrBlock: '203.0.113.7/32', status: 'ACTIVE' },
      { cidrBlock: '198.51.100.0/24', status: 'PENDING' },
      { cidrBlock: '192.0.2.0/24', status: 'FAILED' }
    ]
    expect(checks.accessList(plan(), [], entries)).toMatchObject({
      result: 'warn',
      fix: expect.stringMatching(/migration-host-ips/)
    })
    expect(checks.accessList(plan(), ['203.0.113.7'], entries).result).toBe('pass')
    expect(checks.accessList(plan(), ['198.51.100.9'], entries).result).toBe('warn')
    expect(checks.accessList(plan(), ['192.0.2.9'], entries).result).toBe('fail')
    expect(checks.accessList(plan(), ['203.0.113.8'], entries)).toMatchObject({
      result: 'fail',
      fix: expect.stringMatching(/Add 203\.0\.113\.8/)
    })
    expect(checks.accessList(plan(), ['203.0.113.8'], [{ cidrBlock: '0.0.0.0/0', status: 'ACTIVE' }]).result).toBe(
      'warn'
    )
    expect(checks.accessList(plan({ hostnameSchemaType: 'PRIVATE_LINK' }), [], entries).result).toBe('skip')
  })
})
