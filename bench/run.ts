// npm run bench: what one step of the action costs, printed side by side with its floor.
//   1. round trips: requests and TCP connections per mode, counted at loopback servers, against the minimum
//   2. one full call: create-link-token with an API key against a server that adds 20 ms per answer
//      and 40 ms per new connection, against bench/floor.mjs (node:http + node:crypto only)
//   3. cold start: dist/index.js rejecting a bad org-id, against `node -e 0` and a bundle of @actions/core alone
//   4. size of dist/, and peak memory of a full call against bare Node's
//   5. scale: 50 create-and-link steps at once against a token bucket like Atlas's, against the bucket's minimum
//   6. migration waits: requests per hour of waiting, and how soon a wait notices that a migration is ready
//   7. the migration pipeline: 20 deployments across 5 source orgs, link → start → ready → cut-over, token buckets on
// Medians over BENCH_RUNS runs (default 15), each kind run in turn so drift hits all alike.
// Figures only: nothing here passes or fails.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FakeApi } from '../test-server/fake-api.ts'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist', 'index.js')
const NODE = process.execPath
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 15))
const scratch = mkdtempSync(join(tmpdir(), 'bench-'))

const ATLAS_ORG = '5f1a2b3c4d5e6f7a8b9c0d1e'
const SOURCE_ORG = '6a7b8c9d0e1f2a3b4c5d6e7f'
const KEY = { publicKey: 'benchpub', privateKey: 'bench-private-key-0001' }
const SOURCE_KEY = { publicKey: 'benchsrc', privateKey: 'bench-source-key-0002' }
const ACCOUNT = { clientId: 'mdb_sa_id_bench', clientSecret: 'mdb_sa_sk_bench' }
const TOKEN = 'bench-ready-access-token'

type Kind = 'api-key' | 'service-account' | 'access-token'
const credentials: Record<Kind, Record<string, string>> = {
  'api-key': { 'public-key': KEY.publicKey, 'private-key': KEY.privateKey },
  'service-account': { 'client-id': ACCOUNT.clientId, 'client-secret': ACCOUNT.clientSecret },
  'access-token': { 'access-token': TOKEN }
}
/** Requests a credential kind adds per host and run at the least. */
const AUTH_OVERHEAD: Record<Kind, number> = { 'api-key': 1, 'service-account': 2, 'access-token': 0 }

function server(options: ConstructorParameters<typeof FakeApi>[0] = {}): FakeApi {
  return new FakeApi({
    apiKeys: [KEY, SOURCE_KEY],
    serviceAccounts: [ACCOUNT],
    accessTokens: [TOKEN],
    atlasOrgs: [ATLAS_ORG],
    sourceOrgs: [SOURCE_ORG],
    ...options
  })
}

/** bench/floor.mjs's environment: the same call as the action's, by hand. */
function floorEnvFor(url: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    FLOOR_URL: url,
    FLOOR_ORG: ATLAS_ORG,
    FLOOR_USER: KEY.publicKey,
    FLOOR_PASSWORD: KEY.privateKey
  }
}

function actionEnv(inputs: Record<string, string>, dir = scratch): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' }
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(join(dir, 'summary'), '')
  env.GITHUB_OUTPUT = join(dir, 'output')
  env.GITHUB_STEP_SUMMARY = join(dir, 'summary')
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

