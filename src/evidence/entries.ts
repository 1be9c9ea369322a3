// The evidence's entry, spread into registry.ts's list.
import { parseEvidenceNames, parseEvidencePolicy, parseEvidenceSource } from '../inputs/evidence'
import { InputError } from '../inputs/types'
import { CREDENTIALS, host, type ModeEntry } from '../mode'

const NEEDS_SOURCE =
  'Mode evidence reads the source through Cloud Manager / Ops Manager: set source-public-key and source-private-key.'

export const EVIDENCE_MODES: { evidence: ModeEntry<'evidence'> } = {
  evidence: {
    family: 'migration',
    does: 'put the source and the destination side by side, per database, reading only',
    inputs: [
      ...CREDENTIALS,
      'project-id',
      'cluster-name',
      'source-cluster-name',
      'source-project-id',
      'source-public-key',
      'source-private-key',
      'source-base-url',
      'migration-id',
      'evidence'
    ],
    parse: kit => {
      const projectId = kit.id('project-id', 'destination Atlas project ID')
      const names = parseEvidenceNames(kit.read)
      const need = (value: string | undefined, input: string, what: string) => {
        if (value === undefined) throw new InputError(`Input '${input}' is required: ${what}.`)
        return value
      }
      const pair = {
        clusterName: need(names.clusterName, 'cluster-name', 'the destination Atlas cluster'),
        sourceClusterName: need(
          names.sourceClusterName,
          'source-cluster-name',
          'the source cluster in Cloud Manager / Ops Manager'
        ),
        sourceProjectId: need(
          names.sourceProjectId,
          'source-project-id',
          "the source's Cloud Manager / Ops Manager project ID"
        )
      }
      const source = parseEvidenceSource(kit)
      if (!source) throw new InputError(NEEDS_SOURCE)
      return {
        mode: 'evidence',
        projectId,
        pair,
        atlas: kit.atlas('project-id'),
        source,
        migrationId: kit.read('migration-id') ? kit.id('migration-id', 'migration ID') : undefined,
        policy: parseEvidencePolicy(kit.read)
      }
    },
    // The migration modes' chunk (migration/entries.ts): the code they share is loaded once.
    load: async () => (await import(/* webpackChunkName: "migration" */ './mode')).evidence,
    rows: c => [
      ['Destination', `${c.pair.clusterName} (project ${c.projectId}, ${host(c.atlas.baseUrl)})`],
      ['Source', `${c.pair.sourceClusterName} (project ${c.pair.sourceProjectId}, ${host(c.source.baseUrl)})`]
    ]
  }
}
