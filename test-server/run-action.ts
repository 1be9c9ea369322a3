// How the tests run the action: runAction runs the source in process (run-in-process.ts), as every
// behaviour test does; runBundle spawns dist/index.js (run-bundle.ts), for what only the bundle shows.
export { type ActionRun, errorLines, parseOutputs, type RunOptions, runBundle } from './run-bundle.ts'
export { runInProcess as runAction } from './run-in-process.ts'
