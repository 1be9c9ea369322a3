// The destination's room and contents: enough free disk for the source's data (PF-8), and no
// databases a migration would collide with (PF-9), read on the cluster's primaries.
import { dataSize } from '../time'
import type { CheckResult, Finding } from './verdict'
import { checkOf } from './verdict'

const GB = 1e9

export interface DiskFacts {
  /** The source's size on disk (availableProjects dbSizeBytes), if reported. */
  sourceBytes?: number
  /** Free bytes on each primary read (one per shard), if measured. */
  freeBytes: number[]
  /** Disk size of the electable nodes (GB), per region row of the cluster. */
  diskSizeGB: (number | undefined)[]
  /** Shards the data will spread over: the destination's, or one for unsharded collections. */
  shardsUsed: number
  autoScaling: boolean
}

/** PF-8: the destination's free space (or capacity when free is unknown) against the source's size. */
export function destinationDisk(facts: DiskFacts): CheckResult {
  const title = 'Destination disk'
  const findings: Finding[] = []
  const sizes = facts.diskSizeGB.filter((n): n is number => typeof n === 'number')
  const capacity = sizes.length ? Math.min(...sizes) * GB * facts.shardsUsed : undefined
  const measured = facts.freeBytes.length ? [...facts.freeBytes].sort((a, b) => a - b).slice(0, facts.shardsUsed) : []
  const free = measured.length ? measured.reduce((a, b) => a + b, 0) : undefined
  const room = free ?? capacity
  const roomText =
    free !== undefined
      ? `${dataSize(free)} free`
      : capacity !== undefined
        ? `${dataSize(capacity)} of disk`
        : 'room unknown'
  if (facts.sourceBytes === undefined) {
    findings.push({
      result: 'warn',
      evidence: `source size not reported; ${roomText}`,
      fix: "Compare the source's storage size with the destination's free disk by hand."
    })
  } else if (room === undefined) {
    findings.push({
      result: 'warn',
      evidence: `source ${dataSize(facts.sourceBytes)}; destination room unknown`,
      fix: "Check the destination's free disk by hand."
    })
  } else if (facts.sourceBytes >= room) {
    findings.push({
      result: 'fail',
      evidence: `source ${dataSize(facts.sourceBytes)}, destination ${roomText}`,
      fix: 'Give the destination more storage (or a larger tier): "Available disk space on the destination needs to be increased".'
    })
  } else if (facts.sourceBytes > 0.7 * room) {
    findings.push({
      result: 'warn',
      evidence: `source ${dataSize(facts.sourceBytes)}, destination ${roomText} (over 70 % of it)`,
      fix: 'Leave room for the data to fluctuate during the migration: raise the destination storage.'
    })
  } else {
    findings.push({ result: 'pass', evidence: `source ${dataSize(facts.sourceBytes)}, destination ${roomText}` })
  }
  if (facts.autoScaling) {
    findings.push({
      result: 'warn',
      evidence: 'auto-scaling on',
      fix: 'Disable disk and compute auto-scaling on the destination for the migration.'
    })
  }
  return checkOf('PF-8', title, findings)
}

const SYSTEM = ['admin', 'config', 'local']
const LEFTOVER = 'mongosync_reserved_for_internal_use'

/** PF-9: user databases on the destination collide with the source's unless dropped. */
export function destinationContents(databases: string[] | undefined, dropDestinationData: boolean): CheckResult {
  const title = 'Destination contents'
  if (databases === undefined) {
    return checkOf('PF-9', title, [
      {
        result: 'warn',
        evidence: 'no primary to read the databases on',
        fix: 'Check by hand that the destination holds no data you keep.'
      }
    ])
  }
  const user = databases.filter(name => !SYSTEM.includes(name))
  const findings: Finding[] = []
  if (user.includes(LEFTOVER)) {
    findings.push({
      result: 'warn',
      evidence: `${LEFTOVER} present`,
      fix: `An earlier migration left ${LEFTOVER}: drop it, or migrate with drop-destination-data.`
    })
  }
  const others = user.filter(name => name !== LEFTOVER)
  if (others.length === 0) findings.push({ result: 'pass', evidence: 'no user database' })
  else if (dropDestinationData) {
    findings.push({
      result: 'warn',
      evidence: `drop-destination-data drops ${others.join(', ')}`,
      fix: `Make sure none of ${others.join(', ')} is data you keep.`
    })
  } else {
    findings.push({
      result: 'warn',
      evidence: `user databases ${others.join(', ')}`,
      fix: 'Namespaces that exist on both sides collide: empty the destination, or set drop-destination-data.'
    })
  }
  return checkOf('PF-9', title, findings)
}
