// The rows a mode adds to the job summary's table: what the step acted on, never a secret.
import type { ConfigOf } from '../inputs/types'

export const host = (baseUrl: string): string => new URL(baseUrl).host

export const atlasRows = (c: { orgId: string; atlas: { baseUrl: string } }): [string, string][] => [
  ['Atlas organization', c.orgId],
  ['Host', host(c.atlas.baseUrl)]
]
export const sourceRows = (c: { orgId: string; source: { baseUrl: string } }): [string, string][] => [
  ['Source organization', c.orgId],
  ['Host', host(c.source.baseUrl)]
]
export const requestRows = (
  c: ConfigOf<'preflight' | 'validate-migration' | 'start-migration'>
): [string, string][] => [
  ['Destination project', c.projectId],
  ['Destination cluster', c.migration.clusterName],
  ['Source cluster', c.migration.sourceClusterName],
  ['Host', host(c.atlas.baseUrl)]
]
export const migrationRows = (c: ConfigOf<'migration-status' | 'cutover'>): [string, string][] => [
  ['Destination project', c.projectId],
  ['Migration ID', c.migrationId],
  ['Host', host(c.atlas.baseUrl)]
]
