// Validates action.yml and every workflow file against GitHub's schemas with action-validator.
// Its bundled schema (0.6.0) predates the node24 runtime, so action.yml is checked as a copy that
// says node20, and node24 itself is checked here: everything else in the file is schema-checked.
// It also predates the `attestations` permission (the release's provenance): workflows are checked
// as copies without that line, and its value is checked here.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const validator = join(root, 'node_modules', '.bin', 'action-validator')
let failed = false

function validate(file: string, shownAs: string): void {
  try {
    execFileSync(validator, [file], { stdio: ['ignore', 'pipe', 'pipe'] })
    console.log(`valid: ${shownAs}`)
  } catch (err) {
    failed = true
    const { stdout, stderr } = err as { stdout: Buffer; stderr: Buffer }
    console.error(`INVALID: ${shownAs}\n${stdout}${stderr}`)
  }
}

const action = readFileSync(join(root, 'action.yml'), 'utf8')
if (!/^\s+using: node24$/m.test(action) || !/^\s+main: dist\/index\.js$/m.test(action)) {
  failed = true
  console.error('INVALID: action.yml must say runs.using: node24 and runs.main: dist/index.js')
}
const scratch = mkdtempSync(join(tmpdir(), 'validate-action-'))
writeFileSync(join(scratch, 'action.yml'), action.replace(/^(\s+using: )node24$/m, '$1node20'))
validate(join(scratch, 'action.yml'), 'action.yml (runs.using checked above)')
rmSync(scratch, { recursive: true, force: true })

const workflows = join(root, '.github', 'workflows')
const copies = mkdtempSync(join(tmpdir(), 'validate-workflows-'))
const attestations = /^\s+attestations: (\S+).*\n/gm
for (const name of readdirSync(workflows)
  .filter(f => /\.ya?ml$/.test(f))
  .sort()) {
  const text = readFileSync(join(workflows, name), 'utf8')
  for (const [, level] of text.matchAll(attestations)) {
    if (!['read', 'write', 'none'].includes(level as string)) {
      failed = true
      console.error(`INVALID: .github/workflows/${name}: attestations: ${level} (read, write or none)`)
    }
  }
  writeFileSync(join(copies, name), text.replace(attestations, ''))
  validate(join(copies, name), `.github/workflows/${name}`)
}
rmSync(copies, { recursive: true, force: true })
process.exit(failed ? 1 : 0)
