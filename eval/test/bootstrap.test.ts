/**
 * The bootstrap intervals `npm run eval` prints beside macro-F1 and status
 * accuracy.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {bootstrap, macroF1, statusAccuracy, type PitchCounts} from '../bootstrap.ts'

const pitch = (problem: [number, number, number], hero: [number, number, number], statusRight: number, statusTotal = 4): PitchCounts => ({
  sentences: {
    problem: {tp: problem[0], fp: problem[1], fn: problem[2]},
    hero: {tp: hero[0], fp: hero[1], fn: hero[2]}
  },
  statusRight,
  statusTotal
})

test('macroF1: pooled counts per element, averaged over the elements that occur', () => {
  // problem: tp 3, fp 1, fn 0 → F1 6/7; hero: tp 1, fp 0, fn 3 → F1 2/5; change never occurs.
  const pitches = [pitch([2, 1, 0], [1, 0, 1], 4), pitch([1, 0, 0], [0, 0, 2], 2)]
  assert.ok(Math.abs(macroF1(pitches, ['problem', 'hero', 'change']) - (6 / 7 + 2 / 5) / 2) < 1e-12)
  assert.equal(macroF1([pitch([0, 0, 0], [0, 0, 0], 0)], ['problem', 'hero']), 0)
  // An element that occurs but is never found counts as 0, not as absent.
  assert.equal(macroF1([pitch([0, 0, 2], [1, 0, 0], 0)], ['problem', 'hero']), 0.5)
})

test('statusAccuracy: right statuses over all gold statuses', () => {
  assert.equal(statusAccuracy([pitch([0, 0, 0], [0, 0, 0], 3), pitch([0, 0, 0], [0, 0, 0], 1)]), 0.5)
  assert.equal(statusAccuracy([]), 0)
})

test('bootstrap: the same seed gives the same interval, and it holds the point figure', () => {
  const pitches = [
    pitch([3, 0, 1], [1, 1, 1], 4),
    pitch([0, 2, 2], [0, 1, 2], 1),
    pitch([2, 1, 0], [2, 0, 0], 3),
    pitch([1, 0, 3], [0, 0, 1], 2),
    pitch([4, 1, 1], [1, 0, 0], 4)
  ]
  const a = bootstrap(pitches, ['problem', 'hero'])
  assert.deepEqual(bootstrap(pitches, ['problem', 'hero']), a)
  const f1 = macroF1(pitches, ['problem', 'hero'])
  const accuracy = statusAccuracy(pitches)
  assert.ok(a.macroF1[0] < f1 && f1 < a.macroF1[1], `${f1} in ${a.macroF1.join('–')}`)
  assert.ok(a.status[0] < accuracy && accuracy < a.status[1], `${accuracy} in ${a.status.join('–')}`)
})

test('bootstrap: identical pitches leave nothing to vary; more pitches narrow the interval', () => {
  const same = Array.from({length: 6}, () => pitch([2, 1, 1], [1, 1, 0], 3))
  const fixed = bootstrap(same, ['problem', 'hero'])
  assert.equal(fixed.macroF1[0], fixed.macroF1[1])
  assert.deepEqual(fixed.status, [0.75, 0.75])

  const mixed = [pitch([3, 0, 0], [1, 0, 0], 4), pitch([0, 2, 2], [0, 2, 1], 0), pitch([1, 1, 1], [1, 1, 1], 2)]
  const width = (i: readonly [number, number]): number => i[1] - i[0]
  const small = bootstrap(mixed, ['problem', 'hero'])
  const large = bootstrap(Array.from({length: 10}, () => mixed).flat(), ['problem', 'hero'])
  assert.ok(width(large.status) < width(small.status) / 2, `${width(large.status)} vs ${width(small.status)}`)
  assert.ok(width(large.macroF1) < width(small.macroF1))
})

test('bootstrap: no pitches gives an empty interval, not an error', () => {
  assert.deepEqual(bootstrap([], ['problem']), {macroF1: [0, 0], status: [0, 0]})
})
