import {expect, fixture, html, oneEvent} from '@open-wc/testing'
import {PitchEditor} from '../src/pitch-editor.js'
import {hashText} from '../src/drafts/drafts.js'
import {
  FakeWorker,
  highlightRanges,
  makeEditor,
  mirrorText,
  nextAnalysis,
  nextFrame,
  prefixOf,
  textareaOf,
  typeText,
  until,
  useFakeWorker
} from './helpers.js'

const shadow = (element: PitchEditor) => element.shadowRoot!
const card = (element: PitchEditor) => shadow(element).querySelector<HTMLElement>('.card')

describe('<pitch-editor> with a fake engine', () => {
  beforeEach(() => {
    useFakeWorker()
    PitchEditor.paintMode = 'auto'
    localStorage.clear()
  })

  it('is defined, and editable before any worker exists', async () => {
    expect(customElements.get('pitch-editor')).to.equal(PitchEditor)
    const element = await makeEditor()
    expect(FakeWorker.instances).to.have.length(0)
    typeText(element, 'Hello')
    expect(element.value).to.equal('Hello')
    await until(() => FakeWorker.instances.length === 1, 2000, 'the worker to start')
  })

  it('paints findings by severity after typing (style view)', async () => {
    const element = await makeEditor()
    const analysed = nextAnalysis(element)
    typeText(element, 'We utilize synergy very much.')
    const report = await analysed
    expect(report.messages.map((message) => message.ruleId)).to.deep.equal(['simpler-word', 'buzzword', 'intensifier'])
    const prefix = prefixOf(element)
    expect(prefix).to.match(/^pitch-editor-\d+$/)
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([[3, 10]])
    expect(highlightRanges(`${prefix}-error`)).to.deep.equal([[11, 18]])
    expect(highlightRanges(`${prefix}-info`)).to.deep.equal([[19, 23]])
  })

  it('uses highlight names unique to each instance', async () => {
    const first = await makeEditor(html`<pitch-editor value="We utilize it."></pitch-editor>`)
    const second = await makeEditor(html`<pitch-editor value="Now we utilize it."></pitch-editor>`)
    await Promise.all([first.analyze(), second.analyze()])
    const a = prefixOf(first)
    const b = prefixOf(second)
    expect(a).to.not.equal(b)
    expect(highlightRanges(`${a}-warning`)).to.deep.equal([[3, 10]])
    expect(highlightRanges(`${b}-warning`)).to.deep.equal([[7, 14]])
  })

  it('moves painted ranges with an edit before the report for the new text arrives', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize it."></pitch-editor>`)
    await element.analyze()
    const prefix = prefixOf(element)
    FakeWorker.instances[0]!.delay = 500
    const textarea = textareaOf(element)
    textarea.focus()
    textarea.setSelectionRange(0, 0)
    document.execCommand('insertText', false, 'So ')
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([[6, 13]])
  })

  it('moves paint across lines when an edit adds or removes line breaks', async () => {
    const element = await makeEditor(html`<pitch-editor value=${'We utilize it.\nNow synergy.'}></pitch-editor>`)
    await element.analyze()
    const prefix = prefixOf(element)
    FakeWorker.instances[0]!.delay = 500
    const textarea = textareaOf(element)
    textarea.focus()
    textarea.setSelectionRange(0, 0)
    document.execCommand('insertText', false, 'Hi.\n\n')
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([[8, 15]])
    expect(highlightRanges(`${prefix}-error`)).to.deep.equal([[24, 31]])
    textarea.setSelectionRange(0, 5)
    document.execCommand('delete')
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([[3, 10]])
    expect(highlightRanges(`${prefix}-error`)).to.deep.equal([[19, 26]])
    expect(element.shadowRoot!.querySelectorAll('.mirror > .line')).to.have.length(2)
  })

  it('paints sentences by role in the story view', async () => {
    const element = await makeEditor(html`<pitch-editor view="story" value="The problem is cost. Maria runs a school. We ask for help."></pitch-editor>`)
    await element.analyze()
    const prefix = prefixOf(element)
    expect(highlightRanges(`${prefix}-problem`)).to.deep.equal([[0, 20]])
    expect(highlightRanges(`${prefix}-hero`)).to.deep.equal([[20, 41]])
    expect(highlightRanges(`${prefix}-ask`)).to.deep.equal([[41, 58]])
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([])
    // Switching views repaints.
    shadow(element).querySelectorAll<HTMLButtonElement>('.toolbar button')[1]!.click()
    await element.updateComplete
    expect(element.view).to.equal('style')
    expect(highlightRanges(`${prefix}-problem`)).to.deep.equal([])
  })

  it('opens a card when the caret enters a finding, shows findings as text, applies a fix as one undo step', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize tools."></pitch-editor>`)
    await element.analyze()
    const textarea = textareaOf(element)
    textarea.focus()
    textarea.setSelectionRange(5, 5)
    textarea.dispatchEvent(new MouseEvent('click'))
    await element.updateComplete
    const opened = card(element)!
    expect(opened).to.exist
    // The reason contains markup-like text: it is shown as text, never parsed.
    expect(opened.querySelector('.reason')!.textContent).to.equal('Unexpected `utilize`, <b>bold</b> is not markup')
    expect(opened.querySelector('b')).to.equal(null)
    const link = opened.querySelector('a')!
    expect(link.getAttribute('href')).to.equal('https://example.org/rules/simpler-word')
    expect(link.rel).to.contain('noopener')
    const fix = opened.querySelector<HTMLButtonElement>('button.fix')!
    expect(fix.textContent!.trim()).to.equal('Replace with “use”')
    const input = oneEvent(element, 'input')
    fix.click()
    await input
    expect(element.value).to.equal('We use tools.')
    expect(textarea.value).to.equal('We use tools.')
    textarea.focus()
    document.execCommand('undo')
    expect(textarea.value).to.equal('We utilize tools.')
    await until(() => element.value === 'We utilize tools.', 2000, 'the value to follow undo')
  })

  it('opens the card when the pointer rests on a finding, and closes it after the pointer leaves', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize tools every day."></pitch-editor>`)
    await element.analyze()
    const mirror = element.shadowRoot!.querySelector('.mirror')!
    const text = mirror.querySelector('.line')!.firstChild!
    const range = document.createRange()
    range.setStart(text, 3)
    range.setEnd(text, 10)
    const box = range.getBoundingClientRect()
    const textarea = textareaOf(element)
    textarea.dispatchEvent(new MouseEvent('mousemove', {clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true}))
    await until(() => card(element) !== null, 2000, 'the card')
    expect(card(element)!.querySelector('.reason')!.textContent).to.contain('utilize')
    textarea.dispatchEvent(new MouseEvent('mousemove', {clientX: box.left + 2, clientY: box.bottom + 60, bubbles: true}))
    await until(() => card(element) === null, 3000, 'the card to close')
  })

  it('still applies a fix and fires input where execCommand is unavailable', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize tools."></pitch-editor>`)
    await element.analyze()
    textareaOf(element).dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
    await element.updateComplete
    const original = document.execCommand
    document.execCommand = () => false
    try {
      const input = oneEvent(element, 'input')
      card(element)!.querySelector<HTMLButtonElement>('button.fix')!.click()
      const event = (await input) as unknown as InputEvent
      expect(event.inputType).to.equal('insertReplacementText')
    } finally {
      document.execCommand = original
    }
    expect(element.value).to.equal('We use tools.')
    expect(mirrorText(element)).to.equal('We use tools.')
  })

  it('walks findings with F8 / Shift+F8 and closes the card with Escape', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize synergy very much."></pitch-editor>`)
    await element.analyze()
    const textarea = textareaOf(element)
    textarea.focus()
    textarea.setSelectionRange(0, 0)
    const press = (key: string, shiftKey = false) =>
      textarea.dispatchEvent(new KeyboardEvent('keydown', {key, shiftKey, bubbles: true, composed: true, cancelable: true}))
    press('F8')
    await element.updateComplete
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([3, 10])
    expect(card(element)!.querySelector('h3')!.textContent).to.contain('simpler-word')
    press('F8')
    await element.updateComplete
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([11, 18])
    press('F8')
    press('F8')
    await element.updateComplete
    // Wraps around after the last finding.
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([3, 10])
    press('F8', true)
    await element.updateComplete
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([19, 23])
    const announcement = shadow(element).querySelector('[role="status"][aria-live="polite"]')!
    expect(announcement.textContent).to.equal('Finding 3 of 3: Unexpected `very`, <b>bold</b> is not markup')
    press('Escape')
    await element.updateComplete
    expect(card(element)).to.equal(null)
  })

  it('reaches the card buttons with Tab order after the text and returns focus on Escape', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize tools."></pitch-editor>`)
    await element.analyze()
    shadow(element).querySelectorAll<HTMLButtonElement>('.toolbar button')[3]!.click()
    await element.updateComplete
    const buttons = [...shadow(element).querySelectorAll('button')]
    const textareaPosition = textareaOf(element).compareDocumentPosition(card(element)!)
    expect(textareaPosition & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0)
    const fix = card(element)!.querySelector<HTMLButtonElement>('button.fix')!
    expect(buttons).to.include(fix)
    fix.focus()
    fix.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, composed: true, cancelable: true}))
    await element.updateComplete
    expect(card(element)).to.equal(null)
    expect(shadow(element).activeElement).to.equal(textareaOf(element))
  })

  it('ignores a finding, and it stays ignored after re-analysis', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize synergy."></pitch-editor>`)
    await element.analyze()
    const prefix = prefixOf(element)
    textareaOf(element).dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
    await element.updateComplete
    card(element)!.querySelector<HTMLButtonElement>('button.ignore')!.click()
    await element.updateComplete
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([])
    const analysed = nextAnalysis(element)
    typeText(element, ' More.')
    await analysed
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([])
    expect(highlightRanges(`${prefix}-error`)).to.deep.equal([[11, 18]])
  })

  it('never paints a result for older text (stale results dropped)', async () => {
    const element = await makeEditor()
    const reports: string[] = []
    element.addEventListener('pitch-analysis', (event) => reports.push(event.detail.sentences.map((s) => s.text).join('|')))
    typeText(element, 'First.')
    await until(() => FakeWorker.instances.length === 1, 2000, 'worker')
    FakeWorker.instances[0]!.delay = 100
    typeText(element, ' Second.')
    typeText(element, ' Third.')
    await until(() => reports.length > 0 && reports.at(-1) === 'First.| Second.| Third.', 5000, 'the final report')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(reports.at(-1)).to.equal('First.| Second.| Third.')
    for (const report of reports) expect('First. Second. Third.'.startsWith(report.replaceAll('|', ''))).to.equal(true)
    expect(element.report!.sentences).to.have.length(3)
  })

  it('maps a report for older text onto the newer text instead of painting it at old offsets', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize synergy."></pitch-editor>`)
    await element.analyze()
    const prefix = prefixOf(element)
    const worker = FakeWorker.instances[0]!
    worker.delay = 1e9 // replies are sent by hand below
    const textarea = textareaOf(element)
    textarea.focus()
    textarea.setSelectionRange(0, 0)
    document.execCommand('insertText', false, 'Now ')
    await until(() => worker.requests.length === 2, 2000, 'the request for the edit')
    document.execCommand('insertText', false, 'then ')
    await new Promise((resolve) => setTimeout(resolve, 20))
    let events = 0
    element.addEventListener('pitch-analysis', () => events++)
    // The report for "Now We utilize synergy." arrives after "Now then We…" was typed.
    worker.reply(worker.requests[1]!)
    expect(textarea.value).to.equal('Now then We utilize synergy.')
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([[12, 19]])
    expect(highlightRanges(`${prefix}-error`)).to.deep.equal([[20, 27]])
    expect(events).to.equal(0)
    worker.reply(worker.requests[2]!)
    expect(events).to.equal(1)
  })

  it('keeps working after the worker crashes', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize it."></pitch-editor>`)
    await element.analyze()
    FakeWorker.instances[0]!.delay = 200
    typeText(element, ' Now.')
    FakeWorker.instances[0]!.crash()
    typeText(element, ' Still typing.')
    expect(element.value).to.equal('We utilize it. Now. Still typing.')
    const report = await element.analyze()
    expect(FakeWorker.instances.length).to.be.greaterThan(1)
    expect(report.sentences.map((sentence) => sentence.text.trim())).to.deep.equal(['We utilize it.', 'Now.', 'Still typing.'])
  })

  it('keeps analysing after being moved in the page (removed and added again)', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize it."></pitch-editor>`)
    await element.analyze()
    const parent = element.parentElement!
    element.remove()
    parent.append(element)
    await element.updateComplete
    const prefix = prefixOf(element)
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([[3, 10]])
    const analysed = nextAnalysis(element)
    typeText(element, ' Synergy now.')
    const report = await analysed
    expect(report.sentences).to.have.length(2)
  })

  it('fires input, change and pitch-analysis from the host', async () => {
    const element = await makeEditor()
    const input = oneEvent(element, 'input')
    typeText(element, 'Text.')
    const inputEvent = await input
    expect(inputEvent.target).to.equal(element)
    const change = oneEvent(element, 'change')
    textareaOf(element).dispatchEvent(new Event('change'))
    expect((await change).target).to.equal(element)
    const report = await element.analyze()
    expect(report.stats.words).to.equal(1)
  })

  it('focus() puts the caret in the text field', async () => {
    const element = await makeEditor()
    element.focus()
    expect(shadow(element).activeElement).to.equal(textareaOf(element))
  })

  it('switches the interface language with lang and passes it to the engine', async () => {
    const element = await makeEditor(html`<pitch-editor value="Some text."></pitch-editor>`)
    await element.analyze()
    expect(shadow(element).querySelector('.toolbar button')!.textContent!.trim()).to.equal('Story')
    element.lang = 'sv'
    await element.updateComplete
    expect(shadow(element).querySelector('.toolbar button')!.textContent!.trim()).to.equal('Berättelse')
    expect(textareaOf(element).placeholder).to.equal('Skriv eller klistra in din pitch i Markdown…')
    await until(() => FakeWorker.instances[0]!.requests.at(-1)!.options.language === 'sv', 2000, 'a Swedish request')
    expect(FakeWorker.instances[0]!.requests.at(-1)!.options.messageLanguage).to.equal('sv')
    element.lang = 'fi-FI'
    await element.updateComplete
    expect(shadow(element).querySelector('.toolbar button')!.textContent!.trim()).to.equal('Tarina')
  })

  it('follows the page language for the interface when lang is not set', async () => {
    const wrapper = await fixture(html`<div lang="fi"><pitch-editor></pitch-editor></div>`)
    const element = wrapper.querySelector('pitch-editor')!
    await element.updateComplete
    expect(shadow(element).querySelector('.panel-toggle')!.textContent!.trim()).to.equal('Piilota valmentaja')
  })

  it('jumps to a sentence from the arc strip', async () => {
    const element = await makeEditor(html`<pitch-editor value="The problem is cost. Maria runs a school."></pitch-editor>`)
    await element.analyze()
    await element.updateComplete
    const steps = shadow(element).querySelectorAll<HTMLButtonElement>('.arc-step')
    expect(steps).to.have.length(2)
    expect(steps[1]!.textContent!.trim()).to.equal('H')
    expect(steps[1]!.getAttribute('aria-label')).to.equal('Sentence 2: Hero. Maria runs a school.')
    steps[1]!.click()
    const textarea = textareaOf(element)
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([20, 41])
  })

  it('selects the words a question quotes, and only while the text still holds them', async () => {
    const element = await makeEditor(html`<pitch-editor value="The problem is cost. We hope fewer people wait."></pitch-editor>`)
    await element.analyze()
    await element.updateComplete
    const button = shadow(element).querySelector<HTMLButtonElement>('.questions .show-quote')!
    expect(button.getAttribute('aria-label')).to.equal('Show “We hope fewer” in the text')
    const textarea = textareaOf(element)
    textarea.setSelectionRange(0, 0)
    button.click()
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([21, 34])
    expect(textarea.value.slice(21, 34)).to.equal('We hope fewer')
    // A question without a quote has no button.
    expect(shadow(element).querySelectorAll('.questions .show-quote')).to.have.length(1)
    // Typing moves the words before the next report arrives: the old report's quote selects nothing
    // rather than the wrong words.
    for (const worker of FakeWorker.instances) worker.delay = 60_000
    textarea.value = 'So: ' + textarea.value
    textarea.dispatchEvent(new Event('input', {bubbles: true}))
    await element.updateComplete
    textarea.setSelectionRange(0, 0)
    shadow(element).querySelector<HTMLButtonElement>('.questions .show-quote')!.click()
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([0, 0])
    expect(element.value).to.equal('So: The problem is cost. We hope fewer people wait.')
  })

  it('shows status, questions and figures in the panel, and collapses it', async () => {
    const element = await makeEditor(html`<pitch-editor value="The problem is cost."></pitch-editor>`)
    await element.analyze()
    await element.updateComplete
    const rows = [...shadow(element).querySelectorAll('.checklist > li')]
    expect(rows).to.have.length(5)
    expect(rows[0]!.textContent).to.contain('Problem').and.contain('present')
    expect(rows[1]!.textContent).to.contain('Hero').and.contain('missing').and.contain('What about the hero?')
    expect(shadow(element).querySelector('meter')).to.exist
    expect(shadow(element).querySelector('.panel')!.textContent).to.contain('LIX 40 (medium)')
    const toggle = shadow(element).querySelector<HTMLButtonElement>('.panel-toggle')!
    toggle.click()
    await element.updateComplete
    expect(shadow(element).querySelector('.panel')).to.equal(null)
    expect(toggle.getAttribute('aria-expanded')).to.equal('false')
  })

  it('announces a summary in a polite live region', async () => {
    const element = await makeEditor(html`<pitch-editor value="The problem is cost. We utilize it."></pitch-editor>`)
    await element.analyze()
    const region = shadow(element).querySelector('[aria-live="polite"]')!
    await until(() => region.textContent !== '', 4000, 'the summary')
    expect(region.textContent).to.equal('1 of 5 story elements present. 1 finding. Speaking time 0:03 of 1:00.')
  })

  it('is readonly: no fixes offered, text unchanged', async () => {
    const element = await makeEditor(html`<pitch-editor readonly value="We utilize it."></pitch-editor>`)
    await element.analyze()
    textareaOf(element).dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
    await element.updateComplete
    expect(card(element)).to.exist
    expect(card(element)!.querySelector('button.fix')).to.equal(null)
    expect(textareaOf(element).readOnly).to.equal(true)
  })

  it('paints with <mark> elements where the Highlight API is missing, still as text', async () => {
    PitchEditor.paintMode = 'marks'
    const element = await makeEditor(html`<pitch-editor value="<img src=x onerror=alert(1)> We utilize it."></pitch-editor>`)
    await element.analyze()
    const mirror = shadow(element).querySelector('.mirror')!
    const marks = [...mirror.querySelectorAll('mark')]
    expect(marks.map((mark) => [mark.className, mark.textContent])).to.deep.equal([['paint-warning', 'utilize']])
    expect(mirror.querySelector('img')).to.equal(null)
    expect(mirror.textContent).to.equal('<img src=x onerror=alert(1)> We utilize it. ')
  })

  it('lays out at 360 px: panel below the text, nothing wider than the screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><pitch-editor value="The problem is cost. We utilize it."></pitch-editor></div>`)
    const element = wrapper.querySelector('pitch-editor')!
    await element.analyze()
    await element.updateComplete
    await nextFrame()
    const main = shadow(element).querySelector('.main')!.getBoundingClientRect()
    const panel = shadow(element).querySelector('.panel')!.getBoundingClientRect()
    expect(panel.top).to.be.at.least(main.bottom)
    expect(element.scrollWidth).to.be.at.most(360)
    expect(panel.width).to.be.at.most(360)
  })
})

