// Regressions found in review: the gaps between a try's steps (signing, a challenge, a proxy's
// CONNECT) and what happens after a cancel. Each test failed before its fix.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CancelledError } from '../src/cancel'
import { parseRetryAfter } from '../src/errors/headers'
import { addSecret, forgetSecrets, redact } from '../src/secrets'
import type { Authenticator } from '../src/transport/auth'
import { HttpTransport } from '../src/transport/http'
import { DEFAULT_RETRY_POLICY, decideRetry, parseTokenBucket } from '../src/transport/retry'
import { openSession } from '../src/transport/session'

const quiet = { info() {}, debug() {}, warning() {} }
const cleanup: (() => void | Promise<void>)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step()
  forgetSecrets()
})

/** A loopback server that records each request it gets. */
async function server(handler: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void) {
  const seen: string[] = []
  let n = 0
  const s = http.createServer((req, res) => {
    req.resume().on('end', () => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`)
      handler(req, res, ++n)
    })
  })
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  cleanup.push(() => new Promise<void>(resolve => s.close(() => resolve())))
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen }
}

function transportFor(url: string, signal: AbortSignal, timeoutMs = 5000): HttpTransport {
  const transport = new HttpTransport({
    baseUrl: url,
    timeoutMs,
    userAgent: 'test',
    log: quiet,
    signal,
    sleep: async () => {}
  })
  cleanup.push(() => transport.dispose())
  return transport
}

describe('a cancel between the steps of a try', () => {
  it('while a Digest challenge is being answered: the re-signed POST is not sent', async () => {
    const { url, seen } = await server((_req, res) => {
      res.writeHead(401, { 'www-authenticate': 'Digest realm="x", nonce="abc", qop="auth"' })
      res.end('{}')
    })
    const cancel = new AbortController()
    let signed = false
    const auth: Authenticator = {
      authorization: async () => (signed ? 'Digest signed' : undefined),
      unauthorized: async () => {
        cancel.abort(new CancelledError('Cancelled (SIGINT).')) // lands while the challenge is answered
        signed = true
        return true
      }
    }
    const create = {
      operation: 'Start migration',
      method: 'POST',
      path: '/c',
      accept: 'a',
      body: '{}',
      ifUncertain: 'x'
    } as const
    await expect(transportFor(url, cancel.signal).send(create, auth)).rejects.toBeInstanceOf(CancelledError)
    expect(seen).toEqual(['POST /c -'])
  })

  it('while the request is being signed: nothing is sent', async () => {
    const { url, seen } = await server((_req, res) => res.end('{}'))
    const cancel = new AbortController()
    const auth: Authenticator = {
      authorization: async () => {
        cancel.abort(new CancelledError('Cancelled (SIGINT).'))
        return 'Bearer x'
      },
      unauthorized: async () => false
    }
    const put = { operation: 'Cut over', method: 'PUT', path: '/cutover', accept: 'a', ifUncertain: 'x' } as const
    await expect(transportFor(url, cancel.signal).send(put, auth)).rejects.toBeInstanceOf(CancelledError)
    expect(seen).toEqual([])
  })

  it('a revocation after a cancel ends within the runner’s grace, not the call budget', async () => {
    const { url, seen } = await server((_req, res) => {
      res.writeHead(503, { 'retry-after': '60' })
      res.end()
    })
    const cancel = new AbortController()
    cancel.abort(new CancelledError('Cancelled (SIGINT).'))
    // A real sleep here: the grace's timer must end the Retry-After wait.
    const transport = new HttpTransport({
      baseUrl: url,
      timeoutMs: 5000,
      userAgent: 't',
      log: quiet,
      signal: cancel.signal
    })
    cleanup.push(() => transport.dispose())
    const revoke = {
      operation: 'Revoke',
      method: 'POST',
      path: '/r',
      accept: 'a',
      afterCancel: true,
      idempotent: true,
      ifUncertain: 'x'
    } as const
    await expect(transport.send(revoke, undefined)).rejects.toBeInstanceOf(CancelledError)
    expect(seen).toHaveLength(1) // sent once after the cancel, then given up at the grace
  }, 10_000)
})

describe('time limits', () => {
  it('a proxy that never answers CONNECT ends the try at the request timeout', async () => {
    const proxy = net.createServer(socket => socket.resume()) // reads CONNECT, never answers
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    const saved = process.env.https_proxy
    process.env.https_proxy = proxyUrl
    cleanup.push(() => {
      if (saved === undefined) delete process.env.https_proxy
      else process.env.https_proxy = saved
      proxy.close()
    })
    // A non-loopback name (loopback is never proxied); the proxy is asked to CONNECT and stays silent.
    const transport = transportFor('https://atlas.invalid', new AbortController().signal, 300)
    await expect(
      transport.send({ operation: 'Get', method: 'GET', path: '/x', accept: 'a' }, undefined)
    ).rejects.toThrow(/no answer within the request timeout/)
  })

  it('spreads 429s within the call budget, and ignores a bucket that never refills', () => {
    const state = { retry: 1, failureRetries: 0, silentTries: 0, elapsedMs: 0, tryTimeoutMs: 30_000, idempotent: false }
    // Atlas's org bucket: 500 + 250/min refills in 120 s; no wait may pass the 300 s budget.
    const atlas = { capacity: 500, refillPerMinute: 250 }
    for (const rank of [0.1, 0.5, 0.95]) {
      const decision = decideRetry(
        DEFAULT_RETRY_POLICY,
        { ...state },
        { kind: 'answer', status: 429, retryAfterMs: 5000, bucket: atlas },
        () => rank
      )
      expect(decision.retry, `rank ${rank}`).toBe(true)
      if (decision.retry) expect(decision.delayMs).toBeLessThanOrEqual(120_000 + 5000)
    }
    expect(parseTokenBucket('Request capacity: 10. Refill rate: 5 per 0 seconds.')).toBeUndefined()
    expect(parseRetryAfter('1.5')).toBeUndefined()
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000)
  })
})

it('a token endpoint page that echoes the credential shows no part of it', async () => {
  const { url } = await server((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(`<html><body>${'Sign in to continue. '.repeat(2)}Authorization: ${req.headers.authorization}</body></html>`)
  })
  const clientId = 'mdb_sa_id_0123456789abcdef'
  const clientSecret = 'mdb_sa_sk_SUPERSECRETVALUE0123456789'
  const transport = transportFor(url, new AbortController().signal)
  const session = openSession({ kind: 'service-account', clientId, clientSecret }, transport, {
    log: quiet,
    onSecret: addSecret
  })
  addSecret(clientSecret)
  const err = (await session.send({ operation: 'Get', method: 'GET', path: '/x', accept: 'a' }).catch(e => e)) as Error
  const shown = redact(err.message)
  expect(shown).toMatch(/was not a token/)
  const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64')
  for (let i = 0; i + 12 <= basic.length; i += 4) expect(shown).not.toContain(basic.slice(i, i + 12))
})

describe('kept-alive connections', () => {
  /** A server that keeps connections alive for 10 s, and counts them. */
  async function counting() {
    let connections = 0
    const s = http.createServer((req, res) => req.resume().on('end', () => res.end('{}')))
    s.keepAliveTimeout = 10_000
    s.on('connection', () => connections++)
    await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
    cleanup.push(() => new Promise<void>(resolve => s.close(() => resolve())))
    cleanup.push(() => s.closeAllConnections())
    return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, connections: () => connections }
  }
  const post = {
    operation: 'Write',
    method: 'POST',
    path: '/x',
    accept: 'application/json',
    ifUncertain: 'it may exist'
  } as const

  it('reuses a connection between requests close together, and never one idle for longer than its limit', async () => {
    const { url, connections } = await counting()
    const transport = new HttpTransport({
      baseUrl: url,
      timeoutMs: 5000,
      userAgent: 'test',
      log: quiet,
      signal: new AbortController().signal,
      idleConnectionMs: 100
    })
    cleanup.push(() => transport.dispose())
    await transport.send(post, undefined)
    await transport.send(post, undefined)
    expect(connections()).toBe(1)
    // A real pause: what is measured is node:http's own timer on the idle socket.
    await new Promise(resolve => setTimeout(resolve, 300))
    expect((await transport.send(post, undefined)).status).toBe(200)
    expect(connections()).toBe(2)
  })
})
