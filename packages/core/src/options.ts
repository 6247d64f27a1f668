/**
 * Options: their types, and validation at the boundary with errors that say
 * which option is wrong and what it accepts. Inside, code trusts the
 * resolved options.
 *
 * @module
 */
import {maxNesting, tooDeep} from './document/markdown.js'
import {presetNames, presets, type PresetName} from './presets.js'
import {ruleIds, rules, type RuleId} from './rules.js'
import {elements, type Element, type Language, type LanguageOption, type Severity} from './types.js'

/** The switch or settings of one rule: `false` turns it off. */
export type RuleSetting =
  | boolean
  | ({
      /** Report the rule's findings with this severity. */
      severity?: Severity
    } & Record<string, number | string | undefined>)

/** A judging criterion an organiser maps to an element. */
export interface Criterion {
  /** Its name, as the jury uses it (`Impact`). */
  name: string
  /** The element it is judged on. */
  element: Element
  /** What the jury looks for. */
  description?: string
}

/** Speaking-time settings. */
export interface SpeakingTimeOptions {
  /** Words spoken per minute (60–300; default: the preset's, else the language's: en 150, sv 140, fi 120). */
  wordsPerMinute?: number
  /** The slot in seconds (1–7,200), or the preset's. */
  limitSeconds?: number
}

/** Options for {@link analyze} and the plugins. One object for the library, the CLI and the editor. */
export interface AnalyzeOptions {
  /** The pitch's language, or `'auto'` (default) to detect it. */
  language?: LanguageOption
  /** The language of reasons, notes and questions (default: the pitch's language). */
  messageLanguage?: Language
  /** A shipped preset: the slot, the rate and what the jury weighs. */
  preset?: PresetName
  /** Overrides the preset's speaking-time settings. */
  speakingTime?: SpeakingTimeOptions
  /** Rules on/off and their thresholds, by rule id. */
  rules?: Partial<Record<RuleId, RuleSetting>>
  /** The organiser's own mentor questions, asked when an element is weak or missing. */
  questions?: Partial<Record<Element, string[]>>
  /** Judging criteria mapped to elements; reported with the element's status. */
  criteria?: Criterion[]
}

/** Options after validation and defaults. */
export interface ResolvedOptions {
  language: LanguageOption
  messageLanguage: Language | undefined
  preset: PresetName | undefined
  /** Set by the options or the preset; otherwise the language's own pace. */
  wordsPerMinute: number | undefined
  limitSeconds: number | undefined
  emphasis: ReadonlySet<Element>
  rules: ReadonlyMap<RuleId, ResolvedRule>
  questions: Partial<Record<Element, readonly string[]>>
  criteria: readonly Criterion[]
}

/** A rule after validation. */
export interface ResolvedRule {
  enabled: boolean
  severity: Severity | undefined
  thresholds: Readonly<Record<string, number>>
  /** The thresholds the options set (the others are defaults, which a language may adjust). */
  explicit: ReadonlySet<string>
}

/** The largest input accepted, in UTF-16 code units (about 150,000 words of prose). */
export const maxInputLength = 1_000_000

const optionNames = ['language', 'messageLanguage', 'preset', 'speakingTime', 'rules', 'questions', 'criteria'] as const
const languageValues = ['auto', 'en', 'sv', 'fi'] as const
const severities = ['info', 'warning', 'error'] as const

/**
 * Check the input of `analyze`.
 *
 * @throws {TypeError} when `value` is not a string.
 * @throws {RangeError} when it is longer than {@link maxInputLength}, or nests block quotes and lists deeper than 100 levels on one line.
 */
export function validateInput(value: unknown, name = 'markdown'): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(
      `pitch-coach: expected \`${name}\` to be a string, got ${describe(value)}`
    )
  }
  if (value.length > maxInputLength) {
    throw new RangeError(
      `pitch-coach: \`${name}\` is ${value.length} characters long; the maximum is ${maxInputLength} (about 150,000 words)`
    )
  }
  const deep = tooDeep(value)
  if (deep) {
    throw new RangeError(
      `pitch-coach: \`${name}\` nests block quotes and lists ${deep.depth} levels deep on line ${deep.line}; the maximum is ${maxNesting}`
    )
  }
}

