// The stand-in's public shapes: its options, what it records, and the state tests may inspect.
import type { IncomingMessage } from 'node:http'
import type { FakeDatabase, FakeSampling, FakeSourceDeployment } from './evidence-types.ts'

export type { FakeDatabase, FakeFigure, FakeSampling, FakeSourceDeployment } from './evidence-types.ts'

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
  /** Which TCP connection carried it (1-based). */
  connection: number
  /** The answer's status. */
  status: number
  /** When it arrived (ms since the epoch, by the stand-in's clock). */
  at: number
}

/** A scripted answer that takes the place of the next matching request's real one. */
export interface Fault {
  /** e.g. 'POST /api/atlas/v2/orgs/…/liveMigrations/linkTokens'; a RegExp matches "METHOD path". */
  match?: RegExp
  status?: number
  headers?: Record<string, string>
  body?: string
  /** Destroy the connection after sending this many body bytes (a reset mid-response). */
  resetAfterBytes?: number
  /** Wait this long before answering. */
  delayMs?: number
  /**
   * Answer a JSON error whose detail echoes the request body, in this encoding: 'ascii' as a server
   * with ensure-ASCII JSON writes it (\u00fc), 'url' URL-encoded, 'base64' in base64.
   */
  echo?: 'ascii' | 'url' | 'base64'
}

export interface ApiKey {
  publicKey: string
  privateKey: string
}

export interface ServiceAccount {
  clientId: string
  clientSecret: string
}

