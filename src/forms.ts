// The forms MongoDB documents for what goes into a URL path, as pure predicates: the input checks
// (at start-up), the clients (before each request) and the ledger (reading a record) share them.

const MONGO_ID = /^[a-f0-9]{24}$/
const CLUSTER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]*$/
const MAX_CLUSTER_NAME = 64
/** What an Atlas cluster name is, in the words of every error that refuses one. */
export const CLUSTER_NAME_FORM = 'letters, digits and hyphens, starting with a letter or digit, at most 64 characters'

/** An organization, project, migration, validation or endpoint service ID (the spec's ^[a-f0-9]{24}$). */
export const isMongoId = (value: string): boolean => MONGO_ID.test(value)

/** An Atlas cluster name (the spec's ^[a-zA-Z0-9][a-zA-Z0-9-]*$, and Atlas's 64 characters at most). */
export const isClusterName = (value: string): boolean => CLUSTER_NAME.test(value) && value.length <= MAX_CLUSTER_NAME

/**
 * A value whose documented pattern real answers break (a host:port with hyphens, a partition name):
 * no space or control character, no '\', not '.' or '..'; no '/' unless `slashes` (a CIDR, an Azure
 * resource ID), and then no '.' or '..' between them either.
 */
export function isPathValue(value: string, { slashes = false } = {}): boolean {
  const parts = value.split('/')
  const control = [...value].some(c => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) < 0xa0))
  return (
    value !== '' &&
    !control &&
    !/[\s\\]/.test(value) &&
    (slashes || parts.length === 1) &&
    !parts.some(part => part === '.' || part === '..')
  )
}
