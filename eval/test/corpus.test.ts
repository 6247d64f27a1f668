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
