/**
 * Per-sentence features for the five elements. Everything here depends on
 * the sentence alone (so it is cached with the sentence); position and
 * neighbours are added in `scoring.ts`.
 *
 * @module
 */
import nlp from 'compromise'
import type {Sentence} from '../../document/model.js'
import {PhraseSet, type PhraseMatch} from '../../document/phrases.js'
import type {LanguageProfile} from '../../languages/types.js'
import type {Element} from '../../types.js'

/** A cue hit: the phrase and the words it covers. */
export interface CueHit {
  phrase: string
  first: number
  last: number
  weight: number
}

/** What a sentence shows, independent of where it stands. */
export interface SentenceFeatures {
  /** Cue hits per element (hero cues are few: heroes are found mostly from people and names). */
  cues: Record<Element, CueHit[]>
  /** Sums of cue weights. */
  cueScore: Record<Element, number>
  /** Mentions of the team (we, our, us). */
  team: number
  /** The team is the subject: a team word among the first two words ("We built…", "Our app…"). */
  teamSubject: boolean
  /** Mentions of the people served: roles and groups, by word index. */
  people: Array<{first: number; last: number}>
  /** Generic people words (people, users). */
  generic: Array<{first: number; last: number}>
  /** Third-person personal pronouns (she, they). */
  pronouns: number
  /** Person names. */
  names: string[]
  /** Whether the name came from a named-entity tagger (compromise) rather than capitalisation alone. */
  namesTagged: boolean
  /** Figures (digits or number words), by word index. */
  numbers: number[]
  /** Figures next to a unit (3 days, 40 %, 2,000 euros). */
  measured: number
  /** A before → after comparison with figures (from 3 days to 4 hours; down from …). */
  comparison: boolean
  /** Negations and lack. */
  negations: number
  /** The words of the negations, in order. */
  negationWords: string[]
  /** Aim words (will, goal). */
  aims: number
  /** A past-tense verb (English, from compromise). */
  past: boolean
  /** The sentence is a question. */
  question: boolean
  /** Elements whose section a heading or prompt line opens ("The problem", "Our solution"). */
  opens: Element[]
  /** Connective at the start (but, so, therefore). */
  turn: 'contrast' | 'consequence' | undefined
}

/** The compiled data one language's features need. */
export interface FeatureLists {
  profile: LanguageProfile
  cues: Record<Element, PhraseSet<number>>
  team: ReadonlySet<string>
  people: PhraseSet
  generic: PhraseSet
  pronouns: ReadonlySet<string>
  notNames: ReadonlySet<string>
  numberWords: ReadonlySet<string>
  units: PhraseSet
  negations: PhraseSet
  aims: PhraseSet
  comparatives: PhraseSet
  sections: PhraseSet<Element>
  contrast: PhraseSet
  consequence: PhraseSet
}

const compiled = new WeakMap<LanguageProfile, FeatureLists>()

/** Compile (once per profile) the lists the features need. */
export function featureLists(profile: LanguageProfile): FeatureLists {
  let lists = compiled.get(profile)
  if (lists) return lists
  const cueSet = (element: Element) => new PhraseSet<number>(profile.cues[element].map((c) => [c.phrase, c.weight] as const))
  const sections: Array<readonly [string, Element]> = []
  for (const [element, phrases] of Object.entries(profile.sections ?? {}) as Array<[Element, readonly string[]]>) {
    for (const phrase of phrases) sections.push([phrase, element])
  }
  lists = {
    profile,
    cues: {problem: cueSet('problem'), hero: cueSet('hero'), change: cueSet('change'), outcome: cueSet('outcome'), ask: cueSet('ask')},
    team: new Set(profile.team),
    people: PhraseSet.of(profile.people),
    generic: PhraseSet.of(profile.genericPeople),
    pronouns: new Set(profile.personPronouns),
    notNames: new Set(profile.notNames),
    numberWords: new Set(profile.numberWords ?? []),
    units: PhraseSet.of(profile.units),
    negations: PhraseSet.of(profile.negations),
    aims: PhraseSet.of(profile.aims),
    comparatives: PhraseSet.of(profile.comparatives),
    sections: new PhraseSet<Element>(sections),
    contrast: PhraseSet.of([...profile.connectives.but, ...profile.connectives.contrast]),
    consequence: PhraseSet.of(profile.connectives.consequence)
  }
  compiled.set(profile, lists)
  return lists
}

const digit = /\p{N}/u
const upper = /^\p{Lu}/u
const allCaps = /^[\p{Lu}\p{N}]+$/u

