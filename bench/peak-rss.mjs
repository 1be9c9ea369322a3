// Preloaded with --import: writes the process's peak resident set size (KiB) to BENCH_RSS_FILE at exit.
import { writeFileSync } from 'node:fs'

process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)))
