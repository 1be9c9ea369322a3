// npm run render-summary -- <summary file or directory>… [--out <dir>]
// Draws job summaries as GitHub shows them, to look at them before keeping a design: the summary's
// HTML as it is, each ```mermaid block drawn by the `mermaid` package, in headless Chromium
// (CHROMIUM, /usr/bin/chromium by default), one PNG per file. A manual tool: no test needs Chromium.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { escapeHtml } from '../src/summary/view.ts'

const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const out = resolve(outAt >= 0 ? (args[outAt + 1] as string) : join(tmpdir(), 'summary-shots'))
const inputs = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1))
if (inputs.length === 0) {
  console.error('Usage: npm run render-summary -- <summary file or directory>… [--out <dir>]')
  process.exit(2)
}
const files = inputs.flatMap(path =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter(name => name.endsWith('.md'))
        .sort()
        .map(name => join(path, name))
    : [path]
)

/** The summary as a page: its HTML, and its Mermaid blocks where mermaid.run() finds them. */
function page(summary: string): string {
  const body = summary.replace(
    /```mermaid\n([\s\S]*?)```/g,
    (_, chart: string) => `<pre class="mermaid">${escapeHtml(chart)}</pre>`
  )
  return `<!doctype html><meta charset="utf-8"><style>
body { font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 880px; margin: 16px 24px; line-height: 1.5 }
h3 { font-size: 1.25em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em } h4 { font-size: 1em }
table { border-collapse: collapse; margin: 8px 0 } th, td { border: 1px solid #d1d9e0; padding: 6px 13px; text-align: left; vertical-align: top }
tr:nth-child(2n) { background: #f6f8fa } blockquote { margin: 0; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0 }
a { color: #0969da } pre.mermaid { background: none }
</style><body>${body}</body>`
}

/** What to install, said instead of a stack trace: the browser, and a font for the summaries' markers. */
const INSTALL =
  "Install Debian's chromium and an emoji font (without one, every ✅ and ❌ is drawn as a box): " +
  'apt-get install chromium fonts-noto-color-emoji. Or set CHROMIUM to a Chromium or Chrome binary.'
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  console.error(`npm run render-summary needs Chromium, and there is none at ${executablePath}. ${INSTALL}`)
  process.exit(1)
}
// fontconfig lists the fonts that draw ✅ (U+2705); none, and every marker is a box.
const emoji = spawnSync('fc-list', [':charset=2705', 'family'], { encoding: 'utf8' })
if (emoji.error === undefined && emoji.stdout.trim() === '') {
  console.error(
    'No font draws the summaries’ markers (✅, ❌): they will be boxes. apt-get install fonts-noto-color-emoji'
  )
}

const require = createRequire(import.meta.url)
const mermaidJs = require.resolve('mermaid/dist/mermaid.min.js')
const profile = mkdtempSync(join(tmpdir(), 'render-summary-profile-'))
const browser = await chromium
  .launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ],
    viewport: { width: 940, height: 600 }
  })
  .catch((err: unknown) => {
    rmSync(profile, { recursive: true, force: true })
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0]
    console.error(`Chromium at ${executablePath} did not start (${first}). ${INSTALL}`)
    process.exit(1)
  })
try {
  mkdirSync(out, { recursive: true })
  for (const file of files) {
    const tab = await browser.newPage()
    await tab.setContent(page(readFileSync(file, 'utf8')))
    await tab.addScriptTag({ path: mermaidJs })
    await tab.evaluate(async () => {
      const { mermaid } = globalThis as unknown as {
        mermaid: { initialize(o: object): void; run(): Promise<void> }
      }
      mermaid.initialize({ startOnLoad: false, theme: 'default' })
      await mermaid.run()
    })
    const png = join(out, `${basename(file).replace(/\.md$/, '')}.png`)
    await tab.screenshot({ path: png, fullPage: true })
    await tab.close()
    console.log(png)
  }
} finally {
  await browser.close()
  rmSync(profile, { recursive: true, force: true })
}
