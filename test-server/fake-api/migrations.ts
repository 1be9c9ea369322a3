// The migration calls and their state machine: availableProjects, validations (PENDING, then
// SUCCESS or FAILED), live migrations that follow their plan in time, and the cut-over.
import { randomBytes } from 'node:crypto'
import type { Answer } from './answers.ts'
import { apiError, atlasType, atlasVersionError, malformedJson, methodNotAllowed, orgNotFound } from './answers.ts'
import type { TokenBuckets } from './buckets.ts'
import type { LiveMigration, RecordedRequest, Settings, ValidationJob } from './types.ts'

/** A migration as a GET shows it. */
export interface MigrationView {
  _id: string
  status: string
  readyForCutover: boolean
  lagTimeSeconds: number | null
  migrationHosts: string[]
}

export class Migrations {
  readonly validations = new Map<string, ValidationJob>()
  readonly migrations = new Map<string, LiveMigration>()
  private readonly settings: Settings
  private readonly buckets: TokenBuckets

  constructor(settings: Settings, buckets: TokenBuckets) {
    this.settings = settings
    this.buckets = buckets
  }

  /** The migrations still NEW or WORKING now. */
  active(): LiveMigration[] {
    return [...this.migrations.values()].filter(m => ['NEW', 'WORKING'].includes(this.view(m).status))
  }

  /** /api/atlas/v2/orgs/{orgId}/liveMigrations/availableProjects */
  routeAvailableProjects(req: RecordedRequest, orgId: string): Answer {
    const versionError = atlasVersionError(req, ['2023-01-01'])
    if (versionError) return versionError
    if (!this.settings.atlasOrgs.includes(orgId)) return orgNotFound(orgId)
    if (req.method !== 'GET') return methodNotAllowed(req.method)
    return { status: 200, body: this.settings.availableProjects[orgId] ?? [], contentType: atlasType(req) }
  }

  /** validate, validate/{id}, liveMigrations, liveMigrations/{id}, liveMigrations/{id}/cutover. */
  route(req: RecordedRequest, projectId: string, validate: boolean, id: string | undefined, cutover: boolean): Answer {
    const posting = req.method === 'POST' && id === undefined && !cutover
    // Validate and create exist at 2024-05-30 and (deprecated) 2023-01-01; the rest at 2023-01-01 only.
    const versionError = atlasVersionError(req, posting ? ['2024-05-30', '2023-01-01'] : ['2023-01-01'])
    if (versionError) return versionError
    if (!this.settings.atlasProjects.includes(projectId)) {
      return apiError(404, 'GROUP_NOT_FOUND', `No group with ID ${projectId} exists.`, {}, [projectId])
    }
    const limited = this.buckets.take(`group:${projectId}`, this.settings.groupBucket, req.path)
    if (limited) return limited
    if (posting) return this.create(req, projectId, validate)
    if (validate) {
      const job = this.validations.get(id ?? '')
      if (req.method !== 'GET' || !job || job.projectId !== projectId) return notFound(req)
      return { status: 200, body: this.validationView(job, true), contentType: atlasType(req) }
    }
    const migration = this.migrations.get(id ?? '')
    if (!migration || migration.projectId !== projectId) return notFound(req)
    if (cutover) {
      if (req.method !== 'PUT') return methodNotAllowed(req.method)
      if (!this.view(migration).readyForCutover) {
        return apiError(400, 'LIVE_MIGRATION_NOT_READY_FOR_CUTOVER', 'The migration is not ready for cut-over.')
      }
      migration.cutoverAt = this.settings.now()
      return { status: 204, contentType: atlasType(req) } // the spec says 202; MongoDB's CLI maintainers saw 204
    }
    if (req.method !== 'GET') return methodNotAllowed(req.method)
    return { status: 200, body: this.view(migration), contentType: atlasType(req) }
  }

