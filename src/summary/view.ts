// The shape every job summary shares, for any mode to call: a title that says what the step did,
// one outcome line with a marker people know and the numbers that matter, what to do next, then
// the details. HTML, as the runner's summary API writes it; every text is escaped here.

export type Outcome = 'succeeded' | 'failed' | 'waiting' | 'cancelled'

export const OUTCOME_MARKERS: Record<Outcome, string> = {
  succeeded: '✅',
  failed: '❌',
  waiting: '⏳',
  cancelled: '⏹️'
}

export interface SummaryView {
  outcome: Outcome
  /** What the step did, in a few words: "Migration 66f… is ready for cut-over". */
  title: string
  /** The numbers that matter, in order: "migration 66f…", "WORKING", "lag 12 s", "took 3 min". */
  facts: string[]
  /** The one or two sentences of what to do next; never empty. */
  next: string
  /** A link beside what to do next (the run where the cut-over is approved). */
  link?: { text: string; href: string }
  /** What went wrong, as the error said it (failures and cancels). */
  message?: string
  /** Details: two columns, what and its value. */
  rows: [string, string][]
}

/** Text as HTML: escaped, and on one line, since a blank line would end the HTML block and let Markdown in. */
export const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\s*[\r\n]+\s*/g, ' ')

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The outcome line, as the log's last line and the summary's first: "✅ Succeeded · migration 66f… · …". */
export function outcomeLine(view: Pick<SummaryView, 'outcome' | 'facts'>): string {
  return [`${OUTCOME_MARKERS[view.outcome]} ${capitalised(view.outcome)}`, ...view.facts].join(' · ')
}

/** A table; header cells first. Cells are text, escaped here. */
export function htmlTable(header: string[], rows: string[][]): string {
  const row = (cells: string[], tag: 'th' | 'td') =>
    `<tr>${cells.map(c => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`
  return `<table>${row(header, 'th')}${rows.map(r => row(r, 'td')).join('')}</table>`
}

/**
 * A summary as HTML: its head (title, outcome, message, next), then the sections that say what the
 * step found (checks, waits), then its details table.
 */
export function renderView(view: SummaryView, sections: string[] = []): string {
  const marker = OUTCOME_MARKERS[view.outcome]
  const parts = [
    `<h3>${marker} ${escapeHtml(view.title)}</h3>`,
    `<p>${marker} <strong>${capitalised(view.outcome)}</strong>${view.facts.map(f => ` · ${escapeHtml(f)}`).join('')}</p>`
  ]
  if (view.message) parts.push(`<blockquote>${escapeHtml(view.message)}</blockquote>`)
  const link = view.link ? ` <a href="${escapeHtml(view.link.href)}">${escapeHtml(view.link.text)}</a>` : ''
  parts.push(`<p><strong>Next:</strong> ${escapeHtml(view.next)}${link}</p>`, ...sections)
  if (view.rows.length > 0) parts.push('<h4>Details</h4>', htmlTable(['Detail', 'Value'], view.rows))
  return `${parts.join('\n')}\n`
}
