// Starts the loopback API stand-in (stand-in.ts) and keeps it running: for CI's `uses: ./` job, and
// for trying the action by hand (`npm run serve`). Writes one JSON line — url, orgs, the
// destination project and a fresh API key made for this run — to the file named by the first
// argument; without one, prints the inputs to use.
//   node test-server/serve.ts "$RUNNER_TEMP/stand-in.json" &
import { writeFileSync } from 'node:fs'
import { STAND_IN, startStandIn } from './stand-in.ts'

const { api, info } = await startStandIn()
const { url, atlasOrgId, sourceOrgId, projectId, publicKey, privateKey } = info
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
      `  ${env('project-id', projectId)} ${env('cluster-name', STAND_IN.clusterName)} ${env('source-cluster-name', STAND_IN.sourceClusterName)} \\`,
      `  ${env('migration-host-ips', STAND_IN.migrationHostIp)} ${env('public-key', publicKey)} ${env('private-key', privateKey)} \\`,
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
