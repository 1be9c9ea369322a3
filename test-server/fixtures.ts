// The credentials, orgs and projects the tests, the benchmarks and the demo run against the loopback
// stand-in with, and the forms a leaked secret could take. No vitest here, so Node runs it directly;
// __tests__/helpers/fixtures.ts re-exports it beside the vitest assertions.
import { formsOf } from '../src/secrets.ts'
import type { FakeApiOptions } from './fake-api.ts'
import { FakeApi } from './fake-api.ts'

export const ATLAS_ORG = '5f1a2b3c4d5e6f7a8b9c0d1e'
export const SOURCE_ORG = '6a7b8c9d0e1f2a3b4c5d6e7f'
/** The destination Atlas project, and a linked source project, of the migration tests. */
export const ATLAS_PROJECT = '7c8d9e0f1a2b3c4d5e6f7a8b'
export const SOURCE_PROJECT = '9e0f1a2b3c4d5e6f7a8b9c0d'
export const API_KEY = { publicKey: 'kqzwtmvb', privateKey: '7c1e2f3a-priv-key-4b5c-9d8e7f6a5b4c' }
export const SOURCE_API_KEY = { publicKey: 'srcpubky', privateKey: 'a1b2c3d4-source-private-e5f6a7b8c9d0' }
export const SERVICE_ACCOUNT = { clientId: 'mdb_sa_id_65f0a1b2c3', clientSecret: 'mdb_sa_sk_Zx9Yw8Vu7Ts6Rq5Po4Nm' }
export const ACCESS_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.ready-bearer-token.c2lnbmF0dXJl'

/** The action's credential inputs, per kind of credential. */
export const CREDENTIALS = {
  'api-key': { 'public-key': API_KEY.publicKey, 'private-key': API_KEY.privateKey },
  'service-account': { 'client-id': SERVICE_ACCOUNT.clientId, 'client-secret': SERVICE_ACCOUNT.clientSecret },
  'access-token': { 'access-token': ACCESS_TOKEN }
} as const
export type CredentialKind = keyof typeof CREDENTIALS

/** A listening stand-in that knows every credential and org above; options add to or replace them. */
export async function startFakeApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  const api = new FakeApi({
    apiKeys: [API_KEY, SOURCE_API_KEY],
    serviceAccounts: [SERVICE_ACCOUNT],
    accessTokens: [ACCESS_TOKEN],
    atlasOrgs: [ATLAS_ORG],
    sourceOrgs: [SOURCE_ORG],
    ...options
  })
  await api.listen()
  return api
}

/** Every secret a run could leak, with the forms a leak could take. */
export function secretForms(api: FakeApi): string[] {
  const secrets = [
    API_KEY.privateKey,
    SOURCE_API_KEY.privateKey,
    SERVICE_ACCOUNT.clientSecret,
    ACCESS_TOKEN,
    ...api.issuedAccessTokens,
    ...[...api.linkTokens.values()].flat(),
    ...[...api.links.values()].map(link => link.linkToken)
  ]
  const basic = Buffer.from(`${SERVICE_ACCOUNT.clientId}:${SERVICE_ACCOUNT.clientSecret}`).toString('base64')
  // Every form a secret can take in a server's text (JSON-escaped, URL-encoded, base64, folded…).
  return [...new Set([...secrets, basic].flatMap(formsOf).filter(form => form.length >= 4))]
}
