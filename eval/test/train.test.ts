/**
 * The sentence tallies and the misread listing of `eval/train.ts`, on made-up
 * examples and scores: the cross-validated figures and `--list` rest on them.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {misreads, sentenceCounts, type SourcedExample} from '../train.ts'
import type {Element} from '../../packages/core/src/index.ts'

const roles = (...on: Element[]): Record<Element, number> => ({problem: 0, hero: 0, change: 0, outcome: 0, ask: 0, ...Object.fromEntries(on.map((e) => [e, 1]))})
const example = (id: string, text: string, y: Record<Element, number>): SourcedExample => ({pitch: 0, id, text, lang: 'en', stems: [], x: [], y, bare: false, part: 0})
const scored = (hero: number): Record<Element, number> => ({problem: 0, hero, change: 0, outcome: 0, ask: 0})

const data = [
  example('en-1', 'Maria waits\nthree days.', roles('hero', 'problem')),
  example('en-1', 'We built an app.', roles('change')),
  example('en-2', 'Residents over 80 live alone.', roles('hero')),
  example('en-2', 'The ask is €9,000.', roles('ask'))
]
const scores = [scored(0.9), scored(0.45), scored(0.2), scored(0.1)]

test('sentenceCounts: a sentence carries an element from the cut up, counted against the gold', () => {
  const counts = sentenceCounts(data, scores, 0.4)
  assert.deepEqual(counts.hero, {tp: 1, fp: 1, fn: 1})
  assert.deepEqual(counts.change, {tp: 0, fp: 0, fn: 1})
  // At a higher cut the change's false hero is no longer read.
  assert.deepEqual(sentenceCounts(data, scores, 0.5).hero, {tp: 1, fp: 0, fn: 1})
})

test('misreads: every sentence read wrong for the element, missed or extra, with its score, gold roles (in the order of the elements) and text on one line', () => {
  assert.deepEqual(misreads(data, scores, 'hero', 0.4), [
    'en-1\thero\textra\t0.45\tchange\tWe built an app.',
    'en-2\thero\tmissed\t0.20\thero\tResidents over 80 live alone.'
  ])
  // A sentence read right is not listed, and its line break would not split a line.
  assert.deepEqual(misreads(data, [scored(0.1), scored(0), scored(0.9), scored(0)], 'hero', 0.4), ['en-1\thero\tmissed\t0.10\tproblem+hero\tMaria waits three days.'])
  assert.deepEqual(misreads(data, scores, 'outcome', 0.4), [])
})
