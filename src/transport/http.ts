// The one way requests leave the action: @actions/http-client (so https_proxy / no_proxy and
// keep-alive work as on any runner), with per-request authentication, a timeout on every request
// and bounded retries of transient failures.
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { HttpClient } from '@actions/http-client'
import type { HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import { NetworkError } from '../errors'
import { DEFAULT_RETRY_POLICY, isRetryableError, isRetryableStatus, parseRetryAfter, retryDelay } from './retry'
import type { RetryPolicy } from './retry'

export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
}

export interface ApiRequest {
  /** What the call does, for log lines and errors: 'Create link token'. */
  operation: string
  method: 'GET' | 'POST' | 'DELETE'
  /** Path below the base URL, starting with '/'. */
  path: string
  accept: string
  contentType?: string
  body?: string
}

export interface ApiResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
  url: string
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
  sleep?: (ms: number) => Promise<void>
}

/** Lets one HttpClient (one keep-alive pool) carry requests that authenticate differently. */
class AuthenticationSlot implements RequestHandler {
  current: RequestHandler | undefined
  prepareRequest(options: Parameters<RequestHandler['prepareRequest']>[0]): void {
    this.current?.prepareRequest(options)
  }
  canHandleAuthentication(response: HttpClientResponse): boolean {
    return this.current?.canHandleAuthentication(response) ?? false
  }
  handleAuthentication(...args: Parameters<RequestHandler['handleAuthentication']>): Promise<HttpClientResponse> {
    return (this.current as RequestHandler).handleAuthentication(...args)
  }
}

export class HttpTransport {
  private readonly client: HttpClient
  private readonly slot = new AuthenticationSlot()
  private readonly retry: RetryPolicy
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly options: TransportOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY
    this.sleep = options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)))
    this.client = new HttpClient(options.userAgent, [this.slot], {
      keepAlive: true,
      socketTimeout: options.timeoutMs,
      allowRetries: false, // retries are ours: http-client's skip POST, 429 and Retry-After
      // The API does not redirect. Following one would re-sign the request for the new host (the
      // auth handlers run again), handing a bearer token to wherever the Location points.
      allowRedirects: false
    })
  }

  /**
   * Sends one request (requests are sequential: the auth slot is per transport) and returns the
   * final answer whatever its status. Transient failures are retried; a request that never got an
   * answer throws NetworkError.
   */
  async send(request: ApiRequest, auth: RequestHandler | undefined): Promise<ApiResponse> {
    const { log } = this.options
    const url = this.options.baseUrl + request.path
    const headers: Record<string, string> = { accept: request.accept }
    if (request.contentType) headers['content-type'] = request.contentType
    let waitedMs = 0
    for (let retry = 1; ; retry++) {
      const started = Date.now()
      let outcome: ApiResponse | Error
      try {
        this.slot.current = auth
        const response = await this.client.request(request.method, url, request.body ?? (null as never), headers)
        const body = await readBody(response.message, this.options.timeoutMs)
        outcome = { status: response.message.statusCode ?? 0, headers: response.message.headers, body, url }
        log.debug(`${request.method} ${url} -> ${outcome.status} (${Date.now() - started} ms)`)
      } catch (err) {
        outcome = err instanceof Error ? err : new Error(String(err))
        log.debug(`${request.method} ${url} -> ${outcome.message} (${Date.now() - started} ms)`)
      }
      const failed = outcome instanceof Error
      if (failed ? !isRetryableError(outcome) : !isRetryableStatus((outcome as ApiResponse).status)) {
        return settle(outcome)
      }
      const retryAfterMs = failed ? undefined : parseRetryAfter(header((outcome as ApiResponse).headers, 'retry-after'))
      const delay = retryDelay(this.retry, retry, waitedMs, retryAfterMs)
      if (delay === undefined) return settle(outcome)
      const what = failed ? (outcome as Error).message : `HTTP ${(outcome as ApiResponse).status}`
      log.info(
        `${request.operation}: ${what}; retrying in ${(delay / 1000).toFixed(1)} s (retry ${retry} of ${this.retry.maxRetries}).`
      )
      await this.sleep(delay)
      waitedMs += delay
    }

    function settle(outcome: ApiResponse | Error): ApiResponse {
      if (outcome instanceof Error) throw new NetworkError(request.operation, request.method, url, outcome)
      return outcome
    }
  }

  /** Closes kept-alive connections so the process can exit. */
  dispose(): void {
    this.client.dispose()
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Reads a whole body. Unlike HttpClientResponse.readBody it fails, instead of hanging, when the
 * connection breaks mid-body or goes quiet for longer than the timeout.
 */
export function readBody(message: IncomingMessage, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const fail = (err: Error & { code?: string }): void => {
      message.destroy()
      reject(err)
    }
    message.setTimeout?.(timeoutMs, () => {
      fail(Object.assign(new Error(`Request timeout: body not received within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }))
    })
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', err => fail(err))
    message.on('aborted', () => {
      fail(Object.assign(new Error('connection closed before the whole body arrived'), { code: 'ERR_BODY_INCOMPLETE' }))
    })
    message.on('close', () => {
      if (!message.complete) {
        fail(Object.assign(new Error('connection closed before the whole body arrived'), { code: 'ERR_BODY_INCOMPLETE' }))
      }
    })
  })
}