describe('<pitch-editor> in a form', () => {
  beforeEach(() => useFakeWorker())

  it('submits its text under its name and blocks submission while required and empty', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pitch-editor name="pitch" required></pitch-editor><button>Send</button></form>`)
    const element = form.querySelector('pitch-editor')!
    await element.updateComplete
    expect(element.form).to.equal(form)
    expect(form.checkValidity()).to.equal(false)
    expect(element.validity!.valueMissing).to.equal(true)
    expect(element.validationMessage).to.equal('Please write your pitch.')
    let submitted: FormData | undefined
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      submitted = new FormData(form)
    })
    form.requestSubmit()
    expect(submitted).to.equal(undefined)
    typeText(element, 'Our pitch.')
    await element.updateComplete
    expect(form.checkValidity()).to.equal(true)
    form.requestSubmit()
    expect(submitted!.get('pitch')).to.equal('Our pitch.')
  })

  it('resets to its value attribute with the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pitch-editor name="pitch" value="Start."></pitch-editor></form>`)
    const element = form.querySelector('pitch-editor')!
    await element.updateComplete
    typeText(element, ' More.')
    expect(new FormData(form).get('pitch')).to.not.equal('Start.')
    form.reset()
    await element.updateComplete
    expect(element.value).to.equal('Start.')
    expect(textareaOf(element).value).to.equal('Start.')
    expect(new FormData(form).get('pitch')).to.equal('Start.')
  })

  it('is left out of the submission when disabled', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><pitch-editor name="pitch" value="x"></pitch-editor></fieldset></form>`)
    const element = form.querySelector('pitch-editor')!
    await element.updateComplete
    expect(new FormData(form).has('pitch')).to.equal(false)
    expect(textareaOf(element).disabled).to.equal(true)
  })
})

describe('<pitch-editor autosave>', () => {
  beforeEach(() => {
    useFakeWorker()
    localStorage.clear()
  })

  it('saves as you type and restores after a reload', async () => {
    const first = await makeEditor(html`<pitch-editor autosave="pitch-a"></pitch-editor>`)
    typeText(first, 'My unsaved pitch.')
    await until(() => localStorage.getItem('pitch-coach:draft:pitch-a') !== null, 3000, 'the draft to be saved')
    first.remove()
    const second = await makeEditor(html`<pitch-editor autosave="pitch-a"></pitch-editor>`)
    expect(second.value).to.equal('My unsaved pitch.')
    expect(textareaOf(second).value).to.equal('My unsaved pitch.')
    expect(shadow(second).querySelector('.notice')!.textContent).to.contain('Restored your draft')
  })

  it('restores a draft over the text it grew from', async () => {
    const first = await makeEditor(html`<pitch-editor autosave="pitch-b" value="Base text."></pitch-editor>`)
    typeText(first, ' Edited.')
    first.remove() // saves on disconnect
    const second = await makeEditor(html`<pitch-editor autosave="pitch-b" value="Base text."></pitch-editor>`)
    expect(second.value).to.equal('Base text. Edited.')
  })

  it('never overwrites newer text from the page with an older draft, but offers it', async () => {
    const first = await makeEditor(html`<pitch-editor autosave="pitch-c" value="Version one."></pitch-editor>`)
    typeText(first, ' Draft edit.')
    first.remove()
    const second = await makeEditor(html`<pitch-editor autosave="pitch-c" value="Version two from the server."></pitch-editor>`)
    expect(second.value).to.equal('Version two from the server.')
    const notice = shadow(second).querySelector('.notice')!
    expect(notice.textContent).to.contain('A different draft')
    notice.querySelector<HTMLButtonElement>('button')!.click()
    expect(second.value).to.equal('Version one. Draft edit.')
    // Restoring is one undo step.
    textareaOf(second).focus()
    document.execCommand('undo')
    expect(textareaOf(second).value).to.equal('Version two from the server.')
  })

  it('forgets the draft when the form is reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pitch-editor name="pitch" autosave="pitch-e" value="Start."></pitch-editor></form>`)
    const element = form.querySelector('pitch-editor')!
    await element.updateComplete
    typeText(element, ' Edited.')
    await until(() => localStorage.getItem('pitch-coach:draft:pitch-e') !== null, 3000, 'the draft')
    form.reset()
    await element.updateComplete
    expect(element.value).to.equal('Start.')
    expect(localStorage.getItem('pitch-coach:draft:pitch-e')).to.equal(null)
  })

  it('clearDraft() removes the draft for good: leaving the page does not save it again', async () => {
    const element = await makeEditor(html`<pitch-editor autosave="pitch-f"></pitch-editor>`)
    typeText(element, 'Submitted text.')
    await until(() => localStorage.getItem('pitch-coach:draft:pitch-f') !== null, 3000, 'the draft')
    element.clearDraft()
    textareaOf(element).blur()
    window.dispatchEvent(new Event('pagehide'))
    element.remove()
    expect(localStorage.getItem('pitch-coach:draft:pitch-f')).to.equal(null)
  })

  it('survives a crash of the worker', async () => {
    const element = await makeEditor(html`<pitch-editor autosave="pitch-d"></pitch-editor>`)
    typeText(element, 'Before the crash.')
    await until(() => FakeWorker.instances.length > 0, 2000, 'worker')
    FakeWorker.instances[0]!.crash()
    typeText(element, ' After.')
    await until(() => localStorage.getItem('pitch-coach:draft:pitch-d')?.includes('After.') ?? false, 3000, 'the draft')
    expect(JSON.parse(localStorage.getItem('pitch-coach:draft:pitch-d')!).text).to.equal('Before the crash. After.')
  })
})

