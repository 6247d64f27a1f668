/**
 * Which of English, Swedish and Finnish a text is written in.
 *
 * pitch-coach only ever chooses between three languages, and the three are
 * easy to tell apart: Swedish and Finnish share `ä` and `ö` but only Swedish
 * has `å`; Finnish has long vowels (`aa`, `ää`, `yy`) and case endings
 * (`-ssä`, `-llä`, `-ksi`); and each language's short function words (`the`,
 * `och`, `että`) make up a third of any running text. So the detector counts
 * function words and a handful of letter patterns instead of comparing
 * trigram profiles of hundreds of languages. `eval/language-detection.ts`
 * measures it against franc-min restricted to the same three languages;
 * `docs/languages.md` has the figures.
 *
 * @module
 */
import type {Language} from '../types.js'

/** What {@link detectLanguage} found. */
export interface DetectedLanguage {
  /** The most likely language; `'en'` when there is too little evidence. */
  language: Language
  /** How far the winner is ahead of the runner-up, 0..1. */
  confidence: number
  /**
   * Whether the text is long and clear enough to trust `language`: at least
   * {@link minimumWords} words and a clear lead. A caller that gets `false`
   * should prefer an explicit language.
   */
  reliable: boolean
}

/** Below this many words a result is never reliable. */
export const minimumWords = 8

// How far Swedish or Finnish must lead in a short text to beat the English
// default: one function word of its own ("och", "että"), or `å` and a little
// more. Measured: English windows of 3–7 words stay English (see the docs).
const shortLead = 1

// Frequent function words. A word listed for two languages ("i", "on",
// "he") counts for both and so tells nothing between them. Words that are
// frequent in one language and rare in another stay with the first: "en" is
// Swedish "a" far more often than Finnish "I don't"; "under", "in" and "man"
// are left out, being as English as Swedish.
const functionWords: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'are', 'be', 'this',
    'by', 'at', 'from', 'or', 'have', 'has', 'an', 'they', 'which', 'you', 'we', 'but', 'not', 'their', 'our',
    'will', 'can', 'all', 'more', 'who', 'one', 'would', 'there', 'what', 'so', 'if', 'about', 'up', 'out', 'them',
    'she', 'he', 'her', 'his', 'been', 'were', 'when', 'than', 'into', 'these', 'also', 'how', 'its', 'do', 'does',
    'no', 'your', 'my', 'i', 'us', 'most', 'other', 'some', 'could', 'should', 'only', 'just', 'very', 'after',
    'because', 'where', 'each', 'every', 'through', 'those', 'then', 'now', 'had', 'get', 'over', 'any', 'many',
    'while', 'why', 'did', 'same', 'people', 'time', 'year', 'years', 'day', 'week', 'need', 'help', 'without'
  ],
  sv: [
    'och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om',
    'ett', 'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'när', 'år', 'säger', 'hon', 'tre', 'fyra',
    'också', 'efter', 'eller', 'nu', 'sin', 'där', 'vid', 'mot', 'ska', 'skulle', 'kommer', 'ut', 'får', 'finns',
    'vara', 'hade', 'alla', 'andra', 'mycket', 'än', 'här', 'då', 'sedan', 'över', 'bara', 'två', 'blir', 'upp',
    'även', 'vad', 'måste', 'dem', 'hur', 'våra', 'vår', 'vårt', 'oss', 'deras', 'hennes', 'hans', 'detta',
    'dessa', 'denna', 'mer', 'fler', 'många', 'några', 'ingen', 'inga', 'utan', 'genom', 'mellan', 'varje', 'dag',
    'dagar', 'också', 'sina', 'sitt', 'vilket', 'vilka', 'redan', 'ofta', 'bli', 'blev', 'gör', 'göra', 'ger', 'hos'
  ],
  fi: [
    'ja', 'on', 'ei', 'se', 'että', 'oli', 'ovat', 'mutta', 'kun', 'jos', 'tai', 'niin', 'myös', 'kuin', 'me', 'he',
    'hän', 'ne', 'tämä', 'nyt', 'vain', 'jo', 'sekä', 'voi', 'ole', 'olla', 'olisi', 'kanssa', 'jotka', 'joka',
    'jossa', 'mitä', 'mikä', 'miten', 'siitä', 'sen', 'sitä', 'sitten', 'vielä', 'koska', 'kuitenkin', 'paljon',
    'meidän', 'heidän', 'hänen', 'kaikki', 'eivät', 'mukaan', 'vuoden', 'vuonna', 'aina', 'yli', 'noin', 'jälkeen',
    'ennen', 'kautta', 'eli', 'siis', 'tässä', 'tätä', 'tämän', 'näin', 'joten', 'ollut', 'olivat', 'olemme',
    'voivat', 'voidaan', 'pitää', 'täytyy', 'tulee', 'saa', 'usein', 'tänään', 'jotta', 'ettei', 'meille', 'heille',
    'meillä', 'heillä', 'ovat', 'minä', 'sinä', 'te', 'emme', 'eikä', 'kuka', 'missä', 'joku', 'jokainen',
    'uusi', 'uuden', 'aikaa', 'päivä', 'vuotta', 'kertaa', 'tai', 'ehkä', 'enemmän', 'vähemmän', 'hyvin', 'pois'
  ]
}