  /** The migration as a GET shows it now, per its plan. */
  view(m: LiveMigration): MigrationView {
    const now = this.settings.now()
    const { plan } = m
    const base = { _id: m.id, migrationHosts: m.migrationHosts }
    if (m.cutoverAt !== undefined) {
      const done = now - m.cutoverAt >= plan.cutoverMs
      return { ...base, status: done ? 'COMPLETE' : 'WORKING', readyForCutover: false, lagTimeSeconds: null }
    }
    const age = now - m.startedAt
    if (age < plan.workingAfterMs) return { ...base, status: 'NEW', readyForCutover: false, lagTimeSeconds: null }
    if (age >= plan.readyAfterMs && plan.end !== 'ready') {
      return { ...base, status: plan.end, readyForCutover: false, lagTimeSeconds: null }
    }
    if (age >= plan.readyAfterMs) return { ...base, status: 'WORKING', readyForCutover: true, lagTimeSeconds: 1 }
    const left = (plan.readyAfterMs - age) / (plan.readyAfterMs - plan.workingAfterMs)
    return {
      ...base,
      status: 'WORKING',
      readyForCutover: false,
      lagTimeSeconds: Math.max(2, Math.round(plan.lagStartSeconds * left))
    }
  }

  /** POST validate (a validation job) or POST liveMigrations (a migration on the configured plan). */
  private create(req: RecordedRequest, projectId: string, validate: boolean): Answer {
    let body: unknown
    try {
      body = JSON.parse(req.body)
    } catch {
      return malformedJson()
    }
    const invalid = migrationRequestError(body, projectId)
    if (invalid) return apiError(400, 'INVALID_ATTRIBUTE', invalid)
    const request = body as { source: { groupId: string }; migrationHosts: string[] }
    const newId = randomBytes(12).toString('hex')
    if (validate) {
      const job: ValidationJob = {
        id: newId,
        projectId,
        sourceGroupId: request.source.groupId,
        pendingLeft: this.settings.validation?.pendingPolls ?? 1
      }
      this.validations.set(newId, job)
      return { status: 200, body: this.validationView(job, false), contentType: atlasType(req) }
    }
    const plan = this.settings.migration
    const migration: LiveMigration = {
      id: newId,
      projectId,
      startedAt: this.settings.now(),
      readyAt: this.settings.now() + plan.readyAfterMs,
      migrationHosts: request.migrationHosts,
      plan
    }
    this.migrations.set(newId, migration)
    return { status: 201, body: this.view(migration), contentType: atlasType(req) }
  }

  /** The validation as an answer shows it; each poll (GET) uses up one PENDING answer. */
  private validationView(job: ValidationJob, polled: boolean): Record<string, unknown> {
    if (polled && job.pendingLeft > 0) job.pendingLeft--
    const failWith = this.settings.validation?.failWith
    const finished = polled && job.pendingLeft === 0
    const status = !finished ? 'PENDING' : failWith ? 'FAILED' : 'SUCCESS'
    return {
      _id: job.id,
      groupId: job.projectId,
      sourceGroupId: job.sourceGroupId,
      status,
      errorMessage: status === 'FAILED' ? failWith : null
    }
  }
}

function notFound(req: RecordedRequest): Answer {
  return apiError(404, 'RESOURCE_NOT_FOUND', `Cannot find resource ${req.path}.`)
}

/** What the spec's LiveMigrationRequest20240530 requires, checked as Atlas would; undefined when valid. */
function migrationRequestError(body: unknown, projectId: string): string | undefined {
  const b = (body ?? {}) as Record<string, Record<string, unknown> | undefined> & { migrationHosts?: unknown }
  const source = b.source
  const destination = b.destination
  if (!source || typeof source.clusterName !== 'string' || !source.clusterName) return 'source.clusterName is required.'
  if (!/^[a-f0-9]{24}$/.test(String(source.groupId ?? ''))) return 'source.groupId must be a project ID.'
  if (typeof source.managedAuthentication !== 'boolean') return 'source.managedAuthentication is required.'
  if (typeof source.ssl !== 'boolean') return 'source.ssl is required.'
  if (source.managedAuthentication && (source.username || source.password)) {
    return 'source.username and password must not be set with managedAuthentication.'
  }
  if (!destination || typeof destination.clusterName !== 'string' || !destination.clusterName) {
    return 'destination.clusterName is required.'
  }
  if (destination.groupId !== projectId) return 'destination.groupId must be the project of the path.'
  if (!['PUBLIC', 'PRIVATE_LINK', 'VPC_PEERING'].includes(String(destination.hostnameSchemaType))) {
    return 'destination.hostnameSchemaType must be PUBLIC, PRIVATE_LINK or VPC_PEERING.'
  }
  const hosts = b.migrationHosts
  if (!Array.isArray(hosts) || hosts.length !== 1 || typeof hosts[0] !== 'string') {
    return 'migrationHosts must hold exactly one host name.'
  }
  if ('dropEnabled' in b) return 'dropEnabled is not part of version 2024-05-30: use dropDestinationData.'
  return undefined
}
