// 3. Cold start: dist/index.js rejecting a bad org-id, against `node -e 0` and a bundle of
// @actions/core alone (bench/core-only.mjs, built here with ncc).
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ACCESS_TOKEN } from '../test-server/fixtures.ts'
import { actionEnv, DIST, fmt, ROOT, race, ratio, scratchDir, tableHead, timed } from './harness.ts'

export async function coldStart(): Promise<void> {
  console.log('## 3. Cold start: rejecting a bad org-id\n')
  const coreOnly = join(scratchDir(), 'core-only')
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', join(ROOT, 'bench', 'core-only.mjs'), '-o', coreOnly, '-m', '-q'],
    { cwd: ROOT, stdio: 'ignore' }
  )
  const coreOnlyFile = readdirSync(coreOnly).find(f => /^index\.m?js$/.test(f)) as string
  const badInput = actionEnv({ mode: 'create-link-token', 'org-id': 'not-an-org', 'access-token': ACCESS_TOKEN })
  const medians = await race({
    bare: () => timed(['-e', '0'], { PATH: process.env.PATH ?? '' }),
    action: () => timed([DIST], badInput),
    core: () => timed([join(coreOnly, coreOnlyFile)], badInput)
  })
  const bare = medians.bare as number
  const action = medians.action as number
  const core = medians.core as number
  tableHead('run', 'median', 'vs node -e 0')
  console.log(`| node -e 0 | ${fmt(bare)} | 1.00× |`)
  console.log(`| node dist/index.js (bad org-id) | ${fmt(action)} | **${ratio(action, bare)}** (goal ≤ 1.20×) |`)
  console.log(
    `| bundle of @actions/core alone (getInput + setFailed, minified) | ${fmt(core)} | ${ratio(core, bare)} |`
  )
  console.log()
}
