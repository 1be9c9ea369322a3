// One API host and how to authenticate to it: what a session is opened on. The inputs parse into it.
import type { SettingNames } from '../errors/text'

export type Credentials =
  | { kind: 'api-key'; publicKey: string; privateKey: string }
  | { kind: 'service-account'; clientId: string; clientSecret: string }
  | { kind: 'access-token'; accessToken: string }

/** One API host and how to authenticate to it. */
export interface Endpoint {
  /** Origin plus any path prefix, without a trailing slash. */
  baseUrl: string
  credentials: Credentials
  /** The inputs this endpoint came from, so that an error names the one to check. */
  names: SettingNames
}
