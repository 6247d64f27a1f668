/**
 * The element checklist: each element's status in words and a symbol, a
 * button to show its strongest sentence, and the mentor's questions for it,
 * each with a button to show the words it quotes.
 *
 * @module
 */
import {html, nothing, type TemplateResult} from 'lit'
import type {Element, ElementStatus, PitchReport, Span} from '@pitch-coach/core'
import type {Translation} from '../translations/en.js'

// Story order, kept here so the element never imports the engine at run time.
const storyOrder: readonly Element[] = ['problem', 'hero', 'change', 'outcome', 'ask']

const symbols: Record<ElementStatus, string> = {present: '✓', weak: '◐', missing: '✗'}

/** What the checklist needs. */
export interface ChecklistInput {
  report: PitchReport
  t: Translation
  show(element: Element): void
  /** Select the words a question quotes. */
  showQuote(quoted: Span): void
}

/** Renders the checklist. */
export function renderChecklist({report, t, show, showQuote}: ChecklistInput): TemplateResult {
  return html`<section aria-labelledby="checklist-title">
    <h3 id="checklist-title">${t.checklistTitle}</h3>
    <ul class="checklist" part="checklist">
      ${storyOrder.map((element) => {
        const entry = report.structure[element]
        const questions = report.questions.filter((question) => question.element === element)
        return html`<li class="status-${entry.status} role-${element}">
          <div class="check-row">
            <span class="swatch role-${element}" aria-hidden="true"></span>
            <span class="symbol" aria-hidden="true">${symbols[entry.status]}</span>
            <span class="element-name">${t.elements[element]}</span>
            <span class="status">${t.status[entry.status]}</span>
            ${entry.evidence.length > 0
              ? html`<button type="button" class="link-button" @click=${() => show(element)}
                  aria-label=${`${t.showEvidence}: ${t.elements[element]}`}>${t.showEvidence}</button>`
              : nothing}
          </div>
          ${questions.length > 0
            ? html`<ul class="questions" aria-label=${t.questionsFor(t.elements[element])}>
                ${questions.map(
                  (question) => html`<li>${question.question}${question.quoted
                    ? html` <button type="button" class="link-button show-quote" aria-label=${t.showQuote(question.quoted.text)}
                        @click=${() => showQuote(question.quoted!)}>${t.showEvidence}</button>`
                    : nothing}</li>`
                )}
              </ul>`
            : nothing}
        </li>`
      })}
    </ul>
  </section>`
}
