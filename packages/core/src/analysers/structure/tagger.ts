/**
 * compromise, the English tagger, and the ways the structure features avoid
 * calling it. A full parse costs about as much as the rest of the analysis
 * put together, so it runs only for the sentences whose answer depends on
 * it, and then once for all of them together.
 *
 * - `lexicon()`: compromise's own lexicon, for words whose tag does not
 *   depend on context (`maria` is a given name).
 * - `pastFromLexicon()`: whether a sentence is in the past tense, when the
 *   lexicon and a few patterns around it already say what compromise would.
 * - `tagBatch()`: one `nlp()` call over many sentences, split back per
 *   sentence. compromise tags sentence by sentence, so this gives each
 *   sentence exactly the tags a parse of it alone gives (the tests compare
 *   both on the whole English corpus).
 *
 * @module
 */
import nlp from 'compromise'
import {lastAtOrBefore} from '../../sorted.js'

/** What compromise's tagger says about one sentence. */
export interface Tagging {
  /** Some term is tagged `PastTense`. */
  past: boolean
  /** Parts of the people compromise found (`Maria`, `Virtanen`), without a possessive `'s`. */
  people: ReadonlySet<string>
  /** Parts of the places and organisations it found. */
  elsewhere: ReadonlySet<string>
  /** Every term in order: its text and its tags. */
  terms: ReadonlyArray<{text: string; tags: readonly string[]}>
}

interface TermJson {
  text: string
  tags: string[]
}

interface SentenceJson {
  offset: {start: number; length: number}
  terms: TermJson[]
}

/**
 * Tag several sentences with one compromise parse.
 *
 * The texts are joined with line breaks and each sentence compromise finds
 * is given back to the text it lies in, by offset. compromise ends a
 * sentence at a line break except inside an open quotation (`She said "we
 * …`, the closing quote beyond the text): a sentence it finds across the
 * line between two texts is not split back; each text it spans is parsed
 * alone instead. Either way a text gets exactly the tags a parse of it alone
 * gives. Every parse ends with a line break too, so that the last text reads
 * as the others do: compromise splits a hyphenated figure at the very end of
 * its input as a range ("ref. KT-2026-114" → 2026 to 114) but not before a
 * line break. The texts are windows of sentences: each starts and ends with a
 * word (compromise glues a line of punctuation alone to its neighbours).
 */
export function tagBatch(texts: readonly string[]): Tagging[] {
  const {results, spanned} = parseJoined(texts)
  for (const index of spanned) results[index] = parseJoined([texts[index]!]).results[0]!
  return results
}

interface MutableTagging {
  past: boolean
  people: Set<string>
  elsewhere: Set<string>
  terms: TermJson[]
}

/** One parse of the texts joined with line breaks: what each text got, and which texts share a compromise sentence with another. */
function parseJoined(texts: readonly string[]): {results: Tagging[]; spanned: Set<number>} {
  const spanned = new Set<number>()
  if (texts.length === 0) return {results: [], spanned}
  const starts: number[] = []
  let at = 0
  for (const text of texts) {
    starts.push(at)
    at += text.length + 1
  }
  const owner = (offset: number): number => lastAtOrBefore(starts, offset)
  const doc = nlp(texts.join('\n') + '\n')
  const results: MutableTagging[] = texts.map(() => ({past: false, people: new Set<string>(), elsewhere: new Set<string>(), terms: []}))
  const sentences = doc.json({offset: true, terms: {offset: false}}) as SentenceJson[]
  for (const sentence of sentences) {
    const first = owner(sentence.offset.start)
    const last = owner(sentence.offset.start + Math.max(0, sentence.offset.length - 1))
    if (first !== last) {
      for (let index = first; index <= last; index++) spanned.add(index)
      continue
    }
    const result = results[first]!
    sentence.terms.forEach((term, index) => {
      // A term's text is its word; compromise glues a line break to an emoji at the end of a line ("💚\n").
      result.terms.push({text: term.text.trimEnd(), tags: term.tags})
      // After a determiner or a verb a past form is an adjective ("a paid pilot", "on the booked morning",
      // "introduce shared planning", "is closed"), which compromise tags as a past verb all the same; after
      // "have" it is a perfect, a report ("has lost", "had shared").
      const previous = sentence.terms[index - 1]
      const before = previous?.text.toLowerCase() ?? ''
      const adjective = determiners.has(before) || (previous?.tags.includes('Verb') === true && !perfectHave.has(before) && before !== 'had')
      if (term.tags.includes('PastTense') && !adjective) result.past = true
    })
  }
  const add = (matches: {json: (options: {offset: boolean}) => unknown}, into: 'people' | 'elsewhere'): void => {
    for (const match of matches.json({offset: true}) as Array<{text: string; offset: {start: number}}>) {
      const set = results[owner(match.offset.start)]![into]
      if (into === 'people') {
        for (const part of match.text.replace(/[^\p{L}\p{M}'’ -]+/gu, ' ').split(/\s+/)) if (part) set.add(part.replace(/['’]s$/, ''))
      } else {
        for (const part of match.text.split(/\s+/)) set.add(part.replace(/[^\p{L}\p{M}]+/gu, ''))
      }
    }
  }
  add(doc.people(), 'people')
  add(doc.places(), 'elsewhere')
  add(doc.organizations(), 'elsewhere')
  return {results, spanned}
}

