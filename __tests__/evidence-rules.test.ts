// The evidence's comparison rules, pure: each rule (EV-1 … EV-7) and each documented gap of push — a
// time-series collection skipped, a database missing, counts converging or not, stale statistics,
// a sharded destination — from figures built the way the reads build them (figuresOf over series).
import { describe, expect, it } from 'vitest'
import type { Series } from '../src/clients/measurements'
import { type Figures, figuresOf, METRICS, type Reading } from '../src/evidence/figures'
import { type Compared, compare } from '../src/evidence/rules'

const NOW = Date.UTC(2026, 11, 1, 12, 0)
const MIN = 60_000

/** One shard's series of a database: each figure a list of [minutes ago, value] points. */
function series(figures: Partial<Record<keyof typeof METRICS, [number, number][]>>): Series {
  return new Map(
    Object.entries(figures).map(([field, points]) => [
      METRICS[field as keyof typeof METRICS],
      points.map(([ago, value]) => ({ at: NOW - ago * MIN, value }))
    ])
  )
}

/** A database sampled once, `ago` minutes ago, on one shard. */
const sampled = (collections: number, indexes: number, documents: number, ago = 10, views = 0): Series =>
  series({
    collections: [[ago, collections]],
    views: [[ago, views]],
    indexes: [[ago, indexes]],
    documents: [[ago, documents]],
    dataSize: [[ago, documents * 100]]
  })

function reading(side: Reading['side'], databases: Record<string, Series[]>, extra: Partial<Reading> = {}): Reading {
  const figures = new Map<string, Figures>(Object.entries(databases).map(([name, shards]) => [name, figuresOf(shards)]))
  return {
    side,
    what: `${side} cluster`,
    shards: 1,
    version: side === 'source' ? '7.0.14' : '8.0.29',
    listed: Object.keys(databases),
    figures,
    ...extra
  }
}

const run = (source: Reading, destination: Reading, more: Partial<Compared> = {}) =>
  compare({ source, destination, now: NOW, ...more })
const check = (result: ReturnType<typeof compare>, id: string) => result.checks.find(c => c.id === id)

