// The migration modes, through dist/index.js as the runner runs it, against the stand-in's
// migration endpoints and state machine.
import { afterEach, describe, expect, it } from 'vitest'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { errorLines, runAction, runBundle } from '../test-server/run-action.ts'
import type { CredentialKind } from './helpers/fixtures.ts'
import {
  ATLAS_ORG,
  CREDENTIALS,
  expectNoLeak,
  ATLAS_PROJECT as PROJECT,
  SOURCE_API_KEY,
  SOURCE_ORG,
  SOURCE_PROJECT,
  startFakeApi
} from './helpers/fixtures.ts'

const OTHER_PROJECT = 'a0b1c2d3e4f5a6b7c8d9e0f1'
const SOURCE_PASSWORD = 'src-Pa55w0rd-never-shown'

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
        mongoDBVersion: '7.0.14',
        dbSizeBytes: 1e9
      },
      { name: 'ledger', tlsEnabled: false, sharded: true, managed: true, mongoDBVersion: '6.0.18' }
    ]
  },
  {
    projectId: OTHER_PROJECT,
    name: 'Reporting',
    migrationHosts: ['mig-2.example.net', 'mig-3.example.net'],
    deployments: [{ name: 'ledger', tlsEnabled: true, sharded: false, managed: false, mongoDBVersion: '7.0.14' }]
  }
]

let api: FakeApi
afterEach(async () => {
  await api?.close()
})

async function migrationApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  api = await startFakeApi({ atlasProjects: [PROJECT], availableProjects: { [ATLAS_ORG]: SOURCES }, ...options })
  return api
}
const atlas = (kind: CredentialKind = 'api-key') => ({ 'base-url': api.url, ...CREDENTIALS[kind] })
const request = (method: string, pattern: RegExp) =>
  api.requests.filter(r => r.method === method && pattern.test(r.path))
const START = {
  'org-id': ATLAS_ORG,
  'project-id': PROJECT,
  'cluster-name': 'atlas-payments',
  'source-cluster-name': 'payments-rs'
}

