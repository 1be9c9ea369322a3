// What every benchmark shares: running a command and timing it, the action's environment, medians,
// the printing helpers, and the floors and minimums the figures are set against.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Bucket } from '../test-server/fake-api.ts'
import type { CredentialKind } from '../test-server/fixtures.ts'
import { API_KEY, ATLAS_ORG } from '../test-server/fixtures.ts'

export const ROOT = resolve(import.meta.dirname, '..')
export const DIST = join(ROOT, 'dist', 'index.js')
export const FLOOR_SCRIPT = join(ROOT, 'bench', 'floor.mjs')
const NODE = process.execPath
/** Runs per median: BENCH_RUNS, at least 10. */
export const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 15))

let scratch: string | undefined
/** A temporary directory for this bench run's files, made on first use. */
export function scratchDir(): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'bench-'))
  return scratch
}
export function removeScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
  scratch = undefined
}

/** The environment a runner gives the action: its inputs, and empty output and summary files in dir. */
export function actionEnv(inputs: Record<string, string>, dir = scratchDir()): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' }
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(join(dir, 'summary'), '')
  env.GITHUB_OUTPUT = join(dir, 'output')
  env.GITHUB_STEP_SUMMARY = join(dir, 'summary')
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

export interface Timed {
  ms: number
  code: number | null
  stdout: string
}
/** Runs Node with these arguments and environment; resolves with its wall time, exit code and stdout. */
export function timed(args: string[], env: Record<string, string>, cwd?: string): Promise<Timed> {
  return new Promise(done => {
    const start = process.hrtime.bigint()
    const child = spawn(NODE, args, { env, cwd, stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.on('close', code => done({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stdout }))
  })
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Runs each command in turn, RUNS times over (so drift hits all alike), and returns each one's median time. */
export async function race(commands: Record<string, () => Promise<Timed>>): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map(name => [name, []]))
  for (let i = 0; i < RUNS; i++) {
    for (const [name, command] of Object.entries(commands)) {
      const run = await command()
      if (i === 0 && name.startsWith('action') && run.code === null) throw new Error(`${name} did not finish`)
      times[name]?.push(run.ms)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]))
}

// Printing ---------------------------------------------------------------------------------------
export const fmt = (ms: number) => `${ms.toFixed(1)} ms`
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

/** A Markdown table's header row and its separator. */
export function tableHead(...columns: string[]): void {
  console.log(`| ${columns.join(' | ')} |`)
  console.log(`| ${columns.map(() => '---').join(' | ')} |`)
}

// Floors and minimums -----------------------------------------------------------------------------
/** Requests a credential kind adds per host and run at the least. */
export const AUTH_OVERHEAD: Record<CredentialKind, number> = { 'api-key': 1, 'service-account': 2, 'access-token': 0 }

/** bench/floor.mjs's environment: the same call as the action's, by hand. */
export function floorEnvFor(url: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    FLOOR_URL: url,
    FLOOR_ORG: ATLAS_ORG,
    FLOOR_USER: API_KEY.publicKey,
    FLOOR_PASSWORD: API_KEY.privateKey
  }
}

/**
 * The bench runs time 60 times faster than a real run (polls every 1 s where the default is 60 s),
 * so Atlas's documented buckets (MongoDB's rate-limit page, the Cloud Migration Service set) keep
 * their capacity and refill 60 times as fast: their proportions to the bench's times stay Atlas's.
 */
export const TIME_SCALE = 60
/** Link tokens and availableProjects, per Atlas organization: 500, refilling 250 a minute. */
export const ATLAS_ORG_BUCKET: Bucket = { capacity: 500, refillPerMinute: 250 * TIME_SCALE }
/** validate, create, read and cut over migrations, per project: 1,200, refilling 500 a minute. */
export const ATLAS_PROJECT_BUCKET: Bucket = { capacity: 1200, refillPerMinute: 500 * TIME_SCALE }

/** The least wall time `calls` calls take through a token bucket that starts full: the refill for the rest. */
export function bucketFloorMs(calls: number, bucket: Bucket): number {
  return (Math.max(0, calls - bucket.capacity) / bucket.refillPerMinute) * 60_000
}

/** The first ::error:: line a workflow run printed, with its job: why a deployment did not complete. */
export function firstError(jobs: Record<string, { steps: { run?: { stdout: string }; log?: string }[] }>): string {
  for (const [id, job] of Object.entries(jobs))
    for (const step of job.steps) {
      const line = /^::error::(.*)$/m.exec(step.run?.stdout ?? step.log ?? '')?.[1]
      if (line) return `${id}: ${line}`
    }
  return 'no error printed'
}
