/**
 * The public data types of pitch-coach: the options it takes and the report
 * it gives. Everything here is plain, JSON-serialisable data, so a report can
 * cross a worker boundary, be written to disk or be validated by the JSON
 * Schema in `schema/report.schema.json`.
 *
 * @module
 */

/** The five narrative elements a pitch is read for. */
export type Element = 'problem' | 'hero' | 'change' | 'outcome' | 'ask'

/** Every element, in story order. */
export const elements: readonly Element[] = Object.freeze([
  'problem',
  'hero',
  'change',
  'outcome',
  'ask'
])

/** A language pitch-coach coaches in. */
export type Language = 'en' | 'sv' | 'fi'

/** A language option: a language, or `'auto'` to detect it from the text. */
export type LanguageOption = Language | 'auto'

/** How sure the coach is about an element. */
export type ElementStatus = 'present' | 'weak' | 'missing'

/** How serious a finding is. */
export type Severity = 'info' | 'warning' | 'error'

/** A place in the input: 1-based line and column, 0-based UTF-16 offset. */
export interface Point {
  /** Line, 1-based. */
  line: number
  /** Column, 1-based, in UTF-16 code units. */
  column: number
  /** Offset from the start of the input, in UTF-16 code units. */
  offset: number
}

/** A range in the input (a unist position). `end` is exclusive. */
export interface Position {
  start: Point
  end: Point
}

/** A piece of the input: `text === input.slice(position.start.offset, position.end.offset)`. */
export interface Span {
  /** The exact source text of the span. */
  text: string
  /** Where it is. */
  position: Position
}

/** One unit of prose (a sentence, a heading or a list item's sentence). */
export interface SentenceReport extends Span {
  /** The narrative elements this sentence carries, in story order. */
  roles: Element[]
}

/** A sentence that carries an element, and why the coach thinks so. */
export interface Evidence extends Span {
  /** How strongly this sentence carries the element, 0..1. */
  score: number
  /** Short human reasons, such as `names a person: Maria`. */
  reasons: string[]
}

/** What the coach found for one element. */
export interface ElementReport {
  /** `present`, `weak` or `missing`. */
  status: ElementStatus
  /** Confidence that the element is clearly there, 0..1. */
  score: number
  /** The sentences that carry it, strongest first. */
  evidence: Evidence[]
}

/** The five elements. */
export type Structure = Record<Element, ElementReport>

/** A mentor's question about a weak or missing element. */
export interface Question {
  element: Element
  question: string
  /**
   * The words of the pitch the question quotes, when it quotes any: the
   * source from the quote's first word to its last, markup included (the
   * question's own quote leaves out markup and any quotation mark the cut
   * left unpaired). An editor can point at it.
   */
  quoted?: Span
}

/** Randy Olson's Narrative Index (And, But, Therefore). */
export interface NarrativeIndex {
  /** Count of "and" (and its equivalents in the language). */
  ands: number
  /** Count of "but" (and its equivalents). */
  buts: number
  /** Other contrast words: "however", "yet", … */
  contrasts: number
  /** Consequence words: "therefore", "so", … */
  consequences: number
  /** `100 · buts / ands`, or `null` without any "and". */
  value: number | null
  /** "and"s per 100 words. */
  andFrequency: number
  /** Words counted. */
  words: number
  /** Why the figure should be read with care, or `null` when it can be trusted. */
  caveat: string | null
}

/** Björnsson's LIX bands. */
export type LixBand = 'very easy' | 'easy' | 'medium' | 'hard' | 'very hard'

/** Document-level readability figures. A formula that does not apply to the language is `null`. */
export interface Readability {
  fleschReadingEase: number | null
  fleschKincaidGrade: number | null
  gunningFog: number | null
  smog: number | null
  colemanLiau: number | null
  automatedReadability: number | null
  daleChall: number | null
  spache: number | null
  /** Läsbarhetsindex: words per sentence + percentage of words over six letters. */
  lix: number | null
  /** Björnsson's band for `lix`. */
  lixBand: LixBand | null
  /** Ordvariationsindex (Swedish lexical variation); `null` for other languages. */
  ovix: number | null
}

/** Estimated speaking time. */
export interface SpeakingTime {
  /** `words / wordsPerMinute · 60`, rounded to whole seconds. */
  seconds: number
  wordsPerMinute: number
  /** The slot, when a preset or option sets one. */
  limitSeconds?: number
  /** Seconds over the slot, when over. */
  overBy?: number
}

/** A finding, as a plain object (the data of a vfile message). */
export interface PitchMessage {
  /** The rule's id, such as `hedge`. */
  ruleId: string
  /** Always `pitch-coach`. */
  source: 'pitch-coach'
  /** One short sentence. */
  reason: string
  severity: Severity
  /** Exactly the words the finding is about. */
  place: Position
  /** The text the finding is about. */
  actual?: string
  /** Suggested replacements (may be empty: "remove it"). */
  expected?: string[]
  /** The longer explanation. */
  note?: string
  /** The rule's documentation page. */
  url?: string
}

/** Counts. */
export interface Stats {
  words: number
  sentences: number
  paragraphs: number
}

/** An organiser's judging criterion with the status of the element it is judged on. */
export interface CriterionReport {
  name: string
  element: Element
  description?: string
  status: ElementStatus
  score: number
}

/** The report pitch-coach makes from one pitch. */
export interface PitchReport {
  /** The language the pitch was read in. */
  language: Language
  stats: Stats
  /** Every prose unit in order, with its roles. */
  sentences: SentenceReport[]
  /** The role sequence, one entry per sentence (an empty array for a sentence without roles). */
  arc: Element[][]
  /** A one-line story spine built from the evidence, or `null` when too little is there. */
  spine: string | null
  structure: Structure
  questions: Question[]
  /** The organiser's judging criteria (from the options), with their elements' status. */
  criteria: CriterionReport[]
  narrativeIndex: NarrativeIndex
  readability: Readability
  speakingTime: SpeakingTime
  /** Findings, in document order. */
  messages: PitchMessage[]
}
