/**
 * The comparison `eval/team.ts` prints: `team-as-hero` against the corpus's
 * `we-protagonist` hard case.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {agreement, type TeamRow} from '../team.ts'

test('agreement: the finding against the tag, at the given thresholds, over tagged pitches only', () => {
  const rows: TeamRow[] = [
    {id: 'a', team: 8, served: 1, tagged: true}, // raised, tagged
    {id: 'b', team: 4, served: 0, tagged: false}, // raised, not tagged
    {id: 'c', team: 3, served: 0, tagged: true}, // below minMentions: tag only
    {id: 'd', team: 6, served: 4, tagged: false}, // under the ratio: neither
    {id: 'e', team: 9, served: 0} // no tags (a shared pitch): not counted
  ]
  const a = agreement(rows, {ratio: 2, minMentions: 4})
  assert.deepEqual({both: a.both, findingOnly: a.findingOnly, tagOnly: a.tagOnly, neither: a.neither}, {both: 1, findingOnly: 1, tagOnly: 1, neither: 1})
  assert.equal(a.precision, 0.5)
  assert.equal(a.recall, 0.5)
  assert.equal(a.f1, 0.5)
  // A lower minMentions takes c in; a ratio of 1 takes d in too.
  assert.equal(agreement(rows, {ratio: 2, minMentions: 3}).recall, 1)
  assert.equal(agreement(rows, {ratio: 1, minMentions: 3}).findingOnly, 2)
  // No tagged pitch at all: every figure 0, no division by zero.
  assert.deepEqual(agreement([{id: 'e', team: 9, served: 0}], {ratio: 2, minMentions: 4}), {both: 0, findingOnly: 0, tagOnly: 0, neither: 0, precision: 0, recall: 0, f1: 0})
})
