/**
 * The words a sentence is written with, read as evidence: a learned word
 * list per language (the `words.*` inputs of the structure model).
 *
 * The cue lists in the language profiles are written by hand and say what a
 * reader would point at ("struggle", "we built", "fell from"). Beyond them,
 * pitches tell each element in words that no list names but that recur: a
 * problem "waits", "stands in line", "lacks"; a change "opens", "lends",
 * "matches"; an outcome "now", "so far". This module weighs every word of a
 * sentence by how much it tells, in the project's labelled pitches
 * (`eval/corpus`), that a sentence carries an element:
 *
 * - a word is read by its **stem**, its first six letters, lower-cased
 *   ("struggle", "struggles" and "struggling" are `strugg`; "odottaa",
 *   "odottavat" and "odotusaika" are `odotta` and `odotus`): crude, the same
 *   for every language, and enough for Finnish and Swedish inflection and
 *   compounds to meet (`eval/vocabulary.ts` measured 5, 6, 7 letters and whole
 *   words; see docs/structure.md);
 * - a sentence's input for an element is the sum of its distinct stems'
 *   weights divided by the square root of how many distinct stems it has,
 *   between -3 and 3;
 * - the weights are those of a logistic regression per language and element
 *   that reads a sentence so (stems seen in fewer than three sentences left
 *   out, each weight pulled a little towards 0, one decimal): stems fitted
 *   together, so that a word that only rides along with a telling one ("time"
 *   beside "wait") does not count as if it told the element itself. Until the
 *   thirty-third session a weight was the log of how much more often the stem
 *   stood in the element's sentences than in the others, stem by stem.
 *
 * The weights are fitted by `eval/train.ts --write` (the table is
 * `vocabulary-data.ts`), and the model's weight on each `words.*` input is
 * fitted on inputs from tables that did not see the sentence (five folds by
 * pitch): the table read on its own pitches would look surer than it is on a
 * new one. A language without a table gives 0.
 *
 * @module
 */
import type {Element} from '../../types.js'
import type {Sentence} from '../../document/model.js'
import {vocabularyData} from './vocabulary-data.js'

/** The elements a stem carries a weight for, in the order of a table row. */
export const vocabularyElements = ['problem', 'hero', 'change', 'outcome', 'ask'] as const satisfies readonly Element[]

/** How many letters of a word make its stem. */
export const stemLength = 6

/** A learned table: stem → its weight per element, in `vocabularyElements` order. */
export type VocabularyTable = ReadonlyMap<string, readonly number[]>

/** A distinct stem of a sentence and the first word that has it (by word index). */
export interface Stem {
  stem: string
  word: number
}

const letter = /\p{L}/u
const capital = /^\p{Lu}/u

/** The distinct stems of a sentence's words that have a letter (figures and marks have none), in order. */
export function stemsOf(sentence: Pick<Sentence, 'lower' | 'words'>): Stem[] {
  const seen = new Set<string>()
  const out: Stem[] = []
  sentence.lower.forEach((word, index) => {
    if (!letter.test(word)) return
    // A capitalised word inside a sentence is a name: the corpus's places, products and people, not how
    // pitches tell an element.
    if (index > 0 && capital.test(sentence.words[index]!.value)) return
    const stem = word.slice(0, stemLength)
    if (seen.has(stem)) return
    seen.add(stem)
    out.push({stem, word: index})
  })
  return out
}

const tables = new Map<string, VocabularyTable | undefined>()

/** The committed table of a language (`vocabulary-data.ts`), or `undefined` when it has none. */
export function vocabularyOf(language: string): VocabularyTable | undefined {
  if (!tables.has(language)) {
    const data = Object.hasOwn(vocabularyData, language) ? vocabularyData[language as keyof typeof vocabularyData] : undefined
    tables.set(language, data === undefined ? undefined : new Map(Object.entries(data)))
  }
  return tables.get(language)
}

/** What a table says of a sentence: its `words.*` inputs and, per element, the words a reason may quote. */
export interface WordReading {
  /** One input per element, in `vocabularyElements` order. */
  scores: number[]
  /**
   * Per element, up to two words (by word index) whose stems weigh at least 1 for it (two stems in five
   * weigh so for some element), strongest first; when none does, the one word of
   * four letters or more (not "som", "för", "and") whose stem weighs most for it from 0.5 (`leaning`), so
   * that a sentence the table alone makes evidence can still say which of its words lean that way.
   */
  strongest: number[][]
}

/** The least weight a stem needs for a reason to quote its word. */
const quotable = 1
/** The least weight of the one word quoted when no stem of the sentence is `quotable` for an element. */
const leaning = 0.5

const bestWeight = new Float64Array(5)
const nextWeight = new Float64Array(5)
const leanWord = new Int32Array(5)
const leanWeight = new Float64Array(5)

/**
 * The `words.*` inputs of a sentence with these stems under a table: the sum of
 * its stems' weights over the square root of how many stems it has, between -3
 * and 3; and the words that speak most for each element. One pass, no sorting:
 * it runs for every sentence.
 */
export function readWords(stems: readonly Stem[], table: VocabularyTable | undefined): WordReading {
  const scores = [0, 0, 0, 0, 0]
  const strongest: number[][] = [[], [], [], [], []]
  if (table === undefined || stems.length === 0) return {scores, strongest}
  // Scratch per element, kept between calls (this runs for every sentence): the two heaviest quotable
  // stems' weights, and the heaviest stem under `quotable` from `leaning`, its word and weight.
  bestWeight.fill(0)
  nextWeight.fill(0)
  leanWord.fill(-1)
  leanWeight.fill(0)
  for (const {stem, word} of stems) {
    const row = table.get(stem)
    if (row === undefined) continue
    for (let k = 0; k < 5; k++) {
      const weight = row[k]!
      scores[k]! += weight
      if (weight < quotable) {
        if (weight >= leaning && weight > leanWeight[k]! && stem.length >= 4) {
          leanWord[k] = word
          leanWeight[k] = weight
        }
        continue
      }
      const top = strongest[k]!
      // Keep the two heaviest, the earlier word first on a tie.
      if (top.length === 0 || weight > bestWeight[k]!) {
        if (top.length > 0) {
          top[1] = top[0]!
          nextWeight[k] = bestWeight[k]!
        }
        top[0] = word
        bestWeight[k] = weight
      } else if (top.length === 1 || weight > nextWeight[k]!) {
        top[1] = word
        nextWeight[k] = weight
      }
    }
  }
  const scale = Math.sqrt(stems.length)
  for (let k = 0; k < 5; k++) {
    scores[k] = Math.max(-3, Math.min(3, scores[k]! / scale))
    if (strongest[k]!.length === 0 && leanWord[k]! >= 0) strongest[k]!.push(leanWord[k]!)
  }
  return {scores, strongest}
}
