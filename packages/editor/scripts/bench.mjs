/**
 * Figures for <pitch-editor> in Debian's headless Chromium (a benchmark, not
 * a test): input-to-highlight latency while typing into 2,000- and
 * 10,000-word pitches, main-thread long tasks meanwhile, and the gzipped
 * sizes of the first load and of the worker.
 *
 *   npm run build && npm run bench:editor -w @pitch-coach/editor
 *   (options: --keys N continuous keystrokes, default 80; --delay MS between them, default 120;
 *    --samples N single keystrokes timed one by one, default 30)
 *
 * Latency (B) is measured in the page from the `input` event of a single
 * keystroke to the animation frame after the `pitch-analysis` event for that
 * text; the engine's own time in the worker is reported beside it. Long tasks
 * (A) are observed while typing continuously, when reports for older text
 * are mapped onto the newer text and only the last one is for the current
 * text. CPU contention from other processes inflates every figure: run it on
 * a quiet machine.
 */
import {readFile} from 'node:fs/promises'
import {gzipSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import puppeteer from 'puppeteer-core'
import {startServer} from './server.mjs'
import {syntheticPitch} from './bench-text.mjs'

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const keys = argument('--keys', 80)
const delay = argument('--delay', 120)
const samples = argument('--samples', 30)

function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const round = (value) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : 'n/a')

async function sizes() {
  const result = {}
  for (const file of ['pitch-editor.js', 'pitch-editor.worker.js']) {
    const code = await readFile(fileURLToPath(new URL(`../dist/bundle/${file}`, import.meta.url)))
    result[file] = {bytes: code.length, gzip: gzipSync(code, {level: 9}).length}
  }
  return result
}

const {server, url} = await startServer({port: 0, host: '127.0.0.1'})
const base = url.replace('localhost', '127.0.0.1')
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
})

const rows = []
for (const words of [2000, 10000]) {
  const page = await browser.newPage()
  await page.setViewport({width: 1200, height: 900})
  await page.goto(`${base}/packages/editor/bench/`, {waitUntil: 'load'})
  await page.waitForFunction(() => window.bench && customElements.get('pitch-editor'))
  if (process.env.BENCH_COLLAPSED) await page.evaluate(() => (document.querySelector('#editor').panelCollapsed = true))
  if (process.env.BENCH_VIEW) await page.evaluate((view) => (document.querySelector('#editor').view = view), process.env.BENCH_VIEW)
  const text = syntheticPitch(words)
  const counted = await page.evaluate(async (value) => {
    const editor = document.querySelector('#editor')
    editor.value = value
    const report = await editor.analyze()
    return report.stats.words
  }, text)
  // Put the caret at the end of a paragraph in the middle, as a writer revising.
  const middle = text.indexOf('\n\n', Math.floor(text.length / 2))
  await page.evaluate((offset) => {
    const textarea = document.querySelector('#editor').shadowRoot.querySelector('textarea')
    textarea.focus()
    textarea.setSelectionRange(offset, offset)
  }, middle)
  // Warm up (JIT, caches).
  await page.keyboard.type(' Warm up.', {delay})
  await page.evaluate(() => document.querySelector('#editor').analyze())

  // A: continuous typing, `delay` ms between keys: main-thread long tasks and frames.
  await page.evaluate(() => Object.assign(window.bench, {recording: true, latencies: [], engine: [], longTasks: [], frames: []}))
  const sentence = ' Then the council agreed and the families noticed the change within days'
  let typed = ''
  while (typed.length < keys) typed += sentence
  await page.keyboard.type(typed.slice(0, keys), {delay})
  await page.evaluate(() => document.querySelector('#editor').analyze())
  await new Promise((resolve) => setTimeout(resolve, 300))
  const typing = await page.evaluate(() => ({...window.bench, recording: false}))
  await page.evaluate(() => (window.bench.recording = false))

  // B: single keystrokes, each waited for: input → highlight latency.
  await page.evaluate(() => Object.assign(window.bench, {recording: true, latencies: [], engine: []}))
  for (let index = 0; index < samples; index++) {
    const painted = page.evaluate(
      (count) => new Promise((resolve) => {
        const check = () => (window.bench.latencies.length > count ? resolve() : setTimeout(check, 5))
        check()
      }),
      index
    )
    await page.keyboard.type(index % 8 === 7 ? ' ' : 'k')
    await painted
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const single = await page.evaluate(() => ({...window.bench, recording: false}))
  await page.evaluate(() => (window.bench.recording = false))
  rows.push({
    words: counted,
    p50: percentile(single.latencies, 50),
    p95: percentile(single.latencies, 95),
    max: Math.max(...single.latencies),
    engine50: percentile(single.engine, 50),
    engine95: percentile(single.engine, 95),
    typedReports: typing.latencies.length,
    longTasks: typing.longTasks.length,
    longestTask: typing.longTasks.length ? Math.max(...typing.longTasks) : 0,
    longFrames: typing.frames.length
  })
  await page.close()
}
await browser.close()
server.close()

const size = await sizes()
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`pitch-editor benchmark (headless Chromium; ${samples} single keystrokes timed; ${keys} keystrokes typed ${delay} ms apart for long tasks)\n`)
console.log('| words | input→highlight p50 | p95 | max | engine in worker p50 / p95 | while typing: reports for the current text | long tasks >50 ms | longest task | long animation frames |')
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const row of rows) {
  console.log(`| ${row.words} | ${round(row.p50)} ms | ${round(row.p95)} ms | ${round(row.max)} ms | ${round(row.engine50)} / ${round(row.engine95)} ms | ${row.typedReports} | ${row.longTasks} | ${round(row.longestTask)} ms | ${row.longFrames} |`)
}
console.log('')
console.log(`first load (pitch-editor.js): ${kb(size['pitch-editor.js'].bytes)} minified, ${kb(size['pitch-editor.js'].gzip)} gzipped`)
console.log(`worker (pitch-editor.worker.js): ${kb(size['pitch-editor.worker.js'].bytes)} minified, ${kb(size['pitch-editor.worker.js'].gzip)} gzipped`)
