/**
 * The HTML output of `report`: one self-contained page (inline styles, one
 * small inline script for sorting, no external assets) that compares many
 * pitches. All text from pitches is escaped.
 */
import {createHash} from 'node:crypto'
import type {PitchReport} from '@pitch-coach/core'
import type {Analysed} from '../analysis.js'
import {
  arcPath,
  countSeverities,
  duration,
  elements,
  round,
  title,
  type Element,
  type ElementStatus
} from '../figures.js'
import {excerpt, readabilityText, speakingTimeSummary} from './check-text.js'
import {sortScript, styles} from './html-assets.js'

/** What the page says about the run besides the pitches. */
export interface HtmlContext {
  /** Pitches that could not be read, as one-line problems. */
  problems: readonly string[]
  /** When the report was made. */
  generated: Date
}

/** Colours of the elements in the arc strips and matrix. */
const elementColors: Readonly<Record<Element, string>> = {
  problem: '#c0392b',
  hero: '#d68910',
  change: '#16808f',
  outcome: '#2e5e9e',
  ask: '#6c3f99'
}

const statusSymbol: Readonly<Record<ElementStatus, string>> = {
  present: '●',
  weak: '◐',
  missing: '○'
}


/**
 * The page may load nothing and run only its own sorting script: even if a
 * pitch's text slipped past escaping, the browser would not run or fetch it.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(sortScript).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** Escape text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** The report page. */
