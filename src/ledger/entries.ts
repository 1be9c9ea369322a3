// The ledger's modes (see ledger.ts), spread into registry.ts's list: record-migration for the
// pipeline's steps, migrations-in-flight for the status workflow.
import { parseEvidenceSource } from '../inputs/evidence'
import { parseDeploymentName, parseGithubToken } from '../inputs/github'
import { atlasClusterName } from '../inputs/migration'
import type { ModeEntry } from '../mode'
import { CREDENTIALS, host } from '../mode'

export const LEDGER_MODES: {
  'record-migration': ModeEntry<'record-migration'>
  'migrations-in-flight': ModeEntry<'migrations-in-flight'>
} = {
  'record-migration': {
    family: 'migration',
    does: "record a migration in the ledger (or find the deployment's newest one), with its status",
    inputs: [
      ...CREDENTIALS,
      'project-id',
      'migration-id',
      'deployment-name',
      'github-token',
      'cluster-name',
      'source-cluster-name'
    ],
    parse: kit => ({
      mode: 'record-migration',
      projectId: kit.id('project-id', 'destination Atlas project ID'),
      migrationId: kit.read('migration-id') === '' ? undefined : kit.id('migration-id', 'migration ID'),
      deploymentName: parseDeploymentName(kit.read),
      githubToken: parseGithubToken(kit.read, 'deployments: write, to write the ledger'),
      clusterName: kit.read('cluster-name') ? atlasClusterName(kit.read('cluster-name')) : undefined,
      sourceClusterName: kit.read('source-cluster-name') || undefined,
      atlas: kit.atlas('project-id')
    }),
    // The migration modes' chunk (migration/entries.ts): the code they share is loaded once.
    load: async () => (await import(/* webpackChunkName: "migration" */ './record-migration')).recordMigration,
    rows: c => [
      ['Deployment', c.deploymentName],
      ...(c.migrationId ? ([['Migration', c.migrationId]] as [string, string][]) : [])
    ]
  },
  'migrations-in-flight': {
    family: 'migration',
    does: 'list every migration of the ledger still in flight: status, lag, readiness, expiry, evidence',
    inputs: [
      ...CREDENTIALS,
      'github-token',
      'record-status',
      'source-public-key',
      'source-private-key',
      'source-base-url'
    ],
    parse: kit => {
      const recordStatus = kit.boolean('record-status', false)
      return {
        mode: 'migrations-in-flight',
        githubToken: parseGithubToken(kit.read, recordStatus ? 'deployments: write' : 'deployments: read'),
        recordStatus,
        atlas: kit.atlas('the ledger'),
        evidenceSource: parseEvidenceSource(kit)
      }
    },
    load: async () => (await import(/* webpackChunkName: "migration" */ './in-flight')).migrationsInFlight,
    rows: c => [['Atlas host', host(c.atlas.baseUrl)]]
  }
}
