/**
 * The per-group figures `eval/cv-status.ts --by=<facet>` prints: which
 * groups a pitch belongs to, and how each group's figures are counted.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {Pitch} from '../align.ts'
import type {PitchCounts} from '../bootstrap.ts'
import {carrierCounts, carrierOf, curveShares, figuresByGroup, groupsOf, inShare, perDoubling, writerFold, type GroupedStatus} from '../cv-status.ts'
import {modelDocument} from '../../packages/core/src/engine.ts'
import {featureLists, pitchFeatures} from '../../packages/core/src/analysers/structure/features.ts'
import {profiles} from '../../packages/core/src/languages/index.ts'
import {resolveOptions} from '../../packages/core/src/options.ts'
import type {Element} from '../../packages/core/src/index.ts'

const pitch = (fields: Partial<Pitch>): Pitch => ({id: 'en-x', lang: 'en', text: '', sentences: [], elements: {}, ...fields})

test('groupsOf: every hard case of a pitch, "none" without any, "unknown" for a field the pitch lacks', () => {
  const groups = groupsOf(pitch({domain: 'health', length: 'elevator', quality: 'weak', hardCases: ['no-numbers', 'vague-ask']}))
  assert.deepEqual(groups, {lang: ['en'], domain: ['health'], length: ['elevator'], quality: ['weak'], hardCases: ['no-numbers', 'vague-ask']})
  assert.deepEqual(groupsOf(pitch({hardCases: []})).hardCases, ['none'])
  assert.deepEqual(groupsOf(pitch({lang: 'fi'})), {lang: ['fi'], domain: ['unknown'], length: ['unknown'], quality: ['unknown'], hardCases: ['none']})
})

test('figuresByGroup: a pitch counts in each of its groups; statuses, deletions and sentences per group, then all', () => {
  const groups = (...hardCases: string[]) => groupsOf(pitch({hardCases}))
  const a = {id: 'a', groups: groups('no-numbers', 'vague-ask')}
  const b = {id: 'b', groups: groups('no-numbers')}
  const rows: GroupedStatus[] = [
    {doc: a, status: 'present', gold: 'present'},
    {doc: a, status: 'weak', gold: 'present'},
    {doc: b, status: 'missing', gold: 'missing'},
    // An ablated copy of b: its deleted element still called present is a deletion not noticed.
    {doc: {...b, ablated: 'hero'}, status: 'present', gold: 'missing'},
    {doc: {...b, ablated: 'change'}, status: 'weak', gold: 'missing'}
  ]
  const counts = (tp: number, fp: number, fn: number): PitchCounts => ({
    sentences: {problem: {tp, fp, fn}, hero: {tp: 0, fp: 0, fn: 0}, change: {tp: 0, fp: 0, fn: 0}, outcome: {tp: 0, fp: 0, fn: 0}},
    statusRight: 0,
    statusTotal: 0
  })
  const figures = figuresByGroup('hardCases', rows, new Map([['a', counts(2, 0, 0)], ['b', counts(0, 1, 1)]]))
  assert.deepEqual(figures.map((f) => f.group), ['no-numbers', 'vague-ask', 'all'])
  const [numbers, vague, all] = figures
  assert.deepEqual({...numbers, macroF1: undefined}, {group: 'no-numbers', pitches: 2, macroF1: undefined, statusRight: 2, statusTotal: 3, noticed: 1, copies: 2})
  // Two right of four problem sentences said or labelled: F1 = 2·2 / (2·2 + 1 + 1).
  assert.equal(numbers!.macroF1, 4 / 6)
  assert.deepEqual({...vague, macroF1: undefined}, {group: 'vague-ask', pitches: 1, macroF1: undefined, statusRight: 1, statusTotal: 2, noticed: 0, copies: 0})
  assert.equal(vague!.macroF1, 1)
  assert.equal(all!.pitches, 2)
  assert.equal(all!.statusTotal, 3)
})

test('writerFold: ten consecutive numbers share a fold, the next ten take the next one, and each language starts one further', () => {
  assert.equal(writerFold('en-001-island-ferry', 'en'), 0)
  assert.equal(writerFold('en-010-x', 'en'), 0)
  assert.equal(writerFold('en-011-x', 'en'), 1)
  assert.equal(writerFold('en-051-x', 'en'), 0, 'five blocks later, the first fold again')
  assert.equal(writerFold('sv-001-x', 'sv'), 1)
  assert.equal(writerFold('fi-001-x', 'fi'), 2)
  assert.equal(writerFold('no-number', 'en'), undefined)
})

test('carrierOf: what the gold labels the sentence that still carries an element, and whether it names the deleted hero sentences\' people', () => {
  const lines: Array<[string, Element[]]> = [
    ['Sirkka, 84, lives alone in Kotka.', ['hero']],
    ['Sirkka has her knee surgery in March.', ['problem']],
    ['Our volunteers drive people to the clinic.', ['change']],
    ['The road is closed all winter.', []]
  ]
  const document = modelDocument(lines.map(([text]) => text).join('\n\n'), resolveOptions({language: 'en'}))
  const features = pitchFeatures(document.sentences, featureLists(profiles.en))
  assert.equal(document.sentences.length, lines.length)
  const whole = document.sentences.map((s, i) => ({text: s.text, roles: lines[i]![1], features: features[i]!}))
  const at = (i: number) => ({text: document.sentences[i]!.text, features: features[i]!})
  // The pitch names its hero again in a sentence the gold labels only as the problem.
  assert.deepEqual(carrierOf('hero', at(1), whole), {roles: ['problem'], people: 'same'})
  // Other people than the deleted sentences', and no one at all.
  assert.deepEqual(carrierOf('hero', at(2), whole), {roles: ['change'], people: 'other'})
  assert.deepEqual(carrierOf('hero', at(3), whole), {roles: [], people: 'none'})
  // Only the hero is read for its people; a sentence the whole pitch lacks has no roles to give.
  assert.deepEqual(carrierOf('problem', at(2), whole), {roles: ['change']})
  assert.deepEqual(carrierOf('change', {text: 'A sentence the deletion made.', features: features[3]!}, whole), {roles: undefined})
})

test('carrierCounts: carriers by their gold roles in story order, largest first, with unlabelled and unmatched sentences named', () => {
  assert.deepEqual(
    carrierCounts([{roles: ['problem']}, {roles: []}, {roles: ['problem']}, {roles: undefined}, {roles: ['outcome', 'hero']}, {roles: []}, {roles: ['problem']}, {roles: ['hero', 'outcome']}]),
    [['problem', 3], ['hero+outcome', 2], ['no label', 2], ['not found', 1]]
  )
  assert.deepEqual(carrierCounts([]), [])
})

test('inShare: nested shares of about the right size, spread over consecutive pitches; a bad share or index is a TypeError', () => {
  const pitches = Array.from({length: 2000}, (_, i) => i)
  let previous: number[] = []
  for (const share of curveShares) {
    const chosen = pitches.filter((p) => inShare(p, share))
    assert.ok(Math.abs(chosen.length / pitches.length - share) < 0.01, `share ${share}: ${chosen.length} of 2000`)
    // Nested: every pitch of a smaller share is in the larger one.
    assert.ok(previous.every((p) => chosen.includes(p)), `share ${share} holds the smaller share`)
    previous = chosen
  }
  assert.equal(previous.length, pitches.length, 'the whole corpus at 1')
  // Spread: any 80 consecutive pitches (a round of writing in one language) hold about an eighth of themselves in the first share.
  for (let start = 0; start < 1900; start += 100) {
    const block = pitches.slice(start, start + 80).filter((p) => inShare(p, 1 / 8)).length
    assert.ok(block >= 9 && block <= 11, `pitches ${start}…${start + 79}: ${block} in the eighth`)
  }
  assert.throws(() => inShare(3, 0), {name: 'TypeError', message: /share/})
  assert.throws(() => inShare(3, 1.5), {name: 'TypeError', message: /share/})
  assert.throws(() => inShare(-1, 0.5), {name: 'TypeError', message: /pitch/})
  assert.throws(() => inShare(0.5, 0.5), {name: 'TypeError', message: /pitch/})
})

test('perDoubling: the gain per doubling of the pitches, and the pitches a figure needs at that rate', () => {
  // A figure that gains 0.02 with each doubling, from 0.70 at 256 pitches.
  const points = [256, 512, 1024, 2048].map((pitches, k) => ({pitches, figure: 0.7 + 0.02 * k}))
  const trend = perDoubling(points)
  assert.ok(Math.abs(trend.slope - 0.02) < 1e-12)
  assert.ok(Math.abs(trend.intercept - (0.7 - 0.02 * 8)) < 1e-12)
  // 0.80 is five doublings past 0.70: 256 × 32.
  assert.ok(Math.abs(trend.pitchesFor(0.8) - 8192) < 1e-6)
  // A flat or falling figure never reaches a higher one.
  assert.equal(perDoubling([{pitches: 100, figure: 0.7}, {pitches: 200, figure: 0.7}]).pitchesFor(0.8), Number.POSITIVE_INFINITY)
  assert.equal(perDoubling([{pitches: 100, figure: 0.7}, {pitches: 200, figure: 0.6}]).pitchesFor(0.8), Number.POSITIVE_INFINITY)
  assert.throws(() => perDoubling([{pitches: 100, figure: 0.7}]), TypeError)
  assert.throws(() => perDoubling([{pitches: 100, figure: 0.7}, {pitches: 100, figure: 0.8}]), TypeError)
})
