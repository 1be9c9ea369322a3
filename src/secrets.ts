// Every secret the action knows (inputs and the tokens derived from them), and every form it can
// take in a server's text, so that server text is cleaned of them before it is folded or printed.
// The runner's masks match only the exact form they were given; a server that echoes a request
// body as ensure-ASCII JSON, or URL- or base64-encodes it, prints forms no mask matches.

const known = new Set<string>()
let forms: string[] = []

/** Secrets shorter than this are masked by the runner but not searched for in text (too many false hits). */
const MIN_LENGTH = 3

export const REDACTED = '***'

/** Remembers a secret: from now on redact() removes it, in every form, from any text. */
export function addSecret(secret: string): void {
  if (secret.length < MIN_LENGTH || known.has(secret)) return
  known.add(secret)
  const all = new Set(forms)
  for (const form of formsOf(secret)) if (form.length >= MIN_LENGTH) all.add(form)
  // Longest first, so that a form containing another is replaced whole.
  forms = [...all].sort((a, b) => b.length - a.length)
}

/** The text with every form of every known secret replaced by ***. */
export function redact(text: string): string {
  let clean = text
  for (const form of forms) if (clean.includes(form)) clean = clean.split(form).join(REDACTED)
  return clean
}

/** Forgets every secret (tests only). */
export function forgetSecrets(): void {
  known.clear()
  forms = []
}

/** The ways a secret can appear in a server's text or in the action's own folding of it. */
export function formsOf(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1)
  const ascii = (upper: boolean) =>
    json.replace(/[\u007f-\uffff]/g, c => {
      const hex = c.charCodeAt(0).toString(16).padStart(4, '0')
      return `\\u${upper ? hex.toUpperCase() : hex}`
    })
  const base64 = Buffer.from(secret, 'utf8').toString('base64')
  const lines = secret.split(/\r?\n/).map(line => line.trim())
  return [
    secret,
    json,
    ascii(false),
    ascii(true),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
    ...base64Inside(secret),
    secret.replace(/\s+/g, ' ').trim(),
    ...(lines.length > 1 ? lines.filter(line => line.length >= 4) : [])
  ]
}

/**
 * The base64 characters that encode only the secret when it sits inside a longer text that was
 * base64-encoded whole, at each of the three offsets it can have there.
 */
function base64Inside(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  return [0, 1, 2].map(offset => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    return encoded.slice(offset === 0 ? 0 : 4, Math.floor((offset + bytes.length) / 3) * 4)
  })
}
