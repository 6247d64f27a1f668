/**
 * The structure model's weights in the repository must be the ones
 * `eval/train.ts --write` fits on `eval/corpus` today. A change to the
 * features, the corpus or the training that is committed without fitting
 * again would leave the report scoring with weights learned for other
 * inputs; this test fails until the weights are fitted again.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {examples, weightBlocks} from '../train.ts'

const weightsPath = new URL('../../packages/core/src/analysers/structure/weights.ts', import.meta.url)
const vocabularyPath = new URL('../../packages/core/src/analysers/structure/vocabulary-data.ts', import.meta.url)

/** The `name: value` pairs of each element's line in a weights block. */
function parse(block: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>()
  for (const line of block.split('\n')) {
    const match = /^\s*(\w+): \{(.*)\},?$/.exec(line)
    if (!match) continue
    const values = new Map<string, number>()
    for (const [, name, value] of match[2]!.matchAll(/"?([\w.]+)"?: (-?\d+\.\d+)/g)) values.set(name!, Number(value))
    out.set(match[1]!, values)
  }
  return out
}

/** The text between `// <tag>` and `// </tag>` in weights.ts (or another file). */
function committed(tag: string, path: URL = weightsPath): string {
  const source = readFileSync(path, 'utf8')
  const begin = source.indexOf(`// <${tag}>`)
  const end = source.indexOf(`// </${tag}>`)
  assert.ok(begin !== -1 && end > begin, `weights.ts has a // <${tag}> block`)
  return source.slice(begin, end)
}

/**
 * Differences beyond rounding: a weight's two decimals may differ by one in
 * the last place on another machine's arithmetic, and a weight near the 0.05
 * cut may be written in one block and left out of the other.
 */
function differences(fresh: string, stored: string): string[] {
  const a = parse(fresh)
  const b = parse(stored)
  const out: string[] = []
  assert.deepEqual([...b.keys()], [...a.keys()], 'the same elements in the same order')
  for (const [element, weights] of a) {
    const other = b.get(element)!
    for (const name of new Set([...weights.keys(), ...other.keys()])) {
      const x = weights.get(name)
      const y = other.get(name)
      const gap = Math.abs((x ?? 0) - (y ?? 0))
      const near = x === undefined || y === undefined ? gap <= 0.06 : gap <= 0.011
      if (!near) out.push(`${element}.${name}: fitted ${x ?? 'left out'}, committed ${y ?? 'left out'}`)
    }
  }
  return out
}

test('weights: the committed weights are what eval/train.ts fits on eval/corpus (run `node --import tsx eval/train.ts --write` after changing features or the corpus)', () => {
  const fresh = weightBlocks(examples())
  const first = differences(fresh.trained, committed('trained'))
  assert.deepEqual(first, [], `first stage out of date:\n${first.join('\n')}`)
  const second = differences(fresh.stacked, committed('stacked'))
  assert.deepEqual(second, [], `second stage out of date:\n${second.join('\n')}`)
})

/** Each language's rows of a vocabulary block: `lang → stem → weights`. */
function tables(block: string): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>()
  let current: Map<string, number[]> | undefined
  for (const line of block.split('\n')) {
    const lang = /^ {2}(\w+): \{$/.exec(line)
    if (lang) out.set(lang[1]!, (current = new Map()))
    const row = /^ {4}("[^"]*"): \[(.*)\],$/.exec(line)
    if (row && current) current.set(JSON.parse(row[1]!) as string, row[2]!.split(', ').map(Number))
  }
  return out
}

test('weights: the committed word tables are what eval/train.ts fits on eval/corpus', () => {
  const fresh = tables(weightBlocks(examples()).vocabulary)
  const stored = tables(committed('vocabulary', vocabularyPath))
  assert.deepEqual([...stored.keys()], [...fresh.keys()], 'the same languages')
  for (const [lang, table] of fresh) {
    const other = stored.get(lang)!
    assert.deepEqual([...other.keys()], [...table.keys()], `${lang}: the same stems`)
    // One decimal; a weight at a rounding edge may differ by one in the last place on another machine.
    for (const [stem, row] of table) row.forEach((value, k) => assert.ok(Math.abs(value - other.get(stem)![k]!) <= 0.11, `${lang} ${stem}: fitted ${row}, committed ${other.get(stem)}`))
  }
})

test('weights: the comparison finds a weight that moved, one that appeared and one that went', () => {
  const stored = '  hero: {bias: -2.27, name: 2.20, pronoun: 1.51},'
  assert.deepEqual(differences('  hero: {bias: -2.27, name: 2.21, pronoun: 1.51},', stored), [], 'one in the last place is rounding')
  assert.deepEqual(differences('  hero: {bias: -2.27, name: 1.90, pronoun: 1.51},', stored), ['hero.name: fitted 1.9, committed 2.2'])
  assert.deepEqual(differences('  hero: {bias: -2.27, name: 2.20, pronoun: 1.51, "cue.hero": 0.80},', stored), ['hero.cue.hero: fitted 0.8, committed left out'])
  assert.deepEqual(differences('  hero: {bias: -2.27, name: 2.20},', stored), ['hero.pronoun: fitted left out, committed 1.51'])
  assert.deepEqual(differences('  hero: {bias: -2.27, name: 2.20, pronoun: 1.51, past: 0.05},', stored), [], 'a weight at the cut')
})