interface Timed {
  ms: number
  code: number | null
  stdout: string
}
function timed(args: string[], env: Record<string, string>): Promise<Timed> {
  return new Promise(done => {
    const start = process.hrtime.bigint()
    const child = spawn(NODE, args, { env, stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.on('close', code => done({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stdout }))
  })
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

/** Runs each command in turn, RUNS times over, and returns each one's median time. */
async function race(commands: Record<string, () => Promise<Timed>>): Promise<Record<string, number>> {
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

// 1. Round trips --------------------------------------------------------------------------------
async function roundTrips(): Promise<void> {
  console.log('## 1. Round trips per step (counted at the loopback servers)\n')
  console.log('| mode | credentials | requests | minimum | connections | minimum |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  const single: [string, number][] = [
    ['create-link-token', 1],
    ['link-org', 1],
    ['link-status', 1],
    ['unlink-org', 1],
    ['delete-link-token', 1]
  ]
  for (const [mode, calls] of single) {
    for (const kind of Object.keys(credentials) as Kind[]) {
      const api = server()
      await api.listen()
      const atlasSide = mode === 'create-link-token' || mode === 'delete-link-token'
      api.linkTokens.set(ATLAS_ORG, ['lt-bench'])
      if (mode === 'link-status' || mode === 'unlink-org')
        api.links.set(SOURCE_ORG, { linkToken: 'lt-bench', pollsLeft: 0 })
      const inputs = {
        mode,
        'org-id': atlasSide ? ATLAS_ORG : SOURCE_ORG,
        'base-url': api.url,
        ...(mode === 'link-org' ? { 'link-token': 'lt-bench' } : {}),
        ...credentials[kind]
      }
      const run = await timed([DIST], actionEnv(inputs))
      const min = calls + AUTH_OVERHEAD[kind]
      const mark = (n: number, m: number) => (n === m ? `${n}` : `**${n}**`)
      console.log(
        `| ${mode} | ${kind} | ${mark(api.requests.length, min)} | ${min} | ${mark(api.connections, 1)} | 1 |${run.code === 0 ? '' : ' (failed)'}`
      )
      await api.close()
    }
  }
  for (const hosts of [2, 1]) {
    for (const kind of Object.keys(credentials) as Kind[]) {
      const atlas = server()
      const source = hosts === 2 ? server({ linkTokens: atlas.linkTokens }) : atlas
      const servers = [...new Set([atlas, source])]
      for (const api of servers) await api.listen()
      const inputs = {
        mode: 'create-and-link',
        'org-id': ATLAS_ORG,
        'base-url': atlas.url,
        ...credentials[kind],
        'source-org-id': SOURCE_ORG,
        'source-base-url': source.url,
        'source-public-key': SOURCE_KEY.publicKey,
        'source-private-key': SOURCE_KEY.privateKey
      }
      const run = await timed([DIST], actionEnv(inputs))
      const requests = servers.reduce((n, api) => n + api.requests.length, 0)
      const connections = servers.reduce((n, api) => n + api.connections, 0)
      const min = 2 + AUTH_OVERHEAD[kind] + AUTH_OVERHEAD['api-key']
      console.log(
        `| create-and-link (${hosts} host${hosts > 1 ? 's' : ''}) | ${kind} + api-key | ${requests} | ${min} | ${connections} | ${hosts} |${run.code === 0 ? '' : ' (failed)'}`
      )
      for (const api of servers) await api.close()
    }
  }
  console.log('\nMinimum: one request per API call, plus one Digest challenge per host (API key), or one token')
  console.log(
    'request and one revocation (service account, which may hold only 100 live tokens); one connection per host.\n'
  )
}

// 2. One full call --------------------------------------------------------------------------------
async function fullCall(): Promise<{ action: number; floor: number }> {
  console.log('## 2. One full call: create-link-token, API key, 20 ms per answer, 40 ms per new connection\n')
  const api = server({ responseDelayMs: 20, connectionDelayMs: 40 })
  await api.listen()
  const actionInputs = {
    mode: 'create-link-token',
    'org-id': ATLAS_ORG,
    'base-url': api.url,
    ...credentials['api-key']
  }
  const floorEnv = floorEnvFor(api.url)
  const medians = await race({
    floor: () => timed([join(ROOT, 'bench', 'floor.mjs')], floorEnv),
    action: () => timed([DIST], actionEnv(actionInputs))
  })
  await api.close()
  console.log('| run | median |')
  console.log('| --- | --- |')
  console.log(
    `| bench/floor.mjs (node:http + node:crypto, 2 requests, 1 connection) | ${fmt(medians.floor as number)} |`
  )
  console.log(`| node dist/index.js | ${fmt(medians.action as number)} |`)
  console.log(`\nratio: **${ratio(medians.action as number, medians.floor as number)}** the floor (goal ≤ 1.20×)\n`)
  return { action: medians.action as number, floor: medians.floor as number }
}

// 3. Cold start ---------------------------------------------------------------------------------
async function coldStart(): Promise<void> {
  console.log('## 3. Cold start: rejecting a bad org-id\n')
  const coreOnly = join(scratch, 'core-only')
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', join(ROOT, 'bench', 'core-only.mjs'), '-o', coreOnly, '-m', '-q'],
    {
      cwd: ROOT,
      stdio: 'ignore'
    }
  )
  const coreOnlyFile = readdirSync(coreOnly).find(f => /^index\.m?js$/.test(f)) as string
  const badInput = actionEnv({ mode: 'create-link-token', 'org-id': 'not-an-org', 'access-token': TOKEN })
  const medians = await race({
    bare: () => timed(['-e', '0'], { PATH: process.env.PATH ?? '' }),
    action: () => timed([DIST], badInput),
    core: () => timed([join(coreOnly, coreOnlyFile)], badInput)
  })
  const bare = medians.bare as number
  console.log('| run | median | vs node -e 0 |')
  console.log('| --- | --- | --- |')
  console.log(`| node -e 0 | ${fmt(bare)} | 1.00× |`)
  console.log(
    `| node dist/index.js (bad org-id) | ${fmt(medians.action as number)} | **${ratio(medians.action as number, bare)}** (goal ≤ 1.50×) |`
  )
  console.log(
    `| bundle of @actions/core alone (getInput + setFailed, minified) | ${fmt(medians.core as number)} | ${ratio(medians.core as number, bare)} |`
  )
  console.log()
}

// 4. Size and memory ------------------------------------------------------------------------------
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

async function sizeAndMemory(): Promise<void> {
  console.log('## 4. Size and memory\n')
  const { bytes, files } = sizeOf(join(ROOT, 'dist'))
  console.log(`dist/: ${bytes} bytes (${(bytes / 1024).toFixed(0)} KiB): ${files.join(', ')}\n`)
  const api = server()
  await api.listen()
  const rssFile = join(scratch, 'rss')
  const withRss = (env: Record<string, string>) => ({ ...env, BENCH_RSS_FILE: rssFile })
  const preload = ['--import', join(ROOT, 'bench', 'peak-rss.mjs')]
  const peaks: Record<string, number[]> = { bare: [], floor: [], action: [] }
  const floorEnv = floorEnvFor(api.url)
  const runs: Record<string, () => Promise<Timed>> = {
    bare: () => timed([...preload, '-e', '0'], withRss({ PATH: process.env.PATH ?? '' })),
    floor: () => timed([...preload, join(ROOT, 'bench', 'floor.mjs')], withRss(floorEnv)),
    action: () =>
      timed(
        [...preload, DIST],
        withRss(
          actionEnv({ mode: 'create-link-token', 'org-id': ATLAS_ORG, 'base-url': api.url, ...credentials['api-key'] })
        )
      )
  }
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of Object.entries(runs)) {
      await run()
      peaks[name]?.push(Number(readFileSync(rssFile, 'utf8')) / 1024)
    }
  }
  await api.close()
  const [bare, floor, action] = [median(peaks.bare ?? []), median(peaks.floor ?? []), median(peaks.action ?? [])]
  console.log('| run | peak RSS (median) | vs node -e 0 |')
  console.log('| --- | --- | --- |')
  console.log(`| node -e 0 | ${bare.toFixed(1)} MiB | 1.00× |`)
  console.log(`| bench/floor.mjs | ${floor.toFixed(1)} MiB | ${ratio(floor, bare)} |`)
  console.log(
    `| node dist/index.js, full call | ${action.toFixed(1)} MiB | **${ratio(action, bare)}** (goal ≤ 1.30×) |`
  )
  console.log()
}

/**
 * 5. Scale: many create-and-link steps at once (a matrix without max-parallel) against Atlas's token
 * bucket on the org-scoped link-token calls, scaled down. The bucket alone sets a floor on the wall
 * time: (jobs − capacity) / refill rate.
 */
async function scale(): Promise<void> {
  const jobs = Number(process.env.BENCH_SCALE_JOBS ?? 50)
  const bucket = { capacity: 10, refillPerMinute: 30 }
  console.log(
    `## 5. Scale: ${jobs} create-and-link steps at once, link-token bucket ${bucket.capacity} + ${bucket.refillPerMinute}/min\n`
  )
  const sourceOrgs = Array.from({ length: jobs }, (_, i) => `6a7b8c9d0e1f2a3b4c${i.toString(16).padStart(6, '0')}`)
  const api = server({ sourceOrgs, linkTokenBucket: bucket })
  await api.listen()
  const started = Date.now()
  const runs = await Promise.all(
    sourceOrgs.map((sourceOrgId, i) => {
      const dir = mkdtempSync(join(scratch, `job-${i}-`))
      const env = actionEnv(
        {
          mode: 'create-and-link',
          'org-id': ATLAS_ORG,
          'base-url': api.url,
          ...credentials['access-token'],
          'source-org-id': sourceOrgId,
          'source-public-key': SOURCE_KEY.publicKey,
          'source-private-key': SOURCE_KEY.privateKey,
          'source-base-url': api.url
        },
        dir
      )
      return timed([DIST], env)
    })
  )
  const wallMs = Date.now() - started
  await api.close()
  const succeeded = runs.filter(run => run.code === 0).length
  const limited = api.requests.filter(r => r.status === 429).length
  const linked = [...api.links.values()].map(link => link.linkToken)
  const floorMs = (Math.max(0, jobs - bucket.capacity) / bucket.refillPerMinute) * 60_000
  console.log(
    '| succeeded | 429s seen | tokens created | distinct tokens linked | requests | wall time | bucket minimum | ratio |'
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  console.log(
    `| ${succeeded} of ${jobs} | ${limited} | ${api.tokensCreated} | ${new Set(linked).size} of ${linked.length} | ${api.requests.length} | ${(wallMs / 1000).toFixed(1)} s | ${(floorMs / 1000).toFixed(1)} s | **${ratio(wallMs, floorMs)}** (goal ≤ 1.50×, ${jobs} of ${jobs}, ${jobs} tokens) |`
  )
  const failed = runs.find(run => run.code !== 0)
  if (failed) console.log(`\nFirst failure: ${/^::error::(.*)$/m.exec(failed.stdout)?.[1] ?? '(no error line)'}`)
  console.log()
}

/**
 * 6. Migration waits, scaled down 60×: a poll every 1 s and service-account tokens of 60 s stand for
 * the default poll every 60 s and Atlas's 3600 s tokens, so one minute here is one hour there.
 * Prints the requests one hour of waiting costs, and how long after the stand-in turns ready the
 * step notices (the first GET that answers ready, against the moment the migration became ready).
 */
async function migrationWaits(): Promise<void> {
  console.log('## 6. Migration waits\n')
  const project = '7c8d9e0f1a2b3c4d5e6f7a8b'
  const hourMs = 60_000
  const wait = async (readyAfterMs: number, pollSeconds: number, kind: Kind) => {
    const api = server({
      atlasProjects: [project],
      tokenLifetimeSeconds: 60,
      migration: { workingAfterMs: 0, readyAfterMs }
    })
    await api.listen()
    const started = await timed(
      [DIST],
      actionEnv(
        {
          mode: 'start-migration',
          'org-id': ATLAS_ORG,
          'project-id': project,
          'cluster-name': 'dest',
          'source-cluster-name': 'src',
          'source-project-id': project,
          'migration-host': 'mig.example.net',
          'source-ssl': 'true',
          'skip-validation': 'true',
          'base-url': api.url,
          ...credentials[kind]
        },
        mkdtempSync(join(scratch, 'start-'))
      )
    )
    const migrationId = [...api.migrations.keys()][0] as string
    const before = api.requests.length
    const run = await timed(
      [DIST],
      actionEnv(
        {
          mode: 'migration-status',
          'project-id': project,
          'migration-id': migrationId,
          'wait-for': 'ready-for-cutover',
          'wait-timeout-seconds': '600',
          'poll-interval-seconds': String(pollSeconds),
          'base-url': api.url,
          ...credentials[kind]
        },
        mkdtempSync(join(scratch, 'wait-'))
      )
    )
    await api.close()
    const requests = api.requests.slice(before)
    const migration = api.migrations.get(migrationId)
    const noticed = requests.find(r => r.method === 'GET' && r.at >= (migration?.readyAt ?? 0))
    return {
      ok: started.code === 0 && run.code === 0,
      requests,
      delayMs: (noticed?.at ?? Number.NaN) - (migration?.readyAt ?? 0),
      runMs: run.ms
    }
  }

  console.log(
    '| credentials | GETs of the migration | token requests + revocations | Digest challenges | all requests, one hour of waiting (scaled) |'
  )
  console.log('| --- | --- | --- | --- | --- |')
  for (const kind of ['service-account', 'api-key', 'access-token'] as Kind[]) {
    const { ok, requests } = await wait(hourMs, 1, kind)
    const gets = requests.filter(r => r.method === 'GET' && r.status === 200).length
    const oauth = requests.filter(r => r.path.startsWith('/api/oauth/')).length
    const challenges = requests.filter(r => r.status === 401).length
    console.log(`| ${kind}${ok ? '' : ' (FAILED)'} | ${gets} | ${oauth} | ${challenges} | **${requests.length}** |`)
  }
  console.log(
    '\nAt the defaults the first polls come at 5, 10, 20 and 40 s, then every 60 s: about 62 GETs in the first hour, 60 in each after.\n'
  )

  const trials = Number(process.env.BENCH_WAIT_TRIALS ?? 6)
  const pollSeconds = 2
  const delays: number[] = []
  for (let i = 0; i < trials; i++) {
    const { delayMs } = await wait(8000 + Math.round(Math.random() * 4000), pollSeconds, 'access-token')
    delays.push(delayMs)
  }
  const mean = delays.reduce((a, b) => a + b, 0) / delays.length
  console.log('| poll interval | trials | ready → noticed, mean | max | bound |')
  console.log('| --- | --- | --- | --- | --- |')
  console.log(
    `| ${pollSeconds} s | ${trials} | ${fmt(mean)} | ${fmt(Math.max(...delays))} | one poll interval (${pollSeconds * 1000} ms); at the default 60 s: 30 s on average, 60 s at most |`
  )
  console.log()
}

/**
 * 7. The migration pipeline at scale: 20 deployments across 5 source organizations, each org linked
 * once (live-migration-link.yml) before its 4 deployments run live-migration.yml with skip-link —
 * link → start → ready → cut-over — all orgs at once, against the stand-in with token buckets on
 * (link tokens per org, migration calls per project), scaled down.
 */
async function pipeline(): Promise<void> {
  const { runWorkflow } = await import('../test-server/workflow-runner.ts')
  const orgs = 5
  const perOrg = 4
  const plan = { workingAfterMs: 500, readyAfterMs: 8000, cutoverMs: 2000 }
  const linkBucket = { capacity: 2, refillPerMinute: 12 }
  console.log(`## 7. Migration pipeline: ${orgs * perOrg} deployments across ${orgs} source orgs\n`)
  const sourceOrgs = Array.from({ length: orgs }, (_, i) => `6a7b8c9d0e1f2a3b4c5d6e${i.toString(16).padStart(2, '0')}`)
  const sourceProjects = sourceOrgs.map((_, i) => `9e0f1a2b3c4d5e6f7a8b9c${i.toString(16).padStart(2, '0')}`)
  const project = '7c8d9e0f1a2b3c4d5e6f7a8b'
  const available = sourceProjects.map((projectId, i) => ({
    projectId,
    name: `org${i}`,
    migrationHosts: Array.from({ length: perOrg }, (_, h) => `mig-${i}-${h}.example.net`),
    deployments: Array.from({ length: perOrg }, (_, d) => ({ name: `org${i}-rs${d}`, tlsEnabled: true, managed: true }))
  }))
  const api = server({
    sourceOrgs,
    atlasProjects: [project],
    availableProjects: { [ATLAS_ORG]: available },
    notSyncedPolls: 1,
    linkTokenBucket: linkBucket,
    groupBucket: { capacity: 40, refillPerMinute: 600 },
    migration: plan
  })
  await api.listen()
  const secrets = {
    'atlas-client-id': ACCOUNT.clientId,
    'atlas-client-secret': ACCOUNT.clientSecret,
    'source-public-key': SOURCE_KEY.publicKey,
    'source-private-key': SOURCE_KEY.privateKey
  }
  const workflows = join(ROOT, '.github', 'workflows')
  const started = Date.now()
  const results = await Promise.all(
    sourceOrgs.map(async (sourceOrgId, i) => {
      const link = await runWorkflow(join(workflows, 'live-migration-link.yml'), {
        inputs: {
          'atlas-org-id': ATLAS_ORG,
          'source-org-id': sourceOrgId,
          'base-url': api.url,
          'source-base-url': api.url,
          'wait-for-sync': true
        },
        secrets
      })
      if (link.outputs.status !== 'SYNCED') return Array.from({ length: perOrg }, () => 'link failed')
      return Promise.all(
        Array.from({ length: perOrg }, async (_, d) => {
          const run = await runWorkflow(join(workflows, 'live-migration.yml'), {
            inputs: {
              'atlas-org-id': ATLAS_ORG,
              'skip-link': true,
              'project-id': project,
              'cluster-name': `dest-${i}-${d}`,
              'source-cluster-name': `org${i}-rs${d}`,
              'source-project-id': sourceProjects[i] as string,
              'migration-host': `mig-${i}-${d}.example.net`,
              'cutover-environment': 'production-cutover',
              'wait-timeout-seconds': 300,
              'poll-interval-seconds': 1,
              'base-url': api.url
            },
            secrets
          })
          return run.outputs['migration-status'] ?? 'none'
        })
      )
    })
  )
  const wallMs = Date.now() - started
  await api.close()
  const statuses = results.flat()
  const completed = statuses.filter(s => s === 'COMPLETE').length
  const limited = api.requests.filter(r => r.status === 429).length
  // The last org can link only when the bucket has refilled for it; then its migrations need the
  // plan's time to become ready and to cut over.
  const floorMs =
    (Math.max(0, orgs - linkBucket.capacity) / linkBucket.refillPerMinute) * 60_000 + plan.readyAfterMs + plan.cutoverMs
  console.log(
    '| completed | failed | requests | 429s | wall time | stand-in minimum (link bucket + ready + cut-over) | ratio |'
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  console.log(
    `| ${completed} of ${statuses.length} | ${statuses.length - completed} | ${api.requests.length} | ${limited} | ${(wallMs / 1000).toFixed(1)} s | ${(floorMs / 1000).toFixed(1)} s | ${ratio(wallMs, floorMs)} |`
  )
  if (completed < statuses.length) console.log(`\nStatuses: ${statuses.join(', ')}`)
  console.log()
}

// `npm run bench -- scale` runs only the named sections.
const sections: Record<string, () => Promise<void>> = {
  'round-trips': roundTrips,
  'full-call': async () => void (await fullCall()),
  'cold-start': coldStart,
  'size-memory': sizeAndMemory,
  scale,
  'migration-waits': migrationWaits,
  pipeline
}
const chosen = process.argv.slice(2).filter(name => name in sections)
console.log(`# Benchmarks (Node ${process.versions.node}, ${RUNS} runs each, medians)\n`)
try {
  for (const [name, section] of Object.entries(sections))
    if (chosen.length === 0 || chosen.includes(name)) await section()
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
