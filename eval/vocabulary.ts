/**
 * Fitting the learned word tables of `packages/core/src/analysers/structure/vocabulary.ts`
 * (the `words.*` inputs) on labelled sentences, and giving the model's training
 * rows inputs from tables that did not see them.
 *
 * A stem's weight for an element is the log ratio of how often the element's
 * sentences and the other sentences of its language have it, with one added to
 * each count (Laplace smoothing), for stems found in at least
 * `leastSentences` sentences; one decimal, so that a weight is something a
 * person can read and the committed table stays small.
 *
 * @module
 */
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

/** One table per language from these sentences. */
export function fitVocabulary(rows: readonly Worded[]): Map<string, VocabularyTable> {
  const out = new Map<string, VocabularyTable>()
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort()) {
    const mine = rows.filter((r) => r.lang === lang)
    const seen = new Map<string, number[]>()
    const sizes = vocabularyElements.map((element) => mine.filter((r) => r.y[element] === 1).length)
    for (const r of mine) {
      for (const stem of r.stems) {
        let counts = seen.get(stem)
        if (!counts) seen.set(stem, (counts = [0, 0, 0, 0, 0, 0]))
        counts[5]!++
        vocabularyElements.forEach((element, k) => {
          if (r.y[element] === 1) counts![k]!++
        })
      }
    }
    const table = new Map<string, number[]>()
    for (const stem of [...seen.keys()].sort()) {
      const counts = seen.get(stem)!
      if (counts[5]! < leastSentences) continue
      table.set(
        stem,
        vocabularyElements.map((_, k) => {
          const yes = counts[k]!
          const no = counts[5]! - yes
          const ratio = Math.log((yes + 1) / (sizes[k]! + 2) / ((no + 1) / (mine.length - sizes[k]! + 2)))
          return Math.round(ratio * 10) / 10 || 0
        })
      )
    }
    out.set(lang, table)
  }
  return out
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
