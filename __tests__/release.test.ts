import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { releaseProblems } from '../scripts/release.ts'

const root = resolve(import.meta.dirname, '..')
const ready = {
  version: '1.2.3',
  packageVersion: '1.2.3',
  changelog: '# Changelog\n\n## [1.2.3] - 2026-11-30\n',
  status: '',
  existingTags: ['v1.2.2', 'v1']
}

describe('release checks', () => {
  it('let a ready release through', () => {
    expect(releaseProblems(ready)).toEqual([])
  })

  it.each([
    [
      'a version that is not X.Y.Z',
      { version: 'v1.2', packageVersion: 'v1.2', changelog: '## [v1.2]' },
      /not a version/
    ],
    ['package.json behind', { packageVersion: '1.2.2' }, /package\.json says 1\.2\.2/],
    ['no CHANGELOG section', { changelog: '# Changelog\n' }, /no "## \[1\.2\.3\]" section/],
    ['dist/ not rebuilt', { status: ' M dist/index.js' }, /not clean after npm run build/],
    ['a tag that exists', { existingTags: ['v1.2.3'] }, /exists already/]
  ])('stop on %s', (_name, change, message) => {
    expect(releaseProblems({ ...ready, ...change })).toEqual([expect.stringMatching(message)])
  })

  it("match the repository as it stands: CHANGELOG.md has a section for package.json's version", () => {
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
    const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8')
    const problems = releaseProblems({ ...ready, version, packageVersion: version, changelog })
    expect(problems).toEqual([])
  })
})
