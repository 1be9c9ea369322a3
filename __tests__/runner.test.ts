// The runner's Step writes its log lines itself: each workflow command exactly as @actions/core's
// issueCommand would print it, and every line whole and in order, straight to fd 1 or, once fd 1
// does not take a line whole, through process.stdout.
import { EOL } from 'node:os'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { issueCommand } from '../node_modules/@actions/core/lib/command.js'
import { commandLine, lineWriter } from '../src/runner'

/** What issueCommand prints, caught on its way to process.stdout. */
function printedByCore(command: string, properties: Record<string, string>, message: string): string {
  let printed = ''
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    printed += String(chunk)
    return true
  })
  try {
    issueCommand(command, properties, message)
  } finally {
    write.mockRestore()
  }
  return printed
}

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '%', '%0A', '\r\n', 'a:b,c', '::error::x', 'a\nb', '100%\r')
)

afterEach(() => vi.restoreAllMocks())

describe('commandLine', () => {
  it("is what @actions/core's issueCommand prints, for any message and property", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('error', 'warning', 'debug', 'add-mask', 'set-output'),
        fc.dictionary(
          fc.oneof(fc.constantFrom('file', 'line', 'col', 'name', 'title'), fc.string({ minLength: 1 })),
          text,
          {
            maxKeys: 4,
            noNullPrototype: true
          }
        ),
        text,
        (command, properties, message) => {
          expect(commandLine(command, properties, message) + EOL).toBe(printedByCore(command, properties, message))
        }
      ),
      { numRuns: 500 }
    )
  })

  it('escapes a line break, so one message is one line of the log', () => {
    expect(commandLine('error', { file: 'plan.yml', line: '3' }, 'one\ntwo\r')).toBe(
      '::error file=plan.yml,line=3::one%0Atwo%0D'
    )
  })
})

describe('lineWriter', () => {
  const recorder = () => {
    const direct: string[] = []
    const streamed: string[] = []
    const sink = { write: (bytes: Uint8Array) => streamed.push(Buffer.from(bytes).toString()) }
    return { direct, streamed, stream: vi.fn(() => sink) }
  }

  it("ends each line with the system's EOL, as @actions/core does", () => {
    const { direct, stream } = recorder()
    lineWriter(bytes => direct.push(Buffer.from(bytes).toString()) && bytes.length, stream)('x')
    expect(direct).toEqual([`x${EOL}`])
  })

  it('writes each line whole to fd 1, and never sets up the stream', () => {
    const { direct, streamed, stream } = recorder()
    const line = lineWriter(bytes => direct.push(Buffer.from(bytes).toString()) && bytes.length, stream)
    line('::add-mask::secret')
    line('hello')
    expect(direct).toEqual([`::add-mask::secret${EOL}`, `hello${EOL}`])
    expect(streamed).toEqual([])
    // Asking for the stream would set process.stdout up: the cost this writer exists to avoid.
    expect(stream).not.toHaveBeenCalled()
  })

  it('sends the rest of a line fd 1 took in part, and every later line, through the stream', () => {
    const { direct, streamed, stream } = recorder()
    const line = lineWriter(bytes => {
      direct.push(Buffer.from(bytes.subarray(0, 4)).toString())
      return 4
    }, stream)
    line('first line')
    line('second')
    expect(direct.join('') + streamed.join('')).toBe(`first line${EOL}second${EOL}`)
    expect(direct).toEqual(['firs'])
  })

  it('falls back to the stream when fd 1 refuses (EAGAIN on a non-blocking pipe), losing no line', () => {
    const { streamed, stream } = recorder()
    const write = vi.fn(() => {
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' })
    })
    const line = lineWriter(write, stream)
    line('a')
    line('b')
    expect(streamed).toEqual([`a${EOL}`, `b${EOL}`])
    expect(write).toHaveBeenCalledTimes(1)
  })
})
