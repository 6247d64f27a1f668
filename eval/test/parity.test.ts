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

test('parity: the second stage as training computes it (neighbours, parts, gap to the pitch\'s clearest sentence) is the one the report runs', async () => {
  const {finalScores} = await import('../train.ts')
  const {featureNames, parts, stackNames, vectors} = await import('../../packages/core/src/analysers/structure/scoring.ts')
  const {weights} = await import('../../packages/core/src/analysers/structure/weights.ts')
  let compared = 0
  let lifted = 0
  for (const {path} of projectFiles(root)) {
    // Every pitch (under a second): a bare title that would set a pitch's clearest sentence shows in few of them.
    for (const [pitchIndex, pitch] of readCorpus(path).entries()) {
      const {document, features} = modelPitch(pitch)
      const scores = scoreSentences(document.sentences, features)
      const part = parts(document.sentences)
      const rows = vectors(document.sentences, features).map((v, i) => ({
        pitch: pitchIndex,
        lang: pitch.lang,
        stems: [],
        x: featureNames.map((name) => v[name]),
        y: {problem: 0, hero: 0, change: 0, outcome: 0, ask: 0},
        bare: bareTitle(document.sentences[i]!, features[i]!),
        part: part[i]!
      }))
      for (const element of elements) {
        const model = weights[element]
        const stack = weights.stack[element]
        const first = [model.bias, ...featureNames.map((name) => model[name] ?? 0)]
        const second = [stack.bias, ...stackNames.map((name) => stack[name])]
        const trained = finalScores(rows, {first, second})
        trained.forEach((score, i) => {
          compared++
          if (score > 0.5 && 1 / (1 + Math.exp(-logitOf(first, rows[i]!.x))) < 0.5) lifted++
          assert.ok(Math.abs(score - scores[i]!.score[element]) < 1e-9, `${pitch.id}, sentence ${i}, ${element}: training ${score}, report ${scores[i]!.score[element]}`)
        })
      }
    }
  }
  // Sentences the second stage lifts over 0.5 are there to compare: the test would pass on the first stage alone without them.
  assert.ok(compared > 40000 && lifted > 200, `${compared} scores, ${lifted} lifted`)
})

function logitOf(w: readonly number[], x: readonly number[]): number {
  let z = w[0]!
  for (let k = 0; k < x.length; k++) z += w[k + 1]! * x[k]!
  return z
}
