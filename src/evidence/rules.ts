// The evidence's comparison rules, pure: the source's and the destination's figures in, each check
// pass, warn or fail with the values behind it and the fix. What the figures can prove is little
// (dbStats samples, about 20 minutes apart, averaged per bucket, no collection list): a database the
// destination lacks; fewer collections or indexes; document counts further apart than the figures'
// ages allow. What push is documented not to carry is named as an expected difference, never a pass.

import { counted } from '../errors'
import { complete, type Figures, type Reading, SYSTEM_DATABASES } from './figures'
import { ageOf, figure } from './words'

export type Result = 'pass' | 'warn' | 'fail'

export interface EvidenceCheck {
  /** EV-1 … EV-7. */
  id: string
  title: string
  result: Result
  /** The values read, so that a reader can check the verdict. */
  evidence: string
  /** What to do, in one line; empty on a pass. */
  fix: string
}

/** One database, both sides' figures and the worst of what was found of it. */
export interface DatabaseRow {
  name: string
  result: Result
  source?: Figures
  destination?: Figures
}

export interface Compared {
  source: Reading
  destination: Reading
  now: number
  /** Writes to the source have stopped (a cut-over is confirmed): the counts should converge. */
  writesStopped?: boolean
  lagSeconds?: number
}

export interface Comparison {
  result: Result
  checks: EvidenceCheck[]
  rows: DatabaseRow[]
}

/** mongosync's metadata databases on the destination (MongoDB says they are dropped after the migration). */
const MONGOSYNC = /^mongosync_(reserved_for_internal_use$|internal_|reserved_for_verification_)/

const RANK: Record<Result, number> = { pass: 0, warn: 1, fail: 2 }
export const worstOf = (results: Result[]): Result =>
  results.reduce<Result>((a, b) => (RANK[b] > RANK[a] ? b : a), 'pass')

/** One finding of a check; a database's finding also marks its row. */
interface Finding {
  result: Result
  evidence: string
  fix?: string
  database?: string
}

function checkOf(id: string, title: string, findings: Finding[]): EvidenceCheck {
  const result = worstOf(findings.map(f => f.result))
  // What decides, and every finding about a whole side (never one database's pass among a hundred).
  const shown = findings.filter(f => f.result === result || f.database === undefined)
  const fixes = [
    ...new Set(
      shown
        .filter(f => f.result === result)
        .map(f => f.fix ?? '')
        .filter(Boolean)
    )
  ]
  return {
    id,
    title,
    result,
    evidence: shown.map(f => f.evidence).join('; '),
    fix: result === 'pass' ? '' : fixes.join(' ')
  }
}

export function compare(c: Compared): Comparison {
  const { source, destination } = c
  const onDestination = new Set(destination.listed)
  const common = source.listed.filter(name => onDestination.has(name))
  const findings: Record<string, Finding[]> = {
    'EV-1': [statistics(source, c.now), statistics(destination, c.now)],
    'EV-2': presence(source, onDestination),
    'EV-3': collections(c, common),
    'EV-4': indexes(c, common),
    'EV-5': documents(c, common),
    'EV-6': [notCarried(source)],
    'EV-7': destinationOnly(c)
  }
  const checks = [
    checkOf('EV-1', 'Statistics on both sides', findings['EV-1'] ?? []),
    checkOf('EV-2', 'Every source database on the destination', findings['EV-2'] ?? []),
    checkOf('EV-3', 'Collections', findings['EV-3'] ?? []),
    checkOf('EV-4', 'Indexes', findings['EV-4'] ?? []),
    checkOf('EV-5', 'Documents', findings['EV-5'] ?? []),
    checkOf('EV-6', 'What push does not carry', findings['EV-6'] ?? []),
    checkOf('EV-7', 'On the destination only', findings['EV-7'] ?? [])
  ]
  const all = Object.values(findings).flat()
  const names = [...new Set([...source.listed, ...destination.listed])].sort()
  const rows = names.map(name => ({
    name,
    result: worstOf(all.filter(f => f.database === name).map(f => f.result)),
    source: source.figures.get(name),
    destination: destination.figures.get(name)
  }))
  return { result: worstOf(checks.map(check => check.result)), checks, rows }
}