describe('<pitch-editor autosave> and ignored findings', () => {
  beforeEach(() => {
    useFakeWorker()
    localStorage.clear()
  })

  const stored = (key: string): {text: string; ignored?: string[]} | null => {
    const raw = localStorage.getItem(`pitch-coach:draft:${key}`)
    return raw === null ? null : (JSON.parse(raw) as {text: string; ignored?: string[]})
  }
  const restoreButton = (element: PitchEditor) => shadow(element).querySelector<HTMLButtonElement>('button.restore-ignored')

  /** Opens the first finding's card with F8 and presses Ignore. */
  async function ignoreFirst(element: PitchEditor): Promise<void> {
    const textarea = textareaOf(element)
    textarea.focus()
    textarea.setSelectionRange(0, 0)
    textarea.dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
    await element.updateComplete
    card(element)!.querySelector<HTMLButtonElement>('button.ignore')!.click()
    await element.updateComplete
  }

  it('keeps an ignored finding hidden after a reload, also after edits elsewhere', async () => {
    const first = await makeEditor(html`<pitch-editor autosave="ig-a"></pitch-editor>`)
    typeText(first, 'We utilize synergy.')
    await first.analyze()
    await ignoreFirst(first)
    typeText(first, ' More words here.')
    await until(() => stored('ig-a')?.text === 'We utilize synergy. More words here.', 3000, 'the draft')
    expect(stored('ig-a')!.ignored).to.deep.equal(['simpler-word\u0000utilize'])
    first.remove()

    const second = await makeEditor(html`<pitch-editor autosave="ig-a"></pitch-editor>`)
    expect(second.value).to.equal('We utilize synergy. More words here.')
    await second.analyze()
    const prefix = prefixOf(second)
    expect(highlightRanges(`${prefix}-warning`)).to.deep.equal([])
    expect(highlightRanges(`${prefix}-error`)).to.deep.equal([[11, 18]])
    expect(restoreButton(second)!.textContent!.trim()).to.equal('Show 1 ignored finding')
  })

  it('keeps findings ignored without typing: no draft is offered, and a newer page text keeps them hidden', async () => {
    const first = await makeEditor(html`<pitch-editor autosave="ig-b" value="We utilize synergy."></pitch-editor>`)
    await first.analyze()
    await ignoreFirst(first)
    await until(() => stored('ig-b')?.ignored?.length === 1, 3000, 'the ignored key to be saved')
    first.remove()

    const same = await makeEditor(html`<pitch-editor autosave="ig-b" value="We utilize synergy."></pitch-editor>`)
    await same.analyze()
    expect(shadow(same).querySelector('.notice')).to.equal(null)
    expect(highlightRanges(`${prefixOf(same)}-warning`)).to.deep.equal([])
    same.remove()

    const newer = await makeEditor(html`<pitch-editor autosave="ig-b" value="A new first line. We utilize synergy."></pitch-editor>`)
    await newer.analyze()
    expect(newer.value).to.equal('A new first line. We utilize synergy.')
    expect(shadow(newer).querySelector('.notice')).to.equal(null)
    expect(highlightRanges(`${prefixOf(newer)}-warning`)).to.deep.equal([])
    expect(highlightRanges(`${prefixOf(newer)}-error`)).to.deep.equal([[29, 36]])
  })

  it('shows ignored findings again from the panel, and the draft forgets them', async () => {
    const first = await makeEditor(html`<pitch-editor autosave="ig-c"></pitch-editor>`)
    typeText(first, 'We utilize it. We utilize more.')
    await first.analyze()
    await ignoreFirst(first)
    await until(() => stored('ig-c')?.ignored?.length === 1, 3000, 'the ignored key to be saved')
    first.remove()

    const second = await makeEditor(html`<pitch-editor autosave="ig-c"></pitch-editor>`)
    await second.analyze()
    await second.updateComplete
    const button = restoreButton(second)!
    // Both occurrences of the same words under the same rule are hidden.
    expect(button.textContent!.trim()).to.equal('Show 2 ignored findings')
    expect(button.type).to.equal('button')
    button.focus()
    button.click()
    await second.updateComplete
    expect(highlightRanges(`${prefixOf(second)}-warning`)).to.deep.equal([[3, 10], [18, 25]])
    expect(restoreButton(second)).to.equal(null)
    expect(shadow(second).activeElement).to.equal(textareaOf(second))
    expect(shadow(second).querySelector('[role="status"][aria-live]')!.textContent).to.contain('2 ignored findings are shown again')
    await until(() => stored('ig-c') !== null && stored('ig-c')!.ignored === undefined, 3000, 'the draft to forget them')
    expect(stored('ig-c')!.text).to.equal('We utilize it. We utilize more.')

    // Still shown after another reload.
    second.remove()
    const third = await makeEditor(html`<pitch-editor autosave="ig-c"></pitch-editor>`)
    await third.analyze()
    expect(highlightRanges(`${prefixOf(third)}-warning`)).to.deep.equal([[3, 10], [18, 25]])
  })

  it('has a public restoreIgnored(), and the panel control in Swedish and Finnish', async () => {
    const element = await makeEditor(html`<pitch-editor lang="sv" value="We utilize synergy."></pitch-editor>`)
    await element.analyze()
    await ignoreFirst(element)
    expect(restoreButton(element)!.textContent!.trim()).to.equal('Visa 1 ignorerad anmärkning')
    element.lang = 'fi'
    await element.updateComplete
    expect(restoreButton(element)!.textContent!.trim()).to.equal('Näytä 1 ohitettu huomio')
    element.restoreIgnored()
    await element.updateComplete
    expect(highlightRanges(`${prefixOf(element)}-warning`)).to.deep.equal([[3, 10]])
    expect(restoreButton(element)).to.equal(null)
  })

  it('forgets the ignored findings when the restored draft is discarded', async () => {
    const first = await makeEditor(html`<pitch-editor autosave="ig-d" value="We utilize synergy."></pitch-editor>`)
    await first.analyze()
    await ignoreFirst(first)
    typeText(first, ' Edited.')
    first.remove()
    expect(stored('ig-d')!.ignored).to.deep.equal(['simpler-word\u0000utilize'])

    const second = await makeEditor(html`<pitch-editor autosave="ig-d" value="We utilize synergy."></pitch-editor>`)
    expect(second.value).to.equal('We utilize synergy. Edited.')
    await second.analyze()
    expect(highlightRanges(`${prefixOf(second)}-warning`)).to.deep.equal([])
    const notice = shadow(second).querySelector('.notice')!
    const analysed = nextAnalysis(second)
    notice.querySelector<HTMLButtonElement>('button')!.click() // Discard draft
    await analysed
    expect(second.value).to.equal('We utilize synergy.')
    expect(highlightRanges(`${prefixOf(second)}-warning`)).to.deep.equal([[3, 10]])
    expect(localStorage.getItem('pitch-coach:draft:ig-d')).to.equal(null)
    second.remove()
    expect(localStorage.getItem('pitch-coach:draft:ig-d')).to.equal(null)
  })

  it('brings the ignored findings back with an offered draft when it is restored', async () => {
    const first = await makeEditor(html`<pitch-editor autosave="ig-e" value="Version one."></pitch-editor>`)
    typeText(first, ' We utilize it.')
    await first.analyze()
    await ignoreFirst(first)
    first.remove()

    const second = await makeEditor(html`<pitch-editor autosave="ig-e" value="We utilize the server text."></pitch-editor>`)
    await second.analyze()
    // The page's newer text stays, with its findings: the draft is only offered.
    expect(highlightRanges(`${prefixOf(second)}-warning`)).to.deep.equal([[3, 10]])
    const analysed = nextAnalysis(second)
    shadow(second).querySelector('.notice')!.querySelector<HTMLButtonElement>('button')!.click() // Restore draft
    await analysed
    expect(second.value).to.equal('Version one. We utilize it.')
    expect(highlightRanges(`${prefixOf(second)}-warning`)).to.deep.equal([])
  })

  it('loads an old draft without ignored keys, and one whose ignored field is corrupt', async () => {
    localStorage.setItem('pitch-coach:draft:ig-f', JSON.stringify({text: 'We utilize old drafts.', savedAt: 1, base: hashText('')}))
    const old = await makeEditor(html`<pitch-editor autosave="ig-f"></pitch-editor>`)
    expect(old.value).to.equal('We utilize old drafts.')
    await old.analyze()
    expect(highlightRanges(`${prefixOf(old)}-warning`)).to.deep.equal([[3, 10]])
    old.remove()

    localStorage.setItem(
      'pitch-coach:draft:ig-g',
      JSON.stringify({text: 'We utilize synergy.', savedAt: 1, base: hashText(''), ignored: [5, null, {}, 'buzzword\u0000synergy']})
    )
    const odd = await makeEditor(html`<pitch-editor autosave="ig-g"></pitch-editor>`)
    expect(odd.value).to.equal('We utilize synergy.')
    await odd.analyze()
    expect(highlightRanges(`${prefixOf(odd)}-warning`)).to.deep.equal([[3, 10]])
    expect(highlightRanges(`${prefixOf(odd)}-error`)).to.deep.equal([])
    odd.remove()

    localStorage.setItem('pitch-coach:draft:ig-h', JSON.stringify({text: 'We utilize it.', savedAt: 1, base: hashText(''), ignored: 'oops'}))
    const corrupt = await makeEditor(html`<pitch-editor autosave="ig-h"></pitch-editor>`)
    expect(corrupt.value).to.equal('We utilize it.')
  })

  it('saves only the ignored keys that still match a finding of the text', async () => {
    const element = await makeEditor(html`<pitch-editor autosave="ig-i" value="We utilize synergy."></pitch-editor>`)
    await element.analyze()
    await ignoreFirst(element)
    const textarea = textareaOf(element)
    textarea.focus()
    textarea.setSelectionRange(3, 10)
    document.execCommand('insertText', false, 'use')
    await element.analyze()
    textarea.blur() // saves at once
    expect(stored('ig-i')!.text).to.equal('We use synergy.')
    expect(stored('ig-i')!.ignored).to.equal(undefined)
    // Within the page it stays ignored: undo brings the words back, still hidden.
    textarea.focus()
    document.execCommand('undo')
    await element.analyze()
    expect(element.value).to.equal('We utilize synergy.')
    expect(highlightRanges(`${prefixOf(element)}-warning`)).to.deep.equal([])
  })

  it('forgets ignored findings with a form reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pitch-editor autosave="ig-j" value="We utilize synergy."></pitch-editor></form>`)
    const element = form.querySelector('pitch-editor')!
    await element.analyze()
    await ignoreFirst(element)
    await until(() => stored('ig-j') !== null, 3000, 'the draft')
    form.reset()
    await element.updateComplete
    expect(localStorage.getItem('pitch-coach:draft:ig-j')).to.equal(null)
    expect(highlightRanges(`${prefixOf(element)}-warning`)).to.deep.equal([[3, 10]])
  })

  it('without autosave, remembers ignored findings for the page only', async () => {
    const first = await makeEditor(html`<pitch-editor value="We utilize synergy."></pitch-editor>`)
    await first.analyze()
    await ignoreFirst(first)
    first.remove()
    expect(localStorage.length).to.equal(0)
    const second = await makeEditor(html`<pitch-editor value="We utilize synergy."></pitch-editor>`)
    await second.analyze()
    expect(highlightRanges(`${prefixOf(second)}-warning`)).to.deep.equal([[3, 10]])
  })
})