export interface FakeApiOptions {
  apiKeys?: ApiKey[]
  serviceAccounts?: ServiceAccount[]
  /** Ready bearer tokens the server accepts as they are. */
  accessTokens?: string[]
  /** Orgs that exist; any other org ID answers 404 ORG_NOT_FOUND. */
  atlasOrgs?: string[]
  sourceOrgs?: string[]
  /** Status answers a new link goes through before SYNCED (default: none, SYNCED at once). */
  notSyncedPolls?: number
  /** Nonces older than this answer 401 stale=true. */
  nonceLifetimeMs?: number
  /** Added before every answer (a stand-in for distance). */
  responseDelayMs?: number
  /** Added before the first answer on a new connection (a stand-in for TLS set-up). */
  connectionDelayMs?: number
  /** Another stand-in's link tokens, so a source host here accepts tokens an Atlas host there issued. */
  linkTokens?: Map<string, string[]>
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string }
  /** Behind a proxy that checks Digest itself (Apache): take Digest-signed requests as they come. */
  trustProxyAuth?: boolean
  /** Lifetime of the OAuth access tokens it issues (Atlas: 3600 s); an expired one answers 401. */
  tokenLifetimeSeconds?: number
  /** Offer Basic beside Digest in every challenge: in the same WWW-Authenticate field, or in a field of its own. */
  basicChallenge?: 'none' | 'same-field' | 'own-field'
  /** Atlas's token bucket on the org-scoped link-token calls: 429 RATE_LIMITED_TOKEN_BUCKET when empty. */
  linkTokenBucket?: Bucket
  /** Atlas's token bucket per project (group scope) on the migration calls. */
  groupBucket?: Bucket
  /**
   * Token buckets on the read-only calls (pre-flight, availableProjects), per endpoint set, each per
   * project (per org for availableProjects): ATLAS_READ_BUCKETS holds Atlas's documented ones.
   */
  readBuckets?: Partial<Record<ReadEndpointSet, Bucket>>
  /** Destination Atlas projects that exist; any other project ID answers 404. */
  atlasProjects?: string[]
  /** availableProjects per Atlas org: the linked source projects and their deployments. */
  availableProjects?: Record<string, AvailableProject[]>
  /** How validations go: PENDING answers before the end, and the end (SUCCESS, or FAILED with this message). */
  validation?: { pendingPolls?: number; failWith?: string }
  /** How migrations go, in time from their start (see MigrationPlan). */
  migration?: Partial<MigrationPlan>
  /**
   * Atlas's "no link" 404 on DELETE linkTokens, in one of its two real forms: errorCode
   * UNEXPECTED_ERROR with an X-Error-Code header (2026-08, the default), or `"errorCode":null`
   * with no X-Error-Code header (2025-03 to 2026-06).
   */
  noLinkForm?: 'unexpected-error' | 'null-error-code'
  /**
   * The key's IP access list lacks the caller: every authenticated API call (not the OAuth
   * endpoints) answers 403 IP_ADDRESS_NOT_ON_ACCESS_LIST naming the caller's address.
   */
  ipAccessListDenies?: boolean
  /**
   * The clock (ms since the epoch) behind migration courses, validations, token and nonce
   * lifetimes, token buckets and RecordedRequest.at, so in-process tests can move time themselves.
   * Called unbound: pass `() => clock.now()`, not `clock.now`. Response delays stay real timers.
   */
  now?: () => number
  /** The Atlas org of each project in atlasProjects (getGroup's orgId); a project left out belongs to atlasOrgs[0]. */
  projectOrgs?: Record<string, string>
  /** The clusters of each Atlas project, as getGroupCluster and its processArgs show them. */
  clusters?: Record<string, FakeCluster[]>
  /** The IP access list of each Atlas project, as accessList and its per-entry status show it. */
  accessList?: Record<string, FakeAccessEntry[]>
  /** The events of each Atlas project, as listGroupEvents shows them (newest first, whatever the order here). */
  events?: Record<string, FakeEvent[]>
  /** The maintenance window of each Atlas project, over the defaults (Sunday 03:00 UTC, see FakeMaintenanceWindow). */
  maintenanceWindows?: Record<string, Partial<FakeMaintenanceWindow>>
  /** The private endpoint services of each Atlas project, as the endpointService list and endpoint reads show them. */
  endpointServices?: Record<string, FakeEndpointService[]>
  /** The network peering connections of each Atlas project, as listGroupPeers shows them (per providerName). */
  peers?: Record<string, FakePeering[]>
  /** The network peering containers of each Atlas project, as listGroupContainerAll shows them. */
  containers?: Record<string, FakeContainer[]>
  /**
   * The deployments of each Cloud Manager / Ops Manager project (by its ID), as its clusters, hosts,
   * their databases and dbStats measurements show them (the evidence's reads of the source).
   */
  sourceProjects?: Record<string, FakeSourceDeployment[]>
}

/** A private endpoint service; shown as AWSPrivateLinkConnection, AzurePrivateLinkConnection or GCPEndpointService. */
export interface FakeEndpointService {
  /** 24-hex (default: a stable one from the project and the service's index). */
  id?: string
  /** Default 'AWS'. */
  cloudProvider?: 'AWS' | 'AZURE' | 'GCP'
  /** Atlas style (default 'US_EAST_1'). */
  regionName?: string
  /** INITIATING, AVAILABLE, WAITING_FOR_USER, FAILED or DELETING (default 'AVAILABLE'). */
  status?: string
  /** Listed as AWS interfaceEndpoints[], Azure privateEndpoints[] or GCP endpointGroupNames[]. */
  endpoints: FakePrivateEndpoint[]
}

/** One endpoint of a service; its status is AWS connectionStatus, Azure and GCP status. */
export interface FakePrivateEndpoint {
  /** AWS `vpce-…`, an Azure resource path (`/subscriptions/…`) or a GCP endpoint group name. */
  id: string
  /** Default 'AVAILABLE'. */
  status?: string
  /** Default false. */
  deleteRequested?: boolean
}

/** A network peering connection; the stand-in adds a stable id and the provider's required fields. */
export interface FakePeering {
  /** The id of one of the project's containers. */
  containerId: string
  /** Default 'AWS'. */
  providerName?: 'AWS' | 'AZURE' | 'GCP'
  /** AWS statusName, Azure and GCP status (default 'AVAILABLE'). */
  status?: string
  /** AWS only (default '10.0.0.0/16'). */
  routeTableCidrBlock?: string
}

