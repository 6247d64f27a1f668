import assert from 'node:assert/strict'
import {test} from 'node:test'
import {analyzeSync} from '../src/index.ts'
import {modelDocument} from '../src/engine.ts'
import {featureLists, pitchFeatures} from '../src/analysers/structure/features.ts'
import {readWords, stemsOf, vocabularyElements, vocabularyOf, type VocabularyTable} from '../src/analysers/structure/vocabulary.ts'
import {profiles} from '../src/languages/index.ts'
import {resolveOptions} from '../src/options.ts'
import type {Language} from '../src/types.ts'

const sentences = (text: string, language: Language = 'en') => modelDocument(text, resolveOptions({language})).sentences

test('vocabulary: a stem is the first six letters of a word, each once, without figures and names inside the sentence', () => {
  const [s] = sentences('Residents struggle, and Maria struggles with 3 bills: struggling residents pay 2,000 euros.')
  const stems = stemsOf(s!)
  assert.deepEqual(
    stems.map((x) => x.stem),
    ['reside', 'strugg', 'and', 'with', 'bills', 'pay', 'euros']
  )
  // Each stem points at the first word that has it.
  assert.equal(s!.words[stems[1]!.word]!.value, 'struggle')
  // The first word is lower-cased, not taken for a name.
  assert.equal(stemsOf(sentences('Odotusaika on pitkä.', 'fi')[0]!)[0]!.stem, 'odotus')
})

test('vocabulary: a sentence\'s input is the sum of its stems\' weights over the square root of its stem count, between -3 and 3', () => {
  const table: VocabularyTable = new Map([
    ['strugg', [2, 0, -1, 0, 0]],
    ['wait', [1, 0, 0, 0, 0]]
  ])
  const stems = [{stem: 'strugg', word: 0}, {stem: 'wait', word: 1}, {stem: 'other', word: 2}, {stem: 'more', word: 3}]
  assert.deepEqual(readWords(stems, table).scores, [3 / 2, 0, -1 / 2, 0, 0])
  assert.deepEqual(readWords([{stem: 'strugg', word: 0}], new Map([['strugg', [9, -9, 0, 0, 0]]])).scores, [3, -3, 0, 0, 0])
  // No table (a language without one) or no stems: nothing.
  const nothing = {scores: [0, 0, 0, 0, 0], strongest: [[], [], [], [], []]}
  assert.deepEqual(readWords(stems, undefined), nothing)
  assert.deepEqual(readWords([], table), nothing)
  // The words a reason quotes: at least 1 for the element, strongest first, two at most, the earlier on a tie.
  assert.deepEqual(readWords(stems, table).strongest, [[0, 1], [], [], [], []])
  const many: VocabularyTable = new Map([['a', [1, 0, 0, 0, 0]], ['b', [3, 0, 0, 0, 0]], ['c', [2, 0, 0, 0, 0]], ['d', [3, 0, 0, 0, 0]], ['e', [0.9, 0, 0, 0, 0]]])
  const letters = ['a', 'b', 'c', 'd', 'e'].map((stem, word) => ({stem, word}))
  assert.deepEqual(readWords(letters, many).strongest[0], [1, 3])
  assert.deepEqual(readWords(letters.slice(0, 3), many).strongest[0], [1, 2])
  assert.deepEqual(readWords([letters[4]!], many).strongest[0], [])
  // With no stem at 1, the one word of four letters or more whose stem weighs most from 0.5 (a short word, "som"
  // or "and", says nothing to a reader); under 0.5, none.
  const leaning: VocabularyTable = new Map([['som', [0.9, 0, 0, 0, 0]], ['inform', [0.6, 0, 0, 0, 0]], ['interes', [0.7, 0, 0, 0, 0]], ['nätet', [0.4, 0, 0, 0, 0]]])
  const words = ['som', 'inform', 'interes', 'nätet'].map((stem, word) => ({stem, word}))
  assert.deepEqual(readWords(words, leaning).strongest[0], [2])
  assert.deepEqual(readWords([words[0]!, words[3]!], leaning).strongest[0], [])
  assert.deepEqual(readWords([...words, {stem: 'b', word: 4}], new Map([...leaning, ['b', [1, 0, 0, 0, 0]]])).strongest[0], [4])
})

test('vocabulary: every language has a table, and its weights read as the labelling rules would expect', () => {
  for (const language of ['en', 'sv', 'fi'] as const) {
    const table = vocabularyOf(language)
    assert.ok(table && table.size > 300, `${language}: ${table?.size}`)
    for (const row of table.values()) assert.equal(row.length, vocabularyElements.length)
  }
  const weight = (language: Language, stem: string, element: (typeof vocabularyElements)[number]): number =>
    vocabularyOf(language)!.get(stem)![vocabularyElements.indexOf(element)]!
  // Words a mentor would recognise: a lack for the problem, a fall for the outcome, an appeal for the ask.
  assert.ok(weight('en', 'nobody', 'problem') > 1)
  assert.ok(weight('en', 'fell', 'outcome') > 1)
  assert.ok(weight('sv', 'söker', 'ask') > 1)
  assert.ok(weight('fi', 'haemme', 'ask') > 1)
  assert.equal(vocabularyOf('xx'), undefined)
})

test('vocabulary: the words.* inputs come from the sentence\'s own language table, and a reason quotes them only when nothing else explains the sentence', () => {
  const text = 'Nobody knew the beds were free. We ask the council for 20,000 euros.'
  const document = modelDocument(text, resolveOptions({language: 'en'}))
  const [lack, ask] = pitchFeatures(document.sentences, featureLists(profiles.en))
  assert.ok(lack!.vocabulary[0]! > 0, 'a lack reads as a problem')
  assert.ok(ask!.vocabulary[4]! > lack!.vocabulary[4]!, 'an appeal reads as an ask')
  // Read with the Swedish table, the English words are mostly unknown.
  const sv = pitchFeatures(document.sentences, featureLists(profiles.sv))
  assert.ok(sv[0]!.vocabulary[0]! < lack!.vocabulary[0]!)
  // Nothing but its words explains "The last bus back to the village leaves town at six." as a problem: the reason quotes them.
  const museum = analyzeSync('The last bus back to the village leaves town at six.\n\nLocal student unions would co-host each evening.').structure.problem.evidence[0]!
  assert.equal(museum.text, 'The last bus back to the village leaves town at six.')
  const quoted = /^uses words such sentences often use: “(.+)”$/.exec(museum.reasons[0]!)?.[1]
  assert.ok(quoted, JSON.stringify(museum.reasons))
  for (const word of quoted.split(', ')) assert.ok(museum.text.includes(word), word)
  // A cue explains "Nobody knew …" in a reader's terms, and the learned words are not quoted beside it.
  const beds = analyzeSync('Nobody knew the beds were free.\n\nWe built a map of free beds.').structure.problem.evidence[0]!
  assert.equal(beds.text, 'Nobody knew the beds were free.')
  assert.ok(!beds.reasons.some((r) => r.startsWith('uses words')), JSON.stringify(beds.reasons))
  assert.ok(beds.reasons.length > 0)
})
