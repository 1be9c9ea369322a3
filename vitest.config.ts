import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The real peers (Apache httpd, Squid, openssl from Debian) run in their own script, test:peers:
    // npm test needs nothing beside the clone.
    exclude: ['__tests__/real-peers.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most files wait on child processes and sockets, not the CPU: run several at once even on two
    // cores (vitest's default would run one file at a time there).
    maxWorkers: 6
  }
})
