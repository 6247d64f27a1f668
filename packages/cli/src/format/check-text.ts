/**
 * The text output of `check`: findings one per line, like vfile-reporter
 * (`file:line:column  severity  reason  ruleId`), then a coach's summary of
 * each pitch.
 */
import type {PitchMessage, PitchReport, Severity} from '@pitch-coach/core'
import type {Analysed} from '../analysis.js'
import {paint, visibleLength, type Paint} from '../color.js'
import {
  arcPath,
  countSeverities,
  duration,
  elements,
  plural,
  round
} from '../figures.js'
import {translations, type SummaryLabels} from '../translations/index.js'

/** How to write the text. */
export interface TextOptions {
  /** Only warnings and errors, no summary. */
  quiet: boolean
  /** Use terminal colours. */
  color: boolean
}

/** The findings of one pitch, aligned in columns. */
export function formatFindings(
  result: Analysed,
  messages: readonly PitchMessage[],
  options: TextOptions
): string[] {
  const colors = paint(options.color)
  const rows = messages.map((message) => [
    `${result.name}:${message.place.start.line}:${message.place.start.column}`,
    severityLabel(message.severity, colors),
    message.reason.replace(/\s+/g, ' ').trim(),
    colors.dim(message.ruleId)
  ])
  return alignRows(rows)
}

/** The coach's summary of one pitch, in the language of its messages. */
export function formatSummary(result: Analysed, options: TextOptions): string[] {
  const colors = paint(options.color)
  const labels = translations[result.messageLanguage]
  const {report} = result
  const lines: string[] = []
  const path = arcPath(report)
  const labelWidth = 16
  const elementWidth = Math.max(...elements.map((element) => labels.elements[element].length)) + 2
  const statusWidth = Math.max(...Object.values(labels.statuses).map((status) => status.length))

  const field = (label: string, value: string): string =>
    '  ' + colors.bold(label.padEnd(labelWidth - 1)) + ' ' + value

  lines.push(
    field(
      labels.storyArc,
      path.length > 0
        ? path.map((element) => labels.elements[element]).join(' → ')
        : labels.noElement
    )
  )

  for (const element of elements) {
    const part = report.structure[element]
    const best = part.evidence[0]
    const where = best
      ? `${best.position.start.line}:${best.position.start.column}`
      : ''
    const status = labels.statuses[part.status].padEnd(statusWidth)
    const painted =
      part.status === 'present'
        ? colors.green(status)
        : part.status === 'weak'
          ? colors.yellow(status)
          : colors.red(status)
    lines.push(
      (
        '    ' +
        labels.elements[element].padEnd(elementWidth) +
        painted +
        '  ' +
        where.padEnd(8) +
        (best ? colors.dim(excerpt(best.text, 56)) : '')
      ).trimEnd()
    )
  }

  lines.push(field(labels.speakingTime, speakingTimeSummary(report, labels)))
  lines.push(field(labels.readability, readabilityText(report, labels)))

  const index = report.narrativeIndex
  lines.push(
    field(
      labels.narrativeIndex,
      (index.value === null
        ? labels.noAnd
        : `${round(index.value)} ${labels.counts(index.buts, index.ands)}`) +
        (index.caveat ? colors.dim(` — ${index.caveat}`) : '')
    )
  )

  if (report.criteria.length > 0) {
    lines.push('  ' + colors.bold(labels.juryCriteria))
    for (const criterion of report.criteria) {
      lines.push(
        `    ${criterion.name} (${labels.elements[criterion.element]}): ${labels.statuses[criterion.status]}`
      )
    }
  }

  if (result.config !== undefined) {
    lines.push(field(labels.config, result.config))
  }

  if (report.questions.length > 0) {
    lines.push('  ' + colors.bold(labels.mentorAsks))
    report.questions.forEach((question, index) => {
      // Several questions about one element share its label.
      const label =
        report.questions[index - 1]?.element === question.element
          ? ''
          : labels.elements[question.element]
      // A question that quotes the pitch says where, as line:column, for an editor's "go to".
      const where = question.quoted ? colors.dim(` (${question.quoted.position.start.line}:${question.quoted.position.start.column})`) : ''
      lines.push(`    ${label.padEnd(elementWidth)}${question.question}${where}`)
    })
  }

  return lines
}

