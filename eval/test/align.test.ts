/**
 * The evaluation's own plumbing: finding gold units in a pitch and deleting
 * one element's units for the ablation check. A mistake here changes every
 * figure `npm run eval` and `eval/cv-status.ts` report.
 */
import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, test} from 'node:test'
import {analyzeSync} from '../../packages/core/src/index.ts'
import {ablate, alignUnits, corpora, goldLabels, heldoutFiles, projectFiles, reportGold, sharedFile, type Pitch} from '../align.ts'

const pitch: Pitch = {
  id: 'test',
  lang: 'en',
  text: [
    '# Rides to **dialysis**',
    '',
    'Patients wait an hour for a taxi. "It ruins my day," says Aino.',
    '',
    '- We share rides.',
    '- Waiting fell from 60 to 15 minutes.',
    ''
  ].join('\n'),
  sentences: [
    {text: 'Rides to dialysis', labels: ['change']},
    {text: 'Patients wait an hour for a taxi.', labels: ['problem']},
    {text: '"It ruins my day," says Aino.', labels: ['problem', 'hero']},
    {text: 'We share rides.', labels: ['change']},
    {text: 'Waiting fell from 60 to 15 minutes.', labels: ['outcome']}
  ],
  elements: {problem: 'present', hero: 'present', change: 'present', outcome: 'present'}
}

describe('alignUnits', () => {
  test('finds each unit whatever its Markdown, quotes and whitespace', () => {
    const units = alignUnits(pitch)
    assert.deepEqual(
      units.map((u) => (u ? pitch.text.slice(u.start, u.end) : undefined)),
      ['Rides to **dialysis', 'Patients wait an hour for a taxi', 'It ruins my day," says Aino', 'We share rides', 'Waiting fell from 60 to 15 minutes']
    )
  })

  test('a unit that is not in the text is not found, and the rest still are', () => {
    const units = alignUnits({...pitch, sentences: [{text: 'Not in the pitch at all.', labels: []}, ...pitch.sentences.slice(1)]})
    assert.equal(units[0], undefined)
    assert.equal(units.filter(Boolean).length, 4)
  })

  test('gold labels follow the unit each sentence overlaps most', () => {
    const units = alignUnits(pitch)
    const at = (s: string): {start: number; end: number} => ({start: pitch.text.indexOf(s), end: pitch.text.indexOf(s) + s.length})
    assert.deepEqual(goldLabels([at('Patients wait an hour for a taxi.'), at('- We share rides.'), at('Rides')], units, pitch), [['problem'], ['change'], ['change']])
  })

  test("a report's gold: its sentences' labels, and only the elements whose status the corpus gives", () => {
    const report = analyzeSync(pitch.text, {language: 'en'})
    const {gold, labelled} = reportGold(pitch, report)
    assert.deepEqual(gold, [['change'], ['problem'], ['problem', 'hero'], ['change'], ['outcome']])
    // The pitch gives no ask status: a tally leaves its ask out.
    assert.deepEqual([...labelled].sort(), ['change', 'hero', 'outcome', 'problem'])
  })
})

describe('ablate', () => {
  test("deletes one element's units with their quotes and full stops, and nothing else", () => {
    const text = ablate(pitch, alignUnits(pitch), 'problem')!
    assert.equal(text, ['# Rides to **dialysis**', '', ' ', '', '- We share rides.', '- Waiting fell from 60 to 15 minutes.', ''].join('\n'))
    assert.doesNotMatch(text, /[."]\s*[."]/)
  })

  test('drops a heading or list marker left empty', () => {
    const text = ablate(pitch, alignUnits(pitch), 'outcome')!
    assert.ok(!text.split('\n').some((line) => /^\s*-\s*$/.test(line)), JSON.stringify(text))
    assert.match(text, /- We share rides\.\n/)
    const headless = ablate(pitch, alignUnits(pitch), 'change')!
    assert.doesNotMatch(headless, /^#/m)
    assert.doesNotMatch(headless, /We share rides/)
    assert.match(headless, /Patients wait an hour for a taxi\. "It ruins my day," says Aino\./)
  })

  test('nothing to delete: undefined', () => {
    assert.equal(ablate(pitch, alignUnits(pitch), 'ask'), undefined)
  })
})

describe('corpus files', () => {
  test('the project files that exist, in en, sv, fi order, and the shared file only when it is there', () => {
    const base = mkdtempSync(join(tmpdir(), 'pitch-coach-eval-'))
    const root = join(base, 'project')
    mkdirSync(join(root, 'eval', 'corpus'), {recursive: true})
    writeFileSync(join(root, 'eval', 'corpus', 'fi.jsonl'), '')
    writeFileSync(join(root, 'eval', 'corpus', 'en.jsonl'), '')
    assert.deepEqual(projectFiles(root).map((file) => file.language), ['en', 'fi'])
    assert.equal(sharedFile(root), undefined)
    assert.deepEqual(corpora(root), [{name: 'project', paths: [join(root, 'eval', 'corpus', 'en.jsonl'), join(root, 'eval', 'corpus', 'fi.jsonl')]}])
    mkdirSync(join(base, 'shared', 'corpus', 'pitches-dev'), {recursive: true})
    writeFileSync(join(base, 'shared', 'corpus', 'pitches-dev', 'pitches.jsonl'), '')
    assert.equal(sharedFile(root), join(base, 'shared', 'corpus', 'pitches-dev', 'pitches.jsonl'))
    assert.deepEqual(corpora(root).map((corpus) => corpus.name), ['project', 'shared pitches-dev'])
    mkdirSync(join(root, 'eval', 'heldout'), {recursive: true})
    writeFileSync(join(root, 'eval', 'heldout', 'sv.jsonl'), '')
    assert.deepEqual(heldoutFiles(root), [{language: 'sv', path: join(root, 'eval', 'heldout', 'sv.jsonl')}])
    assert.deepEqual(corpora(root).map((corpus) => corpus.name), ['project', 'held-out', 'shared pitches-dev'])
    // Training reads the project's files only: the held-out ones are never among them.
    assert.deepEqual(projectFiles(root).map((file) => file.language), ['en', 'fi'])
  })
})