describe('list-migration-sources', () => {
  it('outputs the projects as compact JSON and one matrix row per deployment', async () => {
    await migrationApi()
    const run = await runAction({ mode: 'list-migration-sources', 'org-id': ATLAS_ORG, ...atlas() })
    expect(run.code, run.log).toBe(0)
    expect(JSON.parse(run.outputs.projects as string)).toEqual(SOURCES)
    expect(run.outputs.projects).not.toContain('\n')
    const deployments = JSON.parse(run.outputs.deployments as string)
    expect(deployments).toHaveLength(3)
    expect(deployments[0]).toEqual({
      projectId: SOURCE_PROJECT,
      projectName: 'Payments',
      clusterName: 'payments-rs',
      sharded: false,
      tlsEnabled: true,
      managed: true,
      mongoDBVersion: '7.0.14',
      dbSizeBytes: 1e9,
      migrationHosts: ['mig-1.example.net']
    })
    expect(request('GET', /availableProjects$/)[0]?.headers.accept).toBe('application/vnd.atlas.2023-01-01+json')
    expect(run.summary).toContain('<h3>✅ 3 deployments in 2 projects to migrate</h3>')
    // The deployments themselves, one row each, not only their count.
    expect(run.summary).toContain(
      '<h4>Deployments to migrate (3)</h4>\n<table><tr><th>Project</th><th>Deployment</th><th>MongoDB</th><th>TLS</th><th>Size</th><th>Migration hosts</th></tr>' +
        `<tr><td>Payments (${SOURCE_PROJECT})</td><td>payments-rs</td><td>7.0.14</td><td>on</td><td>1.0\u00a0GB</td><td>mig-1.example.net</td></tr>` +
        `<tr><td>Payments (${SOURCE_PROJECT})</td><td>ledger</td><td>6.0.18, sharded</td><td>off</td><td>not reported</td><td>mig-1.example.net</td></tr>` +
        `<tr><td>Reporting (${OTHER_PROJECT})</td><td>ledger</td><td>7.0.14</td><td>on</td><td>not reported</td><td>mig-2.example.net, mig-3.example.net</td></tr></table>`
    )
  })

  it("points a 404 on the org's migration sources at org-id, in one sentence each", async () => {
    await migrationApi()
    api.faults.push({
      match: /availableProjects/,
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: 404, errorCode: 'RESOURCE_NOT_FOUND', detail: 'Not found.', reason: 'Not Found' })
    })
    // start-migration's own 404s point at project-id; the org's read, at org-id.
    const run = await runAction({ mode: 'start-migration', ...START, ...atlas() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^List migration sources failed: HTTP 404 .*: RESOURCE_NOT_FOUND: Not found\. Check org-id and base-url: what they name must exist on that host\.$/
      )
    ])
    expect(run.summary).toContain('<strong>Next:</strong> Check org-id and base-url')
  })

  it('leaves what Atlas does not report as null in the matrix rows, never a guess', async () => {
    await migrationApi({
      availableProjects: {
        [ATLAS_ORG]: [
          { projectId: SOURCE_PROJECT, name: 'Payments', migrationHosts: [], deployments: [{ name: 'bare' }] }
        ]
      }
    })
    const run = await runAction({ mode: 'list-migration-sources', 'org-id': ATLAS_ORG, ...atlas() })
    expect(run.code, run.log).toBe(0)
    expect(JSON.parse(run.outputs.deployments as string)[0]).toMatchObject({
      clusterName: 'bare',
      tlsEnabled: null,
      managed: null,
      sharded: null
    })
    expect(run.log).toContain(
      'Payments / bare: MongoDB ?, topology not reported, TLS not reported, migration hosts: none'
    )
  })

  it('warns when the org lists nothing to migrate', async () => {
    await migrationApi({ availableProjects: {} })
    const run = await runAction({ mode: 'list-migration-sources', 'org-id': ATLAS_ORG, ...atlas('access-token') })
    expect(run.code).toBe(0)
    expect(run.outputs.deployments).toBe('[]')
    expect(run.log).toMatch(/::warning::Atlas org \w+ lists no project to migrate: is a Cloud Manager/)
  })
})

