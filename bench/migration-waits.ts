/**
 * 6. Migration waits, scaled down 60×: a poll every 1 s and service-account tokens of 60 s stand for
 * the default poll every 60 s and Atlas's 3600 s tokens, so one minute here is one hour there.
 * Prints the requests one hour of waiting costs, and how long after the stand-in turns ready the
 * step notices (the first GET that answers ready, against the moment the migration became ready).
 */
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import type { RecordedRequest } from '../test-server/fake-api.ts'
import type { CredentialKind } from '../test-server/fixtures.ts'
import { ATLAS_PROJECT, CREDENTIALS, startFakeApi } from '../test-server/fixtures.ts'
import { actionEnv, DIST, fmt, scratchDir, tableHead, timed } from './harness.ts'

const HOUR_MS = 60_000

export async function migrationWaits(): Promise<void> {
  console.log('## 6. Migration waits\n')
  tableHead(
    'credentials',
    'GETs of the migration',
    'token requests + revocations',
    'Digest challenges',
    'all requests, one hour of waiting (scaled)'
  )
  for (const kind of ['service-account', 'api-key', 'access-token'] as CredentialKind[]) {
    const { ok, requests } = await wait(HOUR_MS, 1, kind)
    const gets = requests.filter(r => r.method === 'GET' && r.status === 200).length
    const oauth = requests.filter(r => r.path.startsWith('/api/oauth/')).length
    const challenges = requests.filter(r => r.status === 401).length
    console.log(`| ${kind}${ok ? '' : ' (FAILED)'} | ${gets} | ${oauth} | ${challenges} | **${requests.length}** |`)
  }
  console.log(
    '\nAt the defaults the first polls come 0.1, 0.2, 0.4 … 51.2 s after the start, then every 60 s: about 68 GETs in the first hour, 60 in each after (10 more after each change of state).\n'
  )

  const trials = Number(process.env.BENCH_WAIT_TRIALS ?? 6)
  const pollSeconds = 2
  const delays: number[] = []
  for (let i = 0; i < trials; i++) {
    const { delayMs } = await wait(8000 + Math.round(Math.random() * 4000), pollSeconds, 'access-token')
    delays.push(delayMs)
  }
  const mean = delays.reduce((a, b) => a + b, 0) / delays.length
  tableHead('poll interval', 'trials', 'ready → noticed, mean', 'max', 'bound')
  console.log(
    `| ${pollSeconds} s | ${trials} | ${fmt(mean)} | ${fmt(Math.max(...delays))} | one poll interval (${pollSeconds * 1000} ms); at the default 60 s: 30 s on average, 60 s at most |`
  )
  console.log()
}

interface Wait {
  ok: boolean
  /** The requests of the waiting step alone (not of the start). */
  requests: RecordedRequest[]
  /** From the moment the migration became ready to the first GET after it. */
  delayMs: number
  runMs: number
}

/** Starts a migration that turns ready after readyAfterMs, then waits for it with migration-status. */
async function wait(readyAfterMs: number, pollSeconds: number, kind: CredentialKind): Promise<Wait> {
  const project = ATLAS_PROJECT
  const api = await startFakeApi({
    atlasProjects: [project],
    tokenLifetimeSeconds: 60,
    migration: { workingAfterMs: 0, readyAfterMs }
  })
  const started = await timed(
    [DIST],
    actionEnv(
      {
        mode: 'start-migration',
        'project-id': project,
        'cluster-name': 'dest',
        'source-cluster-name': 'src',
        'source-project-id': project,
        'migration-host': 'mig.example.net',
        'source-ssl': 'true',
        'skip-validation': 'true',
        'base-url': api.url,
        ...CREDENTIALS[kind]
      },
      mkdtempSync(join(scratchDir(), 'start-'))
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
        ...CREDENTIALS[kind]
      },
      mkdtempSync(join(scratchDir(), 'wait-'))
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
