// Running a mode in process: a clock that moves only when slept on, a context that collects what the
// mode logs and reports, and an Atlas session that answers from a script instead of a socket.
import type { Clock } from '../../src/cancel'
import { cancellation } from '../../src/cancel'
import type { ActionConfig } from '../../src/config'
import type { ModeContext, OpenSession } from '../../src/mode'
import { newReport } from '../../src/mode'
import { parseInputs } from '../../src/registry'
import type { ApiRequest, ApiResponse } from '../../src/transport/http'
import type { ApiSession } from '../../src/transport/session'
import { ATLAS_PROJECT } from './fixtures.ts'

/** Time passes only in sleep(), at once: a five-day wait takes no real time. */
export class FakeClock implements Clock {
  constructor(public time = Date.UTC(2026, 11, 1)) {}
  now(): number {
    return this.time
  }
  async sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw cancellation(signal)
    this.time += ms
    await Promise.resolve()
    if (signal.aborted) throw cancellation(signal)
  }
}

export interface Collected {
  context: ModeContext
  lines: string[]
  warnings: string[]
  cancel: AbortController
  clock: FakeClock
}

export function collectingContext(): Collected {
  const lines: string[] = []
  const warnings: string[] = []
  const cancel = new AbortController()
  const clock = new FakeClock()
  const context: ModeContext = {
    log: {
      info: m => void lines.push(m),
      debug: () => {},
      warning: m => {
        lines.push(`warning: ${m}`)
        warnings.push(m)
      }
    },
    onSecret: () => {},
    userAgent: 'test',
    signal: cancel.signal,
    clock,
    env: {},
    cwd: process.cwd(),
    ...newReport()
  }
  return { context, lines, warnings, cancel, clock }
}

/** The typed config of a mode, from inputs as a step would give them (the real parser). */
export function configOf<M extends ActionConfig['mode']>(
  mode: M,
  inputs: Record<string, string>
): Extract<ActionConfig, { mode: M }> {
  const all: Record<string, string> = { mode, 'public-key': 'kqzwtmvb', 'private-key': 'k-priv-1', ...inputs }
  return parseInputs(name => all[name] ?? '') as Extract<ActionConfig, { mode: M }>
}

/** One answer of the script: status and JSON body (or raw text). */
export interface Scripted {
  status: number
  body?: unknown
  raw?: string
  headers?: Record<string, string>
}

/** A session whose answers come from `answer`; every request is recorded. */
export function scriptedSession(answer: (request: ApiRequest) => Scripted): {
  open: OpenSession
  sent: ApiRequest[]
} {
  const sent: ApiRequest[] = []
  const session: ApiSession = {
    names: { baseUrl: 'base-url', orgId: 'org-id', credentials: 'public-key / private-key' },
    async send(request) {
      sent.push(request)
      const a = answer(request)
      const body = a.raw ?? (a.body === undefined ? '' : JSON.stringify(a.body))
      const response: ApiResponse = {
        status: a.status,
        headers: { 'content-type': 'application/json', ...a.headers },
        body,
        url: `https://cloud.mongodb.com${request.path}`
      }
      return response
    },
    close: async () => {}
  }
  return { open: () => session, sent }
}

export const MIGRATION_ID = '6650aa00bb11cc22dd33ee77'
export const DESTINATION = { 'project-id': ATLAS_PROJECT }
