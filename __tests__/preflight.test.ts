// Mode preflight through dist/index.js, against the stand-in: reads only, each check's verdict in
// the report, the step failing on a fail, and no secret in anything it prints.
import { afterEach, describe, expect, it } from 'vitest'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { errorLines, runAction } from '../test-server/run-action.ts'
import {
  ATLAS_ORG,
  ATLAS_PROJECT,
  CREDENTIALS,
  expectNoLeak,
  SOURCE_PROJECT,
  startFakeApi
} from './helpers/fixtures.ts'

let api: FakeApi
afterEach(async () => {
  await api?.close()
})

const SOURCES = [
  {
    projectId: SOURCE_PROJECT,
    name: 'Payments',
    migrationHosts: ['mig-1.example.net'],
    deployments: [
      {
        name: 'payments-rs',
        tlsEnabled: true,
        sharded: false,
        managed: true,
        mongoDBVersion: '7.0.20',
        featureCompatibilityVersion: '7.0',
        dbSizeBytes: 5e9
      }
    ]
  }
]
const STEP = {
  mode: 'preflight',
  'org-id': ATLAS_ORG,
  'project-id': ATLAS_PROJECT,
  'cluster-name': 'atlas-payments',
  'source-cluster-name': 'payments-rs',
  'migration-host-ips': '203.0.113.7'
}

async function preflightApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  api = await startFakeApi({
    atlasProjects: [ATLAS_PROJECT],
    availableProjects: { [ATLAS_ORG]: SOURCES },
    clusters: { [ATLAS_PROJECT]: [{ name: 'atlas-payments', mongoDBVersion: '7.0.20', oplogSizeMB: 50_000 }] },
    accessList: { [ATLAS_PROJECT]: [{ ipAddress: '203.0.113.7' }] },
    ...options
  })
  return api
}

/** The summary's table of checks, row by row. */
const checkRows = (summary: string) =>
  [...summary.matchAll(/<tr><td>\S+\u00a0(\w+)<\/td><td>([^<]*)<\/td><td>[^<]*<\/td><td>([^<]*)<\/td><\/tr>/g)].map(
    m => ({
      result: m[1],
      check: m[2],
      fix: m[3]
    })
  )

const report = (outputs: Record<string, string>) =>
  Object.fromEntries(
    (JSON.parse(outputs['preflight-report'] as string) as { id: string; result: string }[]).map(c => [c.id, c.result])
  )

