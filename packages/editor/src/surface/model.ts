/**
 * The plain data the surface paints: sentences with their roles and findings
 * with their ranges, as UTF-16 offsets into the textarea's value (which is
 * the Markdown the engine read). Edits map these ranges forward so the
 * painting stays on the right words until a fresh report arrives.
 *
 * @module
 */
import type {Element, PitchMessage, PitchReport, Severity} from '@pitch-coach/core'
import {hashText} from '../drafts/drafts.js'

/** A sentence as the surface paints it. */
export interface SentenceMark {
  start: number
  end: number
  roles: Element[]
}

/** A finding as the surface paints and explains it. */
export interface Finding {
  /**
   * Stable across re-analyses, reloads and edits elsewhere in the text: the
   * rule and the exact words, never an offset (what "Ignore" remembers). See
   * {@link findingKey}.
   */
  key: string
  start: number
  end: number
  ruleId: string
  severity: Severity
  reason: string
  actual: string | undefined
  expected: string[]
  note: string | undefined
  url: string | undefined
}

/** One replacement of text: `[from, to)` of the old text became `insert`. */
export interface Change {
  from: number
  to: number
  insert: string
}

/**
 * The smallest single change that turns `before` into `after` (common prefix
 * and suffix trimmed). `undefined` when they are equal.
 */
export function diffText(before: string, after: string): Change | undefined {
  if (before === after) return undefined
  const shorter = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }
  return {from: prefix, to: before.length - suffix, insert: after.slice(prefix, after.length - suffix)}
}

/** Where `offset` is after `change`; offsets inside the replaced text move to its end. */
export function mapOffset(offset: number, change: Change): number {
  if (offset <= change.from) return offset
  if (offset >= change.to) return offset + change.insert.length - (change.to - change.from)
  return change.from + change.insert.length
}

/** Sentences after an edit: they stretch or shrink with the text typed into them. */
export function mapSentences(sentences: readonly SentenceMark[], change: Change): SentenceMark[] {
  const result: SentenceMark[] = []
  for (const sentence of sentences) {
    const start = mapOffset(sentence.start, change)
    const end = Math.max(start, sentence.end === change.from ? change.from : mapOffset(sentence.end, change))
    if (end > start) result.push({start, end, roles: sentence.roles})
  }
  return result
}

/**
 * Findings after an edit: an edit that touches a finding's words removes the
 * finding (its words changed, so it may no longer hold); the others move.
 */
export function mapFindings(findings: readonly Finding[], change: Change): Finding[] {
  const result: Finding[] = []
  for (const finding of findings) {
    const touched = change.from < finding.end && change.to > finding.start
    const insertedInside = change.from === change.to && change.from > finding.start && change.from < finding.end
    if (touched || insertedInside) continue
    result.push({...finding, start: mapOffset(finding.start, change), end: mapOffset(finding.end, change)})
  }
  return result
}

/** The sentences of a report, as marks. */
export function sentencesOf(report: PitchReport): SentenceMark[] {
  return report.sentences.map((sentence) => ({
    start: sentence.position.start.offset,
    end: sentence.position.end.offset,
    roles: sentence.roles
  }))
}

/** The findings of a report that can be placed in `text` (the editor hides the ignored ones itself). */
export function findingsOf(report: PitchReport, text: string): Finding[] {
  const result: Finding[] = []
  for (const message of report.messages) {
    const finding = toFinding(message, text)
    if (finding) result.push(finding)
  }
  return result
}

/** Flagged words longer than this are keyed by a hash, so keys stay short enough to store. */
export const longWords = 80

/**
 * The key of a finding: `ruleId`, U+0000, the flagged words; or, for words
 * longer than {@link longWords}, `ruleId`, U+0001, {@link hashText} of them.
 * No offsets: the same words under the same rule get the same key wherever
 * they are, so ignoring them survives edits elsewhere and a reload.
 */
export function findingKey(ruleId: string, words: string): string {
  return words.length > longWords ? `${ruleId}\u0001${hashText(words)}` : `${ruleId}\u0000${words}`
}

function toFinding(message: PitchMessage, text: string): Finding | undefined {
  const start = message.place.start.offset
  const end = message.place.end.offset
  if (!(start >= 0 && end >= start && end <= text.length)) return undefined
  const words = text.slice(start, end)
  return {
    key: findingKey(message.ruleId, words),
    start,
    end,
    ruleId: message.ruleId,
    severity: message.severity,
    reason: message.reason,
    actual: message.actual,
    // An empty `expected` means "remove it"; a missing one means no suggestion.
    expected: message.expected === undefined ? [] : message.expected.length === 0 ? [''] : message.expected,
    note: message.note,
    url: safeUrl(message.url)
  }
}

/** Only http(s) links are ever rendered; anything else (`javascript:`, `data:`) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/**
 * The finding at `offset` (inclusive of both ends): the narrowest (a word
 * inside a flagged sentence is what the writer points at), then the most severe.
 */
export function findingAt(findings: readonly Finding[], offset: number): number {
  let best = -1
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index]!
    if (finding.start <= offset && offset <= finding.end && (best === -1 || better(finding, findings[best]!))) best = index
  }
  return best
}

function better(a: Finding, b: Finding): boolean {
  const width = a.end - a.start - (b.end - b.start)
  return width !== 0 ? width < 0 : rank(a.severity) > rank(b.severity)
}

/** The sentence containing `offset`, or -1. */
export function sentenceAt(sentences: readonly SentenceMark[], offset: number): number {
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!
    if (sentence.start <= offset && offset <= sentence.end) return index
  }
  return -1
}

function rank(severity: Severity): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1
}
