/**
 * End-to-end checks of the example pages in Debian's headless Chromium,
 * served with `Content-Security-Policy: default-src 'self'`:
 *
 * - examples/csp: the element works (typing → analysis → highlights) with no
 *   policy violation and no request to another origin, and keeps IME
 *   composition;
 * - examples/embed: the demo holds an example pitch and analyses it;
 * - examples/form: the form posts the pitch under its name;
 * - both pages pass axe-core.
 *
 *   node scripts/csp-check.mjs        (CHROME_PATH overrides /usr/bin/chromium)
 */
import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import puppeteer from 'puppeteer-core'
import {startServer} from './server.mjs'

// axe-core is evaluated through the DevTools protocol, which the page's CSP does not govern.
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
async function axeViolations(page) {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const result = await window.axe.run(document)
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  })
}

const {server, url} = await startServer({port: 0, host: '127.0.0.1'})
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
})

let passed = 0
let failed = 0
async function check(name, run) {
  const page = await browser.newPage()
  const foreign = []
  const violations = []
  page.on('request', (request) => {
    if (!request.url().startsWith(url.replace('localhost', '127.0.0.1')) && !request.url().startsWith('data:')) foreign.push(request.url())
  })
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.evaluateOnNewDocument(() => {
    window.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  try {
    await run(page)
    const inPage = await page.evaluate(() => window.__violations ?? [])
    const all = [...violations, ...inPage]
    if (all.length > 0) throw new Error(`CSP violations: ${all.join(' | ')}`)
    if (foreign.length > 0) throw new Error(`requests to other origins: ${foreign.join(', ')}`)
    passed++
    console.log(`  ✔ ${name}`)
  } catch (error) {
    failed++
    console.log(`  ✘ ${name}\n    ${error instanceof Error ? error.message : error}`)
  } finally {
    await page.close()
  }
}

const base = url.replace('localhost', '127.0.0.1')
const analysed = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const editor = document.querySelector('pitch-editor')
        if (editor.report && editor.report.stats.words > 0) return resolve(editor.report.stats.words)
        const timer = setTimeout(() => reject(new Error('no analysis within 30 s')), 30000)
        editor.addEventListener('pitch-analysis', (event) => {
          clearTimeout(timer)
          resolve(event.detail.stats.words)
        }, {once: true})
      })
  )

console.log('csp-check: the example pages under default-src \'self\'')
await check('examples/csp: typing is analysed and painted under a strict policy', async (page) => {
  await page.goto(`${base}/examples/csp/`, {waitUntil: 'load'})
  await page.waitForFunction(() => customElements.get('pitch-editor') !== undefined)
  const textarea = await page.waitForSelector('pitch-editor >>> textarea')
  await textarea.type('We think our app will utilize sensors. Maria walks to school. ')
  const words = await analysed(page)
  if (!(words > 5)) throw new Error(`unexpected word count ${words}`)
  const painted = await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('pitch-editor-')).length)
  if (painted === 0) throw new Error('no highlights registered')
  const adopted = await page.evaluate(() => document.querySelector('pitch-editor').shadowRoot.adoptedStyleSheets.length)
  if (adopted < 2) throw new Error('styles were not adopted')
})

await check('examples/csp: IME composition is kept, mirrored and analysed once committed', async (page) => {
  await page.goto(`${base}/examples/csp/`, {waitUntil: 'load'})
  await page.waitForFunction(() => customElements.get('pitch-editor') !== undefined)
  const textarea = await page.waitForSelector('pitch-editor >>> textarea')
  await textarea.type('Maria ')
  const session = await page.createCDPSession()
  // Compose as an input method does: provisional text, then the committed text.
  await session.send('Input.imeSetComposition', {text: 'k', selectionStart: 1, selectionEnd: 1})
  await session.send('Input.imeSetComposition', {text: 'kö', selectionStart: 2, selectionEnd: 2})
  await session.send('Input.insertText', {text: 'köpte'})
  const state = await page.evaluate(async () => {
    const editor = document.querySelector('pitch-editor')
    const report = await editor.analyze()
    const lines = [...editor.shadowRoot.querySelectorAll('.mirror > .line')].map((line) => line.textContent).join('\n')
    return {value: editor.value, mirror: lines, analysed: report.sentences.map((sentence) => sentence.text).join('')}
  })
  if (state.value !== 'Maria köpte') throw new Error(`value after composition: ${JSON.stringify(state.value)}`)
  if (state.mirror !== state.value) throw new Error(`mirror ${JSON.stringify(state.mirror)} differs from the text`)
  if (!state.analysed.includes('köpte')) throw new Error(`analysis did not see the committed text: ${JSON.stringify(state.analysed)}`)
})

await check('examples/embed: the demo holds an example pitch and analyses it', async (page) => {
  await page.goto(`${base}/examples/embed/`, {waitUntil: 'load'})
  await page.waitForFunction(() => document.querySelector('pitch-editor')?.value.includes('Snow Buddies'), {timeout: 15000})
  const words = await analysed(page)
  if (!(words > 100)) throw new Error(`unexpected word count ${words}`)
  await page.setViewport({width: 1100, height: 900})
  if (process.env.SCREENSHOT) await page.screenshot({path: process.env.SCREENSHOT, fullPage: true})
  const violations = await axeViolations(page)
  if (violations.length > 0) throw new Error(`axe-core: ${violations.join(' | ')}`)
})

await check('examples/form: the pitch is posted under its name, required is enforced', async (page) => {
  await page.goto(`${base}/examples/form/`, {waitUntil: 'load'})
  await page.evaluate(() => localStorage.clear())
  await page.waitForFunction(() => customElements.get('pitch-editor') !== undefined)
  await page.type('#team', 'Snow Buddies')
  const violations = await axeViolations(page)
  if (violations.length > 0) throw new Error(`axe-core: ${violations.join(' | ')}`)
  const valid = await page.evaluate(() => document.querySelector('form').checkValidity())
  if (valid) throw new Error('an empty required pitch did not block the form')
  const textarea = await page.waitForSelector('pitch-editor >>> textarea')
  await textarea.type('Maria, 84, stays indoors all winter.')
  // The report appears above the button once the text is analysed and moves it down the page: wait for the
  // analysis of the whole text, and press the button itself, so that a click at its old place (a layout shift
  // between scrolling and clicking, more likely on a busy machine) cannot miss it.
  await page.waitForFunction(() => document.querySelector('pitch-editor').report?.sentences.some((sentence) => sentence.text.includes('winter')) === true, {timeout: 30000})
  await Promise.all([page.waitForNavigation(), page.$eval('button[type="submit"]', (button) => button.click())])
  const body = await page.evaluate(() => document.body.innerText)
  if (!body.includes('Maria, 84, stays indoors all winter.') || !body.includes('team (12 characters)')) {
    throw new Error(`unexpected response: ${body.slice(0, 200)}`)
  }
})

await browser.close()
server.close()
console.log(`csp-check: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
