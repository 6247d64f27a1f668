/**
 * The engine: text → one parse → document model → analysers → report.
 *
 * Everything that depends on one sentence alone (readability counts, style
 * findings, connectives, structure features) is cached by the sentence's
 * language, kind and text, and segmentation is cached by block. Analysing a
 * text again after a small edit reuses all unchanged sentences; only
 * document-level figures, which are cheap sums, are recomputed. This is what
 * `createAnalyzer` keeps between calls.
 *
 * @module
 */
import {buildDocument, type Abbreviations, createSegmentCache, type PitchDocument, type SegmentCache, type Sentence} from './document/model.js'
import {proseBlocks, type BlockKind} from './document/markdown.js'
import {parseProse, type ChunkCache} from './document/chunks.js'
import {detectLanguage} from './document/language.js'
import {delivery} from './analysers/delivery.js'
import {shift, type Finding} from './analysers/finding.js'
import {countConnectives, narrativeIndex, type ConnectiveCounts} from './analysers/narrative-index.js'
import {addCounts, countSentence, documentReadability, emptyCounts, hardVotes, lix, type ReadabilityCounts} from './analysers/readability.js'
import {featureLists, featuresOf, inDocument, type SentenceFeatures} from './analysers/structure/features.js'
import {scoreSentences, type ScoringMemo} from './analysers/structure/scoring.js'
import {story} from './analysers/structure/elements.js'
import {styleFindings, styleLists} from './analysers/style.js'
import {profiles} from './languages/index.js'
import {format} from './languages/template.js'
import type {LanguageProfile} from './languages/types.js'
import type {ResolvedOptions} from './options.js'
import {assemble} from './report/assemble.js'
import type {Root} from 'mdast'
import type {Language, PitchReport} from './types.js'

/** What is cached for one sentence. */
interface SentenceResult {
  /** Where the sentence started when this was computed. */
  start: number
  counts: ReadabilityCounts
  style: Finding[]
  connectives: ConnectiveCounts
  features: SentenceFeatures
}

/** Sentence results of one run, by block kind, then by the sentence's text. */
export interface SentenceResults {
  language?: Language
  byKind: Map<BlockKind, Map<string, SentenceResult>>
}

/** Caches kept between runs of one analyser. */
export interface EngineCache {
  /** Parsed Markdown chunks, by text. */
  chunks: ChunkCache
  segments: SegmentCache
  /** Results of the last run's sentences, by block kind, then text (a sentence reused by the model keeps its text string, whose hash the engine then does not compute again); only for the language they were made in. */
  sentences: SentenceResults
  /** What the last scoring run left: sentences whose surroundings did not change keep their scores. */
  scoring: {last?: ScoringMemo}
  /** The last language sample and what it was detected as: an edit past the sample does not detect again. */
  language?: {sample: string; language: Language}
}

/** A fresh cache. */
export function createCache(): EngineCache {
  return {chunks: new Map(), segments: createSegmentCache(), sentences: {byKind: new Map()}, scoring: {}}
}

const abbreviationMaps = new WeakMap<LanguageProfile, Abbreviations>()

function abbreviations(profile: LanguageProfile): Abbreviations {
  let map = abbreviationMaps.get(profile)
  if (!map) {
    const final = new Set(profile.sentenceFinalAbbreviations ?? [])
    map = new Map(profile.abbreviations.map((a) => [a, final.has(a)] as const))
    abbreviationMaps.set(profile, map)
  }
  return map
}

/** Parse and model a text (the first half of the pipeline). */
export function modelDocument(source: string, options: ResolvedOptions, cache?: EngineCache, tree?: Root): PitchDocument {
  let parsed: ReturnType<typeof proseBlocks>
  if (tree) {
    parsed = proseBlocks(tree, source)
  } else {
    // Chunk by chunk, reusing the chunks that did not change.
    const chunks: ChunkCache = new Map()
    parsed = parseProse(source, cache?.chunks, chunks)
    if (cache) cache.chunks = chunks
  }
  const {blocks, directives} = parsed
  let language: Language
  if (options.language === 'auto') {
    const sample = languageSample(blocks)
    if (cache?.language?.sample === sample) {
      language = cache.language.language
    } else {
      language = detectLanguage(sample).language
      if (cache) cache.language = {sample, language}
    }
  } else {
    language = options.language
  }
  return buildDocument(source, blocks, directives, language, abbreviations(profiles[language]), cache?.segments)
}

/**
 * How much prose decides the language: about a thousand words, far more than
 * detection needs (it is right on every text of 20 words or more in the
 * evaluation), and bounded so that an edit late in a long pitch does not
 * re-read the whole text.
 */
export const languageSampleLength = 6000

function languageSample(blocks: ReadonlyArray<{text: string}>): string {
  let sample = ''
  for (const block of blocks) {
    if (sample.length >= languageSampleLength) break
    sample += (sample ? '\n' : '') + block.text
  }
  return sample.slice(0, languageSampleLength)
}

