/**
 * The words of `check`'s summary, per language. A pitch's summary speaks
 * the language of its messages (the core's `messageLanguage`, which
 * defaults to the pitch's language), so a Swedish team reads Swedish
 * throughout.
 */
import type {Language} from '@pitch-coach/core'
import {en} from './en.js'
import {fi} from './fi.js'
import {sv} from './sv.js'
import type {SummaryLabels} from './types.js'

export type {SummaryLabels} from './types.js'

/** Labels by language. */
export const translations: Readonly<Record<Language, SummaryLabels>> = {en, sv, fi}
