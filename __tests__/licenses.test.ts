// Every package bundled into dist/ is under a licence on the allow-list.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAllowed, parseLicenses } from '../scripts/licenses.ts'

const root = resolve(import.meta.dirname, '..')
const installed = (name: string) => existsSync(resolve(root, 'node_modules', name, 'package.json'))

describe('dist/licenses.txt', () => {
  it('lists only allowed licences, for every package it names', () => {
    const entries = parseLicenses(readFileSync(resolve(root, 'dist/licenses.txt'), 'utf8'), installed)
    expect(entries.map(e => e.name)).toEqual(
      expect.arrayContaining(['@actions/core', '@actions/http-client', 'digest-fetch'])
    )
    const refused = entries.filter(entry => !isAllowed(entry.license))
    expect(refused, `licences not on the allow-list: ${JSON.stringify(refused)}`).toEqual([])
  })

  it('would refuse a copyleft or unknown licence, and read dual licences', () => {
    const text = [
      'left-pad',
      'GPL-3.0',
      'text',
      '',
      'right-pad',
      'MIT',
      'The MIT License',
      '',
      '  indented',
      '',
      'dual',
      '(MIT OR GPL-2.0)',
      'x'
    ].join('\n')
    const entries = parseLicenses(text, () => true)
    expect(entries).toEqual([
      { name: 'left-pad', license: 'GPL-3.0' },
      { name: 'right-pad', license: 'MIT' },
      { name: 'dual', license: '(MIT OR GPL-2.0)' }
    ])
    expect(entries.map(e => isAllowed(e.license))).toEqual([false, true, true])
    expect(isAllowed('MIT AND CC-BY-NC-4.0')).toBe(false)
    expect(isAllowed('UNLICENSED')).toBe(false)
  })
})
