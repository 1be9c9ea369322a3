// Starts the loopback API stand-in and keeps it running: for CI's `uses: ./` job, and for trying
// the action by hand. Writes one JSON line — url, orgs and a fresh API key made for this run —
// to the file named by the first argument (or prints it), then serves until stopped.
//   node test-server/serve.ts "$RUNNER_TEMP/stand-in.json" &
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { FakeApi } from './fake-api.ts'

const atlasOrgId = '5f1a2b3c4d5e6f7a8b9c0d1e'
const sourceOrgId = '6a7b8c9d0e1f2a3b4c5d6e7f'
const apiKey = { publicKey: `ci${randomBytes(4).toString('hex')}`, privateKey: randomBytes(18).toString('base64url') }
// One NOT_SYNCED answer first, so that wait-for-sync polls once.
const api = new FakeApi({ apiKeys: [apiKey], atlasOrgs: [atlasOrgId], sourceOrgs: [sourceOrgId], notSyncedPolls: 1 })
const url = await api.listen()
const line = `${JSON.stringify({ url, atlasOrgId, sourceOrgId, ...apiKey })}\n`
const [file] = process.argv.slice(2)
if (file) writeFileSync(file, line)
else process.stdout.write(line)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void api.close().then(() => process.exit(0)))
