// The one way requests leave the action: @actions/http-client (so https_proxy / no_proxy and
// keep-alive work as on any runner), with per-request authentication, a timeout on every request
// and bounded retries of transient failures.
import type { ClientRequest, IncomingHttpHeaders } from 'node:http'
import { HttpClient } from '@actions/http-client'
import { sleep, throwIfCancelled } from '../cancel'
import type { SettingNames } from '../errors'
import { NetworkError, oneLine } from '../errors'
import type { Logger } from '../log'
import type { Authenticator } from './auth'
import { createsContent, GITHUB_WRITE_INTERVAL_MS, WritePacer } from './github-limits'
import { NodeRequestAdapter } from './node-request'
import { afterCancel, stopNote, tryOutcomeOf, waitReason } from './outcome'
import { readBody } from './read-body'
import type { CallState, RetryPolicy, TryOutcome } from './retry'
import { DEFAULT_RETRY_POLICY, decideRetry, isTimeout } from './retry'

interface RequestBase {
  /** What the call does, for log lines and errors: 'Create link token'. */
  operation: string
  /** Path below the base URL, starting with '/'. */
  path: string
  accept: string
  contentType?: string
  body?: string
  /**
   * False when sending the request twice could do the thing twice (creating a link token): it is
   * then repeated only where the server cannot have acted on it. By default from the method
   * (RFC 9110 §9.2.2): POST is not idempotent, GET, PUT and DELETE are.
   */
  idempotent?: boolean
  /** Sent even after the job was cancelled: only for giving back what the action holds (tokens). */
  afterCancel?: boolean
  /** The GitHub permission the call needs ('deployments: write'), named when GitHub answers that the token lacks one. */
  permission?: string
  /**
   * A poll: a 429 is not waited out here but handed back, so the wait that polls comes back no
   * sooner than Retry-After on its own schedule, instead of this call queueing for a turn.
   */
  poll?: boolean
}

/** A request that only reads. */
export type ReadRequest = RequestBase & { method: 'GET'; ifUncertain?: undefined }

/** A request that changes state: it must say what may have happened, and what to check, when its outcome is unknown. */
export type WriteRequest = RequestBase & { method: 'POST' | 'PUT' | 'DELETE'; ifUncertain: string }

export type ApiRequest = ReadRequest | WriteRequest

export interface ApiResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
  url: string
  /** Set when the call stopped for a reason the answer alone does not show; added to the error. */
  note?: string
  /** Each WWW-Authenticate field of the answer, as sent (RFC 7235: several may come). */
  challenges?: string[]
}

/** Any 2xx is success: the link-token call is documented as 200 but answers 201. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status <= 299
}

export interface TransportOptions {
  baseUrl: string
  timeoutMs: number
  userAgent: string
  log: Logger
  retry?: RetryPolicy
  /** Replaced in unit tests to observe waits without waiting. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  /** The clock `sleep` runs on (GitHub's x-ratelimit-reset and the pacing of writes read it); a fake one in tests. */
  now?: () => number
  /**
   * Aborted when the job is cancelled: a retry wait ends at once, a request in flight is aborted,
   * its answer is not used, and no request is sent after it (but those marked afterCancel).
   */
  signal: AbortSignal
  /** How long a kept-alive connection may idle and still be reused (IDLE_CONNECTION_MS); shorter in tests. */
  idleConnectionMs?: number
}

/**
 * How long a cancelled request that changes state, already written whole, may still take to
 * answer: its answer says what now exists (a new migration's ID). The runner sends SIGTERM 7.5 s
 * after SIGINT.
 */
export const CANCEL_GRACE_MS = 5000

/** A signal that never aborts, for what must run to its end after a cancel (revoking tokens). */
const NEVER = new AbortController().signal

export class HttpTransport {
  private readonly client: HttpClient
  private readonly adapter: NodeRequestAdapter
  private readonly retry: RetryPolicy
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  private readonly now: () => number
  /** GitHub's content-creating requests from this process: one at a time, paced (made at the first). */
  private writes: WritePacer | undefined

