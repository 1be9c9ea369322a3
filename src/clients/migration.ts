// Atlas Admin API v2, Cloud Migration Service: everything after the link — discovery, validation,
// the migration and its cut-over. Knows the API, not GitHub.

import { answerLine, notTheApi, UnexpectedAnswerError } from '../errors'
import type { ApiResponse } from '../transport/http'
import type { RateBudget } from '../transport/retry'
import { rateBudgetOf } from '../transport/retry'
import type { ApiSession } from '../transport/session'
import { call, callForObject, parseJson } from './call'
import { apiPath, mongoId } from './path'
import { atlasMedia } from './reads'

/** Validate and create exist at 2024-05-30 (dropDestinationData); every other call only at 2023-01-01. */
export const MIGRATION_REQUEST_VERSION = '2024-05-30'
export const MIGRATION_READ_VERSION = '2023-01-01'

export interface AvailableDeployment {
  name: string
  clusterId?: string
  managed?: boolean
  tlsEnabled?: boolean
  sharded?: boolean
  shardsSize?: number
  mongoDBVersion?: string
  featureCompatibilityVersion?: string
  agentVersion?: string
  dbSizeBytes?: number
  oplogSizeMB?: number
}

export interface AvailableProject {
  projectId: string
  name: string
  /** Required in the spec since 2026-04-17, optional before: tolerate it missing. */
  migrationHosts?: string[]
  deployments?: AvailableDeployment[]
}

/** The body of validate and create (LiveMigrationRequest20240530). */
export interface MigrationRequest {
  source: {
    clusterName: string
    groupId: string
    managedAuthentication: boolean
    ssl: boolean
    caCertificatePath?: string
    username?: string
    password?: string
  }
  destination: {
    clusterName: string
    groupId: string
    hostnameSchemaType: 'PUBLIC' | 'PRIVATE_LINK' | 'VPC_PEERING'
    privateLinkId?: string
  }
  migrationHosts: [string]
  dropDestinationData: boolean
  sharding?: {
    createSupportingIndexes: boolean
    shardingEntries: { database: string; collection: string; shardCollection: { key: Record<string, number>[] } }[]
  }
}

export type ValidationStatus = 'PENDING' | 'SUCCESS' | 'FAILED'
export interface Validation {
  id: string
  /** null is treated as PENDING: the spec makes the field nullable. */
  status: ValidationStatus | string
  errorMessage?: string
}

export interface Migration {
  id: string
  /** NEW, WORKING, FAILED, COMPLETE or EXPIRED, or a value this version does not know (see MigrationWatch). */
  status: string
  readyForCutover: boolean
  /** Replication lag; only during the active phase before cut-over. */
  lagSeconds?: number
}

export class MigrationClient {
  /** The project bucket's level as the last answer showed it, for pacing polls (pollSlowdown). */
  budget: RateBudget | undefined
  private readonly seen = (response: ApiResponse): void => {
    this.budget = rateBudgetOf(response.headers) ?? this.budget
  }

  constructor(private readonly session: ApiSession) {}

  /** GET /orgs/{orgId}/liveMigrations/availableProjects: the linked source projects and their deployments. */
  async availableProjects(orgId: string): Promise<AvailableProject[]> {
    const request = {
      operation: 'List migration sources',
      method: 'GET',
      path: apiPath`/api/atlas/v2/orgs/${mongoId(orgId, 'organization ID')}/liveMigrations/availableProjects`,
      accept: atlasMedia(MIGRATION_READ_VERSION)
    } as const
    // The org's read, whichever mode sends it: a 404 points at the org's ID input, not the project's.
    const names = this.session.names && { ...this.session.names, ids: this.session.names.orgId }
    const response = await call(this.session, request, undefined, names)
    const body = parseJson(response.body)
    if (!Array.isArray(body)) {
      throw new UnexpectedAnswerError(
        `${request.operation}: ${answerLine(response.status, 'GET', response.url)} was not a JSON array of projects. ${notTheApi(this.session.names)}`
      )
    }
    return body as AvailableProject[]
  }

