// Every value that becomes part of a URL path is checked against MongoDB's documented pattern, then
// encoded, before anything is sent: a name such as payments/../prod must never read another path.
import { StepError } from '../errors/kinds'
import { CLUSTER_NAME_FORM, isClusterName, isMongoId, isPathValue } from '../forms'

export { CLUSTER_NAME_FORM, isClusterName, isPathValue }

/** Percent-encoded, but for ':' (a path or query may hold it, and the spec's IPv6 form shows it bare). */
export const encoded = (value: string): string => encodeURIComponent(value).replace(/%3A/gi, ':')

function refused(what: string, value: string, expected: string): never {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  throw new StepError(`The ${what} ${shown} is not ${expected}. Nothing was sent.`)
}

/**
 * A request path whose every interpolated value is one encoded segment:
 * apiPath`/api/atlas/v2/groups/${projectId}/clusters/${name}`. Refuses '', '.' and '..', which
 * encoding leaves as they are.
 */
export function apiPath(parts: TemplateStringsArray, ...values: string[]): string {
  let path = parts[0] ?? ''
  values.forEach((value, i) => {
    // URL parsing drops or resolves each of these; a lone surrogate cannot be encoded.
    if (['', '.', '..'].includes(value) || !/^[^\uD800-\uDFFF]*$/u.test(value)) {
      refused(`path segment after ${path}`, value, 'well-formed text other than "", "." or ".."')
    }
    path += encoded(value) + (parts[i + 1] ?? '')
  })
  return path
}

/** An organization, project, migration, validation or endpoint service ID (the spec's ^[a-f0-9]{24}$). */
export function mongoId(value: string, what: string): string {
  if (!isMongoId(value)) refused(what, value, 'an ID of 24 lowercase hexadecimal characters')
  return value
}

/** An Atlas cluster name (the spec's ^[a-zA-Z0-9][a-zA-Z0-9-]*$, and Atlas's 64 characters at most). */
export function clusterName(value: string, what = 'cluster name'): string {
  if (!isClusterName(value)) refused(what, value, `an Atlas cluster name (${CLUSTER_NAME_FORM})`)
  return value
}

/** The value when isPathValue, else a StepError that names it. */
export function pathValue(value: string, what: string, { slashes = false } = {}): string {
  const slash = slashes ? '' : ", '/'"
  if (!isPathValue(value, { slashes })) {
    refused(what, value, `a ${what}: no spaces, control characters${slash} or '\\', and not "." or ".."`)
  }
  return value
}
