// Starts the loopback API stand-in and keeps it running: for CI's `uses: ./` job, and for trying
// the action by hand (`npm run serve`). It holds a linked source org with two projects, their
// deployments and migration hosts, a destination project and cluster, and migrations that move
// from NEW to ready in about a minute. Writes one JSON line — url, orgs, the destination project
// and a fresh API key made for this run — to the file named by the first argument; without one,
// prints the inputs to use.
//   node test-server/serve.ts "$RUNNER_TEMP/stand-in.json" &
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { FakeApi } from './fake-api.ts'

const atlasOrgId = '5f1a2b3c4d5e6f7a8b9c0d1e'
const sourceOrgId = '6a7b8c9d0e1f2a3b4c5d6e7f'
const projectId = '7c8d9e0f1a2b3c4d5e6f7a8b'
const apiKey = { publicKey: `ci${randomBytes(4).toString('hex')}`, privateKey: randomBytes(18).toString('base64url') }
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
          deployment('payments-rs', '7.0.20'),
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
  clusters: { [projectId]: [{ name: 'atlas-payments', mongoDBVersion: '7.0.20', oplogSizeMB: 50_000 }] },
  accessList: { [projectId]: [{ ipAddress: '203.0.113.7', comment: 'mig-1.example.net' }] },
  validation: { pendingPolls: 2 },
  migration: { workingAfterMs: 5_000, readyAfterMs: 60_000, lagStartSeconds: 900, cutoverMs: 15_000 }
})
const url = await api.listen()
const info = { url, atlasOrgId, sourceOrgId, projectId, ...apiKey }
const [file] = process.argv.slice(2)
if (file) writeFileSync(file, `${JSON.stringify(info)}\n`)
else {
  // Input names keep their hyphens, as the runner passes them: only env(1) takes such names.
  const env = (name: string, value: string) => `'INPUT_${name.toUpperCase()}=${value}'`
  process.stdout.write(
    [
      `API stand-in at ${url} (stop it with Ctrl-C). Run the bundle against it, for example:`,
      '',
      `  env ${env('mode', 'preflight')} ${env('base-url', url)} ${env('org-id', atlasOrgId)} \\`,
      `  ${env('project-id', projectId)} ${env('cluster-name', 'atlas-payments')} ${env('source-cluster-name', 'payments-rs')} \\`,
      `  ${env('migration-host-ips', '203.0.113.7')} ${env('public-key', apiKey.publicKey)} ${env('private-key', apiKey.privateKey)} \\`,
      '  ./node_modules/.bin/node dist/index.js',
      '',
      'Then mode start-migration with the same inputs (wait-for: ready-for-cutover: ready after a minute),',
      'migration-status and cutover (confirm-writes-stopped: true) with its migration-id; link-org and',
      `create-and-link with source-org-id ${sourceOrgId} and the same key as source-public-key / source-private-key.`,
      '',
      JSON.stringify(info),
      ''
    ].join('\n')
  )
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void api.close().then(() => process.exit(0)))
