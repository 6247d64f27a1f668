/**
 * Fitting the learned word tables of `packages/core/src/analysers/structure/vocabulary.ts`
 * (the `words.*` inputs) on labelled sentences, and giving the model's training
 * rows inputs from tables that did not see them.
 *
 * A table is a logistic regression per language and element over the stems of
 * a sentence, each counting 1/√n of a sentence's n distinct stems: the very sum
 * `readWords` makes, so that what the regression fits is the `words.*` input
 * the model reads. Fitting the stems together, rather than weighing each by
 * how often it stands in the element's sentences, gives a word that only rides
 * along with a strong one ("time" beside "wait") little weight of its own.
 * Stems found in fewer than `leastSentences` sentences are left out; a stem's
 * weight is shrunk towards 0 (L2) each time it is seen, so that a rare stem
 * cannot carry a large weight on a handful of sentences; weights are rounded to
 * one decimal, so that a weight is something a person can read and the
 * committed table stays small. Until the thirty-third session a stem weighed
 * the smoothed log ratio of those counts (docs/structure-history.md).
 *
 * @module
 */
import {random} from '../packages/core/bench/texts.js'
import {featureNames} from '../packages/core/src/analysers/structure/scoring.ts'
import {readWords, vocabularyElements, type VocabularyTable} from '../packages/core/src/analysers/structure/vocabulary.ts'
import type {Element} from '../packages/core/src/index.ts'

/** What fitting and reading a table needs of a sentence. */
export interface Worded {
  /** The pitch the sentence belongs to (folds keep a pitch together). */
  pitch: number
  /** The language whose table reads it. */
  lang: string
  /** Its distinct stems (`stemsOf`). */
  stems: readonly string[]
  /** Its gold roles, 1 or 0 per element. */
  y: Readonly<Record<Element, number>>
  /** Its model inputs, in `featureNames` order. */
  x: number[]
}

/** Stems found in fewer sentences than this are left out of a table. */
export const leastSentences = 3
/** Inner folds for the out-of-fold inputs of training rows. */
const innerFolds = 5
const wordColumns = vocabularyElements.map((element) => (featureNames as readonly string[]).indexOf(`words.${element}`))

/** How far a stem's weight is pulled towards 0 each time the fit sees it. */
const shrink = 0.02
/** Passes of the fit over a language's sentences (each in the same shuffled order). */
const passes = 64
/** The first pass's step; pass p steps 1/(1 + p) of it. */
const rate = 0.5

/**
 * One table per language from these sentences: per element, a logistic regression over the stems
 * (stochastic gradient descent from a bias at the element's log odds, `passes` passes in a fixed shuffled
 * order, the step shrinking pass by pass), one decimal.
 */
export function fitVocabulary(rows: readonly Worded[]): Map<string, VocabularyTable> {
  const out = new Map<string, VocabularyTable>()
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort()) {
    const mine = rows.filter((r) => r.lang === lang)
    const seen = new Map<string, number>()
    for (const r of mine) for (const stem of r.stems) seen.set(stem, (seen.get(stem) ?? 0) + 1)
    const kept = [...seen.keys()].filter((stem) => seen.get(stem)! >= leastSentences).sort()
    const index = new Map(kept.map((stem, n) => [stem, n]))
    const w = vocabularyElements.map(() => new Float64Array(kept.length))
    const inputs = mine.map((r) => {
      const ids = r.stems.map((stem) => index.get(stem)).filter((n): n is number => n !== undefined)
      return {ids, scale: r.stems.length === 0 ? 1 : 1 / Math.sqrt(r.stems.length)}
    })
    const order = shuffled(mine.length)
    vocabularyElements.forEach((element, k) => {
      const yes = mine.filter((r) => r.y[element] === 1).length
      let bias = Math.log((yes + 1) / (mine.length - yes + 1))
      const weights = w[k]!
      for (let pass = 0; pass < passes; pass++) {
        const step = rate / (1 + pass)
        for (const n of order) {
          const {ids, scale} = inputs[n]!
          let z = bias
          for (const id of ids) z += weights[id]! * scale
          const error = 1 / (1 + Math.exp(-z)) - mine[n]!.y[element]!
          bias -= step * error
          for (const id of ids) weights[id]! -= step * (error * scale + shrink * weights[id]!)
        }
      }
    })
    const table = new Map<string, number[]>()
    kept.forEach((stem, n) => table.set(stem, vocabularyElements.map((_, k) => Math.round(w[k]![n]! * 10) / 10 || 0)))
    out.set(lang, table)
  }
  return out
}

/** 0 … n − 1 in an order fixed by n (a Fisher–Yates shuffle seeded with n), so that a fit is the same on every run. */
function shuffled(n: number): number[] {
  const order = Array.from({length: n}, (_, k) => k)
  const next = random(n)
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1))
    ;[order[k], order[j]] = [order[j]!, order[k]!]
  }
  return order
}

/** A copy of the rows with their `words.*` inputs read from the tables. */
export function withTables<T extends Worded>(rows: readonly T[], tables: ReadonlyMap<string, VocabularyTable>): T[] {
  return rows.map((r) => {
    const x = [...r.x]
    const {scores} = readWords(
      r.stems.map((stem) => ({stem, word: 0})),
      tables.get(r.lang)
    )
    wordColumns.forEach((column, k) => (x[column] = scores[k]!))
    return {...r, x}
  })
}

/**
 * `words.*` inputs that no table saw in training: each training row's from a
 * table fitted on the other training pitches (five folds by pitch), each
 * test row's from the tables fitted on all training rows, which come back as
 * `tables` (what a model fitted on `train` reads a new pitch with). The
 * model's weights on these inputs are then fitted on what the table says of a
 * new pitch.
 */
export function withVocabulary<T extends Worded>(train: readonly T[], test: readonly T[] = []): {train: T[]; test: T[]; tables: Map<string, VocabularyTable>} {
  const pitches = [...new Set(train.map((r) => r.pitch))].sort((a, b) => a - b)
  const foldOf = new Map(pitches.map((pitch, j) => [pitch, j % innerFolds]))
  const out: T[] = new Array<T>(train.length)
  for (let fold = 0; fold < innerFolds; fold++) {
    const tables = fitVocabulary(train.filter((r) => foldOf.get(r.pitch) !== fold))
    const held = train.map((r, n) => ({r, n})).filter(({r}) => foldOf.get(r.pitch) === fold)
    withTables(
      held.map(({r}) => r),
      tables
    ).forEach((row, k) => (out[held[k]!.n] = row))
  }
  const tables = fitVocabulary(train)
  return {train: out, test: withTables(test, tables), tables}
}

/** The tables as the source lines of `vocabulary-data.ts`'s `// <vocabulary>` block. */
export function vocabularyBlock(tables: ReadonlyMap<string, VocabularyTable>): string {
  const lines: string[] = []
  for (const [lang, table] of tables) {
    lines.push(`  ${lang}: {`)
    for (const [stem, row] of table) lines.push(`    ${JSON.stringify(stem)}: [${row.join(', ')}],`)
    lines.push('  },')
  }
  return lines.join('\n')
}