describe('preflight', () => {
  it('passes a ready destination, sends only reads, and reports every check', async () => {
    await preflightApi()
    const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['service-account'] })
    expect(run.code, run.log).toBe(0)
    expect(report(run.outputs)).toEqual({
      'PF-1': 'pass',
      'PF-2': 'pass',
      'PF-3': 'pass',
      'PF-4': 'pass',
      'PF-5': 'pass',
      'PF-6': 'pass',
      'PF-7': 'pass',
      'PF-8': 'pass',
      'PF-9': 'pass',
      'PF-10': 'pass',
      'PF-11': 'pass',
      'PF-12': 'skip',
      'PF-13': 'skip',
      'PF-14': 'pass',
      'PF-15': 'pass'
    })
    expect(run.outputs['preflight-result']).toBe('pass')
    const writes = api.requests.filter(r => r.method !== 'GET' && !r.path.startsWith('/api/oauth/'))
    expect(writes).toEqual([])
    expect(run.summary).toMatch(/^<h3>✅ Pre-flight passed<\/h3>/)
    expect(run.summary).toContain('<h4>Pre-flight checks: 13 passed, 2 skipped</h4>')
    expect(run.summary).toContain('<tr><td>✅\u00a0pass</td><td>PF-11 Migration host on the IP access list</td>')
    expectNoLeak(run, api)
  })

  it('fails on each documented cause it can see, with the fix, and validates nothing', async () => {
    await preflightApi({
      clusters: {
        [ATLAS_PROJECT]: [
          {
            name: 'atlas-payments',
            biConnector: true,
            noTableScan: true,
            versionReleaseSystem: 'CONTINUOUS',
            instanceSize: 'M30'
          }
        ]
      },
      accessList: { [ATLAS_PROJECT]: [{ cidrBlock: '198.51.100.0/24', status: 'PENDING' }] }
    })
    const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['api-key'] })
    expect(run.code).toBe(1)
    expect(report(run.outputs)).toMatchObject({
      'PF-3': 'warn',
      'PF-5': 'fail',
      'PF-6': 'fail',
      'PF-10': 'fail',
      'PF-11': 'fail'
    })
    // The overall result first, then each failed check once, as an error; a warning as a warning.
    expect(errorLines(run)).toEqual([
      'Pre-flight: 4 of 15 checks failed (PF-5, PF-6, PF-10, PF-11), so nothing was validated or started; each failed check follows with its fix.',
      expect.stringMatching(/^PF-5 FAIL Versions and FCV: .*Pin the destination to a major release/),
      expect.stringMatching(/^PF-6 FAIL BI Connector: /),
      expect.stringMatching(/^PF-10 FAIL Advanced configuration: /),
      expect.stringMatching(
        /^PF-11 FAIL .*: 203\.0\.113\.7 not covered\. Add 203\.0\.113\.7 to the destination project's IP access list\.$/
      )
    ])
    expect(run.log).not.toMatch(/^::warning::PF-\d+ FAIL/m)
    expect(run.log).toMatch(/^::warning::PF-3 WARN /m)
    // Said once: the last line of the log repeats it as text, not as a second annotation.
    expect(run.log).toMatch(/^Pre-flight: 4 of 15 checks failed .*\n❌ Failed · 4 failed, 1 warned of 15 checks/m)
    expect(api.validations.size + api.migrations.size).toBe(0)
    expect(run.summary).toMatch(/^<h3>❌ Pre-flight failed<\/h3>/)
    expect(run.summary).toContain(
      '<strong>Next:</strong> Fix PF-5 Versions and FCV first: pin the destination to a major release: not &quot;Latest Version With Auto Upgrades&quot;. Then the 3 other failed checks below, and run pre-flight again.'
    )
    expect(run.summary).toContain('<tr><td>❌\u00a0fail</td><td>PF-6 BI Connector</td>')
    // Failed first, then warned, then passed, then skipped; every fail and warn with its fix.
    const rows = checkRows(run.summary)
    expect(rows.map(r => r.result)).toEqual(
      [...'ffffwppppppppss'].map(c => ({ f: 'fail', w: 'warn', p: 'pass', s: 'skip' })[c])
    )
    for (const row of rows.filter(r => r.result === 'fail' || r.result === 'warn'))
      expect(row.fix, row.check).not.toBe('')
  })

  it('names the migration hosts to choose from, so the next step reads on its own', async () => {
    await preflightApi({
      availableProjects: {
        [ATLAS_ORG]: [
          { ...(SOURCES[0] as (typeof SOURCES)[number]), migrationHosts: ['mig-1.example.net', 'mig-2.example.net'] }
        ]
      }
    })
    const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['access-token'] })
    expect(run.code).toBe(1)
    expect(run.summary).toContain(
      "<strong>Next:</strong> Fix PF-2 Source: set migration-host to one of project Payments's migration hosts, exactly as listed: mig-1.example.net or mig-2.example.net. Then run pre-flight again.</p>"
    )
    expect(run.summary).not.toMatch(/one of them/)
  })

  it("points a 404 on the org's migration sources at org-id, in one sentence each, and counts 1 check", async () => {
    await preflightApi()
    api.faults.push({
      match: /availableProjects/,
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        error: 404,
        errorCode: 'RESOURCE_NOT_FOUND',
        detail: 'Cannot find resource.',
        reason: 'Not Found'
      })
    })
    const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['api-key'] })
    expect(run.code).toBe(1)
    expect(errorLines(run)[1]).toMatch(
      /^PF-1 FAIL Credential and scope: .*RESOURCE_NOT_FOUND: Cannot find resource\. Check org-id and base-url: what they name must exist on that host\.$/
    )
    expect(run.log).not.toMatch(/\.\./)
    expect(run.log).not.toMatch(/project-id and base-url/)
    expect(run.log).toMatch(/^❌ Failed · 1 failed, 0 warned of 1 check · took /m)
  })
  it('says a Flex destination, and skips what needs the cluster', async () => {
    await preflightApi({ clusters: { [ATLAS_PROJECT]: [{ name: 'atlas-payments', flex: true }] } })
    const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['access-token'] })
    expect(run.code).toBe(1)
    expect(report(run.outputs)).toMatchObject({ 'PF-3': 'fail', 'PF-4': 'skip', 'PF-10': 'skip' })
    expect(run.log).toMatch(
      /PF-3 FAIL Destination tier: cluster atlas-payments: HTTP 400 CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API\. A Flex cluster cannot receive/
    )
  })

  it('warns, never passes, when the migration host address is not given', async () => {
    await preflightApi()
    const run = await runAction({
      ...STEP,
      'migration-host-ips': '',
      'base-url': api.url,
      ...CREDENTIALS['access-token']
    })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['preflight-result']).toBe('warn')
    expect(run.log).toMatch(
      /::warning::PF-11 WARN .*: 1 access-list entry; .*not known to Atlas.*Give migration-host-ips/
    )
  })

  it('refuses a migration-host-ips that is not an address before any request', async () => {
    await preflightApi()
    const run = await runAction({
      ...STEP,
      'migration-host-ips': 'mig-1.example.net',
      'base-url': api.url,
      ...CREDENTIALS['access-token']
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/^Input 'migration-host-ips' must list IPv4 or IPv6 addresses or CIDR ranges/)
    ])
    expect(api.connections).toBe(0)
  })

  it('start-migration with preflight: true stops before validating on a failed check, and goes on when all pass', async () => {
    await preflightApi({
      clusters: { [ATLAS_PROJECT]: [{ name: 'atlas-payments', mongoDBVersion: '7.0.20', noTableScan: true }] }
    })
    const start = { ...STEP, mode: 'start-migration', preflight: 'true', 'skip-validation': 'false' }
    const refused = await runAction({ ...start, 'base-url': api.url, ...CREDENTIALS['api-key'] })
    expect(refused.code).toBe(1)
    expect(errorLines(refused)).toEqual([
      expect.stringMatching(/^Pre-flight: 1 of 15 checks failed \(PF-10\)/),
      expect.stringMatching(/^PF-10 FAIL /)
    ])
    expect(api.requests.filter(r => r.method === 'POST')).toEqual([])
    await api.close()

    await preflightApi({
      clusters: { [ATLAS_PROJECT]: [{ name: 'atlas-payments', mongoDBVersion: '7.0.20', oplogSizeMB: 50_000 }] }
    })
    const run = await runAction({ ...start, 'base-url': api.url, ...CREDENTIALS['api-key'] })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs['preflight-result']).toBe('pass')
    expect(api.migrations.size).toBe(1)
    // Pre-flight and discovery read the org's migration sources once between them (the org bucket).
    const sources = api.requests.filter(r => r.path.includes('/liveMigrations/availableProjects') && r.status !== 401)
    expect(sources).toHaveLength(1)
    // The validation's poll is not shared with anything: it reached Atlas.
    expect(api.requests.filter(r => /\/liveMigrations\/validate\/\w+$/.test(r.path))).toHaveLength(1)
  })

  it('fails while another migration into the destination is under way, and warns on maintenance starting now', async () => {
    const recent = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString()
    await preflightApi({
      events: {
        [ATLAS_PROJECT]: [
          { eventTypeName: 'CLUSTER_IMPORT_COMPLETED', created: recent(600), clusterName: 'atlas-payments' },
          { eventTypeName: 'CLUSTER_IMPORT_STARTED', created: recent(60), clusterName: 'atlas-payments' }
        ]
      },
      maintenanceWindows: { [ATLAS_PROJECT]: { startASAP: true } }
    })
    const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['access-token'] })
    expect(run.code).toBe(1)
    expect(report(run.outputs)).toMatchObject({ 'PF-14': 'fail', 'PF-15': 'warn' })
    expect(run.log).toMatch(/PF-14 FAIL .*CLUSTER_IMPORT_STARTED.*one migration into a cluster at a time/)
  })

  it('checks the private endpoint that private-link-id names, in the cluster region, and a VPC peering', async () => {
    await preflightApi({
      endpointServices: {
        [ATLAS_PROJECT]: [
          {
            regionName: 'US_EAST_1',
            endpoints: [
              { id: 'vpce-0123', status: 'AVAILABLE' },
              { id: 'vpce-0456', status: 'PENDING' }
            ]
          }
        ]
      },
      containers: { [ATLAS_PROJECT]: [{ id: '6650aa00bb11cc22dd33ee02', regionName: 'EU_WEST_1' }] },
      peers: { [ATLAS_PROJECT]: [{ containerId: '6650aa00bb11cc22dd33ee02', status: 'AVAILABLE' }] }
    })
    const privately = {
      ...STEP,
      'hostname-schema-type': 'PRIVATE_LINK',
      'base-url': api.url,
      ...CREDENTIALS['access-token']
    }
    const good = await runAction({ ...privately, 'private-link-id': 'vpce-0123' })
    expect(report(good.outputs)).toMatchObject({ 'PF-11': 'skip', 'PF-12': 'pass', 'PF-13': 'skip' })
    const pending = await runAction({ ...privately, 'private-link-id': 'vpce-0456' })
    expect(pending.code).toBe(1)
    expect(report(pending.outputs)).toMatchObject({ 'PF-12': 'fail' })
    expect(pending.log).toMatch(/PF-12 FAIL Private endpoint: endpoint vpce-0456: PENDING/)
    // The peering is in another region than the cluster (US_EAST_1): not a path to it.
    const peered = await runAction({
      ...STEP,
      'hostname-schema-type': 'VPC_PEERING',
      'base-url': api.url,
      ...CREDENTIALS['access-token']
    })
    expect(report(peered.outputs)).toMatchObject({ 'PF-12': 'skip', 'PF-13': 'fail' })
    expect(api.requests.filter(r => r.method !== 'GET')).toEqual([])
  })

  it('fails a destination without room for the source, and warns about data already there', async () => {
    await preflightApi({
      clusters: {
        [ATLAS_PROJECT]: [
          {
            name: 'atlas-payments',
            mongoDBVersion: '7.0.20',
            oplogSizeMB: 50_000,
            freeDiskBytes: 4e9,
            databases: ['pay']
          }
        ]
      }
    })
    const run = await runAction({ ...STEP, 'base-url': api.url, ...CREDENTIALS['access-token'] })
    expect(run.code).toBe(1)
    expect(report(run.outputs)).toMatchObject({ 'PF-8': 'fail', 'PF-9': 'warn' })
    expect(run.log).toMatch(/PF-8 FAIL Destination disk: source 5\.0 GB, destination 4\.0 GB free/)
    expect(run.log).toMatch(/PF-9 WARN Destination contents: user databases pay/)
  })
})
