/**
 * The figures a person compares between pitches and drafts, read from a
 * report, with which direction counts as better.
 */
import {elements} from '@pitch-coach/core'
import type {Element, ElementStatus, PitchReport, Severity} from '@pitch-coach/core'

export {elements}
export type {Element, ElementStatus}

/** A figure worth comparing. */
export interface Figure {
  /** Stable id, used as a CSV column and a JSON key. */
  id: string
  /** What a person calls it. */
  label: string
  /** The value, or `null` when it does not apply (LIX for English, say). */
  value: number | null
  /** Which direction is an improvement (`null`: neither, just a change). */
  better: 'higher' | 'lower' | null
}

/** The figures of a report, in display order. */
export function figures(report: PitchReport): Figure[] {
  const {readability, speakingTime, narrativeIndex, stats} = report
  return [
    {id: 'words', label: 'words', value: stats.words, better: null},
    {id: 'seconds', label: 'speaking time (s)', value: speakingTime.seconds, better: null},
    {id: 'overBy', label: 'over the limit (s)', value: speakingTime.limitSeconds === undefined ? null : (speakingTime.overBy ?? 0), better: 'lower'},
    {id: 'fleschReadingEase', label: 'Flesch reading ease', value: readability.fleschReadingEase, better: 'higher'},
    {id: 'fleschKincaidGrade', label: 'Flesch–Kincaid grade', value: readability.fleschKincaidGrade, better: 'lower'},
    {id: 'lix', label: 'LIX', value: readability.lix, better: 'lower'},
    {id: 'narrativeIndex', label: 'Narrative Index', value: narrativeIndex.value, better: 'higher'}
  ]
}

/** Counts of findings by severity. */
export function countSeverities(
  report: Pick<PitchReport, 'messages'>
): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const message of report.messages) counts[message.severity]++
  return counts
}

/** Rank of a status, for comparing drafts: missing < weak < present. */
export function statusRank(status: ElementStatus): number {
  return status === 'present' ? 2 : status === 'weak' ? 1 : 0
}

/** Seconds as `m:ss`. */
export function duration(seconds: number): string {
  const whole = Math.round(seconds)
  const minutes = Math.floor(whole / 60)
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`
}

/** A number with at most one decimal. */
export function round(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/** `3 errors`, `1 warning`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * The pitch's title: its first heading, or `undefined` without one. Only
 * the Markdown syntax is stripped; the text is shown as is (escaped where
 * it goes into HTML).
 */
export function title(source: string): string | undefined {
  const match = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(source)
  if (!match?.[1]) return undefined
  return match[1].replace(/[*_`]/g, '').trim() || undefined
}

/**
 * The arc as a path through the elements: `problem → hero → change`. An
 * element joins the path where a sentence takes it up; sentences that go on
 * with the same element (alone or with another) do not repeat it.
 */
export function arcPath(report: PitchReport): Element[] {
  const path: Element[] = []
  let previous: readonly Element[] = []

  for (const roles of report.arc) {
    if (roles.length === 0) continue
    for (const role of roles) {
      if (!previous.includes(role) && path.at(-1) !== role) path.push(role)
    }
    previous = roles
  }

  return path
}
