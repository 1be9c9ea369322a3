// The request adapter under concurrent calls (a plan's reads): each try keeps its own request, so
// whether a write was sent whole — what decides if it may be sent again — is never another's.
import { EventEmitter } from 'node:events'
import type { ClientRequest, RequestOptions } from 'node:http'
import { describe, expect, it } from 'vitest'
import { NodeRequestAdapter } from '../src/transport/node-request'

/** An agent as node:http uses it: the ClientRequest constructor calls addRequest at once. */
function fakeAgent() {
  return { addRequest: (_req: ClientRequest) => {} }
}

function startOne(adapter: NodeRequestAdapter, agent: ReturnType<typeof fakeAgent>, signal: AbortSignal) {
  adapter.startTry(signal)
  const options: RequestOptions = { agent: agent as never }
  adapter.prepareRequest(options)
  const request = new EventEmitter() as ClientRequest
  agent.addRequest(request)
  return { request, tried: adapter.endTry(), options }
}

describe('NodeRequestAdapter', () => {
  it('gives each of two overlapping tries its own request, signal and written state', () => {
    const adapter = new NodeRequestAdapter()
    const agent = fakeAgent()
    const first = new AbortController()
    const second = new AbortController()
    const a = startOne(adapter, agent, first.signal)
    const b = startOne(adapter, agent, second.signal)
    expect(a.tried).toBe(a.request)
    expect(b.tried).toBe(b.request)
    expect(a.options.signal).toBe(first.signal)
    expect(b.options.signal).toBe(second.signal)
    a.request.emit('finish') // the first was written whole, the second not (yet)
    expect(adapter.sentWhole(a.tried)).toBe(true)
    expect(adapter.sentWhole(b.tried)).toBe(false)
    b.request.emit('finish')
    expect(adapter.sentWhole(b.tried)).toBe(true)
  })

  it('says a try that made no request sent nothing', () => {
    const adapter = new NodeRequestAdapter()
    adapter.startTry(new AbortController().signal)
    expect(adapter.sentWhole(adapter.endTry())).toBe(false)
  })
})
