/**
 * Real keyboard and media: keys go through the browser (not synthetic
 * events), and the dark colour scheme is checked with axe-core too.
 */
import {expect, html} from '@open-wc/testing'
import {emulateMedia, sendKeys} from '@web/test-runner-commands'
import {PitchEditor} from '../src/pitch-editor.js'
import {makeEditor, textareaOf, useFakeWorker} from './helpers.js'

describe('<pitch-editor> with a real keyboard', () => {
  beforeEach(() => {
    useFakeWorker()
    PitchEditor.paintMode = 'auto'
  })

  it('types, walks findings with F8, tabs into the card, fixes with Enter, undoes with Ctrl+Z', async () => {
    const element = await makeEditor(html`<pitch-editor></pitch-editor>`)
    element.focus()
    await sendKeys({type: 'We utilize synergy.'})
    expect(element.value).to.equal('We utilize synergy.')
    await element.analyze()
    await sendKeys({press: 'Home'})
    await sendKeys({press: 'F8'})
    await element.updateComplete
    const textarea = textareaOf(element)
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([3, 10])
    // Tab leaves the text for the card's first button: the fix.
    await sendKeys({press: 'Tab'})
    const focused = element.shadowRoot!.activeElement as HTMLElement
    expect(focused.classList.contains('fix')).to.equal(true)
    await sendKeys({press: 'Enter'})
    expect(element.value).to.equal('We use synergy.')
    element.focus()
    await sendKeys({down: 'Control'})
    await sendKeys({press: 'KeyZ'})
    await sendKeys({up: 'Control'})
    expect(textarea.value).to.equal('We utilize synergy.')
  })

  it('closes the card with Escape and keeps the caret in the text', async () => {
    const element = await makeEditor(html`<pitch-editor value="We utilize it."></pitch-editor>`)
    await element.analyze()
    element.focus()
    await sendKeys({press: 'F8'})
    await element.updateComplete
    expect(element.shadowRoot!.querySelector('.card')).to.exist
    await sendKeys({press: 'Escape'})
    await element.updateComplete
    expect(element.shadowRoot!.querySelector('.card')).to.equal(null)
    expect(element.shadowRoot!.activeElement).to.equal(textareaOf(element))
  })
})

describe('<pitch-editor> in the dark colour scheme', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}))

  it('is accessible (axe-core, including contrast) with a card open', async () => {
    useFakeWorker()
    await emulateMedia({colorScheme: 'dark'})
    const element = await makeEditor(html`<pitch-editor value="The problem is cost. We utilize synergy."></pitch-editor>`)
    await element.analyze()
    textareaOf(element).dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
    await element.updateComplete
    expect(getComputedStyle(textareaOf(element)).color).to.equal('rgb(230, 237, 243)')
    await expect(element).to.be.accessible()
  })
})