/** EV-1: a side with no data point in the last hour for a database it lists is a warning that says so. */
function statistics(r: Reading, now: number): Finding {
  const measured = [...r.figures.entries()]
  const stale = measured.filter(([, f]) => !complete(f)).map(([name]) => name)
  const where = `${r.side} (${r.shards > 1 ? `${r.shards} shards` : 'replica set'}${r.version ? `, MongoDB ${r.version}` : ''})`
  const off =
    r.side === 'source'
      ? "Turn on the source project's Collect Database Specific Statistics (Cloud Manager / Ops Manager: Project Settings), then wait for a sample (about 20 minutes) and read the evidence again."
      : "Check that the Atlas project's Collect Database Specific Statistics is on (Project Settings), then wait for a sample (about 20 minutes) and read the evidence again."
  if (measured.length > 0 && stale.length === measured.length) {
    return {
      result: 'warn',
      evidence: `${where}: no data point in the last hour for any of its ${counted(measured.length, 'database')}: the statistics are off or stale, so nothing below is checked on this side`,
      fix: off
    }
  }
  if (stale.length > 0) {
    return {
      result: 'warn',
      evidence: `${where}: no data point in the last hour for ${stale.join(', ')}`,
      fix: off
    }
  }
  const ages = measured.map(([, f]) => now - (f.at ?? now))
  const shards =
    r.shards > 1
      ? `; documents and data size added up over its ${r.shards} shards, collections and indexes the largest shard's (not added up: a sharded collection is on several shards; orphaned documents count too)`
      : ''
  const age =
    ages.length > 0
      ? `, figures ${ageOf(Math.min(...ages))}${ageOf(Math.max(...ages)) !== ageOf(Math.min(...ages)) ? ` to ${ageOf(Math.max(...ages))}` : ''} old`
      : ''
  return { result: 'pass', evidence: `${where}: ${counted(measured.length, 'database')} measured${age}${shards}` }
}

/** EV-2: every database of the source is on the destination: fail closed on one that is not. */
function presence(source: Reading, onDestination: Set<string>): Finding[] {
  const missing = source.listed.filter(name => !onDestination.has(name))
  if (missing.length === 0) {
    return [
      { result: 'pass', evidence: `all ${counted(source.listed.length, 'database')} of the source on the destination` }
    ]
  }
  return missing.map(name => {
    const f = source.figures.get(name)
    const what =
      f?.collections !== undefined
        ? ` (source: ${figure(f.collections, 'collection')}, ${figure(f.documents, 'document')})`
        : ''
    return {
      result: 'fail',
      database: name,
      evidence: `${name}${what} is not on the destination`,
      fix: "Do not cut over yet: find why it was not migrated (the migration in the Atlas UI, the migration host's agent log in Cloud Manager). Push skips a database that holds only time-series collections: recreate such one by hand after the cut-over, and cut over with evidence: warn."
    }
  })
}

/** EV-3: fewer collections on the destination, explained by what push skips, or missing. */
function collections(c: Compared, common: string[]): Finding[] {
  const fewer = common.filter(name => {
    const [s, d] = [c.source.figures.get(name)?.collections, c.destination.figures.get(name)?.collections]
    return s !== undefined && d !== undefined && d < s
  })
  const views = common.reduce((n, name) => n + (c.destination.figures.get(name)?.views ?? 0), 0)
  const viewNote = `; views: ${views} on the destination (Cloud Manager does not report the source's)`
  const sharded =
    c.source.shards > 1 || c.destination.shards > 1 ? ' (the largest shard’s count on a sharded side)' : ''
  if (fewer.length === 0) {
    return [
      { result: 'pass', evidence: `as many or more on the destination in every database compared${sharded}${viewNote}` }
    ]
  }
  return fewer.map(name => ({
    result: 'warn',
    database: name,
    evidence: `${name}: ${pair(c, name, 'collections')}${sharded}`,
    fix: 'Push skips time-series collections (on a 6.0+ source each counts as a view and a system.buckets collection) and system.* collections; any other collection fewer is missing. No API lists collections: compare db.getCollectionInfos() on both sides, and recreate a time-series collection by hand after the cut-over.'
  }))
}

