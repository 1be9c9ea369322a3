// The typed configuration the inputs are parsed into: one member per mode, and what they share.
// Pure types and constants; the parsing lives beside it, the list of modes in modes/registry.ts.
import type { SettingNames } from '../errors'

/** Inputs whose values are credentials or tokens: masked before anything is logged. */
export const SECRET_INPUTS = [
  'private-key',
  'client-secret',
  'access-token',
  'link-token',
  'source-private-key',
  'source-password',
  'github-token'
] as const

export const DEFAULT_BASE_URL = 'https://cloud.mongodb.com'
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 300
/** Five days: the longest a self-hosted job may run (GitHub-hosted jobs end at 6 hours). */
export const MAX_WAIT_TIMEOUT_SECONDS = 432_000
export const DEFAULT_POLL_INTERVAL_SECONDS = 60

export type Credentials =
  | { kind: 'api-key'; publicKey: string; privateKey: string }
  | { kind: 'service-account'; clientId: string; clientSecret: string }
  | { kind: 'access-token'; accessToken: string }

/** One API host and how to authenticate to it. */
export interface Endpoint {
  /** Origin plus any path prefix, without a trailing slash. */
  baseUrl: string
  credentials: Credentials
  /** The inputs this endpoint came from, so that an error names the one to check. */
  names: SettingNames
}

export interface WaitForSync {
  timeoutSeconds: number
}

export interface Common {
  requestTimeoutSeconds: number
  /** PEM certificates of private CAs to trust, besides Node's own (input ca-certificate). */
  caCertificates: string[]
  /** Notes on inputs that were set but have no effect in this mode. */
  warnings: string[]
}

/** What a migration mode waits for after its own call. */
export type WaitFor = 'none' | 'ready-for-cutover' | 'complete'
export interface MigrationWait {
  for: WaitFor
  timeoutSeconds: number
  pollIntervalSeconds: number
}

export type HostnameSchemaType = 'PUBLIC' | 'PRIVATE_LINK' | 'VPC_PEERING'

/** The migration request as the inputs give it; discovery fills what is left out. */
export interface MigrationInputs {
  /** Destination Atlas cluster. */
  clusterName: string
  sourceClusterName: string
  sourceProjectId?: string
  migrationHost?: string
  sourceSsl?: boolean
  sourceCaCertificatePath?: string
  /** Absent: Automation manages the source's authentication (managedAuthentication true). */
  sourceCredentials?: { username: string; password: string }
  dropDestinationData: boolean
  hostnameSchemaType: HostnameSchemaType
  privateLinkId?: string
  sharding?: ShardingInput
}

export interface ShardingInput {
  createSupportingIndexes: boolean
  shardingEntries: { database: string; collection: string; shardCollection: { key: Record<string, number>[] } }[]
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
    | { mode: 'migration-status'; atlas: Endpoint; projectId: string; migrationId: string; wait: MigrationWait }
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
    | { mode: 'migrations-in-flight'; atlas: Endpoint; githubToken: string; recordStatus: boolean }
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

/** Where a deployment's migrations are recorded (the pipeline's ledger, in GitHub deployments). */
export interface LedgerKey {
  deploymentName: string
  githubToken: string
}

/** What proves, at run time, that people approved the cut-over job's environment for this deployment. */
export interface ApprovalProof {
  /** required-reviewers: a review in the run's history; custom-protection-rule: an enabled rule (an app). */
  check: 'required-reviewers' | 'custom-protection-rule'
  environment: string
  /** Reads the environment, the run's reviews and jobs (actions: read, deployments: read). */
  githubToken: string
}

/** validate-migration and start-migration can run pre-flight first (input preflight). */
export type PreflightFirst =
  | { preflight: false; migrationHostIps: string[] }
  | { preflight: true; orgId: string; migrationHostIps: string[] }

/** A bad input: the message names the input and says what is expected. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/**
 * Reads one input as the runner passes it (already trimmed). '' means unset. `raw`, where the reader
 * has it, reads it untrimmed: an input given as blanks is then told from one not given.
 */
export type InputReader = ((name: string) => string) & { raw?: (name: string) => string }

/** The modes, as the configuration names them; modes/registry.ts has one entry for each. */
export type Mode = ActionConfig['mode']

/** One mode's whole configuration. */
export type ConfigOf<M extends Mode> = Extract<ActionConfig, { mode: M }>

/** The mode's own part of the configuration, as its parser returns it. */
export type ModeConfig<M extends ActionConfig['mode']> = Omit<Extract<ActionConfig, { mode: M }>, keyof Common>
