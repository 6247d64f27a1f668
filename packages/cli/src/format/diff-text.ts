/**
 * The text output of `diff`.
 */
import {paint} from '../color.js'
import type {Change, DraftDiff, FindingRef} from '../compare.js'
import {excerpt} from './check-text.js'
import {plural, round} from '../figures.js'

/** Format a comparison for a terminal. */
export function formatDiffText(diff: DraftDiff, color: boolean): string {
  const colors = paint(color)
  const mark = (change: Change): string =>
    change === 'better'
      ? colors.green('better')
      : change === 'worse'
        ? colors.red('worse')
        : change === 'changed'
          ? 'changed'
          : ''
  const lines: string[] = [colors.bold(`${diff.old} → ${diff.new}`), '', colors.bold('story arc')]

  for (const item of diff.elements) {
    lines.push(
      row([item.element, `${item.old.status} → ${item.new.status}`, mark(item.change)], [10, 22])
    )
  }

  lines.push('', colors.bold('figures'))
  for (const item of diff.figures) {
    if (item.old === null && item.new === null) continue
    lines.push(
      row([item.label, `${show(item.old)} → ${show(item.new)}`, mark(item.change)], [22, 16])
    )
  }

  lines.push('', colors.bold('findings'))
  for (const item of diff.findings.severities) {
    lines.push(
      row([item.severity + 's', `${item.old} → ${item.new}`, mark(item.change)], [10, 12])
    )
  }

  const refs = (title: string, list: FindingRef[], where: string): void => {
    if (list.length === 0) return
    lines.push('', colors.bold(`${title} (${list.length})`))
    for (const ref of list) {
      lines.push(
        row([ref.ruleId, excerpt(ref.reason, 60), `${where} ${ref.place}`], [16, 60])
      )
    }
  }

  refs('fixed', diff.findings.fixed, 'was at')
  refs('new', diff.findings.introduced, 'at')

  lines.push(
    '',
    `${plural(diff.summary.better, 'thing')} better, ${plural(diff.summary.worse, 'thing')} worse`
  )
  if (diff.regressed) {
    const fallen = diff.elements
      .filter((item) => item.change === 'worse')
      .map((item) => `${item.element} ${item.old.status} → ${item.new.status}`)
    lines.push(colors.red('✖ regressed: ' + fallen.join(', ')))
  }
  return lines.join('\n') + '\n'
}

function show(value: number | null): string {
  return value === null ? '–' : round(value)
}

function row(cells: string[], widths: number[]): string {
  return (
    '  ' +
    cells
      .map((cell, index) => {
        const width = widths[index]
        return width === undefined ? cell : cell.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  )
}
