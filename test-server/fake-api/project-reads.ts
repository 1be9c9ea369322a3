// The project-wide pre-flight reads: the project's events (listGroupEvents, PF-14) and its maintenance
// window (getGroupMaintenanceWindow, PF-15); and the answer helpers every pre-flight read shares
// (a 200 with Atlas's key order, one page of a paginated list).
import type { Answer } from './answers.ts'
import { apiError, atlasType } from './answers.ts'
import { objectId } from './clusters.ts'
import type { FakeEvent, FakeMaintenanceWindow, RecordedRequest, Settings } from './types.ts'

/** Both at 2023-01-01 only; the maintenance window's preview type is not served (406). */
export const PROJECT_READ = /^\/api\/atlas\/v2\/groups\/([^/]+)\/(events|maintenanceWindow)$/

/** A project that set no window (ours: Atlas's untouched defaults are not recorded), in the spec's shape. */
export const DEFAULT_MAINTENANCE_WINDOW: FakeMaintenanceWindow = {
  autoDeferOnceEnabled: false,
  dayOfWeek: 1,
  hourOfDay: 3,
  numberOfDeferrals: 0,
  protectedHours: { endHourOfDay: 0, startHourOfDay: 0 },
  startASAP: false,
  timeZoneId: 'UTC'
}

export class ProjectReads {
  private readonly settings: Settings
  private readonly base: () => string

  constructor(settings: Settings, base: () => string) {
    this.settings = settings
    this.base = base
  }

  /** The answer of an already checked request whose path matched PROJECT_READ. */
  answer(req: RecordedRequest, groupId: string, what: string, path: string): Answer {
    return what === 'events' ? this.events(req, groupId, path) : this.maintenanceWindow(req, groupId)
  }

  /**
   * GroupPaginatedEventView, newest first: only the repeated `eventType` values when there are any,
   * only events created at or after `minDate` when given. Each event is shown as NDSAuditViewForNdsGroup
   * with the undeclared clusterName real cluster events carry.
   */
  private events(req: RecordedRequest, groupId: string, path: string): Answer {
    const query = new URL(req.path, 'http://x').searchParams
    const types = query.getAll('eventType')
    const minDate = query.get('minDate')
    const since = minDate === null ? Number.NEGATIVE_INFINITY : Date.parse(minDate)
    if (Number.isNaN(since)) {
      // Atlas's errorCode for a malformed date is not recorded: INVALID_PARAMETER is ours.
      return apiError(400, 'INVALID_PARAMETER', `minDate must be an ISO 8601 date-time, not ${minDate}.`)
    }
    const orgId = this.settings.projectOrgs[groupId] ?? this.settings.atlasOrgs[0]
    const events = (this.settings.events?.[groupId] ?? [])
      .map((event, index) => ({ event, index, at: Date.parse(event.created) }))
      .filter(({ event, at }) => (types.length === 0 || types.includes(event.eventTypeName)) && at >= since)
      .sort((a, b) => b.at - a.at || a.index - b.index)
      .map(({ event, index }) => this.eventView(event, index, groupId, orgId))
    return page(req, path, events, this.base())
  }

  private eventView(event: FakeEvent, index: number, groupId: string, orgId: string | undefined) {
    const id = objectId('event', groupId, String(index), event.eventTypeName, event.created)
    return {
      clusterName: event.clusterName,
      created: event.created,
      eventTypeName: event.eventTypeName,
      groupId,
      id,
      isGlobalAdmin: false,
      links: [{ href: `${this.base()}/api/atlas/v2/groups/${groupId}/events/${id}`, rel: 'self' }],
      orgId
    }
  }

  /** GroupMaintenanceWindow: the project's own fields over the defaults. */
  private maintenanceWindow(req: RecordedRequest, groupId: string): Answer {
    return ok(req, { ...DEFAULT_MAINTENANCE_WINDOW, ...this.settings.maintenanceWindows?.[groupId] })
  }
}

/**
 * One page of a paginated list, `{links, results, totalCount}`: itemsPerPage (1–500, default 100),
 * pageNum (≥ 1, default 1), includeCount (default true).
 */
export function page(req: RecordedRequest, path: string, all: unknown[], base: string): Answer {
  const query = new URL(req.path, 'http://x').searchParams
  const itemsPerPage = pageParam(query.get('itemsPerPage'), 100, 500)
  const pageNum = pageParam(query.get('pageNum'), 1, Number.MAX_SAFE_INTEGER)
  if (itemsPerPage === undefined || pageNum === undefined) {
    // Atlas's errorCode for an out-of-range page parameter is not recorded: INVALID_PARAMETER is ours.
    return apiError(400, 'INVALID_PARAMETER', 'itemsPerPage must be 1 to 500 and pageNum at least 1.')
  }
  const includeCount = query.get('includeCount') !== 'false'
  const self = `${base}${path}?includeCount=${includeCount}&itemsPerPage=${itemsPerPage}&pageNum=${pageNum}`
  return ok(req, {
    links: [{ href: self, rel: 'self' }],
    results: all.slice((pageNum - 1) * itemsPerPage, pageNum * itemsPerPage),
    ...(includeCount ? { totalCount: all.length } : {})
  })
}

/** A page parameter: the default when absent, undefined when not an integer in 1…max. */
function pageParam(raw: string | null, fallback: number, max: number): number | undefined {
  if (raw === null) return fallback
  const n = Number(raw)
  return /^\d+$/.test(raw) && n >= 1 && n <= max ? n : undefined
}

/** A 200 in the versioned type, its keys sorted at every level as Atlas writes them; absent fields left out. */
export function ok(req: RecordedRequest, body: unknown, headers: Record<string, string> = {}): Answer {
  return { status: 200, body: sortKeys(body), headers, contentType: atlasType(req) }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
}