const codes: readonly Language[] = ['en', 'sv', 'fi']

const lexicon = new Map<string, Language[]>()
for (const code of codes) {
  for (const word of functionWords[code]) {
    const owners = lexicon.get(word) ?? []
    if (!owners.includes(code)) owners.push(code)
    lexicon.set(word, owners)
  }
}

// Letter patterns, with what one occurrence in a word adds per language.
// `å` is Swedish (and Finland's Swedish place names); `ä`/`ö` are Swedish or
// Finnish, Finnish more often; long vowels other than English `ee`/`oo` and
// the case endings after them are Finnish; `sj`/`tj` and the plural
// definite endings are Swedish; `th`, `w` and `-ly` are English.
const patterns: ReadonlyArray<{test: RegExp; score: Readonly<Partial<Record<Language, number>>>}> = [
  {test: /å/, score: {sv: 1.5}},
  {test: /[äö]/, score: {sv: 0.4, fi: 0.6}},
  {test: /aa|ii|uu|yy|ää|öö|uo|yö/, score: {fi: 1}},
  {test: /ee|oo/, score: {en: 0.3, fi: 0.3}},
  {test: /(?:ssä|stä|llä|ltä|ksi|aan|ään|ainen|äinen|mme|ttä|ssa|sta|lla|lta)$/, score: {fi: 0.6}},
  {test: /y[^aeiouyäöå]/, score: {fi: 0.3}},
  // Finnish words hardly use b, c, f, g (outside "ng"), q, w, x, z or start
  // with two consonants: a word that does is English or Swedish.
  {test: /[bcfqwxz]|(?<!n)g|^[^aeiouyäöå\d]{2}/, score: {en: 0.3, sv: 0.3}},
  {test: /sj|tj|skj|stj|kv|^dj|^lj|^hj/, score: {sv: 0.6}},
  {test: /(?:arna|erna|orna|heten|ning|ningen|ningar|igt|ligt|liga|iska|skap|ande|ades)$/, score: {sv: 0.6}},
  {test: /th|w|^sh|^wh|ght/, score: {en: 0.6}},
  {test: /(?:ly|ough|ould|ed|'s|n't)$/, score: {en: 0.5}},
  {test: /^[^äöå]*(?:ing|tion|ness|ment)s?$/, score: {en: 0.3}}
]

const url = /(?:https?:\/\/|www\.)\S+/g
const word = /\p{L}+(?:['’]\p{L}+)?/gu

/**
 * Detect whether a text is English, Swedish or Finnish.
 *
 * Markdown syntax, numbers and URLs are ignored. With fewer than
 * {@link minimumWords} words the answer is `'en'` unless the text carries
 * strong Swedish or Finnish evidence, and `reliable` is `false`.
 *
 * @param text The text (Markdown is fine).
 * @returns The language, a confidence 0..1 and whether to trust it.
 * @throws {TypeError} When `text` is not a string.
 */
export function detectLanguage(text: string): DetectedLanguage {
  if (typeof text !== 'string') {
    throw new TypeError('detectLanguage: expected `text` to be a string, not ' + typeof text)
  }

  const scores: Record<Language, number> = {en: 0, sv: 0, fi: 0}
  let words = 0

  for (const match of text.replace(url, ' ').toLowerCase().matchAll(word)) {
    const token = match[0].replace('’', "'")
    words++
    const owners = lexicon.get(token)
    if (owners) {
      for (const owner of owners) scores[owner] += 1.2 / owners.length
    }

    for (const pattern of patterns) {
      if (pattern.test.test(token)) {
        for (const code of codes) scores[code] += pattern.score[code] ?? 0
      }
    }
  }

  const ranked = [...codes].sort((a, b) => scores[b] - scores[a])
  const best = ranked[0] as Language
  const top = scores[best]
  const second = scores[ranked[1] as Language]
  const lead = top - second
  const confidence = top > 0 ? round(Math.min(1, lead / top)) : 0

  if (words < minimumWords) {
    // Too little to go on: English unless Swedish or Finnish is clearly ahead.
    const strong = best !== 'en' && lead >= shortLead
    return {language: strong ? best : 'en', confidence: strong ? confidence : 0, reliable: false}
  }

  return {language: best, confidence, reliable: lead >= 3 && confidence >= 0.25}
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
