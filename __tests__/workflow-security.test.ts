// zizmor's audits, applied by hand to every workflow file and dependabot.yml, and kept: pinned
// `uses:`, no persisted credentials, minimal permissions, no template expansion in scripts, no
// dangerous trigger, no install script or cache where a write token exists, the release tagged from
// the default branch only, Dependabot's cool-down, the workflow_sha guard of the reusable workflows,
// and zizmor itself run in CI at a pinned version (ci.yml's zizmor job checks all of this again).
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface Step {
  name?: string
  id?: string
  uses?: string
  run?: string
  shell?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}
interface Job {
  name?: string
  if?: string
  needs?: string | string[]
  uses?: string
  permissions?: Record<string, string> | string
  steps?: Step[]
}
interface Workflow {
  on: Record<string, unknown> | string | string[]
  permissions?: Record<string, string> | string
  jobs: Record<string, Job>
}

/** A GitHub expression as it is written in a workflow, `${{ inner }}` (not a JS placeholder). */
const expression = (inner: string) => `\${{ ${inner} }}`

const root = resolve(import.meta.dirname, '..')
const dir = resolve(root, '.github/workflows')
const files = readdirSync(dir)
  .filter(name => /\.ya?ml$/.test(name))
  .sort()
const text: Record<string, string> = Object.fromEntries(
  files.map(name => [name, readFileSync(resolve(dir, name), 'utf8')])
)
const workflows: Record<string, Workflow> = Object.fromEntries(files.map(name => [name, parse(text[name] as string)]))
const stepsOf = (job: Job): Step[] => job.steps ?? []
const allJobs = Object.entries(workflows).flatMap(([file, wf]) =>
  Object.entries(wf.jobs).map(([name, job]) => ({ file, name, job }))
)
const allSteps = allJobs.flatMap(({ file, name, job }) => stepsOf(job).map(step => ({ file, job: name, step })))
const triggers = (wf: Workflow): string[] =>
  typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? wf.on : Object.keys(wf.on)
const isReusable = (wf: Workflow) => triggers(wf).includes('workflow_call')
const writes = (job: Job): string[] =>
  typeof job.permissions === 'object'
    ? Object.entries(job.permissions)
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope)
    : job.permissions === 'write-all'
      ? ['all']
      : []
const runsNpmInstall = (run: string) => /\b(npm (ci|install|i)\b|yarn( install)?\b|pnpm (install|i)\b)/.test(run)