describe('discovery and validation', () => {
  it('fills source project, TLS and migration host from the one deployment named, and validates at 2024-05-30', async () => {
    await migrationApi({ validation: { pendingPolls: 2 } })
    const run = await runAction({ mode: 'validate-migration', ...START, ...atlas() })
    expect(run.code, run.log).toBe(0)
    const [post] = request('POST', /validate$/)
    expect(post?.headers['content-type']).toBe('application/vnd.atlas.2024-05-30+json')
    expect(JSON.parse(post?.body ?? '')).toEqual({
      source: { clusterName: 'payments-rs', groupId: SOURCE_PROJECT, managedAuthentication: true, ssl: true },
      destination: { clusterName: 'atlas-payments', groupId: PROJECT, hostnameSchemaType: 'PUBLIC' },
      migrationHosts: ['mig-1.example.net'],
      dropDestinationData: false
    })
    expect(request('GET', /validate\/\w+$/)).toHaveLength(2)
    expect(run.outputs['validation-status']).toBe('SUCCESS')
    expect(run.outputs['validation-id']).toBe([...api.validations.keys()][0])
    expect(run.log).toContain(
      `Discovered payments-rs: project Payments (${SOURCE_PROJECT}), TLS on, migration host mig-1.example.net.`
    )
    expect(api.migrations.size).toBe(0)
  })

  it('sends no discovery call when the inputs name the source fully, and the given credentials', async () => {
    await migrationApi()
    const run = await runAction({
      mode: 'validate-migration',
      ...START,
      'org-id': '',
      'source-project-id': SOURCE_PROJECT,
      'migration-host': 'mig-9.example.net',
      'source-ssl': 'false',
      'source-username': 'migrator',
      'source-password': SOURCE_PASSWORD,
      'hostname-schema-type': 'VPC_PEERING',
      'drop-destination-data': 'true',
      sharding:
        '{"createSupportingIndexes": true, "shardingEntries": [{"database": "pay", "collection": "tx", "shardCollection": {"key": [{"account": 1}]}}]}',
      ...atlas('service-account')
    })
    expect(run.code, run.log).toBe(0)
    expect(request('GET', /availableProjects/)).toEqual([])
    expect(JSON.parse(request('POST', /validate$/)[0]?.body ?? '')).toEqual({
      source: {
        clusterName: 'payments-rs',
        groupId: SOURCE_PROJECT,
        managedAuthentication: false,
        ssl: false,
        username: 'migrator',
        password: SOURCE_PASSWORD
      },
      destination: { clusterName: 'atlas-payments', groupId: PROJECT, hostnameSchemaType: 'VPC_PEERING' },
      migrationHosts: ['mig-9.example.net'],
      dropDestinationData: true,
      sharding: {
        createSupportingIndexes: true,
        shardingEntries: [{ database: 'pay', collection: 'tx', shardCollection: { key: [{ account: 1 }] } }]
      }
    })
    expect(run.log).toMatch(
      /::warning::drop-destination-data is true: every collection of the destination cluster 'atlas-payments' is dropped/
    )
    expect(run.summary).toContain('user migrator')
    expectNoLeak(run, api, [SOURCE_PASSWORD])
  })

  it.each([
    [
      'no deployment of that name',
      { 'source-cluster-name': 'nope' },
      /No deployment named 'nope' .*Candidates: Payments \(\w+\) \/ payments-rs; Payments \(\w+\) \/ ledger; Reporting \(\w+\) \/ ledger\./
    ],
    [
      'two deployments of that name',
      { 'source-cluster-name': 'ledger' },
      /2 deployments named 'ledger' .*Set source-project-id to one of them: Payments \(\w+\) \/ ledger; Reporting \(\w+\) \/ ledger\./
    ],
    [
      'a project with two migration hosts',
      { 'source-cluster-name': 'ledger', 'source-project-id': OTHER_PROJECT },
      /Project Reporting has 2 migration hosts: set migration-host to one of mig-2\.example\.net, mig-3\.example\.net/
    ]
  ])('fails on %s, listing the candidates, and validates nothing', async (_name, override, message) => {
    await migrationApi()
    const run = await runAction({ mode: 'start-migration', ...START, ...override, ...atlas() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(message)])
    expect(request('POST', /liveMigrations/)).toEqual([])
  })

  it('fails a FAILED validation with its message and what to do, and starts no migration', async () => {
    await migrationApi({
      validation: { pendingPolls: 1, failWith: 'Available disk space on the destination needs to be increased' }
    })
    const run = await runAction({ mode: 'start-migration', ...START, ...atlas() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^Validation \w+ FAILED: Available disk space on the destination needs to be increased\. Give the destination cluster more storage .* No migration was started\.$/
      )
    ])
    expect(run.outputs['validation-status']).toBe('FAILED')
    expect(request('POST', /liveMigrations$/)).toEqual([])
    expect(api.migrations.size).toBe(0)
    expect(run.summary).toMatch(/^<h3>❌ Validation \w+ FAILED<\/h3>/)
    expect(run.summary).toContain('<strong>Next:</strong> Give the destination cluster more storage')
  })

  it('says a reason that ends its own sentence once, without a doubled period', async () => {
    await migrationApi({ validation: { pendingPolls: 0, failWith: 'Source is version 5.0; use 6.0.17 or later.' } })
    const run = await runAction({ mode: 'validate-migration', ...START, ...atlas() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/FAILED: Source is version 5\.0; use 6\.0\.17 or later\. No migration was started\.$/)
    ])
    expect(run.summary).not.toMatch(/\.\. /)
  })

  it.each([
    [
      'a project-id that is not 24 hex',
      { 'project-id': 'proj-1' },
      /Input 'project-id' must be a destination Atlas project ID/
    ],
    ['a lone source-username', { 'source-username': 'u' }, /Input 'source-password' is required with source-username/],
    [
      'PRIVATE_LINK without its ID',
      { 'hostname-schema-type': 'PRIVATE_LINK' },
      /Input 'private-link-id' is required with hostname-schema-type: PRIVATE_LINK/
    ],
    [
      'a private-link-id with PUBLIC',
      { 'private-link-id': 'pl-1' },
      /Input 'private-link-id' goes only with hostname-schema-type: PRIVATE_LINK/
    ],
    ['sharding that is not JSON', { sharding: '{db: 1}' }, /Input 'sharding' is not valid JSON/],
    [
      'sharding without a key',
      {
        sharding:
          '{"createSupportingIndexes": false, "shardingEntries": [{"database": "a", "collection": "b", "shardCollection": {"key": []}}]}'
      },
      /shardingEntries\[0\]\.shardCollection\.key, a non-empty array/
    ],
    [
      'wait-for complete on start-migration',
      { 'wait-for': 'complete' },
      /Input 'wait-for' must be one of none, ready-for-cutover in mode start-migration/
    ],
    [
      'discovery without org-id',
      { 'org-id': '' },
      /Input 'org-id' is required: the Atlas organization ID, to discover/
    ],
    ['a poll interval of 0', { 'poll-interval-seconds': '0' }, /Input 'poll-interval-seconds'/],
    [
      'a wait over five days',
      { 'wait-timeout-seconds': '432001' },
      /Input 'wait-timeout-seconds' must be a whole number of seconds from 1 to 432000/
    ]
  ])('rejects %s before any request', async (_name, override, message) => {
    await migrationApi()
    const run = await runAction({ mode: 'start-migration', ...START, ...override, ...atlas() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(message)])
    expect(api.connections).toBe(0)
  })
})