/**
 * Validate options and fill in defaults.
 *
 * @throws {TypeError} for an unknown option name or a value of the wrong type (the message names it and suggests the nearest valid name).
 * @throws {RangeError} for a value outside the accepted ones.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`pitch-coach: expected \`options\` to be an object, got ${describe(options)}`)
  }
  const given = options as Record<string, unknown>
  checkKeys(given, optionNames, 'options')

  const language = given.language ?? 'auto'
  oneOf(language, languageValues, 'options.language')
  const messageLanguage = given.messageLanguage
  if (messageLanguage !== undefined) oneOf(messageLanguage, ['en', 'sv', 'fi'] as const, 'options.messageLanguage')
  const presetName = given.preset
  if (presetName !== undefined) oneOf(presetName, presetNames, 'options.preset')
  const preset = presetName === undefined ? undefined : presets[presetName]

  let wordsPerMinute = preset?.wordsPerMinute
  let limitSeconds = preset?.limitSeconds
  if (given.speakingTime !== undefined) {
    const st = plainObject(given.speakingTime, 'options.speakingTime')
    checkKeys(st, ['wordsPerMinute', 'limitSeconds'], 'options.speakingTime')
    if (st.wordsPerMinute !== undefined) wordsPerMinute = number(st.wordsPerMinute, 'options.speakingTime.wordsPerMinute', 60, 300)
    if (st.limitSeconds !== undefined) limitSeconds = number(st.limitSeconds, 'options.speakingTime.limitSeconds', 1, 7200)
  }

  const resolvedRules = new Map<RuleId, ResolvedRule>()
  const rulesGiven = given.rules === undefined ? {} : plainObject(given.rules, 'options.rules')
  checkKeys(rulesGiven, ruleIds, 'options.rules')
  for (const id of ruleIds) {
    const meta = rules[id]
    const setting = rulesGiven[id]
    const thresholds: Record<string, number> = {}
    for (const [key, t] of Object.entries(meta.thresholds)) thresholds[key] = t.default
    let enabled = true
    let severity: Severity | undefined
    const explicit = new Set<string>()
    if (setting === false || setting === true) {
      enabled = setting
    } else if (setting !== undefined) {
      const name = `options.rules['${id}']`
      const object = plainObject(setting, name, 'a boolean or an object')
      checkKeys(object, ['severity', ...Object.keys(meta.thresholds)], name)
      if (object.severity !== undefined) {
        oneOf(object.severity, severities, name + '.severity')
        severity = object.severity
      }
      for (const [key, t] of Object.entries(meta.thresholds)) {
        if (object[key] !== undefined) {
          thresholds[key] = number(object[key], `${name}.${key}`, t.min, t.max)
          explicit.add(key)
        }
      }
    }
    resolvedRules.set(id, {enabled, severity, thresholds: Object.freeze(thresholds), explicit})
  }

  const questions: Partial<Record<Element, readonly string[]>> = {}
  for (const element of elements) {
    const own = preset?.questions?.[element]
    if (own) questions[element] = own
  }
  if (given.questions !== undefined) {
    const q = plainObject(given.questions, 'options.questions')
    checkKeys(q, elements, 'options.questions')
    for (const element of elements) {
      const list = q[element]
      if (list === undefined) continue
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
        throw new TypeError(`pitch-coach: expected \`options.questions.${element}\` to be an array of non-empty strings, got ${describe(list)}`)
      }
      questions[element] = [...(questions[element] ?? []), ...(list as string[])]
    }
  }

  const criteria: Criterion[] = []
  if (given.criteria !== undefined) {
    if (!Array.isArray(given.criteria)) {
      throw new TypeError(`pitch-coach: expected \`options.criteria\` to be an array, got ${describe(given.criteria)}`)
    }
    given.criteria.forEach((item: unknown, index: number) => {
      const name = `options.criteria[${index}]`
      const c = plainObject(item, name)
      checkKeys(c, ['name', 'element', 'description'], name)
      if (typeof c.name !== 'string' || c.name.trim() === '') throw new TypeError(`pitch-coach: expected \`${name}.name\` to be a non-empty string, got ${describe(c.name)}`)
      oneOf(c.element, elements, name + '.element')
      if (c.description !== undefined && typeof c.description !== 'string') throw new TypeError(`pitch-coach: expected \`${name}.description\` to be a string, got ${describe(c.description)}`)
      criteria.push(c.description === undefined ? {name: c.name, element: c.element} : {name: c.name, element: c.element, description: c.description})
    })
  }

  return {
    language,
    messageLanguage,
    preset: presetName,
    wordsPerMinute,
    limitSeconds,
    emphasis: new Set(preset?.emphasis ?? []),
    rules: resolvedRules,
    questions,
    criteria
  }
}

/**
 * Validate options without analysing anything (for a CLI or an editor that
 * wants to report a bad configuration early).
 *
 * @throws {TypeError | RangeError} as {@link analyze} would.
 */
export function validateOptions(options: unknown): void {
  resolveOptions(options)
}

function plainObject(value: unknown, name: string, expected = 'an object'): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`pitch-coach: expected \`${name}\` to be ${expected}, got ${describe(value)}`)
  }
  return value as Record<string, unknown>
}

function checkKeys(object: Record<string, unknown>, allowed: readonly string[], name: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      const near = nearest(key, allowed)
      throw new TypeError(
        `pitch-coach: unknown option \`${name}.${key}\`` +
          (near ? `; did you mean \`${near}\`?` : '') +
          ` Expected one of: ${allowed.map((a) => '`' + a + '`').join(', ')}`
      )
    }
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): asserts value is T {
  if (typeof value !== 'string') {
    throw new TypeError(`pitch-coach: expected \`${name}\` to be one of ${list(allowed)}, got ${describe(value)}`)
  }
  if (!(allowed as readonly string[]).includes(value)) {
    const near = nearest(value, allowed)
    throw new RangeError(
      `pitch-coach: unknown \`${name}\` ${JSON.stringify(value)}` +
        (near ? `; did you mean ${JSON.stringify(near)}?` : '') +
        ` Expected one of ${list(allowed)}`
    )
  }
}

function number(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`pitch-coach: expected \`${name}\` to be a number from ${min} to ${max}, got ${describe(value)}`)
  }
  if (value < min || value > max) {
    throw new RangeError(`pitch-coach: expected \`${name}\` to be a number from ${min} to ${max}, got ${value}`)
  }
  return value
}

function list(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ')
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return 'the string ' + JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'number') return 'the number ' + String(value)
  return typeof value === 'object' ? 'an object' : typeof value
}

/**
 * The closest of `candidates` to `value` (case-insensitive
 * Damerau–Levenshtein distance), or `undefined` when none is close enough to
 * be a likely typo: at most a third of the value's length, and never less
 * than `tolerance` edits. The option errors use it; so does the CLI for flags.
 */
export function nearest(value: string, candidates: readonly string[], tolerance = 2): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      bestDistance = d
      best = candidate
    }
  }
  return bestDistance <= Math.max(tolerance, Math.floor(value.length / 3)) ? best : undefined
}

/** Edit distance with adjacent transpositions (`fromat` → `format` is one edit). */
function distance(a: string, b: string): number {
  let before: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      row.push(value)
    }
    before = previous
    previous = row
  }
  return previous[b.length]!
}
