/**
 * The user-interface languages of `<pitch-editor>`, as data.
 *
 * @module
 */
import en from './en.js'
import fi from './fi.js'
import sv from './sv.js'
import type {Translation} from './en.js'

export type {Translation} from './en.js'

/** Every shipped translation, by language code. */
export const translations: Readonly<Record<Translation['$code'], Translation>> = Object.freeze({en, sv, fi})

/**
 * The translation for a BCP 47 tag such as `sv-FI`, or `undefined` when
 * pitch-coach has none for it.
 */
export function translationFor(tag: string | null | undefined): Translation | undefined {
  if (!tag) return undefined
  const primary = tag.toLowerCase().split('-')[0]
  return primary === 'en' || primary === 'sv' || primary === 'fi' ? translations[primary] : undefined
}
