// The one wait loop, on a fake clock: what it does with Retry-After, with answers that will not
// change, and with a cancel.
import { describe, expect, it } from 'vitest'
import { CancelledError } from '../src/cancel'
import { ApiError, NetworkError } from '../src/errors'
import type { PollOptions } from '../src/watch/poll'
import { pollSchedule, pollUntil } from '../src/watch/poll'
import { FakeClock } from './helpers/in-process.ts'

const URL_ = 'https://cloud.mongodb.com/api/atlas/v2/groups/7c8d9e0f1a2b3c4d5e6f7a8b/liveMigrations/x'
const answer = (status: number, headers: Record<string, string> = {}) =>
  ApiError.fromResponse('Get migration', 'GET', {
    status,
    url: URL_,
    body: JSON.stringify({ error: status, errorCode: status === 429 ? 'RATE_LIMITED_TOKEN_BUCKET' : 'X', detail: 'd' }),
    headers: { 'content-type': 'application/json', ...headers }
  })

/** Reads answer in turn from `script` (an Error is thrown); records when each read happened. */
function waitOn(script: (string | Error)[], over: Partial<PollOptions<string>> = {}) {
  const clock = new FakeClock(0)
  const readsAt: number[] = []
  const lines: string[] = []
  const cancel = new AbortController()
  const options: PollOptions<string> = {
    what: 'the thing',
    timeoutSeconds: 600,
    schedule: { firstMs: 1000, factor: 2, maxMs: 1000 },
    read: async () => {
      readsAt.push(clock.now())
      const next = script.shift() ?? 'waiting'
      if (next instanceof Error) throw next
      return next
    },
    isDone: v => v === 'done',
    describe: v => v,
    timeoutHint: 'Raise the timeout.',
    log: { info: m => void lines.push(m), debug: () => {}, warning: m => void lines.push(`warning: ${m}`) },
    signal: cancel.signal,
    clock,
    ...over
  }
  return { run: () => pollUntil(options), readsAt, lines, cancel, clock }
}

describe('pollUntil', () => {
  it('never asks again before a Retry-After the transport would not wait itself (RFC 9110 §10.2.3)', async () => {
    const wait = waitOn([answer(429, { 'retry-after': '300' }), 'done'])
    expect(await wait.run()).toBe('done')
    expect(wait.readsAt).toEqual([1000, 301_000])
    expect(wait.lines).toContain('Poll 1: HTTP 429; the server asks to wait 300.0 s (Retry-After).')
  })

  it('treats a 503 with Retry-After the same way', async () => {
    const wait = waitOn([answer(503, { 'retry-after': '200' }), 'done'])
    await wait.run()
    expect(wait.readsAt).toEqual([1000, 201_000])
  })

  it("ends the wait with the server's figure when its Retry-After is past the deadline, without asking again", async () => {
    const wait = waitOn(['waiting', answer(429, { 'retry-after': '3600' })])
    await expect(wait.run()).rejects.toThrow(
      /^Stopped waiting for the thing: the server asked to wait 3600\.0 s before asking again \(Retry-After\), past the end of this wait in 598\.0 s; the last read was waiting\. Raise the timeout\.$/
    )
    expect(wait.readsAt).toHaveLength(2)
  })

  it('goes on after transient failures, and ends at once on an answer that will not change', async () => {
    const network = new NetworkError(
      'Get migration',
      'GET',
      URL_,
      Object.assign(new Error('reset'), { code: 'ECONNRESET' })
    )
    const transient = waitOn([answer(500), network, 'done'])
    expect(await transient.run()).toBe('done')
    expect(transient.lines.filter(l => l.startsWith('warning: Poll'))).toHaveLength(2)

    for (const final of [answer(404), new Error('Migration x is FAILED: …')]) {
      const wait = waitOn([final, 'done'])
      await expect(wait.run()).rejects.toBe(final)
      expect(wait.readsAt).toHaveLength(1)
    }
  })

  it('gives up after three transient failures in a row', async () => {
    const wait = waitOn([answer(502), answer(502), answer(502), 'done'])
    await expect(wait.run()).rejects.toThrow(/HTTP 502/)
    expect(wait.readsAt).toHaveLength(3)
  })

  it('stops at a cancel during a read, and reads nothing more', async () => {
    const wait = waitOn([])
    const read = async () => {
      wait.cancel.abort(new CancelledError('Cancelled (SIGINT).'))
      throw new CancelledError('Cancelled (SIGINT).')
    }
    const run = waitOn([], { read, initial: 'waiting', signal: wait.cancel.signal })
    await expect(run.run()).rejects.toThrow(
      /^Cancelled \(SIGINT\)\. Stopped waiting for the thing; the last read was waiting\.$/
    )
  })

  it('slows down as a shared bucket runs low, and polls soon again after a change of state', async () => {
    const slow = waitOn(['a', 'done'], { slowdown: () => 4 })
    await slow.run()
    expect(slow.readsAt).toEqual([4000, 8000])

    const changing = waitOn(['a', 'a', 'a', 'b', 'b', 'done'], { schedule: pollSchedule(10_000), stateOf: v => v })
    await changing.run()
    // 100, 200, 400, 800 ms; then 'b' is new: 100 ms again, then 200.
    expect(changing.readsAt).toEqual([100, 300, 700, 1500, 1600, 1800])
  })

  it("every wait's schedule: 100 ms after a start or a change, doubling, never past the interval", () => {
    expect(pollSchedule(60_000)).toEqual({ firstMs: 100, factor: 2, maxMs: 60_000 })
    expect(pollSchedule(50)).toEqual({ firstMs: 50, factor: 2, maxMs: 50 })
  })

  it('times out at the deadline with the last read and the hint', async () => {
    const wait = waitOn([], { timeoutSeconds: 5 })
    await expect(wait.run()).rejects.toThrow(
      /^Timed out after 5 s waiting for the thing; the last read was waiting\. Raise the timeout\.$/
    )
    expect(wait.clock.now()).toBe(5000)
  })
})
