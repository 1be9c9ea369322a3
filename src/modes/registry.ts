// Every mode, in one place: its family, what it does, the inputs it reads, how they are parsed,
// where its run function lives (loaded only once the inputs are valid, so a bad input fails fast),
// and the rows it adds to the job summary. action.yml, the README's input table and the tests are
// checked against this list. The link family's entries are in link-modes.ts, the ledger's in
// ledger-modes.ts; what an entry is, in mode-entry.ts.
import { parseApproval, parseLedgerKey, parseLedgerName, parseReadyWait } from '../inputs/github'
import type { InputKit } from '../inputs/kit'
import type { Mode, WaitFor } from '../inputs/types'
import { InputError } from '../inputs/types'
import { LEDGER_MODES } from './ledger-modes'
import { LINK_MODES } from './link-modes'
import type { ModeEntry } from './mode-entry'
import { CREDENTIALS } from './mode-entry'
import { atlasRows, host, migrationRows, requestRows } from './summary-rows'

export type { ModeEntry, ModeRun } from './mode-entry'

/** Inputs every mode reads (validated whatever the mode). */
export const COMMON_INPUTS = [
  'mode',
  'allow-http',
  'request-timeout-seconds',
  'ca-certificate',
  'wait-timeout-seconds',
  'poll-interval-seconds',
  'confirm-writes-stopped'
] as const

const WAIT = ['wait-for', 'wait-timeout-seconds', 'poll-interval-seconds']
const APPROVAL = ['approval-environment', 'approval-check', 'github-token', 'ready-wait-seconds']
const REQUEST = [
  'org-id',
  'project-id',
  'cluster-name',
  'source-project-id',
  'source-cluster-name',
  'migration-host',
  'source-ssl',
  'source-ca-certificate-path',
  'source-username',
  'source-password',
  'drop-destination-data',
  'hostname-schema-type',
  'private-link-id',
  'sharding',
  'wait-timeout-seconds',
  'poll-interval-seconds'
]

const DISCOVERY_NEEDS_ORG =
  'the Atlas organization ID, to discover source-project-id, migration-host and source-ssl from source-cluster-name (or give all three)'
const CUTOVER_NEEDS_CONFIRMATION =
  "Mode cutover needs confirm-writes-stopped: true: stop writes to the source cluster first. Cut-over ends the sync from the source; MongoDB's UI asks for this confirmation and the API has none, so the action does. Nothing was sent."

const migration = () => import('./migration')

/** The request of validate-migration and start-migration: with org-id, discovery fills and checks the source. */
function migrationRequest(kit: InputKit, waitFor: readonly WaitFor[]) {
  const projectId = kit.id('project-id', 'destination Atlas project ID')
  const request = kit.migration()
  const discovering =
    request.sourceProjectId === undefined || request.migrationHost === undefined || request.sourceSsl === undefined
  const preflight = kit.boolean('preflight', false)
  const orgId =
    kit.read('org-id') !== '' || discovering || preflight
      ? kit.orgId(
          'org-id',
          preflight ? 'the Atlas organization ID: pre-flight reads its migration sources' : DISCOVERY_NEEDS_ORG
        )
      : undefined
  const first = preflight
    ? { preflight: true as const, orgId: orgId as string, migrationHostIps: kit.hostAddresses() }
    : { preflight: false as const, migrationHostIps: kit.hostAddresses() }
  return {
    atlas: kit.atlas('project-id'),
    projectId,
    orgId,
    migration: request,
    wait: kit.migrationWait(waitFor),
    ...first
  }
}

/** migration-status and cutover: one migration of one project. */
function oneMigration(kit: InputKit) {
  return {
    projectId: kit.id('project-id', 'destination Atlas project ID'),
    migrationId: kit.id('migration-id', 'migration ID that start-migration output')
  }
}

