// The evidence before the point of no return: the source and the destination side by side, read per
// database through both public APIs (no database connection), and compared (rules.ts). Both sides are
// read at once, each one request at a time: first the primaries and the databases they list, then one
// measurements read per database and shard — the destination's only for databases the source has too.
// No read is repeated. A side that cannot be read makes the evidence "not checked", in plain words:
// never a pass, and never a failure it cannot prove.
import { CancelledError } from '../cancel'
import type { Series } from '../clients/measurements'
import type { Migration } from '../clients/migration'
import { errorMessage } from '../errors'
import type { EvidencePair } from '../inputs/evidence'
import type { ModeContext } from '../mode'
import type { ApiRequest, ApiResponse } from '../transport/http'
import type { ApiSession } from '../transport/session'
import { figuresOf, type Reading, SYSTEM_DATABASES } from './figures'
import { type Comparison, compare } from './rules'
import { destinationReads, NotCheckable, type Process, type SideReads, sourceReads } from './sides'

export interface EvidenceAsk {
  /** The destination's Atlas session (the step's own: no second token). */
  atlas: ApiSession
  /** The source's Cloud Manager / Ops Manager session; absent: not checked, for the reason in `withoutSource`. */
  source?: ApiSession
  withoutSource?: string
  /** The destination project, and the names the comparison needs (a missing one: not checked). */
  target: Partial<EvidencePair> & { projectId: string }
  /** The migration as last read: its lag is said beside the document counts. */
  migration?: Migration
  /** A cut-over confirmed that writes to the source have stopped. */
  writesStopped?: boolean
}

export type Evidence =
  | ({
      checked: true
      source: Reading
      destination: Reading
      requests: { source: number; destination: number }
    } & Comparison)
  | { checked: false; result: 'not-checked'; why: string }

const NAMES: [keyof EvidencePair, string][] = [
  ['clusterName', 'cluster-name'],
  ['sourceClusterName', 'source-cluster-name'],
  ['sourceProjectId', 'source-project-id']
]

export async function gatherEvidence(ask: EvidenceAsk, context: ModeContext): Promise<Evidence> {
  const notChecked = (why: string): Evidence => ({ checked: false, result: 'not-checked', why })
  if (!ask.source)
    return notChecked(ask.withoutSource ?? 'no source-public-key / source-private-key: the source cannot be read')
  const missing = NAMES.filter(([key]) => !ask.target[key]).map(([, input]) => input)
  if (missing.length > 0) return notChecked(`${missing.join(', ')} not known: nothing to compare`)
  const { projectId, clusterName, sourceClusterName, sourceProjectId } = ask.target as EvidencePair & {
    projectId: string
  }
  const [sourceCount, atlasCount] = [counting(ask.source), counting(ask.atlas)] as const
  const sides = [
    sourceReads(sourceCount.session, sourceProjectId, sourceClusterName),
    destinationReads(atlasCount.session, projectId, clusterName, context)
  ] as const
  try {
    const [sourceList, destinationList] = await Promise.all([list(sides[0]), list(sides[1])])
    const wanted = new Set(sourceList.listed)
    const [source, destination] = await Promise.all([
      measure(sides[0], sourceList, () => true),
      measure(sides[1], destinationList, name => wanted.has(name))
    ])
    const comparison = compare({
      source,
      destination,
      now: context.clock.now(),
      writesStopped: ask.writesStopped,
      lagSeconds: ask.migration?.lagSeconds
    })
    return {
      checked: true,
      source,
      destination,
      requests: { source: sourceCount.sent(), destination: atlasCount.sent() },
      ...comparison
    }
  } catch (err) {
    if (err instanceof CancelledError || context.signal.aborted) throw err
    return notChecked(err instanceof NotCheckable ? err.message : `a read failed: ${errorMessage(err)}`)
  }
}

interface Listed {
  processes: { process: Process; databases: string[] }[]
  version?: string
  listed: string[]
}

/** The primaries and the user databases each lists. */
async function list(side: SideReads): Promise<Listed> {
  const { processes, version } = await side.locate()
  const found: Listed['processes'] = []
  for (const process of processes) {
    found.push({ process, databases: (await side.databases(process)).filter(n => !SYSTEM_DATABASES.includes(n)) })
  }
  return { processes: found, version, listed: [...new Set(found.flatMap(p => p.databases))] }
}

/** One measurements read per wanted database and shard that lists it, one at a time. */
async function measure(side: SideReads, listed: Listed, wanted: (name: string) => boolean): Promise<Reading> {
  const figures = new Map<string, ReturnType<typeof figuresOf>>()
  for (const name of listed.listed.filter(wanted)) {
    const perShard: Series[] = []
    for (const { process, databases } of listed.processes) {
      if (databases.includes(name)) perShard.push(await side.measure(process, name))
    }
    figures.set(name, figuresOf(perShard))
  }
  return {
    side: side.side,
    what: side.what,
    shards: listed.processes.length,
    version: listed.version,
    listed: listed.listed,
    figures
  }
}

/** A session that counts what it sends (a Digest challenge is the transport's, not counted). */
function counting(session: ApiSession): { session: ApiSession; sent: () => number } {
  let sent = 0
  return {
    sent: () => sent,
    session: {
      names: session.names,
      close: () => session.close(),
      send(request: ApiRequest): Promise<ApiResponse> {
        sent++
        return session.send(request)
      }
    }
  }
}
