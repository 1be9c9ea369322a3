// The workflow runner on GitHub's own packages: one tiny workflow per rule where GitHub's engine
// differs from a hand-written interpreter. Steps are plain run: steps, or a stand-in for the action.
import { describe, expect, it } from 'vitest'
import type { ActionRun } from '../test-server/run-action.ts'
import { runWorkflowSource, type WorkflowCall } from '../test-server/workflow-runner.ts'

const run = (yaml: string, call: WorkflowCall = {}) => runWorkflowSource('test.yml', yaml, call)
const results = (r: Awaited<ReturnType<typeof run>>) =>
  Object.fromEntries(Object.entries(r.jobs).map(([name, job]) => [name, job.result]))
const job = (name: string, body: string[]) => [`  ${name}:`, '    runs-on: ubuntu-latest', ...body.map(l => `    ${l}`)]
const workflow = (...jobs: string[][]) => ['on: push', 'jobs:', ...jobs.flat()].join('\n')
const fail = ['steps:', '  - run: exit 1']
const pass = ['steps:', '  - run: "true"']
const e = (expression: string) => `\${{ ${expression} }}` // a GitHub expression, not a JS placeholder

describe('job conditions', () => {
  it('adds the implicit success() to an if: without a status function', async () => {
    const r = await run(workflow(job('a', fail), job('b', ['needs: a', "if: needs.a.result != 'x'", ...pass])))
    expect(results(r)).toEqual({ a: 'failure', b: 'skipped' })
  })

  it('looks at every job up the needs chain: a failure two jobs up makes success() false', async () => {
    const r = await run(
      workflow(
        job('a', fail),
        job('b', ['needs: a', 'if: always()', ...pass]),
        job('c', ['needs: b', ...pass]),
        job('d', ['needs: b', 'if: failure()', ...pass])
      )
    )
    expect(results(r)).toEqual({ a: 'failure', b: 'success', c: 'skipped', d: 'success' })
  })

  it('short-circuits && and ||: the right side is not evaluated', async () => {
    const r = await run(
      workflow(
        job('a', [
          'steps:',
          '  - id: s',
          '    env:',
          `      AND: ${e("false && fromJSON('{')")}`,
          `      OR: ${e("'x' || fromJSON('{')")}`,
          '    run: echo "v=$AND,$OR" >> "$GITHUB_OUTPUT"',
          'outputs:',
          `  v: ${e('steps.s.outputs.v')}`
        ])
      )
    )
    expect(r.jobs.a?.outputs).toEqual({ v: 'false,x' })
  })

  it('reads contexts and functions case-insensitively', async () => {
    const r = await run(workflow(job('a', ["if: Success() && GITHUB.Event_Name == 'PUSH'", ...pass])))
    expect(results(r)).toEqual({ a: 'success' })
  })

  it('takes NaN as false', async () => {
    const yaml = [
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      n: { type: number }',
      'jobs:',
      ...job('a', ['if: inputs.n', ...pass]),
      ...job('b', ['if: NaN || inputs.n', ...pass])
    ].join('\n')
    expect(results(await run(yaml, { inputs: { n: Number.NaN } }))).toEqual({ a: 'skipped', b: 'skipped' })
  })
})

describe('steps and outputs', () => {
  it('runs shell: bash with -o pipefail, and no shell as bash -e', async () => {
    const pipe = (shell: string[]) => ['steps:', '  - run: false | true', ...shell]
    const r = await run(workflow(job('bash', pipe(['    shell: bash'])), job('unset', pipe([]))))
    expect(results(r)).toEqual({ bash: 'failure', unset: 'success' })
  })

  it('reads multi-line (name<<DELIMITER) outputs', async () => {
    const script = ['echo "text<<EOF"', 'echo line 1', 'echo "line=2"', 'echo EOF', 'echo "after=yes"']
    const r = await run(
      workflow(
        job('a', [
          'steps:',
          '  - id: s',
          '    run: |',
          `      { ${script.join('; ')}; } >> "$GITHUB_OUTPUT"`,
          'outputs:',
          `  text: ${e('steps.s.outputs.text')}`,
          `  after: ${e('steps.s.outputs.after')}`
        ])
      )
    )
    expect(r.jobs.a?.outputs).toEqual({ text: 'line 1\nline=2', after: 'yes' })
  })

  it('drops empty outputs, and outputs that hold a secret or a masked value, with a warning', async () => {
    const r = await run(
      workflow(
        job('a', [
          'steps:',
          '  - id: s',
          '    env:',
          `      TOKEN: ${e('secrets.token')}`,
          '    run: |',
          '      echo "::add-mask::hidden-value"',
          '      echo "secret=Bearer $TOKEN" >> "$GITHUB_OUTPUT"',
          '      echo "masked=hidden-value" >> "$GITHUB_OUTPUT"',
          'outputs:',
          `  empty: ${e('steps.s.outputs.none')}`,
          `  secret: ${e('steps.s.outputs.secret')}`,
          `  masked: ${e('steps.s.outputs.masked')}`,
          '  kept: plain'
        ])
      ),
      { secrets: { token: 's3cr3t-token' } }
    )
    expect(r.jobs.a?.outputs).toEqual({ kept: 'plain' })
    expect(r.jobs.a?.warnings).toEqual([
      "Skip output 'secret' since it may contain secret.",
      "Skip output 'masked' since it may contain secret."
    ])
  })

  it("passes action.yml's defaults for the inputs a uses: ./ step leaves out", async () => {
    const seen: Record<string, string>[] = []
    const action = async (inputs: Record<string, string>): Promise<ActionRun> => {
      // The INPUT_* variables run-action.ts makes of them.
      seen.push(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])))
      return { code: 0, stdout: '', stderr: '', log: '', outputs: {}, summary: '', durationMs: 1 }
    }
    const steps = [
      'steps:',
      '  - uses: ./.live-migration-action',
      '    with:',
      '      mode: cutover',
      '      wait-for: ""'
    ]
    await run(workflow(job('a', steps)), { action })
    expect(seen[0]).toMatchObject({
      INPUT_MODE: 'cutover',
      'INPUT_WAIT-FOR': '', // given, even empty: no default
      'INPUT_CONFIRM-WRITES-STOPPED': 'false',
      'INPUT_POLL-INTERVAL-SECONDS': '60',
      'INPUT_REQUEST-TIMEOUT-SECONDS': '30',
      'INPUT_BASE-URL': 'https://cloud.mongodb.com'
    })
    expect(seen[0]).not.toHaveProperty('INPUT_PROJECT-ID') // no default, not given: not set
  })
})

