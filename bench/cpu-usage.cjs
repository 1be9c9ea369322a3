// Preloaded into each action process by the fleet bench (NODE_OPTIONS=--require): at exit, appends
// the process's CPU time (user + system, µs) to BENCH_CPU_FILE, so the bench can say how much of
// its wall time the machine's cores alone account for.
const { appendFileSync } = require('node:fs')

process.on('exit', () => {
  const { user, system } = process.cpuUsage()
  if (process.env.BENCH_CPU_FILE) appendFileSync(process.env.BENCH_CPU_FILE, `${user + system}\n`)
})