/** A network peering container; its region is AWS regionName, Azure region or GCP regions[0]. */
export interface FakeContainer {
  /** 24-hex. */
  id: string
  /** Default 'AWS'. */
  providerName?: 'AWS' | 'AZURE' | 'GCP'
  /** Default 'US_EAST_1'. */
  regionName?: string
  /** Default '192.168.248.0/21'. */
  atlasCidrBlock?: string
}

/** A project event; the stand-in adds a stable id, groupId, orgId and links. */
export interface FakeEvent {
  /** e.g. 'CLUSTER_IMPORT_STARTED'. */
  eventTypeName: string
  /** ISO date-time, UTC. */
  created: string
  /** Undeclared by the spec, but real cluster events carry it; left out when not given. */
  clusterName?: string
}

/** GroupMaintenanceWindow, every field (a project's own fields replace the defaults one by one). */
export interface FakeMaintenanceWindow {
  /** 1 = Sunday … 7 = Saturday (default 1). */
  dayOfWeek: number
  /** 0–23 (default 3). */
  hourOfDay: number
  /** Default false. */
  startASAP: boolean
  /** Default false. */
  autoDeferOnceEnabled: boolean
  /** Default 0. */
  numberOfDeferrals: number
  /** Default 'UTC'. */
  timeZoneId: string
  /** Hours maintenance will not begin in (default 0 to 0). */
  protectedHours: { startHourOfDay?: number; endHourOfDay?: number }
}

/**
 * A destination cluster, small: the stand-in fills in the rest of ClusterDescription20240805.
 * instanceSize M0, M2 or M5 makes a TENANT (shared-tier) cluster; `flex` a Flex one, which the
 * clusters API refuses with 400 CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API.
 */
export interface FakeCluster {
  name: string
  /** Default 'M40'. */
  instanceSize?: string
  /** Default 'AWS'; a TENANT cluster's backing provider. */
  provider?: 'AWS' | 'AZURE' | 'GCP'
  /** Default 'US_EAST_1'. */
  region?: string
  /** Default 'REPLICASET'. */
  clusterType?: 'REPLICASET' | 'SHARDED' | 'GEOSHARDED'
  /** replicationSpecs entries, one per shard (default 1; a REPLICASET always has 1). */
  shards?: number
  /** Default 'IDLE'. */
  stateName?: 'IDLE' | 'CREATING' | 'UPDATING' | 'DELETING' | 'REPAIRING'
  /** Default false. */
  paused?: boolean
  /** Default '8.0.29'; the major version is taken from it. */
  mongoDBVersion?: string
  /** Default 'LTS'; 'CONTINUOUS' is "Latest Version With Auto Upgrades". */
  versionReleaseSystem?: 'LTS' | 'CONTINUOUS'
  /** featureCompatibilityVersion (default: the major version). */
  fcv?: string
  /** featureCompatibilityVersionExpirationDate (ISO date-time): set when the FCV is pinned. */
  fcvExpiration?: string
  /** biConnector.enabled (default false). */
  biConnector?: boolean
  /** electableSpecs.diskSizeGB of a dedicated cluster (default 80). */
  diskSizeGB?: number
  /** autoScaling.diskGB.enabled (default false). */
  diskAutoScaling?: boolean
  /** autoScaling.compute.enabled (default false). */
  computeAutoScaling?: boolean
  /** A Flex cluster (default false). */
  flex?: boolean
  /** processArgs noTableScan, "Require Indexes for All Queries" (default false). */
  noTableScan?: boolean
  /** processArgs oplogSizeMB (default null: Atlas sizes the oplog). */
  oplogSizeMB?: number | null
  /** processArgs oplogMinRetentionHours (default null). */
  oplogMinRetentionHours?: number | null
  /**
   * DISK_PARTITION_SPACE_FREE of each data-bearing process's `data` partition, in bytes (default 90 %
   * of diskSizeGB·10⁹); DISK_PARTITION_SPACE_USED is the rest of the disk.
   */
  freeDiskBytes?: number
  /** The user databases listGroupProcessDatabases shows after admin, config and local (default none), with their dbStats. */
  databases?: (string | FakeDatabase)[]
  /** false: the project's "Collect Database Specific Statistics" is off (default: sampled, see FakeSampling). */
  dbStats?: FakeSampling | false
}

