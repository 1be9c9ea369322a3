// 4. Size of dist/, and peak memory of a full call against bare Node's and bench/floor.mjs's
// (measured by preloading bench/peak-rss.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ATLAS_ORG, CREDENTIALS, startFakeApi } from '../test-server/fixtures.ts'
import type { Timed } from './harness.ts'
import {
  actionEnv,
  DIST,
  FLOOR_SCRIPT,
  floorEnvFor,
  median,
  ROOT,
  RUNS,
  ratio,
  scratchDir,
  tableHead,
  timed
} from './harness.ts'

function sizeOf(dir: string): { bytes: number; files: string[] } {
  let bytes = 0
  const files: string[] = []
  for (const name of readdirSync(dir)) {
    const size = statSync(join(dir, name)).size
    bytes += size
    files.push(`${name} ${(size / 1024).toFixed(0)} KiB`)
  }
  return { bytes, files }
}

export async function sizeAndMemory(): Promise<void> {
  console.log('## 4. Size and memory\n')
  const { bytes, files } = sizeOf(join(ROOT, 'dist'))
  console.log(`dist/: ${bytes} bytes (${(bytes / 1024).toFixed(0)} KiB): ${files.join(', ')}\n`)
  const api = await startFakeApi()
  const rssFile = join(scratchDir(), 'rss')
  const withRss = (env: Record<string, string>) => ({ ...env, BENCH_RSS_FILE: rssFile })
  const preload = ['--import', join(ROOT, 'bench', 'peak-rss.mjs')]
  const peaks: Record<string, number[]> = { bare: [], floor: [], action: [] }
  const floorEnv = floorEnvFor(api.url)
  const actionInputs = {
    mode: 'create-link-token',
    'org-id': ATLAS_ORG,
    'base-url': api.url,
    ...CREDENTIALS['api-key']
  }
  const runs: Record<string, () => Promise<Timed>> = {
    bare: () => timed([...preload, '-e', '0'], withRss({ PATH: process.env.PATH ?? '' })),
    floor: () => timed([...preload, FLOOR_SCRIPT], withRss(floorEnv)),
    action: () => timed([...preload, DIST], withRss(actionEnv(actionInputs)))
  }
  // In turn, RUNS times over, as race() does, but reading each run's peak instead of its time.
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of Object.entries(runs)) {
      await run()
      peaks[name]?.push(Number(readFileSync(rssFile, 'utf8')) / 1024)
    }
  }
  await api.close()
  const [bare, floor, action] = [median(peaks.bare ?? []), median(peaks.floor ?? []), median(peaks.action ?? [])]
  tableHead('run', 'peak RSS (median)', 'vs node -e 0')
  console.log(`| node -e 0 | ${bare.toFixed(1)} MiB | 1.00× |`)
  console.log(`| bench/floor.mjs | ${floor.toFixed(1)} MiB | ${ratio(floor, bare)} |`)
  console.log(
    `| node dist/index.js, full call | ${action.toFixed(1)} MiB | **${ratio(action, bare)}** (goal ≤ 1.30×) |`
  )
  console.log()
}
