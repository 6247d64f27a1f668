/**
 * Randomised sequences of typing, deleting, applying fixes, undo and redo
 * never corrupt the text: the element, the textarea and the painted mirror
 * always agree, every painted range lies inside the text, and undoing every
 * step returns exactly the starting text (redoing, exactly the final one).
 */
import {expect, html} from '@open-wc/testing'
import type {PitchReport} from '@pitch-coach/core'
import {PitchEditor} from '../src/pitch-editor.js'
import {globalOffset, highlightRanges, makeEditor, mirrorText, prefixOf, nextFrame, textareaOf, useFakeWorker, useRealWorker} from './helpers.js'

const pieces = ['utilize ', 'synergy', ' very ', 'Maria ', 'x', '\n\n', '😀', '𝔸', 'e\u0301', '<b>', '&amp;', 'ä', ' ', '.', 'Now. ']

function random(seed: number): () => number {
  let state = seed
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32)
}

function checkInvariants(element: PitchEditor): void {
  const textarea = textareaOf(element)
  expect(element.value).to.equal(textarea.value)
  const mirror = element.shadowRoot!.querySelector('.mirror')!
  expect(mirrorText(element)).to.equal(textarea.value)
  for (const name of CSS.highlights.keys()) {
    for (const range of CSS.highlights.get(name)!) {
      if (!mirror.contains(range.startContainer)) continue
      const start = globalOffset(range.startContainer, range.startOffset)
      const end = globalOffset(range.endContainer, range.endOffset)
      expect(end).to.be.at.most(textarea.value.length)
      expect(start).to.be.at.most(end)
    }
  }
}

/** Right after a report for the text on screen, the paint is exactly the report's findings. */
function checkPaint(element: PitchEditor, report: PitchReport): void {
  if (element.view !== 'style') return
  const prefix = prefixOf(element)
  if (!prefix) return
  for (const severity of ['error', 'warning', 'info'] as const) {
    const expected = report.messages
      .filter((message) => message.severity === severity && message.place.end.offset > message.place.start.offset)
      .map((message) => [message.place.start.offset, message.place.end.offset])
      .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
    const painted = highlightRanges(`${prefix}-${severity}`)
    // A finding "ignored" or with the card open may be painted as `active` instead.
    const active = highlightRanges(`${prefix}-active`)
    expect([...painted, ...active.filter((range) => expected.some((item) => item[0] === range[0] && item[1] === range[1]) && !painted.some((item) => item[0] === range[0] && item[1] === range[1]))].sort((a, b) => a[0] - b[0] || a[1] - b[1]), severity).to.deep.equal(expected)
  }
}

async function run(seed: number, steps: number): Promise<void> {
  const start = 'We utilize synergy very often. Maria waits.'
  const element = await makeEditor(html`<pitch-editor .value=${start}></pitch-editor>`)
  await element.analyze()
  const textarea = textareaOf(element)
  const next = random(seed)
  for (let step = 0; step < steps; step++) {
    const choice = next()
    textarea.focus()
    const length = textarea.value.length
    if (choice < 0.45) {
      const at = Math.floor(next() * (length + 1))
      textarea.setSelectionRange(at, at)
      document.execCommand('insertText', false, pieces[Math.floor(next() * pieces.length)]!)
    } else if (choice < 0.6 && length > 0) {
      const from = Math.floor(next() * length)
      const to = Math.min(length, from + 1 + Math.floor(next() * 6))
      textarea.setSelectionRange(from, to)
      document.execCommand('delete')
    } else if (choice < 0.8) {
      textarea.dispatchEvent(new KeyboardEvent('keydown', {key: 'F8', bubbles: true}))
      await element.updateComplete
      element.shadowRoot!.querySelector<HTMLButtonElement>('.card button.fix')?.click()
    } else if (choice < 0.9) {
      document.execCommand('undo')
    } else {
      document.execCommand('redo')
    }
    await element.updateComplete
    checkInvariants(element)
    if (next() < 0.3) await nextFrame()
    if (next() < 0.15) checkPaint(element, await element.analyze())
  }
  const final = textarea.value
  checkPaint(element, await element.analyze())
  checkInvariants(element)
  textarea.focus()
  for (let guard = 0; guard < steps * 4; guard++) {
    const before = textarea.value
    document.execCommand('undo')
    if (textarea.value === before) break
  }
  expect(textarea.value).to.equal(start)
  expect(element.value).to.equal(start)
  for (let guard = 0; guard < steps * 4; guard++) {
    const before = textarea.value
    document.execCommand('redo')
    if (textarea.value === before) break
  }
  expect(textarea.value).to.equal(final)
  checkInvariants(element)
}

describe('random edit sequences', function () {
  this.timeout(120000)

  for (const seed of [1, 2, 3, 4]) {
    it(`never corrupt the text (fake engine, seed ${seed})`, async () => {
      useFakeWorker()
      await run(seed, 60)
    })
  }

  it('never corrupt the text (real engine, seed 9)', async () => {
    useRealWorker()
    await run(9, 40)
  })
})

describe('a 1 MB paste', function () {
  this.timeout(120000)

  it('is taken as text, keeps typing working and reports the size limit clearly', async () => {
    useRealWorker()
    const element = await makeEditor()
    const textarea = textareaOf(element)
    const paragraph = 'Every winter the pavements freeze and older residents stay at home. '
    const big = paragraph.repeat(Math.ceil(1_048_576 / paragraph.length))
    textarea.focus()
    document.execCommand('insertText', false, big)
    expect(element.value.length).to.equal(big.length)
    document.execCommand('insertText', false, 'X')
    expect(element.value.endsWith('X')).to.equal(true)
    const error = await new Promise<string>((resolve) => {
      const check = () => {
        const shown = element.shadowRoot!.querySelector('.error')?.textContent
        if (shown) resolve(shown)
        else setTimeout(check, 50)
      }
      check()
    })
    expect(error).to.match(/1,?000,?000|characters|too long|maximum/i)
  })
})
