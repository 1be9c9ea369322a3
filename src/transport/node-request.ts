// The one request handler the shared HttpClient has: it adapts each request's node:http options,
// where @actions/http-client offers no option of its own. Authentication is not done here: it is
// per request (auth.ts), so nothing of one session's credentials sits on the shared client.
import { Agent, type ClientRequest, type RequestOptions } from 'node:http'
import type { HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'

/**
 * A kept-alive connection idle this long is closed rather than reused: below the 5 s a Node server
 * keeps one (and far below a load balancer's 60 s), so that no request — a migration's create after
 * a minute of validation polls — goes out on a connection the server is closing at that moment,
 * where a reset could not tell whether it was acted on.
 */
export const IDLE_CONNECTION_MS = 4000

export class NodeRequestAdapter implements RequestHandler {
  /** The request last handed to an agent, to tell afterwards whether it was written whole. */
  private lastRequest: ClientRequest | undefined
  /** Aborts the try under way (a cancel): handed to node:http as the request's signal. */
  private trySignal: AbortSignal | undefined
  private readonly tracked = new WeakSet<object>()
  private readonly written = new WeakSet<ClientRequest>()

  constructor(private readonly idleConnectionMs = IDLE_CONNECTION_MS) {}

  /**
   * Starts a try: `send` must call http-client at once, since everything up to the agent's
   * addRequest happens synchronously in that call; the request it makes is this try's. Tries of
   * several calls (a plan's reads) may then be under way at once, each with its own request.
   */
  startTry(signal: AbortSignal): void {
    this.lastRequest = undefined
    this.trySignal = signal
  }

  /** Ends the start of a try (right after the call to http-client): the request it made, if any. */
  endTry(): ClientRequest | undefined {
    this.trySignal = undefined
    return this.lastRequest
  }

  /**
   * Whether the whole request (headers and body) reached the socket: only then can the server have
   * acted on it, so only then is a request that is not idempotent never sent again.
   */
  sentWhole(request: ClientRequest | undefined): boolean {
    return request !== undefined && this.written.has(request)
  }

  prepareRequest(options: RequestOptions): void {
    // http-client passes URL.hostname on, which keeps an IPv6 literal's brackets ("[::1]"), and
    // node:http then looks the bracketed name up in DNS. Node wants the bare address.
    if (options.host?.startsWith('[') && options.host.endsWith(']')) options.host = options.host.slice(1, -1)
    if (this.trySignal) options.signal = this.trySignal
    this.track(options.agent)
  }

  canHandleAuthentication(_response: HttpClientResponse): boolean {
    return false
  }

  handleAuthentication(): Promise<HttpClientResponse> {
    throw new Error('NodeRequestAdapter does not authenticate.')
  }

  /**
   * http-client never shows the ClientRequest; every request goes through its agent's addRequest
   * (the proxy tunnel agent's too), so note it there, and when its 'finish' says it was written.
   */
  private track(agent: unknown): void {
    const target = agent as { addRequest?: (req: ClientRequest, ...rest: unknown[]) => void } | undefined
    if (!target?.addRequest || this.tracked.has(target)) return
    this.tracked.add(target)
    // node:http's agent closes a pooled connection once it has been idle for options.timeout (a
    // request in flight has http-client's own timeout instead); http-client sets none.
    if (target instanceof Agent) {
      const options = (target as Agent & { options: { timeout?: number } }).options
      options.timeout ??= this.idleConnectionMs
    }
    const addRequest = target.addRequest
    target.addRequest = (req: ClientRequest, ...rest: unknown[]) => {
      this.lastRequest = req
      req.once('finish', () => this.written.add(req))
      addRequest.call(target, req, ...rest)
    }
  }
}