let known: ReadonlyMap<string, readonly string[]> | undefined

/** The words compromise's lexicon knows, with their tags (`maria` → FemaleName; `education` → Uncountable). */
export function lexicon(): ReadonlyMap<string, readonly string[]> {
  if (!known) {
    const world = (nlp as unknown as {world: () => {model: {one: {lexicon: Record<string, string | string[]>}}}}).world()
    known = new Map(Object.entries(world.model.one.lexicon).map(([word, tags]) => [word, Array.isArray(tags) ? tags : [tags]]))
  }
  return known
}

/** Common irregular past forms: with `-ed` words, what makes a sentence worth a look for the past tense. */
const irregularPast = new Set([
  'was', 'were', 'had', 'did', 'fell', 'rose', 'grew', 'got', 'went', 'came', 'made', 'took', 'gave', 'saw', 'found',
  'told', 'said', 'felt', 'left', 'lost', 'won', 'built', 'spent', 'paid', 'met', 'ran', 'began', 'brought', 'became', 'cut', 'kept',
  'stood', 'understood', 'wrote', 'sent', 'sold', 'bought', 'thought', 'heard', 'held', 'led', 'chose', 'drove', 'spoke', 'sat',
  'knew', 'taught', 'caught', 'broke', 'threw', 'forgot', 'lent', 'fed', 'ate', 'drank', 'rode', 'flew', 'swam', 'sang', 'drew',
  'slept', 'fought', 'sought', 'meant', 'dealt', 'shrank', 'sank', 'wore', 'woke', 'fled', 'struck', 'swept', 'dug', 'learnt', 'burnt'
])

/** Words before a past form that make it a passive, an infinitive or an adjective (`is spent`, `to relaxed`, `the booked`). */
const notFinite = new Set(['is', 'are', 'be', 'being', 'been', 'am', 'will', 'to', 'get', 'gets', 'more', 'most', 'less', 'the', 'a', 'an', 'very'])
/** Words after a past form that make compromise read a phrasal verb or a negation (`showed up`, `did not`). */
const particles = new Set(['up', 'out', 'off', 'down', 'in', 'on', 'back', 'over', 'away', 'to', 'not', 'through', 'about', 'around'])
/** Words after which a past form is an adjective, not a verb: "a paid pilot", "the booked morning", "our trained staff". */
const determiners: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'our', 'their', 'its', 'my', 'your', 'his', 'each', 'every'])
/** Subjects before which a past form is a finite verb (`we shared`, `she moved`). */
const subjects = new Set(['i', 'we', 'they', 'she', 'he', 'it', 'who'])
/** Present forms of "be" that make a following participle a present passive. */
const presentBe = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re'])
/** Words that may stand between "be" and its participle (`are not fully utilized`). */
const between = new Set(['not', "n't", 'n’t', 'also', 'still', 'often', 'always', 'never', 'now', 'usually', 'already', 'then', 'being'])

/** Whether the past form at `index` is a participle after a present "be", with at most three adverbs between. */
function presentPassive(lower: readonly string[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const word = lower[k]!
    if (presentBe.has(word)) return true
    if (!between.has(word) && !word.endsWith('ly')) return false
  }
  return false
}

/** Forms of "have" that make a present perfect (`have taken part`, `has since bought`). */
const perfectHave = new Set(['have', 'has', "'ve", '’ve'])
/** Words before "have" that make it no report (`will have`, `would have`, `to have`). */
const notPerfect = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'must', 'to', "'ll", '’ll', "'d", '’d'])
/** Words that may stand between "have" and its participle (`have since bought`, `has already been`). */
const perfectBetween = new Set([...between, 'since', 'just', 'recently', 'ever', 'all', 'both', 'each'])

/**
 * Whether the sentence has a present perfect: "have" or "has" and a participle (`94 children have taken
 * part`, `families have since bought`, `has been clear`), with at most two adverbs between; not after a
 * modal or "to" (`would have been`, `to have`), not "have to", and not the progressive (`have been
 * waiting for years`), which tells a state that goes on. A present perfect reports what has
 * happened, as a past form does; compromise does not tag most irregular participles as past.
 */