export function formatHtml(
  results: readonly Analysed[],
  context: HtmlContext
): string {
  const pitches = results.map((result, index) => ({
    result,
    id: `pitch-${index + 1}`,
    name: title(result.source) ?? result.name
  }))

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<title>pitch-coach report: ${pitches.length} pitches</title>
<style>${styles}</style>
</head>
<body>
<header>
<h1>Pitch report</h1>
<p class="meta">${pitches.length} ${pitches.length === 1 ? 'pitch' : 'pitches'} · made by pitch-coach on ${escapeHtml(context.generated.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
${legend()}
</header>
<main>
${context.problems.length > 0 ? problemsSection(context.problems) : ''}
<section aria-labelledby="coverage">
<h2 id="coverage">Element coverage</h2>
<div class="scroll">${coverageMatrix(pitches)}</div>
</section>
<section aria-labelledby="figures">
<h2 id="figures">Figures</h2>
<p class="hint">Click a column heading to sort.</p>
<div class="scroll">${figuresTable(pitches)}</div>
</section>
<section aria-labelledby="pitches">
<h2 id="pitches">Pitches</h2>
${pitches.map((pitch) => pitchCard(pitch)).join('\n')}
</section>
</main>
<script>${sortScript}</script>
</body>
</html>
`
}

interface Pitch {
  result: Analysed
  id: string
  name: string
}

function legend(): string {
  return `<p class="legend">${elements
    .map((element) => `<span><i style="background:${elementColors[element]}"></i>${element}</span>`)
    .join(' ')} <span><i class="none"></i>no element</span> · ${statusSymbol.present} present ${statusSymbol.weak} weak ${statusSymbol.missing} missing</p>`
}

function problemsSection(problems: readonly string[]): string {
  return `<section class="problems" aria-labelledby="problems">
<h2 id="problems">Not in this report</h2>
<ul>${problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul>
</section>`
}

function coverageMatrix(pitches: readonly Pitch[]): string {
  const header = elements.map((element) => `<th scope="col">${element}</th>`).join('')
  const rows = pitches
    .map(({result, id, name}) => {
      const cells = elements
        .map((element) => {
          const status = result.report.structure[element].status
          return `<td class="${status}" title="${element}: ${status}">${statusSymbol[status]} <span>${status}</span></td>`
        })
        .join('')
      return `<tr><th scope="row" lang="${result.report.language}"><a href="#${id}">${escapeHtml(name)}</a></th>${cells}</tr>`
    })
    .join('\n')
  const totals = elements
    .map((element) => {
      const present = pitches.filter(
        ({result}) => result.report.structure[element].status === 'present'
      ).length
      return `<td>${present}/${pitches.length}</td>`
    })
    .join('')

  return `<table class="matrix">
<thead><tr><th scope="col">Pitch</th>${header}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">present</th>${totals}</tr></tfoot>
</table>`
}

interface Column {
  label: string
  numeric: boolean
  value: (report: PitchReport) => number | string | null
  show?: (report: PitchReport) => string
}

const columns: readonly Column[] = [
  {label: 'Language', numeric: false, value: (report) => report.language},
  {label: 'Words', numeric: true, value: (report) => report.stats.words},
  {
    label: 'Time',
    numeric: true,
    value: (report) => report.speakingTime.seconds,
    show: (report) => duration(report.speakingTime.seconds)
  },
  {
    label: 'Limit',
    numeric: true,
    value: (report) => report.speakingTime.limitSeconds ?? null,
    show: (report) =>
      report.speakingTime.limitSeconds === undefined ? '' : duration(report.speakingTime.limitSeconds)
  },
  {
    label: 'Over by (s)',
    numeric: true,
    value: (report) =>
      report.speakingTime.limitSeconds === undefined ? null : (report.speakingTime.overBy ?? 0)
  },
  {
    label: 'Elements present',
    numeric: true,
    value: (report) => elements.filter((element) => report.structure[element].status === 'present').length
  },
  {label: 'Flesch reading ease', numeric: true, value: (report) => report.readability.fleschReadingEase},
  {label: 'FK grade', numeric: true, value: (report) => report.readability.fleschKincaidGrade},
  {label: 'LIX', numeric: true, value: (report) => report.readability.lix},
  {label: 'Narrative Index', numeric: true, value: (report) => report.narrativeIndex.value},
  {label: 'Errors', numeric: true, value: (report) => countSeverities(report).error},
  {label: 'Warnings', numeric: true, value: (report) => countSeverities(report).warning}
]

function figuresTable(pitches: readonly Pitch[]): string {
  const header = columns
    .map(
      (column, index) =>
        `<th scope="col" aria-sort="none"><button type="button" data-column="${index + 1}" data-numeric="${column.numeric}">${escapeHtml(column.label)}</button></th>`
    )
    .join('')
  const rows = pitches
    .map(({result, id, name}) => {
      const cells = columns
        .map((column) => {
          const value = column.value(result.report)
          const shown = column.show
            ? column.show(result.report)
            : value === null
              ? ''
              : typeof value === 'number'
                ? round(value)
                : value
          const over =
            column.label === 'Over by (s)' && typeof value === 'number' && value > 0
              ? ' class="over"'
              : ''
          return `<td data-value="${value === null ? '' : escapeHtml(String(value))}"${over}>${escapeHtml(shown)}</td>`
        })
        .join('')
      return `<tr><th scope="row" lang="${result.report.language}" data-value="${escapeHtml(name)}"><a href="#${id}">${escapeHtml(name)}</a></th>${cells}</tr>`
    })
    .join('\n')

  return `<table class="sortable" id="figures-table">
<thead><tr><th scope="col" aria-sort="none"><button type="button" data-column="0" data-numeric="false">Pitch</button></th>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}

function pitchCard({result, id, name}: Pitch): string {
  const {report} = result
  const path = arcPath(report)
  const questions =
    report.questions.length > 0
      ? `<h4>A mentor asks</h4><ul class="questions" lang="${result.messageLanguage}">${report.questions
          .map(
            (question) =>
              `<li><b>${escapeHtml(question.element)}</b> ${escapeHtml(question.question)}</li>`
          )
          .join('')}</ul>`
      : ''

  return `<article id="${id}" class="pitch">
<h3 lang="${report.language}">${escapeHtml(name)}</h3>
<p class="file">${escapeHtml(result.name)} · ${escapeHtml(report.language)} · ${report.stats.words} words</p>
${arcStrip(report, name)}
<p class="arc">${path.length > 0 ? path.map((element) => escapeHtml(element)).join(' → ') : 'no narrative element found'}</p>
<dl>
<dt>Speaking time</dt><dd>${timeBar(report)} ${escapeHtml(speakingTimeSummary(report))}</dd>
<dt>Readability</dt><dd>${escapeHtml(readabilityText(report))}</dd>
<dt>Findings</dt><dd>${escapeHtml(findingsSummary(report))}</dd>
${report.criteria
  .map(
    (criterion) =>
      `<dt>${escapeHtml(criterion.name)}</dt><dd>${escapeHtml(`${criterion.element}: ${criterion.status}`)}</dd>`
  )
  .join('\n')}
</dl>
${questions}
</article>`
}

/** One block per sentence, coloured by the elements it carries. */
function arcStrip(report: PitchReport, name: string): string {
  const count = Math.max(report.sentences.length, 1)
  const blocks = report.sentences
    .map((sentence, index) => {
      const roles = sentence.roles
      const tip = escapeHtml(
        `${sentence.position.start.line}:${sentence.position.start.column} ${roles.length > 0 ? roles.join(', ') : 'no element'}: ${excerpt(sentence.text, 90)}`
      )
      if (roles.length === 0) {
        return `<rect x="${index}" y="0" width="1" height="12" class="none"><title>${tip}</title></rect>`
      }
      const height = 12 / roles.length
      return `<g><title>${tip}</title>${roles
        .map(
          (role, part) =>
            `<rect x="${index}" y="${round(part * height)}" width="1" height="${round(height)}" fill="${elementColors[role]}"/>`
        )
        .join('')}</g>`
    })
    .join('')

  return `<svg class="strip" viewBox="0 0 ${count} 12" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(`Story arc of ${name}: ${arcPath(report).join(', ') || 'no elements'}`)}">${blocks}</svg>`
}

/** The speaking time as a bar against the limit. */
function timeBar(report: PitchReport): string {
  const {seconds, limitSeconds} = report.speakingTime
  const scale = Math.max(seconds, limitSeconds ?? 0, 1) * 1.1
  const width = round((seconds / scale) * 100)
  const over = limitSeconds !== undefined && seconds > limitSeconds
  const limit =
    limitSeconds === undefined
      ? ''
      : `<line x1="${round((limitSeconds / scale) * 100)}" x2="${round((limitSeconds / scale) * 100)}" y1="0" y2="10" class="limit"/>`
  return `<svg class="time" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="2" width="${width}" height="6" class="${over ? 'over' : 'within'}"/>${limit}</svg>`
}

function findingsSummary(report: PitchReport): string {
  const byRule = new Map<string, number>()
  for (const message of report.messages) {
    byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1)
  }
  if (byRule.size === 0) return 'none'
  return [...byRule]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ')
}