describe('the evidence rules', () => {
  it('passes every count that matches, and still warns of what push does not carry: never a pass overall', () => {
    const same = { shop: [sampled(4, 9, 1000)], orders: [sampled(2, 3, 50)] }
    const result = run(reading('source', same), reading('destination', same))
    expect(result.checks.map(c => [c.id, c.result])).toEqual([
      ['EV-1', 'pass'],
      ['EV-2', 'pass'],
      ['EV-3', 'pass'],
      ['EV-4', 'pass'],
      ['EV-5', 'pass'],
      ['EV-6', 'warn'],
      ['EV-7', 'pass']
    ])
    expect(result.result).toBe('warn')
    expect(check(result, 'EV-6')?.evidence).toMatch(
      /time-series collections \(the source runs MongoDB 7\.0\.14; skipped from 6\.0\), system\.\* collections, users and roles, or Search indexes/
    )
    expect(check(result, 'EV-6')?.fix).toMatch(/db\.getUsers\(\), db\.getRoles\(\), \$listSearchIndexes/)
    expect(check(result, 'EV-1')?.evidence).toBe(
      'source (replica set, MongoDB 7.0.14): 2 databases measured, figures 10 min old; destination (replica set, MongoDB 8.0.29): 2 databases measured, figures 10 min old'
    )
    expect(check(result, 'EV-5')?.evidence).toBe('equal in 2 databases')
    expect(result.rows.map(r => [r.name, r.result])).toEqual([
      ['orders', 'pass'],
      ['shop', 'pass']
    ])
  })

  it('fails closed on a source database the destination lacks (EV-2), and names it in its row', () => {
    const result = run(
      reading('source', { shop: [sampled(4, 9, 1000)], ledger: [sampled(3, 4, 70)] }),
      reading('destination', { shop: [sampled(4, 9, 1000)] })
    )
    expect(check(result, 'EV-2')).toMatchObject({
      result: 'fail',
      evidence: 'ledger (source: 3 collections, 70 documents) is not on the destination'
    })
    expect(check(result, 'EV-2')?.fix).toMatch(/^Do not cut over yet: .*cut over with evidence: warn\.$/)
    expect(result.result).toBe('fail')
    expect(result.rows.find(r => r.name === 'ledger')).toMatchObject({ result: 'fail', destination: undefined })
  })

  it('names a time-series collection push skipped as an expected difference (EV-3, EV-4), never a pass', () => {
    // On the source a time-series collection is a view and its system.buckets collection.
    const result = run(
      reading('source', { metrics: [sampled(3, 3, 600)] }),
      reading('destination', { metrics: [sampled(2, 2, 500)] })
    )
    expect(check(result, 'EV-3')).toMatchObject({
      result: 'warn',
      evidence: 'metrics: source 3, destination 2 collections'
    })
    expect(check(result, 'EV-3')?.fix).toMatch(/Push skips time-series collections .* and system\.\* collections/)
    expect(check(result, 'EV-4')).toMatchObject({
      result: 'warn',
      evidence: 'metrics: source 3, destination 2 indexes'
    })
    expect(result.rows[0]).toMatchObject({ name: 'metrics', result: 'warn' })
  })

  it('explains more indexes on the destination (dummy and supporting indexes) without a warning', () => {
    const result = run(
      reading('source', { shop: [sampled(4, 9, 10)] }),
      reading('destination', { shop: [sampled(4, 13, 10)] })
    )
    expect(check(result, 'EV-4')).toMatchObject({ result: 'pass' })
    expect(check(result, 'EV-4')?.evidence).toMatch(/more on the destination in shop: mongosync may add dummy indexes/)
  })

  it('lets document counts apart by what the counts moved within the hour pass, as the figures converge', () => {
    // The destination caught up between its samples (900 → 1,000); the source stopped at 1,000.
    const source = reading('source', {
      shop: [
        series({
          collections: [[5, 4]],
          indexes: [[5, 9]],
          documents: [
            [45, 1000],
            [25, 1000],
            [5, 1000]
          ]
        })
      ]
    })
    const catchingUp = series({
      collections: [[50, 4]],
      indexes: [[50, 9]],
      documents: [
        [50, 900],
        [30, 960]
      ]
    })
    const behind = run(source, reading('destination', { shop: [catchingUp] }))
    expect(check(behind, 'EV-5')).toMatchObject({
      result: 'pass',
      evidence: "within what the figures' ages allow in 1 database"
    })
    const caughtUp = series({
      collections: [[10, 4]],
      indexes: [[10, 9]],
      documents: [
        [50, 900],
        [30, 960],
        [10, 1000]
      ]
    })
    expect(check(run(source, reading('destination', { shop: [caughtUp] })), 'EV-5')?.evidence).toBe(
      'equal in 1 database'
    )
  })

  it('warns of counts further apart than the figures allow, and says they should converge once writes stopped', () => {
    const result = run(
      reading('source', { shop: [sampled(4, 9, 1000, 5)] }),
      reading('destination', { shop: [sampled(4, 9, 990, 25)] }),
      { writesStopped: true, lagSeconds: 0 }
    )
    expect(check(result, 'EV-5')).toMatchObject({
      result: 'warn',
      evidence:
        'shop: source 1,000 (5 min old), destination 990 (25 min old): 10 apart, more than the 0 the counts moved within the hour; with writes stopped and lag 0 s they should converge within a sample (about 20 minutes)'
    })
    expect(check(result, 'EV-5')?.fix).toMatch(/countDocuments\(\) per collection/)
    expect(result.result).toBe('warn')
  })

  it('says so when a side has no data point in the last hour (statistics off or stale), never a silent pass', () => {
    const none = series({ collections: [], indexes: [], documents: [] })
    const stale = run(
      reading('source', { shop: [none], orders: [none] }),
      reading('destination', { shop: [sampled(4, 9, 10)], orders: [sampled(1, 1, 1)] })
    )
    expect(check(stale, 'EV-1')).toMatchObject({
      result: 'warn',
      evidence:
        'source (replica set, MongoDB 7.0.14): no data point in the last hour for any of its 2 databases: the statistics are off or stale, so nothing below is checked on this side; destination (replica set, MongoDB 8.0.29): 2 databases measured, figures 10 min old'
    })
    expect(check(stale, 'EV-1')?.fix).toMatch(
      /Collect Database Specific Statistics \(Cloud Manager \/ Ops Manager: Project Settings\)/
    )
    // Nothing is compared on a side without figures: no count warning, no pass of the counts either.
    expect(check(stale, 'EV-5')?.evidence).toBe('no database measured on both sides')
    const one = run(reading('source', { shop: [sampled(4, 9, 10)] }), reading('destination', { shop: [none] }))
    expect(check(one, 'EV-1')?.evidence).toMatch(
      /destination \(replica set, MongoDB 8\.0\.29\): no data point in the last hour for any of its 1 database/
    )
    expect(check(one, 'EV-1')?.fix).toMatch(/Atlas project's Collect Database Specific Statistics/)
  })

  it('adds documents and data size up over a sharded destination, takes the largest shard for collections and indexes, and says so', () => {
    const destination = reading('destination', { shop: [sampled(4, 9, 600), sampled(4, 9, 400)] }, { shards: 2 })
    const figures = destination.figures.get('shop')
    expect(figures).toMatchObject({
      on: 2,
      measured: 2,
      collections: 4,
      indexes: 9,
      documents: 1000,
      dataSize: 100_000
    })
    const result = run(reading('source', { shop: [sampled(4, 9, 1000)] }), destination)
    expect(result.checks.filter(c => c.result !== 'pass').map(c => c.id)).toEqual(['EV-6'])
    expect(check(result, 'EV-1')?.evidence).toMatch(
      /destination \(2 shards, MongoDB 8\.0\.29\): 1 database measured, figures 10 min old; documents and data size added up over its 2 shards, collections and indexes the largest shard's \(not added up: a sharded collection is on several shards; orphaned documents count too\)/
    )
    expect(check(result, 'EV-3')?.evidence).toMatch(/largest shard’s count on a sharded side/)
    // A shard without a point leaves the sum unknown: no document count is compared from half of it.
    const half = figuresOf([sampled(4, 9, 600), series({ documents: [] })])
    expect(half).toMatchObject({ on: 2, measured: 1, documents: 600 })
    const partial = run(
      reading('source', { shop: [sampled(4, 9, 1000)] }),
      reading('destination', { shop: [sampled(4, 9, 600), series({ documents: [] })] }, { shards: 2 })
    )
    expect(check(partial, 'EV-1')).toMatchObject({ result: 'warn' })
    expect(check(partial, 'EV-5')?.evidence).toBe('no database measured on both sides')
  })

  it("names what is on the destination only: mongosync's metadata explained, another database a warning", () => {
    const result = run(
      reading('source', { shop: [sampled(1, 1, 1)] }),
      reading('destination', {
        shop: [sampled(1, 1, 1)],
        mongosync_reserved_for_internal_use: [],
        mongosync_internal_1: [],
        reports: []
      })
    )
    expect(check(result, 'EV-7')).toMatchObject({ result: 'warn', evidence: 'reports: not on the source' })
    expect(result.rows.map(r => [r.name, r.result])).toEqual([
      ['mongosync_internal_1', 'pass'],
      ['mongosync_reserved_for_internal_use', 'pass'],
      ['reports', 'warn'],
      ['shop', 'pass']
    ])
    const only = run(reading('source', {}), reading('destination', { mongosync_reserved_for_internal_use: [] }))
    expect(check(only, 'EV-7')).toMatchObject({
      result: 'pass',
      evidence:
        "mongosync_reserved_for_internal_use: mongosync's metadata, expected during the migration (MongoDB says it is dropped after it)"
    })
  })

  it('takes the newest point of each series, whatever buckets came back empty, and how far the count moved', () => {
    const f = figuresOf([
      series({
        documents: [
          [59, 10],
          [40, 30],
          [20, 25]
        ],
        collections: [[20, 2]]
      })
    ])
    expect(f).toMatchObject({ documents: 25, collections: 2, moved: 20, at: NOW - 20 * MIN })
  })
})
