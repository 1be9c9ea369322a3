// How a request authenticates, per request: the transport asks for the Authorization header before
// each try and reports each 401, so sessions with different credentials share one keep-alive pool
// and nothing about one session's credentials is left on the shared client.

export interface Authenticator {
  /** The Authorization header for this request (method and request-target), or none yet. */
  authorization(method: string, target: string): Promise<string | undefined>
  /** A 401 answered the request for the round-th time, with these WWW-Authenticate fields: send it again, signed anew? */
  unauthorized(challengeFields: string[], round: number): Promise<boolean>
}

/** A fixed header: a bearer token (RFC 6750) or a Basic client credential (RFC 7617). */
function fixed(header: string): Authenticator {
  return { authorization: async () => header, unauthorized: async () => false }
}

export const bearer = (token: string): Authenticator => fixed(`Bearer ${token}`)

/** A service account's client ID and secret as Basic credentials (RFC 7617), as Atlas takes them. */
export const basic = (id: string, secret: string): Authenticator =>
  fixed(`Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`)