describe('<pitch-editor> with a long text', () => {
  beforeEach(() => useFakeWorker())

  it('paints the lines near the screen, and more as it scrolls', async () => {
    const lines = Array.from({length: 1200}, (_, index) => `Line ${index} we utilize it.`)
    const element = await makeEditor(html`<pitch-editor value=${lines.join('\n')}></pitch-editor>`)
    await element.analyze()
    const prefix = prefixOf(element)
    const offsetOf = (line: number) => lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0)
    const painted = () => highlightRanges(`${prefix}-warning`)
    expect(painted().length).to.be.greaterThan(10)
    expect(painted().length).to.be.lessThan(400)
    expect(painted()[0]![0]).to.equal(offsetOf(0) + 'Line 0 we '.length)
    const textarea = textareaOf(element)
    textarea.scrollTop = textarea.scrollHeight
    await until(() => painted().some(([start]) => start > offsetOf(1190)), 3000, 'the end to be painted')
    // Every painted range is still exactly on the word.
    for (const [start, end] of painted()) expect(textarea.value.slice(start, end)).to.equal('utilize')
  })
})

describe('<pitch-editor> text layout', () => {
  beforeEach(() => useFakeWorker())

  it('keeps the mirror laid out like the textarea even when the page styles ::part(textarea)', async () => {
    const style = document.createElement('style')
    style.textContent = 'pitch-editor::part(textarea) { font-size: 23px; line-height: 3; padding: 40px; letter-spacing: 2px; }'
    document.head.append(style)
    try {
      const element = await makeEditor(html`<pitch-editor value=${'A long line of text that wraps. '.repeat(40)}></pitch-editor>`)
      const textarea = textareaOf(element)
      const mirror = element.shadowRoot!.querySelector<HTMLElement>('.mirror')!
      const a = getComputedStyle(textarea)
      const b = getComputedStyle(mirror)
      for (const property of ['font-size', 'line-height', 'padding-top', 'padding-left', 'letter-spacing', 'font-family', 'white-space']) {
        expect(a.getPropertyValue(property), property).to.equal(b.getPropertyValue(property))
      }
      expect(mirror.scrollHeight).to.equal(textarea.scrollHeight)
      expect(mirror.clientWidth).to.equal(textarea.clientWidth)
      expect(textarea.scrollHeight).to.be.greaterThan(textarea.clientHeight)
      textarea.focus()
      textarea.scrollTop = 500
      await nextFrame()
      await nextFrame()
      // The mirror scrolls with the textarea, so the paint stays on the words.
      expect(textarea.scrollTop).to.be.greaterThan(0)
      expect(mirror.scrollTop).to.equal(textarea.scrollTop)
    } finally {
      style.remove()
    }
  })
})
