// The plan's conflicts, in process: every kind found, with the entries and lines it concerns, and
// the migration hosts handed out per wave.
import { describe, expect, it } from 'vitest'
import type { AvailableProject } from '../src/clients/migration'
import { MAX_MATRIX_LEGS, resolvePlan } from '../src/plan/conflicts'
import type { PlanEntry } from '../src/plan/schema'

const ORG = '5f1a2b3c4d5e6f7a8b9c0d1e'
const DEST = '7c8d9e0f1a2b3c4d5e6f7a8b'
const SOURCES: AvailableProject[] = [
  {
    projectId: '9e0f1a2b3c4d5e6f7a8b9c0d',
    name: 'Payments',
    migrationHosts: ['mig-1', 'mig-2'],
    deployments: [{ name: 'pay-a' }, { name: 'pay-b' }, { name: 'pay-c' }, { name: 'shared' }]
  },
  {
    projectId: '8e0f1a2b3c4d5e6f7a8b9c0d',
    name: 'Orders',
    migrationHosts: ['mig-9'],
    deployments: [{ name: 'shared' }]
  }
]

let line = 0
function entry(source: string, more: Partial<PlanEntry> = {}): PlanEntry {
  line += 5
  return {
    name: more.name ?? source,
    line,
    orgId: ORG,
    projectId: DEST,
    source,
    cluster: `atlas-${more.name ?? source}`,
    hostnameSchemaType: 'PUBLIC',
    sourceAuth: 'managed',
    wave: '1',
    ...more
  }
}
const resolve = (entries: PlanEntry[]) => resolvePlan(entries, new Map([[ORG, SOURCES]]))

describe('resolvePlan', () => {
  it('finds each source and hands out the free hosts of its project, per wave', () => {
    const { resolved, conflicts } = resolve([
      entry('pay-a'),
      entry('pay-b', { migrationHost: 'mig-1' }),
      entry('pay-c', { wave: '2' }),
      entry('shared', { sourceProject: 'Orders' })
    ])
    expect(conflicts).toEqual([])
    expect(resolved.map(r => [r.entry.name, r.project.name, r.migrationHost])).toEqual([
      ['pay-a', 'Payments', 'mig-2'], // mig-1 is named by pay-b in the same wave
      ['pay-b', 'Payments', 'mig-1'],
      ['pay-c', 'Payments', 'mig-1'], // another wave: every host is free again
      ['shared', 'Orders', 'mig-9']
    ])
  })

  it('finds every kind of conflict, with its entries and lines', () => {
    line = 0
    const { conflicts } = resolve([
      entry('nope'), // 5: unknown
      entry('shared'), // 10: in two projects
      entry('pay-a'), // 15
      entry('pay-a', { name: 'again', cluster: 'atlas-other' }), // 20: listed twice
      entry('pay-b', { cluster: 'atlas-pay-a' }), // 25: destination of pay-a
      entry('pay-c', { migrationHost: 'mig-7' }) // 30: not a host of Payments
    ])
    expect(conflicts.map(c => [c.kind, c.lines])).toEqual([
      ['unknown-deployment', [5]],
      ['ambiguous-deployment', [10]],
      ['listed-twice', [15, 20]],
      ['destination-twice', [15, 25]],
      ['unknown-host', [30]],
      ['wave-larger-than-hosts', [15, 20, 25]]
    ])
    expect(conflicts[1]?.message).toContain('set source-project')
    expect(conflicts[5]?.message).toMatch(/wave 1 needs 3 migration hosts of project Payments and it has 2 free/)
  })

  it('refuses two deployments on one migration host in one wave, and allows it across waves', () => {
    line = 0
    const same = resolve([entry('pay-a', { migrationHost: 'mig-1' }), entry('pay-b', { migrationHost: 'mig-1' })])
    expect(same.conflicts.map(c => [c.kind, c.entries])).toEqual([['host-twice-in-wave', ['pay-a', 'pay-b']]])
    const apart = resolve([
      entry('pay-a', { migrationHost: 'mig-1' }),
      entry('pay-b', { migrationHost: 'mig-1', wave: '2' })
    ])
    expect(apart.conflicts).toEqual([])
  })

  it('refuses a wave larger than a GitHub matrix runs', () => {
    const many = Array.from({ length: MAX_MATRIX_LEGS + 1 }, (_, i) => entry(`d-${i}`, { wave: 'big' }))
    const kinds = resolve(many).conflicts.map(c => c.kind)
    expect(kinds).toContain('wave-larger-than-matrix')
    expect(resolve(many.slice(0, MAX_MATRIX_LEGS)).conflicts.map(c => c.kind)).not.toContain('wave-larger-than-matrix')
  })
})
