// The stand-in `npm run serve` and `npm run demo` run: a linked source org with two projects, their
// deployments and migration hosts, a destination project and cluster, and migrations that move
// from NEW through WORKING (the lag falling) to ready, then to COMPLETE after a cut-over. `timing`
// sets how fast: about a minute to ready by default, seconds for the demo.
import { randomBytes } from 'node:crypto'
import type { FakeApiOptions } from './fake-api.ts'
import { FakeApi } from './fake-api.ts'

export const STAND_IN = {
  atlasOrgId: '5f1a2b3c4d5e6f7a8b9c0d1e',
  sourceOrgId: '6a7b8c9d0e1f2a3b4c5d6e7f',
  projectId: '7c8d9e0f1a2b3c4d5e6f7a8b',
  clusterName: 'atlas-payments',
  sourceClusterName: 'payments-rs',
  migrationHostIp: '203.0.113.7'
} as const

export type StandInTiming = NonNullable<FakeApiOptions['migration']>

const MINUTE: StandInTiming = { workingAfterMs: 5_000, readyAfterMs: 60_000, lagStartSeconds: 900, cutoverMs: 15_000 }

const deployment = (name: string, version: string, extra: Record<string, unknown> = {}) => ({
  name,
  tlsEnabled: true,
  sharded: false,
  managed: true,
  mongoDBVersion: version,
  featureCompatibilityVersion: version.split('.').slice(0, 2).join('.'),
  dbSizeBytes: 4e9,
  ...extra
})

/** Starts the stand-in with a fresh API key made for this run; info is what a caller passes as inputs. */
export async function startStandIn(timing: StandInTiming = MINUTE) {
  const { atlasOrgId, sourceOrgId, projectId } = STAND_IN
  const apiKey = { publicKey: `ci${randomBytes(4).toString('hex')}`, privateKey: randomBytes(18).toString('base64url') }
  const api = new FakeApi({
    apiKeys: [apiKey],
    atlasOrgs: [atlasOrgId],
    sourceOrgs: [sourceOrgId],
    // One NOT_SYNCED answer first, so that wait-for-sync polls once.
    notSyncedPolls: 1,
    atlasProjects: [projectId],
    availableProjects: {
      [atlasOrgId]: [
        {
          projectId: '9e0f1a2b3c4d5e6f7a8b9c0d',
          name: 'Payments',
          migrationHosts: ['mig-1.example.net'],
          deployments: [
            deployment(STAND_IN.sourceClusterName, '7.0.20'),
            deployment('ledger', '7.0.20', { sharded: true, shardsSize: 2 })
          ]
        },
        {
          projectId: 'a0b1c2d3e4f5a6b7c8d9e0f1',
          name: 'Reporting',
          migrationHosts: ['mig-2.example.net', 'mig-3.example.net'],
          deployments: [deployment('reports', '8.0.12', { managed: false })]
        }
      ]
    },
    clusters: { [projectId]: [{ name: STAND_IN.clusterName, mongoDBVersion: '7.0.20', oplogSizeMB: 50_000 }] },
    accessList: { [projectId]: [{ ipAddress: STAND_IN.migrationHostIp, comment: 'mig-1.example.net' }] },
    validation: { pendingPolls: 2 },
    migration: timing
  })
  const url = await api.listen()
  return { api, info: { url, atlasOrgId, sourceOrgId, projectId, ...apiKey } }
}