/** Run every analyser over a text and assemble the report. */
export function run(source: string, options: ResolvedOptions, cache?: EngineCache, tree?: Root): PitchReport {
  const document = modelDocument(source, options, cache, tree)
  const profile = profiles[document.language]
  const messageProfile = profiles[options.messageLanguage ?? document.language]
  const style = styleLists(profile)
  const lists = featureLists(profile)

  const previous = cache?.sentences.language === document.language ? cache.sentences.byKind : undefined
  const next: SentenceResults['byKind'] = new Map()
  // The structure features of the sentences not seen before, together: one tagger parse for all of them.
  const fresh: Sentence[] = []
  const pending = new Map<BlockKind, Set<string>>()
  for (const sentence of document.sentences) {
    if (previous?.get(sentence.kind)?.has(sentence.text)) continue
    let texts = pending.get(sentence.kind)
    if (!texts) pending.set(sentence.kind, (texts = new Set()))
    if (texts.has(sentence.text)) continue
    texts.add(sentence.text)
    fresh.push(sentence)
  }
  const freshFeatures = new Map<Sentence, SentenceFeatures>()
  featuresOf(fresh, lists).forEach((features, index) => freshFeatures.set(fresh[index]!, features))
  const results: SentenceResult[] = document.sentences.map((sentence) => {
    let own = next.get(sentence.kind)
    if (!own) next.set(sentence.kind, (own = new Map()))
    const cached = previous?.get(sentence.kind)?.get(sentence.text) ?? own.get(sentence.text)
    let result: SentenceResult
    if (cached) {
      result = cached.start === sentence.start ? cached : {...cached, start: sentence.start, style: shift(cached.style, sentence.start - cached.start)}
    } else {
      result = {
        start: sentence.start,
        counts: countSentence(sentence, profile),
        style: styleFindings(sentence, style),
        connectives: countConnectives(sentence, profile),
        features: freshFeatures.get(sentence)!
      }
    }
    own.set(sentence.text, result)
    return result
  })
  if (cache) cache.sentences = {language: document.language, byKind: next}

  // Document-level sums.
  const total = emptyCounts()
  const connectives: ConnectiveCounts = {ands: 0, buts: 0, contrasts: 0, consequences: 0}
  for (const r of results) {
    addCounts(total, r.counts)
    connectives.ands += r.connectives.ands
    connectives.buts += r.connectives.buts
    connectives.contrasts += r.connectives.contrasts
    connectives.consequences += r.connectives.consequences
  }
  // Distinct words, for OVIX only (Swedish): not worth a pass over every word otherwise.
  const types = (): number => {
    const vocabulary = new Set<string>()
    for (const sentence of document.sentences) for (const word of sentence.lower) vocabulary.add(word)
    return vocabulary.size
  }

  const findings: Finding[] = []
  for (const r of results) findings.push(...r.style)
  findings.push(...readabilityFindings(document.sentences, results, options, profile))

  const features = inDocument(document.sentences, results.map((r) => r.features), lists)
  const scores = scoreSentences(document.sentences, features, cache?.scoring)
  const storyResult = story(document, features, scores, options, profile)
  findings.push(...storyResult.findings)

  const {speakingTime, findings: deliveryFindings} = delivery(document, options.wordsPerMinute ?? profile.wordsPerMinute, options.limitSeconds)
  findings.push(...deliveryFindings)

  return assemble({
    document,
    options,
    messages: messageProfile.messages,
    findings,
    story: storyResult,
    readability: documentReadability(total, profile, types),
    narrativeIndex: narrativeIndex(connectives, document.words, (words) => format(messageProfile.messages.narrativeCaveat, [words])),
    speakingTime
  })
}

function readabilityFindings(sentences: readonly Sentence[], results: readonly SentenceResult[], options: ResolvedOptions, profile: LanguageProfile): Finding[] {
  const findings: Finding[] = []
  const hard = options.rules.get('hard-sentence')!
  const long = options.rules.get('long-sentence')!
  sentences.forEach((sentence, index) => {
    const counts = results[index]!.counts
    if (sentence.words.length === 0) return
    const first = sentence.words[0]!
    const last = sentence.words[sentence.words.length - 1]!
    if (long.enabled && counts.word > long.thresholds.maxWords!) {
      findings.push({ruleId: 'long-sentence', start: first.start, end: last.end, args: [counts.word, long.thresholds.maxWords!]})
    }
    if (!hard.enabled || sentence.kind === 'heading') return
    if (profile.readability === 'english') {
      // As retext-readability: sentences under five words are not judged.
      if (counts.word < 5) return
      const votes = hardVotes(counts, hard.thresholds.age!)
      if (votes >= hard.thresholds.minimum!) {
        findings.push({ruleId: 'hard-sentence', start: first.start, end: last.end, args: [`${votes}/7`]})
      }
    } else {
      const value = lix(counts)
      const limit = hard.explicit.has('lix') ? hard.thresholds.lix! : (profile.hardSentenceLix ?? hard.thresholds.lix!)
      if (counts.word >= 8 && value !== null && value >= limit) {
        findings.push({ruleId: 'hard-sentence', start: first.start, end: last.end, args: [`LIX ${Math.round(value)}`]})
      }
    }
  })
  return findings
}
