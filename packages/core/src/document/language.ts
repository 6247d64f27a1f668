/**
 * Interim language detection by function words (replaced by the measured
 * detector of the languages issue).
 *
 * @module
 */
import type {Language} from '../types.js'

const words: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'with', 'we', 'our', 'are', 'it', 'a']),
  sv: new Set(['och', 'att', 'det', 'som', 'en', 'på', 'är', 'för', 'med', 'vi', 'inte', 'har', 'till', 'av']),
  fi: new Set(['ja', 'on', 'ei', 'että', 'se', 'me', 'ovat', 'kun', 'mutta', 'myös', 'tai', 'jotka', 'joka', 'hän'])
}

/** Detect the language of a text. */
export function detectLanguage(text: string): {language: Language; confidence: number; reliable: boolean} {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? []
  const scores: Record<Language, number> = {en: 0, sv: 0, fi: 0}
  for (const token of tokens) for (const language of ['en', 'sv', 'fi'] as const) if (words[language].has(token)) scores[language]++
  const ranked = (['en', 'sv', 'fi'] as const).slice().sort((a, b) => scores[b] - scores[a])
  const best = ranked[0]!
  const total = scores.en + scores.sv + scores.fi
  if (total === 0) return {language: 'en', confidence: 0, reliable: false}
  return {language: best, confidence: scores[best] / total, reliable: tokens.length >= 20}
}
