/**
 * The labelled files themselves: every corpus and held-out file passes the
 * validator, and no held-out pitch is also a training pitch (by id or by text),
 * so the held-out figures stay figures on pitches the model was never fitted on.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {heldoutFiles, projectFiles, readCorpus} from '../align.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const validator = join(root, 'eval', 'validate-corpus.mjs')

test('every corpus and held-out file passes the validator', () => {
  const files = [...projectFiles(root), ...heldoutFiles(root)].map((file) => file.path)
  assert.ok(files.length >= 3, 'the three corpus files are there')
  for (const file of files) {
    const result = spawnSync(process.execPath, [validator, file], {encoding: 'utf8'})
    assert.equal(result.status, 0, `${file}: ${result.stdout}${result.stderr}`)
  }
})

test('the validator rejects a file that breaks a rule, naming the pitch', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'pitch-coach-corpus-')), 'bad.jsonl')
  writeFileSync(file, JSON.stringify({id: 'en-001-x', lang: 'en', domain: 'health', length: 'elevator', quality: 'strong', hardCases: [], text: 'We help.', sentences: [{text: 'We help.', labels: ['villain']}], elements: {}}) + '\n')
  const result = spawnSync(process.execPath, [validator, file], {encoding: 'utf8'})
  assert.equal(result.status, 1)
  assert.match(result.stdout + result.stderr, /en-001-x/)
})

test('the validator takes ids of three digits, or four from 1000, and no other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-coach-corpus-'))
  const status = (id: string): number | null => {
    const file = join(dir, `${id}.jsonl`)
    const text = 'Residents wait three days for medicine. We deliver it within a day. We ask the city for a pilot.'
    const pitch = {
      id, lang: 'en', domain: 'health', length: 'elevator', quality: 'weak', hardCases: [], text: text + ' ' + 'It works. '.repeat(25).trim(),
      sentences: [
        {text: 'Residents wait three days for medicine.', labels: ['problem', 'hero']},
        {text: 'We deliver it within a day.', labels: ['change']},
        {text: 'We ask the city for a pilot.', labels: ['ask']},
        ...Array.from({length: 25}, () => ({text: 'It works.', labels: []}))
      ],
      elements: {problem: 'present', hero: 'present', change: 'present', outcome: 'missing', ask: 'present'}
    }
    writeFileSync(file, JSON.stringify(pitch) + '\n')
    return spawnSync(process.execPath, [validator, file], {encoding: 'utf8'}).status
  }
  assert.equal(status('en-994-pilot'), 0)
  assert.equal(status('en-1000-pilot'), 0)
  assert.equal(status('en-12-pilot'), 1)
  assert.equal(status('en-0123-pilot'), 1)
})

test('no pitch number is used twice in a language, across the corpus and the held-out set', () => {
  const seen = new Map<string, string>()
  for (const file of [...projectFiles(root), ...heldoutFiles(root)]) {
    for (const pitch of readCorpus(file.path)) {
      const number = /^([a-z]+-\d+)-/.exec(pitch.id)?.[1]
      assert.ok(number, pitch.id)
      assert.ok(!seen.has(number), `${pitch.id} and ${seen.get(number)} share a number`)
      seen.set(number, pitch.id)
    }
  }
})

test('no held-out pitch is a training pitch', () => {
  const training = projectFiles(root).flatMap((file) => readCorpus(file.path))
  const ids = new Set(training.map((pitch) => pitch.id))
  const texts = new Set(training.map((pitch) => pitch.text.replace(/\s+/g, ' ').trim()))
  for (const file of heldoutFiles(root)) {
    for (const pitch of readCorpus(file.path)) {
      assert.ok(!ids.has(pitch.id), `${pitch.id} is in eval/corpus too`)
      assert.ok(!texts.has(pitch.text.replace(/\s+/g, ' ').trim()), `${pitch.id}'s text is in eval/corpus too`)
    }
  }
})
