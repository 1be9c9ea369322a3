// A session whose reads are shared: the same GET (path and media type) is sent once, and every
// caller gets its answer. A plan checks many deployments of few orgs and projects: their org's
// migration sources, their project, its access list and events are read once, not once each, which
// keeps a fleet inside Atlas's token buckets. Writes pass through untouched (a plan sends none).
import type { ApiRequest, ApiResponse } from './http'
import type { ApiSession } from './session'

export interface SharedReads extends ApiSession {
  /** GETs sent to the server, and GETs answered from an earlier one. */
  readonly counts: { sent: number; shared: number }
}

export function sharedReads(session: ApiSession): SharedReads {
  const answers = new Map<string, Promise<ApiResponse>>()
  const counts = { sent: 0, shared: 0 }
  return {
    names: session.names,
    counts,
    close: () => session.close(),
    send(request: ApiRequest): Promise<ApiResponse> {
      if (request.method !== 'GET') return session.send(request)
      const key = `${request.accept} ${request.path}`
      const known = answers.get(key)
      if (known) {
        counts.shared++
        return known
      }
      counts.sent++
      const answer = session.send(request)
      answers.set(key, answer)
      // A read that failed (a timeout, a cancel) is not kept: the next caller tries again.
      answer.catch(() => answers.delete(key))
      return answer
    }
  }
}