export const MODES: { [M in Mode]: ModeEntry<M> } = {
  ...LINK_MODES,
  'list-migration-sources': {
    family: 'migration',
    does: 'list the deployments a linked Atlas organization can migrate',
    inputs: ['org-id', ...CREDENTIALS],
    parse: kit => ({ mode: 'list-migration-sources', orgId: kit.orgId(), atlas: kit.endpoint('org-id') }),
    load: async () => (await migration()).listMigrationSources,
    rows: atlasRows
  },
  preflight: {
    family: 'migration',
    does: 'check, reading only, what would make a migration fail, before anything is validated or started',
    inputs: [...CREDENTIALS, ...REQUEST.filter(name => !WAIT.includes(name)), 'migration-host-ips'],
    parse: kit => ({
      mode: 'preflight',
      projectId: kit.id('project-id', 'destination Atlas project ID'),
      migration: kit.migration(),
      orgId: kit.orgId('org-id', 'the Atlas organization ID: pre-flight reads its migration sources'),
      atlas: kit.atlas('project-id'),
      migrationHostIps: kit.hostAddresses()
    }),
    load: async () => (await import('./preflight')).preflight,
    rows: requestRows
  },
  plan: {
    family: 'migration',
    does: 'check a fleet described in a plan file: conflicts, pre-flight of every deployment, a matrix per wave',
    inputs: [...CREDENTIALS, 'plan-file'],
    parse: kit => ({
      mode: 'plan',
      planFile: kit.path('plan-file', 'the plan file, relative to the repository root'),
      atlas: kit.atlas('the plan file')
    }),
    load: async () => (await import('./plan')).plan,
    rows: c => [
      ['Plan file', c.planFile],
      ['Atlas host', host(c.atlas.baseUrl)]
    ]
  },
  'validate-migration': {
    family: 'migration',
    does: 'validate a migration without starting it',
    inputs: [...CREDENTIALS, ...REQUEST, 'preflight', 'migration-host-ips'],
    parse: kit => ({ mode: 'validate-migration', ...migrationRequest(kit, ['none']) }),
    load: async () => (await migration()).validateMigrationMode,
    rows: requestRows
  },
  'start-migration': {
    family: 'migration',
    does: 'validate and start a migration, and wait until it is ready for cut-over',
    inputs: [
      ...CREDENTIALS,
      ...REQUEST,
      'skip-validation',
      'wait-for',
      'preflight',
      'migration-host-ips',
      'deployment-name',
      'github-token'
    ],
    parse: kit => ({
      mode: 'start-migration',
      ...migrationRequest(kit, ['none', 'ready-for-cutover']),
      skipValidation: kit.boolean('skip-validation', false),
      ledger: parseLedgerKey(kit.read)
    }),
    load: async () => (await migration()).startMigration,
    rows: requestRows
  },
  'migration-status': {
    family: 'migration',
    does: "read a migration's status, or wait until it is ready or complete",
    inputs: [...CREDENTIALS, 'project-id', 'migration-id', ...WAIT],
    parse: kit => ({
      mode: 'migration-status',
      ...oneMigration(kit),
      atlas: kit.atlas('project-id and migration-id'),
      wait: kit.migrationWait(['none', 'ready-for-cutover', 'complete'])
    }),
    load: async () => (await migration()).migrationStatus,
    rows: migrationRows
  },
  cutover: {
    family: 'migration',
    does: 'cut over a migration that is ready, once writes to the source have stopped',
    inputs: [
      ...CREDENTIALS,
      'project-id',
      'migration-id',
      ...WAIT,
      'confirm-writes-stopped',
      ...APPROVAL,
      'deployment-name'
    ],
    parse: kit => {
      const ids = oneMigration(kit)
      if (!kit.boolean('confirm-writes-stopped', false)) throw new InputError(CUTOVER_NEEDS_CONFIRMATION)
      return {
        mode: 'cutover',
        ...ids,
        atlas: kit.atlas('project-id and migration-id'),
        wait: kit.migrationWait(['complete', 'none']),
        approval: parseApproval(kit.read),
        readyWaitSeconds: parseReadyWait(kit.read),
        ledger: parseLedgerName(kit.read)
      }
    },
    load: async () => (await migration()).cutover,
    rows: migrationRows
  },
  ...LEDGER_MODES
}

/** The modes in their order (the link, then the migration). */
export const MODE_NAMES = Object.keys(MODES) as Mode[]

export function isMode(value: string): value is Mode {
  return Object.hasOwn(MODES, value)
}