function presentPerfect(lower: readonly string[]): boolean {
  const words = lexicon()
  for (let index = 0; index < lower.length; index++) {
    if (!perfectHave.has(lower[index]!) || notPerfect.has(lower[index - 1] ?? '')) continue
    let next = index + 1
    while (next < lower.length && next - index <= 3 && (perfectBetween.has(lower[next]!) || lower[next]!.endsWith('ly'))) next++
    const word = lower[next]
    if (word === undefined || next - index > 3) continue
    const tags = words.get(word) ?? []
    // "has been suffering for six years", "have been waiting": a state that goes on, not a report.
    if (word === 'been' && (lower[next + 1] ?? '').endsWith('ing')) continue
    if (word === 'been' || word === 'done' || (word.endsWith('ed') && word.length > 3 && !tags.some((tag) => notVerb.has(tag))) || tags.includes('Participle') || (tags.length === 1 && tags[0] === 'PastTense')) return true
  }
  return false
}

/**
 * Past forms that compromise's lexicon files only as something else, and the words after them that make
 * them a change of level: "rose from 34 to 71 percent", "rose by a fifth", "rose to 84 percent" (not "a rose
 * garden", "the red rose bloomed").
 */
const levelVerbs: ReadonlySet<string> = new Set(['rose'])
const levelWords: ReadonlySet<string> = new Set(['from', 'by', 'to'])

/** Whether the word at `index` is one of `levelVerbs` before "from", "by" or "to" and a figure within three words. */
function levelChange(lower: readonly string[], index: number): boolean {
  if (!levelVerbs.has(lower[index]!) || !levelWords.has(lower[index + 1] ?? '')) return false
  return lower.slice(index + 2, index + 5).some((word) => /^\p{N}/u.test(word)) || lower[index + 1] === 'by'
}

/** Lexicon tags that make an `-ed` word something else (`need`, `speed`, `rose`). */
const notVerb = new Set(['Infinitive', 'Singular', 'Noun', 'Uncountable'])

/** A word that may make its sentence past tense: an `-ed` word or a common irregular past form, unless compromise's lexicon calls it something else (`need`, `speed`, `rose`). */
export function pastCandidate(word: string): boolean {
  return ((word.endsWith('ed') && word.length > 3) || irregularPast.has(word)) && !(lexicon().get(word) ?? []).some((tag) => notVerb.has(tag))
}

/**
 * Whether an English sentence (its lower-case words) is in the past tense,
 * when that can be told without the tagger; `undefined` when only
 * compromise can tell.
 *
 * - A present perfect (`have taken part`, `has since bought`; see
 *   `presentPerfect`): past. So is "rose" as a change of level ("rose from
 *   34 to 71 percent"), which the lexicon files as a flower.
 * - No `-ed` word and no common irregular past: not past.
 * - `was`/`were`; a lexicon past form (`fell`, `told`, `stopped`) that is
 *   not read as a passive, infinitive, adjective or phrasal verb; `had` not
 *   before `to`; `did` not before `not`; a past form or participle after a
 *   subject pronoun (`we shared`): past.
 * - A participle after a present "be" (`is collected`, `are not fully
 *   utilized`), when every possible past form is one: not past. compromise
 *   tags such participles as past, but the sentence says how things are,
 *   not what happened.
 *
 * On the project's English corpus and example pitches this decides 472 of
 * the 668 sentences that have a possible past form, and agrees with
 * compromise on 417 of them. Of the others, 49 are present passives; the
 * rest are mostly past progressives (`were losing`), which compromise does
 * not tag as past, and one adjective (`relaxed performances`).
 * `test/tagger.test.ts` holds it to that.
 */
export function pastFromLexicon(lower: readonly string[]): boolean | undefined {
  const words = lexicon()
  const tags = (word: string): readonly string[] => words.get(word) ?? []
  if (presentPerfect(lower)) return true
  if (lower.some((_word, index) => levelChange(lower, index))) return true
  if (!lower.some(pastCandidate)) return false
  for (let index = 0; index < lower.length; index++) {
    const word = lower[index]!
    const before = lower[index - 1] ?? ''
    const after = lower[index + 1] ?? ''
    if (word === 'was' || word === 'were') return true
    if (word === 'had') {
      if (after !== 'to' && !notFinite.has(before)) return true
      continue
    }
    if (word === 'did') {
      if (after !== 'not' && after !== 'n’t' && after !== "n't") return true
      continue
    }
    const wordTags = tags(word)
    // "it is never paid": a present passive, with adverbs between.
    if (presentPassive(lower, index)) continue
    if (wordTags.length === 1 && wordTags[0] === 'PastTense' && !notFinite.has(before) && !particles.has(after)) return true
    // Not a present verb that only ends in -ed: "we need", "they feed".
    if ((pastCandidate(word) || wordTags.includes('Participle') || wordTags.includes('PastTense')) && subjects.has(before) && !particles.has(after)) return true
  }
  // A present passive (`is collected`, `are not fully utilized`) says how things are, not what happened.
  if (lower.every((word, index) => !pastCandidate(word) || presentPassive(lower, index))) return false
  return undefined
}