describe('start-migration and migration-status', () => {
  it('says what a migration-id must be in one plain sentence, before any request', async () => {
    await migrationApi()
    const run = await runAction({ mode: 'migration-status', 'project-id': PROJECT, 'migration-id': '66F0', ...atlas() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      'Input \'migration-id\' must be a migration ID of 24 lowercase hexadecimal characters; got "66F0".'
    ])
    const missing = await runAction({ mode: 'cutover', 'project-id': PROJECT, ...atlas() })
    expect(errorLines(missing)).toEqual([
      "Input 'migration-id' is required: the migration ID that start-migration output (24 hexadecimal characters)."
    ])
    expect(api.connections).toBe(0)
  })

  it('validates, starts, outputs the ID at once, and waits until ready, with progress and a summary', async () => {
    await migrationApi({ migration: { workingAfterMs: 200, readyAfterMs: 3500, lagStartSeconds: 90 } })
    const run = await runAction({
      mode: 'start-migration',
      ...START,
      'wait-for': 'ready-for-cutover',
      'poll-interval-seconds': '1',
      ...atlas()
    })
    expect(run.code, run.log).toBe(0)
    const [id] = api.migrations.keys()
    const create = request('POST', /liveMigrations$/)
    expect(create).toHaveLength(1)
    expect(create[0]?.headers.accept).toBe('application/vnd.atlas.2024-05-30+json')
    expect(run.outputs).toMatchObject({
      'migration-id': id,
      'migration-status': 'WORKING',
      'ready-for-cutover': 'true',
      'lag-seconds': '1'
    })
    expect(run.log).toContain(`Migration started: ID ${id}.`)
    expect(run.log).toMatch(
      /Waiting for migration \w+ to be ready for cut-over: WORKING ready=false lag=\d+s; poll \d+ in 1\.0 s/
    )
    expect(run.summary).toContain(`<td>Migration ID</td><td>${id}</td>`)
    expect(run.summary).toMatch(new RegExp(`^<h3>✅ Migration ${id} is ready for cut-over</h3>`))
    expect(run.summary).toMatch(
      /<strong>Next:<\/strong> Stop writes to the source, then approve the cut-over before \d{4}-\d\d-\d\d \d\d:\d\d UTC \(120 h after readiness was first seen/
    )
    // The chart from zero on a time axis, and the poll count the log gives.
    expect(run.summary).toMatch(
      /\n\n```mermaid\n[^`]*xychart-beta\n[^`]*x-axis "seconds since the first read" [\d.]+ --> [\d.]+\n {2}y-axis "lag \(s\)" 0 --> \d+\n {2}bar \[[^\]]+\]\n {2}line \[[^\]]+\]\n```/
    )
    const polls = /after (\d+) polls/.exec(run.log)?.[1]
    expect(run.summary).toContain(`<p>${polls} polls over `)
    expect(run.summary).toMatch(/<td>WORKING<\/td><td>yes<\/td><td>1 s<\/td>/)
    expect(run.log).toMatch(new RegExp(`^✅ Succeeded · migration ${id} · WORKING · ready for cut-over · took `, 'm'))
    expect(
      request('GET', /liveMigrations\/\w+$/).every(r => r.headers.accept === 'application/vnd.atlas.2023-01-01+json')
    ).toBe(true)
  })

  it('reports NEW and WORKING without waiting, and succeeds', async () => {
    await migrationApi({ migration: { workingAfterMs: 60_000 } })
    const started = await runAction({
      mode: 'start-migration',
      ...START,
      'skip-validation': 'true',
      ...atlas('access-token')
    })
    expect(started.code, started.log).toBe(0)
    expect(request('POST', /validate$/)).toEqual([])
    expect(started.log).toMatch(/::warning::skip-validation is true/)
    const run = await runAction({
      mode: 'migration-status',
      'project-id': PROJECT,
      'migration-id': started.outputs['migration-id'] as string,
      ...atlas('access-token')
    })
    expect(run.code, run.log).toBe(0)
    expect(run.outputs).toMatchObject({ 'migration-status': 'NEW', 'ready-for-cutover': 'false' })
  })

  it.each(['FAILED', 'EXPIRED'] as const)('fails on %s and says where to look', async end => {
    await migrationApi({ migration: { workingAfterMs: 0, readyAfterMs: 0, end } })
    const started = await runAction({
      mode: 'start-migration',
      ...START,
      'skip-validation': 'true',
      ...atlas('access-token')
    })
    const run = await runAction({
      mode: 'migration-status',
      'project-id': PROJECT,
      'migration-id': started.outputs['migration-id'] as string,
      ...atlas('access-token')
    })
    expect(run.code).toBe(1)
    expect(run.outputs['migration-status']).toBe(end)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        end === 'FAILED'
          ? /is FAILED: the API gives no reason: look at .* Atlas UI .* agent log/
          : /is EXPIRED: the cut-over window \(120 hours/
      )
    ])
    expect(run.summary).toContain(`ended ${end}`)
  })

  it('times out a wait with the last status, still setting the outputs', async () => {
    await migrationApi({ migration: { workingAfterMs: 0, readyAfterMs: 600_000 } })
    const started = await runAction({ mode: 'start-migration', ...START, 'skip-validation': 'true', ...atlas() })
    const run = await runAction({
      mode: 'migration-status',
      'project-id': PROJECT,
      'migration-id': started.outputs['migration-id'] as string,
      'wait-for': 'ready-for-cutover',
      'wait-timeout-seconds': '3',
      'poll-interval-seconds': '1',
      ...atlas()
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^Timed out after 3 s waiting for migration \w+ to be ready for cut-over; the last read was WORKING ready=false lag=\d+s\. .*resume later with mode migration-status/
      )
    ])
    expect(run.outputs).toMatchObject({ 'migration-status': 'WORKING', 'ready-for-cutover': 'false' })
    expect(run.outputs['lag-seconds']).toMatch(/^\d+$/)
  })

  // Through the bundle: the runner's SIGINT reaches the process, which only the bundle shows.
  it('stops waiting on SIGINT: revokes its token, writes the summary with the ID and last status, exits non-zero', async () => {
    await migrationApi({ migration: { workingAfterMs: 0, readyAfterMs: 600_000 } })
    const run = await runBundle(
      {
        mode: 'start-migration',
        ...START,
        'skip-validation': 'true',
        'wait-for': 'ready-for-cutover',
        'poll-interval-seconds': '1',
        ...atlas('service-account')
      },
      {},
      { signal: { name: 'SIGINT', when: /poll 2 in/ } }
    )
    const [id] = api.migrations.keys()
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^Cancelled \(SIGINT\): the runner is stopping the job\. Stopped waiting for migration \w+ to be ready for cut-over; the last read was WORKING/
      )
    ])
    expect(run.outputs['migration-id']).toBe(id)
    expect(run.summary).toContain(id)
    expect(run.summary).toContain('WORKING')
    expect([...api.issuedAccessTokens].every(t => api.revokedAccessTokens.has(t))).toBe(true)
  })
})

