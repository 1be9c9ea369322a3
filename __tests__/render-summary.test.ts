// npm run render-summary without the browser it draws with: one sentence saying what to install,
// never Playwright's stack trace. (Drawing itself needs Chromium, which no test needs.)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
let scratch = ''
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
  scratch = ''
})

describe('npm run render-summary', () => {
  it.each([
    [
      'no Chromium at the default path or CHROMIUM',
      '/nonexistent/chromium',
      /there is none at \/nonexistent\/chromium/
    ],
    ['a CHROMIUM that is not a browser', '/bin/false', /Chromium at \/bin\/false did not start \(/]
  ])('says what to install when there is %s', (_what, chromium, said) => {
    scratch = mkdtempSync(join(tmpdir(), 'render-'))
    const summary = join(scratch, 'step.md')
    writeFileSync(summary, '<h3>✅ Done</h3>\n')
    const run = spawnSync(process.execPath, ['scripts/render-summary.ts', summary, '--out', scratch], {
      cwd: root,
      env: { ...process.env, CHROMIUM: chromium },
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(said)
    expect(run.stderr).toContain("Install Debian's chromium and an emoji font")
    expect(run.stderr).toContain('apt-get install chromium fonts-noto-color-emoji')
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(run.stdout).toBe('')
  })
})
