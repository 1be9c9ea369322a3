// An answer's body, read whole, with its own end when the connection breaks or goes quiet.
import type { IncomingMessage } from 'node:http'

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
        fail(
          Object.assign(new Error('connection closed before the whole body arrived'), { code: 'ERR_BODY_INCOMPLETE' })
        )
      }
    })
  })
}
