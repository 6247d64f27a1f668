/**
 * Comparing two drafts of a pitch: which elements, figures and findings
 * improved or got worse. Plain data, so `diff --format json` prints it as is.
 */
import type {PitchMessage, PitchReport, Severity} from '@pitch-coach/core'
import {
  countSeverities,
  elements,
  figures,
  statusRank,
  type Element,
  type ElementStatus
} from './figures.js'

/** The direction of a change. `changed`: different, but neither better nor worse. */
export type Change = 'better' | 'worse' | 'same' | 'changed'

/** One element in both drafts. */
export interface ElementChange {
  element: Element
  old: {status: ElementStatus, score: number}
  new: {status: ElementStatus, score: number}
  change: Change
}

/** One figure in both drafts. */
export interface FigureChange {
  id: string
  label: string
  old: number | null
  new: number | null
  change: Change
}

/** Findings of one severity in both drafts. */
export interface SeverityChange {
  severity: Severity
  old: number
  new: number
  change: Change
}

/** A finding that only one draft has. */
export interface FindingRef {
  ruleId: string
  severity: Severity
  reason: string
  actual: string | undefined
  /** Where it is in its draft: `line:column`. */
  place: string
}

/** The comparison of two drafts. */
export interface DraftDiff {
  /** Name of the old draft. */
  old: string
  /** Name of the new draft. */
  new: string
  elements: ElementChange[]
  figures: FigureChange[]
  findings: {
    severities: SeverityChange[]
    /** In the old draft, gone from the new one. */
    fixed: FindingRef[]
    /** New in the new draft. */
    introduced: FindingRef[]
  }
  /** How many elements, figures and severities got better or worse. */
  summary: {better: number, worse: number}
  /**
   * Whether the new draft regressed: an element's status fell (present →
   * weak or missing, weak → missing). Figures and findings do not count.
   * `diff --fail-on regression` exits with 1 when it is `true`.
   */
  regressed: boolean
}

/**
 * Compare two reports. Findings are matched by rule and reason (not by
 * position, which moves between drafts).
 */
export function compareDrafts(
  oldName: string,
  oldReport: PitchReport,
  newName: string,
  newReport: PitchReport
): DraftDiff {
  const elementChanges: ElementChange[] = elements.map((element) => {
    const before = oldReport.structure[element]
    const after = newReport.structure[element]
    return {
      element,
      old: {status: before.status, score: before.score},
      new: {status: after.status, score: after.score},
      change: direction(statusRank(before.status), statusRank(after.status), 'higher')
    }
  })

  const newFigures = figures(newReport)
  const figureChanges: FigureChange[] = figures(oldReport).map((figure, index) => {
    const after = newFigures[index]?.value ?? null
    return {
      id: figure.id,
      label: figure.label,
      old: figure.value,
      new: after,
      change:
        figure.value === null || after === null
          ? figure.value === after ? 'same' : 'changed'
          : direction(round(figure.value), round(after), figure.better)
    }
  })

  const oldCounts = countSeverities(oldReport)
  const newCounts = countSeverities(newReport)
  const severities: SeverityChange[] = (['error', 'warning', 'info'] as const).map(
    (severity) => ({
      severity,
      old: oldCounts[severity],
      new: newCounts[severity],
      change: direction(oldCounts[severity], newCounts[severity], 'lower')
    })
  )

  const all = [...elementChanges, ...figureChanges, ...severities]

  return {
    old: oldName,
    new: newName,
    elements: elementChanges,
    figures: figureChanges,
    findings: {
      severities,
      fixed: unmatched(oldReport.messages, newReport.messages),
      introduced: unmatched(newReport.messages, oldReport.messages)
    },
    summary: {
      better: all.filter((item) => item.change === 'better').length,
      worse: all.filter((item) => item.change === 'worse').length
    },
    regressed: elementChanges.some((item) => item.change === 'worse')
  }
}

function direction(
  before: number,
  after: number,
  better: 'higher' | 'lower' | null
): Change {
  if (before === after) return 'same'
  if (better === null) return 'changed'
  return (after > before) === (better === 'higher') ? 'better' : 'worse'
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** Messages in `from` without a match in `to` (as a multiset). */
function unmatched(
  from: readonly PitchMessage[],
  to: readonly PitchMessage[]
): FindingRef[] {
  const available = new Map<string, number>()
  for (const message of to) {
    const key = findingKey(message)
    available.set(key, (available.get(key) ?? 0) + 1)
  }

  const result: FindingRef[] = []
  for (const message of from) {
    const key = findingKey(message)
    const left = available.get(key) ?? 0
    if (left > 0) {
      available.set(key, left - 1)
      continue
    }
    result.push({
      ruleId: message.ruleId,
      severity: message.severity,
      reason: message.reason,
      actual: message.actual,
      place: `${message.place.start.line}:${message.place.start.column}`
    })
  }

  return result
}

/**
 * Findings are the same when their rule and reason are: a reason names the
 * words it is about (`Hedge \`we think\` …`), and for the story rules it says
 * how the element stands (`The ask is missing` is fixed when the new draft
 * says `The ask is weak`).
 */
function findingKey(message: PitchMessage): string {
  return message.ruleId + '\u0000' + message.reason.replace(/\s+/g, ' ').trim().toLowerCase()
}
