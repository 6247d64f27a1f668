/**
 * Per-sentence features for the five elements. Everything here depends on
 * the sentence alone (so it is cached with the sentence); position and
 * neighbours are added in `scoring.ts`.
 *
 * @module
 */
import type {Sentence} from '../../document/model.js'
import {daleChall} from 'dale-chall'
import {PhraseSet, type PhraseMatch} from '../../document/phrases.js'
import type {Cue, LanguageProfile, PastTense} from '../../languages/types.js'
import type {Element} from '../../types.js'
import {lexicon, pastCandidate, pastFromLexicon, tagBatch, type Tagging} from './tagger.js'
import {readWords, stemsOf, vocabularyOf, type Stem} from './vocabulary.js'

/** A cue hit: the phrase and the words it covers. */
export interface CueHit {
  phrase: string
  first: number
  last: number
  weight: number
  /**
   * Set on the ask cue of a line that states the amount applied for (a form line, `amountAsked`, or the sum
   * under such a heading, `amountUnder`): the labelling rules call that line the ask, whatever it scores.
   */
  amount?: true
}

/** What a sentence shows, independent of where it stands. */
/**
 * A group of people a sentence names, by word index: its words (`first` … `last`) and, to `reach`, what
 * qualifies it right after them ("residents over 75", "people who sleep rough"; see `qualified`).
 */
export interface GroupRange {
  first: number
  last: number
  reach: number
}

export interface SentenceFeatures {
  /** Cue hits per element (hero cues are few: heroes are found mostly from people and names). */
  cues: Record<Element, CueHit[]>
  /** Sums of cue weights (for outcome, only the cues that are not in a purpose clause). */
  cueScore: Record<Element, number>
  /**
   * Outcome cues in a purpose or result clause ("to reduce", "so that … fewer"),
   * each spanning the clause word and the cue: what the change is for.
   */
  purpose: CueHit[]
  /** Summed weight of `purpose`. */
  purposeScore: number
  /** Mentions of the team (we, our, us), not in someone else's quotation. */
  team: number
  /**
   * The team is the subject: a team word among the first two words ("We built…", "Our app…"), or its
   * subject pronoun among the first five, after a fronted time or place ("In January we started …").
   */
  teamSubject: boolean
  /** The index of the word that makes the team the subject, -1 when none. */
  teamSubjectAt: number
  /**
   * Quotations of at least three words, by word index ("“We had talked about this since 2015,” says Raili
   * Lehto"). A sentence whose first quotation mark closes a quote is quoted up to it; one whose last mark opens a
   * quote is quoted from it to its end (`quoteOpen`), and so is the whole of the next sentence of its block when
   * that one has no quotation mark (see `inDocument`).
   */
  quotes: Array<{first: number; last: number}>
  /** The sentence has a quotation mark. */
  quoteMarks: boolean
  /** The sentence ends inside a quotation. */
  quoteOpen: boolean
  /**
   * The team speaks the sentence's quotations ("We always tell new members: “…”"; see `speaksForTeam`).
   * Otherwise a quotation is someone else's, and the team words in it (`team`, `teamSubject`) are the speaker's.
   */
  teamVoice: boolean
  /**
   * A quotation in which someone other than the team speaks in the first person, by word index ("“This time we
   * just said yes,” says Raili", "”Nyt mä tiedän …”"): a person speaking of their own situation, which the
   * labelling rules count as the hero.
   */
  speech: {first: number; last: number} | undefined
  /**
   * Mentions of the people served: roles and groups, by word index, each with the profile entry that names it
   * (`resident*`), so that "residents" and "resident's" are one group.
   */
  people: Array<GroupRange & {phrase: string}>
  /** Someone the story could be about opens the sentence (a role or group among its first five words, a name or a pronoun among its first three): the likely subject. */
  personFirst: boolean
  /** A role owned by the team ("our volunteers", "our nurses"): helpers more often than the people served. */
  teamPeople: boolean
  /**
   * The groups in `people` that are the team's own helpers, who deliver the service rather than receive it
   * (`isOwnHelper`: "Our volunteers", "våra volontärer", "vapaaehtoisemme"). A hero question and the spine never
   * follow them, and a reason names another group of the sentence before them (`ofOwnHelpers`, `servedGroup`).
   */
  ownHelpers: GroupRange[]
  /** Generic people words (people, users). */
  generic: GroupRange[]
  /** Third-person personal pronouns (she, they). */
  pronouns: number
  /** How many of them may as well refer to things (they, them): see `pluralPronouns` in the profile. */
  plural: number
  /** The pronouns found, lower case, in order. */
  pronounWords: string[]
  /** Person names. */
  names: string[]
  /** Names that belong to an animal ("Rufus, a calm golden retriever"): never a person, anywhere in the pitch. */
  animals: string[]
  /**
   * Capitalised words this sentence shows to name a place or a thing, not a person, anywhere in the pitch
   * (see `inDocument`): after a locative ("in Visuvesi", "In Kinly, …"), defined as the solution ("Kinly is a
   * mobile app"), or a heading's first word before a colon ("Tyhjä: bulky-waste pickup …"). A known given
   * name only after `placeLocatives` ("in Devon") or `thingArticles` ("the Eden"), or joined to such a place.
   */
  things: string[]
  /** Whether the name came from a named-entity tagger (compromise) rather than capitalisation alone. */
  namesTagged: boolean
  /** Figures (digits or number words), by word index. */
  numbers: number[]
  /**
   * The figures that count something: `numbers` without years ("In 2023 we
   * started …" dates a report, it does not measure a result).
   */
  quantities: number[]
  /** Figures next to a unit (3 days, 40 %, 2,000 euros). */
  measured: number
  /**
   * Whether it names a time in words (the profile's `times`: a month, a
   * weekday, a season, a school holiday, "next year"): "try it for four
   * weeks after the autumn break", "testa det efter sportlovet". A date in
   * figures is one of `numbers`.
   */
  dated: boolean
  /**
   * Whether it says where or how to act (the profile's `askChannels`, a web or e-mail address, or a phone number):
   * "Sign up at icediary.example.org", "Skriv ditt namn på listan nedanför", "soita Eilalle", "Ring Mrs Okafor on
   * 01632 960447". An ask that does is specific.
   */
  channel: boolean
  /**
   * A verb of saying (the profile's `speechVerbs`): "Nurses say the children eat better", "Flera föräldrar
   * berättade att …", "Yövuoron hoitajat sanovat, että …". See `reportsSpeech`.
   */
  says: boolean
  /**
   * Whether it gives a sum of money: a figure and a currency (a sign, €, $ or £, or one of the profile's
   * `currencies`: "9,000 euros", "92 000 kronor", "40 000 euroa").
   */
  money: boolean
  /**
   * Whether it asks for its sum of money with a verb that asks only beside one (the profile's `amountVerbs`, in
   * any person or the passive): "Tiimi hakee 80 000 euroa", "Ohjelmasta haetaan 48 600 euroa", "Asking for
   * €40,000". False without a sum of money.
   */
  asksForMoney: boolean
  /**
   * Whether it leaves an ask open-ended (the profile's `openEnded`: a journey, a vision, the next step,
   * growth): "Join us on our journey!", "Vi söker partners och finansiering för nästa steg".
   */
  openEnded: boolean
  /**
   * A form field: a bold label and its colon, with a short value ("**Applicant:** Leeds Hard of Hearing Club",
   * "**Sökande:** Park- och naturenheten"). It carries no element, as a heading does not; a label that names a
   * section ("**Problem:** …") is content instead (`label`).
   */
  field: boolean
  /**
   * A short sentence that announces how many parts what follows has ("It has four parts.", "We changed two
   * things."): it carries no element, as a heading does not.
   */
  announces: boolean
  /** A before → after comparison with figures (from 3 days to 4 hours; down from …), not a worsening. */
  comparison: boolean
  /**
   * A burden that rises ("heating bill rose", "lasku on noussut", "increased risk"), from the burden to the
   * rising word: the problem told as a trend. It is a problem cue, and the sentence reports no result.
   */
  worsening: {first: number; last: number} | undefined
  /** Negations and lack. */
  negations: number
  /** The words of the negations, in order. */
  negationWords: string[]
  /** Aim words (will, goal). */
  aims: number
  /**
   * Hedges that say the writer is unsure ("maybe", "we hope", "kanske", "ehkä"; the style rule's `hedges`
   * without its `degreeHedges`), and buzzwords ("scalable", "holistisk"): the labelling rules' weak change
   * is hedged or told in labels.
   */
  unsure: Array<{first: number; last: number}>
  buzzwords: Array<{first: number; last: number}>
  /** A past-tense verb (English, from compromise). */
  past: boolean
  /**
   * The words that tell how things stand after the change (`afterState` in
   * the profile: "now", "again", "so far", "after eight months"), by word
   * index, in a sentence with no aim word whose subject is not the team.
   * Read only after the story's turn (see `afterChange`).
   */
  afterState: {first: number; last: number} | undefined
  /**
   * A past form by the profile's `pastTense` patterns, without an aim word
   * (Swedish and Finnish; English reads its tense into `past`). Read only
   * after the story's turn and for the team's turn (see `afterChange`).
   */
  pastForm: boolean
  /** The sentence is a question. */
  question: boolean
  /** Elements whose section a heading or prompt line opens ("The problem", "Our solution"). */
  opens: Element[]
  /**
   * Elements a label before a colon names at the start of the sentence
   * ("Problem: parents drive the same route every evening", "Idé: …",
   * "Ratkaisu: …"), every word of it a section word: the sentence stands in
   * that section, and no other sentence does (notes run several labels in a
   * row). `labelWords` is how many words the label has.
   */
  label: Element[]
  labelWords: number
  /**
   * The line reads as a title: a heading, a short line without a full stop, a short question on a line of its
   * own (not a request asked as a question: "Could you …?"), or a run-in head ("**Background.** …").
   */
  titleLike: boolean
  /** The line is a section title about no element ("Introduction", "Sammanfattning"): see `neutralSections`. */
  neutral: boolean
  /**
   * The sentence tells the pitch's frame, not its story: a form field or cover line ("Applicant: …",
   * "Toteutusaika: 1.1.2026–31.12.2027"), the organisation introducing itself or dating the project
   * ("… is a volunteer chapter founded in 2019", "Projektet pågår i tre år"; the profile's `frame`), or
   * the storyteller introducing themselves ("I'm a social worker at …"; `selfIntroductions`, `selfRoles`).
   */
  frame: boolean
  /** Connective at the start (but, so, therefore). */
  turn: 'contrast' | 'consequence' | undefined
  /**
   * The sentence opens with a phrase that dates when what the pitch runs began, without an aim word
   * ("Since March, the branch library lends out drills …": the profile's `started`). It turns the story.
   */
  started: boolean
  /** The distinct stems of the sentence's words (see `vocabulary.ts`). */
  stems: Stem[]
  /**
   * What the sentence's words say under the language's learned word table, per element in
   * `vocabularyElements` order (the `words.*` inputs; 0 for a language without a table).
   */
  vocabulary: number[]
  /** Per element, the words (by index) whose stems speak most for it under that table: what a reason quotes. */
  vocabularyWords: number[][]
}

/** The compiled data one language's features need. */
export interface FeatureLists {
  profile: LanguageProfile
  cues: Record<Element, PhraseSet<number>>
  /** The profile's `imperatives`, opening ask cues that ask only in running text (`imperativeAsks`). */
  imperatives: ReadonlySet<string>
  /** Per element, the cues that count only as a sentence's first words (`opening` in the profile). */
  openingCues: Record<Element, ReadonlySet<string>>
  /** Whether a word names the team: the profile's `team`, or a word with one of its `teamEndings`. */
  isTeam: (word: string) => boolean
  /** Whether a team word can be the subject: not one whose case places the team (`teamCaseEndings`). */
  teamActs: (word: string) => boolean
  /** The team's subject pronouns (`teamSubjects` in the profile). */
  teamSubjects: ReadonlySet<string>
  people: PhraseSet
  /** The profile's `notPeople`: words a people stem matches that name no people. */
  notPeople: PhraseSet
  /** The people words that name a served organisation (`organisations` in the profile). */
  organisations: PhraseSet
  /**
   * The people head a word ends in, by the profile's `compoundHeads` (see `compoundPeople`), as its entry, or
   * `undefined`; `undefined` in a language without them. Remembered per word.
   */
  compoundHead: ((word: string) => string | undefined) | undefined
  /** Animals (`animals` in the profile): a name with one in its appositive is an animal's. */
  animals: PhraseSet
  /** Words a quote must not end on: the profile's `leading` and `prepositions`, and its "and"/"but". */
  dangling: ReadonlySet<string>
  /** The profile's `ageWords`: after a figure right after a group, the figure is the group's age. */
  ageWords: ReadonlySet<string>
  /** The profile's `phraseBreaks`, "and" and "but": a quote ends before one rather than inside a phrase. */
  phraseBreaks: ReadonlySet<string>
  /**
   * "And", "but", and the relative words and subordinators of `phraseBreaks` (those also in `leading`:
   * "which", "because"): a quote does not start on one ("and we would like to grow", "for which we are
   * looking …"). A preposition may start it ("Under våren lånade 120 hushåll …").
   */
  clauseStarts: ReadonlySet<string>
  generic: PhraseSet
  pronouns: ReadonlySet<string>
  plural: ReadonlySet<string>
  firstPerson: ReadonlySet<string>
  speechVerbs: ReadonlySet<string>
  notNames: ReadonlySet<string>
  /** The profile's `openingNotNames`: no name as a sentence's first word. */
  openingNotNames: ReadonlySet<string>
  givenNames: ReadonlySet<string>
  nameEndings: readonly string[]
  /** The profile's `numberWords`, and compounds of them joined by hyphens ("twenty-two", "sixty-three"). */
  numberWords: NumberWords
  definitePlural: readonly string[]
  units: PhraseSet
  noLack: PhraseSet
  /** The profile's `relief`, before and after a problem word. */
  reliefBefore: PhraseSet
  reliefAfter: PhraseSet
  /** The profile's `announcedParts`. */
  announcedParts: PhraseSet
  /** The profile's `selfIntroductions`. */
  selfIntroductions: PhraseSet
  /** The profile's `selfIntroductions` and `selfRoles` together: how the storyteller introduces themselves. */
  selfIntroducing: PhraseSet
  /** The profile's `selfIntroductions`, `selfRoles` and `teamIntroductions`: how the storyteller or the team says who it is. */
  introducing: PhraseSet
  /** The profile's `selfAge`. */
  ageCopulas: ReadonlySet<string>
  ageSuffixes: readonly string[]
  /** The profile's `agePeople`: the entry a word that names people by their age matches ("over-75s": "over-#s"), if any. */
  agePeople: (word: string) => string | undefined
  /** The profile's `ageAdjectives`, as `agePeople`. */
  ageAdjectives: (word: string) => string | undefined
  /** The profile's `ageBounds`. */
  ageBounds: ReadonlySet<string>
  /** The profile's `amountLabels`: the labels of a form line that states the amount applied for. */
  amountLabels: ReadonlySet<string>
  /** The profile's `times`: words and phrases that name a time. */
  times: PhraseSet
  /** The profile's `askChannels`: a concrete way to act on an ask. */
  channels: PhraseSet
  /** The profile's `amountVerbs`: verbs that ask for a sum of money the sentence gives. */
  amountVerbs: PhraseSet
  /** The profile's `currencies`. */
  currencies: PhraseSet
  /** The profile's `openEnded`. */
  openEnded: PhraseSet
  /** The profile's `motions`: the phrases that open a proposal, and the bodies that decide one (whole words, or in a language with `compoundRest` word endings). */
  motions: PhraseSet
  bodies: readonly string[]
  /** The profile's `motions.openings`: proposal phrases that count only as a sentence's first words. */
  motionOpenings: ReadonlySet<string>
  /** The profile's `openingLeads`. */
  polite: ReadonlySet<string>
  conditional: ReadonlySet<string>
  /** The profile's `askingEndings`: the endings, and the verbs with one that open no request. */
  askingEndings: readonly string[]
  askingStops: ReadonlySet<string>
  /**
   * The profile's "and" connectives: one after a self-introduced name joins a second name, and a one-word hedge
   * right after one qualifies the item it adds, not the proposal ("… and maybe a traffic light").
   */
  and: ReadonlySet<string>
  /** The profile's `worsening`. */
  rising: PhraseSet
  burdens: PhraseSet
  negations: PhraseSet
  aims: PhraseSet
  /** The profile's `counterfactuals`: an aim word inside one is no aim. */
  counterfactuals: PhraseSet
  /** The profile's `style.hedges` without its `style.degreeHedges`. */
  unsure: PhraseSet
  /** The profile's `style.buzzwords`. */
  buzzwords: PhraseSet
  /** The profile's `pastModals`: aim words that may also tell the past ("could"). */
  pastModals: ReadonlySet<string>
  /** The profile's `started`: phrases that date when what the pitch runs began. */
  started: PhraseSet
  purpose: PhraseSet
  /** The profile's `notPurpose`. */
  notPurpose: PhraseSet
  /** The profile's `afterState`: whole phrases, and the leads and units of time counted from the start. */
  afterWords: PhraseSet
  afterExcept: PhraseSet
  elapsedLead: PhraseSet
  elapsedUnits: PhraseSet
  unitFirst: boolean
  /** The profile's `pastTense`, compiled. */
  pastTense: PastWords | undefined
  prepositions: ReadonlySet<string>
  /** The profile's `comparatives` (data `true`) and `notComparatives` (`false`), matched together. */
  comparatives: PhraseSet<boolean>
  /** The profile's `pairedComparatives`: they compare only as a pair around two figures. */
  paired: ReadonlySet<string>
  /** The profile's `versusComparatives`: they compare only with a figure before them and one just after. */
  versus: ReadonlySet<string>
  /** Those of them short enough to be a case ending a numeral takes itself (Finnish "-stä", "-ään"). */
  pairedEndings: readonly string[]
  /** The profile's `timeOfDay`: a "from … to …" between clock hours beside one gives opening hours. */
  timeOfDay: PhraseSet
  /** The profile's `clock`: words before or after a figure that make it a clock time, which counts nothing. */
  clockBefore: ReadonlySet<string>
  clockAfter: ReadonlySet<string>
  /** The profile's `locatives` and `copulas`: see `things`. */
  locatives: ReadonlySet<string>
  /** The profile's `placeLocatives`: after one, a given name names a place too. */
  placeLocatives: ReadonlySet<string>
  /** The profile's `thingArticles`: after one, a capitalised word names a thing or a place. */
  thingArticles: ReadonlySet<string>
  /**
   * The profile's `leading` words (articles, possessives, quantifiers and the other words a phrase may open
   * with): what `placed` passes over between a locative and an organisation ("in the hospital").
   */
  determiners: ReadonlySet<string>
  /** The profile's `articles`: words that open a noun phrase, which a quote takes with it at its clause's start. */
  articles: ReadonlySet<string>
  copulas: ReadonlySet<string>
  sections: PhraseSet<Element>
  neutral: PhraseSet
  /** The profile's `frame`: field labels and phrases. */
  frameLabels: PhraseSet
  framePhrases: PhraseSet
  contrast: PhraseSet
  consequence: PhraseSet
}

