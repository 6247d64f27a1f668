/**
 * The story-arc strip: one button per sentence, in order, coloured by its
 * first role and labelled with the role's letter (colour is never the only
 * signal). One tab stop; arrow keys move along the strip. It depends on the
 * report only (not on the caret), so typing never re-renders it: in a long
 * pitch it has hundreds of buttons.
 *
 * @module
 */
import {html, type TemplateResult} from 'lit'
import type {Element, PitchReport} from '@pitch-coach/core'
import type {Translation} from '../translations/en.js'
import {excerpt} from './format.js'

/** What the strip needs. */
export interface ArcInput {
  /** The strip shows the report's sentences (as analysed, not as mapped through later typing). */
  report: PitchReport
  t: Translation
  jump(index: number): void
}

/** Renders the arc strip. */
export function renderArc({report, t, jump}: ArcInput): TemplateResult {
  const sentences = report.sentences
  const roles = (list: readonly Element[]) =>
    list.length === 0 ? t.noRole : list.map((role) => t.elements[role]).join(', ')
  return html`<section class="arc-section" aria-labelledby="arc-title">
    <h3 id="arc-title">${t.arcTitle}</h3>
    ${sentences.length === 0
      ? html`<p class="muted">${t.arcEmpty}</p>`
      : html`<ol class="arc" part="arc" @keydown=${onArcKeydown}>
          ${sentences.map((sentence, index) => {
            const role = sentence.roles[0]
            return html`<li>
              <button
                type="button"
                class="arc-step ${role ? `role-${role}` : 'role-none'}"
                tabindex=${index === 0 ? '0' : '-1'}
                aria-label=${t.arcSentence(index + 1, roles(sentence.roles), excerpt(sentence.text))}
                title=${roles(sentence.roles)}
                data-index=${index}
                @click=${() => jump(index)}
              >
                ${role ? t.elementLetters[role] : '·'}
              </button>
            </li>`
          })}
        </ol>`}
  </section>`
}

function onArcKeydown(event: KeyboardEvent): void {
  const target = event.target as HTMLElement
  const list = target.closest('ol')
  if (!list || !target.matches('button')) return
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')]
  const index = buttons.indexOf(target as HTMLButtonElement)
  const next =
    event.key === 'ArrowRight' || event.key === 'ArrowDown'
      ? index + 1
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? index - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? buttons.length - 1
            : undefined
  if (next === undefined) return
  event.preventDefault()
  const button = buttons[Math.max(0, Math.min(buttons.length - 1, next))]
  if (!button) return
  for (const other of buttons) other.tabIndex = other === button ? 0 : -1
  button.focus()
}
