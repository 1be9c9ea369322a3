// A fleet for the plan mode: Atlas orgs, each linked to a source org with one source project of
// deployments and migration hosts, and one destination project of clusters ready for them, plus the
// plan file that migrates them. Used by the plan's tests and its benchmark.
import type { AvailableProject, FakeApiOptions } from './fake-api.ts'

/** A stable 24-hex ID: a two-digit kind, then the number. */
export const fleetId = (kind: number, n: number): string =>
  `${kind.toString(16).padStart(2, '0')}${n.toString(16).padStart(22, '0')}`

export interface FleetShape {
  orgs: number
  perOrg: number
  /** Deployments per wave within an org (default: all in wave 1); the org's hosts number this many. */
  perWave?: number
}

export interface Fleet {
  options: FakeApiOptions
  /** The plan file's text. */
  plan: string
  orgIds: string[]
  projectIds: string[]
}

const hostOf = (org: number, n: number) => `mig-${org}-${n}.example.net`
const ipOf = (org: number, n: number) => `198.51.${org % 256}.${n + 1}`

export function fleet({ orgs, perOrg, perWave = perOrg }: FleetShape): Fleet {
  const orgIds = Array.from({ length: orgs }, (_, i) => fleetId(0xa0, i))
  const projectIds = Array.from({ length: orgs }, (_, i) => fleetId(0xb0, i))
  const availableProjects: Record<string, AvailableProject[]> = {}
  const clusters: NonNullable<FakeApiOptions['clusters']> = {}
  const accessList: NonNullable<FakeApiOptions['accessList']> = {}
  const projectOrgs: Record<string, string> = {}
  const lines = ['version: 1', 'defaults:', '  hostname-schema-type: PUBLIC', 'migration-host-ips:']
  for (let o = 0; o < orgs; o++) {
    for (let h = 0; h < perWave; h++) lines.push(`  ${hostOf(o, h)}: [${ipOf(o, h)}]`)
  }
  lines.push('deployments:')
  for (let o = 0; o < orgs; o++) {
    const org = orgIds[o] as string
    const project = projectIds[o] as string
    projectOrgs[project] = org
    availableProjects[org] = [
      {
        projectId: fleetId(0xc0, o),
        name: `source-${o}`,
        migrationHosts: Array.from({ length: perWave }, (_, h) => hostOf(o, h)),
        deployments: Array.from({ length: perOrg }, (_, d) => ({
          name: `rs-${o}-${d}`,
          clusterId: fleetId(0xd0, o * 1000 + d),
          managed: true,
          tlsEnabled: true,
          sharded: false,
          mongoDBVersion: '7.0.20',
          featureCompatibilityVersion: '7.0',
          dbSizeBytes: 2e9 + d * 1e8
        }))
      }
    ]
    clusters[project] = Array.from({ length: perOrg }, (_, d) => ({
      name: `atlas-${o}-${d}`,
      mongoDBVersion: '7.0.20',
      oplogSizeMB: 50_000
    }))
    accessList[project] = Array.from({ length: perWave }, (_, h) => ({ ipAddress: ipOf(o, h) }))
    for (let d = 0; d < perOrg; d++) {
      lines.push(
        `  - source: rs-${o}-${d}`,
        `    org-id: ${org}`,
        `    project-id: ${project}`,
        `    cluster: atlas-${o}-${d}`,
        `    wave: ${Math.floor(d / perWave) + 1}`
      )
    }
  }
  return {
    options: { atlasOrgs: orgIds, atlasProjects: projectIds, projectOrgs, availableProjects, clusters, accessList },
    plan: `${lines.join('\n')}\n`,
    orgIds,
    projectIds
  }
}
