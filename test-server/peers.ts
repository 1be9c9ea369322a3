// Real, independent peers for the tests, started on 127.0.0.1 under a private temp dir:
// Apache httpd checking HTTP Digest (mod_auth_digest) in front of the stand-in, Squid as a
// forward proxy, and a private certificate authority made with openssl. A missing program is an
// error, never a skip: .ci/run installs them.

import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const DIGEST_REALM = 'MMS Public API'

export function requireProgram(path: string, debianPackage: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: install the Debian package ${debianPackage} (.ci/run does).`)
  }
  return path
}

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  chmodSync(dir, 0o755) // Apache's children run as www-data when started by root
  return dir
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

async function waitForPort(port: number, child: ChildProcess, what: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}) before listening:\n${log()}`)
    const open = await new Promise<boolean>(resolve => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error(`${what} did not listen on ${port} within 10 s:\n${log()}`)
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
  await exited
  clearTimeout(timer)
}

export interface Peer {
  url: string
  dir: string
  /** The peer's request log, as it stands now. */
  log(): string
  stop(): Promise<void>
}

/** Starts a peer in the foreground and waits until it listens; its request log is dir/access.log. */
async function runPeer(
  program: string,
  args: string[],
  at: { dir: string; port: number; errorLog: string }
): Promise<Peer> {
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', chunk => (output += chunk))
  child.stderr?.on('data', chunk => (output += chunk))
  const read = (file: string) => (existsSync(join(at.dir, file)) ? readFileSync(join(at.dir, file), 'utf8') : '')
  await waitForPort(at.port, child, program, () => output + read(at.errorLog))
  return {
    url: `http://127.0.0.1:${at.port}`,
    dir: at.dir,
    log: () => read('access.log'),
    stop: async () => {
      await stop(child)
      rmSync(at.dir, { recursive: true, force: true })
    }
  }
}

const MODULES = '/usr/lib/apache2/modules'

/** Apache httpd with mod_auth_digest for /api/ (and mod_proxy_http to the stand-in behind it). */
export async function startApache(options: {
  backend: string
  users: { username: string; password: string }[]
  nonceLifetimeSeconds?: number
}): Promise<Peer> {
  const httpd = requireProgram('/usr/sbin/apache2', 'apache2')
  const dir = scratchDir('apache-')
  const port = await freePort()
  const htdigest = options.users
    .map(
      u =>
        `${u.username}:${DIGEST_REALM}:${createHash('md5').update(`${u.username}:${DIGEST_REALM}:${u.password}`).digest('hex')}`
    )
    .join('\n')
  writeFileSync(join(dir, 'htdigest'), `${htdigest}\n`, { mode: 0o644 })
  const asRoot = process.getuid?.() === 0
  const modules = [
    'mpm_event',
    'authn_core',
    'authn_file',
    'authz_core',
    'authz_user',
    'auth_digest',
    'proxy',
    'proxy_http'
  ]
  writeFileSync(
    join(dir, 'httpd.conf'),
    [
      `ServerRoot "${dir}"`,
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      `PidFile "${dir}/httpd.pid"`,
      `DefaultRuntimeDir "${dir}"`,
      `Mutex file:${dir} default`,
      `ErrorLog "${dir}/error.log"`,
      'LogLevel warn',
      asRoot ? 'User www-data\nGroup www-data' : '',
      ...modules.map(m => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
      'LogFormat "%m %U %>s %{Authorization}i" digestlog',
      `CustomLog "${dir}/access.log" digestlog`,
      'KeepAlive On',
      '<Location "/api/">',
      '  AuthType Digest',
      `  AuthName "${DIGEST_REALM}"`,
      '  AuthDigestProvider file',
      `  AuthUserFile "${dir}/htdigest"`,
      `  AuthDigestNonceLifetime ${options.nonceLifetimeSeconds ?? 300}`,
      '  Require valid-user',
      '</Location>',
      `ProxyPass "/api/" "${options.backend}/api/"`,
      `ProxyPassReverse "/api/" "${options.backend}/api/"`,
      ''
    ].join('\n'),
    { mode: 0o644 }
  )
  return runPeer(httpd, ['-DFOREGROUND', '-f', join(dir, 'httpd.conf')], { dir, port, errorLog: 'error.log' })
}

/**
 * Squid as a forward proxy on loopback. It resolves host names from its own hosts file, as a
 * corporate proxy resolves names the runner can't: a request for such a name succeeds only through it.
 */
export async function startSquid(options: { hosts: Record<string, string> }): Promise<Peer> {
  const squid = requireProgram('/usr/sbin/squid', 'squid')
  const dir = scratchDir('squid-')
  chmodSync(dir, 0o1777) // squid writes its logs as its own user ("proxy") when started by root
  const port = await freePort()
  writeFileSync(
    join(dir, 'hosts'),
    Object.entries(options.hosts)
      .map(([name, ip]) => `${ip} ${name}\n`)
      .join(''),
    { mode: 0o644 }
  )
  writeFileSync(
    join(dir, 'squid.conf'),
    [
      `http_port 127.0.0.1:${port}`,
      `pid_filename ${dir}/squid.pid`,
      `access_log stdio:${dir}/access.log squid`,
      `cache_log ${dir}/cache.log`,
      'cache_store_log none',
      'cache deny all',
      `hosts_file ${dir}/hosts`,
      'dns_nameservers 127.0.0.1',
      'http_access allow localhost',
      'http_access deny all',
      'shutdown_lifetime 0 seconds',
      `coredump_dir ${dir}`,
      ''
    ].join('\n'),
    { mode: 0o644 }
  )
  return runPeer(squid, ['-N', '-f', join(dir, 'squid.conf')], { dir, port, errorLog: 'cache.log' })
}

export interface PrivateCa {
  /** The CA certificate file: what NODE_EXTRA_CA_CERTS points at. */
  caFile: string
  /** The server's key and certificate, signed by the CA, for 127.0.0.1, localhost and TEST_HOST. */
  key: string
  cert: string
  remove(): void
}

/** A host name no resolver knows: only Squid's hosts file, and resolve-test-host.mjs, map it to 127.0.0.1. */
export const TEST_HOST = 'opsmanager.test'

/** A certificate authority of the test's own and one server certificate signed by it (openssl). */
export function makePrivateCa(): PrivateCa {
  const openssl = requireProgram('/usr/bin/openssl', 'openssl')
  const dir = scratchDir('ca-')
  const run = (...args: string[]) => execFileSync(openssl, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Test Ops Manager CA'
  )
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1')
  writeFileSync(
    join(dir, 'san.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:opsmanager.test\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n'
  )
  run(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'san.ext'
  )
  return {
    caFile: join(dir, 'ca.pem'),
    key: readFileSync(join(dir, 'server.key'), 'utf8'),
    cert: readFileSync(join(dir, 'server.pem'), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}
