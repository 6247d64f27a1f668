import assert from 'node:assert/strict'
import {test} from 'node:test'
import {featureNames} from '../../packages/core/src/analysers/structure/scoring.ts'
import type {Element} from '../../packages/core/src/types.ts'
import {fitVocabulary, leastSentences, vocabularyBlock, withVocabulary, type Worded} from '../vocabulary.ts'

const none: Record<Element, number> = {problem: 0, hero: 0, change: 0, outcome: 0, ask: 0}
const row = (pitch: number, stems: string[], y: Partial<Record<Element, number>> = {}, lang = 'en'): Worded => ({pitch, lang, stems, y: {...none, ...y}, x: featureNames.map(() => 0)})
const column = featureNames.indexOf('words.problem')

test('vocabulary: a stem weighs for the element whose sentences have it and against it where the others do, one decimal', () => {
  // 2 problem sentences of 6; "wait" is in both of them and in 1 of the 4 others, "bus" in 1 and 2.
  const rows = [row(0, ['wait', 'bus'], {problem: 1}), row(1, ['wait'], {problem: 1}), row(2, ['wait', 'bus']), row(3, ['bus']), row(4, ['app']), row(5, ['app'])]
  const table = fitVocabulary(rows).get('en')!
  assert.ok(table.get('wait')![0]! > 0.5, String(table.get('wait')))
  assert.ok(table.get('bus')![0]! < 0, String(table.get('bus')))
  // No hero sentence at all: every stem leans against it.
  assert.ok(table.get('wait')![1]! < 0)
  for (const weight of [...table.values()].flat()) assert.equal(Math.round(weight * 10) / 10, weight)
  // Seen in fewer than three sentences: left out.
  assert.equal(leastSentences, 3)
  assert.equal(table.has('app'), false)
  // One table per language, each from its own sentences only.
  const both = fitVocabulary([...rows, row(6, ['wait'], {}, 'sv'), row(7, ['wait'], {}, 'sv'), row(8, ['wait'], {problem: 1}, 'sv')])
  assert.deepEqual([...both.keys()], ['en', 'sv'])
  assert.deepEqual(both.get('en'), table)
  assert.ok(both.get('sv')!.get('wait')![0]! < table.get('wait')![0]!)
  assert.match(vocabularyBlock(both), /^ {2}en: \{\n {4}"bus": \[.*\],\n {4}"wait": \[/)
  // The same sentences give the same table on every run.
  assert.deepEqual(fitVocabulary(rows), fitVocabulary(rows))
})

test('vocabulary: stems fitted together, a word that only rides along with another shares its weight', () => {
  // "x" opens every problem sentence; in one corpus "y" always stands beside it, in the other never.
  const corpus = (pair: boolean): Worded[] => {
    const rows: Worded[] = []
    for (let pitch = 0; pitch < 20; pitch++) {
      rows.push(row(pitch, pair ? ['x', 'y', 'z'] : ['x', 'z', `w${pitch}`], {problem: 1}), row(pitch, ['z', 'q']), row(pitch, ['q', 'v']))
    }
    return rows
  }
  const paired = fitVocabulary(corpus(true)).get('en')!
  const alone = fitVocabulary(corpus(false)).get('en')!
  assert.equal(paired.get('x')![0], paired.get('y')![0])
  assert.ok(paired.get('x')![0]! < alone.get('x')![0]!, `${paired.get('x')} against ${alone.get('x')}`)
  // "z" stands in every problem sentence and in a third of the others: it says little once "x" is counted.
  assert.ok(Math.abs(alone.get('z')![0]!) < alone.get('x')![0]! / 4)
})

test('vocabulary: a training row\'s words.* input comes from a table that never saw its pitch', () => {
  // "only" stands in problem sentences of pitch 0 alone: no table fitted without pitch 0 knows it.
  const rows: Worded[] = []
  for (let pitch = 0; pitch < 10; pitch++) {
    rows.push(row(pitch, pitch === 0 ? ['only', 'wait'] : ['wait'], {problem: 1}), row(pitch, ['bus']), row(pitch, ['bus']))
  }
  rows.push(row(0, ['only']), row(0, ['only']))
  const {train, test: held, tables} = withVocabulary(rows, [row(99, ['only', 'wait'])])
  // The tables a test row is read with are those of all training rows, and they come back with it.
  assert.deepEqual(tables, fitVocabulary(rows))
  // Five folds by pitch: pitches 0 and 5 share a fold, and their rows are read with the other pitches' table.
  const other = fitVocabulary(rows.filter((r) => r.pitch !== 0 && r.pitch !== 5)).get('en')!
  assert.equal(other.has('only'), false)
  // Pitch 0's problem sentence: "only" adds nothing, since that table never saw it.
  assert.equal(train[0]!.x[column], other.get('wait')![0]! / Math.sqrt(2))
  assert.ok(train[0]!.x[column]! > 0)
  // The rows keep their order and their other inputs; a test row is read with the table of all training rows.
  assert.deepEqual(train.map((r) => r.pitch), rows.map((r) => r.pitch))
  assert.equal(held[0]!.x[column], (fitVocabulary(rows).get('en')!.get('only')![0]! + fitVocabulary(rows).get('en')!.get('wait')![0]!) / Math.sqrt(2))
})
