// The shape of dist/ that keeps a step cheap (npm run bench measures it; this keeps it from
// sliding back unnoticed): the start-up file holds no HTTP stack, and undici is not bundled.
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

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
    // into a path past 72 KiB. What it costs a step is the cold start, set against bare Node in the bench.
    expect(startup.length).toBeLessThan(80 * 1024)
  })

  it('bundles the undici stub, not undici', () => {
    const all = readdirSync(dist)
      .filter(f => f.endsWith('.js'))
      .map(read)
      .join('\n')
    expect(all).toContain('undici is not bundled with this action')
    expect(all).not.toMatch(/class Dispatcher\b|llhttp/)
  })
})
