/**
 * Readability: per-sentence counts (cached with the sentence), document
 * figures from the summed counts, and per-sentence "hard" verdicts.
 *
 * English uses the eight formulas of the `words/*` packages that
 * retext-readability uses. Its per-sentence verdict follows
 * retext-readability 8 exactly (seven formulas mapped to a reader age; a
 * sentence is hard when enough of them exceed the age); it is computed here
 * from the counts already made, with the word lists in sets, instead of
 * running retext-readability, which scans its word lists linearly for every
 * word and needs a second tree. A parity test keeps the two in step.
 * Swedish and Finnish use LIX (and OVIX for Swedish); English formulas are
 * `null` for them.
 *
 * @module
 */
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllable} from 'syllable'
import type {Sentence} from '../document/model.js'
import type {LanguageProfile} from '../languages/types.js'
import type {LixBand, Readability} from '../types.js'

/** Counts of one sentence; they add up to the document's. */
export type ReadabilityCounts = {
  sentence: number
  word: number
  syllable: number
  polysillabicWord: number
  complexPolysillabicWord: number
  letter: number
  character: number
  /** Words not on the Dale–Chall list (distinct easy words subtracted, as retext-readability does). */
  difficultWord: number
  /** Words not on the Spache list (likewise). */
  unfamiliarWord: number
  /** Words of more than six letters (LIX). */
  longWord: number
}

const daleChallSet: ReadonlySet<string> = new Set(daleChall)
const spacheSet: ReadonlySet<string> = new Set(spache)

/** Count one sentence. */
export function countSentence(sentence: Sentence, profile: LanguageProfile): ReadabilityCounts {
  const counts: ReadabilityCounts = {
    sentence: 1,
    word: 0,
    syllable: 0,
    polysillabicWord: 0,
    complexPolysillabicWord: 0,
    letter: 0,
    character: 0,
    difficultWord: 0,
    unfamiliarWord: 0,
    longWord: 0
  }
  const english = profile.readability === 'english'
  const easy = new Set<string>()
  const familiar = new Set<string>()
  sentence.words.forEach((word, index) => {
    const value = word.value
    const caseless = sentence.lower[index]!
    counts.word++
    // As retext-english, an abbreviation's final dot (`e.g.`) belongs to its word.
    const length = value.length + (value.includes('.') && /\p{L}$/u.test(value) && dotFollows(sentence, word) ? 1 : 0)
    counts.letter += length
    counts.character += length
    if (letters(value) > 6) counts.longWord++
    if (!english) return
    const syllables = syllableCount(value)
    counts.syllable += syllables
    if (syllables >= 3) {
      counts.polysillabicWord++
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) counts.complexPolysillabicWord++
    }
    if (daleChallSet.has(caseless)) easy.add(caseless)
    if (spacheSet.has(caseless)) familiar.add(caseless)
  })
  counts.difficultWord = counts.word - easy.size
  counts.unfamiliarWord = counts.word - familiar.size
  return counts
}

function dotFollows(sentence: Sentence, word: Sentence['words'][number]): boolean {
  const next = sentence.tokens[sentence.tokens.indexOf(word) + 1]
  return next !== undefined && next.value === '.' && next.start === word.end
}

const letter = /\p{L}/gu

function letters(value: string): number {
  // Words are mostly ASCII letters: count those without a regular expression.
  let ascii = true
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 32
    if (c < 97 || c > 122) {
      ascii = false
      break
    }
  }
  if (ascii) return value.length
  return value.match(letter)?.length ?? 0
}

// `syllable` runs a dozen regular expressions and pluralize per call; the
// same words come back in every text, so counts are kept (a pure function of
// the word), up to a bound.
const syllableCache = new Map<string, number>()

function syllableCount(value: string): number {
  let count = syllableCache.get(value)
  if (count === undefined) {
    count = syllable(value)
    if (syllableCache.size >= 50_000) syllableCache.clear()
    syllableCache.set(value, count)
  }
  return count
}

/** Add counts. */
export function addCounts(total: ReadabilityCounts, counts: ReadabilityCounts): void {
  // Field by field (called once per sentence on every run): a new field of
  // `ReadabilityCounts` must be added here too.
  total.sentence += counts.sentence
  total.word += counts.word
  total.syllable += counts.syllable
  total.polysillabicWord += counts.polysillabicWord
  total.complexPolysillabicWord += counts.complexPolysillabicWord
  total.letter += counts.letter
  total.character += counts.character
  total.difficultWord += counts.difficultWord
  total.unfamiliarWord += counts.unfamiliarWord
  total.longWord += counts.longWord
}

/** Empty counts. */
export function emptyCounts(): ReadabilityCounts {
  return {sentence: 0, word: 0, syllable: 0, polysillabicWord: 0, complexPolysillabicWord: 0, letter: 0, character: 0, difficultWord: 0, unfamiliarWord: 0, longWord: 0}
}

/** The retext-readability verdict for one sentence: how many of seven formulas find it too hard for `age`. */
export function hardVotes(counts: ReadabilityCounts, age: number): number {
  const scores = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(flesch(counts) / 10),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts))
  ]
  let votes = 0
  for (const score of scores) if (score > age) votes++
  return votes
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5)
}

function smogToAge(value: number): number {
  return Math.ceil(Math.sqrt(value) + 2.5)
}

/** LIX of counts: words per sentence plus the percentage of long words. */
export function lix(counts: ReadabilityCounts): number | null {
  if (counts.word === 0 || counts.sentence === 0) return null
  return counts.word / counts.sentence + (100 * counts.longWord) / counts.word
}

/** Björnsson's band for a LIX value. */
export function lixBand(value: number | null): LixBand | null {
  if (value === null) return null
  if (value < 30) return 'very easy'
  if (value < 40) return 'easy'
  if (value < 50) return 'medium'
  if (value < 60) return 'hard'
  return 'very hard'
}

/** OVIX, Swedish lexical variation: log(tokens) / log(2 − log(types) / log(tokens)). */
export function ovix(tokens: number, types: number): number | null {
  if (tokens < 2 || types < 1) return null
  if (types === tokens) return null // undefined for texts without repetition (division by zero)
  return Math.log(tokens) / Math.log(2 - Math.log(types) / Math.log(tokens))
}

/** Two decimals; `+ 0` turns `-0` (which JSON cannot keep) into `0`. */
const round = (value: number): number | null => (Number.isFinite(value) ? Math.round(value * 100) / 100 + 0 : null)

/** The document figures. `types` counts distinct words; it is asked for only where OVIX applies. */
export function documentReadability(total: ReadabilityCounts, profile: LanguageProfile, types: () => number): Readability {
  const lixValue = lix(total)
  const base: Readability = {
    fleschReadingEase: null,
    fleschKincaidGrade: null,
    gunningFog: null,
    smog: null,
    colemanLiau: null,
    automatedReadability: null,
    daleChall: null,
    spache: null,
    lix: lixValue === null ? null : round(lixValue),
    lixBand: lixBand(lixValue),
    ovix: null
  }
  if (total.word === 0) return base
  if (profile.readability === 'english') {
    base.fleschReadingEase = round(flesch(total))
    base.fleschKincaidGrade = round(fleschKincaid(total))
    base.gunningFog = round(gunningFog(total))
    base.smog = round(smogFormula(total))
    base.colemanLiau = round(colemanLiau(total))
    base.automatedReadability = round(automatedReadability(total))
    base.daleChall = round(daleChallFormula(total))
    base.spache = round(spacheFormula(total))
  } else if (profile.code === 'sv') {
    const value = ovix(total.word, types())
    base.ovix = value === null ? null : round(value)
  }
  return base
}