describe('cutover', () => {
  async function readyMigration(options: FakeApiOptions = {}): Promise<string> {
    await migrationApi({ migration: { workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 1500 }, ...options })
    const started = await runAction({ mode: 'start-migration', ...START, 'skip-validation': 'true', ...atlas() })
    return started.outputs['migration-id'] as string
  }
  const cut = (migrationId: string, extra: Record<string, string> = {}) =>
    runAction({
      mode: 'cutover',
      'project-id': PROJECT,
      'migration-id': migrationId,
      'poll-interval-seconds': '1',
      ...atlas(),
      ...extra
    })

  it('sends nothing at all without confirm-writes-stopped: true', async () => {
    const id = await readyMigration()
    const connections = api.connections
    for (const confirm of ['', 'false']) {
      const run = await cut(id, { 'confirm-writes-stopped': confirm })
      expect(run.code).toBe(1)
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /^Mode cutover needs confirm-writes-stopped: true: stop writes to the source cluster first\..*Nothing was sent\.$/
        )
      ])
    }
    expect(api.connections).toBe(connections)
  })

  it('cuts over a ready migration (the API answers 204) and waits for COMPLETE', async () => {
    const id = await readyMigration()
    const run = await cut(id, { 'confirm-writes-stopped': 'true' })
    expect(run.code, run.log).toBe(0)
    const puts = request('PUT', /cutover$/)
    expect(puts.map(r => r.status)).toEqual([204])
    expect(puts[0]?.body).toBe('')
    expect(run.outputs['migration-status']).toBe('COMPLETE')
    expect(run.log).toMatch(
      /::warning::Cutting over migration \w+ into project \w+: Atlas stops syncing from the source/
    )
    expect(run.log).toMatch(/Waiting for migration \w+ to be COMPLETE/)
  })

  it('refuses a migration that is not ready, with its lag, and sends no PUT', async () => {
    await migrationApi({ migration: { workingAfterMs: 0, readyAfterMs: 600_000 } })
    const started = await runAction({ mode: 'start-migration', ...START, 'skip-validation': 'true', ...atlas() })
    const run = await cut(started.outputs['migration-id'] as string, { 'confirm-writes-stopped': 'true' })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(/is not ready for cut-over \(WORKING ready=false lag=\d+s\): no cut-over was sent/)
    ])
    expect(request('PUT', /cutover$/)).toEqual([])
  })

  it('does nothing for a migration that is COMPLETE already', async () => {
    const id = await readyMigration({ migration: { workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 0 } })
    expect((await cut(id, { 'confirm-writes-stopped': 'true' })).code).toBe(0)
    const again = await cut(id, { 'confirm-writes-stopped': 'true' })
    expect(again.code, again.log).toBe(0)
    expect(again.log).toContain('is COMPLETE already: nothing to cut over, nothing sent')
    expect(request('PUT', /cutover$/)).toHaveLength(1)
  })
})

