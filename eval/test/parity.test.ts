/**
 * Training (`eval/train.ts`, `eval/cv-status.ts`) and the report must read
 * a sentence the same way where they decide separately. Both decide which
 * sentences carry nothing (bare titles, form prompts, form fields): training
 * with `bareTitle`, the report inside `scoreSentences`. Were they to differ,
 * the cross-validated figures would measure a model the report does not run.
 */
import assert from 'node:assert/strict'
import {resolve} from 'node:path'
import {test} from 'node:test'
import {bareTitle, scoreSentences} from '../../packages/core/src/analysers/structure/scoring.ts'
import {elements} from '../../packages/core/src/types.ts'
import {modelPitch, projectFiles, readCorpus} from '../align.ts'

const root = resolve(import.meta.dirname, '..', '..')

test('parity: a sentence training treats as carrying nothing is one the report scores 0 for every element, and no other', () => {
  let bare = 0
  let sentences = 0
  for (const {path} of projectFiles(root)) {
    for (const pitch of readCorpus(path)) {
      const {document, features} = modelPitch(pitch)
      const scores = scoreSentences(document.sentences, features)
      document.sentences.forEach((sentence, i) => {
        sentences++
        const trained = bareTitle(sentence, features[i]!)
        const reported = elements.every((element) => scores[i]!.score[element] === 0)
        if (trained) bare++
        assert.equal(reported, trained, `${pitch.id}, sentence ${i} ("${sentence.text.slice(0, 60)}"): training reads it as ${trained ? 'bare' : 'content'}, the report as ${reported ? 'bare' : 'content'}`)
      })
    }
  }
  // The corpus has titles, prompts and fields to check: the test would pass vacuously without them.
  assert.ok(bare > 50 && bare < sentences / 4, `${bare} bare sentences of ${sentences}`)
})
