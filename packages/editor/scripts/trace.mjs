/**
 * Where a keystroke's main-thread time goes: types 45 characters into a
 * synthetic pitch in headless Chromium while recording a `devtools.timeline`
 * trace, then sums the renderer main thread's work by kind (paint, layout,
 * script, …) and counts tasks over 50 ms. The tool behind the "What a
 * keystroke costs" section of docs/editor.md.
 *
 *   npm run build && node scripts/trace.mjs [words=10000] [--view style|story] [--collapsed] [--out trace.json]
 */
import {readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import puppeteer from 'puppeteer-core'
import {startServer} from './server.mjs'
import {syntheticPitch} from './bench-text.mjs'

const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const words = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10000)
const view = option('--view') ?? 'style'
const collapsed = args.includes('--collapsed')
const out = option('--out') ?? join(tmpdir(), `pitch-editor-trace-${process.pid}.json`)

const {server, url} = await startServer({port: 0, host: '127.0.0.1'})
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
})
const page = await browser.newPage()
await page.setViewport({width: 1200, height: 900})
await page.goto(`${url.replace('localhost', '127.0.0.1')}/packages/editor/bench/`)
await page.waitForFunction(() => window.bench && customElements.get('pitch-editor'))
await page.evaluate(
  async (value, view, collapsed) => {
    const editor = document.querySelector('#editor')
    editor.view = view
    editor.panelCollapsed = collapsed
    editor.value = value
    await editor.analyze()
    const textarea = editor.shadowRoot.querySelector('textarea')
    const middle = value.indexOf('\n\n', value.length / 2)
    textarea.focus()
    textarea.setSelectionRange(middle, middle)
  },
  syntheticPitch(words),
  view,
  collapsed
)
await page.keyboard.type(' warm', {delay: 120})
await page.tracing.start({path: out, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']})
await page.keyboard.type(' then the council agreed and families noticed', {delay: 120})
await page.evaluate(() => document.querySelector('#editor').analyze())
await page.tracing.stop()
await browser.close()
server.close()

const trace = JSON.parse(await readFile(out, 'utf8'))
const events = Array.isArray(trace) ? trace : trace.traceEvents
const mainThreads = new Set(
  events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`)
)
const onMain = events.filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`))
const tasks = onMain.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
const kinds = ['Paint', 'PrePaint', 'Layout', 'UpdateLayoutTree', 'EventDispatch', 'FunctionCall', 'HandlePostMessage', 'Commit', 'MajorGC']
const totals = Object.fromEntries(kinds.map((kind) => [kind, 0]))
// Events of one kind nest (a keypress dispatches textInput, which dispatches
// input): count only the outermost of each kind.
const outerEnd = Object.fromEntries(kinds.map((kind) => [kind, -1]))
for (const event of [...onMain].sort((a, b) => a.ts - b.ts)) {
  if (!(event.name in totals) || event.ts < outerEnd[event.name]) continue
  totals[event.name] += event.dur ?? 0
  outerEnd[event.name] = event.ts + (event.dur ?? 0)
}
const long = tasks.filter((task) => task.dur > 50_000)
console.log(`${words} words, ${view} view${collapsed ? ', panel collapsed' : ''}: 45 keystrokes, 120 ms apart`)
console.log(`tasks over 50 ms: ${long.length}, longest ${Math.round(Math.max(0, ...tasks.map((task) => task.dur)) / 1000)} ms`)
for (const kind of kinds) console.log(`  ${kind.padEnd(18)} ${Math.round(totals[kind] / 1000)} ms`)
if (!option('--out')) await rm(out)
