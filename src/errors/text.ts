// The words of errors: the names of the settings a hint points at, how an HTTP answer is named,
// and how server text is put on one line.

/** The names the user knows their settings by, so that a hint points at the one to check. */
export interface SettingNames {
  /** e.g. 'base-url' or 'source-base-url' */
  baseUrl: string
  /** e.g. 'org-id' or 'source-org-id' */
  orgId: string
  /** The ID inputs the mode used, for a 404: e.g. 'org-id' or 'project-id and migration-id' (default: orgId). */
  ids?: string
  /** e.g. 'the credentials' or 'source-public-key / source-private-key' */
  credentials: string
  /** The API the host serves: MongoDB's (absent) or GitHub's REST API, whose errors and limits are GitHub's own. */
  api?: 'github'
}

export const DEFAULT_SETTING_NAMES: SettingNames = {
  baseUrl: 'base-url',
  orgId: 'org-id',
  ids: 'org-id',
  credentials: 'the credentials (the key pair or service account)'
}

/** A 404 that is not the API's own (an HTML page, no body, JSON without an errorCode). */
export const notTheApi = (names: SettingNames): string =>
  names.api === 'github'
    ? notGitHubsApi(names)
    : `The host did not answer like the MongoDB API: check ${names.baseUrl}; give the host only, such as https://cloud.mongodb.com or https://opsmanager.example.com:8443.`

/** The same for GitHub: never point at a MongoDB host, which would be sent the github-token. */
export const notGitHubsApi = (names: SettingNames): string =>
  `The host did not answer like GitHub's REST API: check that ${names.baseUrl} is GitHub's API, https://api.github.com (or https://HOST/api/v3 on GitHub Enterprise Server).`

/** Names an HTTP answer the same way in every error: "HTTP 201 from POST /api/atlas/v2/…". */
export function answerLine(status: number, method: string, url: string): string {
  return `HTTP ${status} from ${method} ${new URL(url).pathname}`
}

/** An error page from a proxy or load balancer: say what it was without pasting a whole HTML page. */
export function describeNonJson(body: string, contentType: string | undefined): string {
  // Callers clean the body of secrets first, so folding its whitespace makes no new form of one.
  const text = oneLine(body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '))
  if (!text) return 'empty body'
  const type = contentType?.split(';')[0] || 'untyped'
  return `non-JSON ${type} body: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`
}

/**
 * Puts a message on one line, without a closing period. Only line breaks (with the indentation
 * around them) become one space: runs of spaces inside a line stay, so that no new form of a
 * secret ('correct  horse' → 'correct horse') is made that the runner's masks would not match.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[ \t]*(?:\r\n|\r|\n)\s*/g, ' ')
    .trim()
    .replace(/\.$/, '')
}

/** The message of anything thrown. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** "1 deployment", "3 deployments", "2 access-list entries": a count with its noun, plural when not 1. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`
}

/**
 * Sentences joined into one text, each ending once: "…: not found." and "Check org-id." make
 * "…: not found. Check org-id.", never "not found.. Check". Empty parts are left out.
 */
export function sentences(...parts: (string | undefined)[]): string {
  return parts
    .map(part => part?.trim() ?? '')
    .filter(part => part !== '')
    .map(part => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ')
}
