// Private certificate authorities given as the ca-certificate input. A called workflow cannot
// receive NODE_EXTRA_CA_CERTS from its caller's env, so the action adds them itself, to Node's
// default CA list (Node ≥ 24.5), which every TLS connection of the process then uses — direct,
// and through the proxy tunnel agent alike.
import { X509Certificate } from 'node:crypto'
import * as tls from 'node:tls'
import { errorMessage } from '../errors'
import { InputError } from '../errors/kinds'

/** Adds the certificates to Node's defaults; returns their subjects, for the log. */
export function trustCertificates(pems: string[]): string[] {
  if (pems.length === 0) return []
  const subjects = pems.map((pem, i) => {
    try {
      return new X509Certificate(pem).subject.replace(/\n/g, ', ')
    } catch (err) {
      throw new InputError(`Input 'ca-certificate': certificate ${i + 1} could not be read (${errorMessage(err)}).`)
    }
  })
  const api = tls as typeof tls & {
    getCACertificates?: (type?: 'default') => string[]
    setDefaultCACertificates?: (certs: string[]) => void
  }
  if (!api.getCACertificates || !api.setDefaultCACertificates) {
    throw new InputError(
      `Input 'ca-certificate' needs Node.js 24.5 or newer (this runner's node24 is ${process.versions.node}): update the runner, or set NODE_EXTRA_CA_CERTS in the step's env.`
    )
  }
  api.setDefaultCACertificates([...api.getCACertificates('default'), ...pems])
  return subjects
}
