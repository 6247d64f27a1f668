/**
 * The comparison `eval/turn.ts` prints: where the story's turn falls against
 * the first sentence the gold labels with the change.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {modelDocument} from '../../packages/core/src/engine.ts'
import {afterChange, featureLists, sentenceFeatures} from '../../packages/core/src/analysers/structure/features.ts'
import {profiles} from '../../packages/core/src/languages/index.ts'
import {resolveOptions} from '../../packages/core/src/options.ts'
import {turnPlace, turningSentence} from '../turn.ts'

test('turnPlace: early, same, late, none, and a pitch whose gold has no change', () => {
  assert.equal(turnPlace(0, 2), 'early')
  assert.equal(turnPlace(2, 2), 'same')
  assert.equal(turnPlace(3, 2), 'late')
  assert.equal(turnPlace(-1, 2), 'none')
  assert.equal(turnPlace(1, -1), 'no gold change')
})

test('turningSentence: the sentence before the first one after the turn, or -1', () => {
  assert.equal(turningSentence([0, 0, 1, 1]), 1)
  assert.equal(turningSentence([0, 0, 0]), -1)
  assert.equal(turningSentence([]), -1)
  // The same reading as the report's: "So we started …" turns this pitch.
  const text = 'Britt, 81, lives alone in Ylämaa.\n\nSo we started a dial-a-bus that villagers book by phone.\n\nBritt now goes to town every Thursday.'
  const document = modelDocument(text, resolveOptions({language: 'en'}))
  const lists = featureLists(profiles.en)
  assert.equal(turningSentence(afterChange(document.sentences.map((s) => sentenceFeatures(s, lists)))), 1)
})
