// What each mode is given: the typed configuration the inputs are parsed into, one member per mode,
// and what every mode shares. Types only; registry.ts lists the modes and parses into these.

import type { EvidenceInputs, EvidencePair, EvidencePolicy } from './inputs/evidence'
import type {
  ApprovalProof,
  Endpoint,
  LedgerKey,
  MigrationInputs,
  MigrationWait,
  PreflightFirst,
  WaitForSync
} from './inputs/types'

export interface Common {
  requestTimeoutSeconds: number
  /** PEM certificates of private CAs to trust, besides Node's own (input ca-certificate). */
  caCertificates: string[]
  /** Notes on inputs that were set but have no effect in this mode. */
  warnings: string[]
}

/** Link modes: the organization they act on (Atlas org, or the source org for the Cloud Manager modes). */
type Org = { orgId: string }

export type ActionConfig = Common &
  (
    | (Org & { mode: 'create-link-token'; atlas: Endpoint; apiVersion?: string; accessListIps: string[] })
    | (Org & { mode: 'delete-link-token'; atlas: Endpoint; apiVersion?: string })
    | (Org & { mode: 'link-org'; source: Endpoint; linkToken: string; waitForSync?: WaitForSync })
    | (Org & { mode: 'link-status'; source: Endpoint })
    | (Org & { mode: 'unlink-org'; source: Endpoint })
    | (Org & { mode: 'list-migration-sources'; atlas: Endpoint })
    | ({
        mode: 'validate-migration'
        atlas: Endpoint
        projectId: string
        /** For discovery (availableProjects is org-scoped), and for pre-flight. */
        orgId?: string
        migration: MigrationInputs
        wait: MigrationWait
      } & PreflightFirst)
    | ({
        mode: 'start-migration'
        atlas: Endpoint
        projectId: string
        orgId?: string
        migration: MigrationInputs
        skipValidation: boolean
        wait: MigrationWait
        /** The ledger: a migration of this deployment still in flight is taken up, a new one recorded. */
        ledger?: LedgerKey
        /** The source's API key: a migration that ends ready shows the evidence in the summary. */
        evidenceSource?: Endpoint
      } & PreflightFirst)
    | {
        mode: 'preflight'
        atlas: Endpoint
        projectId: string
        /** Pre-flight reads the org's migration sources: required. */
        orgId: string
        migration: MigrationInputs
        /** The migration host's outbound addresses (IPs or CIDRs), for the access-list check. */
        migrationHostIps: string[]
      }
    | {
        mode: 'plan'
        atlas: Endpoint
        /** The plan file, relative to the workspace (the repository's root after actions/checkout). */
        planFile: string
      }
    | {
        mode: 'migration-status'
        atlas: Endpoint
        projectId: string
        migrationId: string
        wait: MigrationWait
        /** With the source's API key and the names: a migration that ends ready shows the evidence. */
        evidence?: EvidenceInputs
      }
    | {
        mode: 'evidence'
        atlas: Endpoint
        /** The Cloud Manager / Ops Manager API key that reads the source project. */
        source: Endpoint
        /** The destination Atlas project. */
        projectId: string
        pair: EvidencePair
        /** Read once, for its readiness and lag beside the figures. */
        migrationId?: string
        policy: EvidencePolicy
      }
    | {
        mode: 'cutover'
        atlas: Endpoint
        projectId: string
        migrationId: string
        wait: MigrationWait
        /** The environment approval to prove before anything is sent (absent: confirm-writes-stopped alone). */
        approval?: ApprovalProof
        /** How long to wait for readiness before the PUT, when the migration is not ready yet. */
        readyWaitSeconds: number
        /** The ledger: the step records its outcome itself, not a step after it. */
        ledger?: LedgerKey
        /** Read right before the PUT; names left out come from the ledger's record. */
        evidence: EvidenceInputs
      }
    | {
        mode: 'record-migration'
        atlas: Endpoint
        projectId: string
        /** Absent: the deployment's newest record names it (a resume). */
        migrationId?: string
        deploymentName: string
        githubToken: string
        /** What the record says of the source and destination, when it is created. */
        clusterName?: string
        sourceClusterName?: string
      }
    | {
        mode: 'migrations-in-flight'
        atlas: Endpoint
        githubToken: string
        recordStatus: boolean
        /** The source's API key: each ready migration's evidence beside its deadline. */
        evidenceSource?: Endpoint
      }
    | (Org & {
        mode: 'create-and-link'
        atlas: Endpoint
        apiVersion?: string
        accessListIps: string[]
        sourceOrgId: string
        source: Endpoint
        waitForSync?: WaitForSync
        /** Delete the Atlas org's link tokens again when the link fails (the API has no per-token delete). */
        deleteTokenOnFailure: boolean
      })
  )

/** The modes, as the configuration names them; registry.ts has one entry for each. */
export type Mode = ActionConfig['mode']

/** One mode's whole configuration. */
export type ConfigOf<M extends Mode> = Extract<ActionConfig, { mode: M }>

/** The mode's own part of the configuration, as its parser returns it. */
export type ModeConfig<M extends ActionConfig['mode']> = Omit<Extract<ActionConfig, { mode: M }>, keyof Common>
