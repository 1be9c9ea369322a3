import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { changelogSection, releaseProblems } from '../scripts/release.ts'

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
    ['a tag that exists', { existingTags: ['v1.2.3'] }, /exists already/],
    [
      'in Actions, a branch other than main',
      { ref: 'refs/heads/feature' },
      /tagged from refs\/heads\/main, not refs\/heads\/feature/
    ],
    ['in Actions, a tag', { ref: 'refs/tags/v1.2.2' }, /tagged from refs\/heads\/main, not refs\/tags\/v1\.2\.2/],
    [
      'in Actions, main when the default branch is trunk',
      { ref: 'refs/heads/main', defaultBranch: 'trunk' },
      /from refs\/heads\/trunk/
    ],
    ['in Actions, an empty ref', { ref: '' }, /not an unnamed ref/]
  ])('stop on %s', (_name, change, message) => {
    expect(releaseProblems({ ...ready, ...change })).toEqual([expect.stringMatching(message)])
  })

  it('let the default branch through in Actions, and any branch outside Actions (no GITHUB_REF)', () => {
    expect(releaseProblems({ ...ready, ref: 'refs/heads/main' })).toEqual([])
    expect(releaseProblems({ ...ready, ref: 'refs/heads/trunk', defaultBranch: 'trunk' })).toEqual([])
    expect(releaseProblems({ ...ready, ref: 'refs/heads/main', defaultBranch: '' })).toEqual([])
    expect(releaseProblems({ ...ready, ref: undefined })).toEqual([])
  })

  it("match the repository as it stands: CHANGELOG.md has a section for package.json's version", () => {
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
    const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8')
    const problems = releaseProblems({ ...ready, version, packageVersion: version, changelog })
    expect(problems).toEqual([])
  })
})

describe("the GitHub Release's notes", () => {
  const changelog =
    '# Changelog\n\n## [Unreleased]\n- next\n\n## [1.2.3] - 2026-11-30\n\n### Added\n- a mode\n\n## [1.2.2] - 2026-11-01\n- older\n'

  it('are the CHANGELOG section of the version, without its heading or the next section', () => {
    expect(changelogSection(changelog, '1.2.3')).toBe('### Added\n- a mode')
    expect(changelogSection(changelog, '1.2.2')).toBe('- older')
    expect(changelogSection(changelog, '1.2.4')).toBeUndefined()
  })
})

// The script itself, in a scratch repository (never this one): --no-build and --check as release.yml's
// two jobs run it, and the default-branch rule read from GITHUB_REF / RELEASE_BRANCH.
describe('npm run release (scripts/release.ts) in a scratch repository', () => {
  let scratch = ''
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true })
    scratch = ''
  })
  const identity = {
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null'
  }
  function repository(): string {
    scratch = mkdtempSync(join(tmpdir(), 'release-'))
    mkdirSync(join(scratch, 'scripts'))
    copyFileSync(resolve(root, 'scripts/release.ts'), join(scratch, 'scripts/release.ts'))
    writeFileSync(join(scratch, 'package.json'), '{ "version": "1.2.3", "type": "module" }\n')
    writeFileSync(join(scratch, 'CHANGELOG.md'), '# Changelog\n\n## [1.2.3] - 2026-11-30\n')
    const git = (...args: string[]) => execFileSync('git', args, { cwd: scratch, env: { ...process.env, ...identity } })
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('commit', '-q', '-m', 'one')
    return scratch
  }
  const release = (cwd: string, args: string[], env: Record<string, string | undefined>) => {
    const { GITHUB_REF: _ref, RELEASE_BRANCH: _branch, ...rest } = process.env
    return spawnSync(process.execPath, ['scripts/release.ts', ...args], {
      cwd,
      env: { ...rest, ...identity, ...env },
      encoding: 'utf8'
    })
  }
  const tags = (cwd: string) =>
    execFileSync('git', ['tag', '--list'], { cwd, encoding: 'utf8' }).split('\n').filter(Boolean)

  it('--no-build --check: checks, says it may be released, and tags nothing', () => {
    const cwd = repository()
    const run = release(cwd, ['1.2.3', '--no-build', '--check'], {
      GITHUB_REF: 'refs/heads/main',
      RELEASE_BRANCH: 'main'
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^v1\.2\.3 may be released from [0-9a-f]{40}\.$/m)
    expect(tags(cwd)).toEqual([])
  })

  it('--no-build: tags vX.Y.Z and vX without building and without pushing', () => {
    const cwd = repository()
    const run = release(cwd, ['1.2.3', '--no-build'], { GITHUB_REF: 'refs/heads/main', RELEASE_BRANCH: 'main' })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Tagged v1\.2\.3 and moved v1 to [0-9a-f]{40}\./)
    expect(run.stdout).toMatch(/Push them with: git push origin v1\.2\.3 && git push --force origin v1/)
    expect(tags(cwd)).toEqual(['v1', 'v1.2.3'])
  })

  it('refuses another branch in Actions, and tags nothing', () => {
    const cwd = repository()
    const run = release(cwd, ['1.2.3', '--no-build'], { GITHUB_REF: 'refs/heads/feature', RELEASE_BRANCH: 'main' })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/Not released: Releases are tagged from refs\/heads\/main, not refs\/heads\/feature/)
    expect(tags(cwd)).toEqual([])
  })
})