/** EV-4: fewer indexes on the destination; more are explained (dummy and supporting indexes). */
function indexes(c: Compared, common: string[]): Finding[] {
  const of = (name: string) => [c.source.figures.get(name)?.indexes, c.destination.figures.get(name)?.indexes]
  const fewer = common.filter(name => {
    const [s, d] = of(name)
    return s !== undefined && d !== undefined && d < s
  })
  const more = common.filter(name => {
    const [s, d] = of(name)
    return s !== undefined && d !== undefined && d > s
  })
  const findings: Finding[] = fewer.map(name => ({
    result: 'warn',
    database: name,
    evidence: `${name}: ${pair(c, name, 'indexes')}`,
    fix: 'An index of a skipped collection (time-series, system.*), or a missing one: compare db.collection.getIndexes() on both sides. Search indexes are in neither count (EV-6).'
  }))
  if (fewer.length === 0) {
    findings.push({
      result: 'pass',
      evidence:
        more.length === 0
          ? 'as many on the destination in every database compared'
          : `more on the destination in ${more.join(', ')}: mongosync may add dummy indexes (names contain "dummy") for sharded or collated collections, and shard-key indexes (createSupportingIndexes); drop dummy ones after the cut-over if they stay`
    })
  }
  return findings
}

/** EV-5: document counts further apart than what the figures' ages allow (how far each side moved in the hour). */
function documents(c: Compared, common: string[]): Finding[] {
  const apart: Finding[] = []
  let equal = 0
  let within = 0
  for (const name of common) {
    const [s, d] = [c.source.figures.get(name), c.destination.figures.get(name)]
    if (!complete(s) || !complete(d) || s.documents === undefined || d.documents === undefined) continue
    const gap = Math.abs(s.documents - d.documents)
    const allowed = s.moved + d.moved
    if (gap < 0.5) equal++
    else if (gap <= allowed) within++
    else {
      const stopped = c.writesStopped
        ? `; with writes stopped${c.lagSeconds === undefined ? '' : ` and lag ${c.lagSeconds} s`} they should converge within a sample (about 20 minutes)`
        : ''
      apart.push({
        result: 'warn',
        database: name,
        evidence: `${name}: source ${figure(s.documents)} (${ageOf(c.now - (s.at ?? c.now))} old), destination ${figure(d.documents)} (${ageOf(c.now - (d.at ?? c.now))} old): ${figure(gap)} apart, more than the ${figure(allowed)} the counts moved within the hour${stopped}`,
        fix: 'Read the evidence again after the next samples (about 20 minutes, writes stopped): counts still apart are documents missing or extra (orphans on a sharded side count too); compare countDocuments() per collection on both sides.'
      })
    }
  }
  if (apart.length > 0) return apart
  const parts = [
    equal > 0 && `equal in ${counted(equal, 'database')}`,
    within > 0 && `within what the figures' ages allow in ${counted(within, 'database')}`
  ]
  return [{ result: 'pass', evidence: parts.filter(Boolean).join('; ') || 'no database measured on both sides' }]
}

/** EV-6: what push is documented not to carry: an expected difference, never a pass. */
function notCarried(source: Reading): Finding {
  const major = Number(/^(\d+)\./.exec(source.version ?? '')?.[1])
  const series =
    Number.isNaN(major) || major >= 6
      ? `time-series collections (the source runs MongoDB ${source.version ?? 'a version not reported'}; skipped from 6.0)`
      : 'time-series collections on a 6.0+ source'
  return {
    result: 'warn',
    evidence: `push does not migrate ${series}, system.* collections, users and roles, or Search indexes; users, roles and Search indexes are in none of these counts`,
    fix: "Before approving, list them on the source (db.getCollectionInfos({type: 'timeseries'}), db.getUsers(), db.getRoles(), $listSearchIndexes) and recreate them in Atlas after the cut-over (Database Access, Atlas Search, the collections by hand)."
  }
}

/** EV-7: what is on the destination only, named and explained. */
function destinationOnly(c: Compared): Finding[] {
  const onSource = new Set(c.source.listed)
  const only = c.destination.listed.filter(name => !onSource.has(name) && !SYSTEM_DATABASES.includes(name))
  if (only.length === 0) return [{ result: 'pass', evidence: 'nothing' }]
  return only.map(name =>
    MONGOSYNC.test(name)
      ? {
          result: 'pass',
          database: name,
          evidence: `${name}: mongosync's metadata, expected during the migration (MongoDB says it is dropped after it)`
        }
      : {
          result: 'warn',
          database: name,
          evidence: `${name}: not on the source`,
          fix: 'It was there before the migration (pre-flight PF-9), or the source dropped it since: keep it or drop it; it is not the source’s.'
        }
  )
}

/** "source 5, destination 4 collections". */
function pair(c: Compared, name: string, field: 'collections' | 'indexes'): string {
  const [s, d] = [c.source.figures.get(name)?.[field], c.destination.figures.get(name)?.[field]]
  return `source ${figure(s)}, destination ${figure(d)} ${field}`
}
