/**
 * Whether the mentor's questions quote the right words: for each question
 * that quotes the pitch (`questions[].quoted`), is the sentence it quotes
 * labelled, in the gold, with the element the question asks about? "You say
 * “the night instead of at 6.30” — how will you measure it" is a misreading
 * shown to the team verbatim when that sentence is a change. It prints the
 * share twice: over every quote, and over the quotes in pitches whose gold
 * labels the element in some sentence. A question about an element the gold
 * labels nowhere (a hero that is only "people", an outcome the pitch never
 * states) cannot quote a labelled sentence, though "You mention people — who
 * is one of them?" is what a mentor would ask; those quotes are counted apart.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/questions.ts
 *     node --import tsx eval/questions.ts --list   # and the wrong quotes (never the held-out set's)
 *
 * It counts how the quotes are cut, too: how many end where the pitch's
 * clause ends or before a word that opens a new phrase (the profile's
 * `phraseBreaks`, "and", "but"), rather than inside a phrase ("Our vision is
 * to become"); how many start where the sentence or a clause starts or after
 * such a word, rather than inside a phrase ("March we signed up 40
 * residents", of "In March …"); and how many words they have.
 *
 * It also counts the evidence the report shows for every element that is
 * not missing, and how much of it comes without a reason a person can read
 * ("names a person: Maria", "says “fell”"): evidence the coach cannot
 * explain is as unhelpful as a question that quotes the wrong sentence.
 *
 * The report comes from the weights in the repository, so for the project's
 * corpus the figures are in-sample; the shared pitches in
 * `../shared/corpus/pitches-dev` (read when present) were never trained on.
 *
 * @module
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyzeSync, type Element, type PitchReport} from '../packages/core/src/index.ts'
import {profiles} from '../packages/core/src/languages/index.ts'
import {featureLists} from '../packages/core/src/analysers/structure/features.ts'
import {corpora, readCorpus, reportGold, type Pitch} from './align.ts'

/** How the quoted questions of some pitches fare against the gold, per element. */
export interface QuoteTally {
  /** Questions about a weak or missing element that the corpus labels. */
  questions: number
  /** Of those, the questions that quote the pitch. */
  quoted: number
  /** Of those, the ones whose quoted sentence the gold labels with the question's element. */
  right: number
  /**
   * Of the quoting questions, those about an element the gold labels in no sentence of the pitch (the gold
   * calls it missing, or weak without a sentence, as a hero that is only "people"): no quote of theirs can
   * be right by the sentence labels, though "You mention people — who is one of them?" may be the right
   * question. They are in `quoted` and never in `right`.
   */
  unlabelled: number
  perElement: Partial<Record<Element, {quoted: number; right: number; unlabelled: number}>>
  /** The quotes whose sentence the gold does not label with the question's element, for reading: pitch, element, quote, sentence. */
  wrong: Array<{id: string; element: Element; quote: string; sentence: string}>
}

/** An empty tally. */
export function emptyTally(): QuoteTally {
  return {questions: 0, quoted: 0, right: 0, unlabelled: 0, perElement: {}, wrong: []}
}

/**
 * Add one pitch's questions to a tally. `gold[i]` is the gold roles of the
 * report's sentence `i`; a quote belongs to the sentence its span starts in.
 * Questions about an element the corpus does not label (`labelled`; the
 * shared pitches have no ask labels) are left out.
 */
export function tallyQuotes(tally: QuoteTally, report: PitchReport, gold: ReadonlyArray<readonly Element[]>, labelled: ReadonlySet<Element>, id = ''): void {
  for (const question of report.questions) {
    if (!labelled.has(question.element)) continue
    tally.questions++
    if (!question.quoted) continue
    const start = question.quoted.position.start.offset
    const index = report.sentences.findIndex((s) => s.position.start.offset <= start && start < s.position.end.offset)
    if (index === -1) throw new Error(`eval/questions: a quote at ${start} lies in no sentence`)
    const right = gold[index]!.includes(question.element)
    const cell = (tally.perElement[question.element] ??= {quoted: 0, right: 0, unlabelled: 0})
    tally.quoted++
    cell.quoted++
    if (!gold.some((roles) => roles.includes(question.element))) {
      tally.unlabelled++
      cell.unlabelled++
    }
    if (right) {
      tally.right++
      cell.right++
    } else tally.wrong.push({id, element: question.element, quote: question.quoted.text, sentence: report.sentences[index]!.text})
  }
}

/** How the quotes of some pitches are cut. */
export interface CutTally {
  /** Questions that quote the pitch. */
  quotes: number
  /** Of those, the quotes that end where a clause ends or before a word that opens a new phrase. */
  phraseEnds: number
  /**
   * Of those, the quotes that start where their sentence or a clause starts (after a line's start, a sentence's
   * end, a comma, a semicolon, a colon, a dash or a bracket) or after a word that ends a phrase before a new one.
   */
  phraseStarts: number
  /** Words in all the quotes. */
  words: number
}

/**
 * Add one report's quotes to a cut tally. `source` is the pitch's text, `breaks` the lower-case words before
 * which a phrase ends, `starts` those after which a clause starts. A quote ends well when nothing follows it,
 * when a mark follows it (a comma, a full stop, a bracket), when it ends its block (a heading, a list item
 * or a paragraph without a full stop), or when the next word is one of `breaks`; it starts
 * well at a line's start, after a mark, or after one of `starts`.
 */
