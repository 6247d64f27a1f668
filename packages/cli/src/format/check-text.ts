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
  readabilitySummary,
  round
} from '../figures.js'

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

/** The coach's summary of one pitch. */
export function formatSummary(result: Analysed, options: TextOptions): string[] {
  const colors = paint(options.color)
  const {report} = result
  const lines: string[] = []
  const path = arcPath(report)
  const labelWidth = 16

  const field = (label: string, value: string): string =>
    '  ' + colors.bold(label.padEnd(labelWidth)) + value

  lines.push(
    field(
      'story arc',
      path.length > 0 ? path.join(' → ') : 'no narrative element found'
    )
  )

  for (const element of elements) {
    const part = report.structure[element]
    const best = part.evidence[0]
    const where = best
      ? `${best.position.start.line}:${best.position.start.column}`
      : ''
    const status =
      part.status === 'present'
        ? colors.green('present')
        : part.status === 'weak'
          ? colors.yellow('weak   ')
          : colors.red('missing')
    lines.push(
      '    ' +
        element.padEnd(9) +
        status +
        '  ' +
        where.padEnd(8) +
        (best ? colors.dim(excerpt(best.text, 56)) : '')
    )
  }

  lines.push(field('speaking time', speakingTimeSummary(report)))
  lines.push(field('readability', readabilitySummary(report)))

  const index = report.narrativeIndex
  lines.push(
    field(
      'narrative index',
      (index.value === null
        ? 'n/a: no “and” to count'
        : `${round(index.value)} (${plural(index.buts, 'but')}, ${plural(index.ands, 'and')})`) +
        (index.caveat ? colors.dim(` — ${index.caveat}`) : '')
    )
  )

  if (report.criteria.length > 0) {
    lines.push('  ' + colors.bold('jury criteria'))
    for (const criterion of report.criteria) {
      lines.push(`    ${criterion.name} (${criterion.element}): ${criterion.status}`)
    }
  }

  if (result.config !== undefined) {
    lines.push(field('config', result.config))
  }

  if (report.questions.length > 0) {
    lines.push('  ' + colors.bold('a mentor asks'))
    for (const question of report.questions) {
      lines.push(`    ${question.element.padEnd(9)}${question.question}`)
    }
  }

  return lines
}

/** `1:52 at 140 wpm; limit 3:00 (1:08 to spare)`. */
export function speakingTimeSummary(report: PitchReport): string {
  const time = report.speakingTime
  let text = `${duration(time.seconds)} at ${round(time.wordsPerMinute)} words a minute`

  if (time.limitSeconds !== undefined) {
    text += `; limit ${duration(time.limitSeconds)}`
    text +=
      time.overBy !== undefined && time.overBy > 0
        ? `, ${duration(time.overBy)} over`
        : `, ${duration(time.limitSeconds - time.seconds)} to spare`
  }

  return text
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
        : ['  ' + colors.green('no findings')])
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