/** `1:52 at 140 words a minute; limit 3:00, 1:08 to spare`. */
export function speakingTimeSummary(
  report: PitchReport,
  labels: SummaryLabels = translations.en
): string {
  const time = report.speakingTime
  let text = labels.rate(duration(time.seconds), round(time.wordsPerMinute))

  if (time.limitSeconds !== undefined) {
    text += `; ${labels.limit(duration(time.limitSeconds))}, `
    text +=
      time.overBy !== undefined && time.overBy > 0
        ? labels.over(duration(time.overBy))
        : labels.toSpare(duration(time.limitSeconds - time.seconds))
  }

  return text
}

/**
 * The readability figures that suit the language: Flesch reading ease and
 * Flesch–Kincaid grade for English, LIX (and OVIX for Swedish) otherwise.
 */
export function readabilityText(
  report: PitchReport,
  labels: SummaryLabels = translations.en
): string {
  const {readability} = report
  const parts: string[] = []

  if (report.language === 'en') {
    if (readability.fleschReadingEase !== null) {
      parts.push(`${labels.fleschReadingEase} ${round(readability.fleschReadingEase)}`)
    }
    if (readability.fleschKincaidGrade !== null) {
      parts.push(`${labels.fleschKincaidGrade} ${round(readability.fleschKincaidGrade)}`)
    }
  } else if (readability.lix !== null) {
    parts.push(
      `LIX ${round(readability.lix)}` +
        (readability.lixBand ? ` (${labels.lixBands[readability.lixBand]})` : '')
    )
    if (readability.ovix !== null) parts.push(`OVIX ${round(readability.ovix)}`)
  }

  return parts.length > 0 ? parts.join(', ') : labels.notEnoughText
}

/** The whole text output for `check`. */
export function formatCheckText(
  results: readonly Analysed[],
  options: TextOptions
): string {
  const colors = paint(options.color)
  const blocks: string[] = []
  const totals: Record<Severity, number> = {error: 0, warning: 0, info: 0}

  for (const result of results) {
    const messages = shownMessages(result.report.messages, options.quiet)
    const counts = countSeverities({messages})
    totals.error += counts.error
    totals.warning += counts.warning
    totals.info += counts.info

    if (options.quiet) {
      if (messages.length > 0) blocks.push(formatFindings(result, messages, options).join('\n'))
      continue
    }

    const lines = [colors.underline(result.name)]
    lines.push(
      ...(messages.length > 0
        ? formatFindings(result, messages, options).map((line) => '  ' + line)
        : ['  ' + colors.green(translations[result.messageLanguage].noFindings)])
    )
    lines.push('', ...formatSummary(result, options))
    blocks.push(lines.join('\n'))
  }

  const parts = [plural(totals.error, 'error'), plural(totals.warning, 'warning')]
  if (!options.quiet) parts.push(plural(totals.info, 'info'))
  const total =
    (totals.error > 0 ? colors.red('✖') : colors.green('✔')) +
    ` ${plural(results.length, 'pitch').replace('pitchs', 'pitches')}: ${parts.join(', ')}`

  if (options.quiet && totals.error + totals.warning === 0) return ''
  return [...blocks, total].join('\n\n') + '\n'
}

/** The messages shown: all, or (quiet) only warnings and errors. */
export function shownMessages(
  messages: readonly PitchMessage[],
  quiet: boolean
): PitchMessage[] {
  return quiet
    ? messages.filter((message) => message.severity !== 'info')
    : [...messages]
}

function severityLabel(severity: Severity, colors: Paint): string {
  return severity === 'error'
    ? colors.red('error')
    : severity === 'warning'
      ? colors.yellow('warning')
      : colors.blue('info')
}

/** Pad every column but the last to its widest cell. */
function alignRows(rows: string[][]): string[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, visibleLength(cell))
    })
  }
  return rows.map((row) =>
    row
      .map((cell, index) =>
        index === row.length - 1
          ? cell
          : cell + ' '.repeat((widths[index] ?? 0) - visibleLength(cell))
      )
      .join('  ')
  )
}

/** A sentence shortened to `max` characters, on one line. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  return chars.length <= max ? flat : chars.slice(0, max - 1).join('').trimEnd() + '…'
}
