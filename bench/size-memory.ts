// 4. Size of dist/, and peak memory of a full call against bare Node's and bench/floor.mjs's.
// The peak is read from outside (Linux /proc/<pid>/status VmHWM, the high-water mark, sampled until
// the process ends), so that no preload raises every figure, bare Node's most of all.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ATLAS_ORG, CREDENTIALS, startFakeApi } from '../test-server/fixtures.ts'
import { actionEnv, DIST, FLOOR_SCRIPT, floorEnvFor, median, ROOT, RUNS, ratio, tableHead } from './harness.ts'

/** Runs node with args and returns its peak resident set size in KiB, sampled from /proc every millisecond. */
function peakRss(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' })
    let peak = 0
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (m) peak = Math.max(peak, Number(m[1]))
      } catch {
        // gone between two samples
      }
    }
    const timer = setInterval(sample, 1)
    child.on('error', reject)
    child.on('exit', () => {
      clearInterval(timer)
      resolve(peak)
    })
  })
}

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
  const peaks: Record<string, number[]> = { bare: [], floor: [], action: [] }
  const actionInputs = {
    mode: 'create-link-token',
    'org-id': ATLAS_ORG,
    'base-url': api.url,
    ...CREDENTIALS['api-key']
  }
  const runs: Record<string, () => Promise<number>> = {
    bare: () => peakRss(['-e', '0'], { PATH: process.env.PATH ?? '' }),
    floor: () => peakRss([FLOOR_SCRIPT], floorEnvFor(api.url)),
    action: () => peakRss([DIST], actionEnv(actionInputs))
  }
  // In turn, RUNS times over, as race() does, but reading each run's peak instead of its time.
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of Object.entries(runs)) peaks[name]?.push((await run()) / 1024)
  }
  await api.close()
  const [bare, floor, action] = [median(peaks.bare ?? []), median(peaks.floor ?? []), median(peaks.action ?? [])]
  tableHead('run', 'peak RSS (median)', 'vs node -e 0', 'vs bench/floor.mjs')
  console.log(`| node -e 0 | ${bare.toFixed(1)} MiB | 1.00× | |`)
  console.log(
    `| bench/floor.mjs (node:http + node:crypto, the same call) | ${floor.toFixed(1)} MiB | ${ratio(floor, bare)} | 1.00× |`
  )
  console.log(
    `| node dist/index.js, full call | ${action.toFixed(1)} MiB | **${ratio(action, bare)}** | **${ratio(action, floor)}** (goal ≤ 1.10× the plain script) |`
  )
  console.log()
}
