// npm run test:peers: the tests against real, independent servers (Apache httpd with
// mod_auth_digest, Squid, a CA made with openssl), which need Debian's apache2, squid and openssl.
// A missing program fails these tests with what to install; it never skips them.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/real-peers.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
