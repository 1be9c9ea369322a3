// The evidence in the reusable workflows, read from their files and run job by job through the
// bundle-free in-process runner against the stand-ins: the start step reports the migration ready
// with the evidence in its summary (what the reviewer reads before approving), the approved cut-over
// reads it again right before its PUT and refuses on a failing finding (or cuts over with
// cutover-evidence: warn), a resume takes the names from the ledger, and the status workflow shows
// each ready migration's evidence beside its deadline.
import { afterEach, describe, expect, it } from 'vitest'
import type { FakeDatabase } from '../test-server/fake-api.ts'
import { runWorkflow } from '../test-server/workflow-runner.ts'
import { ATLAS_PROJECT as PROJECT, SERVICE_ACCOUNT, SOURCE_API_KEY, SOURCE_PROJECT } from './helpers/fixtures.ts'
import {
  api,
  approving,
  call,
  closeStandIns,
  github,
  inputs,
  PIPELINE,
  puts,
  results,
  STATUS,
  stand,
  TOKEN
} from './helpers/pipeline.ts'

afterEach(closeStandIns)

const shop: FakeDatabase = { name: 'shop', collections: 4, indexes: 9, documents: 1000 }
/** The source has ledger too; the destination lacks it: a failing finding (EV-2). */
const contents = (destination: FakeDatabase[] = [shop]) => ({
  sourceProjects: {
    [SOURCE_PROJECT]: [{ name: 'payments-rs', databases: [shop, { name: 'ledger', collections: 2, documents: 7 }] }]
  },
  clusters: { [PROJECT]: [{ name: 'payments-prod', oplogSizeMB: 50_000, databases: destination }] }
})
const step = (run: Awaited<ReturnType<typeof runWorkflow>>, job: string, id: string) =>
  run.jobs[job]?.steps.find(s => s.id === id)?.run

describe('live-migration.yml with the evidence', () => {
  it('shows the evidence where the migration is reported ready, then refuses the approved cut-over on a missing database, sending no PUT', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 500 }, 1, contents())
    const run = await runWorkflow(PIPELINE, approving(call({ inputs: inputs() })))
    expect(results(run)).toEqual({ link: 'skipped', start: 'success', cutover: 'failure' })
    // The start step reports it ready, with the evidence for the reviewer before approving.
    const start = step(run, 'start', 'start')
    expect(start?.outputs['ready-for-cutover']).toBe('true')
    expect(start?.outputs['evidence-result']).toBe('fail')
    expect(start?.summary).toMatch(
      /Next:<\/strong> Stop writes to the source, read the evidence below, then approve the cut-over/
    )
    expect(start?.summary).toMatch(
      /<td>❌\u00a0fail<\/td><td>EV-2 Every source database on the destination<\/td><td>ledger \(source: 2 collections, 7 documents\) is not on the destination<\/td>/
    )
    expect(start?.summary).toContain('<td>✅</td><td>shop</td><td>4 → 4</td>')
    // The approved cut-over reads it again, right before the PUT, and refuses.
    const cutover = step(run, 'cutover', 'cutover')
    expect(cutover?.log).toMatch(/Approval proven: reviewer approved environment 'production-cutover'/)
    expect(cutover?.log).toMatch(
      /::error::No cut-over: the evidence fails \(EV-2 ledger .*\)\. Nothing was sent to Atlas\./
    )
    expect(cutover?.summary).toMatch(/<h3>❌ Migration \w+ not cut over: the evidence fails<\/h3>/)
    expect(puts()).toEqual([])
    expect(run.outputs['migration-status']).toBe('WORKING')
  })

  it('cuts over with cutover-evidence: warn, saying what it cut over despite', async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 500 }, 1, contents())
    const run = await runWorkflow(PIPELINE, approving(call({ inputs: { ...inputs(), 'cutover-evidence': 'warn' } })))
    expect(results(run)).toEqual({ link: 'skipped', start: 'success', cutover: 'success' })
    expect(run.outputs['migration-status']).toBe('COMPLETE')
    expect(puts()).toHaveLength(1)
    expect(step(run, 'cutover', 'cutover')?.log).toMatch(
      /::warning::Cutting over despite failing evidence \(evidence: warn\): EV-2 ledger/
    )
  })

  it('on a resume by deployment-name alone, the cut-over takes what to compare from the ledger', async () => {
    await stand(
      { workingAfterMs: 0, readyAfterMs: 0, cutoverMs: 500 },
      1,
      contents([shop, { name: 'ledger', collections: 2, documents: 7 }])
    )
    // The first run starts the migration; its cut-over is not approved (no review at all).
    const first = await runWorkflow(PIPELINE, call({ inputs: inputs() }))
    expect(first.jobs.cutover?.result).toBe('failure')
    const [record] = github.records()
    expect(record?.payload).toMatchObject({
      source: 'payments-rs',
      destination: 'payments-prod',
      sourceProjectId: SOURCE_PROJECT
    })
    const resume = { ...inputs(), 'cluster-name': '', 'source-cluster-name': '' }
    const run = await runWorkflow(PIPELINE, approving(call({ inputs: resume })))
    expect(results(run)).toEqual({ link: 'skipped', start: 'success', cutover: 'success' })
    const cutover = step(run, 'cutover', 'cutover')
    expect(cutover?.outputs['evidence-result']).toBe('warn')
    expect(cutover?.summary).toContain('(cluster payments-rs of Cloud Manager / Ops Manager project')
    expect(run.outputs['migration-status']).toBe('COMPLETE')
  })
})

describe('live-migration-status.yml with the evidence', () => {
  it("shows each ready migration's evidence beside its deadline, and says so when it has no source key", async () => {
    await stand({ workingAfterMs: 0, readyAfterMs: 0 }, 1, contents())
    await runWorkflow(PIPELINE, call({ inputs: inputs() })) // not approved: the migration stays ready
    const atlas = { 'atlas-client-id': SERVICE_ACCOUNT.clientId, 'atlas-client-secret': SERVICE_ACCOUNT.clientSecret }
    const status = (secrets: Record<string, string>) =>
      runWorkflow(STATUS, {
        secrets,
        inputs: { 'base-url': api.url, 'source-base-url': api.url, 'record-status': false },
        github: { api_url: github.url, token: TOKEN, run_id: '99' }
      })
    const keyed = await status({
      ...atlas,
      'source-public-key': SOURCE_API_KEY.publicKey,
      'source-private-key': SOURCE_API_KEY.privateKey
    })
    const shown = keyed.jobs.status?.steps.find(s => s.id === 'status')?.run
    expect(shown?.summary).toContain('<th>Cut-over window</th><th>Evidence</th>')
    expect(shown?.summary).toMatch(
      /<td>payments<\/td>.*<td>expires [^<]+<\/td><td>❌\u00a0fail: 1 failed, 1 warned of 7 checks \(EV-2, EV-6\)<\/td>/
    )
    expect(shown?.log).toMatch(/Deployment 'payments': evidence ❌\u00a0fail: 1 failed/)
    const unkeyed = (await status(atlas)).jobs.status?.steps.find(s => s.id === 'status')?.run
    expect(unkeyed?.summary).toMatch(/<td>➖\u00a0not checked: no source-public-key \/ source-private-key given<\/td>/)
  })
})
