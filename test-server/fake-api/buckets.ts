// Atlas's token buckets (rate limits) per scope, with the Ratelimit-* headers and the 429 it sends.
import type { Answer } from './answers.ts'
import { apiError } from './answers.ts'
import type { Bucket, ReadEndpointSet } from './types.ts'

export class TokenBuckets {
  /** Tokens left per scope key ('org' or 'group:<id>'), and when they were counted. */
  private readonly buckets = new Map<string, { tokens: number; at: number }>()
  /** Ratelimit-* headers for the answer being routed, set when it took a token from a bucket. */
  private rateHeaders: Record<string, string> | undefined
  private readonly now: () => number

  constructor(now: () => number) {
    this.now = now
  }

  /** The Ratelimit-* headers the last take() left for the answer being sent, if any; forgets them. */
  takeRateHeaders(): Record<string, string> | undefined {
    const headers = this.rateHeaders
    this.rateHeaders = undefined
    return headers
  }

  /** undefined when the bucket had a token; otherwise the 429 Atlas sends, Retry-After from the refill. */
  take(scope: string, limit: Bucket | undefined, path: string): Answer | undefined {
    if (!limit) return undefined
    const perMs = limit.refillPerMinute / 60_000
    const now = this.now()
    const bucket = this.buckets.get(scope) ?? { tokens: limit.capacity, at: now }
    this.buckets.set(scope, bucket)
    bucket.tokens = Math.min(limit.capacity, bucket.tokens + (now - bucket.at) * perMs)
    bucket.at = now
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      const remaining = String(Math.floor(bucket.tokens))
      this.rateHeaders = { 'ratelimit-limit': String(limit.capacity), 'ratelimit-remaining': remaining }
      return undefined
    }
    const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000))
    // Atlas's own wording (recorded), the path without its leading slash and query.
    const where = new URL(path, 'http://x').pathname.slice(1)
    const { capacity, refillPerMinute } = limit
    return apiError(
      429,
      'RATE_LIMITED_TOKEN_BUCKET',
      `Rate limit exceeded for ${where}. Please retry after ${retryAfter} seconds. Request capacity: ${capacity}. Refill rate: ${refillPerMinute} per 60 seconds. For more information, see: http://dochub.mongodb.org/core/atlas-api-rate-limit.`,
      {
        'retry-after': String(retryAfter),
        'ratelimit-limit': String(capacity),
        'ratelimit-remaining': '0'
      },
      [where, retryAfter, capacity, refillPerMinute, 60]
    )
  }
}

/** Atlas's documented buckets of the read-only calls (capacity, refill a minute; list of April 2026). */
export const ATLAS_READ_BUCKETS: Record<ReadEndpointSet, Bucket> = {
  'Cloud Migration Service': { capacity: 500, refillPerMinute: 250 },
  Projects: { capacity: 1200, refillPerMinute: 500 },
  Clusters: { capacity: 10_000, refillPerMinute: 5000 },
  'Project IP Access List': { capacity: 1200, refillPerMinute: 500 },
  'Private Endpoint Services': { capacity: 4000, refillPerMinute: 2000 },
  'Network Peering': { capacity: 2000, refillPerMinute: 1000 },
  Events: { capacity: 300, refillPerMinute: 100 },
  'Monitoring And Logs': { capacity: 300, refillPerMinute: 100 },
  'Maintenance Windows': { capacity: 1200, refillPerMinute: 500 }
}

const READ_SETS: [RegExp, ReadEndpointSet][] = [
  [/^\/api\/atlas\/v2\/orgs\/([^/]+)\/liveMigrations\/availableProjects/, 'Cloud Migration Service'],
  [/^\/api\/atlas\/v2\/groups\/([^/?]+)(?:\?|$)/, 'Projects'],
  [/^\/api\/atlas\/v2\/groups\/([^/]+)\/clusters\//, 'Clusters'],
  [/^\/api\/atlas\/v2\/groups\/([^/]+)\/accessList/, 'Project IP Access List'],
  [/^\/api\/atlas\/v2\/groups\/([^/]+)\/privateEndpoint\//, 'Private Endpoint Services'],
  [/^\/api\/atlas\/v2\/groups\/([^/]+)\/(?:peers|containers)/, 'Network Peering'],
  [/^\/api\/atlas\/v2\/groups\/([^/]+)\/events/, 'Events'],
  [/^\/api\/atlas\/v2\/groups\/([^/]+)\/processes/, 'Monitoring And Logs'],
  [/^\/api\/atlas\/v2\/groups\/([^/]+)\/maintenanceWindow/, 'Maintenance Windows']
]

/** The bucket scope of a read-only call ('<set>:<org or project>'), when it is one. */
export function readScope(path: string): { scope: string; set: ReadEndpointSet } | undefined {
  for (const [pattern, set] of READ_SETS) {
    const m = pattern.exec(path)
    if (m) return { scope: `${set}:${m[1]}`, set }
  }
  return undefined
}