export function tallyCuts(tally: CutTally, report: PitchReport, source: string, breaks: ReadonlySet<string>, starts: ReadonlySet<string>): void {
  for (const question of report.questions) {
    if (!question.quoted) continue
    tally.quotes++
    tally.words += question.quoted.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
    // Past the markup that closes the quote's last word ("*loneliness*", "**50 %**").
    const rest = source.slice(question.quoted.position.end.offset).replace(/^[*_~`\]]+/, '')
    const next = /^\s*([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/u.exec(rest)
    // A quote that ends its block (a heading, a list item, a paragraph: a blank line or a block's marker
    // follows) ends as well as one before a full stop.
    const blockEnd = /^[ \t]*\n[ \t]*(?:\n|[-*+>]\s|\d+[.)]\s|#{1,6}\s)/.test(rest)
    if (next === null || blockEnd || breaks.has(next[1]!.toLowerCase().replace(/\.$/, ''))) tally.phraseEnds++
    // Before the markup that opens the quote's first word; the words before it on its line.
    const before = source.slice(0, question.quoted.position.start.offset).replace(/[*_~`[]+$/, '')
    const previous = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)\s*$/u.exec(before)
    const line = before.slice(before.lastIndexOf('\n') + 1)
    if (/^[\s#>*+-]*$/.test(line) || /[.!?,;:()[\]–—"“”]\s*$/.test(before) || (previous !== null && starts.has(previous[1]!.toLowerCase()))) tally.phraseStarts++
  }
}

/**
 * The words after which a new clause starts, in a language, as the quotes are cut (`FeatureLists.clauseStarts`):
 * "and", "but", and the subordinators and relative words ("that", "because", "which"), not the prepositions,
 * after which a quote would start inside their phrase.
 */
export function clauseStarts(language: keyof typeof profiles): ReadonlySet<string> {
  return featureLists(profiles[language]).clauseStarts
}

/** The words before which a phrase ends, in a language, as the quotes are cut (`FeatureLists.phraseBreaks`): its `phraseBreaks`, "and" and "but". */
export function phraseBreaks(language: keyof typeof profiles): ReadonlySet<string> {
  return featureLists(profiles[language]).phraseBreaks
}

/** Evidence items of the elements that are not missing, and those without a reason. */
export function tallyReasons(tally: {evidence: number; unexplained: number}, report: PitchReport): void {
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) {
    if (report.structure[element].status === 'missing') continue
    for (const item of report.structure[element].evidence) {
      tally.evidence++
      if (item.reasons.length === 0) tally.unexplained++
    }
  }
}

function tallyPitch(tally: QuoteTally, reasons: {evidence: number; unexplained: number}, cuts: CutTally, pitch: Pitch): void {
  const report = analyzeSync(pitch.text, {language: pitch.lang})
  tallyReasons(reasons, report)
  tallyCuts(cuts, report, pitch.text, phraseBreaks(pitch.lang), clauseStarts(pitch.lang))
  const {gold, labelled} = reportGold(pitch, report)
  tallyQuotes(tally, report, gold, labelled, pitch.id)
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const share = (part: number, whole: number): string => (whole === 0 ? 'n/a' : (part / whole).toFixed(2))
  const listing = process.argv.includes('--list')
  for (const {name, paths} of corpora(root)) {
    const tally = emptyTally()
    const reasons = {evidence: 0, unexplained: 0}
    const cuts: CutTally = {quotes: 0, phraseEnds: 0, phraseStarts: 0, words: 0}
    let pitches = 0
    for (const path of paths) {
      for (const pitch of readCorpus(path)) {
        pitches++
        tallyPitch(tally, reasons, cuts, pitch)
      }
    }
    // Right quotes per element, over every quote or over those about an element the gold labels somewhere.
    const cells = (labelledOnly: boolean): string =>
      Object.entries(tally.perElement).map(([element, cell]) => `${element} ${cell.right}/${cell.quoted - (labelledOnly ? cell.unlabelled : 0)}`).join(', ')
    const labelledQuotes = tally.quoted - tally.unlabelled
    console.log(`${name} (${pitches} pitches): ${tally.questions} questions, ${tally.quoted} quote the pitch; the quoted sentence carries the element in the gold for ${tally.right} (${share(tally.right, tally.quoted)}; ${cells(false)})`)
    console.log(`  where the gold labels the element in some sentence: ${tally.right} of ${labelledQuotes} (${share(tally.right, labelledQuotes)}; ${cells(true)}); ${tally.unlabelled} quotes ask about an element the gold labels in no sentence`)
    console.log(`  quotes: ${cuts.phraseEnds} of ${cuts.quotes} end where a clause or a phrase ends, ${cuts.phraseStarts} start where one starts; ${cuts.quotes === 0 ? 0 : (cuts.words / cuts.quotes).toFixed(1)} words on average`)
    console.log(`  evidence: ${reasons.evidence} sentences for elements that are not missing, ${reasons.unexplained} without a reason`)
    // Never the held-out set's words: no one reads them, so that nothing is tuned to them.
    if (listing && name !== 'held-out') for (const w of tally.wrong) console.log(`  ${w.id} ${w.element}: «${w.quote}» in “${w.sentence}”`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
