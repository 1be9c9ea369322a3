// What the inputs are parsed into, knowing no mode: endpoints and credentials, waits, the migration
// request, the approval and the ledger's key. Pure types and constants; the parsing lives beside it,
// what each mode is given in config.ts, the list of modes in registry.ts.
export { InputError } from '../errors/kinds'
export type { Credentials, Endpoint } from '../transport/endpoint'

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

export interface WaitForSync {
  timeoutSeconds: number
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

/** Where a deployment's migrations are recorded (the pipeline's ledger, in GitHub deployments). */
export interface LedgerKey {
  deploymentName: string
  githubToken: string
  /** cutover: the deployment's record of this migration, as start-migration output it (ledger-record). */
  record?: number
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

/**
 * Reads one input as the runner passes it (already trimmed). '' means unset. `raw`, where the reader
 * has it, reads it untrimmed: an input given as blanks is then told from one not given.
 */
export type InputReader = ((name: string) => string) & { raw?: (name: string) => string }