/** The team-word tests for a profile: its `team` list, and its `teamEndings` after at least three letters. */
function teamWords(profile: LanguageProfile): Pick<FeatureLists, 'isTeam' | 'teamActs'> {
  const words = new Set(profile.team)
  const endings = profile.teamEndings ?? []
  const placing = profile.teamCaseEndings ?? []
  const ends = (word: string, list: readonly string[]): boolean => list.some((ending) => word.length >= ending.length + 3 && word.endsWith(ending))
  const isTeam = endings.length === 0 ? (word: string) => words.has(word) : (word: string) => words.has(word) || ends(word, endings)
  return {isTeam, teamActs: (word: string) => isTeam(word) && !ends(word, placing)}
}

/**
 * Whether a word names people by their age (the profile's `agePeople`), and by which entry: the entry with a
 * figure, a range of figures or a number word where its `#` stands ("85-year-old", "13–17-vuotiaista",
 * "fourteen-year-old", "16-åringar", "over-75s").
 */
function ageNouns(entries: readonly string[], numberWords: NumberWords): (word: string) => string | undefined {
  const patterns = entries.map((entry) => {
    const open = entry.endsWith('*')
    const [before = '', after = ''] = (open ? entry.slice(0, -1) : entry).split('#')
    return {entry, before, after, open}
  })
  return (word) => {
    for (const {entry, before, after, open} of patterns) {
      if (!word.startsWith(before)) continue
      const at = word.indexOf(after, before.length + 1)
      if (at < 0 || (!open && at + after.length !== word.length)) continue
      const figure = word.slice(before.length, at)
      // One group by its entry, whatever the age: a pitch that names "yli 75-vuotiaat" and "88-vuotias" speaks
      // of one group of people (counting each age apart moved spines to helpers: `eval/spine.ts`).
      if (/^\d{1,3}(?:[–-]\d{1,3})?$/.test(figure) || numberWords.has(figure)) return entry
    }
    return undefined
  }
}

/** How many letters a case ending may add to a numeral's stem (`numberWords` entries ending in `*`). */
const numberEnding = 4

/** The profile's number words: whether a word is one, and the case ending a numeral's stem took ("" for none). */
interface NumberWords {
  has(word: string): boolean
  ending(word: string): string
}

/**
 * A set of number words that also holds their compounds with hyphens ("twenty-two", "sixty-three") and,
 * for an entry that ends in `*`, the stem with a case ending ("seitsemä*": "seitsemään", "seitsemällä").
 */
function numberWordSet(words: readonly string[]): NumberWords {
  const set = new Set(words.filter((word) => !word.endsWith('*')))
  const stems = words.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1))
  const stem = (word: string): string | undefined =>
    stems.find((s) => word.startsWith(s) && word.length - s.length <= numberEnding && /^\p{L}*$/u.test(word.slice(s.length)))
  const one = (word: string): boolean => set.has(word) || stem(word) !== undefined
  return {
    has: (word) => one(word) || (word.includes('-') && word.split('-').every(one)),
    ending: (word) => (set.has(word) ? '' : word.slice(stem(word)?.length ?? word.length))
  }
}

/** How many words at the start of a sentence may hold the team's subject pronoun (`teamSubjects`). */
const subjectReach = 5

const compiled = new WeakMap<LanguageProfile, FeatureLists>()

/**
 * Whether word `index` opens the sentence or what follows a colon or a dash in it ("Var med och …",
 * "Vår uppmaning: var med och …"), or the main clause after a leading conditional clause and its comma ("If you
 * live nearby, vote …", "Jos teitä kiinnostaa, tulkaa …"), or follows a polite word that opens one ("Please vote
 * for us!"; the profile's `openingLeads`).
 */
function opensClause(sentence: Sentence, index: number, lists: FeatureLists): boolean {
  if (index === 0 || /[:–—][*_]*\s*$/.test(between(sentence, index))) return true
  if (lists.polite.has(sentence.lower[index - 1]!) && opensClause(sentence, index - 1, lists)) return true
  return lists.conditional.has(sentence.lower[0]!) && /,\s*$/.test(between(sentence, index)) && !sentence.text.slice(sentence.words[0]!.end - sentence.start, sentence.words[index - 1]!.end - sentence.start).includes(',')
}

/** The text between word `index` and the word before it. */
export function between(sentence: Sentence, index: number): string {
  return sentence.text.slice(sentence.words[index - 1]!.end - sentence.start, sentence.words[index]!.start - sentence.start)
}

/** How many words may stand before a self-introduction ("Hi, I'm Sara", "Hei, olen Heidi"). */
const introductionReach = 2

/**
 * The name with which the storyteller introduces themselves among the sentence's first words (the profile's
 * `selfIntroductions`: "Jag heter Annika och …", "Olen Heidi, …"), or `undefined`. Not a possessive ("I'm
 * Maria's daughter") nor a name that a lower-case word other than "and" follows ("Jag är Annas dotter").
 */
function storyteller(sentence: Sentence, lists: FeatureLists): string | undefined {
  const intro = lists.selfIntroductions.match(sentence.lower).find((m) => m.first <= introductionReach)
  if (!intro || givesAge(sentence, lists)) return undefined
  const name = sentence.words[intro.last + 1]
  if (!name || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name.value)) return undefined
  const next = sentence.words[intro.last + 2]
  const joined = next !== undefined && between(sentence, intro.last + 2).trim() === ''
  if (joined && /^\p{Ll}/u.test(next.value) && !lists.and.has(next.value)) return undefined
  return name.value
}

/** The oldest age a figure after a copula is read as ("I'm 86"); a larger figure is something else ("I am 300 metres away"). */
const oldestAge = 110
/** A share after a figure ("I am 100 % sure", "jag är 90 procent säker"): no age. */
const share = /^(?:%|per|percent|procent|prosent)/u

/**
 * Whether a sentence gives someone's age as the profile's `selfAge` says it is given: a figure from 1 to
 * `oldestAge` (digits or a number word) right after one of its copulas, with no per cent after it ("I'm
 * 86", "jag är sexton", "och är 78 år"), or a word that joins a figure to one of its suffixes ("a
 * 12-year-old", "82-vuotias"). Not a figure right before a group of people (`groups`, by their first
 * words), which counts them: "Vi är tre studenter", "Jag är två barns mamma". Read only in a sentence whose
 * first words introduce the storyteller.
 */
function givesAge(sentence: Sentence, lists: FeatureLists, groups: readonly number[] = []): boolean {
  const lower = sentence.lower
  for (let k = 0; k < lower.length; k++) {
    const word = lower[k]!
    if (lists.ageSuffixes.some((suffix) => word.endsWith(suffix) && /^\d{1,3}$/.test(word.slice(0, -suffix.length)))) return true
    if (k === 0 || !lists.ageCopulas.has(lower[k - 1]!)) continue
    const figure = /^\d{1,3}$/.test(word) ? Number(word) : lists.numberWords.has(word) ? 1 : 0
    // The word after the figure, or a per cent sign between them ("100 %", "100%").
    const next = k + 1 < lower.length ? between(sentence, k + 1).trim() || lower[k + 1]! : sentence.text.slice(sentence.words[k]!.end - sentence.start).trim()
    if (figure >= 1 && figure <= oldestAge && !share.test(next) && !groups.includes(k + 1)) return true
  }
  return false
}

/** The weight of a request asked of "you" in one word (`askingEndings`): one clear request for an act, as "would you" is. */
const askedWeight = 1.6

/**
 * A request asked of "you" in one inflected word that opens the sentence or a clause (the profile's
 * `askingEndings`: "Ehtisitkö puolen tunnin puheluun?", "Lainaisitteko itse naapurilta?"), as an ask cue over
 * that word; `undefined` for any other sentence, and in a language that lists no such endings.
 */
function askedInOneWord(sentence: Sentence, lists: FeatureLists): CueHit | undefined {
  if (lists.askingEndings.length === 0) return undefined
  const lower = sentence.lower
  for (let index = 0; index < lower.length; index++) {
    const word = lower[index]!
    if (lists.askingStops.has(word) || !lists.askingEndings.some((ending) => word.length > ending.length + 1 && word.endsWith(ending))) continue
    if (opensClause(sentence, index, lists)) return {phrase: word, first: index, last: index, weight: askedWeight}
  }
  return undefined
}

/** How many words after a proposal's opening phrase may name the body that decides it ("that the town board"). */
const motionReach = 4
/** The weight of a proposal put to a decision-making body as an ask cue: a clear request, as "we ask" is. */
const motionWeight = 1.6

/**
 * A proposal put to the body that decides it (the profile's `motions`): the opening phrase and the first word
 * within `motionReach` after it that is one of the bodies (or, in a language that writes compounds as one word,
 * ends in one), as an ask cue; `undefined` when the sentence has none.
 */
function motionTo(lower: readonly string[], lists: FeatureLists): CueHit | undefined {
  if (lists.bodies.length === 0) return undefined
  const compounds = lists.profile.compoundRest !== undefined
  for (const m of lists.motions.match(lower)) {
    if (m.first > 0 && lists.motionOpenings.has(m.phrase)) continue
    for (let k = m.last + 1; k <= Math.min(lower.length - 1, m.last + motionReach); k++) {
      const word = lower[k]!
      // A language that writes compounds as one word names the body at a compound's end ("kommunstyrelsen").
      if (lists.bodies.some((body) => word === body || (compounds && word.endsWith(body)))) return {phrase: m.phrase, first: m.first, last: k, weight: motionWeight}
    }
  }
  return undefined
}

/** The weight of a form line that states the amount applied for as an ask cue: as clear a request as "we are applying". */
const amountWeight = 2.0

/**
 * A form line that states the amount applied for (the profile's `amountLabels`, a label of the ask section,
 * with a figure after its colon: "**Amount applied for:** 12,800 €", "Sökt belopp: 45 000 kr"), as an ask cue
 * over its label; `undefined` for any other sentence. The labelling rules call such a line the ask.
 */
function amountAsked(lower: readonly string[], labelled: {label: readonly Element[]; words: number}, numbers: readonly number[], lists: FeatureLists): CueHit | undefined {
  if (labelled.words === 0 || !labelled.label.includes('ask') || !numbers.some((index) => index >= labelled.words)) return undefined
  const label = lower.slice(0, labelled.words).join(' ')
  return lists.amountLabels.has(label) ? {phrase: label, first: 0, last: labelled.words - 1, weight: amountWeight, amount: true} : undefined
}

/**
 * Whether a sentence writes a web or e-mail address: a dot or "@" with no space around it between two words
 * of two letters or more ("icediary.example.org", "anna@example.com"; not "e.g.", "bl.a." or "and/or").
 */
function address(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  for (let k = 1; k < tokens.length - 1; k++) {
    const mark = tokens[k]!
    if (mark.kind === 'word' || mark.kind === 'white' || !/^[.@]$/.test(mark.value)) continue
    const before = tokens[k - 1]!
    const after = tokens[k + 1]!
    if (before.kind === 'word' && after.kind === 'word' && /^\p{L}{2,}$/u.test(before.value) && /^\p{L}{2,}/u.test(after.value)) return true
  }
  return false
}

/** Digits a phone number has at least, with its area or country code ("040 718 2265", "01632 960447"). */
const phoneDigits = 7

/**
 * Whether a sentence writes a phone number: groups of digits that open with a trunk "0" or a country code "+"
 * and run on, with single spaces or hyphens between them, to at least `phoneDigits` digits ("puh. 040 718 2265",
 * "Ring Mrs Okafor on 01632 960447", "+46 70-123 45 67"). An amount never opens with a 0 ("1 240 000 kronor"),
 * and a clock time or a date has fewer digits ("07.00", "15.9.").
 */
function phone(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  for (let k = 0; k < tokens.length; k++) {
    const plus = tokens[k]!.value === '+' && tokens[k + 1]?.kind === 'word' && /^\d{1,3}$/.test(tokens[k + 1]!.value)
    const start = plus ? k + 1 : k
    if (!plus && !/^0\d+$/.test(tokens[k]!.value)) continue
    let digits = 0
    let j = start
    while (j < tokens.length && tokens[j]!.kind === 'word' && /^\d+(?:-\d+)*$/.test(tokens[j]!.value)) {
      digits += tokens[j]!.value.replace(/-/g, '').length
      const gap = tokens[j + 1]
      if (gap === undefined || !((gap.kind === 'white' && gap.value === ' ') || gap.value === '-')) break
      j += 2
    }
    if (digits >= phoneDigits) return true
  }
  return false
}

/**
 * Whether an imperative that opens a sentence or a clause asks the reader to act there: in running text, not in
 * a list item, where it names a feature ("Book appointments online", "Skapa rapporter") or a step of a plan,
 * nor in a question ("Have you …?").
 */
