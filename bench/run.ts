// npm run bench: what one step of the action costs, printed side by side with its floor.
//   1. round-trips: requests and TCP connections per mode, counted at loopback servers, against the minimum
//   2. full-call: create-link-token with an API key against a server that adds 20 ms per answer
//      and 40 ms per new connection, against bench/floor.mjs (node:http + node:crypto only)
//   3. cold-start: dist/index.js rejecting a bad org-id, against `node -e 0` and a bundle of @actions/core alone
//   4. size-memory: size of dist/, and peak memory of a full call against bare Node's
//   5. scale: 50 create-and-link steps at once against a token bucket like Atlas's, against the bucket's minimum
//   6. migration-waits: requests per hour of waiting, and how soon a wait notices that a migration is ready
//   7. pipeline: 20 deployments across 5 source orgs, link → start → ready → cut-over, token buckets on
//   8. plan: a plan of 200 deployments across 20 orgs, Atlas's read buckets on, against the stand-in's minimum
//   9. fleet: 200 deployments of 20 orgs, plan → start → gated cut-over; runner-seconds spent waiting, against the cores
//  10. evidence: requests and time per deployment for 1, 10 and 100 databases, against the least a comparison reads
// Medians over BENCH_RUNS runs (default 15), each kind run in turn so drift hits all alike.
// Figures only: nothing here passes or fails.
// `npm run bench -- scale pipeline` runs only the named benchmarks (unknown names are ignored); none named, all.
import { RUNS, removeScratch } from './harness.ts'

// Each benchmark's file is loaded only when it runs.
const benchmarks: Record<string, () => Promise<unknown>> = {
  'round-trips': async () => (await import('./round-trips.ts')).roundTrips(),
  'full-call': async () => (await import('./full-call.ts')).fullCall(),
  'cold-start': async () => (await import('./cold-start.ts')).coldStart(),
  'size-memory': async () => (await import('./size-memory.ts')).sizeAndMemory(),
  scale: async () => (await import('./scale.ts')).scale(),
  'migration-waits': async () => (await import('./migration-waits.ts')).migrationWaits(),
  pipeline: async () => (await import('./pipeline.ts')).pipeline(),
  plan: async () => (await import('./plan.ts')).planBench(),
  fleet: async () => (await import('./fleet.ts')).fleet(),
  evidence: async () => (await import('./evidence.ts')).evidenceBench()
}

const chosen = process.argv.slice(2).filter(name => name in benchmarks)
console.log(`# Benchmarks (Node ${process.versions.node}, ${RUNS} runs each, medians)\n`)
try {
  for (const [name, benchmark] of Object.entries(benchmarks))
    if (chosen.length === 0 || chosen.includes(name)) await benchmark()
} finally {
  removeScratch()
}
