// 1. Round trips: requests and TCP connections per mode, counted at loopback servers, against the
// minimum a mode needs with each kind of credential.
import type { CredentialKind } from '../test-server/fixtures.ts'
import { ATLAS_ORG, CREDENTIALS, SOURCE_API_KEY, SOURCE_ORG, startFakeApi } from '../test-server/fixtures.ts'
import { AUTH_OVERHEAD, actionEnv, DIST, tableHead, timed } from './harness.ts'

const KINDS = Object.keys(CREDENTIALS) as CredentialKind[]

export async function roundTrips(): Promise<void> {
  console.log('## 1. Round trips per step (counted at the loopback servers)\n')
  tableHead('mode', 'credentials', 'requests', 'minimum', 'connections', 'minimum')
  await singleSteps()
  await createAndLink()
  console.log('\nMinimum: one request per API call, plus one Digest challenge per host (API key), or one token')
  console.log(
    'request and one revocation (service account, which may hold only 100 live tokens); one connection per host.\n'
  )
}

/** The modes that make one API call on one host. */
async function singleSteps(): Promise<void> {
  const single: [string, number][] = [
    ['create-link-token', 1],
    ['link-org', 1],
    ['link-status', 1],
    ['unlink-org', 1],
    ['delete-link-token', 1]
  ]
  for (const [mode, calls] of single) {
    for (const kind of KINDS) {
      const api = await startFakeApi()
      const atlasSide = mode === 'create-link-token' || mode === 'delete-link-token'
      api.linkTokens.set(ATLAS_ORG, ['lt-bench'])
      if (mode === 'link-status' || mode === 'unlink-org')
        api.links.set(SOURCE_ORG, { linkToken: 'lt-bench', pollsLeft: 0 })
      const inputs = {
        mode,
        'org-id': atlasSide ? ATLAS_ORG : SOURCE_ORG,
        'base-url': api.url,
        ...(mode === 'link-org' ? { 'link-token': 'lt-bench' } : {}),
        ...CREDENTIALS[kind]
      }
      const run = await timed([DIST], actionEnv(inputs))
      const min = calls + AUTH_OVERHEAD[kind]
      const mark = (n: number, m: number) => (n === m ? `${n}` : `**${n}**`)
      console.log(
        `| ${mode} | ${kind} | ${mark(api.requests.length, min)} | ${min} | ${mark(api.connections, 1)} | 1 |${run.code === 0 ? '' : ' (failed)'}`
      )
      await api.close()
    }
  }
}

/** create-and-link with the source org on a host of its own, and on the Atlas host. */
async function createAndLink(): Promise<void> {
  for (const hosts of [2, 1]) {
    for (const kind of KINDS) {
      const atlas = await startFakeApi()
      const source = hosts === 2 ? await startFakeApi({ linkTokens: atlas.linkTokens }) : atlas
      const servers = [...new Set([atlas, source])]
      const inputs = {
        mode: 'create-and-link',
        'org-id': ATLAS_ORG,
        'base-url': atlas.url,
        ...CREDENTIALS[kind],
        'source-org-id': SOURCE_ORG,
        'source-base-url': source.url,
        'source-public-key': SOURCE_API_KEY.publicKey,
        'source-private-key': SOURCE_API_KEY.privateKey
      }
      const run = await timed([DIST], actionEnv(inputs))
      const requests = servers.reduce((n, api) => n + api.requests.length, 0)
      const connections = servers.reduce((n, api) => n + api.connections, 0)
      const min = 2 + AUTH_OVERHEAD[kind] + AUTH_OVERHEAD['api-key']
      console.log(
        `| create-and-link (${hosts} host${hosts > 1 ? 's' : ''}) | ${kind} + api-key | ${requests} | ${min} | ${connections} | ${hosts} |${run.code === 0 ? '' : ' (failed)'}`
      )
      for (const api of servers) await api.close()
    }
  }
}