describe('job keys', () => {
  it('runs a matrix: each leg gets matrix.*; the job keeps the last leg’s outputs', async () => {
    const r = await run(
      workflow(
        job('m', [
          'strategy:',
          '  matrix:',
          '    os: [linux, mac]',
          '    include: [{ os: mac, extra: x }, { os: win }]',
          'steps:',
          '  - id: s',
          `    run: echo "os=${e('matrix.os')}${e('matrix.extra')}-${e('strategy.job-index')}" >> "$GITHUB_OUTPUT"`,
          'outputs:',
          `  os: ${e('steps.s.outputs.os')}`
        ]),
        job('after', ['needs: m', ...pass])
      )
    )
    expect(r.jobs.m?.legs?.map(l => l.matrix)).toEqual([{ os: 'linux' }, { os: 'mac', extra: 'x' }, { os: 'win' }])
    expect(r.jobs.m?.outputs).toEqual({ os: 'win-2' })
    expect(results(r)).toEqual({ m: 'success', after: 'success' })
  })

  it('cancels the legs not yet run once one fails (fail-fast)', async () => {
    const steps = [
      'strategy:',
      '  matrix:',
      '    n: [1, 2, 3]',
      'steps:',
      `  - run: exit ${e('matrix.n == 2 && 1 || 0')}`
    ]
    const r = await run(workflow(job('m', steps)))
    expect(r.jobs.m?.legs?.map(l => l.result)).toEqual(['success', 'failure', 'cancelled'])
    expect(r.jobs.m?.result).toBe('failure')
  })

  it('takes a failed job with continue-on-error as a success for the jobs that need it', async () => {
    const r = await run(workflow(job('a', ['continue-on-error: true', ...fail]), job('b', ['needs: a', ...pass])))
    expect(results(r)).toEqual({ a: 'success', b: 'success' })
    expect(r.jobs.a?.outcome).toBe('failure')
  })

  it('cancels a job past its timeout-minutes, and fails a step past its own', async () => {
    const r = await run(
      workflow(
        job('slow', ['timeout-minutes: 0.005', 'steps:', '  - run: sleep 5', '  - if: cancelled()', '    run: "true"']),
        job('step', ['steps:', '  - run: sleep 5', '    timeout-minutes: 0.005']),
        job('after', ['needs: slow', ...pass])
      )
    )
    expect(results(r)).toEqual({ slow: 'cancelled', step: 'failure', after: 'skipped' })
    expect(r.jobs.slow?.steps.map(s => s.outcome)).toEqual(['cancelled', 'success'])
    expect(r.jobs.step?.steps[0]).toMatchObject({ outcome: 'failure', timedOut: true })
  })

  it('records the concurrency and permissions each job asked for', async () => {
    const yaml = [
      'on: push',
      'permissions: {}',
      `concurrency: run-${e('github.ref')}`,
      'jobs:',
      ...job('a', [
        'permissions:',
        '  contents: read',
        'concurrency:',
        `  group: a-${e('github.sha')}`,
        '  cancel-in-progress: true',
        ...pass
      ]),
      ...job('b', pass)
    ].join('\n')
    const r = await run(yaml, { github: { sha: 'abc' } })
    expect(r.concurrency).toEqual({ group: 'run-refs/heads/main', 'cancel-in-progress': false })
    expect(r.jobs.a?.concurrency).toEqual({ group: 'a-abc', 'cancel-in-progress': true })
    expect(r.jobs.a?.permissions).toEqual({ contents: 'read' })
    expect(r.jobs.b?.permissions).toEqual({})
  })

  it("refuses a workflow that breaks GitHub's schema", async () => {
    await expect(run(workflow(job('a', ['timeout-minutes: soon', ...pass])))).rejects.toThrow(/test\.yml/)
  })
})
