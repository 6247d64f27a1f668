/**
 * The listing `eval/matches.ts` prints: what each word list meets in the
 * texts, as `entry = words`, counted per language.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {modelDocument} from '../../packages/core/src/engine.ts'
import {featureLists, pitchFeatures} from '../../packages/core/src/analysers/structure/features.ts'
import {profiles} from '../../packages/core/src/languages/index.ts'
import {resolveOptions} from '../../packages/core/src/options.ts'
import type {Language} from '../../packages/core/src/index.ts'
import {sentenceMatches, tally, type ListName} from '../matches.ts'

const matches = (list: ListName, text: string, language: Language = 'en'): string[] => {
  const document = modelDocument(text, resolveOptions({language}))
  const lists = featureLists(profiles[language])
  const features = pitchFeatures(document.sentences, lists)
  return sentenceMatches(list, document.sentences[0]!, features[0]!, lists)
}

test('a stem entry shows the word it meets; a whole-word entry is left out', () => {
  assert.deepEqual(matches('cue.change', 'We installed sensors in every flat.'), ['sensor* = sensors'])
  assert.deepEqual(matches('cue.problem', 'The main issues are cost and time.').filter((m) => m.startsWith('issue')), [])
  assert.deepEqual(matches('people', 'Eleverna äter skolmat varje dag.', 'sv'), ['elev* = eleverna'])
})

test('aims, comparatives, negations and names are listed as the features read them', () => {
  assert.deepEqual(matches('aims', 'We plan to open in May.'), ['we plan = we plan'])
  assert.deepEqual(matches('comparatives', 'Waiting fell from 3 days to 4 hours.'), ['fell = fell', 'from = from', 'to = to'])
  assert.deepEqual(matches('comparatives', 'We have more than 300 researchers.'), [])
  assert.deepEqual(matches('negations', 'Nobody clears the path.'), ['nobody'])
  assert.deepEqual(matches('names', 'We met Jonna Virtanen at the shelter.'), ['Jonna Virtanen'])
  assert.deepEqual(matches('names', 'Vi testade i Skärholmen, och Bollnäs vill vara med.', 'sv'), ['Bollnäs (capitalised)'])
})

test('tally counts each match once per sentence, per list and language', () => {
  const counts = tally(
    [
      {lang: 'en', text: 'We installed sensors and more sensors.\n\nThe sensors work.'},
      {lang: 'sv', text: 'Eleverna äter skolmat.'}
    ],
    ['cue.change', 'people']
  )
  assert.equal(counts.get('cue.change')?.get('en')?.get('sensor* = sensors'), 2)
  assert.equal(counts.get('people')?.get('sv')?.get('elev* = eleverna'), 1)
  assert.equal(counts.get('people')?.get('en')?.size ?? 0, 0)
})
