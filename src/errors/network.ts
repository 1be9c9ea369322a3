// A request that got no answer (the network, TLS, a proxy, a timeout), as one line that says what
// to check.
import { redact } from '../secrets'
import type { SettingNames } from './text'
import { DEFAULT_SETTING_NAMES, oneLine } from './text'

/** A request that never got an answer: the network, TLS or a timeout. */
export class NetworkError extends Error {
  constructor(
    operation: string,
    method: string,
    url: string,
    cause: unknown,
    names: SettingNames = DEFAULT_SETTING_NAMES,
    note?: string
  ) {
    const sentence = `${operation} failed: ${method} ${url}: ${describeNetworkCause(cause, names)}`
    super(redact(note ? `${sentence} ${note}` : sentence), { cause })
    this.name = 'NetworkError'
  }
}

function describeNetworkCause(cause: unknown, names: SettingNames): string {
  const err = cause as NodeJS.ErrnoException | undefined
  const code = err?.code ?? ''
  const message = oneLine(err?.message ?? String(cause))
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `TLS certificate does not match the host name (${message}). Check ${names.baseUrl}.`
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
    return `TLS certificate not trusted (${code}). For an Ops Manager with a private CA, give the CA's PEM certificate as the ca-certificate input, or set NODE_EXTRA_CA_CERTS to its file in the step's env.`
  }
  if (/wrong version number|packet length too long|http request/i.test(message) && /EPROTO|SSL/.test(code || message)) {
    return `TLS handshake failed: the port answered in plain HTTP (https:// to a plain-HTTP port?). Check ${names.baseUrl}: its scheme and port.`
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `host name not found (${code}). Check ${names.baseUrl}, and https_proxy on self-hosted runners.`
  }
  const tunnel = /tunneling socket could not be established, (?:statusCode=(\d+)|cause=(.*))/.exec(message)
  if (tunnel) {
    const why = tunnel[1] ? `it answered HTTP ${tunnel[1]} to CONNECT` : tunnel[2]
    return `the proxy could not open a tunnel to the host (${why}). Check https_proxy / no_proxy, and that the proxy may reach the host.`
  }
  if (code === 'ECONNREFUSED') return `connection refused. Check ${names.baseUrl} (host and port).`
  if (/^Request timeout/.test(message) || code === 'ETIMEDOUT') {
    return `no answer within the request timeout. Check ${names.baseUrl}, that the runner can reach the host (proxy, firewall), or raise request-timeout-seconds.`
  }
  return `${code ? `${code} ` : ''}${message}.`
}
