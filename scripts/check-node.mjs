// Runs before every npm script that executes TypeScript directly (Node 24 strips the types itself).
// Plain JavaScript on purpose: it must run, and explain, on any older Node.
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error(
    `This project's scripts run TypeScript directly and need Node.js 24 or newer; this is Node ${process.versions.node}.\n` +
      "'npm ci' provides Node 24 to every npm script through the 'node' package, unless it ran with --ignore-scripts:\n" +
      "run 'npm ci' again without it (or 'npm rebuild node'), or put Node 24 first on PATH."
  )
  process.exit(1)
}