  /** POST /groups/{groupId}/liveMigrations/validate: starts a validation job. */
  async validate(projectId: string, body: MigrationRequest): Promise<Validation> {
    const request = {
      operation: 'Validate migration',
      method: 'POST',
      path: apiPath`/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations/validate`,
      accept: atlasMedia(MIGRATION_REQUEST_VERSION),
      contentType: atlasMedia(MIGRATION_REQUEST_VERSION),
      body: JSON.stringify(body),
      // Each POST starts a validation job; repeating one is harmless but not free: only where Atlas did not act.
      idempotent: false,
      ifUncertain: 'a validation job may have started; re-running the step starts another, which is harmless.'
    } as const
    return validation(await callForObject(this.session, request, '_id', this.seen))
  }

  /** GET /groups/{groupId}/liveMigrations/validate/{validationId} */
  async getValidation(projectId: string, validationId: string): Promise<Validation> {
    const id = mongoId(validationId, 'validation ID')
    const request = {
      operation: 'Get validation status',
      method: 'GET',
      path: apiPath`/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations/validate/${id}`,
      accept: atlasMedia(MIGRATION_READ_VERSION),
      poll: true
    } as const
    return validation(await callForObject(this.session, request, '_id', this.seen))
  }

  /** POST /groups/{groupId}/liveMigrations: starts the migration. Not idempotent: a repeat would start a second one. */
  async create(projectId: string, body: MigrationRequest): Promise<Migration> {
    const request = {
      operation: 'Start migration',
      method: 'POST',
      path: apiPath`/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations`,
      accept: atlasMedia(MIGRATION_REQUEST_VERSION),
      contentType: atlasMedia(MIGRATION_REQUEST_VERSION),
      body: JSON.stringify(body),
      idempotent: false,
      ifUncertain: `a migration of ${body.source.clusterName} into cluster ${body.destination.clusterName} may have started. Do not re-run start-migration: a second migration would take migration host ${body.migrationHosts[0]} again, and the API cannot list migrations. Find it in the Atlas UI (project ${projectId}, cluster ${body.destination.clusterName}: its live migration), then follow it with mode migration-status and its ID.`
    } as const
    return migration(await callForObject(this.session, request, '_id', this.seen))
  }

  /** GET /groups/{groupId}/liveMigrations/{liveMigrationId} */
  /** With poll: true (a wait's read), a 429 comes back to the wait instead of being waited out here. */
  async get(projectId: string, migrationId: string, { poll = false } = {}): Promise<Migration> {
    const id = mongoId(migrationId, 'migration ID')
    const request = {
      operation: 'Get migration',
      method: 'GET',
      path: apiPath`/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations/${id}`,
      accept: atlasMedia(MIGRATION_READ_VERSION),
      poll
    } as const
    return migration(await callForObject(this.session, request, '_id', this.seen))
  }

  /** PUT /groups/{groupId}/liveMigrations/{liveMigrationId}/cutover: 202 in the spec, 204 in practice. */
  async cutover(projectId: string, migrationId: string): Promise<void> {
    const id = mongoId(migrationId, 'migration ID')
    await call(this.session, {
      operation: 'Cut over',
      method: 'PUT',
      path: apiPath`/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations/${id}/cutover`,
      accept: atlasMedia(MIGRATION_READ_VERSION),
      ifUncertain: `the cut-over of migration ${migrationId} may have started: check with mode migration-status before running cutover again.`
    })
  }
}

/** The project ID as the path's {groupId}, checked before it goes in (as is every ID, given or from an answer). */
const groupId = (projectId: string): string => mongoId(projectId, 'project ID')

function validation(body: Record<string, unknown>): Validation {
  return {
    id: String(body._id),
    status: typeof body.status === 'string' ? body.status : 'PENDING',
    errorMessage: typeof body.errorMessage === 'string' && body.errorMessage !== '' ? body.errorMessage : undefined
  }
}

function migration(body: Record<string, unknown>): Migration {
  return {
    id: String(body._id),
    status: typeof body.status === 'string' ? body.status : 'UNKNOWN',
    readyForCutover: body.readyForCutover === true,
    lagSeconds: typeof body.lagTimeSeconds === 'number' ? body.lagTimeSeconds : undefined
  }
}