/** An IP access-list entry: one of ipAddress, cidrBlock or awsSecurityGroup. */
export interface FakeAccessEntry {
  /** A single address; the list shows it with cidrBlock `<ip>/32` (or `/128`) beside it. */
  ipAddress?: string
  /** A range; a `/32` (or `/128`) block is shown with its ipAddress too. */
  cidrBlock?: string
  /** An AWS security group, `sg-…`. */
  awsSecurityGroup?: string
  comment?: string
  /** A temporary entry's end (ISO date-time). */
  deleteAfterDate?: string
  /** What the per-entry status call answers (default 'ACTIVE'). */
  status?: 'ACTIVE' | 'PENDING' | 'FAILED'
}

/** Atlas's rate-limit endpoint sets of the read-only calls. */
export type ReadEndpointSet =
  | 'Cloud Migration Service'
  | 'Projects'
  | 'Clusters'
  | 'Project IP Access List'
  | 'Private Endpoint Services'
  | 'Network Peering'
  | 'Events'
  | 'Monitoring And Logs'
  | 'Maintenance Windows'

export interface Bucket {
  capacity: number
  refillPerMinute: number
}

export interface AvailableProject {
  projectId: string
  name: string
  migrationHosts?: string[]
  deployments?: { name: string; tlsEnabled?: boolean; sharded?: boolean; managed?: boolean; mongoDBVersion?: string }[]
}

/**
 * A migration's course, in ms from its start: NEW until workingAfterMs; then WORKING with a lag
 * falling from lagStartSeconds; at readyAfterMs ready for cut-over — or FAILED / EXPIRED instead,
 * when `end` says so; after a cut-over, WORKING for cutoverMs, then COMPLETE.
 */
export interface MigrationPlan {
  workingAfterMs: number
  readyAfterMs: number
  lagStartSeconds: number
  end: 'ready' | 'FAILED' | 'EXPIRED'
  cutoverMs: number
}

export interface LiveMigration {
  id: string
  projectId: string
  startedAt: number
  /** When it became (or will become) ready for cut-over: for measuring how soon a poller notices. */
  readyAt: number
  cutoverAt?: number
  migrationHosts: string[]
  plan: MigrationPlan
}

export interface ValidationJob {
  id: string
  projectId: string
  sourceGroupId: string
  pendingLeft: number
}

/** A source org's link to Atlas, and the NOT_SYNCED answers its status polls still get. */
export interface SourceLink {
  linkToken: string
  pollsLeft: number
}

/** The options with their defaults filled in, shared by every part of the stand-in. */
export type Settings = Required<
  Omit<
    FakeApiOptions,
    | 'linkTokens'
    | 'tls'
    | 'linkTokenBucket'
    | 'groupBucket'
    | 'readBuckets'
    | 'validation'
    | 'migration'
    | 'events'
    | 'maintenanceWindows'
    | 'endpointServices'
    | 'peers'
    | 'containers'
  >
> &
  Pick<
    FakeApiOptions,
    | 'linkTokenBucket'
    | 'groupBucket'
    | 'readBuckets'
    | 'validation'
    | 'events'
    | 'maintenanceWindows'
    | 'endpointServices'
    | 'peers'
    | 'containers'
  > & {
    migration: MigrationPlan
  }