/** Compute the features of one sentence. */
export function sentenceFeatures(sentence: Sentence, lists: FeatureLists): SentenceFeatures {
  const lower = sentence.lower
  const words = sentence.words
  const cues = {} as SentenceFeatures['cues']
  const cueScore = {} as SentenceFeatures['cueScore']
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) {
    const hits = lists.cues[element].match(lower).map((m: PhraseMatch<number>) => ({phrase: m.phrase, first: m.first, last: m.last, weight: m.data}))
    cues[element] = hits
    cueScore[element] = hits.reduce((sum, hit) => sum + hit.weight, 0)
  }

  let team = 0
  for (const word of lower) if (lists.team.has(word)) team++
  const teamSubject = lower.slice(0, 2).some((word) => lists.team.has(word))
  let pronouns = 0
  for (const word of lower) if (lists.pronouns.has(word)) pronouns++

  const numbers: number[] = []
  lower.forEach((word, index) => {
    if (digit.test(word) || lists.numberWords.has(word)) numbers.push(index)
  })
  let measured = 0
  const unitHits = lists.units.match(lower)
  const symbols = sentence.tokens.filter((t) => t.kind !== 'word' && t.kind !== 'white').map((t) => t.value)
  for (const index of numbers) {
    if (unitHits.some((u) => u.first === index + 1 || u.last === index - 1 || (u.first === index + 2 && !lower[index + 1]!.match(digit)))) measured++
  }
  if (numbers.length > 0 && symbols.some((s) => s === '%' || s === '€' || s === '$' || s === '£')) measured++

  const comparatives = lists.comparatives.match(lower)
  const comparison = numbers.length >= 2 && comparatives.length > 0
      ? true
      : numbers.length >= 1 && comparatives.some((c) => c.phrase !== 'to' && c.phrase !== 'from')

  const negations = lists.negations.match(lower)
  const {names, tagged} = personNames(sentence, lists)
  const opens = sentence.kind === 'heading' || (sentence.words.length <= 8 && !/[.!]$/.test(sentence.text))
    ? [...new Set(lists.sections.match(lower).map((m) => m.data))]
    : []
  const firstWords = lower.slice(0, 3)
  const turn = lists.contrast.match(firstWords).some((m) => m.first === 0)
    ? 'contrast'
    : lists.consequence.match(firstWords).some((m) => m.first === 0)
      ? 'consequence'
      : undefined

  return {
    cues,
    cueScore,
    team,
    teamSubject,
    people: lists.people.match(lower).map((m) => ({first: m.first, last: m.last})),
    generic: lists.generic.match(lower).map((m) => ({first: m.first, last: m.last})),
    pronouns,
    names,
    namesTagged: tagged,
    numbers,
    measured,
    comparison,
    negations: negations.length,
    negationWords: negations.map((m) => words.slice(m.first, m.last + 1).map((w) => w.value).join(' ')),
    aims: lists.aims.match(lower).length,
    past: lists.profile.code === 'en' && pastTense(sentence, words.length),
    question: /\?["'”’)\]]*$/.test(sentence.text),
    opens,
    turn
  }
}

/**
 * Person names. Capitalised words that are not at the start of the sentence
 * (or are, but are not common words) and not on the language's list of
 * capitalised non-names are candidates; for English, compromise confirms
 * them. Finnish and Swedish have no tagger: the candidates stand, and their
 * case endings do not hide them because the word is kept whole.
 */
function personNames(sentence: Sentence, lists: FeatureLists): {names: string[]; tagged: boolean} {
  const candidates: string[] = []
  sentence.words.forEach((word, index) => {
    const value = word.value
    if (!upper.test(value) || allCaps.test(value) || value.length < 2) return
    const lower = sentence.lower[index]!
    if (lists.notNames.has(lower)) return
    if (index === 0) {
      // A first word is a name only when a figure or a comma follows (`Maria, 84`).
      const after = sentence.tokens[sentence.tokens.indexOf(word) + 1]
      if (!after || after.value !== ',') return
    }
    candidates.push(value)
  })
  if (candidates.length === 0) return {names: [], tagged: false}
  if (lists.profile.code !== 'en') return {names: candidates.filter((c) => !lists.people.test([c.toLowerCase()])), tagged: false}
  const plain = sentence.tokens.map((t) => t.value).join('')
  const people = nlp(plain).people().out('array') as string[]
  const names = people.map((p) => p.replace(/[^\p{L}\p{M}'’ -]+/gu, '').trim()).filter(Boolean)
  return {names, tagged: true}
}

function pastTense(sentence: Sentence, count: number): boolean {
  // Cheap pre-check: compromise only when a word looks past (-ed) or is a common irregular past.
  if (count === 0) return false
  if (!sentence.lower.some((w) => (w.endsWith('ed') && w.length > 3) || irregularPast.has(w))) return false
  const plain = sentence.tokens.map((t) => t.value).join('')
  return nlp(plain).has('#PastTense')
}

const irregularPast = new Set([
  'was', 'were', 'had', 'did', 'fell', 'rose', 'grew', 'got', 'went', 'came', 'made', 'took', 'gave', 'saw', 'found',
  'told', 'said', 'felt', 'left', 'lost', 'won', 'built', 'spent', 'paid', 'met', 'ran', 'began', 'brought', 'became', 'cut', 'kept'
])
