/**
 * What each of a language's word lists matches across every corpus: the
 * words a stem cue (`issue*`), a people stem (`skol*`), an aim word or a
 * comparative actually meets in the texts, with how often, and the names the
 * features find. Most misreadings the coach has had were a list entry meeting
 * a word of another meaning ("issued" for `issue*`, "skolmat" for `skol*`,
 * "planeringen" for `planer*`, "Kinly" as a person): reading this listing
 * finds them without reading the model's mistakes on the shared pitches, so
 * a fix is for the phenomenon, not for a sentence.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/matches.ts                      # every list, every language
 *     node --import tsx eval/matches.ts --lang sv --list people
 *
 * Lists: `cue.problem`, `cue.hero`, `cue.change`, `cue.outcome`, `cue.ask`
 * (stem entries only, the ones that can meet another word), `people` (stem
 * entries only), `aims`, `comparatives`, `negations`, `names` (as the
 * features read them, with "(capitalised)" for the weaker reading). Reads
 * the project corpus and, when it exists, `../shared/corpus/pitches-dev`.
 *
 * @module
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {PhraseMatch} from '../packages/core/src/document/phrases.ts'
import {modelDocument} from '../packages/core/src/engine.ts'
import {featureLists, pitchFeatures, type FeatureLists, type SentenceFeatures} from '../packages/core/src/analysers/structure/features.ts'
import {resolveOptions} from '../packages/core/src/options.ts'
import {profiles} from '../packages/core/src/languages/index.ts'
import type {Language} from '../packages/core/src/index.ts'
import {corpora, readCorpus} from './align.ts'

/** The lists this script can show. */
export const listNames = ['cue.problem', 'cue.hero', 'cue.change', 'cue.outcome', 'cue.ask', 'people', 'aims', 'comparatives', 'negations', 'names'] as const
export type ListName = (typeof listNames)[number]

interface Sentence {
  lower: readonly string[]
  words: ReadonlyArray<{value: string}>
}

/**
 * The matches of one list in one sentence, each as `entry = words` (`issue* = issued`), or for names the
 * name itself. Stem entries only for cues and people: a whole-word entry can only meet itself.
 */
export function sentenceMatches(list: ListName, sentence: Sentence, f: SentenceFeatures, lists: FeatureLists): string[] {
  const words = (m: {first: number; last: number}): string => sentence.lower.slice(m.first, m.last + 1).join(' ')
  const stems = (found: ReadonlyArray<PhraseMatch<unknown> | {phrase: string; first: number; last: number}>): string[] =>
    found.filter((m) => m.phrase.endsWith('*')).map((m) => `${m.phrase} = ${words(m)}`)
  switch (list) {
    case 'cue.problem':
    case 'cue.hero':
    case 'cue.change':
    case 'cue.outcome':
    case 'cue.ask':
      return stems(f.cues[list.slice(4) as 'problem'])
    case 'people':
      return stems(lists.people.match(sentence.lower).filter((m) => f.people.some((p) => p.first === m.first)))
    case 'aims':
      // As the features read them: a capitalised one inside the sentence is a name ("By May, …").
      return lists.aims
        .match(sentence.lower)
        .filter((m) => m.first === 0 || !/^\p{Lu}/u.test(sentence.words[m.first]!.value))
        .map((m) => `${m.phrase} = ${words(m)}`)
    case 'comparatives':
      return lists.comparatives
        .match(sentence.lower)
        .filter((m) => m.data)
        .map((m) => `${m.phrase} = ${words(m)}`)
    case 'negations':
      return f.negationWords.map((w) => w.toLowerCase())
    case 'names':
      return f.names.map((name) => (f.namesTagged ? name : `${name} (capitalised)`))
  }
}

/** Count the matches of the chosen lists over pitches: list → language → match → sentences. */
export function tally(pitches: Iterable<{lang: Language; text: string}>, chosen: readonly ListName[]): Map<ListName, Map<Language, Map<string, number>>> {
  const out = new Map<ListName, Map<Language, Map<string, number>>>()
  for (const pitch of pitches) {
    const document = modelDocument(pitch.text, resolveOptions({language: pitch.lang}))
    const lists = featureLists(profiles[pitch.lang])
    const features = pitchFeatures(document.sentences, lists)
    document.sentences.forEach((sentence, i) => {
      for (const list of chosen) {
        let byLanguage = out.get(list)
        if (!byLanguage) out.set(list, (byLanguage = new Map()))
        let counts = byLanguage.get(pitch.lang)
        if (!counts) byLanguage.set(pitch.lang, (counts = new Map()))
        for (const match of new Set(sentenceMatches(list, sentence, features[i]!, lists))) counts.set(match, (counts.get(match) ?? 0) + 1)
      }
    })
  }
  return out
}

function main(): void {
  const args = process.argv.slice(2)
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag)
    return at === -1 ? undefined : args[at + 1]
  }
  const lang = value('--lang')
  const list = value('--list')
  const wrong =
    lang !== undefined && !(lang in profiles)
      ? `--lang must be one of ${Object.keys(profiles).join(', ')}`
      : list !== undefined && !(listNames as readonly string[]).includes(list)
        ? `--list must be one of ${listNames.join(', ')}`
        : undefined
  if (wrong) {
    console.error(`eval/matches: ${wrong}`)
    process.exitCode = 2
    return
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const pitches = corpora(root)
    .flatMap(({paths}) => paths.flatMap((path) => readCorpus(path)))
    .filter((pitch) => lang === undefined || pitch.lang === lang)
  const counts = tally(pitches, list === undefined ? listNames : [list as ListName])
  for (const [name, byLanguage] of counts) {
    for (const [language, matches] of byLanguage) {
      if (matches.size === 0) continue
      const sorted = [...matches].sort((a, b) => a[0].localeCompare(b[0]))
      console.log(`${name} · ${language} (${sorted.length}): ${sorted.map(([match, n]) => `${match} ×${n}`).join(', ')}`)
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
