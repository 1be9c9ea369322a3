// What else happens to the destination: another migration into it (PF-14, from the project's
// events: the API has no list of migrations) and its maintenance window (PF-15: an election during
// a migration can fail it).
import type { CheckResult } from './verdict'
import { checkOf } from './verdict'

export const IMPORT_EVENT_TYPES = [
  'CLUSTER_IMPORT_STARTED',
  'CLUSTER_IMPORT_CANCELLED',
  'CLUSTER_IMPORT_EXPIRED',
  'CLUSTER_IMPORT_CUTOVER',
  'CLUSTER_IMPORT_COMPLETED',
  'CLUSTER_IMPORT_FAILED',
  'CLUSTER_IMPORT_RESTART_REQUESTED'
]
/** The import events after which a live migration is still running. */
const UNDER_WAY = ['CLUSTER_IMPORT_STARTED', 'CLUSTER_IMPORT_RESTART_REQUESTED', 'CLUSTER_IMPORT_CUTOVER']

export interface ImportEvent {
  created: string
  eventTypeName: string
  clusterName?: string
}

const newest = (events: ImportEvent[]): ImportEvent | undefined =>
  [...events].sort((a, b) => Date.parse(b.created) - Date.parse(a.created))[0]

/** PF-14: no live migration already running into the destination ("don't run several at once"). */
export function otherMigration(clusterName: string, events: ImportEvent[]): CheckResult {
  const title = 'No other migration into the destination'
  const imports = events.filter(e => IMPORT_EVENT_TYPES.includes(e.eventTypeName))
  const mine = newest(imports.filter(e => e.clusterName === clusterName))
  if (mine && UNDER_WAY.includes(mine.eventTypeName)) {
    return checkOf('PF-14', title, [
      {
        result: 'fail',
        evidence: `newest import event of ${clusterName}: ${mine.eventTypeName} at ${mine.created}`,
        fix: 'Wait for that migration to end (or cancel it in the Atlas UI): one migration into a cluster at a time.'
      }
    ])
  }
  // Events without a cluster name are judged project-wide, and only warn.
  const unnamed = newest(imports.filter(e => e.clusterName === undefined))
  if (!mine && unnamed && UNDER_WAY.includes(unnamed.eventTypeName)) {
    return checkOf('PF-14', title, [
      {
        result: 'warn',
        evidence: `newest import event in the project (no cluster named): ${unnamed.eventTypeName} at ${unnamed.created}`,
        fix: 'Check in the Atlas UI that no migration into this cluster is under way.'
      }
    ])
  }
  return checkOf('PF-14', title, [
    {
      result: 'pass',
      evidence: mine
        ? `newest import event of ${clusterName}: ${mine.eventTypeName}`
        : 'no import event in the last 30 days'
    }
  ])
}

export interface Window {
  dayOfWeek: number
  hourOfDay?: number
  startASAP?: boolean
  timeZoneId?: string
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** PF-15: maintenance about to start, or the weekly window a long migration will likely cross. */
export function maintenance(window: Window): CheckResult {
  const when = `${DAYS[window.dayOfWeek - 1] ?? `day ${window.dayOfWeek}`}s at ${window.hourOfDay ?? '?'}:00 (${window.timeZoneId ?? 'time zone not reported'})`
  if (window.startASAP) {
    return checkOf('PF-15', 'Maintenance window', [
      {
        result: 'warn',
        evidence: 'maintenance set to start as soon as possible',
        fix: "Let the project's maintenance finish before starting: its elections can fail a migration."
      }
    ])
  }
  return checkOf('PF-15', 'Maintenance window', [
    { result: 'pass', evidence: `weekly window ${when}; defer it if the migration will run across it` }
  ])
}
