// Preloaded into each action process by the pipeline and fleet benches (NODE_OPTIONS=--require): at
// exit, appends the process's CPU time (user + system, µs) and how long its main thread waited for
// a core while it could run (Linux's /proc/self/schedstat, second field; 0 where there is none), to
// BENCH_CPU_FILE: the bench can then say how much of its wall time the machine's cores account for.
const { appendFileSync, readFileSync } = require('node:fs')

if (process.env.BENCH_NICE) require('node:os').setPriority(Number(process.env.BENCH_NICE))

process.on('exit', () => {
  const { user, system } = process.cpuUsage()
  let waitedUs = 0
  try {
    waitedUs = Math.round(Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1]) / 1000) || 0
  } catch {}
  if (process.env.BENCH_CPU_FILE) appendFileSync(process.env.BENCH_CPU_FILE, `${user + system} ${waitedUs}\n`)
})
