// A loopback stand-in for the Atlas Admin API v2 link-token, migration, pre-flight and monitoring read
// calls, the Cloud Manager / Ops Manager live-export link calls and monitoring reads (the evidence's
// source side), and the OAuth token endpoint. It verifies
// HTTP Digest (RFC 7616, MD5, qop=auth, with its own hashing) and issues and checks OAuth tokens for
// real, answers with the documented error bodies, and records every request and connection so tests
// can count them. Written in erasable TypeScript so Node runs it directly (the demo and the
// benchmarks use it too).
// The parts live in fake-api/, one topic each; this entry keeps every importer's path working.

export { ATLAS_READ_BUCKETS } from './fake-api/buckets.ts'
export type { MigrationView } from './fake-api/migrations.ts'
export { FakeApi } from './fake-api/server.ts'
export type {
  ApiKey,
  AvailableProject,
  Bucket,
  FakeAccessEntry,
  FakeApiOptions,
  FakeCluster,
  FakeContainer,
  FakeDatabase,
  FakeEndpointService,
  FakeEvent,
  FakeMaintenanceWindow,
  FakePeering,
  FakePrivateEndpoint,
  FakeSampling,
  FakeSourceDeployment,
  Fault,
  LiveMigration,
  MigrationPlan,
  ReadEndpointSet,
  RecordedRequest,
  ServiceAccount,
  SourceLink,
  ValidationJob
} from './fake-api/types.ts'
