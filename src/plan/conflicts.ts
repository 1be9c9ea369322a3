// What the plan's entries turn into once the org's migration sources are known, and the conflicts
// that would make migrations fail or collide. Pure: from the plan and each org's availableProjects.

import type { AvailableDeployment, AvailableProject } from '../clients/migration'
import { counted } from '../errors'
import type { PlanEntry, Wave } from './schema'

/** GitHub runs at most this many legs of one matrix. */
export const MAX_MATRIX_LEGS = 256

export type ConflictKind =
  | 'org-unreadable'
  | 'unknown-deployment'
  | 'ambiguous-deployment'
  | 'listed-twice'
  | 'destination-twice'
  | 'host-twice-in-wave'
  | 'unknown-host'
  | 'wave-larger-than-hosts'
  | 'wave-larger-than-matrix'

export interface Conflict {
  kind: ConflictKind
  /** The entries it concerns, by name. */
  entries: string[]
  /** Their lines in the plan file. */
  lines: number[]
  message: string
}

/** An entry whose source was found: the project, the deployment and the host it will use. */
export interface ResolvedEntry {
  entry: PlanEntry
  project: AvailableProject
  deployment: AvailableDeployment
  /** The entry's host, or the one assigned from its project's free hosts in its wave; none when there was none to give. */
  migrationHost?: string
}

export interface Resolution {
  resolved: ResolvedEntry[]
  conflicts: Conflict[]
}

const conflictOf = (kind: ConflictKind, entries: PlanEntry[], message: string): Conflict => ({
  kind,
  entries: entries.map(e => e.name),
  lines: entries.map(e => e.line),
  message
})

const at = (entries: PlanEntry[]) => entries.map(e => `${e.name} (line ${e.line})`).join(', ')

/**
 * Finds each entry's source among its org's projects, assigns hosts, and lists every conflict.
 * `unreadable` holds the orgs whose sources the API refused, with why.
 */
export function resolvePlan(
  entries: PlanEntry[],
  sourcesByOrg: Map<string, AvailableProject[]>,
  unreadable: Map<string, string> = new Map()
): Resolution {
  const conflicts: Conflict[] = []
  const resolved: ResolvedEntry[] = []
  for (const [orgId, why] of unreadable) {
    const of = entries.filter(e => e.orgId === orgId)
    conflicts.push(
      conflictOf(
        'org-unreadable',
        of,
        `Atlas org ${orgId} (${counted(of.length, 'deployment')}, first on line ${of[0]?.line}): its migration sources could not be read: ${why}`
      )
    )
  }
  for (const entry of entries) {
    if (unreadable.has(entry.orgId)) continue
    const projects = sourcesByOrg.get(entry.orgId) ?? []
    const matches = projects.flatMap(project =>
      (project.deployments ?? [])
        .filter(d => d.name === entry.source)
        .filter(() => !entry.sourceProject || [project.projectId, project.name].includes(entry.sourceProject))
        .map(deployment => ({ project, deployment }))
    )
    const match = matches[0]
    if (match === undefined) {
      conflicts.push(
        conflictOf(
          'unknown-deployment',
          [entry],
          `${at([entry])}: no deployment ${entry.source}${entry.sourceProject ? ` in project ${entry.sourceProject}` : ''} among the migration sources of Atlas org ${entry.orgId}: check its name, and that its organization is linked and SYNCED.`
        )
      )
    } else if (matches.length > 1) {
      conflicts.push(
        conflictOf(
          'ambiguous-deployment',
          [entry],
          `${at([entry])}: ${matches.length} deployments are named ${entry.source} (in ${matches.map(m => `${m.project.name} ${m.project.projectId}`).join(', ')}): set source-project.`
        )
      )
    } else resolved.push({ entry, ...match })
  }
  conflicts.push(...twice(resolved), ...assignHosts(resolved), ...matrixSizes(entries))
  return { resolved, conflicts }
}

