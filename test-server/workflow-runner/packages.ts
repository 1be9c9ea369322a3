// GitHub's own packages for workflows: @actions/workflow-parser (reads a workflow and checks it
// against GitHub's schema) and @actions/expressions (evaluates ${{ }} as GitHub does). The parser
// imports its JSON schemas without `with { type: 'json' }`, which Node (and vitest, which leaves
// node_modules to Node) refuses: a load hook adds the attribute for those files alone, and the
// packages are imported only once it is in place.
import { registerHooks } from 'node:module'

const HOOKED = Symbol.for('workflow-runner.json-hook')
const registry = globalThis as { [HOOKED]?: boolean }
if (!registry[HOOKED]) {
  registry[HOOKED] = true
  registerHooks({
    load(url, context, nextLoad) {
      if (/\/node_modules\/@actions\/workflow-parser\/.*\.json$/.test(url))
        return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } })
      return nextLoad(url, context)
    }
  })
}

export const expressions = await import('@actions/expressions')
export const parser = await import('@actions/workflow-parser')
export const { falsy } = await import('@actions/expressions/result')
export const actionParser = await import('@actions/workflow-parser/actions/index')
