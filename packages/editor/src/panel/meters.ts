/**
 * The figures: speaking time against the slot, readability (LIX for Swedish
 * and Finnish, Flesch and grade level for English) and the Narrative Index.
 *
 * @module
 */
import {html, nothing, type TemplateResult} from 'lit'
import type {PitchReport} from '@pitch-coach/core'
import type {Translation} from '../translations/en.js'
import {clock, figure} from './format.js'

/** Renders the speaking-time meter, readability and Narrative Index. */
export function renderMeters(report: PitchReport, t: Translation): TemplateResult {
  const {speakingTime, readability, narrativeIndex} = report
  const limit = speakingTime.limitSeconds
  const over = speakingTime.overBy !== undefined && speakingTime.overBy > 0
  return html`<section aria-labelledby="speaking-title">
      <h3 id="speaking-title">${t.speakingTitle}</h3>
      <p class="figure ${over ? 'over' : ''}">
        <span id="speaking-figure">${t.speakingTime(clock(speakingTime.seconds), limit ? clock(limit) : null)}</span>
        ${over ? html`<strong class="over-by"> · ${t.overBy(clock(speakingTime.overBy ?? 0))}</strong>` : nothing}
      </p>
      ${limit
        ? html`<meter part="meter" min="0" max=${limit} low=${Math.round(limit * 0.9)} high=${limit}
            optimum=${Math.round(limit * 0.75)} .value=${Math.min(speakingTime.seconds, limit)}
            aria-labelledby="speaking-title speaking-figure"></meter>`
        : nothing}
    </section>
    <section aria-labelledby="readability-title">
      <h3 id="readability-title">${t.readabilityTitle}</h3>
      <ul class="figures">
        ${readability.lix !== null
          ? html`<li>${t.lix(figure(readability.lix, t.$code), readability.lixBand ? t.lixBands[readability.lixBand] : null)}</li>`
          : nothing}
        ${report.language === 'en' && readability.fleschReadingEase !== null
          ? html`<li>${t.fleschReadingEase(figure(readability.fleschReadingEase, t.$code))}</li>`
          : nothing}
        ${report.language === 'en' && readability.fleschKincaidGrade !== null
          ? html`<li>${t.gradeLevel(figure(readability.fleschKincaidGrade, t.$code))}</li>`
          : nothing}
      </ul>
    </section>
    <section aria-labelledby="narrative-title">
      <h3 id="narrative-title">${t.narrativeTitle}</h3>
      <p class="figure">${t.narrativeIndex(narrativeIndex.value === null ? null : figure(narrativeIndex.value, t.$code))}</p>
      <p class="muted">${t.narrativeCounts(narrativeIndex.ands, narrativeIndex.buts, narrativeIndex.consequences)}</p>
      ${narrativeIndex.caveat ? html`<p class="muted">${narrativeIndex.caveat}</p>` : nothing}
    </section>`
}
