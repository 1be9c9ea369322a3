// The migration family's entries: list what can be migrated, validate, start, watch, cut over.
// Declared as every family declares its own, and spread into registry.ts's list.

import { parseEvidenceInputs, parseEvidenceSource } from '../inputs/evidence'
import { parseApproval, parseLedgerKey, parseLedgerName, parseReadyWait } from '../inputs/github'
import type { InputKit } from '../inputs/kit'
import type { WaitFor } from '../inputs/types'
import { InputError } from '../inputs/types'
import { atlasRows, CREDENTIALS, type ModeEntry, migrationRows, REQUEST, requestRows, WAIT } from '../mode'

const APPROVAL = ['approval-environment', 'approval-check', 'github-token', 'ready-wait-seconds']
/** The source's API key: a step that reports a migration ready shows the evidence, a cut-over gates on it. */
const SOURCE_KEY = ['source-public-key', 'source-private-key', 'source-base-url']
/** The names the evidence compares, where the mode does not read them already. */
const PAIR = ['cluster-name', 'source-cluster-name', 'source-project-id']

const DISCOVERY_NEEDS_ORG =
  'the Atlas organization ID, to discover source-project-id, migration-host and source-ssl from source-cluster-name (or give all three)'
const CUTOVER_NEEDS_CONFIRMATION =
  "Mode cutover needs confirm-writes-stopped: true: stop writes to the source cluster first. Cut-over ends the sync from the source; MongoDB's UI asks for this confirmation and the API has none, so the action does. Nothing was sent."

// One chunk, "migration", for the modes after the link (the ledger's and the evidence's too): the
// clients, the watch and the ledger they share are loaded once, never copied into several chunks.
const modes = () => import(/* webpackChunkName: "migration" */ './modes')
const cutoverMode = () => import(/* webpackChunkName: "migration" */ './cutover')

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
    migrationId: kit.id(
      'migration-id',
      'migration ID',
      'the migration ID that start-migration output (24 hexadecimal characters)'
    )
  }
}

export const MIGRATION_MODES: {
  'list-migration-sources': ModeEntry<'list-migration-sources'>
  'validate-migration': ModeEntry<'validate-migration'>
  'start-migration': ModeEntry<'start-migration'>
  'migration-status': ModeEntry<'migration-status'>
  cutover: ModeEntry<'cutover'>
} = {
  'list-migration-sources': {
    family: 'migration',
    does: 'list the deployments a linked Atlas organization can migrate',
    inputs: ['org-id', ...CREDENTIALS],
    parse: kit => ({ mode: 'list-migration-sources', orgId: kit.orgId(), atlas: kit.endpoint('org-id') }),
    load: async () => (await modes()).listMigrationSources,
    rows: atlasRows
  },
  'validate-migration': {
    family: 'migration',
    does: 'validate a migration without starting it',
    inputs: [...CREDENTIALS, ...REQUEST, 'preflight', 'migration-host-ips'],
    parse: kit => ({ mode: 'validate-migration', ...migrationRequest(kit, ['none']) }),
    load: async () => (await modes()).validateMigrationMode,
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
      'github-token',
      ...SOURCE_KEY
    ],
    parse: kit => ({
      mode: 'start-migration',
      ...migrationRequest(kit, ['none', 'ready-for-cutover']),
      skipValidation: kit.boolean('skip-validation', false),
      ledger: parseLedgerKey(kit.read),
      evidenceSource: parseEvidenceSource(kit)
    }),
    load: async () => (await modes()).startMigration,
    rows: requestRows
  },
  'migration-status': {
    family: 'migration',
    does: "read a migration's status, or wait until it is ready or complete",
    inputs: [...CREDENTIALS, 'project-id', 'migration-id', ...WAIT, ...PAIR, ...SOURCE_KEY],
    parse: kit => {
      const evidence = parseEvidenceInputs(kit)
      return {
        mode: 'migration-status',
        ...oneMigration(kit),
        atlas: kit.atlas('project-id and migration-id'),
        wait: kit.migrationWait(['none', 'ready-for-cutover', 'complete']),
        evidence: evidence.source ? evidence : undefined
      }
    },
    load: async () => (await modes()).migrationStatus,
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
      'deployment-name',
      'ledger-record',
      ...PAIR,
      ...SOURCE_KEY,
      'evidence'
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
        ledger: parseLedgerName(kit.read),
        evidence: parseEvidenceInputs(kit)
      }
    },
    load: async () => (await cutoverMode()).cutover,
    rows: migrationRows
  }
}
