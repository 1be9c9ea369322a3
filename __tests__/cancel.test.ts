// A cancel stops everything at once: an in-flight read is aborted, its answer never used, and no
// request that changes state leaves the process after it; tokens are still given back.
import { afterEach, describe, expect, it } from 'vitest'
import { CancelledError } from '../src/cancel'
import type { MigrationRequest } from '../src/clients/migration'
import { MigrationClient } from '../src/clients/migration'
import type { Credentials } from '../src/inputs'
import { CloudManagerClient } from '../src/link/cloud-manager-client'
import { AtlasClient } from '../src/link/link-token-client'
import { HttpTransport } from '../src/transport/http'
import { openSession } from '../src/transport/session'
import type { FakeApi } from '../test-server/fake-api.ts'
import {
  API_KEY,
  ATLAS_ORG,
  ATLAS_PROJECT,
  SERVICE_ACCOUNT,
  SOURCE_ORG,
  SOURCE_PROJECT,
  startFakeApi
} from './helpers/fixtures.ts'

let api: FakeApi
let transport: HttpTransport
afterEach(async () => {
  transport?.dispose()
  await api?.close()
})
const quiet = { info() {}, debug() {}, warning() {} }
const BODY: MigrationRequest = {
  source: { clusterName: 'payments-rs', groupId: SOURCE_PROJECT, managedAuthentication: true, ssl: true },
  destination: { clusterName: 'atlas-payments', groupId: ATLAS_PROJECT, hostnameSchemaType: 'PUBLIC' },
  migrationHosts: ['mig-1.example.net'],
  dropDestinationData: false
}

async function clients(credentials: Credentials = { kind: 'api-key', ...API_KEY }) {
  api = await startFakeApi({ atlasProjects: [ATLAS_PROJECT] })
  const cancel = new AbortController()
  transport = new HttpTransport({
    baseUrl: api.url,
    timeoutMs: 30_000,
    userAgent: 'test',
    log: quiet,
    signal: cancel.signal
  })
  const session = openSession(credentials, transport, { log: quiet, onSecret: () => {} })
  return {
    cancel,
    session,
    atlas: new AtlasClient(session),
    cm: new CloudManagerClient(session),
    migration: new MigrationClient(session)
  }
}
const stop = (cancel: AbortController) => cancel.abort(new CancelledError('Cancelled (SIGINT).'))
const arrived = async (pattern: RegExp) => {
  while (!api.requests.some(r => pattern.test(`${r.method} ${r.path}`))) await new Promise(r => setTimeout(r, 5))
}

describe('a cancel', () => {
  it('aborts a read in flight at once, well before its answer or its 30 s timeout, and uses nothing of it', async () => {
    const { cancel, migration } = await clients({ kind: 'access-token', accessToken: 'unused' })
    api.faults.push({
      match: /^GET /,
      status: 200,
      body: '{"_id":"x","status":"WORKING","readyForCutover":true}',
      delayMs: 20_000
    })
    const read = migration.get(ATLAS_PROJECT, '6650aa00bb11cc22dd33ee77')
    await arrived(/^GET /)
    stop(cancel)
    await expect(read).rejects.toBeInstanceOf(CancelledError)
  })

  it('lets no request that changes state leave after it: create, validate, cut-over, link, delete, token', async () => {
    const { cancel, atlas, cm, migration } = await clients()
    stop(cancel)
    const writes = [
      () => migration.create(ATLAS_PROJECT, BODY),
      () => migration.validate(ATLAS_PROJECT, BODY),
      () => migration.cutover(ATLAS_PROJECT, '6650aa00bb11cc22dd33ee77'),
      () => migration.get(ATLAS_PROJECT, '6650aa00bb11cc22dd33ee77'),
      () => atlas.createLinkToken(ATLAS_ORG, []),
      () => atlas.deleteLinkTokens(ATLAS_ORG),
      () => cm.linkOrganization(SOURCE_ORG, 'lt-x'),
      () => cm.unlinkOrganization(SOURCE_ORG)
    ]
    for (const write of writes) await expect(write()).rejects.toBeInstanceOf(CancelledError)
    expect(api.requests).toEqual([])
    transport.dispose()
    await api.close()
    const sa = await clients({ kind: 'service-account', ...SERVICE_ACCOUNT })
    stop(sa.cancel)
    await expect(sa.cm.getLinkStatus(SOURCE_ORG)).rejects.toBeInstanceOf(CancelledError)
    expect(api.requests).toEqual([]) // not even the token POST
  })

  it('keeps the answer of a create already sent whole, so the new migration ID is not lost, then sends nothing more', async () => {
    const { cancel, migration } = await clients({ kind: 'access-token', accessToken: 'unused' })
    api.faults.push({
      match: /^POST .*liveMigrations$/,
      status: 201,
      body: '{"_id":"6650aa00bb11cc22dd33ee77","status":"NEW","readyForCutover":false}',
      delayMs: 300
    })
    const created = migration.create(ATLAS_PROJECT, BODY)
    await arrived(/^POST /)
    stop(cancel)
    expect((await created).id).toBe('6650aa00bb11cc22dd33ee77')
    await expect(migration.get(ATLAS_PROJECT, '6650aa00bb11cc22dd33ee77')).rejects.toBeInstanceOf(CancelledError)
    expect(api.requests.map(r => r.method)).toEqual(['POST'])
  })

  it('still revokes the service-account token it holds', async () => {
    const { cancel, cm, session } = await clients({ kind: 'service-account', ...SERVICE_ACCOUNT })
    api.links.set(SOURCE_ORG, { linkToken: 'lt-x', pollsLeft: 0 })
    await cm.getLinkStatus(SOURCE_ORG)
    stop(cancel)
    await session.close()
    expect(api.issuedAccessTokens.size).toBe(1)
    expect([...api.issuedAccessTokens].every(t => api.revokedAccessTokens.has(t))).toBe(true)
  })
})
