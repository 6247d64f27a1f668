/**
 * The language profiles, by code.
 *
 * @module
 */
import type {Language} from '../types.js'
import {en} from './en.js'
import {fi} from './fi.js'
import {sv} from './sv.js'
import type {LanguageProfile} from './types.js'

/** Every profile pitch-coach ships. */
export const profiles: Readonly<Record<Language, LanguageProfile>> = Object.freeze({en, sv, fi})

export type {LanguageProfile} from './types.js'