  constructor(private readonly options: TransportOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY
    this.sleep = options.sleep ?? sleep
    this.now = options.now ?? Date.now
    this.adapter = new NodeRequestAdapter(options.idleConnectionMs)
    this.client = new HttpClient(options.userAgent, [this.adapter], {
      keepAlive: true,
      socketTimeout: options.timeoutMs,
      allowRetries: false, // retries are ours: http-client's skip POST, 429 and Retry-After
      // The API does not redirect. Following one would send the request, and its Authorization
      // header, to wherever the Location points.
      allowRedirects: false
    })
  }

  /**
   * Sends one request and returns the final answer whatever its status (several may be under way
   * at once: each try keeps its own request, signal and deadline). Transient failures are retried as
   * retry.ts decides; a request that never got an answer throws NetworkError. On GitHub's API
   * (names.api), requests that create content go one at a time, paced within GitHub's limit.
   */
  async send(request: ApiRequest, auth: Authenticator | undefined, names?: SettingNames): Promise<ApiResponse> {
    // After a cancel nothing leaves but what gives back what the action holds, and that only for
    // the grace the runner leaves before it kills the process (so the summary is still written).
    const jobSignal = this.options.signal
    const cancel = !request.afterCancel ? jobSignal : jobSignal.aborted ? AbortSignal.timeout(CANCEL_GRACE_MS) : NEVER
    throwIfCancelled(cancel)
    if (names?.api !== 'github' || !createsContent(request.method)) return this.call(request, auth, names, cancel)
    this.writes ??= new WritePacer(GITHUB_WRITE_INTERVAL_MS, { now: this.now, sleep: this.sleep })
    const pacer = this.writes
    return pacer.serially(() => this.call(request, auth, names, cancel, pacer))
  }

  /** One call: its tries and the waits between them, until an answer is final or retry.ts says stop. */
  private async call(
    request: ApiRequest,
    auth: Authenticator | undefined,
    names: SettingNames | undefined,
    cancel: AbortSignal,
    pacer?: WritePacer
  ): Promise<ApiResponse> {
    const url = this.options.baseUrl + request.path
    const target = new URL(url)
    const headers: Record<string, string> = { accept: request.accept }
    if (request.contentType) headers['content-type'] = request.contentType
    let unauthorizedRounds = 0
    // Time spent in tries plus time waited: the call's age, also where a test replaces sleep.
    let spentMs = 0
    const state: CallState = {
      retry: 1,
      failureRetries: 0,
      silentTries: 0,
      elapsedMs: 0,
      tryTimeoutMs: this.options.timeoutMs,
      idempotent: request.idempotent ?? request.method !== 'POST',
      poll: request.poll === true
    }
    for (; ; state.retry++) {
      await pacer?.pace(cancel)
      const started = Date.now()
      const authorization = await auth?.authorization(request.method, target.pathname + target.search)
      if (authorization) headers.authorization = authorization
      else delete headers.authorization
      // Checked again before each try: a cancel may have come while signing (or answering a challenge).
      throwIfCancelled(cancel)
      const { outcome, sent } = await this.tryOnce(request, url, headers, cancel, state.idempotent)
      if (cancel.aborted) return afterCancel(request, outcome, sent, state.idempotent, cancel)
      const tryOutcome = tryOutcomeOf(outcome, sent, names?.api === 'github', this.now())
      spentMs += Date.now() - started
      // A 401 with a challenge to answer (Digest) is sent again at once, signed anew: not a retry.
      if (!(outcome instanceof Error) && outcome.status === 401 && auth) {
        if (await auth.unauthorized(outcome.challenges ?? [], ++unauthorizedRounds)) {
          state.retry--
          continue
        }
      }
      if (outcome instanceof Error && isTimeout(outcome)) state.silentTries++
      state.elapsedMs = spentMs
      const decision = decideRetry(this.retry, state, tryOutcome)
      if (!decision.retry) {
        const note = stopNote(decision, request, this.retry)
        if (outcome instanceof Error)
          throw new NetworkError(request.operation, request.method, url, outcome, names, note)
        return note ? { ...outcome, note } : outcome
      }
      if (decision.why === 'backoff') state.failureRetries++
      this.logRetry(request, outcome, tryOutcome, decision.delayMs, decision.why === 'backoff' ? state : undefined)
      await this.sleep(decision.delayMs, cancel)
      spentMs += decision.delayMs
    }
  }

