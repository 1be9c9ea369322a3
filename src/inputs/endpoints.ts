// Where requests go and how they authenticate: the base URLs (no credentials in them, no plain HTTP
// off loopback unless allowed), exactly one kind of credentials, and private CAs as PEM text.

import { identifier, quote, required } from './fields'
import type { Credentials, Endpoint, InputReader } from './types'
import { DEFAULT_BASE_URL, InputError } from './types'

/** What the user calls each kind of credentials, for hints in errors. */
export const CREDENTIAL_NAMES: Record<Credentials['kind'], string> = {
  'api-key': 'public-key / private-key',
  'service-account': 'client-id / client-secret',
  'access-token': 'access-token'
}

/** Exactly one credential kind; a half-given pair names the missing half. */
export function parseCredentials(read: InputReader): Credentials {
  const given: Credentials[] = []
  const publicKey = read('public-key')
  const privateKey = read('private-key')
  if (publicKey || privateKey) {
    given.push({
      kind: 'api-key',
      publicKey: identifier(read, 'public-key', 'the public key that goes with private-key'),
      privateKey: required(read, 'private-key', 'the private key that goes with public-key')
    })
  }
  const clientId = read('client-id')
  const clientSecret = read('client-secret')
  if (clientId || clientSecret) {
    given.push({
      kind: 'service-account',
      clientId: identifier(read, 'client-id', 'the service account client ID that goes with client-secret'),
      clientSecret: required(read, 'client-secret', 'the service account secret that goes with client-id')
    })
  }
  const accessToken = read('access-token')
  if (accessToken) given.push({ kind: 'access-token', accessToken })

  const [only, ...others] = given
  if (!only) {
    throw new InputError(
      'No credentials: set exactly one of public-key + private-key (API key), client-id + client-secret (service account), or access-token.'
    )
  }
  if (others.length > 0) {
    throw new InputError(
      `More than one kind of credentials is set (${given.map(c => c.kind).join(', ')}): set exactly one of public-key + private-key, client-id + client-secret, or access-token.`
    )
  }
  return only
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]'])
function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

export function parseBaseUrl(read: InputReader, name: string, allowHttp: boolean, warnings: string[]): string {
  const value = read(name) || DEFAULT_BASE_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      `Input '${name}' must be an absolute URL such as ${DEFAULT_BASE_URL} or https://opsmanager.example.com:8443; got ${quoteUrl(value)}.`
    )
  }
  if (url.username || url.password) {
    // Never echo the value: it holds credentials.
    throw new InputError(
      `Input '${name}' must not contain credentials (user:password@); pass them as public-key / private-key instead.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`Input '${name}' must start with https:// (or http://); got ${quoteUrl(value)}.`)
  }
  if (url.search || url.hash) {
    throw new InputError(`Input '${name}' must not have a query or fragment; got ${quoteUrl(value)}.`)
  }
  if (/\/api(\/|$)/i.test(url.pathname)) {
    throw new InputError(
      `Input '${name}' must be the host only, such as ${url.origin}: the action adds the API paths (/api/atlas/v2, /api/public/v1.0) itself; got ${quoteUrl(value)}.`
    )
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    if (!allowHttp) {
      throw new InputError(
        `Input '${name}' uses plain http:// to ${url.hostname}: credentials and tokens would cross the network unencrypted. Use https://, or set allow-http: true if this Ops Manager only serves HTTP.`
      )
    }
    warnings.push(
      `Input '${name}' uses plain http:// to ${url.hostname} (allowed by allow-http): traffic is not encrypted.`
    )
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----/g

/** PEM text: one or more certificate blocks, and nothing else but white space. */
export function parseCertificates(value: string): string[] {
  if (value === '') return []
  const certificates = value.match(PEM_CERTIFICATE) ?? []
  if (certificates.length === 0 || value.replace(PEM_CERTIFICATE, '').trim() !== '') {
    throw new InputError(
      "Input 'ca-certificate' must be PEM text: one or more blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE----- (a CA certificate, not a key or a file path)."
    )
  }
  return certificates
}

/** The Atlas CLI refuses every live-migration call on Atlas for Government. */
export function warnIfGovernment(endpoint: Endpoint, warnings: string[]): void {
  if (/(^|\.)mongodbgov\.com$/i.test(new URL(endpoint.baseUrl).hostname)) {
    warnings.push(
      'base-url is Atlas for Government: the Atlas CLI refuses live migration there, and it may not be available; the calls are made all the same.'
    )
  }
}

/**
 * Quotes a URL input for an error message, unless it has an @: user:password@ may hold a password,
 * and the runner masks only whole secrets, so no part of such a value is echoed.
 */
function quoteUrl(value: string): string {
  return value.includes('@') ? '(not shown: it contains @, as user:password@ would)' : quote(value)
}
