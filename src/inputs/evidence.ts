// The evidence's inputs: the names to compare, the source's API key, and what a failing finding does.
import { parseId, quote } from './fields'
import type { InputKit } from './kit'
import { atlasClusterName, sourceCluster } from './migration'
import type { Endpoint, InputReader } from './types'
import { InputError } from './types'

/** The source and the destination the evidence compares. */
export interface EvidencePair {
  /** The destination Atlas cluster. */
  clusterName: string
  /** The source cluster's name in Cloud Manager / Ops Manager. */
  sourceClusterName: string
  /** The source's Cloud Manager / Ops Manager project (the migration's source groupId). */
  sourceProjectId: string
}

/** fail: a failing finding refuses the cut-over (and fails mode evidence); warn: it is reported only. */
export type EvidencePolicy = 'fail' | 'warn'
const POLICIES: readonly EvidencePolicy[] = ['fail', 'warn']

/** What a step that shows or gates on the evidence was given; what is missing may come from the ledger. */
export interface EvidenceInputs {
  /** Absent without source-public-key / source-private-key: the source cannot be read. */
  source?: Endpoint
  names: Partial<EvidencePair>
  policy: EvidencePolicy
}

export function parseEvidencePolicy(read: InputReader): EvidencePolicy {
  const value = read('evidence') || 'fail'
  if (!(POLICIES as readonly string[]).includes(value)) {
    throw new InputError(
      `Input 'evidence' must be fail (a failing finding refuses the cut-over) or warn; got ${quote(value)}.`
    )
  }
  return value as EvidencePolicy
}

export function parseEvidenceNames(read: InputReader): Partial<EvidencePair> {
  const names: Partial<EvidencePair> = {}
  if (read('cluster-name')) names.clusterName = atlasClusterName(read('cluster-name'))
  if (read('source-cluster-name')) names.sourceClusterName = sourceCluster(read('source-cluster-name'))
  if (read('source-project-id'))
    names.sourceProjectId = parseId(read, 'source-project-id', 'source (Cloud Manager / Ops Manager) project ID')
  return names
}

/** source-public-key and source-private-key: both, or neither (undefined). */
export function parseEvidenceSource(kit: InputKit): Endpoint | undefined {
  if (kit.read('source-public-key') === '' && kit.read('source-private-key') === '') return undefined
  return kit.sourceEndpoint('source-project-id')
}

export function parseEvidenceInputs(kit: InputKit): EvidenceInputs {
  return {
    source: parseEvidenceSource(kit),
    names: parseEvidenceNames(kit.read),
    policy: parseEvidencePolicy(kit.read)
  }
}
