// npm run release -- X.Y.Z [--push]
// Tags vX.Y.Z on HEAD and moves the major tag vX to it — after checking that package.json says
// X.Y.Z, CHANGELOG.md has a section for it, the work tree is clean, and dist/ is what src/ builds.
// Callers pin a full commit SHA (safest) or follow vX; vX.Y.Z never moves.
//   --check     build and check only; no tag (release.yml's read-only job, which runs npm ci)
//   --no-build  check the work tree as it is, without npm run build (release.yml's tagging job, which
//               runs no npm install: the read-only job checked dist/ at the same commit)
//   --notes     print the CHANGELOG section of X.Y.Z and nothing else (the GitHub Release's notes)
// In GitHub Actions (GITHUB_REF set), it releases only from the default branch (RELEASE_BRANCH,
// main when unset), so that vX never moves to a commit of another branch.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface ReleaseState {
  version: string
  packageVersion: string
  changelog: string
  /** `git status --porcelain` after `npm run build`: empty when dist/ matches src/ and nothing else changed. */
  status: string
  existingTags: string[]
  /** In GitHub Actions, the ref the release runs on (GITHUB_REF): it must be the default branch. */
  ref?: string
  /** The default branch's name (main when unset). */
  defaultBranch?: string
}

/** What stands in the way of tagging `version`; empty when it may be tagged. */
export function releaseProblems(state: ReleaseState): string[] {
  const problems: string[] = []
  if (!/^\d+\.\d+\.\d+$/.test(state.version)) problems.push(`'${state.version}' is not a version X.Y.Z.`)
  if (state.packageVersion !== state.version) {
    problems.push(`package.json says ${state.packageVersion}, not ${state.version}: bump it (and the CHANGELOG) first.`)
  }
  const heading = new RegExp(`^## \\[${state.version.replace(/\./g, '\\.')}\\]`, 'm')
  if (!heading.test(state.changelog)) problems.push(`CHANGELOG.md has no "## [${state.version}]" section.`)
  if (state.status.trim() !== '') {
    problems.push(
      `The work tree is not clean after npm run build (is dist/ committed as src/ builds it?):\n${state.status}`
    )
  }
  if (state.existingTags.includes(`v${state.version}`)) problems.push(`Tag v${state.version} exists already.`)
  const branch = `refs/heads/${state.defaultBranch || 'main'}`
  if (state.ref !== undefined && state.ref !== branch) {
    problems.push(
      `Releases are tagged from ${branch}, not ${state.ref || 'an unnamed ref'}: run it on the default branch.`
    )
  }
  return problems
}

/** The body of CHANGELOG.md's "## [X.Y.Z]" section, without its heading; undefined when it has none. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n')
  const start = lines.findIndex(line => line.startsWith(`## [${version}]`))
  if (start < 0) return undefined
  const end = lines.findIndex((line, i) => i > start && /^## \[/.test(line))
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..')
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })
  const [version = '', ...flags] = process.argv.slice(2)
  if (flags.includes('--notes')) {
    const notes = changelogSection(readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8'), version)
    if (notes === undefined) {
      console.error(`Not released: CHANGELOG.md has no "## [${version}]" section.`)
      process.exit(1)
    }
    console.log(notes)
    process.exit(0)
  }
  if (!flags.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
  const problems = releaseProblems({
    version,
    packageVersion: (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version,
    changelog: readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8'),
    status: git('status', '--porcelain'),
    existingTags: git('tag', '--list').split('\n'),
    ref: process.env.GITHUB_REF,
    defaultBranch: process.env.RELEASE_BRANCH
  })
  if (problems.length > 0) {
    for (const problem of problems) console.error(`Not released: ${problem}`)
    process.exit(1)
  }
  if (flags.includes('--check')) {
    console.log(`v${version} may be released from ${git('rev-parse', 'HEAD').trim()}.`)
    process.exit(0)
  }
  const major = `v${version.split('.')[0]}`
  git('tag', '-a', `v${version}`, '-m', `v${version}`)
  git('tag', '-f', '-a', major, '-m', `${major}: v${version}`)
  console.log(`Tagged v${version} and moved ${major} to ${git('rev-parse', 'HEAD').trim()}.`)
  if (flags.includes('--push')) {
    git('push', 'origin', `v${version}`)
    git('push', '--force', 'origin', major)
    console.log(`Pushed v${version} and ${major}.`)
  } else {
    console.log(`Push them with: git push origin v${version} && git push --force origin ${major}`)
  }
}
