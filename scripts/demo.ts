// npm run demo: one deployment carried from the link to COMPLETE, as a runner would run the bundled
// action, against the loopback stand-in of `npm run serve` (test-server/stand-in.ts) on a faster
// clock: create-link-token, link-org with its output, list-migration-sources, preflight,
// start-migration until ready, cutover until COMPLETE. Prints each step's log and outputs (the link
// token only as its length), and where the job summaries were written.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBundle } from '../test-server/run-bundle.ts'
import { STAND_IN, startStandIn } from '../test-server/stand-in.ts'

// Ready about 12 s after the start, COMPLETE 3 s after the cut-over: the whole run in about half a minute.
const { api, info } = await startStandIn({
  workingAfterMs: 1_000,
  readyAfterMs: 12_000,
  lagStartSeconds: 900,
  cutoverMs: 3_000
})
console.log(`Loopback API stand-in on ${info.url}\n`)
const key = { 'public-key': info.publicKey, 'private-key': info.privateKey, 'base-url': info.url }
const destination = {
  'org-id': info.atlasOrgId,
  'project-id': info.projectId,
  'cluster-name': STAND_IN.clusterName,
  'source-cluster-name': STAND_IN.sourceClusterName
}
const wait = { 'poll-interval-seconds': '2', 'wait-timeout-seconds': '120' }

const steps: ((outputs: Record<string, string>) => Record<string, string>)[] = [
  () => ({ mode: 'create-link-token', 'org-id': info.atlasOrgId, 'access-list-ips': '203.0.113.10' }),
  out => ({
    mode: 'link-org',
    'org-id': info.sourceOrgId,
    'link-token': out['link-token'] ?? '',
    'wait-for-sync': 'true'
  }),
  () => ({ mode: 'list-migration-sources', 'org-id': info.atlasOrgId }),
  () => ({ mode: 'preflight', ...destination, 'migration-host-ips': STAND_IN.migrationHostIp }),
  () => ({ mode: 'start-migration', ...destination, 'wait-for': 'ready-for-cutover', ...wait }),
  out => ({
    mode: 'cutover',
    'project-id': info.projectId,
    'migration-id': out['migration-id'] ?? '',
    'confirm-writes-stopped': 'true',
    'wait-for': 'complete',
    ...wait
  })
]
const dir = mkdtempSync(join(tmpdir(), 'live-migration-demo-'))
const summaries: string[] = []
const outputs: Record<string, string> = {}
let failed = false
for (const [i, step] of steps.entries()) {
  const inputs = step(outputs)
  const run = await runBundle({ ...inputs, ...key }, { RUNNER_DEBUG: undefined }, 90_000)
  Object.assign(outputs, run.outputs)
  const token = outputs['link-token']
  const hide = (text: string) => (token ? text.replaceAll(token, '***') : text)
  console.log(`=== ${inputs.mode} (exit ${run.code}, ${run.durationMs} ms)`)
  // The runner hides these commands; so does the demo.
  console.log(hide(run.log.replace(/^::(debug|add-mask)::.*\n/gm, '').trimEnd()))
  const shown = Object.entries(run.outputs).map(
    ([k, v]) => `${k}=${k === 'link-token' ? `*** (${v.length} characters)` : v.length > 80 ? `${v.slice(0, 77)}…` : v}`
  )
  console.log(`outputs: ${shown.join(', ') || '(none)'}\n`)
  const file = join(dir, `${String(i + 1).padStart(2, '0')}-${inputs.mode}.md`)
  writeFileSync(file, hide(run.summary))
  summaries.push(hide(run.summary))
  failed ||= run.code !== 0
  if (failed) break
}
const all = join(dir, 'summary.md')
writeFileSync(all, summaries.join('\n<hr>\n\n'))
console.log(`Requests the stand-in answered: ${api.requests.length}`)
console.log(`Job summaries: ${all} (one per step beside it; npm run render-summary -- ${all} draws them)`)
await api.close()
process.exit(failed ? 1 : 0)
