// What every mode is given: a logger, a place for secrets, the report it fills, the job's cancel
// signal and a clock. Shared by the modes and their dispatcher, so neither imports the other.
import type { Clock } from '../cancel'
import type { Endpoint } from '../inputs'
import type { Logger } from '../log'
import type { Report } from '../report'
import type { ApiSession } from '../transport/session'

export interface ModeContext extends Report {
  log: Logger
  onSecret: (secret: string) => void
  userAgent: string
  /** Aborted when the runner cancels the job: waits and requests stop at once, and nothing more is sent. */
  signal: AbortSignal
  /** What waits run on; a fake one in tests. */
  clock: Clock
}

/** Opens a session on an endpoint; sessions on one host share its transport (one keep-alive pool). */
export type OpenSession = (endpoint: Endpoint) => ApiSession
