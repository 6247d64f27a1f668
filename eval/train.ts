/**
 * Fits the structure model's weights (`packages/core/src/analysers/structure/weights.ts`)
 * on the project's own corpus: one L2-regularised logistic regression per
 * element over the named inputs of `scoring.ts`.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/train.ts           # cross-validated figures and the fitted weights
 *     node --import tsx eval/train.ts --write   # also write them into weights.ts
 *
 * Only `eval/corpus/*.jsonl` is used, and only for languages that have their
 * own profile (a language still falling back to English data is skipped).
 * The real pitches in `../shared/corpus/pitches-dev` are never trained on:
 * they are the held-out check of `npm run eval`.
 *
 * @module
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {modelDocument} from '../packages/core/src/engine.ts'
import {featureLists, sentenceFeatures} from '../packages/core/src/analysers/structure/features.ts'
import {featureNames, vectors, type Vector} from '../packages/core/src/analysers/structure/scoring.ts'
import {profiles} from '../packages/core/src/languages/index.ts'
import {resolveOptions} from '../packages/core/src/options.ts'
import type {Element, Language} from '../packages/core/src/index.ts'
import {alignUnits, goldLabels, readCorpus} from './align.ts'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const weightsPath = join(root, 'packages', 'core', 'src', 'analysers', 'structure', 'weights.ts')
const elementsToFit: readonly Element[] = ['problem', 'hero', 'change', 'outcome', 'ask']
/** L2 penalty (per weight, on the summed log-loss). */
const lambda = Number(process.argv.find((a) => a.startsWith('--lambda='))?.slice(9) ?? 3)
const threshold = 0.5

interface Example {
  pitch: number
  x: number[]
  y: Record<Element, number>
}

function examples(): Example[] {
  const out: Example[] = []
  let pitchIndex = 0
  for (const lang of ['en', 'sv', 'fi'] as Language[]) {
    const path = join(root, 'eval', 'corpus', lang + '.jsonl')
    if (!existsSync(path)) continue
    if (profiles[lang].code !== lang) {
      console.error(`train: skipping ${lang}: it has no profile of its own yet`)
      continue
    }
    const lists = featureLists(profiles[lang])
    const options = resolveOptions({language: lang})
    for (const pitch of readCorpus(path)) {
      const document = modelDocument(pitch.text, options)
      const features = document.sentences.map((s) => sentenceFeatures(s, lists))
      const vs = vectors(document.sentences, features)
      const gold = goldLabels(document.sentences, alignUnits(pitch), pitch)
      vs.forEach((v: Vector, i) => {
        const labels = gold[i]!
        out.push({
          pitch: pitchIndex,
          x: featureNames.map((name) => v[name]),
          y: Object.fromEntries(elementsToFit.map((e) => [e, labels.includes(e) ? 1 : 0])) as Record<Element, number>
        })
      })
      pitchIndex++
    }
  }
  return out
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** Newton's method on the L2-penalised log-loss (the bias is not penalised). */
function fit(data: Example[], element: Element): number[] {
  const d = featureNames.length + 1
  let w = new Array<number>(d).fill(0)
  for (let iteration = 0; iteration < 30; iteration++) {
    const gradient = new Array<number>(d).fill(0)
    const hessian = Array.from({length: d}, () => new Array<number>(d).fill(0))
    for (const example of data) {
      const x = [1, ...example.x]
      let z = 0
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!
      const p = sigmoid(z)
      const r = p - example.y[element]
      const s = p * (1 - p)
      for (let a = 0; a < d; a++) {
        gradient[a]! += r * x[a]!
        if (x[a] === 0) continue
        for (let b = 0; b < d; b++) hessian[a]![b]! += s * x[a]! * x[b]!
      }
    }
    for (let k = 1; k < d; k++) {
      gradient[k]! += lambda * w[k]!
      hessian[k]![k]! += lambda
    }
    hessian[0]![0]! += 1e-6
    const step = solve(hessian, gradient)
    w = w.map((value, k) => value - step[k]!)
    if (Math.max(...step.map(Math.abs)) < 1e-6) break
  }
  return w
}

/** Solve `A x = b` (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]!])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    const p = m[col]![col]! || 1e-12
    for (let row = 0; row < n; row++) {
      if (row === col) continue
      const factor = m[row]![col]! / p
      if (factor === 0) continue
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!
    }
  }
  return m.map((row, i) => row[n]! / (m[i]![i]! || 1e-12))
}

function predict(w: number[], x: number[]): number {
  let z = w[0]!
  for (let k = 0; k < x.length; k++) z += w[k + 1]! * x[k]!
  return sigmoid(z)
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
}

const data = examples()
const pitches = new Set(data.map((e) => e.pitch)).size
console.log(`train: ${data.length} sentences from ${pitches} pitches, ${featureNames.length} inputs, lambda ${lambda}`)

// Five-fold cross-validation by pitch: the honest estimate of the sentence-level figures.
const folds = 5
const cv: Record<string, {tp: number; fp: number; fn: number}> = {}
for (const element of elementsToFit) cv[element] = {tp: 0, fp: 0, fn: 0}
for (let fold = 0; fold < folds; fold++) {
  const train = data.filter((e) => e.pitch % folds !== fold)
  const test = data.filter((e) => e.pitch % folds === fold)
  for (const element of elementsToFit) {
    const w = fit(train, element)
    for (const example of test) {
      const p = predict(w, example.x) >= threshold
      const g = example.y[element] === 1
      if (p && g) cv[element]!.tp++
      else if (p) cv[element]!.fp++
      else if (g) cv[element]!.fn++
    }
  }
}
const cvF1 = Object.fromEntries(elementsToFit.map((e) => [e, f1(cv[e]!.tp, cv[e]!.fp, cv[e]!.fn)]))
console.log('5-fold cross-validated sentence F1: ' + elementsToFit.map((e) => `${e} ${cvF1[e]!.toFixed(2)}`).join(', '))
console.log(`  macro-F1 (problem, hero, change, outcome): ${((cvF1.problem! + cvF1.hero! + cvF1.change! + cvF1.outcome!) / 4).toFixed(2)}`)

const lines: string[] = []
for (const element of elementsToFit) {
  const w = fit(data, element)
  const parts = [`bias: ${w[0]!.toFixed(2)}`]
  featureNames.forEach((name, k) => {
    const value = Math.round(w[k + 1]! * 100) / 100
    if (Math.abs(value) >= 0.05) parts.push(`${JSON.stringify(name).replace(/^"([a-zA-Z]+)"$/, '$1')}: ${value.toFixed(2)}`)
  })
  lines.push(`  ${element}: {${parts.join(', ')}},`)
}
const block = lines.join('\n')
console.log('\nweights:\n' + block)

if (process.argv.includes('--write')) {
  const source = readFileSync(weightsPath, 'utf8')
  const begin = '  // <trained>\n'
  const end = '  // </trained>\n'
  const a = source.indexOf(begin)
  const b = source.indexOf(end)
  if (a === -1 || b === -1) throw new Error('train: weights.ts has no // <trained> … // </trained> block')
  writeFileSync(weightsPath, source.slice(0, a + begin.length) + block + '\n' + source.slice(b))
  console.log(`\nwrote ${weightsPath}`)
}