/** The same source, or the same destination cluster, in two entries. */
function twice(resolved: ResolvedEntry[]): Conflict[] {
  const conflicts: Conflict[] = []
  const groups = (key: (r: ResolvedEntry) => string) => {
    const by = new Map<string, PlanEntry[]>()
    for (const r of resolved) by.set(key(r), [...(by.get(key(r)) ?? []), r.entry])
    return [...by.entries()].filter(([, list]) => list.length > 1)
  }
  for (const [, list] of groups(r => `${r.project.projectId}/${r.deployment.name}`)) {
    conflicts.push(conflictOf('listed-twice', list, `${at(list)}: the same source deployment is listed twice.`))
  }
  for (const [key, list] of groups(r => `${r.entry.projectId}/${r.entry.cluster}`)) {
    conflicts.push(
      conflictOf(
        'destination-twice',
        list,
        `${at(list)}: all migrate into destination cluster ${key.split('/')[1]} of project ${key.split('/')[0]}; a migration needs a cluster of its own.`
      )
    )
  }
  return conflicts
}

/** Hosts per wave: a host named twice in a wave collides; entries without one get the project's free ones. */
function assignHosts(resolved: ResolvedEntry[]): Conflict[] {
  const conflicts: Conflict[] = []
  const waves = new Map<Wave, ResolvedEntry[]>()
  for (const r of resolved) waves.set(r.entry.wave, [...(waves.get(r.entry.wave) ?? []), r])
  for (const [wave, list] of waves) {
    const byHost = new Map<string, PlanEntry[]>()
    for (const r of list) {
      const host = r.entry.migrationHost
      if (host === undefined) continue
      const listed = r.project.migrationHosts
      if (listed !== undefined && !listed.includes(host)) {
        conflicts.push(
          conflictOf(
            'unknown-host',
            [r.entry],
            `${at([r.entry])}: migration host ${host} is not one of project ${r.project.name}'s (${listed.join(', ') || 'none'}).`
          )
        )
      }
      r.migrationHost = host
      byHost.set(host, [...(byHost.get(host) ?? []), r.entry])
    }
    for (const [host, users] of byHost) {
      if (users.length > 1) {
        conflicts.push(
          conflictOf(
            'host-twice-in-wave',
            users,
            `${at(users)}: wave ${wave} runs ${users.length} migrations through migration host ${host}; each migration needs its own host: move some to another wave or host.`
          )
        )
      }
    }
    // Entries without a host take their project's hosts that nobody in the wave named, in order.
    const byProject = new Map<string, ResolvedEntry[]>()
    for (const r of list.filter(r => r.entry.migrationHost === undefined)) {
      byProject.set(r.project.projectId, [...(byProject.get(r.project.projectId) ?? []), r])
    }
    for (const needing of byProject.values()) {
      const project = (needing[0] as ResolvedEntry).project
      const free = (project.migrationHosts ?? []).filter(host => !byHost.has(host))
      needing.forEach((r, i) => {
        r.migrationHost = free[i]
      })
      if (needing.length > free.length) {
        const entries = needing.map(r => r.entry)
        conflicts.push(
          conflictOf(
            'wave-larger-than-hosts',
            entries,
            `${at(entries)}: wave ${wave} needs ${needing.length} migration hosts of project ${project.name} and it has ${free.length} free (${free.join(', ') || 'none'}): provision more, or spread these over more waves.`
          )
        )
      }
    }
  }
  return conflicts
}

/** A wave runs as one matrix: GitHub runs at most 256 legs of it. */
function matrixSizes(entries: PlanEntry[]): Conflict[] {
  const counts = new Map<Wave, PlanEntry[]>()
  for (const e of entries) counts.set(e.wave, [...(counts.get(e.wave) ?? []), e])
  return [...counts]
    .filter(([, list]) => list.length > MAX_MATRIX_LEGS)
    .map(([wave, list]) =>
      conflictOf(
        'wave-larger-than-matrix',
        list,
        `wave ${wave} has ${list.length} deployments; a GitHub matrix runs at most ${MAX_MATRIX_LEGS}: split it.`
      )
    )
}
