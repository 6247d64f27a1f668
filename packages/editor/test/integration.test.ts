/**
 * <pitch-editor> with the real engine in its real (bundled) worker.
 */
import {expect, fixture, html} from '@open-wc/testing'
import type {PitchReport} from '@pitch-coach/core'
import {PitchEditor} from '../src/pitch-editor.js'
import {highlightRanges, makeEditor, mirrorText, nextAnalysis, prefixOf, textareaOf, typeText, until, useRealWorker} from './helpers.js'
import {payloads} from './payloads.js'

declare global {
  interface Window {
    __pwned?: number
  }
}

const pitch = `# Safer school routes

Every morning in Vantaa, 4,000 children cross roads without a crossing guard. Maria, a mother of two, walks her son an extra kilometre because the short route is not safe.

We think our app will utilize sensors to leverage very innovative solutions. Now parents see a live map of safe routes.

In the pilot, incidents dropped by 30 percent. We ask the city for a six-month pilot in three schools.
`

/** Every span of a report slices back out of `text`. */
function matchesText(report: PitchReport, text: string): boolean {
  return report.sentences.every((sentence) => text.slice(sentence.position.start.offset, sentence.position.end.offset) === sentence.text)
}

describe('<pitch-editor> with the real engine', function () {
  this.timeout(60000)

  beforeEach(() => {
    useRealWorker()
    PitchEditor.paintMode = 'auto'
    delete window.__pwned
  })

  it('types, analyses in the worker and paints every finding where the engine put it', async () => {
    const element = await makeEditor()
    const analysed = nextAnalysis(element, 30000)
    typeText(element, pitch)
    const report = await analysed
    expect(report.stats.words).to.be.greaterThan(50)
    expect(matchesText(report, element.value)).to.equal(true)
    const prefix = prefixOf(element)
    for (const severity of ['error', 'warning', 'info'] as const) {
      const expected = report.messages
        .filter((message) => message.severity === severity)
        .map((message) => [message.place.start.offset, message.place.end.offset])
        .filter(([start, end]) => end! > start!)
        .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
      const painted = highlightRanges(`${prefix}-${severity}`).sort((a, b) => a[0] - b[0] || a[1] - b[1])
      expect(painted, severity).to.deep.equal(expected)
    }
    const hedge = report.messages.find((message) => message.ruleId === 'hedge')
    expect(hedge, 'the pitch has a hedge').to.exist
    await element.updateComplete
    const checklist = element.shadowRoot!.querySelectorAll('.checklist > li')
    expect(checklist).to.have.length(5)
    expect(element.shadowRoot!.querySelectorAll('.arc-step')).to.have.length(report.sentences.length)
  })

  it('applies a real suggestion and undoes it in one step', async () => {
    const element = await makeEditor(html`<pitch-editor value="Our team will utilize the data."></pitch-editor>`)
    const report = await element.analyze()
    const simpler = report.messages.find((message) => message.ruleId === 'simpler')!
    expect(simpler.expected).to.include('use')
    const textarea = textareaOf(element)
    textarea.focus()
    textarea.setSelectionRange(simpler.place.start.offset + 1, simpler.place.start.offset + 1)
    textarea.dispatchEvent(new MouseEvent('click'))
    await element.updateComplete
    const fix = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.card button.fix')].find((button) =>
      button.textContent!.includes('“use”')
    )!
    fix.click()
    expect(element.value).to.equal('Our team will use the data.')
    const reanalysed = await element.analyze()
    expect(reanalysed.messages.some((message) => message.ruleId === 'simpler')).to.equal(false)
    textarea.focus()
    document.execCommand('undo')
    expect(textarea.value).to.equal('Our team will utilize the data.')
  })

  it('only ever paints reports that match the text on screen, while typing fast', async () => {
    const element = await makeEditor()
    let mismatches = 0
    let reports = 0
    element.addEventListener('pitch-analysis', (event) => {
      reports++
      if (!matchesText(event.detail, element.value)) mismatches++
    })
    for (const word of pitch.split(/(?<= )/)) typeText(element, word)
    await element.analyze()
    expect(reports).to.be.greaterThan(0)
    expect(mismatches).to.equal(0)
  })

  it(`shows ${payloads.length} hostile payloads as text, typed one by one, and never runs or loads them`, async () => {
    expect(payloads.length).to.be.at.least(50)
    const element = await makeEditor()
    const textarea = textareaOf(element)
    for (const payload of payloads) {
      textarea.focus()
      textarea.select()
      document.execCommand('insertText', false, payload)
      expect(element.value).to.equal(payload)
      expect(mirrorText(element)).to.equal(payload)
    }
    // All of them at once, through the real engine, with the panel and cards rendered.
    element.value = payloads.join('\n\n')
    const report = await element.analyze()
    await element.updateComplete
    expect(report.stats.words).to.be.greaterThan(0)
    const dangerous = element.shadowRoot!.querySelectorAll('script, img, iframe, svg, object, embed, link, meta, base, style:not([data-lit]), video, audio, math, marquee, form, input, x')
    expect([...dangerous].map((node) => node.localName)).to.deep.equal([])
    textarea.dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
    await element.updateComplete
    expect(element.shadowRoot!.querySelectorAll('.card img, .card script, .card svg')).to.have.length(0)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(window.__pwned).to.equal(undefined)
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name)
    expect(loaded.filter((name) => name.includes('pwned.invalid'))).to.deep.equal([])
  })

  it(`shows the hostile payloads as text in the <mark> fallback too`, async () => {
    PitchEditor.paintMode = 'marks'
    const element = await makeEditor(html`<pitch-editor .value=${payloads.join('\n')}></pitch-editor>`)
    await element.analyze()
    const mirror = element.shadowRoot!.querySelector('.mirror')!
    expect(mirror.querySelectorAll('*:not(mark)')).to.have.length(0)
    expect(mirror.textContent).to.equal(`${payloads.join('\n')} `)
    expect(window.__pwned).to.equal(undefined)
  })

  it('makes no network request of its own while in use', async () => {
    const calls: string[] = []
    const originals = {fetch: window.fetch, open: XMLHttpRequest.prototype.open, beacon: navigator.sendBeacon}
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(`fetch ${String(args[0])}`)
      return originals.fetch(...args)
    }
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<typeof originals.open>) {
      calls.push(`xhr ${String(args[1])}`)
      return originals.open.apply(this, args)
    } as typeof XMLHttpRequest.prototype.open
    navigator.sendBeacon = (url: string | URL) => {
      calls.push(`beacon ${String(url)}`)
      return true
    }
    const before = new Set(performance.getEntriesByType('resource').map((entry) => entry.name))
    try {
      const element = await makeEditor(html`<pitch-editor autosave="network-test"></pitch-editor>`)
      typeText(element, pitch)
      await element.analyze()
      textareaOf(element).dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
      await element.updateComplete
      element.lang = 'sv'
      await element.analyze()
    } finally {
      window.fetch = originals.fetch
      XMLHttpRequest.prototype.open = originals.open
      navigator.sendBeacon = originals.beacon
    }
    expect(calls).to.deep.equal([])
    const added = performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((entry) => !before.has(entry.name))
    // At most the worker script itself, from this origin.
    for (const entry of added) {
      expect(new URL(entry.name).origin).to.equal(location.origin)
      expect(entry.name).to.contain('pitch-editor.worker.js')
    }
  })

  it('switches language: Swedish interface, Swedish analysis with LIX', async () => {
    const element = await makeEditor(html`<pitch-editor lang="sv"></pitch-editor>`)
    const analysed = nextAnalysis(element, 30000)
    typeText(
      element,
      'Varje vinter halkar äldre i Umeå på isiga trottoarer. Anna, som är 82 år, vågar inte gå till affären. Vi ber kommunen om en pilot med sandlådor vid tio busshållplatser.'
    )
    const report = await analysed
    expect(report.language).to.equal('sv')
    await element.updateComplete
    const panel = element.shadowRoot!.querySelector('.panel')!.textContent!
    expect(panel).to.contain('Läsbarhet').and.contain('LIX')
    expect(panel).to.contain('Talartid')
  })

  it('says where it looked when the worker cannot be loaded, and keeps editing', async () => {
    const url = new URL('/no-such-worker.js', location.href)
    PitchEditor.createWorker = () => new Worker(url, {type: 'module'}) as never
    const element = await makeEditor(html`<pitch-editor value="Text."></pitch-editor>`)
    await until(() => element.shadowRoot!.querySelector('.error') !== null, 30000, 'the error')
    expect(element.shadowRoot!.querySelector('.error')!.textContent).to.contain('PitchEditor.workerUrl')
    typeText(element, ' More.')
    expect(element.value).to.equal('Text. More.')
  })

  it('reports an engine refusal (unknown preset) in the panel and keeps editing', async () => {
    const element = await makeEditor(html`<pitch-editor preset="ten-hour" value="Text."></pitch-editor>`)
    await until(() => element.shadowRoot!.querySelector('.error') !== null, 30000, 'the error')
    expect(element.shadowRoot!.querySelector('.error')!.textContent).to.contain('preset')
    typeText(element, ' More.')
    expect(element.value).to.equal('Text. More.')
  })

  it('runs axe-core for real (a control: an unlabelled input fails)', async () => {
    const control = await fixture(html`<div><input type="text" /></div>`)
    await expect(control).not.to.be.accessible()
  })

  it('is accessible (axe-core), with findings, a card and the panel showing', async () => {
    const element = await makeEditor(html`<pitch-editor .value=${pitch}></pitch-editor>`)
    await element.analyze()
    textareaOf(element).dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
    await element.updateComplete
    await expect(element).to.be.accessible()
  })

  it('is accessible (axe-core) with a finding ignored and the panel offering it back', async () => {
    const element = await makeEditor(html`<pitch-editor .value=${pitch}></pitch-editor>`)
    await element.analyze()
    textareaOf(element).dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
    await element.updateComplete
    element.shadowRoot!.querySelector<HTMLButtonElement>('.card button.ignore')!.click()
    await element.updateComplete
    expect(element.shadowRoot!.querySelector('.panel button.restore-ignored')).to.not.equal(null)
    await expect(element).to.be.accessible()
  })

  it('is accessible in the story view and with the panel collapsed', async () => {
    const wrapper = await fixture(html`<main lang="fi"><pitch-editor view="story" .value=${pitch}></pitch-editor></main>`)
    const element = wrapper.querySelector('pitch-editor')!
    await element.analyze()
    await expect(element).to.be.accessible()
    element.panelCollapsed = true
    await element.updateComplete
    await expect(element).to.be.accessible()
  })
})