function imperativeAsks(sentence: Sentence): boolean {
  return sentence.kind !== 'listItem' && !/\?["'”’)\]*_]*$/.test(sentence.text)
}

/** The weight of an imperative that opens a sentence or a clause as an ask cue (the profile's `imperatives`): a request that opens a door, as "var med" is. */
const imperativeWeight = 1.3

/** Compile (once per profile) the lists the features need. */
export function featureLists(profile: LanguageProfile): FeatureLists {
  let lists = compiled.get(profile)
  if (lists) return lists
  // The imperatives that ask the reader to act are opening ask cues.
  const imperatives = (profile.imperatives ?? []).map((phrase) => ({phrase, weight: imperativeWeight, opening: true}))
  const cuesOf = (element: Element): readonly Cue[] => (element === 'ask' ? [...profile.cues.ask, ...imperatives] : profile.cues[element])
  const cueSet = (element: Element) => new PhraseSet<number>(cuesOf(element).map((c) => [c.phrase, c.weight] as const))
  const numberWords = numberWordSet(profile.numberWords ?? [])
  const openingSet = (element: Element): ReadonlySet<string> => new Set(cuesOf(element).filter((c) => c.opening).map((c) => c.phrase))
  const sections: Array<readonly [string, Element]> = []
  for (const [element, phrases] of Object.entries(profile.sections ?? {}) as Array<[Element, readonly string[]]>) {
    for (const phrase of phrases) sections.push([phrase, element])
  }
  const notPeople = PhraseSet.of(profile.notPeople ?? [])
  lists = {
    profile,
    cues: {problem: cueSet('problem'), hero: cueSet('hero'), change: cueSet('change'), outcome: cueSet('outcome'), ask: cueSet('ask')},
    imperatives: new Set(imperatives.map((c) => c.phrase)),
    openingCues: {problem: openingSet('problem'), hero: openingSet('hero'), change: openingSet('change'), outcome: openingSet('outcome'), ask: openingSet('ask')},
    ...teamWords(profile),
    teamSubjects: new Set(profile.teamSubjects ?? []),
    people: PhraseSet.of(profile.people),
    notPeople,
    organisations: PhraseSet.of(profile.organisations ?? []),
    compoundHead: compoundHeadOf(profile, notPeople),
    animals: PhraseSet.of(profile.animals ?? []),
    dangling: new Set([...(profile.leading ?? []), ...(profile.prepositions ?? []), ...profile.connectives.and, ...profile.connectives.but]),
    ageWords: new Set(profile.ageWords ?? []),
    phraseBreaks: new Set([...(profile.phraseBreaks ?? []), ...profile.connectives.and, ...profile.connectives.but]),
    clauseStarts: new Set([
      ...profile.connectives.and,
      ...profile.connectives.but,
      ...(profile.phraseBreaks ?? []).filter((word) => (profile.leading ?? []).includes(word))
    ]),
    generic: PhraseSet.of(profile.genericPeople),
    pronouns: new Set(profile.personPronouns),
    plural: new Set(profile.pluralPronouns ?? []),
    firstPerson: new Set(profile.firstPerson ?? []),
    speechVerbs: new Set(profile.speechVerbs ?? []),
    definitePlural: profile.definitePlural ?? [],
    notNames: new Set(profile.notNames),
    openingNotNames: new Set(profile.openingNotNames ?? []),
    givenNames: new Set(profile.givenNames ?? []),
    nameEndings: profile.nameEndings ?? [],
    numberWords,
    units: PhraseSet.of(profile.units),
    noLack: PhraseSet.of(profile.noLack ?? []),
    reliefBefore: PhraseSet.of(profile.relief?.before ?? []),
    reliefAfter: PhraseSet.of(profile.relief?.after ?? []),
    announcedParts: PhraseSet.of(profile.announcedParts ?? []),
    selfIntroductions: PhraseSet.of(profile.selfIntroductions ?? []),
    selfIntroducing: PhraseSet.of([...(profile.selfIntroductions ?? []), ...(profile.selfRoles ?? [])]),
    introducing: PhraseSet.of([...(profile.selfIntroductions ?? []), ...(profile.selfRoles ?? []), ...(profile.teamIntroductions ?? [])]),
    ageCopulas: new Set(profile.selfAge?.copulas ?? []),
    ageSuffixes: profile.selfAge?.suffixes ?? [],
    agePeople: ageNouns(profile.agePeople ?? [], numberWords),
    ageAdjectives: ageNouns(profile.ageAdjectives ?? [], numberWords),
    ageBounds: new Set(profile.ageBounds ?? []),
    amountLabels: new Set(profile.amountLabels ?? []),
    times: PhraseSet.of(profile.times ?? []),
    channels: PhraseSet.of(profile.askChannels ?? []),
    amountVerbs: PhraseSet.of(profile.amountVerbs ?? []),
    currencies: PhraseSet.of(profile.currencies ?? []),
    openEnded: PhraseSet.of(profile.openEnded ?? []),
    motions: PhraseSet.of([...(profile.motions?.phrases ?? []), ...(profile.motions?.openings ?? [])]),
    motionOpenings: new Set(profile.motions?.openings ?? []),
    polite: new Set(profile.openingLeads?.polite ?? []),
    conditional: new Set(profile.openingLeads?.conditional ?? []),
    askingEndings: profile.askingEndings?.endings ?? [],
    askingStops: new Set(profile.askingEndings?.stops ?? []),
    bodies: profile.motions?.bodies ?? [],
    and: new Set(profile.connectives.and),
    rising: PhraseSet.of(profile.worsening?.rising ?? []),
    burdens: PhraseSet.of(profile.worsening?.burdens ?? []),
    negations: PhraseSet.of(profile.negations),
    aims: PhraseSet.of(profile.aims),
    counterfactuals: PhraseSet.of(profile.counterfactuals ?? []),
    unsure: PhraseSet.of(profile.style.hedges.filter((hedge) => !(profile.style.degreeHedges ?? []).includes(hedge))),
    buzzwords: PhraseSet.of(profile.style.buzzwords),
    pastModals: new Set(profile.pastModals ?? []),
    started: PhraseSet.of(profile.started ?? []),
    purpose: PhraseSet.of(profile.purpose ?? []),
    notPurpose: PhraseSet.of(profile.notPurpose ?? []),
    afterWords: PhraseSet.of(profile.afterState?.words ?? []),
    afterExcept: PhraseSet.of(profile.afterState?.except ?? []),
    elapsedLead: PhraseSet.of(profile.afterState?.elapsed?.lead ?? []),
    elapsedUnits: PhraseSet.of(profile.afterState?.elapsed?.units ?? []),
    unitFirst: profile.afterState?.elapsed?.unitFirst ?? false,
    pastTense: profile.pastTense && pastWords(profile.pastTense),
    prepositions: new Set(profile.prepositions ?? []),
    comparatives: new PhraseSet<boolean>([
      ...[...profile.comparatives, ...(profile.versusComparatives ?? [])].map((phrase) => [phrase, true] as const),
      ...(profile.notComparatives ?? []).map((phrase) => [phrase, false] as const)
    ]),
    paired: new Set(profile.pairedComparatives ?? []),
    versus: new Set(profile.versusComparatives ?? []),
    pairedEndings: (profile.pairedComparatives ?? []).filter((phrase) => phrase.length <= numberEnding),
    timeOfDay: PhraseSet.of(profile.timeOfDay ?? []),
    clockBefore: new Set(profile.clock?.before ?? []),
    clockAfter: new Set(profile.clock?.after ?? []),
    locatives: new Set(profile.locatives ?? []),
    placeLocatives: new Set(profile.placeLocatives ?? []),
    thingArticles: new Set(profile.thingArticles ?? []),
    determiners: new Set(profile.leading ?? []),
    articles: new Set(profile.articles ?? []),
    copulas: new Set(profile.copulas ?? []),
    sections: new PhraseSet<Element>(sections),
    neutral: PhraseSet.of(profile.neutralSections ?? []),
    frameLabels: PhraseSet.of(profile.frame?.labels ?? []),
    framePhrases: PhraseSet.of(profile.frame?.phrases ?? []),
    contrast: PhraseSet.of([...profile.connectives.but, ...profile.connectives.contrast]),
    consequence: PhraseSet.of(profile.connectives.consequence)
  }
  compiled.set(profile, lists)
  return lists
}

const digit = /\p{N}/u
/**
 * A word with a digit that names rather than counts: a letter right before the digit ("CO2", "WP1", "Q3",
 * "HbA1c") or a capital right after the digits ("Ward 4B", "class 8B", "3D printers", "18F’s"). "2M" and "5K"
 * stay figures (a million, a thousand).
 */
const code = /\p{L}\p{N}|^\p{N}+(?![KM](?!\p{L}))\p{Lu}(?!\p{Ll})/u
/** A year, 1800–2099: with no unit after it, a date rather than a quantity. */
const year = /^(18|19|20)\d\d$/
/** How many words from a figure a comparative word may stand ("instead of 45", "fewer visits than in 2023"). */
const comparisonReach = 4
/** A figure that can be a clock hour: 0–24, with or without minutes ("8", "02", "14.30", "9:15"). */
const clockHour = /^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$/

/**
 * The figures of "from A to B" spans between two clock hours ("from 8 to 18", "8:sta 20:een"): paired
 * comparatives around them, no unit after B, and no other comparative within reach.
 */
function openingHours(
  lower: readonly string[],
  figures: readonly number[],
  comparatives: ReadonlyArray<PhraseMatch<boolean>>,
  units: ReadonlyArray<PhraseMatch<undefined>>,
  paired: ReadonlySet<string>
): number[] {
  const out: number[] = []
  for (let k = 0; k + 1 < figures.length; k++) {
    const a = figures[k]!
    const b = figures[k + 1]!
    // "from 8 to 18", or with case endings after the figures: Finnish "8:sta 20:een".
    if (b !== a + 2 || !paired.has(lower[a + 1]!) || !(paired.has(lower[a - 1] ?? '') || paired.has(lower[b + 1] ?? ''))) continue
    if (!clockHour.test(lower[a]!) || !clockHour.test(lower[b]!) || units.some((u) => u.first === b + 1)) continue
    if (comparatives.some((c) => !paired.has(c.phrase) && c.last >= a - 1 - comparisonReach && c.first <= b + comparisonReach)) continue
    out.push(a, b)
  }
  return out
}
/** The most words a label before a colon may have ("What did not work:"). */
const labelReach = 4

/** The most words an announcement of parts may have ("Our solution combines three simple things."). */
const announcementWords = 8

/**
 * Whether a sentence announces how many parts what follows has: up to eight words, ending in a full stop or a
 * colon, with a figure (one of `numbers`, the sentence's figures) right before one of the profile's
 * `announcedParts` ("It has four parts.", "Malli koostuu kolmesta osasta:"), or one word between them ("three
 * simple things").
 */
function announcement(sentence: Sentence, numbers: readonly number[], lists: FeatureLists): boolean {
  const lower = sentence.lower
  if (lower.length === 0 || lower.length > announcementWords || numbers.length === 0 || !/[.:]["'”’)\]*_]*$/.test(sentence.text)) return false
  return lists.announcedParts.match(lower).some((m) => numbers.includes(m.first - 1) || numbers.includes(m.first - 2))
}

/** The most words the value of a form field may have ("**Period:** October 2023 – April 2024"). */
const fieldValueWords = 10

/**
 * Whether a sentence is a form field: a label of up to four words whose colon the bold closes ("**From:**",
 * "__Period:__"), not a section label, and a value of up to ten words.
 */
function formField(sentence: Sentence, labelled: {label: Element[]}): boolean {
  const bold = /^[^:\n]{1,60}:(?:\*\*|__)[ \t]/.exec(sentence.text)
  if (!bold || labelled.label.length > 0) return false
  const colon = bold[0].indexOf(':')
  const labelWords = sentence.words.filter((w) => w.end - sentence.start <= colon).length
  return labelWords > 0 && labelWords <= labelReach && sentence.words.length - labelWords <= fieldValueWords
}

/** A match in a sentence's words, by the index of its first word. */
type WordStart = {readonly first: number}

/**
 * Whether the sentence tells the pitch's frame (see `SentenceFeatures.frame`): a label of the profile's
 * `frame.labels` before a colon at its start, whole ("Prepared by:", not "Date night:"), one of its
 * `frame.phrases` anywhere, or the storyteller introducing themselves (`introducesSelf`). `people` and
 * `negations` are the sentence's matches, read once by `sentenceFeatures`.
 */
function framing(sentence: Sentence, lists: FeatureLists, people: readonly WordStart[], negations: readonly WordStart[]): boolean {
  const lower = sentence.lower
  if (lists.framePhrases.test(lower)) return true
  if (introducesSelf(sentence, lists, people, negations)) return true
  const words = labelLength(sentence)
  return words > 0 && lists.frameLabels.match(lower.slice(0, words)).some((m) => m.first === 0 && m.last === words - 1)
}

/** How many words after the phrase with which the storyteller or the team says who it is may stand before the group it names ("We are a group of parents"). */
const introducedGroupReach = 4
/** How many of those words may be other than a figure or a determiner ("a *group of* parents", "kolme *geofysiikan* opiskelijaa"). */
const introducedGroupWords = 2

/**
 * The first word of the group of people that the storyteller or the team says it is, or -1: the first of
 * `groups` (by their first words, in order) within `introducedGroupReach` words after the profile's
 * `selfIntroductions`, `selfRoles` or `teamIntroductions` among the sentence's first words: "We are three
 * students from the technical college", "I'm a social worker", "Vi är fem utvecklare", "Olemme kolme
 * opiskelijaa". Only that one: "We are parents of children with diabetes" names the children it serves. Not
 * after a negation ("We are not the only parents who …"), not when the storyteller gives their age (a served
 * person telling their own story: "I'm 86 and …"), and not a group asked for after an ask cue of the sentence
 * (`askCues`: "We're looking for volunteers").
 */
export function introducedGroup(sentence: Sentence, groups: readonly number[], askCues: readonly CueHit[], lists: FeatureLists): number {
  const intro = lists.introducing.match(sentence.lower).find((m) => m.first <= introductionReach)
  if (!intro) return -1
  const first = groups.find((start) => start > intro.last)
  if (first === undefined || first > intro.last + introducedGroupReach) return -1
  // The group completes the introduction: no clause or comma comes between ("We are worried that elderly
  // residents …", "Olemme huomanneet, että asukkaat …"), and little but figures and determiners does ("We're
  // seeing a lot more people" is no introduction).
  let others = 0
  for (let k = intro.last + 1; k < first; k++) {
    const word = sentence.lower[k]!
    if (lists.clauseStarts.has(word) || /[,;:]/.test(between(sentence, k))) return -1
    if (!digit.test(word) && !lists.numberWords.has(word) && !lists.determiners.has(word)) others++
  }
  if (/[,;:]/.test(between(sentence, first)) || others > introducedGroupWords) return -1
  if (lists.negations.match(sentence.lower).some((m) => m.first === intro.last + 1) || givesAge(sentence, lists, groups)) return -1
  return askCues.some((hit) => hit.first <= first) ? -1 : first
}

/** How many words after a self-introduction may stand before the role or name it introduces ("I have been *the* caretaker"). */
const introducedReach = 4

/**
 * Whether the sentence's first words introduce the storyteller by a role or a name (the profile's
 * `selfIntroductions` and `selfRoles`, within `introductionReach` words of the start, then a role or a
 * capitalised word within `introducedReach`): "My name is Sanna and I have been a nurse …", "I'm a social
 * worker at …", "Jag heter Mikael Holm och är fastighetsskötare …", "Olen ollut talonmiehenä …". Not a
 * negated one ("I am not the only caretaker with a story like that" tells the problem).
 */
function introducesSelf(sentence: Sentence, lists: FeatureLists, people: readonly WordStart[], negations: readonly WordStart[]): boolean {
  const intro = lists.selfIntroducing.match(sentence.lower).find((m) => m.first <= introductionReach)
  if (!intro || givesAge(sentence, lists, people.map((m) => m.first))) return false
  if (negations.some((m) => m.first === intro.last + 1)) return false
  const reach = intro.last + introducedReach
  if (people.some((m) => m.first > intro.last && m.first <= reach)) return true
  const next = sentence.words[intro.last + 1]
  return next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.value)
}

/**
 * The number of words before a colon at the start of a sentence, when they are few enough to be a label
 * (`labelReach`: "Reason:", "Perustelu:", "What did not work:", a speaker's name), or 0. A colon inside a word ("5:n",
 * "C:14") is none.
 */
export function labelLength(sentence: Sentence): number {
  // Not a colon inside a word: a Finnish case ending ("Kaarnatie 5:n asukkaat", "19:stä") or a number ("C:14").
  const colon = sentence.text.search(/:(?![\p{L}\p{N}])/u)
  if (colon <= 0) return 0
  let words = 0
  while (words < sentence.words.length && sentence.words[words]!.end - sentence.start <= colon) words++
  return words <= labelReach ? words : 0
}

/** The elements a label before a colon at the start of a sentence names (`sections` in the profile), and its length in words. */
function sectionLabel(sentence: Sentence, lower: readonly string[], lists: FeatureLists): {label: Element[]; words: number} {
  const words = labelLength(sentence)
  if (words === 0 || words === sentence.words.length) return {label: [], words: 0}
  // Every word of the label is a section word ("Problem:", "What did not work:"), not a field such as
  // "Project owner:" or "Idea note:", whose first word only happens to name a section.
  const matches = lists.sections.match(lower.slice(0, words))
  const covered = new Uint8Array(words)
  for (const m of matches) covered.fill(1, m.first, m.last + 1)
  // A possessive or an article before the section word is still the label: "My idea:", "Mitt förslag:", "Our goal:".
  if (words > 1 && matches.length > 0 && (lists.articles.has(lower[0]!) || lists.isTeam(lower[0]!))) covered[0] = 1
  if (covered.includes(0)) return {label: [], words: 0}
  const label = [...new Set(matches.map((m) => m.data))]
  return {label, words: label.length > 0 ? words : 0}
}

/** A profile's `pastTense`, compiled. */
export interface PastWords {
  forms: ReadonlySet<string>
  endings: readonly string[]
  auxiliaries: ReadonlySet<string>
  participles: readonly string[]
  reach: number
  exceptions: ReadonlySet<string>
  exceptionEndings: readonly string[]
}

function pastWords(past: PastTense): PastWords {
  const bare = (ending: string): string => ending.replace(/^-/, '')
  return {
    forms: new Set(past.forms),
    endings: past.endings.map(bare),
    auxiliaries: new Set(past.auxiliaries),
    participles: past.participles,
    reach: past.reach,
    exceptions: new Set(past.exceptions.filter((word) => !word.startsWith('-'))),
    exceptionEndings: past.exceptions.filter((word) => word.startsWith('-')).map(bare)
  }
}

/**
 * Whether lower-cased words hold a past form by a profile's patterns: a
 * listed form ("blev", "kävi"), a past ending after at least three letters
 * ("halverades", "painettiin"), or an auxiliary with a participle of at
 * least four letters within `reach` words ("har minskat", "ei ole käynyt").
 * Listed exceptions never count ("har rätt till", "prosenttiin").
 */
function pastByWords(lower: readonly string[], past: PastWords): boolean {
  const excepted = (word: string): boolean => past.exceptions.has(word) || past.exceptionEndings.some((ending) => word.endsWith(ending))
  const participle = (word: string): boolean => word.length >= 4 && past.participles.some((ending) => word.endsWith(ending)) && !excepted(word)
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!
    if (excepted(word)) continue
    if (past.forms.has(word) || past.endings.some((ending) => word.length >= ending.length + 3 && word.endsWith(ending))) return true
    if (past.auxiliaries.has(word) && lower.slice(i + 1, i + 1 + past.reach).some(participle)) return true
  }
  return false
}

/** How many words after its lead a time unit may stand ("after eight months", "in the first school year"). */
const elapsedReach = 3

/** The words of a sentence that tell how things stand after a change: "now", "so far", "after eight months" (`afterState`). */
function afterStateWords(lower: readonly string[], lists: FeatureLists): {first: number; last: number} | undefined {
  const except = lists.afterExcept.match(lower)
  const word = lists.afterWords.match(lower).find((m) => !except.some((e) => m.first >= e.first && m.last <= e.last))
  if (word) return {first: word.first, last: word.last}
  const leads = lists.elapsedLead.match(lower)
  if (leads.length === 0) return undefined
  const units = lists.elapsedUnits.match(lower)
  for (const lead of leads) {
    const unit = units.find((u) => (lists.unitFirst ? u.last === lead.first - 1 : u.first > lead.last && u.first - lead.last <= elapsedReach))
    if (!unit) continue
    // Finnish puts the count before the unit too: quote "kahdeksan kuukauden aikana", not "kuukauden aikana".
    const count = lists.unitFirst && unit.first > 0 && (digit.test(lower[unit.first - 1]!) || lists.numberWords.has(lower[unit.first - 1]!))
    return {first: Math.min(lead.first, unit.first - (count ? 1 : 0)), last: Math.max(lead.last, unit.last)}
  }
  return undefined
}

/** Whether words `a` and `b` are the two ends of a range written without spaces ("2–3", "10-15"). */
function range(sentence: Sentence, a: number, b: number): boolean {
  if (b !== a + 1) return false
  const gap = between(sentence, b)
  return gap === '–' || gap === '-' || gap === '—'
}

/** How many words after a purpose word ("to", "so that") an outcome cue may stand to be what the change is for. */
const purposeReach = 3

/**
 * An English "to" that is a preposition, not the infinitive's mark of what a change is for: before a
 * determiner, a possessive, a pronoun, a preposition, a figure in words or a name, as compromise's lexicon
 * files the word after it ("moved to assisted living within a year", "reported to the city more often",
 * "down to zero"; "to at least halve" is an infinitive), or after "from" and a figure (`numbers`: "from four
 * a day to fewer than one"; not "from the pharmacy within a day to reduce waiting"). Swedish and Finnish mark
 * a purpose with words that are nothing else ("för att", "jotta").
 */
function prepositional(lower: readonly string[], marker: PhraseMatch<undefined>, numbers: readonly number[], lists: FeatureLists): boolean {
  if (!infinitiveMark(lower, marker, lists)) return false
  const from = lower.lastIndexOf('from', marker.first - 1)
  if (from !== -1 && marker.first - from <= fromReach && numbers.some((index) => index > from && index < marker.first)) return true
  const after = lower[marker.last + 1] ?? ''
  const next = after === 'at' && lower[marker.last + 2] === 'least' ? [] : (lexicon().get(after) ?? [])
  return next.some((tag) => notInfinitive.has(tag))
}

/**
 * Whether an outcome cue after an English "to" is a past form that no "be" or "get" makes a passive ("Calls
 * from parents to school dropped", "The time to repair fell"): an infinitive never takes one, so the cue
 * tells what happened, not what the change is for ("to be completed within a week" still is).
 */
function pastAfterTo(lower: readonly string[], marker: PhraseMatch<undefined>, hit: CueHit, lists: FeatureLists): boolean {
  return infinitiveMark(lower, marker, lists) && hit.first > marker.last + 1 && pastCandidate(lower[hit.first]!) && !passive.has(lower[hit.first - 1]!)
}

/** An English purpose word that is "to" alone, the one that may also be a preposition. */
function infinitiveMark(lower: readonly string[], marker: PhraseMatch<undefined>, lists: FeatureLists): boolean {
  return lists.profile.code === 'en' && marker.first === marker.last && lower[marker.first] === 'to'
}

/** How many words before "to" a "from" and a figure make it the second end of a before → after. */
const fromReach = 8

/** What compromise's lexicon files a word after "to" as, when it shows that "to" is a preposition. */
const notInfinitive: ReadonlySet<string> = new Set(['Determiner', 'Possessive', 'Pronoun', 'Preposition', 'TextValue', 'Cardinal', 'FirstName', 'FemaleName', 'MaleName'])

/** The words before a past participle that make it a passive or a state, not a past tense ("to be completed"). */
const passive: ReadonlySet<string> = new Set(['be', 'been', 'being', 'get', 'got', 'become', 'feel', 'stay', 'remain', 'keep'])

/** How many words from a problem word a word of the profile's `relief` may stand. */
const reliefReach = 4
/** How many words from a burden a rising word of the profile's `worsening` may stand. */
const worseningReach = 4
/** The weight of a worsening as a problem cue: about a clear problem word's ("decline" 0.9, "difficult" 1.1). */
const worseningWeight = 1
/** The least weight of a problem cue that is a burden of its own. */
const clearProblem = 0.8

/**
 * The first burden that a rising word beside it makes worse (the profile's `worsening`): a `burdens` word or a
 * problem cue that nothing relieves, with a rising word up to four words before or after it. The span runs
 * from the one to the other ("bill rose", "lasku on noussut", "increased risk").
 */
function worsens(lower: readonly string[], lists: FeatureLists, problems: readonly CueHit[]): {first: number; last: number; rise: PhraseMatch<undefined>} | undefined {
  const rises = lists.rising.match(lower)
  if (rises.length === 0) return undefined
  // A clear problem word is a burden too ("increased risk", "riski kasvaa"); not a faint one ("only", "still", "today").
  const burdens: Array<{first: number; last: number}> = [...lists.burdens.match(lower), ...problems.filter((hit) => hit.weight >= clearProblem)]
  for (const rise of rises) {
    for (const burden of burdens) {
      const overlap = burden.last >= rise.first && burden.first <= rise.last
      const gap = burden.last < rise.first ? rise.first - burden.last : burden.first - rise.last
      if (!overlap && gap <= worseningReach) return {first: Math.min(burden.first, rise.first), last: Math.max(burden.last, rise.last), rise}
    }
  }
  return undefined
}
const upper = /^\p{Lu}/u
const allCaps = /^[\p{Lu}\p{N}]+$/u

/**
 * Compute the features of several sentences, with one compromise parse for
 * all of those (English only) whose names or tense need the tagger.
 */
export function featuresOf(sentences: readonly Sentence[], lists: FeatureLists): SentenceFeatures[] {
  if (lists.profile.code !== 'en') return sentences.map((sentence) => sentenceFeatures(sentence, lists))
  const plans = sentences.map((sentence) => taggerPlan(sentence, lists))
  const needed = plans.flatMap((plan, index) => (plan.text === undefined ? [] : [index]))
  const taggings = tagBatch(needed.map((index) => plans[index]!.text!))
  const tagged = new Map<number, Tagging>(needed.map((index, k) => [index, taggings[k]!]))
  return sentences.map((sentence, index) => sentenceFeatures(sentence, lists, tagged.get(index), plans[index]))
}

/** Words the tagger reads on each side of a word in question: enough for every pattern the features use (the tests check this on the whole English corpus). */
const taggerContext = {before: 4, after: 8}

/** What an English sentence's names and tense need from the tagger, worked out once per sentence. */
export interface TaggerPlan {
  /** Capitalised words that could be names. */
  candidates: NameCandidate[]
  /** The candidates only the tagger can decide. */
  unknown: NameCandidate[]
  /**
   * The candidates compromise's lexicon does not know but the profile's `givenNames` do ("Raimo", "Gunnel"),
   * where an unknown word would go to the tagger: names without it.
   */
  given: NameCandidate[]
  /** How many aim words the sentence has (see `aimWords`), past modals aside; the features reuse the count. */
  aims: number
  /**
   * How many of the profile's `pastModals` ("could") the sentence has, not before a negation: aim words
   * only when the sentence is not in the past tense otherwise.
   */
  modalAims: number
  /** The past tense where an aim word or compromise's lexicon decides it; `undefined` when the tagger must. */
  past: boolean | undefined
  /**
   * What the tagger reads, or `undefined` when nothing needs it: the words
   * around each unknown candidate and, when the tense is undecided, around
   * each possible past form. Windows that touch are merged; the others are
   * separate lines.
   */
  text: string | undefined
}

function taggerPlan(sentence: Sentence, lists: FeatureLists): TaggerPlan {
  const candidates = nameCandidates(sentence, lists)
  const unlisted = unknownNames(sentence, candidates, lists.prepositions, lists.givenNames)
  const isGiven = (candidate: NameCandidate): boolean => lists.givenNames.has(candidate.value.replace(/['’]s$/, '').toLowerCase())
  const given = unlisted.filter(isGiven)
  const unknown = unlisted.filter((candidate) => !isGiven(candidate))
  // `will be reduced` is not a report of what happened. "could" is an aim ("this could help farms") unless the
  // sentence tells the past ("the share that a second group could repeat rose from 34 to 71 percent") or
  // it comes before a negation ("they could not reach the stage"): then it is what someone was able to do.
  const found = aimWords(sentence, lists)
  const modals = found.filter((m) => lists.pastModals.has(m.phrase))
  const aims = found.length - modals.length
  const negated = modals.length > 0 ? lists.negations.match(sentence.lower) : []
  const modalAims = modals.filter((m) => !negated.some((n) => n.first === m.last + 1)).length
  const past = sentence.words.length === 0 || aims > 0 ? false : pastFromLexicon(sentence.lower)
  const indices = unknown.map((candidate) => candidate.index)
  if (past === undefined) {
    sentence.lower.forEach((word, index) => {
      if (pastCandidate(word)) indices.push(index)
    })
  }
  if (indices.length === 0) return {candidates, unknown, given, aims, modalAims, past, text: undefined}
  indices.sort((a, b) => a - b)
  const windows: Array<[number, number]> = []
  for (const index of indices) {
    const from = Math.max(0, index - taggerContext.before)
    const to = Math.min(sentence.words.length - 1, index + taggerContext.after)
    const last = windows[windows.length - 1]
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else windows.push([from, to])
  }
  // One line per window: compromise reads each as a sentence of its own.
  const text = windows
    .map(([from, to]) => {
      const first = sentence.words[from]!
      const last = sentence.words[to]!
      let window = ''
      for (const token of sentence.tokens) if (token.start >= first.start && token.end <= last.end) window += token.value
      return window
    })
    .join('\n')
  return {candidates, unknown, given, aims, modalAims, past, text}
}

/**
 * Compute the features of one sentence. For English, `tagging` is
 * compromise's reading of it and `plan` what that reading was needed for,
 * when the caller has them already; they are worked out here otherwise.
 */
export function sentenceFeatures(sentence: Sentence, lists: FeatureLists, tagging?: Tagging, plan?: TaggerPlan): SentenceFeatures {
  const lower = sentence.lower
  const words = sentence.words
  const cues = {} as SentenceFeatures['cues']
  const cueScore = {} as SentenceFeatures['cueScore']
  // A proposal put to the body that decides it asks for a decision ("I propose that the council instructs …"):
  // an ask cue from the proposal's first word to the body, in place of any ask cue inside those words.
  const motion = motionTo(lower, lists)
  // A label before a colon ("Problem: …", "Idé: …") makes the line content under that section, not a title;
  // a form line that states the amount applied for is the ask (`amountAsked`), in place of any ask cue in its label.
  const labelled = sectionLabel(sentence, lower, lists)
  // Figures: digits or number words, by word index.
  const numbers: number[] = []
  lower.forEach((word, index) => {
    if ((digit.test(word) && !code.test(sentence.words[index]!.value)) || lists.numberWords.has(word)) numbers.push(index)
  })
  const amount = amountAsked(lower, labelled, numbers, lists)
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) {
    // A phrase of weight 0 is a stop phrase: it only keeps a shorter cue from matching inside it. An opening
    // cue counts only as the sentence's first words ("Var med och …", not "rektorn var med").
    let hits: CueHit[] = lists.cues[element]
      .match(lower)
      .filter((m: PhraseMatch<number>) => m.data !== 0 && (!lists.openingCues[element].has(m.phrase) || opensClause(sentence, m.first, lists)) && (element !== 'ask' || !lists.imperatives.has(m.phrase) || imperativeAsks(sentence)))
      .map((m: PhraseMatch<number>) => ({phrase: m.phrase, first: m.first, last: m.last, weight: m.data}))
    if (element === 'ask' && motion) hits = [...hits.filter((hit) => hit.last < motion.first || hit.first > motion.last), motion]
    if (element === 'ask') {
      const asked = askedInOneWord(sentence, lists)
      if (asked && !hits.some((hit) => hit.first <= asked.first && hit.last >= asked.last)) hits = [...hits, asked]
    }
    if (element === 'ask' && amount) hits = [amount, ...hits.filter((hit) => hit.first > amount.last)]
    cues[element] = hits
    cueScore[element] = hits.reduce((sum, hit) => sum + hit.weight, 0)
  }
  // "No one has to buy their own gear" spares people a burden, and "whether they run a red light or not"
  // leaves a question open: neither states a lack, by a negation or by a problem cue inside it ("ingen behöver").
  const noLack = lists.noLack.match(lower)
  const spared = (hit: {first: number; last: number}): boolean => noLack.some((r) => hit.first >= r.first && hit.last <= r.last)
  // A problem word that something lessens names a problem relieved, a result or an aim, not a pain:
  // "fewer sleep problems", "food waste fell from 40 to 17 kilos", "jono lyheni".
  if (cues.problem.length > 0) {
    const before = lists.reliefBefore.match(lower)
    const after = lists.reliefAfter.match(lower)
    const relieved = (hit: CueHit): boolean =>
      before.some((m) => m.last < hit.first && hit.first - m.last <= reliefReach) || after.some((m) => m.first > hit.last && m.first - hit.last <= reliefReach)
    if (before.length > 0 || after.length > 0 || noLack.length > 0) {
      cues.problem = cues.problem.filter((hit) => !relieved(hit) && !spared(hit))
      cueScore.problem = cues.problem.reduce((sum, hit) => sum + hit.weight, 0)
    }
  }
  // A burden that rises is the pain told as a trend, not a result: "their heating bill rose from 21,000 to
  // 38,000 euros", "lasku on noussut 70 prosenttia". The rising word is then a problem cue, not an outcome cue.
  const worsening = worsens(lower, lists, cues.problem)
  if (worsening) {
    const {rise} = worsening
    cues.problem = [...cues.problem, {phrase: rise.phrase, first: worsening.first, last: worsening.last, weight: worseningWeight}]
    cueScore.problem = cues.problem.reduce((sum, hit) => sum + hit.weight, 0)
    cues.outcome = cues.outcome.filter((hit) => hit.last < rise.first || hit.first > rise.last)
    cueScore.outcome = cues.outcome.reduce((sum, hit) => sum + hit.weight, 0)
  }
  // An outcome cue just after "to", "so that" or "för att" is what the change is for, not a result.
  const purpose: CueHit[] = []
  // Not before a figure: "from 2,400 to 2,100 euros" is a before → after, not an aim.
  const figure = (word: string | undefined): boolean => word !== undefined && (/^\d/.test(word) || lists.numberWords.has(word))
  // Nor inside a phrase that only opens with a purpose word (`notPurpose`: "so much more fun").
  const notPurpose = cues.outcome.length > 0 ? lists.notPurpose.match(lower) : []
  const opensPurpose = (m: PhraseMatch<undefined>): boolean => !figure(lower[m.last + 1]) && !notPurpose.some((n) => n.first <= m.first && m.last <= n.last)
  const markers = cues.outcome.length > 0 ? lists.purpose.match(lower).filter(opensPurpose) : []
  if (markers.length > 0) {
    // An English "to" that is a preposition marks no purpose; the loop still runs for it, so a "from" or "to"
    // read as an outcome cue leaves the cue sum as it does beside any purpose word.
    const marks = markers.filter((m) => !prepositional(lower, m, numbers, lists))
    let result = 0
    for (const hit of cues.outcome) {
      // "from" and "to" compare figures; they say nothing of an aim ("Tuesday to Thursday from 14 to 20").
      if (lists.paired.has(hit.phrase)) continue
      const marker = marks.find((m) => m.last < hit.first && hit.first - m.last <= purposeReach && !pastAfterTo(lower, m, hit, lists))
      if (marker) purpose.push({phrase: hit.phrase, first: marker.first, last: hit.last, weight: hit.weight})
      else result += hit.weight
    }
    cueScore.outcome = result
  }
  const purposeScore = purpose.reduce((sum, hit) => sum + hit.weight, 0)

  const pronoun = (_word: string, index: number): boolean => personPronoun(lower, index, lists)
  const pronounWords = lower.filter(pronoun)
  const pronouns = pronounWords.length

  let measured = 0
  const unitHits = lists.units.match(lower)
  // A year is no quantity unless a unit follows it ("2024 kWh"), and a clock time never is ("before 8 a.m.", "klo 7.10").
  const clock = (index: number): boolean => lists.clockAfter.has(lower[index + 1] ?? '') || lists.clockBefore.has(lower[index - 1] ?? '')
  const quantities = numbers.filter((index) => (!year.test(lower[index]!) || unitHits.some((u) => u.first === index + 1)) && !clock(index))
  const symbols = sentence.tokens.filter((t) => t.kind !== 'word' && t.kind !== 'white').map((t) => t.value)
  for (const index of numbers) {
    if (unitHits.some((u) => u.first === index + 1 || u.last === index - 1 || (u.first === index + 2 && !lower[index + 1]!.match(digit)))) measured++
  }
  const currencySign = symbols.some((s) => s === '€' || s === '$' || s === '£')
  if (numbers.length > 0 && (currencySign || symbols.includes('%'))) measured++
  const money = numbers.length > 0 && (currencySign || lists.currencies.test(lower))

  // A before → after: a comparative word next to a figure ("from 3 days to 4 hours", "up from 54 percent",
  // "40 times instead of 5"). A range ("2–3 schools") is one figure, a comparative far from any figure
  // ("talk to 2–3 schools") compares nothing, and years are no figures here: "between 2017 and 2024"
  // dates a change, it does not measure one.
  const allFigures = quantities.filter((index, k) => k === 0 || !range(sentence, quantities[k - 1]!, index))
  const matched = lists.comparatives.match(lower).filter((m) => m.data)
  // "Saturdays from 10 to 16", "from 8 to 18 on weekdays": two clock hours in "from … to …", with a day or a
  // time of day in the sentence and no other comparative beside them, are opening hours, not a before → after.
  const hours = lists.timeOfDay.test(lower) ? openingHours(lower, allFigures, matched, unitHits, lists.paired) : []
  const figures = allFigures.filter((index) => !hours.includes(index))
  const near = (c: PhraseMatch<boolean>): boolean => figures.some((index) => index >= c.first - comparisonReach && index <= c.last + comparisonReach)
  const comparatives = matched.filter(near)
  // "from" and "to" (`pairedComparatives`) compare only as a pair around two figures ("from 40 to 17 kilos",
  // "64:stä 29:ään"): one alone gives a range ("grades 4 to 6", "250 to 400 euros") or a purpose ("22,000
  // euros to build …").
  const paired = comparatives.filter((c) => lists.paired.has(c.phrase))
  // A numeral that takes the case itself is its own "from" or "to": Finnish "19:stä seitsemään".
  const cased =
    figures.length < 2
      ? 0
      : figures.filter((index) => {
          const word = lower[index]!
          return lists.numberWords.ending(word) !== '' && lists.pairedEndings.some((ending) => word.endsWith(ending))
        }).length
  // A worsening's figures measure the pain ("rose from 21,000 to 38,000 euros"), not a before → after of a result.
  // "against", "mot" (`versusComparatives`) compare only a figure told before them with one just after them
  // ("212 pupils cycled to school, against 131 in the two weeks before"), not "fraud against people".
  const versus = comparatives.filter((c) => lists.versus.has(c.phrase))
  const opposed = versus.some((c) => figures.some((index) => index < c.first) && figures.some((index) => index > c.last && index <= c.last + comparisonReach))
  const plain = comparatives.length - paired.length - versus.length
  const comparison = !worsening && ((figures.length >= 1 && plain > 0) || opposed || (figures.length >= 2 && paired.length + cased >= 2))

  const negationHits = lists.negations.match(lower)
  const negations = negationHits.filter((m) => !spared(m))
  const english = lists.profile.code === 'en' ? (plan ?? taggerPlan(sentence, lists)) : undefined
  // The tagger reads the sentence (its windows) at most once, and only when a name or a past tense needs it.
  const parse = (): Tagging => (tagging ??= tagBatch([english?.text ?? ''])[0]!)
  const pastTense = english ? (english.past ?? parse().past) : false
  const aims = english ? english.aims + (pastTense ? 0 : english.modalAims) : aimWords(sentence, lists).length
  const quoting = quotations(sentence)
  const speakers = speakerSlots(lower, quoting.ranges, lists)
  const found = english ? englishNames(english, parse, speakers, sentence.lower) : untaggedNames(sentence, lists, speakers)
  const introduced = storyteller(sentence, lists)
  const names = fullNames(sentence, found.names, lists).filter((name) => name.split(' ')[0] !== introduced)
  const tagged = found.tagged
  const question = /\?["'”’)\]*_]*$/.test(sentence.text)
  // A heading, a short line without a full stop, or a form prompt ("What is your solution?") can open a section.
  // A list item never does: a short feature ("Support for 14 languages") or a question in a list is content.
  // A request asked as a question, in its first words ("Could you give £20 today?", "Kan ni ställa upp?",
  // "Voisitteko tulla mukaan?"), is the ask, never a title or a prompt that opens a section, even on a line of its own.
  const request = question && cues.ask.some((hit) => hit.first === 0 && lists.openingCues.ask.has(hit.phrase))
  const line = sentence.kind !== 'listItem' && !request
  const titleLike =
    sentence.kind === 'heading' ||
    (line && sentence.words.length <= 8 && !/[.!]["'”’)\]*_]*$/.test(sentence.text)) ||
    (line && question && sentence.words.length <= 14) ||
    (line && runInHead(sentence, lists))
  const opens = titleLike && labelled.label.length === 0 ? [...new Set(lists.sections.match(lower).map((m) => m.data))] : []
  // The whole line, not a part of it: "Summary of the pilot's results" is about the outcome.
  const neutral = titleLike && opens.length === 0 && lists.neutral.match(lower).some((m) => m.first === 0 && m.last === lower.length - 1)
  const firstWords = lower.slice(0, 3)
  const turn = lists.contrast.match(firstWords).some((m) => m.first === 0)
    ? 'contrast'
    : lists.consequence.match(firstWords).some((m) => m.first === 0)
      ? 'consequence'
      : undefined

  // A people stem that runs on into a longer word is a compound whose head is another word: sv
  // "skolresultat" (school results), fi "oppilashuolto" (pupil welfare) name no people.
  // In English, a stem that runs on into anything but an inflection is another word: "moment", "clinical".
  // A served organisation named as a place ("in hospital", "på biblioteket") is where the story happens (`placed`).
  const rest = lists.profile.compoundRest
  const endings = lists.profile.peopleEndings
  const notPeople = new Set(lists.notPeople.match(lower).map((m) => m.first))
  const mentions = lists.people.match(lower).filter((m) => {
    if (!m.phrase.endsWith('*')) return true
    if (m.first === m.last && notPeople.has(m.first)) return false
    const after = lower[m.last]!.slice(m.phrase.length - 1 - (m.phrase.lastIndexOf(' ') + 1))
    if (endings !== undefined && !endings.includes(after)) return false
    return rest === undefined || m.first !== m.last || after.length <= rest
  })
  const compounds = compoundPeople(lower, mentions, lists)
  // People named by their age ("over-75s", "yli 80-vuotiaat", "an 85-year-old"). An age adjective before a word
  // that names something says how old it is ("70-year-old spruce"); before a verb or a function word it is people.
  lower.forEach((word, index) => {
    const adjective = lists.ageAdjectives(word)
    const phrase = lists.agePeople(word) ?? adjective
    if (phrase === undefined || [...mentions, ...compounds].some((m) => m.first <= index && index <= m.last)) return
    const next = lower[index + 1]
    if (adjective !== undefined && next !== undefined && !punctuationBefore(sentence, index + 1) && !openingWord(next, lexicon())) return
    // A range of ages is one group ("13–17-vuotiaille", not "17-vuotiaille"), and so is a bound before it ("yli
    // 75-vuotiaat", "over 80-year-olds"): the profile's `ageBounds`.
    let first = index > 0 && /^\d{1,3}$/.test(lower[index - 1]!) && /^[–-]$/.test(between(sentence, index)) ? index - 1 : index
    if (first > 0 && lists.ageBounds.has(lower[first - 1]!) && !punctuationBefore(sentence, first)) first--
    compounds.push({first, last: index, phrase, data: undefined})
  })
  if (compounds.length > 0) {
    mentions.push(...compounds)
    mentions.sort((a, b) => a.first - b.first)
  }
  const people = mentions
    .filter((m) => !placed(m, sentence, lists))
    .map((m) => ({first: m.first, last: m.last, phrase: m.phrase, reach: qualified(sentence, m.last, lists)}))
  // Two groups side by side are one ("Kotihoidon hoitajien", home care's nurses): the first reaches over the second.
  for (let k = people.length - 2; k >= 0; k--) {
    const [a, b] = [people[k]!, people[k + 1]!]
    if (b.first === a.last + 1 && !punctuationBefore(sentence, b.first)) a.reach = Math.max(a.reach, b.reach)
  }
  const personFirst = opensWithPerson(sentence, people, names, pronoun)
  const teamPeople = people.some((m) => m.first > 0 && lists.isTeam(lower[m.first - 1]!))
  const ownHelpers = people.filter((m) => isOwnHelper(sentence, m, lists))

  const someone = (index: number): boolean =>
    people.some((m) => m.first === index) || pronoun(lower[index]!, index) || names.some((name) => words[index]!.value.startsWith(name.split(' ')[0]!))
  const teamVoice = quoting.ranges.length > 0 && speaksForTeam(lower, quoting.ranges, lists, someone)
  const {team, teamSubjectAt, speech} = voice(lower, lists, teamVoice ? [] : quoting.ranges)
  const teamSubject = teamSubjectAt >= 0
  const stems = stemsOf(sentence)
  const reading = readWords(stems, vocabularyOf(lists.profile.code))

  return {
    cues,
    cueScore,
    purpose,
    purposeScore,
    personFirst,
    teamPeople,
    ownHelpers,
    team,
    teamSubject,
    teamSubjectAt,
    quotes: quoting.ranges,
    quoteMarks: quoting.marks,
    quoteOpen: quoting.open,
    teamVoice,
    speech,
    people,
    generic: lists.generic.match(lower).map((m) => ({first: m.first, last: m.last, reach: qualified(sentence, m.last, lists)})),
    pronouns,
    plural: pronounWords.filter((word) => lists.plural.has(word)).length,
    pronounWords,
    names,
    namesTagged: tagged,
    animals: animalNames(sentence, lists),
    things: thingWords(sentence, lists, cues.change.length > 0),
    numbers,
    quantities,
    measured,
    dated: lists.times.test(lower),
    channel: lists.channels.test(lower) || address(sentence) || phone(sentence),
    says: lower.some((word) => lists.speechVerbs.has(word)),
    money,
    asksForMoney: money && lists.amountVerbs.test(lower),
    openEnded: lists.openEnded.test(lower),
    field: formField(sentence, labelled),
    announces: announcement(sentence, numbers, lists),
    comparison,
    worsening: worsening && {first: worsening.first, last: worsening.last},
    negations: negations.length,
    negationWords: negations.map((m) => words.slice(m.first, m.last + 1).map((w) => w.value).join(' ')),
    aims,
    // "and maybe a traffic light", "ja ehkä myös pieni kirjanvaihtohylly": the hedge qualifies an extra item, not
    // what the sentence proposes.
    unsure: lists.unsure
      .match(lower)
      .filter((m) => !(m.first === m.last && m.first > 0 && lists.and.has(lower[m.first - 1]!)))
      .map((m) => ({first: m.first, last: m.last})),
    buzzwords: lists.buzzwords.match(lower).map((m) => ({first: m.first, last: m.last})),
    past: pastTense,
    // "We are now raising a round" is the team's plan, and "we will now …" an aim: neither is an after-state.
    afterState: aims === 0 && !teamSubject ? afterStateWords(lower, lists) : undefined,
    pastForm: lists.pastTense !== undefined && aims === 0 && pastByWords(lower, lists.pastTense),
    question,
    titleLike,
    opens,
    label: labelled.label,
    labelWords: labelled.words,
    neutral,
    frame: framing(sentence, lists, people, negationHits),
    turn,
    started: aims === 0 && lists.started.match(lower).some((m) => m.first <= 1),
    stems,
    vocabulary: reading.scores,
    vocabularyWords: reading.strongest
  }
}

/** Quotation marks: straight, curly (English “…”, Swedish and Finnish ”…”), low and angle quotes. Not apostrophes. */
const quoteMark = /^["“”„«»]$/
const quoteChar = /["“”„«»]/
/** Tokens after which a quotation mark opens a quote, as after a space: an opening bracket or a dash. */
const opensAfter = /^[([{—–-]$/
/** How many words a quotation needs to be speech rather than a name or a scare quote ("bus stops", "less stupid"). */
const speechWords = 3

/**
 * The quotations of a sentence, by word index. A mark opens a quote when a
 * space (or the start, a bracket or a dash) is before it and none after it,
 * and closes one when it is the other way round: this reads English “…”,
 * Swedish and Finnish ”…” and »…», and straight quotes alike. A first mark
 * that closes continues a quote from an earlier sentence; a last mark that
 * opens leaves the quote open at the sentence's end.
 */
function quotations(sentence: Sentence): {ranges: Array<{first: number; last: number}>; marks: boolean; open: boolean} {
  // Most sentences quote nothing: one test of the text spares them the walk over their tokens.
  if (!quoteChar.test(sentence.text)) return {ranges: [], marks: false, open: false}
  const tokens = sentence.tokens
  const spans: Array<[number, number]> = []
  let from: number | undefined
  let seen = false
  let marks = false
  const space = (token: Sentence['tokens'][number] | undefined): boolean => token === undefined || token.kind === 'white'
  tokens.forEach((token, k) => {
    if (!quoteMark.test(token.value)) return
    marks = true
    const before = tokens[k - 1]
    const after = tokens[k + 1]
    const opens = (space(before) || opensAfter.test(before!.value)) && !space(after)
    const closes = !space(before) && (space(after) || after!.kind !== 'word')
    if (opens) {
      from ??= token.end
      seen = true
    } else if (closes) {
      if (from !== undefined) spans.push([from, token.start])
      else if (!seen) spans.push([sentence.start, token.start])
      from = undefined
      seen = true
    }
  })
  const open = from !== undefined
  if (open) spans.push([from!, sentence.end])
  const ranges: Array<{first: number; last: number}> = []
  for (const [a, b] of spans) {
    const inside = sentence.words.flatMap((word, index) => (word.start >= a && word.end <= b ? [index] : []))
    if (inside.length >= speechWords) ranges.push({first: inside[0]!, last: inside[inside.length - 1]!})
  }
  return {ranges, marks, open}
}

/** How many words a run-in head may have ("Expected results."). */
const runInWords = 4

/**
 * A run-in head: a short sentence ending in a full stop whose every word is a
 * section word, as reports and plans open a paragraph ("**Background.** The
 * building permit unit …", "**Aim.** …", "Bakgrund. …"). It opens a section
 * as a heading does. A short sentence with any other word ("Thanks."), or
 * with the team in it ("We need funding.", "Join us."), is content.
 */
function runInHead(sentence: Sentence, lists: FeatureLists): boolean {
  const lower = sentence.lower
  if (lower.length === 0 || lower.length > runInWords || !/\.["'”’)\]*_]*$/.test(sentence.text) || lower.some(lists.isTeam)) return false
  const covered = new Uint8Array(lower.length)
  for (const m of [...lists.sections.match(lower), ...lists.neutral.match(lower)]) covered.fill(1, m.first, m.last + 1)
  return covered.every((c) => c === 1)
}

/** How many words before or after a verb that attributes a quotation its speaker may stand ("We always tell …"). */
const speakerReach = 2

/**
 * Whether the team speaks a sentence's quotations (`quotes`), not someone
 * else. The speaker stands next to a verb that attributes them (the
 * profile's `speechVerbs`), before it ("We always tell new members: “…”",
 * "hän vastasi: ”…”") or, right after a quotation, after it ("“…,” says
 * Raili Lehto"). `someone` tells whether a word names a person. Without such
 * a verb, the quotation is the team's only when the team alone stands
 * outside it: a quotation in a pitch is most often a voice of the people it
 * serves ("“For the first time, I went straight to a place,” one guest
 * wrote").
 */
function speaksForTeam(
  lower: readonly string[],
  quotes: ReadonlyArray<{first: number; last: number}>,
  lists: FeatureLists,
  someone: (index: number) => boolean
): boolean {
  const outside = (index: number): boolean => index >= 0 && index < lower.length && !within(quotes, index)
  for (let v = 0; v < lower.length; v++) {
    if (!outside(v) || !lists.speechVerbs.has(lower[v]!)) continue
    // fi "Sanomme aina: ”…”": the verb itself says "we".
    if (lists.isTeam(lower[v]!)) return true
    const inverted = within(quotes, v - 1)
    for (let k = 1; k <= speakerReach; k++) {
      const index = inverted ? v + k : v - k
      if (!outside(index)) break
      if (lists.isTeam(lower[index]!)) return true
      if (someone(index)) return false
    }
  }
  let team = false
  for (let index = 0; index < lower.length; index++) {
    if (!outside(index)) continue
    if (someone(index)) return false
    if (lists.isTeam(lower[index]!)) team = true
  }
  return team
}

/**
 * Where the speaker of a quotation stands when the verb that attributes it
 * follows it (`“…,” says Raili Lehto`, `”…”, säger Ingrid`): the word after
 * that verb. Only there does a verb name its speaker; elsewhere "ask" or
 * "tell" may name whom the team addresses ("We ask Vinnova for …").
 */
function speakerSlots(lower: readonly string[], quotes: ReadonlyArray<{first: number; last: number}>, lists: FeatureLists): Set<number> {
  const slots = new Set<number>()
  if (quotes.length === 0) return slots
  for (let v = 1; v < lower.length; v++) if (lists.speechVerbs.has(lower[v]!) && within(quotes, v - 1) && !within(quotes, v)) slots.add(v + 1)
  return slots
}

/** Whether word `index` is inside one of `ranges`. */
function within(ranges: ReadonlyArray<{first: number; last: number}>, index: number): boolean {
  return ranges.some((r) => index >= r.first && index <= r.last)
}

/**
 * Who speaks in a sentence: the team's words outside `others` (the
 * quotations someone else speaks), whether the team is the subject, and the
 * first of `others` in the first person (`speech`).
 *
 * The team is the subject in "We built …", "So we …", "Our app …", fi
 * "Lainaamme …"; not in "In our pilot …", where the team word follows a
 * preposition, nor in fi "Kaupungissamme …" ("in our town"), where its case
 * places the team. A subject pronoun may also follow a fronted time or place:
 * "In January we started …", "Sedan i våras har vi …".
 */
function voice(
  lower: readonly string[],
  lists: FeatureLists,
  others: ReadonlyArray<{first: number; last: number}>
): {team: number; teamSubjectAt: number; speech: {first: number; last: number} | undefined} {
  const own = (index: number): boolean => !within(others, index)
  let team = 0
  lower.forEach((word, index) => {
    if (own(index) && lists.isTeam(word)) team++
  })
  const acts = (index: number): boolean => own(index) && lists.teamActs(lower[index] ?? '')
  const opening = acts(0) ? 0 : acts(1) && !lists.prepositions.has(lower[0] ?? '') ? 1 : -1
  const teamSubjectAt = opening >= 0 ? opening : lower.slice(0, subjectReach).findIndex((word, index) => own(index) && lists.teamSubjects.has(word))
  const speech = others.find((r) => lower.slice(r.first, r.last + 1).some((word) => lists.firstPerson.has(word) || lists.isTeam(word)))
  return {team, teamSubjectAt, speech}
}

/**
 * The team acts in a way that turns the story, beyond "We built …" (English
 * past tense, `teamReports`): the team as subject with a change cue and no aim
 * ("Därför öppnade vi byns butik igen"), or with a past form by the profile's
 * patterns ("Perustimme vaatelainaamon").
 */
function turns(f: SentenceFeatures): boolean {
  return f.teamSubject && ((f.cueScore.change > 0 && f.aims === 0) || f.pastForm)
}

/**
 * For each sentence, whether an earlier sentence turned the story: a change
 * cue of weight 1 or more, the team reporting what it did or acting (see
 * `turns`), a change section's title or label, or a sentence that dates when
 * what the pitch runs began ("Since March, …": `started`). After the turn, a report ("In
 * eight months, 1,940 loans went to 610 households") or an after-state
 * ("Britt now goes to town") is what the change did; before it, the same
 * sentence tells the problem.
 */
export function afterChange(features: readonly SentenceFeatures[]): Uint8Array {
  const out = new Uint8Array(features.length)
  let seen = false
  features.forEach((f, i) => {
    out[i] = seen ? 1 : 0
    if (f.cueScore.change >= 1 || teamReports(f) || f.opens.includes('change') || f.label.includes('change') || turns(f) || f.started) seen = true
  })
  return out
}

/**
 * Whether a sentence tells what someone other than the team says or said: a verb of saying with people, a
 * name or a pronoun, the team not its subject and no aim word ("Nurses say the children eat better on music
 * days", "Residents told us they booked visits they had put off"), or a person quoted in their own words.
 * After the story's turn it is an observed reaction, which the labelling rules count as an outcome as they
 * count a measured one.
 */
export function reportsSpeech(f: SentenceFeatures): boolean {
  return f.aims === 0 && !f.teamSubject && (f.speech !== undefined || (f.says && (f.people.length > 0 || f.names.length > 0 || f.pronouns > 0)))
}

/**
 * For each sentence, 1 when it stands in a section whose title opens the outcome with an aim word, so that
 * what it says is hoped for, however it is told: "Expected results", "Goals", "Who will benefit",
 * "Förväntade resultat", "Odotetut tulokset". A line that opens a section or is a title ends the one before.
 */
export function hopedFor(features: readonly SentenceFeatures[]): Uint8Array {
  const out = new Uint8Array(features.length)
  let hoping = false
  features.forEach((f, i) => {
    if (f.titleLike || f.opens.length > 0 || f.neutral || f.label.length > 0) {
      hoping = f.opens.includes('outcome') && f.aims > 0
      return
    }
    out[i] = hoping ? 1 : 0
  })
  return out
}

/** The team reports what it did: it is the subject of a past-tense sentence ("We built …", "In January we started …"). */
export function teamReports(f: SentenceFeatures): boolean {
  return f.teamSubject && f.past
}

/**
 * The aim words of a sentence (will, may, goal). A capitalised one inside the sentence is a name, not
 * an aim: "By May, the eight pupils had improved …" reports a result.
 */
function aimWords(sentence: Sentence, lists: FeatureLists): Array<PhraseMatch<undefined>> {
  const found = lists.aims.match(sentence.lower).filter((m) => m.first === 0 || !upper.test(sentence.words[m.first]!.value))
  if (found.length === 0) return found
  // "a tool they would otherwise have bought": what did not happen, not what is hoped for.
  const counterfactual = lists.counterfactuals.match(sentence.lower)
  return counterfactual.length === 0 ? found : found.filter((m) => !counterfactual.some((c) => m.first >= c.first && m.last <= c.last))
}

/**
 * How far into a sentence (a word index) a role or group still opens it as its likely subject: after a short
 * fronted time or place, before which Swedish puts the verb and Finnish the subject after the adverbial ("I fjol
 * gick 84 barn hela kursen", "Viime lukuvuonna 14 lasta sai lukukaverin", "Last winter 1,140 children went home
 * in a coat that fitted"). 2 until the twenty-ninth session; chosen from 2–6 on cross-validated scores, where 4
 * read 36 more hero sentences right and 12 fewer wrong, status 4,346 → 4,353 of 5,488 and ablation 1,719 →
 * 1,714 on 1,372 pitches, held-out status 1,539 → 1,548 of 1,920 (`eval/cv-status.ts --heldout`); 3 gained
 * fewer sentences, 5 and 6 no more statuses for more deletions.
 */
const groupFirstReach = 4

/**
 * Someone the story could be about opens the sentence: a role or group among its first `groupFirstReach` + 1
 * words, or a name or a pronoun among its first three, its likely subject.
 */
function opensWithPerson(
  sentence: Sentence,
  people: ReadonlyArray<{first: number}>,
  names: readonly string[],
  pronoun: (word: string, index: number) => boolean
): boolean {
  if (people.some((m) => m.first <= groupFirstReach)) return true
  for (let index = 0; index <= 2 && index < sentence.lower.length; index++) {
    if (pronoun(sentence.lower[index]!, index) || names.some((name) => sentence.words[index]!.value.startsWith(name.split(' ')[0]!))) return true
  }
  return false
}

/**
 * The last word of a group of people with what qualifies it right after it, within one clause: a figure
 * ("residents 75 and older"), or a preposition, "over" or "aged" and a figure or a name after it
 * ("residents over 75", "pupils in Vantaa", "unga i Borlänge", "young people across Greater Manchester"). A verb after the group is what it does, not
 * who it is ("Teachers report that …", "Sjuksköterskan lägger upp …"): the group ends with its own words.
 * The reasons quote this much of a group, and so does the spine's hero.
 */
function qualified(sentence: Sentence, last: number, lists: FeatureLists): number {
  const lower = sentence.lower
  // A group that ends on a word that leads on ("people who", "people with") takes the words it leads to:
  // "people who sleep rough", "people with diabetes" (up to two, not ending on another such word).
  if (lists.dangling.has(lower[last]!)) {
    let end = last
    while (end < last + 2 && end + 1 < lower.length && !punctuationBefore(sentence, end + 1)) end++
    while (end > last && lists.dangling.has(lower[end]!)) end--
    return end
  }
  const next = lower[last + 1]
  if (next === undefined || punctuationBefore(sentence, last + 1)) return last
  // A figure right after it, with nothing between, that an age word follows: an age, up to that word
  // ("residents 75 and older", "unga 13–17 år"), not a sum a verb gives ("A studio costs students €480 a
  // month") nor what the sentence counts ("costs a family 250 to 400 euros", "Osallistujista 62 prosenttia …",
  // of the participants, 62 %).
  if (/^\p{N}/u.test(next)) return /^\s+$/.test(between(sentence, last + 1)) ? (agedBy(sentence, last + 1, lists) ?? last) : last
  const opens = lists.prepositions.has(next) || next === 'over' || next === 'aged' || next === 'above'
  // A figure or a name after it: an age or a place ("over 75", "in Vantaa", "i Borlänge"), not a verb's
  // object or an infinitive ("outside the school to drop off children", "care in long-term housing").
  const after = sentence.words[last + 2]
  // Not a possessive, which leads on to what it owns ("families in Lund's rental blocks").
  const qualifier = after !== undefined && (/^\p{N}/u.test(after.value) || /^\p{Lu}/u.test(after.value)) && !/['’]s$/u.test(after.value)
  if (!opens || !qualifier || punctuationBefore(sentence, last + 2)) return last
  // A name of several words, whole: "young people across Greater Manchester", not "… across Greater".
  let end = last + 2
  while (end < last + 2 + nameReach && /^\p{Lu}/u.test(sentence.words[end + 1]?.value ?? '') && !punctuationBefore(sentence, end + 1)) end++
  return end
}

/**
 * Where one of the profile's `ageWords` stands within three words after a figure, in its clause (a range's
 * dash, "13–17 år", is in it), or `undefined`.
 */
function agedBy(sentence: Sentence, figure: number, lists: FeatureLists): number | undefined {
  const inClause = (at: number): boolean => !punctuationBefore(sentence, at) || /^[–-]$/.test(between(sentence, at))
  for (let at = figure + 1; at <= figure + 3 && at < sentence.lower.length && inClause(at); at++) {
    if (lists.ageWords.has(sentence.lower[at]!)) return at
  }
  return undefined
}

/** How many more capitalised words a place's name after a group may run on by ("Greater Manchester", "Västra Frölunda"). */
const nameReach = 2

/** Whether a punctuation mark stands between word `index` and the word before it (a punctuation token there). */
export function punctuationBefore(sentence: Sentence, index: number): boolean {
  return /\p{P}/u.test(between(sentence, index))
}

/**
 * Whether a people match is part of a proper name, an organisation's or a title's rather than people: "the Youth
 * Council", "Bright Futures Youth Trust", "the Pupils' Union", "Grace Okafor, Staff Nurse", "Föreningen Läsande
 * Barn". Its first word is capitalised and a capitalised word follows it, or, inside the sentence (after any short
 * label that opens it: "Submitted by:"), comes right before it. Not a title before a person's name ("Nurse Aino",
 * "säger Farmor Ingrid"), which tells who she is, and not in a heading or a title, which capitalises its words.
 */
export function inProperName(m: {first: number; last: number}, sentence: Sentence, f: Pick<SentenceFeatures, 'names' | 'titleLike'>): boolean {
  const words = sentence.words
  const names = f.names
  if (f.titleLike || !capitalised(words[m.first]!.value)) return false
  const next = words[m.last + 1]
  const person = next !== undefined && names.some((name) => next.value.startsWith(name.split(' ')[0]!))
  const after = next !== undefined && capitalised(next.value) && !punctuationBefore(sentence, m.last + 1) && !person
  const start = labelLength(sentence)
  const before = m.first - 1 > start && capitalised(words[m.first - 1]!.value) && !punctuationBefore(sentence, m.first)
  return after || before
}

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word)

/** The people a sentence names as a group, not by a person pronoun ("hon", "hänet", which the Swedish and Finnish people lists hold). */
export function namedGroups(sentence: Sentence, f: SentenceFeatures): SentenceFeatures['people'] {
  return f.people.filter((m) => m.first !== m.last || !f.pronounWords.includes(sentence.lower[m.first]!))
}

/**
 * The group a reason names as the people a sentence serves: its first named group that is not the team's own helpers,
 * so that "Our musicians visit older people in care homes" names the older people, not the musicians; the
 * team's helpers when it names no other.
 */
export function servedGroup(sentence: Sentence, f: SentenceFeatures): SentenceFeatures['people'][number] | undefined {
  const named = namedGroups(sentence, f)
  return named.find((m) => !ofOwnHelpers(f, m)) ?? named[0]
}

/**
 * Whether a group of `people` is the team's own helpers (`ownHelpers`), or the word right after such a group,
 * which names them too: "drivers" in "Our volunteer drivers".
 */
export function ofOwnHelpers(f: SentenceFeatures, group: GroupRange): boolean {
  return f.ownHelpers.some((h) => group.first <= h.last + 1 && group.last >= h.first)
}

/**
 * Whether a group is the team's own people who deliver the service, not the people it serves: one of the
 * profile's `helpers` (by its first letters: "volunteers", "personalen", "vapaaehtoisemme") after a team word
 * ("Our volunteers", "våra volontärer", "meidän ohjaajamme") or with the team's ending itself (Finnish
 * "vapaaehtoisemme"). The labelling rules give staff who deliver the service no hero; a question that asks
 * "who is one of them, and what does the problem cost them?" of them asks about the wrong people.
 */
function isOwnHelper(sentence: Sentence, group: {first: number; last: number}, lists: FeatureLists): boolean {
  const helpers = lists.profile.helpers
  if (helpers === undefined) return false
  const head = sentence.lower[group.last]!
  if (!helpers.some((word) => head.startsWith(word))) return false
  const before = sentence.lower[group.first - 1]
  return (before !== undefined && lists.isTeam(before)) || lists.isTeam(sentence.lower[group.first]!)
}

/**
 * Whether a people match is a served organisation named as the place where something happens: after one of
 * the profile's `locatives`, with at most two determiners or capitalised words between ("spent eleven days in
 * hospital", "at Kaukajärvi school", "på biblioteket", "i Borlänge kommun"), or in a case that says so (the
 * profile's `placeEndings`: "kirjastoon", "sairaalassa"). The people there are the story's, not the building's.
 */
function placed(m: {first: number; last: number}, sentence: Sentence, lists: FeatureLists): boolean {
  const lower = sentence.lower
  if (lists.organisations.match(lower.slice(m.first, m.last + 1)).length === 0) return false
  const endings = lists.profile.placeEndings
  if (endings !== undefined && m.first === m.last && endings.some((ending) => lower[m.first]!.endsWith(ending))) return true
  if (lists.locatives.size === 0) return false
  let at = m.first - 1
  for (let skipped = 0; at >= 0 && skipped < 2 && (lists.determiners.has(lower[at]!) || /^\p{Lu}/u.test(sentence.words[at]!.value)); skipped++) at--
  return at >= 0 && lists.locatives.has(lower[at]!)
}

/**
 * The capitalised words a sentence shows to name a place or a thing rather than a person (see
 * `SentenceFeatures.things`). `changeCue` is whether the sentence has a change cue at all, so that most
 * sentences skip the definition test.
 */
function thingWords(sentence: Sentence, lists: FeatureLists, changeCue: boolean): string[] {
  const words = sentence.words
  const lower = sentence.lower
  const found: string[] = []
  const add = (index: number, givenToo = false): void => {
    const value = words[index]!.value
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(value) || (!givenToo && knownGivenName(value.toLowerCase(), lists))) return
    if (!found.includes(value)) found.push(value)
  }
  // "in Visuvesi", "In Kinly, every task has one owner", "i Gävle", "på Hagaskolan"; after `placeLocatives` a
  // given name too, not one that a capitalised word follows ("in Devon", "i Mora", but "in Maria Lind's class").
  if (lists.locatives.size > 0) {
    for (let index = 1; index < lower.length; index++) {
      if (!lists.locatives.has(lower[index - 1]!)) continue
      const next = words[index + 1]
      const fullName = next !== undefined && /^\p{Lu}/u.test(next.value) && !punctuationBefore(sentence, index + 1)
      add(index, lists.placeLocatives.has(lower[index - 1]!) && !fullName)
      // A second place joined by "and" ("in Hillside and Moor End", "i Sundsvall och Härnösand"), not a given
      // name ("in Lempäälä and Maria, 58, …", "i Örebro och Daniel är systemutvecklare").
      const joined = index + 2 < words.length && lists.and.has(lower[index + 1]!) && !punctuationBefore(sentence, index + 1) && !punctuationBefore(sentence, index + 2)
      if (joined && found.includes(words[index]!.value)) add(index + 2)
    }
  }
  // "watching the Eden come up", "the Willow Room": after `thingArticles`, a given name too.
  if (lists.thingArticles.size > 0) {
    for (let index = 1; index < lower.length; index++) if (lists.thingArticles.has(lower[index - 1]!) && !punctuationBefore(sentence, index)) add(index, true)
  }
  // "Kinly is a mobile app with …", "BoPortalen är en app …": the sentence defines its first word as the solution.
  if (changeCue && lists.copulas.has(lower[1] ?? '') && lists.cues.change.match(lower.slice(2, 8)).some((m) => m.data > 0)) add(0)
  // A heading that opens with a name and a colon names the pitch: "Tyhjä: bulky-waste pickup …", "Snowline: our story".
  if (sentence.kind === 'heading' && words.length > 1 && sentence.tokens[sentence.tokens.indexOf(words[0]!) + 1]?.value === ':') add(0)
  return found
}

/** Whether the word at `index` is a person pronoun; a plural one before a definite plural noun is an article (sv "de förväntade effekterna"). */
function personPronoun(lower: readonly string[], index: number, lists: FeatureLists): boolean {
  const word = lower[index]!
  if (!lists.pronouns.has(word)) return false
  return !(lists.plural.has(word) && lower.slice(index + 1, index + 3).some((next) => next.length >= 6 && lists.definitePlural.some((ending) => next.endsWith(ending))))
}

/** Whether a lower-case word is a given name the language knows (compromise's lexicon, or the profile's `givenNames` with its endings). */
function knownGivenName(word: string, lists: FeatureLists): boolean {
  return lists.profile.code === 'en' ? givenNameTag(word) || lists.givenNames.has(word) : givenName(word, lists)
}

/** Whether `name` (as a sentence has it: "Tyhjän", "Kinly") is the word `thing`, bare or with one of the language's name endings. */
function sameWord(name: string, thing: string, lists: FeatureLists): boolean {
  return name === thing || (name.startsWith(thing) && lists.nameEndings.includes(name.slice(thing.length)))
}

/** The features of a whole pitch's sentences: `featuresOf`, then `inDocument`. The engine does the same, with its cache between. */
export function pitchFeatures(sentences: readonly Sentence[], lists: FeatureLists): SentenceFeatures[] {
  return inDocument(sentences, featuresOf(sentences, lists), lists)
}

const readInDocument = new WeakMap<SentenceFeatures, {key: string; value: SentenceFeatures}>()

/**
 * The features of a pitch's sentences as the whole pitch reads them. A
 * sentence's own features are worked out (and cached) by its text alone; a
 * few facts only the rest of the pitch tells:
 *
 * - a name the pitch shows to be a place or a thing anywhere (`things`: "in
 *   Visuvesi", "Kinly is a mobile app", "Snowline: our story") names no
 *   person in any of its sentences ("Visuvesi is not unique", "Snowline
 *   started at a kitchen table");
 * - a name the pitch gives an animal ("Rufus, a calm golden retriever")
 *   names no person either ("pupils read to Rufus");
 * - a given name the pitch shows to be a person's elsewhere (a tagged name)
 *   names that person at the start of a sentence, where every word has a
 *   capital ("Jonna did not call", "Jonna's eighteenth birthday");
 * - a sentence with no quotation mark, after one of its block that ends
 *   inside a quotation, is quoted whole, in the same voice: in "“We talked
 *   about it for years. Every year we gave up. This time we said yes,” says
 *   Raili", the middle sentence is Raili's too;
 * - a sum of money right under a heading that names the amount applied for
 *   ("Amount requested" / "£48,500 over two years.", "**Haettava summa**" /
 *   "2 400 €") states the ask, as the same words on one form line do
 *   (`amountAsked`, `amountUnder`).
 *
 * Such a sentence gets a copy of its features without those names (and
 * whether a person opens it worked out again), or with its voice worked out
 * again; every other sentence keeps its own object, and the same sentence in
 * the same pitch gets the same copy, so the scoring cache sees no change
 * where there is none.
 */
export function inDocument(sentences: readonly Sentence[], features: readonly SentenceFeatures[], lists: FeatureLists): SentenceFeatures[] {
  const things: string[] = []
  for (const f of features) for (const word of [...f.things, ...f.animals]) if (!things.includes(word)) things.push(word)
  // 0: not run on; 1: runs on someone else's quotation; 2: runs on the team's.
  const runsOn = new Uint8Array(features.length)
  let open = false
  let teamVoice = false
  features.forEach((f, index) => {
    if (index === 0 || sentences[index]!.block !== sentences[index - 1]!.block) open = false
    if (open && !f.quoteMarks) {
      runsOn[index] = teamVoice ? 2 : 1
      return
    }
    open = f.quoteOpen
    teamVoice = f.teamVoice
  })
  // The given names the pitch shows to be people's (a tagged name, not a place or a thing it names elsewhere).
  const persons: string[] = []
  for (const f of features) {
    if (!f.namesTagged) continue
    for (const name of f.names) {
      const given = name.split(' ')[0]!
      if (!persons.includes(given) && !things.some((thing) => sameWord(given, thing, lists))) persons.push(given)
    }
  }
  const running = features.map((f, index) => runningQuestion(sentences[index]!, f))
  const amounts = features.map((_f, index) => amountUnder(sentences, features, index, lists))
  if (things.length === 0 && persons.length === 0 && !runsOn.includes(1) && !runsOn.includes(2) && !running.includes(true) && !amounts.some(Boolean)) return [...features]
  return features.map((f, index) => {
    const kept = f.names.length === 0 || things.length === 0 ? f.names : f.names.filter((name) => !things.some((thing) => sameWord(name, thing, lists)))
    const named = persons.length === 0 ? [] : knownPersons(sentences[index]!, kept, persons, lists)
    const voiced = runsOn[index]!
    const inText = running[index]!
    const amount = amounts[index]
    if (kept.length === f.names.length && named.length === 0 && voiced === 0 && !inText && !amount) return f
    const key = [...kept, ...named].join('\n') + '\u0000' + voiced + (inText ? '\u0000?' : '') + (amount ? '\u0000€' + amount.phrase : '')
    const known = readInDocument.get(f)
    if (known?.key === key) return known.value
    const sentence = sentences[index]!
    const value: SentenceFeatures = {...f}
    if (kept.length !== f.names.length || named.length > 0) {
      value.names = [...kept, ...named]
      value.namesTagged = named.length > 0 || (kept.length > 0 && f.namesTagged)
      value.personFirst = opensWithPerson(sentence, f.people, value.names, (_word, at) => personPronoun(sentence.lower, at, lists))
    }
    if (voiced !== 0) {
      const whole = [{first: 0, last: sentence.words.length - 1}]
      const {team, teamSubjectAt, speech} = voice(sentence.lower, lists, voiced === 2 ? [] : whole)
      value.quotes = whole
      value.quoteOpen = true
      value.teamVoice = voiced === 2
      value.team = team
      value.teamSubjectAt = teamSubjectAt
      value.teamSubject = teamSubjectAt >= 0
      value.speech = speech
      value.afterState = f.aims === 0 && teamSubjectAt < 0 ? afterStateWords(sentence.lower, lists) : undefined
    }
    if (inText) {
      value.titleLike = false
      value.neutral = false
    }
    if (amount) {
      value.cues = {...f.cues, ask: [amount, ...f.cues.ask.filter((hit) => hit.first > amount.last || hit.last < amount.first)]}
      value.cueScore = {...f.cueScore, ask: value.cues.ask.reduce((sum, hit) => sum + hit.weight, 0)}
    }
    readInDocument.set(f, {key, value})
    return value
  })
}

/**
 * A sum of money that is the first sentence under a heading or a line of its own that names the amount applied
 * for (one of the profile's `amountLabels`, the whole line: "Amount requested", "**Haettava summa**", "Sökt
 * belopp:"): an ask cue of `amountWeight` over the sum, as `amountAsked` gives
 * the same words on one form line. `undefined` for any other sentence, and where the sentence asks so already.
 */
function amountUnder(sentences: readonly Sentence[], features: readonly SentenceFeatures[], index: number, lists: FeatureLists): CueHit | undefined {
  const f = features[index]!
  if (index === 0 || !f.money || f.cues.ask.some((hit) => hit.weight >= amountWeight)) return undefined
  const above = sentences[index - 1]!
  if (above.block === sentences[index]!.block && above.kind !== 'heading') return undefined
  const label = above.lower.join(' ')
  if (!lists.amountLabels.has(label)) return undefined
  // The sum: its first figure, with the digit groups that follow it ("2 400") and a currency word after them
  // ("2 400 euroa"); a sign before it is no word ("£48,500").
  const lower = sentences[index]!.lower
  const first = f.numbers[0]!
  let last = first
  while (f.numbers.includes(last + 1) && /^\d{3}$/.test(lower[last + 1]!)) last++
  if (last + 1 < lower.length && lists.currencies.test(lower.slice(last + 1, last + 2))) last++
  return {phrase: label, first, last, weight: amountWeight, amount: true}
}

/**
 * Whether a sentence states the amount applied for: a form line ("**Amount applied for:** 12,800 €") or the sum
 * under such a heading ("## Amount requested" / "£48,500 over two years."). The labelling rules call it the ask.
 */
export function statesAmount(f: SentenceFeatures): boolean {
  return f.cues.ask.some((hit) => hit.amount === true)
}

/**
 * A question that follows another sentence of its paragraph is running text, not a title on a line of its
 * own ("We also have a waiting list of 90 children. Could you put 60 more instruments in next year's
 * budget?"): alone, a short question reads as a title (`titleLike`), and the sentence alone cannot tell
 * where it stands. It may still open a section, as a rhetorical question does ("Why do so many young people
 * feel that nobody would notice …?" before the problem's sentences).
 */
function runningQuestion(sentence: Sentence, f: SentenceFeatures): boolean {
  return f.titleLike && f.question && sentence.kind === 'paragraph' && !sentence.firstInBlock
}

/**
 * The given name of `persons` (names the pitch shows to be people's) that opens a sentence which does not
 * read it as a name itself, bare or with a possessive or a case ending ("Jonna did not call", "Jonna's
 * eighteenth birthday"): at the start every word has a capital, so the sentence alone cannot tell. Elsewhere
 * the sentence's own reading stands ("children like Leo": after a preposition, a capitalised word is a
 * place more often than a person; reading it as Leo there took a change sentence's evidence away).
 */
function knownPersons(sentence: Sentence, names: readonly string[], persons: readonly string[], lists: FeatureLists): string[] {
  const first = sentence.words[0]
  if (first === undefined) return []
  const value = first.value.replace(/['’]s$/, '')
  if (notAName(value.toLowerCase(), 0, lists)) return []
  const person = upper.test(value) ? persons.find((given) => sameWord(value, given, lists)) : undefined
  if (person === undefined || names.some((name) => name.split(' ').some((part) => sameWord(part, person, lists)))) return []
  return [person]
}

/** A capitalised word that could be a name. */
export interface NameCandidate {
  value: string
  index: number
  /** `Name, 91` or `Name, a …` (an age or an appositive). */
  appositive: boolean
}

/** Whether a word is no name where it stands: the profile's `notNames` anywhere, its `openingNotNames` as a sentence's first word. */
function notAName(lower: string, index: number, lists: FeatureLists): boolean {
  return lists.notNames.has(lower) || (index === 0 && lists.openingNotNames.has(lower))
}

/** Capitalised words that could be names: not on the language's list of capitalised non-names, not a role or the team. */
function nameCandidates(sentence: Sentence, lists: FeatureLists): NameCandidate[] {
  const candidates: NameCandidate[] = []
  const tokens = sentence.tokens
  sentence.words.forEach((word, index) => {
    const value = word.value
    if (!upper.test(value) || allCaps.test(value) || value.length < 2) return
    const lower = sentence.lower[index]!
    if (notAName(lower, index, lists) || lists.people.test([lower]) || lists.isTeam(lower)) return
    if (inPlaceCase(sentence, index, lists)) return
    // "Rufus, a calm golden retriever": an animal's name.
    if (animalName(sentence, index, lists)) return
    const comma = tokens[tokens.indexOf(word) + 1]?.value === ','
    const after = sentence.words[index + 1]
    const appositive = comma && after !== undefined && (digit.test(after.value) || lists.numberWords.has(after.value.toLowerCase()) || (after.value.length <= 2 && lists.profile.code === 'en'))
    candidates.push({value, index, appositive})
  })
  return candidates
}

/**
 * Whether the word at `index` is in one of the profile's `placeCases` ("Kajaanissa", "Wilmassa"): a place or a
 * system, no person, unless the word as it stands is a given name ("Vanessa") or a surname after a known given
 * name ("Aino Mussa").
 */
function inPlaceCase(sentence: Sentence, index: number, lists: FeatureLists): boolean {
  const lower = sentence.lower[index]!
  const cases = lists.profile.placeCases
  if (cases === undefined || !cases.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending))) return false
  if (listedGivenName(lower, lists)) return false
  return !(index > 0 && upper.test(sentence.words[index - 1]!.value) && givenName(sentence.lower[index - 1]!, lists))
}

/**
 * Whether the word at `index` is an animal's name: a comma after it, and one
 * of the profile's `animals` within the next six words ("Rufus, a calm golden
 * retriever").
 */
function animalName(sentence: Sentence, index: number, lists: FeatureLists): boolean {
  const tokens = sentence.tokens
  return tokens[tokens.indexOf(sentence.words[index]!) + 1]?.value === ',' && lists.animals.test(sentence.lower.slice(index + 1, index + 7))
}

/** The capitalised words of a sentence that are animals' names (see `animalName`). */
function animalNames(sentence: Sentence, lists: FeatureLists): string[] {
  return sentence.words.filter((word, index) => upper.test(word.value) && animalName(sentence, index, lists)).map((word) => word.value)
}

/**
 * English candidates compromise's lexicon does not know but that look like given names: only the tagger can tell.
 * Left out before asking it, because compromise's lexicon holds few common nouns and its tagger calls most
 * capitalised words before a verb a person:
 * - a familiar English word (the Dale–Chall list, also as a plural): "Trees provide shade", "Lessons learned",
 *   or one with a common noun's ending ("Sessions focus on …", "Advisers also held …");
 * - any word of a heading, where every word may be capitalised: "Homework Corner at Hervanta Library";
 * - a word next to another capitalised word inside the sentence, part of a longer proper name: "Community
 *   Pantry", "Ravintola Kivi", "OpenLab Nordic";
 * - a word after a preposition, a place more often than a person: `in Kotka`, `from Nagu`, `to Kalmia`
 *   (compromise's lexicon or the profile's list: it calls `to` a conjunction), or after an article;
 * - the first word of a sentence, where every word has a capital, unless an age or an appositive follows it, the
 *   profile's `givenNames` know it ("Raimo walks …"; `taggerPlan` makes such a name a name without the tagger)
 *   or a capitalised word follows it ("Hamest Melikyan confessed"): before a verb the tagger calls a product, a
 *   place or a noun a person ("Kinly sends …", "Status goes on the city website", "Culture should be for
 *   everyone"). A name the pitch gives elsewhere is still found at the start (`knownPersons`).
 */
function unknownNames(sentence: Sentence, candidates: readonly NameCandidate[], prepositions: ReadonlySet<string>, given: ReadonlySet<string>): NameCandidate[] {
  const words = lexicon()
  if (sentence.kind === 'heading') return []
  // Another capitalised word right beside it that is not a known given name ("Maria Svensson"), unless the two
  // are a full name of unknown words alone ("Hamest Melikyan confessed"): the tagger decides those.
  const plain = (index: number): boolean => {
    const value = sentence.words[index]!.value
    return /^\p{Lu}\p{Ll}{2,11}$/u.test(value) && !words.has(value.toLowerCase()) && !familiar(value.toLowerCase())
  }
  // A sentence's first word has its capital from where it stands: a verb or a function word there is no part
  // of a proper name ("Meet Raimo", "Ask Pirjo", "When Jukka …").
  const opens = sentence.lower.length > 0 && openingWord(sentence.lower[0]!, words)
  const joined = (index: number, neighbour: number): boolean => {
    if (!capitalisedBeside(sentence, index, neighbour) || givenNameTag(sentence.words[neighbour]!.value.toLowerCase())) return false
    if (neighbour === 0 && opens) return false
    // A run of three capitalised words, or a neighbour that is no plain unknown word, is a longer proper name.
    const further = capitalisedBeside(sentence, neighbour, neighbour < index ? neighbour - 1 : neighbour + 1)
    const wider = capitalisedBeside(sentence, index, neighbour < index ? index + 1 : index - 1)
    return further || wider || !plain(neighbour)
  }
  return candidates.filter((candidate) => {
    const value = candidate.value.replace(/['’]s$/, '')
    const lower = value.toLowerCase()
    if (!/^\p{Lu}\p{Ll}{2,7}$/u.test(value)) return false
    // An age or an appositive after it keeps a name that is also a common word: "Ivy, 84, waits …".
    // A word the lexicon files only as a common noun is read like an unknown one inside a sentence, where its
    // capital says something ("twelve-year-old Leo stopped"), or with an age ("Max, 9,"); at the start, where every
    // word has a capital, it stays a noun.
    const noun = (candidate.index > 0 || candidate.appositive) && bareNoun(lower)
    if (words.has(lower) && !surname(lower) && !noun) return false
    if ((!words.has(lower) || noun) && !candidate.appositive && (familiar(lower) || commonNoun.test(lower))) return false
    if (joined(candidate.index, candidate.index - 1) || joined(candidate.index, candidate.index + 1)) return false
    if (candidate.index === 0 && !candidate.appositive && !given.has(lower) && !capitalisedBeside(sentence, 0, 1)) return false
    // The word before the name, or before its first part when it is a full name ("in Västra Götaland").
    const start = capitalisedBeside(sentence, candidate.index, candidate.index - 1) && !(candidate.index === 1 && opens) ? candidate.index - 1 : candidate.index
    if (start === 0) return true
    const previous = sentence.lower[start - 1]!
    return !words.get(previous)?.includes('Preposition') && !prepositions.has(previous) && !articles.has(previous)
  })
}

/**
 * Names as a reader would write them: a name found alone, with the capitalised words right beside it that
 * complete it to a full name ("Jonna Virtanen", "Hamest Melikyan", "Anna Lindqvist, 54,"), at most three
 * words. Before the name stands a known given name, or in English an unknown word that looks like one;
 * after it, a word that could be a surname.
 */
function fullNames(sentence: Sentence, names: readonly string[], lists: FeatureLists): string[] {
  if (names.length === 0) return []
  const words = sentence.words
  const bare = (index: number): string => words[index]!.value.replace(/['’]s$/, '')
  const english = lists.profile.code === 'en'
  const nameShaped = (index: number): boolean => {
    const lower = bare(index).toLowerCase()
    return (
      /^\p{Lu}\p{Ll}{1,14}(?:-\p{Lu}\p{Ll}+)?$/u.test(bare(index)) &&
      !notAName(lower, index, lists) &&
      !lists.people.test([lower]) &&
      !lists.isTeam(lower) &&
      !(english && (familiar(lower) || commonNoun.test(lower)))
    )
  }
  // Before a name: a known given name, or in English an unknown word (`Hamest`), not a word the lexicon knows (`Yesterday`).
  const before = (index: number): boolean => {
    const lower = bare(index).toLowerCase()
    return nameShaped(index) && (knownGivenName(lower, lists) || (english && !lexicon().has(lower)))
  }
  // After a name: a word that could be a surname, the last of the full name ("Virtanen", "Lindqvist", "Melikyan").
  const after = (index: number): boolean => {
    const lower = bare(index).toLowerCase()
    return nameShaped(index) && (!english || !lexicon().has(lower) || surname(lower) || givenNameTag(lower))
  }
  const out: string[] = []
  for (let index = 0; index < words.length; index++) {
    if (!names.includes(bare(index))) continue
    let first = index
    let last = index
    while (last - first < 2 && capitalisedBeside(sentence, last, last + 1) && after(last + 1)) last++
    while (last - first < 2 && capitalisedBeside(sentence, first, first - 1) && before(first - 1)) first--
    const parts: string[] = []
    for (let k = first; k <= last; k++) parts.push(bare(k))
    const full = parts.join(' ')
    if (!out.includes(full)) out.push(full)
    index = last
  }
  // A name the words did not give back as written (a case the tagger found another way) stays as it was.
  for (const name of names) if (!out.some((full) => full.split(' ').includes(name))) out.push(name)
  return out
}

/** Whether the word at `neighbour` is capitalised and only a space away from the word at `index` (`Wikimedia Sverige`). */
function capitalisedBeside(sentence: Sentence, index: number, neighbour: number): boolean {
  const word = sentence.words[index]
  const other = sentence.words[neighbour]
  if (word === undefined || other === undefined || !upper.test(other.value)) return false
  return neighbour < index ? word.start - other.end <= 1 : other.start - word.end <= 1
}

/** The fewest letters before a compound's people head ("lapsi|perheet", "barn|familjer"): a shorter start is part of another word. */
const compoundStart = 3

/** How many words `compoundHeadOf` remembers before it starts again: a long editing session meets new words without end. */
const rememberedHeads = 20_000

/**
 * The people head a word ends in, by a profile's `compoundHeads`: an entry that the end of the word matches
 * after at least `compoundStart` letters, a stem (`perhe*`) with no more letters after it than `compoundRest`
 * allows, and the end not one of `notPeople` ("elevrådet"). The longest head wins ("nuoriso|työntekijä").
 * Words repeat, so each is worked out once.
 */
function compoundHeadOf(profile: LanguageProfile, notPeople: PhraseSet): ((word: string) => string | undefined) | undefined {
  const rest = profile.compoundRest
  const entries = profile.compoundHeads
  if (rest === undefined || entries === undefined || entries.length === 0) return undefined
  const exact = new Set(entries.filter((entry) => !entry.endsWith('*')))
  const stems = new Map(entries.filter((entry) => entry.endsWith('*')).map((entry) => [entry.slice(0, -1), entry]))
  const lengths = [...new Set([...stems.keys()].map((stem) => stem.length))].sort((a, b) => a - b)
  const known = new Map<string, string | undefined>()
  const find = (word: string): string | undefined => {
    for (let at = compoundStart; at < word.length; at++) {
      const end = word.slice(at)
      let entry = exact.has(end) ? end : undefined
      for (const length of lengths) {
        if (entry !== undefined || length > end.length) break
        if (end.length - length <= rest) entry = stems.get(end.slice(0, length))
      }
      if (entry !== undefined && !notPeople.test([end])) return entry
    }
    return undefined
  }
  return (word) => {
    if (known.size >= rememberedHeads) known.clear()
    if (!known.has(word)) known.set(word, word.length > compoundStart + 2 ? find(word) : undefined)
    return known.get(word)
  }
}

/**
 * People a compound names by its head, in a language that writes compounds as one word: the head, its last
 * part, is what the word is, so "lapsiperheet" (families with children), "ekaluokkalaiset" and "barnfamiljer"
 * name people as "perheet" and "familjer" do (`compoundHeadOf`). Only words no people entry matches from their
 * start.
 */
function compoundPeople(lower: readonly string[], matched: ReadonlyArray<{first: number; last: number}>, lists: FeatureLists): Array<PhraseMatch<undefined>> {
  const head = lists.compoundHead
  const found: Array<PhraseMatch<undefined>> = []
  if (head === undefined) return found
  lower.forEach((word, index) => {
    const phrase = head(word)
    if (phrase !== undefined && !matched.some((m) => m.first <= index && index <= m.last)) found.push({first: index, last: index, phrase, data: undefined})
  })
  return found
}

/** compromise's lexicon tags of words that open a sentence without naming anything: verbs and function words. */
const openingTags: ReadonlySet<string> = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Imperative', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord', 'Pronoun', 'Copula', 'Modal', 'Auxiliary'])

/** Whether `word` (lower case) is, by compromise's lexicon, a verb or a function word (see `openingTags`). */
function openingWord(word: string, words: ReadonlyMap<string, readonly string[]>): boolean {
  return words.get(word)?.some((tag) => openingTags.has(tag)) ?? false
}

/** After an article a capitalised word names a thing or a place ("the Lapland wellbeing services county"), not a person. */
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an'])

const familiarWords: ReadonlySet<string> = new Set(daleChall)

/** A word of the Dale–Chall list of familiar English words, or its plural ("trees", "classes"). */
function familiar(word: string): boolean {
  return familiarWords.has(word) || (word.endsWith('s') && familiarWords.has(word.slice(0, -1))) || (word.endsWith('es') && familiarWords.has(word.slice(0, -2)))
}

/**
 * Person names. Capitalised words that are not on the language's list of
 * capitalised non-names are candidates (`nameCandidates`). A sentence's first
 * word is a candidate too, but stands as a name only on evidence: an
 * appositive with an age (`Sirkka, 91, …`) in every language, or
 * compromise's tagger in English.
 *
 * English: compromise tags people it knows (`Maria`, `Britt`); a candidate it
 * does not know (`Jonna`, `Raimo`) is taken as a given name when it looks like
 * one (3–8 letters, one capital) and a verb follows it (`Jonna turned
 * eighteen`) or an age or appositive does (`Eino, a 71-year-old …`), or it
 * follows a verb that attributes the quotation before it (`“…,” says Raili
 * Lehto`: `speakers`), unless compromise calls it a place or an
 * organisation.
 */
function englishNames(plan: TaggerPlan, tagged: () => Tagging, speakers: ReadonlySet<number>, lower: readonly string[]): {names: string[]; tagged: boolean} {
  if (plan.candidates.length === 0) return {names: [], tagged: false}
  // The tagger's lexicon and the profile's `givenNames` first: a known given name is a name, a known other
  // word is not, and only an unknown word that could be a name, or a known surname (`Lund`, `Moss`: as often a
  // place), needs the (slow) tagger.
  const names: string[] = []
  for (const candidate of plan.candidates) {
    const value = candidate.value.replace(/['’]s$/, '')
    if (givenNameTag(value.toLowerCase())) names.push(value)
  }
  for (const candidate of plan.given) names.push(candidate.value.replace(/['’]s$/, ''))
  if (plan.unknown.length === 0) return {names: [...new Set(names)], tagged: true}
  const {people, elsewhere, terms} = tagged()
  for (const candidate of plan.unknown) {
    const value = candidate.value.replace(/['’]s$/, '')
    if (people.has(value)) {
      names.push(value)
      continue
    }
    if (elsewhere.has(value)) continue
    if (candidate.appositive) {
      names.push(value)
      continue
    }
    // This candidate's own term, not the first of the same word ("Kylbox's reusable boxes …, on condition that
    // Kylbox signed"): the one whose next word is the candidate's next word. A window of the sentence and the whole
    // sentence then read the same term (the tagger reads windows around unknown candidates only).
    const same = (term: {text: string}): boolean => term.text.replace(/['’]s$/, '') === value
    const following = lower[candidate.index + 1]
    const own = following === undefined ? -1 : terms.findIndex((term, k) => same(term) && terms[k + 1]?.text.toLowerCase() === following)
    const t = own !== -1 ? own : terms.findIndex(same)
    const next = [terms[t + 1], terms[t + 2]]
    // `Feedback is collected …`: the subject of a passive is rarely a person's name.
    if (next[0]?.tags.includes('Auxiliary') || (next[0]?.tags.includes('Copula') && next[1]?.tags.includes('PastTense'))) continue
    // `in Kotka`, `from Nagu`: after a preposition it is a place more often than a person.
    if (terms[t - 1]?.tags.includes('Preposition')) continue
    const verb = next[0]?.tags.includes('Verb') || (next[0]?.tags.includes('Adverb') && next[1]?.tags.includes('Verb')) || (next[0]?.text === 'now' && next[1]?.tags.includes('Verb'))
    // `“…,” says Raili Lehto`, `“…,” wrote Tove`: the speaker of a quotation.
    if (t !== -1 && (verb || speakers.has(candidate.index))) names.push(value)
  }
  return {names: [...new Set(names)], tagged: true}
}

/**
 * Person names in a language without a tagger (Swedish, Finnish): the
 * speaker a verb names right after a quotation ("”…”, säger Aili
 * Korhonen"), or else the non-initial candidates that look like a given
 * name and are not part of a longer proper name. Their case endings do not hide them, because the word
 * is kept whole. A known given name (`givenName`) or an age appositive makes
 * them a person's name (`tagged`); otherwise they are only capitalised
 * words, as often an organisation, a project or a place.
 */
function untaggedNames(sentence: Sentence, lists: FeatureLists, speakers: ReadonlySet<number>): {names: string[]; tagged: boolean} {
  const candidates = nameCandidates(sentence, lists)
  if (candidates.length === 0) return {names: [], tagged: false}
  // The speaker of a quotation, right after the verb that attributes it, is a person: "”…”, säger Aili
  // Korhonen", "”…”, sanoo Aili".
  const speaker = candidates.find((c) => speakers.has(c.index) && /^\p{Lu}\p{Ll}+$/u.test(c.value))
  if (speaker) return {names: [speaker.value], tagged: true}
  // One capital, a short word (room for a case ending: `Ainolle`), not next to another capitalised
  // word (`Wikimedia Sverige`).
  const looksLikeName = (c: {value: string; index: number}): boolean => {
    // A double given name ("Karl-Erik", "Anna-Liisan") is one name when both parts are given names.
    if (!/^\p{Lu}\p{Ll}{2,9}$/u.test(c.value) && !(/^\p{Lu}\p{Ll}{2,9}-\p{Lu}\p{Ll}{2,9}$/u.test(c.value) && givenName(c.value.toLowerCase(), lists))) return false
    // A known given name and one capitalised word after it are a full name, not a longer proper name: "Anna Lindqvist".
    const given = (index: number): boolean => givenName(sentence.lower[index]!, lists)
    const fullName = (a: number): boolean => given(a) && !capitalisedBeside(sentence, a + 1, a + 2) && !(a > 1 && capitalisedBeside(sentence, a, a - 1))
    const nextFree = !capitalisedBeside(sentence, c.index, c.index + 1) || fullName(c.index)
    const previousFree = !(c.index > 1 && capitalisedBeside(sentence, c.index, c.index - 1)) || fullName(c.index - 1)
    return nextFree && previousFree
  }
  // A sentence's first word is capitalised anyway: it is a name only as a known given name ("Leif sover i
  // fåtöljen", "Aleksi asuu nyt …") or with an age.
  const names = candidates.filter((c) => (c.index > 0 || c.appositive || givenName(c.value.toLowerCase(), lists)) && looksLikeName(c))
  const people = names.filter((c) => c.appositive || givenName(c.value.toLowerCase(), lists))
  if (people.length > 0) return {names: people.map((c) => c.value), tagged: true}
  return {names: names.map((c) => c.value), tagged: false}
}

const nameTag = /Name$|^Person$/

/** Whether compromise's lexicon knows a word as a given name (`Maria`, `Elias`), not only as a surname. */
function givenNameTag(word: string): boolean {
  return lexicon().get(word)?.some((tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName' || tag === 'Person') ?? false
}

/**
 * Whether compromise's lexicon knows a word only as a noun, with no other reading (`leo`, `max`): a given
 * name it files as a common noun. Such a word, capitalised inside a sentence, is read like an unknown one:
 * the tagger and the familiar-word list decide ("twelve-year-old Leo stopped going to football"; "the Home"
 * stays a word).
 */
function bareNoun(word: string): boolean {
  const tags = lexicon().get(word)
  return tags !== undefined && tags.every((tag) => tag === 'Noun' || tag === 'Singular')
}

/** Whether compromise's lexicon knows a word only as a surname (`Lund`, `Moss`), which is as often a place. */
function surname(word: string): boolean {
  const tags = lexicon().get(word)
  return tags !== undefined && tags.every((tag) => tag === 'LastName')
}

/**
 * The given name a lower-case word inflects, when it is not a given name itself but one with one of the
 * language's `nameEndings` ("sannan" → "sanna", "theos" → "theo"); otherwise `undefined` ("jonas", "elias"
 * and "mikon", whose stem changes, stay as they are).
 */
export function givenNameBase(word: string, lists: FeatureLists): string | undefined {
  return listedGivenName(word, lists) ? undefined : inflectedGivenName(word, lists)
}

/** The given name of at least three letters that a lower-case word is with one of the language's `nameEndings`, or `undefined`. */
function inflectedGivenName(word: string, lists: FeatureLists): string | undefined {
  for (const ending of lists.nameEndings) {
    if (ending !== '' && word.length - ending.length >= 3 && word.endsWith(ending) && listedGivenName(word.slice(0, -ending.length), lists)) return word.slice(0, -ending.length)
  }
  return undefined
}

/** Whether a lower-case word, as it stands, is a given name in the profile's `givenNames` or compromise's lexicon. */
function listedGivenName(word: string, lists: FeatureLists): boolean {
  return lists.givenNames.has(word) || (lexicon().get(word)?.some((tag) => nameTag.test(tag)) ?? false)
}

/** English endings of common nouns that no given name has: "Sessions", "Advisers", "Awareness", "Housing". */
const commonNoun = /(?:ions|ers|ness|ments?|ity|ities|ings)$/

/** Whether a lower-case word is a given name in compromise's lexicon or the profile's list, bare or with one of the language's inflection endings. */
function givenName(word: string, lists: FeatureLists): boolean {
  const hyphen = word.indexOf('-')
  if (hyphen > 0) return givenName(word.slice(0, hyphen), lists) && givenName(word.slice(hyphen + 1), lists)
  return listedGivenName(word, lists) || inflectedGivenName(word, lists) !== undefined
}