it('delete-link-token fails with 409 while a migration is active, never "nothing to delete"', async () => {
  await migrationApi({ migration: { workingAfterMs: 0, readyAfterMs: 600_000 } })
  api.linkTokens.set(ATLAS_ORG, ['lt-in-use'])
  await runAction({ mode: 'start-migration', ...START, 'skip-validation': 'true', ...atlas() })
  const run = await runAction({ mode: 'delete-link-token', 'org-id': ATLAS_ORG, ...atlas() })
  expect(run.code).toBe(1)
  expect(errorLines(run)).toEqual([
    expect.stringMatching(/HTTP 409 .*CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK/)
  ])
  expect(api.linkTokens.get(ATLAS_ORG)).toEqual(['lt-in-use'])
})

describe('safe seams, through dist/index.js', () => {
  it.each(['FAILED', 'EXPIRED'] as const)(
    'start-migration waiting for ready-for-cutover fails when the migration ends %s during the wait',
    async end => {
      await migrationApi({ migration: { workingAfterMs: 0, readyAfterMs: 1500, end } })
      const run = await runAction({
        mode: 'start-migration',
        ...START,
        'skip-validation': 'true',
        'wait-for': 'ready-for-cutover',
        'poll-interval-seconds': '1',
        ...atlas('access-token')
      })
      const [id] = api.migrations.keys()
      expect(run.code, run.log).toBe(1)
      expect(errorLines(run)).toEqual([expect.stringMatching(new RegExp(`^Migration ${id} is ${end}: `))])
      expect(run.outputs).toMatchObject({ 'migration-id': id, 'migration-status': end, 'lag-seconds': '' })
      expect(run.log).toMatch(new RegExp(`^migration ${id} ${end} ready=false lag=none$`, 'm'))
    }
  )

  it('start-migration fails when the create answer already says FAILED, still giving the ID', async () => {
    await migrationApi()
    api.faults.push({
      match: /^POST .*liveMigrations$/,
      status: 201,
      headers: { 'content-type': 'application/vnd.atlas.2024-05-30+json;charset=utf-8' },
      body: JSON.stringify({ _id: '6650aa00bb11cc22dd33ee77', status: 'FAILED', readyForCutover: false })
    })
    const run = await runAction({ mode: 'start-migration', ...START, 'skip-validation': 'true', ...atlas() })
    expect(run.code).toBe(1)
    expect(run.outputs['migration-id']).toBe('6650aa00bb11cc22dd33ee77')
    expect(errorLines(run)).toEqual([expect.stringMatching(/^Migration 6650aa00bb11cc22dd33ee77 is FAILED/)])
  })

  it('a 201 to create without _id says a migration may exist, not to re-run start, and where to find it', async () => {
    await migrationApi()
    api.faults.push({
      match: /^POST .*liveMigrations$/,
      status: 201,
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
    const run = await runAction({ mode: 'start-migration', ...START, 'skip-validation': 'true', ...atlas() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Start migration: HTTP 201 from POST \\S+ did not carry '_id' in its body\\. It may have taken effect all the same: a migration of payments-rs into cluster atlas-payments may have started\\. Do not re-run start-migration: .* Find it in the Atlas UI \\(project ${PROJECT}, cluster atlas-payments`
        )
      )
    ])
  })

  it('SIGINT while the read before a cut-over is in flight: no PUT, exit 1, the summary says cancelled', async () => {
    await migrationApi({ migration: { workingAfterMs: 0, readyAfterMs: 0 } })
    const started = await runAction({ mode: 'start-migration', ...START, 'skip-validation': 'true', ...atlas() })
    const id = started.outputs['migration-id'] as string
    const before = api.requests.length
    const reads = () => api.requests.slice(before).filter(r => r.method === 'GET').length
    api.faults.push({
      match: /^GET .*liveMigrations\/\w+$/,
      status: 200,
      headers: { 'content-type': 'application/vnd.atlas.2023-01-01+json;charset=utf-8' },
      body: JSON.stringify({ _id: id, status: 'WORKING', readyForCutover: true, lagTimeSeconds: 1 }),
      delayMs: 3000
    })
    const run = await runAction(
      { mode: 'cutover', 'project-id': PROJECT, 'migration-id': id, 'confirm-writes-stopped': 'true', ...atlas() },
      {},
      { signal: { name: 'SIGINT', when: () => reads() > 0 } }
    )
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(/^Cancelled \(SIGINT\): the runner is stopping the job\./)])
    expect(request('PUT', /cutover$/)).toEqual([])
    expect(run.summary).toContain('cancelled')
    expect(api.migrations.get(id)?.cutoverAt).toBeUndefined()
  })

  it('SIGINT during discovery: no validation and no migration is started', async () => {
    await migrationApi()
    api.faults.push({
      match: /availableProjects$/,
      status: 200,
      headers: { 'content-type': 'application/vnd.atlas.2023-01-01+json;charset=utf-8' },
      body: JSON.stringify(SOURCES),
      delayMs: 3000
    })
    const run = await runAction(
      { mode: 'start-migration', ...START, ...atlas('service-account') },
      {},
      { signal: { name: 'SIGINT', when: () => request('GET', /availableProjects$/).length > 0 } }
    )
    expect(run.code).toBe(1)
    expect(request('POST', /liveMigrations/)).toEqual([])
    expect(api.migrations.size + api.validations.size).toBe(0)
    expect([...api.issuedAccessTokens].every(t => api.revokedAccessTokens.has(t))).toBe(true)
  })

  it('SIGINT while waiting for the link to reach SYNCED stops the wait at once', async () => {
    await migrationApi({ notSyncedPolls: 1000 })
    api.linkTokens.set(ATLAS_ORG, ['lt-known'])
    const run = await runAction(
      {
        mode: 'link-org',
        'org-id': SOURCE_ORG,
        'link-token': 'lt-known',
        'base-url': api.url,
        'public-key': SOURCE_API_KEY.publicKey,
        'private-key': SOURCE_API_KEY.privateKey,
        'wait-for-sync': 'true',
        'wait-timeout-seconds': '600'
      },
      {},
      { signal: { name: 'SIGINT', when: /poll 2 in/ } }
    )
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^Cancelled \(SIGINT\).* Stopped waiting for org \w+'s link to reach SYNCED; the last read was NOT_SYNCED\.$/
      )
    ])
    const polls = api.requests.filter(r => /status$/.test(r.path)).length
    expect(polls).toBeLessThan(3)
  })

  it.each([
    [
      'a migration-host the project does not list',
      { 'migration-host': 'mig-1.example.net.' },
      /^Migration host 'mig-1\.example\.net\.' is not one of project Payments's migration hosts \(mig-1\.example\.net\): set migration-host to one of them, exactly as listed\. Nothing was sent\.$/
    ],
    [
      'a deployment without tlsEnabled',
      { 'source-cluster-name': 'no-tls-flag' },
      /Atlas does not say whether the deployment no-tls-flag of project Payments uses TLS, and a security setting is never guessed: set source-ssl/
    ],
    [
      'an unmanaged deployment without source credentials',
      { 'source-cluster-name': 'unmanaged' },
      /The deployment unmanaged of project Payments is not managed by Cloud Manager \/ Ops Manager Automation, .*: set source-username and source-password/
    ]
  ])('discovery refuses %s, and sends nothing', async (_name, override, message) => {
    const payments = SOURCES[0] as (typeof SOURCES)[number]
    await migrationApi({
      availableProjects: {
        [ATLAS_ORG]: [
          {
            ...payments,
            deployments: [
              ...payments.deployments,
              { name: 'no-tls-flag', sharded: false, managed: true, mongoDBVersion: '7.0.14' },
              { name: 'unmanaged', tlsEnabled: true, sharded: false, managed: false, mongoDBVersion: '7.0.14' }
            ]
          }
        ]
      }
    })
    const run = await runAction({ mode: 'start-migration', ...START, ...override, ...atlas() })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([expect.stringMatching(message)])
    expect(api.requests.filter(r => r.method !== 'GET')).toEqual([])
  })
})
