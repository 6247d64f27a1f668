/**
 * Percentile bootstrap over pitches: how far a corpus figure could move if
 * the same kind of pitches had been drawn again. The shared real pitches
 * are 12 texts, so their figures come with a wide interval; the interval
 * says how much a change in them can mean.
 *
 * Pitches, not sentences, are resampled: sentences of one pitch share its
 * author, genre and language, so they are not independent draws.
 *
 * @module
 */

// The benchmark's seeded generator (mulberry32), so that every run prints the same interval.
import {random as generator} from '../packages/core/bench/texts.js'

/** The counts one pitch adds to a corpus figure. */
export interface PitchCounts {
  /** Sentence-level true positives, false positives and false negatives per element. */
  sentences: Record<string, {tp: number; fp: number; fn: number}>
  /** Element statuses the report got right, and how many the gold gives. */
  statusRight: number
  statusTotal: number
}

/** A 95 % interval, lower and upper bound. */
export type Interval = readonly [number, number]

/**
 * Macro-F1 over `elements`, counting only the elements that occur (in the
 * gold or the report), as `npm run eval` does; 0 when none occurs.
 */
export function macroF1(pitches: readonly PitchCounts[], elements: readonly string[]): number {
  let sum = 0
  let occurring = 0
  for (const element of elements) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const pitch of pitches) {
      const c = pitch.sentences[element]
      if (!c) continue
      tp += c.tp
      fp += c.fp
      fn += c.fn
    }
    if (tp + fp + fn === 0) continue
    occurring++
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  return occurring === 0 ? 0 : sum / occurring
}

/** Status accuracy over the pitches (0 when no pitch has a gold status). */
export function statusAccuracy(pitches: readonly PitchCounts[]): number {
  let right = 0
  let total = 0
  for (const pitch of pitches) {
    right += pitch.statusRight
    total += pitch.statusTotal
  }
  return total === 0 ? 0 : right / total
}

/**
 * The 95 % percentile-bootstrap intervals of macro-F1 and status accuracy:
 * `rounds` resamples of the pitches with replacement, each the size of the
 * corpus, from a fixed seed.
 */
export function bootstrap(
  pitches: readonly PitchCounts[],
  elements: readonly string[],
  rounds = 2000,
  seed = 1
): {macroF1: Interval; status: Interval} {
  if (pitches.length === 0) return {macroF1: [0, 0], status: [0, 0]}
  const random = generator(seed)
  const f1s: number[] = []
  const accuracies: number[] = []
  const sample: PitchCounts[] = new Array(pitches.length)
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < pitches.length; i++) sample[i] = pitches[Math.floor(random() * pitches.length)]!
    f1s.push(macroF1(sample, elements))
    accuracies.push(statusAccuracy(sample))
  }
  return {macroF1: percentiles(f1s), status: percentiles(accuracies)}
}

/** The 2.5th and 97.5th percentiles (nearest rank). */
function percentiles(values: number[]): Interval {
  values.sort((a, b) => a - b)
  const at = (p: number): number => values[Math.min(values.length - 1, Math.max(0, Math.ceil(p * values.length) - 1))]!
  return [at(0.025), at(0.975)]
}
