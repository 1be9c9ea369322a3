// The shape of dist/ that keeps a step cheap (npm run bench measures it; this keeps it from
// sliding back unnoticed): the start-up file holds no HTTP stack, and undici is not bundled.
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBundle } from '../test-server/run-bundle.ts'

const dist = resolve(import.meta.dirname, '../dist')
const read = (name: string) => readFileSync(resolve(dist, name), 'utf8')

describe('dist/', () => {
  it('starts with input checking only: no @actions/core entry point, http-client or digest-fetch', () => {
    const startup = read('index.js')
    expect(startup).toContain("Input 'mode' must be one of")
    expect(startup).not.toMatch(/@actions\/http-client|oidc-utils|digest-fetch|js-sha256/)
    expect(startup).not.toMatch(/@actions\/core\/lib\/core\.js/)
    // Every mode's input checks run before anything else loads; the ledger's two modes and the
    // cut-over's approval inputs brought it past 64 KiB, the forms of every name and ID that goes
    // into a path and the step's seam (runner.ts) past 80 KiB, the evidence's inputs (the names to
    // compare, the source's key, the policy; on five modes) past 88 KiB. What it costs a step is the
    // cold start, set against bare Node in the bench (minifying it was measured: no faster).
    expect(startup.length).toBeLessThan(92 * 1024)
  })

  it('bundles the undici stub, not undici', () => {
    const all = readdirSync(dist)
      .filter(f => f.endsWith('.js'))
      .map(read)
      .join('\n')
    expect(all).toContain('undici is not bundled with this action')
    expect(all).not.toMatch(/class Dispatcher\b|llhttp/)
  })

  // Each family's modes load on demand: one run each, against a host that answers 404 to anything,
  // ends in its own mode's words — proof that its chunk loaded, and that nothing is missing from dist/.
  it.each([
    ['link-status', { 'org-id': '5f1a2b3c4d5e6f7a8b9c0d1e' }, /Read link status|link status/i],
    ['create-link-token', { 'org-id': '5f1a2b3c4d5e6f7a8b9c0d1e' }, /Create link token/],
    ['list-migration-sources', { 'org-id': '5f1a2b3c4d5e6f7a8b9c0d1e' }, /availableProjects|migration sources/i],
    [
      'migration-status',
      { 'project-id': '5f1a2b3c4d5e6f7a8b9c0d1e', 'migration-id': '6650aa00bb11cc22dd33ee77' },
      /Get migration/
    ],
    [
      'preflight',
      {
        'org-id': '5f1a2b3c4d5e6f7a8b9c0d1e',
        'project-id': '7c8d9e0f1a2b3c4d5e6f7a8b',
        'cluster-name': 'dest',
        'source-cluster-name': 'src'
      },
      /Pre-flight|availableProjects/i
    ],
    ['plan', { 'plan-file': 'no-such-plan.yml' }, /plan-file no-such-plan\.yml could not be read/],
    ['migrations-in-flight', { 'github-token': 'ghs_x' }, /GITHUB_API_URL is not set/]
  ])(
    'loads the chunk of %s',
    async (mode, inputs, said) => {
      const host = createServer((_, res) => res.writeHead(404).end())
      await new Promise<void>(listening => host.listen(0, '127.0.0.1', listening))
      const run = await runBundle({
        mode,
        ...inputs,
        'public-key': 'kqzwtmvb',
        'private-key': 'k-priv-1',
        'base-url': `http://127.0.0.1:${(host.address() as AddressInfo).port}`,
        'allow-http': 'true'
      }).finally(() => host.close())
      expect(run.code).toBe(1)
      expect(run.log).not.toMatch(/Unexpected error|Cannot find module|ChunkLoadError/)
      expect(run.log).toMatch(said)
    },
    60_000
  )
})
