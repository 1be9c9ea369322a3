// The pipeline bench's accounting: each action process's span, each deployment's way, and what
// of a run's time is the workflows' structure, and what is this machine's cores.
import { median } from './harness.ts'

/** One run of the action: which step it was, and when it ran (ms since the pipeline started). */
export interface ActionSpan {
  inputs: Record<string, string>
  outputs: Record<string, string>
  from: number
  to: number
  /** Its CPU time, and how long its main thread waited for one of this machine's cores (cpu-usage.cjs). */
  cpuMs: number
  waitedMs: number
}

export interface Chain {
  linkedAt: number
  name: string
  cluster: string
  endedAt: number
  /** How long its cut-over job waited for the reviewer (who approves once the migration is ready): no runner, and counted in the stand-in's minimum already. */
  approvalWaitMs: number
  /** When the stand-in created its migration: its readiness counts from then. */
  createdAt: number
}

/**
 * The workflow runner's own time (not inside an action process, nor waiting for an approval):
 * before the first link process starts, and on each deployment's way after its link's process
 * ended (median over deployments); that way's whole length from its link's process end; and how
 * many action processes it took (median). And how long a deployment's processes waited for a core
 * on its way (median, longest), and when the run would have ended had none of them waited: its
 * link's and its cut-over's whole wait, its start's only until the migration was created (the
 * readiness it waits for counts from then; what the start does after that is off its way).
 */
export function structureCosts(
  spans: ActionSpan[],
  chains: Chain[]
): {
  beforeFirstLinkMs: number
  afterLinkMs: number
  chainAfterLinkMs: number
  processes: number
  chainWaitedMs: number
  longestWaitedMs: number
  unwaitedEndMs: number
} {
  const links = spans.filter(span => span.inputs.mode === 'create-and-link')
  const beforeFirstLinkMs = Math.min(...links.map(span => span.from))
  const after: number[] = []
  const lengths: number[] = []
  const processes: number[] = []
  const waits: number[] = []
  let unwaitedEndMs = 0
  for (const chain of chains) {
    const start = spans.find(
      span => span.inputs.mode === 'start-migration' && span.inputs['cluster-name'] === chain.cluster
    )
    const id = start?.outputs['migration-id']
    // Its steps: the start, and every one that names its migration or its deployment (the ledger's).
    const mine = spans.filter(
      span =>
        span === start ||
        (id !== undefined && span.inputs['migration-id'] === id) ||
        span.inputs['deployment-name'] === chain.name
    )
    const link = links.find(span => span.to <= chain.linkedAt && chain.cluster.startsWith(`dest-${orgIndex(span)}-`))
    if (!start || !link) continue
    const inActions = mine.reduce((sum, span) => sum + span.to - span.from, 0)
    after.push(chain.endedAt - link.to - inActions - chain.approvalWaitMs)
    lengths.push(chain.endedAt - link.to)
    processes.push(mine.length)
    const waited =
      link.waitedMs +
      mine.reduce(
        (sum, span) => sum + (span === start ? Math.min(span.waitedMs, chain.createdAt - span.from) : span.waitedMs),
        0
      )
    waits.push(waited)
    unwaitedEndMs = Math.max(unwaitedEndMs, chain.endedAt - waited)
  }
  return {
    beforeFirstLinkMs,
    afterLinkMs: median(after),
    chainAfterLinkMs: median(lengths),
    processes: median(processes),
    chainWaitedMs: median(waits),
    longestWaitedMs: Math.max(...waits),
    unwaitedEndMs
  }
}

/** The bench's source orgs end in their index (two hex digits). */
function orgIndex(span: ActionSpan): number {
  return Number.parseInt((span.inputs['source-org-id'] ?? '').slice(-2), 16)
}
