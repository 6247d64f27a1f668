/**
 * `npm run eval -- --file <path>`: the figures for a labelled file the model
 * was not fitted on (a team's own pitches, a new round of the corpus before it
 * joins the training data), without the project's or the shared corpora.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

function evalRun(...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'eval', 'run.ts'), ...args], {cwd: root, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

interface Result {
  corpus: string
  language: string
  pitches: number
  inSample: boolean
  sentenceLevel: Record<string, {tp: number; fp: number; fn: number}>
  documentLevel: {perElement: Record<string, {n: number}>}
}

test('--file reads only the given file, as pitches the model was not fitted on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-coach-eval-'))
  try {
    // Two pitches of the project corpus, copied to a file of their own.
    const lines = readFileSync(join(root, 'eval', 'corpus', 'en.jsonl'), 'utf8').split('\n').slice(0, 2)
    const path = join(dir, 'round.jsonl')
    writeFileSync(path, lines.join('\n') + '\n')
    const run = evalRun('--file', path, '--json', '--no-ablation')
    assert.equal(run.status, 0, run.stderr)
    const results = JSON.parse(run.stdout) as Result[]
    assert.equal(results.length, 1)
    const [result] = results
    assert.equal(result!.corpus, path)
    assert.equal(result!.language, 'en')
    assert.equal(result!.pitches, 2)
    assert.equal(result!.inSample, false)
    // Every gold label is counted once, as found or missed: the units were aligned with the report's sentences
    // (these two pitches have one report sentence per unit).
    const gold = lines.map((line) => JSON.parse(line) as {sentences: Array<{labels: string[]}>; elements: Record<string, string>})
    for (const element of ['problem', 'hero', 'change', 'outcome', 'ask']) {
      const labelled = gold.reduce((sum, pitch) => sum + pitch.sentences.filter((s) => s.labels.includes(element)).length, 0)
      const counts = result!.sentenceLevel[element]!
      assert.ok(labelled > 0 || element === 'ask', `${element} occurs in the fixture`)
      assert.equal(counts.tp + counts.fn, labelled, `${element}: found + missed = labelled`)
      assert.equal(result!.documentLevel.perElement[element]!.n, gold.filter((pitch) => pitch.elements[element]).length)
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
})

test('--file with a path that does not exist: a one-line reason and exit code 2', () => {
  const run = evalRun('--file', join(tmpdir(), 'pitch-coach-no-such-file.jsonl'), '--json')
  assert.equal(run.status, 2)
  assert.match(run.stderr, /^eval: --file .*no such file\n$/)
  assert.equal(run.stdout, '')
})

test('--file without a value: a one-line reason and exit code 2', () => {
  const run = evalRun('--json', '--file')
  assert.equal(run.status, 2)
  assert.equal(run.stderr, 'eval: --file needs a value\n')
})
