/**
 * The names of the narrative elements in each language, as the core's own
 * findings and questions use them, for tools that show a report (the CLI's
 * summary, an editor's checklist) and should not keep a copy.
 *
 * @module
 */
import {profiles} from './languages/index.js'
import {nearest} from './options.js'
import type {Element, Language} from './types.js'

const languages = Object.keys(profiles) as Language[]

const names: Readonly<Record<Language, Readonly<Record<Element, string>>>> = Object.freeze(
  Object.fromEntries(
    languages.map((code) => [code, Object.freeze({...profiles[code].messages.elements})])
  ) as Record<Language, Readonly<Record<Element, string>>>
)

/**
 * The names of the five narrative elements in a language, the words the
 * core's messages use (`hero` is `huvudperson` in Swedish and `päähenkilö`
 * in Finnish).
 *
 * @example
 * ```ts
 * elementNames('sv').ask // 'begäran'
 * ```
 *
 * @param language `'en'`, `'sv'` or `'fi'` (not `'auto'`: a report's
 *   `language`, or the `messageLanguage` it was analysed with).
 * @returns A frozen object with a name for every {@link Element}; the same
 *   object on every call.
 * @throws {TypeError} When `language` is not a string.
 * @throws {RangeError} When it is not a language pitch-coach coaches in.
 */
export function elementNames(language: Language): Readonly<Record<Element, string>> {
  if (typeof language !== 'string') {
    throw new TypeError(`elementNames: expected \`language\` to be one of ${list(languages)}, got ${typeof language}`)
  }
  if (!Object.hasOwn(names, language)) {
    const near = nearest(language, languages)
    throw new RangeError(
      `elementNames: unknown \`language\` ${JSON.stringify(language)}` +
        (near ? `; did you mean ${JSON.stringify(near)}?` : '') +
        ` Expected one of ${list(languages)}`
    )
  }
  return names[language]
}

function list(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ')
}
