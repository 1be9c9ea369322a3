// Runs the bundled action locally, as a runner would, against the loopback API stand-in:
// create-link-token, then link-org with its output, then link-status. Prints each step's outputs
// (the link token shown only as its length) and job summary.
import { API_KEY, ATLAS_ORG, SOURCE_ORG, startFakeApi } from '../test-server/fixtures.ts'
import { runAction } from '../test-server/run-action.ts'

// One NOT_SYNCED answer first, so that wait-for-sync polls once.
const api = await startFakeApi({ notSyncedPolls: 1 })
const url = api.url
console.log(`Loopback API stand-in on ${url}\n`)
const credentials = { 'public-key': API_KEY.publicKey, 'private-key': API_KEY.privateKey, 'base-url': url }

const steps: Record<string, string>[] = [
  { mode: 'create-link-token', 'org-id': ATLAS_ORG, 'access-list-ips': '203.0.113.10' },
  { mode: 'link-org', 'org-id': SOURCE_ORG, 'wait-for-sync': 'true' },
  { mode: 'link-status', 'org-id': SOURCE_ORG }
]
let linkToken = ''
let failed = false
for (const inputs of steps) {
  const run = await runAction(
    { ...inputs, ...credentials, ...(inputs.mode === 'link-org' ? { 'link-token': linkToken } : {}) },
    { RUNNER_DEBUG: undefined }
  )
  linkToken ||= run.outputs['link-token'] ?? ''
  console.log(`=== ${inputs.mode} (exit ${run.code}, ${run.durationMs} ms)`)
  console.log(linkToken ? run.log.trimEnd().replaceAll(linkToken, '***') : run.log.trimEnd())
  const shown = Object.entries(run.outputs).map(
    ([k, v]) => `${k}=${k === 'link-token' ? `*** (${v.length} characters)` : v}`
  )
  console.log(`outputs: ${shown.join(', ') || '(none)'}`)
  console.log(`summary:\n${run.summary.trim()}\n`)
  failed ||= run.code !== 0
}
console.log(`Requests the stand-in answered: ${api.requests.map(r => `${r.method} ${r.status}`).join(', ')}`)
await api.close()
process.exit(failed ? 1 : 0)