describe('the workflow files (zizmor audits, by hand)', () => {
  it('finds the six workflows', () => {
    expect(files).toEqual([
      'ci.yml',
      'codeql.yml',
      'live-migration-link.yml',
      'live-migration-status.yml',
      'live-migration.yml',
      'release.yml'
    ])
  })

  it('unpinned-uses / ref-version-mismatch: every remote uses: is a full commit SHA with its version in a comment', () => {
    for (const [file, body] of Object.entries(text)) {
      for (const line of body.split('\n')) {
        const m = /^\s*(?:- )?uses: (\S+)(.*)$/.exec(line)
        if (!m) continue
        const [, target, rest] = m as unknown as [string, string, string]
        if (target.startsWith('./')) continue
        expect(target, `${file}: ${line.trim()}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
        expect(rest, `${file}: ${line.trim()}`).toMatch(/^ # v\d+\.\d+\.\d+$/)
      }
    }
  })

  it('artipacked: every checkout sets persist-credentials explicitly, and to false', () => {
    const checkouts = allSteps.filter(({ step }) => step.uses?.startsWith('actions/checkout@'))
    expect(checkouts.length).toBeGreaterThanOrEqual(11)
    for (const { file, job, step } of checkouts) {
      expect(step.with?.['persist-credentials'], `${file} job ${job}`).toBe(false)
    }
  })

  it('dangerous-triggers: no pull_request_target or workflow_run anywhere', () => {
    for (const [file, wf] of Object.entries(workflows)) {
      expect(triggers(wf), file).not.toContain('pull_request_target')
      expect(triggers(wf), file).not.toContain('workflow_run')
      expect(text[file], file).not.toMatch(/pull_request_target|workflow_run/)
    }
  })

  it('excessive-permissions: nothing at the workflow level; each job of ci, codeql and release names its own', () => {
    for (const [file, wf] of Object.entries(workflows)) {
      expect(wf.permissions, file).toEqual({})
      if (isReusable(wf)) continue // the caller's job grants the token; these jobs need none
      for (const [name, job] of Object.entries(wf.jobs)) {
        expect(typeof job.permissions, `${file} job ${name}`).toBe('object')
        expect(job.permissions, `${file} job ${name}`).not.toEqual({})
      }
    }
  })

  it('excessive-permissions: write scopes only where needed, each with a comment saying why', () => {
    const granted = allJobs.flatMap(({ file, name, job }) => writes(job).map(scope => `${file} ${name} ${scope}`))
    // The ledger (GitHub deployments of the caller's repository) is written by the pipeline's start
    // and cut-over jobs and by the status workflow; the release attests and publishes; nothing else writes.
    expect(granted.sort()).toEqual([
      'codeql.yml analyze security-events',
      'live-migration-status.yml status deployments',
      'live-migration.yml cutover deployments',
      'live-migration.yml start deployments',
      'release.yml attest attestations',
      'release.yml attest id-token',
      'release.yml publish contents',
      'release.yml tag contents'
    ])
    for (const [file, body] of Object.entries(text)) {
      for (const line of body.split('\n').filter(l => /^\s+[a-z-]+: write\b/.test(l))) {
        expect(line, file).toMatch(/: write # \S/)
      }
    }
  })

  it('template-injection: no expression inside a run: script (values come in through env:)', () => {
    for (const { file, job, step } of allSteps) {
      if (step.run !== undefined)
        expect(step.run, `${file} job ${job} step ${step.name ?? step.id}`).not.toMatch(/\$\{\{/)
    }
  })

  it('no install script, no dependency cache and no GITHUB_ENV / GITHUB_PATH write where a write token exists', () => {
    const writers = allJobs.filter(({ job }) => writes(job).length > 0)
    expect(writers.map(({ file, name }) => `${file} ${name}`)).toContain('release.yml tag')
    for (const { file, name, job } of writers) {
      for (const step of stepsOf(job)) {
        const where = `${file} job ${name} step ${step.name ?? step.uses}`
        if (step.run !== undefined) {
          if (runsNpmInstall(step.run)) expect(step.run, where).toMatch(/--ignore-scripts/)
          expect(step.run, where).not.toMatch(/\bnpm run\b/)
          expect(step.run, where).not.toMatch(/GITHUB_ENV|GITHUB_PATH/)
        }
        if (step.uses?.startsWith('actions/setup-node@')) {
          expect(step.with?.cache, where).toBeUndefined()
          expect(step.with?.['package-manager-cache'], where).toBe(false)
        }
        expect(step.uses ?? '', where).not.toMatch(/^actions\/cache/)
      }
    }
  })

  it('bot-conditions: no condition trusts github.actor', () => {
    for (const [file, body] of Object.entries(text)) expect(body, file).not.toMatch(/github\.(triggering_)?actor\b/)
  })

  it('zizmor ignore comments silence only self-repository, on the local uses: lines, and say why', () => {
    for (const [file, body] of Object.entries(text)) {
      for (const line of body.split('\n').filter(l => l.includes('# zizmor:'))) {
        expect(line, file).toMatch(/^\s+uses: \.\/\S* # zizmor: ignore\[self-repository\]/)
      }
    }
    // The reason is given once per step: in the ignore comment or on the line above it.
    const local = allSteps.filter(({ step }) => step.uses?.startsWith('./'))
    expect(local.length).toBe(8)
    for (const [file, body] of Object.entries(text)) {
      const lines = body.split('\n')
      lines.forEach((line, i) => {
        if (!/^\s+uses: \.\//.test(line)) return
        expect(`${lines[i - 1]}\n${line}`, file).toMatch(/\$\/ .*needs a path below the root/)
      })
    }
  })
})

describe('release.yml', () => {
  const release = workflows['release.yml'] as Workflow
  const { verify, tag } = release.jobs as Record<string, Job>
  const onDefaultBranch = "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"

  it('runs by hand only, one at a time, and every job only on the default branch', () => {
    expect(triggers(release)).toEqual(['workflow_dispatch'])
    expect(text['release.yml']).toMatch(/^concurrency:\n {2}group: release\n {2}cancel-in-progress: false$/m)
    expect(Object.keys(release.jobs)).toEqual(['verify', 'tag', 'attest', 'publish'])
    for (const job of Object.values(release.jobs)) expect(job.if).toBe(onDefaultBranch)
    // scripts/release.ts refuses another ref too (GITHUB_REF against RELEASE_BRANCH).
    for (const job of [verify, tag] as Job[]) {
      const script = stepsOf(job).find(step => step.run?.includes('release'))
      expect(script?.env?.RELEASE_BRANCH).toBe(expression('github.event.repository.default_branch'))
    }
  })

  it('verifies with npm ci and the build under a read-only token, without tagging', () => {
    expect(verify?.permissions).toEqual({ contents: 'read' })
    const runs = stepsOf(verify as Job).flatMap(step => step.run ?? [])
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run release -- "$VERSION" --check'])
  })

  it('tags in a job that installs nothing, checks the same commit again, and hands the token to the push alone', () => {
    expect(tag?.needs).toBe('verify')
    expect(tag?.permissions).toEqual({ contents: 'write' })
    const steps = stepsOf(tag as Job)
    for (const step of steps) if (step.run) expect(runsNpmInstall(step.run), step.run).toBe(false)
    const checkouts = [verify, tag].map(job => stepsOf(job as Job).find(s => s.uses?.startsWith('actions/checkout@')))
    for (const checkout of checkouts) expect(checkout?.with?.ref).toBe(expression('github.sha'))
    expect(steps.find(s => s.run?.includes('scripts/release.ts'))?.run).toMatch(
      /node scripts\/release\.ts "\$VERSION" --no-build$/m
    )
    const withToken = steps.filter(step => JSON.stringify(step).includes('github.token'))
    expect(withToken.map(step => step.name)).toEqual(['Push vX.Y.Z and vX'])
    const push = withToken[0] as Step
    expect(push.env?.GIT_CONFIG_KEY_0).toBe('credential.helper')
    expect(String(push.env?.GIT_CONFIG_VALUE_0)).toMatch(/password=%s.*"\$PUSH_TOKEN"/)
    expect(push.run).toMatch(/git push origin "refs\/tags\/v\$VERSION"/)
    expect(push.run).toMatch(/git push --force origin "refs\/tags\/\$major"/)
    expect(push.run).not.toMatch(/PUSH_TOKEN/) // only git's credential helper reads it
    expect(steps.at(-1)).toBe(push)
  })

  it('the push step gives git the token through its credential helper, and only when asked for it', () => {
    const push = stepsOf(tag as Job).at(-1) as Step
    const helper = String(push.env?.GIT_CONFIG_VALUE_0).replace(/^!/, '')
    // Git runs a '!' helper as a shell snippet with the operation appended: `<snippet> get`.
    const ask = (op: string) =>
      spawnSync('sh', ['-c', `${helper} ${op}`], { env: { PUSH_TOKEN: 't0k3n' }, encoding: 'utf8' })
    expect(ask('get').stdout).toBe('username=x-access-token\npassword=t0k3n\n')
    expect(ask('store').stdout).toBe('')
    expect(ask('erase').stdout).toBe('')
  })
})

describe('release.yml after the tags', () => {
  const release = workflows['release.yml'] as Workflow
  const { attest, publish } = release.jobs as Record<string, Job>

  it("attests dist/'s build provenance from the tagged commit, with GitHub's action pinned, holding only what signing needs", () => {
    expect(attest?.needs).toBe('tag')
    expect(attest?.permissions).toEqual({ contents: 'read', 'id-token': 'write', attestations: 'write' })
    const steps = stepsOf(attest as Job)
    expect(steps.find(s => s.uses?.startsWith('actions/checkout@'))?.with?.ref).toBe(expression('github.sha'))
    const attestation = steps.find(s => s.uses?.startsWith('actions/attest-build-provenance@'))
    expect(attestation?.uses).toMatch(/@[0-9a-f]{40}$/)
    expect(attestation?.with?.['subject-path']).toBe('dist/**')
    expect(steps.some(s => s.run !== undefined)).toBe(false) // nothing of the repository runs beside the OIDC token
  })

  it('publishes the GitHub Release once attested, with the CHANGELOG section, the token in the last step alone', () => {
    expect(publish?.needs).toBe('attest')
    expect(publish?.permissions).toEqual({ contents: 'write' })
    const steps = stepsOf(publish as Job)
    for (const step of steps) if (step.run) expect(runsNpmInstall(step.run), step.run).toBe(false)
    expect(steps.find(s => s.run?.includes('--notes'))?.run).toBe(
      'node scripts/release.ts "$VERSION" --notes > "$RUNNER_TEMP/notes.md"'
    )
    const withToken = steps.filter(step => JSON.stringify(step).includes('github.token'))
    expect(withToken).toEqual([steps.at(-1)])
    expect(withToken[0]?.run).toMatch(
      /^gh release create "v\$VERSION" .*--verify-tag .*--notes-file "\$RUNNER_TEMP\/notes\.md"$/
    )
  })
})

describe('.github/dependabot.yml', () => {
  const dependabot = parse(readFileSync(resolve(root, '.github/dependabot.yml'), 'utf8')) as {
    updates: { 'package-ecosystem': string; cooldown?: { 'default-days'?: number } }[]
  }

  it('dependabot-cooldown: every ecosystem waits at least 7 days before proposing a release', () => {
    expect(dependabot.updates.map(u => u['package-ecosystem'])).toEqual(['npm', 'github-actions'])
    for (const update of dependabot.updates) {
      expect(update.cooldown?.['default-days'], update['package-ecosystem']).toBeGreaterThanOrEqual(7)
    }
  })

  it('dependabot-execution: allows no external code execution', () => {
    expect(JSON.stringify(dependabot)).not.toMatch(/insecure-external-code-execution/)
  })
})

describe('the reusable workflows guard an empty job.workflow_sha (GitHub Enterprise Server)', () => {
  const guardOf = (job: Job) => {
    const steps = stepsOf(job)
    const checkout = steps.findIndex(step => step.uses?.startsWith('actions/checkout@'))
    const guard = steps
      .slice(0, checkout)
      .find(
        step =>
          step.env?.ACTION_REPOSITORY === expression('job.workflow_repository') &&
          step.env?.ACTION_SHA === expression('job.workflow_sha')
      )
    return { guard, checkout }
  }
  const run = (script: string, env: Record<string, string>) =>
    spawnSync('bash', ['-e', '-c', script], {
      env: { ...process.env, GITHUB_OUTPUT: '/dev/null', ...env },
      encoding: 'utf8'
    })

  it.each([
    ['live-migration.yml', ['link', 'start', 'cutover']],
    ['live-migration-link.yml', ['link']],
    ['live-migration-status.yml', ['status']]
  ])('%s: every job checks both values before its checkout, and stops with an error on an empty one', (file, jobs) => {
    const wf = workflows[file] as Workflow
    expect(Object.keys(wf.jobs)).toEqual(jobs)
    for (const name of jobs) {
      const { guard, checkout } = guardOf(wf.jobs[name] as Job)
      expect(checkout, `${file} job ${name}`).toBeGreaterThan(0)
      expect(guard?.shell, `${file} job ${name}`).toBe('bash')
      const script = guard?.run as string
      for (const env of [
        { ACTION_REPOSITORY: '', ACTION_SHA: '' },
        { ACTION_REPOSITORY: 'OWNER/REPO', ACTION_SHA: '' },
        { ACTION_REPOSITORY: '', ACTION_SHA: 'f'.repeat(40) }
      ]) {
        const result = run(script, env)
        expect(result.status, `${file} job ${name} ${JSON.stringify(env)}`).toBe(1)
        expect(result.stdout).toMatch(/^::error::This GitHub does not fill job\.workflow_repository/m)
      }
      const ok = run(script, { ACTION_REPOSITORY: 'OWNER/REPO', ACTION_SHA: 'f'.repeat(40) })
      expect(ok.status).toBe(0)
      expect(ok.stdout).toContain(`Running the action from OWNER/REPO@${'f'.repeat(40)}.`)
    }
  })
})

describe("ci.yml's zizmor job", () => {
  const zizmor = (workflows['ci.yml'] as Workflow).jobs.zizmor as Job

  it('runs one pinned zizmor version over the repository, read-only, and fails on any finding', () => {
    expect(zizmor.permissions).toEqual({ contents: 'read' })
    const [checkout, audit] = stepsOf(zizmor)
    expect(checkout?.uses).toMatch(/^actions\/checkout@[0-9a-f]{40}$/)
    expect(checkout?.with?.['persist-credentials']).toBe(false)
    expect(audit?.env?.ZIZMOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
    expect(audit?.run).toBe('pipx run --spec "zizmor==$ZIZMOR_VERSION" zizmor --format=github .')
    // Not --no-exit-codes, not SARIF (which exits 0): a finding fails the job.
    expect(audit?.run).not.toMatch(/--no-exit-codes|sarif|\|\| true/)
    expect(audit?.env?.GH_TOKEN).toBe(expression('github.token'))
    expect(zizmor.if).toBeUndefined()
  })

  it('runs on pull requests and on main, like the rest of CI', () => {
    expect(triggers(workflows['ci.yml'] as Workflow)).toEqual(['push', 'pull_request', 'workflow_dispatch'])
  })
})
