/**
 * The agreement figures (`eval/agreement.ts`): two annotations of the same
 * units compared element by element, and a second annotation read beside the
 * corpus it annotates.
 */
import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {test} from 'node:test'
import {agreement, agreementRows, type Labelling} from '../agreement.ts'

const pitch = {
  id: 'en-001-rides',
  lang: 'en',
  domain: 'health',
  length: 'elevator',
  quality: 'strong',
  hardCases: [],
  text: 'Patients wait an hour for a taxi to dialysis.\n\nWe share rides between neighbours.\n\nWaiting fell from 60 to 15 minutes.\n',
  sentences: [
    {text: 'Patients wait an hour for a taxi to dialysis.', labels: ['problem', 'hero']},
    {text: 'We share rides between neighbours.', labels: ['change']},
    {text: 'Waiting fell from 60 to 15 minutes.', labels: ['outcome']}
  ],
  elements: {problem: 'present', hero: 'present', change: 'present', outcome: 'present', ask: 'missing'}
}

test('agreement: equal annotations agree fully; one unit read differently lowers that element alone', () => {
  const first: Labelling = {units: [['problem', 'hero'], ['change'], ['outcome']], elements: {problem: 'present', hero: 'present', change: 'present', outcome: 'present'}}
  assert.deepEqual(agreement([[first, first]]), {f1: {problem: 1, hero: 1, change: 1, outcome: 1}, macro: 1, status: 1})
  // The second reads the first unit as the problem only, and calls the hero weak.
  const second: Labelling = {units: [['problem'], ['change'], ['outcome']], elements: {problem: 'present', hero: 'weak', change: 'present', outcome: 'present'}}
  const result = agreement([[first, second]])
  assert.equal(result.f1.hero, 0)
  assert.equal(result.f1.problem, 1)
  assert.equal(result.macro, 0.75)
  assert.equal(result.status, 0.75)
  // One unit the second labels and the first does not is a false positive against the first.
  const more: Labelling = {units: [['problem', 'hero'], ['change', 'outcome'], ['outcome']], elements: first.elements}
  assert.equal(agreement([[first, more]]).f1.outcome, 2 / 3)
})

test('agreement: a second annotation is read beside the corpus it annotates, and a mismatch is an error that names the pitch', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pitch-coach-agreement-'))
  writeFileSync(join(folder, 'en.jsonl'), JSON.stringify(pitch) + '\n')
  // No second annotation: no rows.
  assert.deepEqual(agreementRows(folder), [])
  mkdirSync(join(folder, 'second'))
  const second = {id: pitch.id, labels: [['problem'], ['change'], ['outcome']], elements: {problem: 'present', hero: 'weak', change: 'present', outcome: 'present', ask: 'missing'}}
  writeFileSync(join(folder, 'second', 'en.jsonl'), JSON.stringify(second) + '\n')
  const rows = agreementRows(folder)
  assert.equal(rows.length, 1)
  assert.deepEqual(rows[0]!.first.units, [['problem', 'hero'], ['change'], ['outcome']])
  assert.deepEqual(rows[0]!.second.units, second.labels)
  // The coach reads every unit of the pitch.
  assert.equal(rows[0]!.coach.units.length, 3)
  assert.ok(rows[0]!.coach.units[2]!.includes('outcome'), JSON.stringify(rows[0]!.coach.units))
  writeFileSync(join(folder, 'second', 'en.jsonl'), JSON.stringify({...second, labels: [['problem'], ['change']]}) + '\n')
  assert.throws(() => agreementRows(folder), /en-001-rides has 2 label lists for 3 units/)
  writeFileSync(join(folder, 'second', 'en.jsonl'), JSON.stringify({...second, id: 'en-002-other'}) + '\n')
  assert.throws(() => agreementRows(folder), /en-002-other is not in en.jsonl/)
})