  /** One try: its answer, or why there was none, and whether the whole request was written. */
  private async tryOnce(
    request: ApiRequest,
    url: string,
    headers: Record<string, string>,
    cancel: AbortSignal,
    idempotent: boolean
  ): Promise<{ outcome: ApiResponse | Error; sent: boolean }> {
    const started = Date.now()
    let outcome: ApiResponse | Error
    /** This try's own request (several calls' tries may be under way at once). */
    let tried: ClientRequest | undefined
    const wasSent = () => this.adapter.sentWhole(tried)
    const tryAbort = new AbortController()
    let graceTimer: NodeJS.Timeout | undefined
    // http-client times a request only once it has a socket; through a proxy that is after the
    // CONNECT, which nothing times. So each try has its own deadline too.
    let timedOut = false
    const tryTimer = setTimeout(() => {
      timedOut = true
      tryAbort.abort()
    }, this.options.timeoutMs)
    // A cancel aborts the try at once; a write already sent whole gets a short grace for its answer.
    const onCancel = () => {
      if (!idempotent && wasSent()) graceTimer = setTimeout(() => tryAbort.abort(), CANCEL_GRACE_MS)
      else tryAbort.abort()
    }
    cancel.addEventListener('abort', onCancel, { once: true })
    try {
      // node:http reports an abort only once the request has a socket: a request still waiting
      // for one (a proxy's CONNECT) would never settle, so the try ends on the abort itself.
      const aborted = new Promise<never>((_, reject) => {
        tryAbort.signal.addEventListener('abort', () => reject(new Error('The request was aborted.')), { once: true })
      })
      aborted.catch(() => {})
      this.adapter.startTry(tryAbort.signal)
      const requesting = this.client.request(request.method, url, request.body ?? (null as never), headers)
      tried = this.adapter.endTry()
      const response = await Promise.race([requesting, aborted])
      const body = await Promise.race([readBody(response.message, this.options.timeoutMs), aborted])
      outcome = {
        status: response.message.statusCode ?? 0,
        headers: response.message.headers,
        body,
        url,
        challenges: response.message.headersDistinct?.['www-authenticate'] ?? []
      }
      this.options.log.debug(`${request.method} ${url} -> ${outcome.status} (${Date.now() - started} ms)`)
    } catch (err) {
      outcome = err instanceof Error ? err : new Error(String(err))
      if (timedOut && !cancel.aborted) {
        outcome = Object.assign(new Error(`Request timeout: no answer within ${this.options.timeoutMs} ms`), {
          code: 'ETIMEDOUT'
        })
      }
      this.options.log.debug(`${request.method} ${url} -> ${oneLine(outcome.message)} (${Date.now() - started} ms)`)
    } finally {
      cancel.removeEventListener('abort', onCancel)
      clearTimeout(graceTimer)
      clearTimeout(tryTimer)
    }
    // A try that failed is ended for good: a request still connecting must not flush later.
    if (outcome instanceof Error && !tryAbort.signal.aborted) tryAbort.abort()
    return { outcome, sent: wasSent() }
  }

  /** One line saying what failed, how long the call waits and why; `counted` for retries of failures. */
  private logRetry(
    request: ApiRequest,
    outcome: ApiResponse | Error,
    tryOutcome: TryOutcome,
    delayMs: number,
    counted?: CallState
  ): void {
    const what = outcome instanceof Error ? oneLine(outcome.message) : `HTTP ${outcome.status}`
    const count = counted ? ` (retry ${counted.failureRetries} of ${this.retry.maxRetries})` : ''
    const reason = counted || tryOutcome.kind !== 'answer' ? '' : waitReason(tryOutcome)
    this.options.log.info(
      `${request.operation}: ${what}; retrying in ${(delayMs / 1000).toFixed(1)} s${reason}${count}; this call gives up after ${Math.round(this.retry.callBudgetMs / 1000)} s in all.`
    )
  }

  /** Closes kept-alive connections so the process can exit. */
  dispose(): void {
    this.client.dispose()
  }
}
