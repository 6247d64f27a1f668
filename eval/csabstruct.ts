/**
 * A second, independent check on real text: CSAbstruct's computer-science
 * abstracts (`../shared/corpus/discourse-roles/csabstruct/dev.jsonl`, read at
 * run time, never copied), whose sentences outside annotators labelled
 * background, objective, method, result or other.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/csabstruct.ts
 *
 * Abstracts are not pitches, so the mapping is a proxy, not a target:
 * objective and method ≈ change ("We propose …", "Our model uses …"),
 * result ≈ outcome ("… outperforms the baseline by 4 points"), and
 * background ≈ problem only in part, since much background is neutral
 * context ("Neural networks are widely used"). The script prints
 * sentence-level precision, recall and F1 for change and outcome, how
 * often background sentences are read as problem (and how often problem
 * readings fall on background at all), and the confusion of gold role by
 * the coach's roles. Each abstract is analysed as one paragraph.
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyzeSync, type Element} from '../packages/core/src/index.ts'

const here = dirname(fileURLToPath(import.meta.url))
const path = join(resolve(here, '..'), '..', 'shared', 'corpus', 'discourse-roles', 'csabstruct', 'dev.jsonl')
if (!existsSync(path)) {
  console.log(`csabstruct: ${path} not found; nothing to do`)
  process.exit(0)
}

interface Abstract {
  sentences: string[]
  labels: string[]
}

const abstracts: Abstract[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Abstract)

const gold = {change: new Set(['objective', 'method']), outcome: new Set(['result']), problem: new Set(['background'])}
const counts: Record<'problem' | 'change' | 'outcome', {tp: number; fp: number; fn: number}> = {
  problem: {tp: 0, fp: 0, fn: 0},
  change: {tp: 0, fp: 0, fn: 0},
  outcome: {tp: 0, fp: 0, fn: 0}
}
const confusion = new Map<string, Map<string, number>>()
let sentences = 0
let misaligned = 0
const began = performance.now()

for (const abstract of abstracts) {
  // One paragraph; sentence offsets are known, so each report sentence takes the gold role it overlaps most.
  const starts: number[] = []
  let text = ''
  for (const sentence of abstract.sentences) {
    if (text) text += ' '
    starts.push(text.length)
    text += sentence
  }
  const report = analyzeSync(text, {language: 'en'})
  const roleAt = (start: number, end: number): string | undefined => {
    let best: string | undefined
    let most = 0
    abstract.sentences.forEach((sentence, i) => {
      const overlap = Math.min(end, starts[i]! + sentence.length) - Math.max(start, starts[i]!)
      if (overlap > most) {
        most = overlap
        best = abstract.labels[i]
      }
    })
    return best
  }
  if (report.sentences.length !== abstract.sentences.length) misaligned++
  for (const sentence of report.sentences) {
    const role = roleAt(sentence.position.start.offset!, sentence.position.end.offset!)
    if (!role) continue
    sentences++
    const roles: readonly Element[] = sentence.roles
    for (const element of ['problem', 'change', 'outcome'] as const) {
      const g = gold[element].has(role)
      const p = roles.includes(element)
      if (p && g) counts[element].tp++
      else if (p) counts[element].fp++
      else if (g) counts[element].fn++
    }
    const row = confusion.get(role) ?? new Map<string, number>()
    const key = roles.filter((r) => r !== 'hero' && r !== 'ask').join('+') || '-'
    row.set(key, (row.get(key) ?? 0) + 1)
    confusion.set(role, row)
  }
}

const f = (n: number): string => n.toFixed(2)
console.log(`csabstruct dev: ${abstracts.length} abstracts, ${sentences} sentences (${misaligned} abstracts split into a different number of sentences), ${((performance.now() - began) / 1000).toFixed(1)} s`)
console.log('proxy          precision  recall   F1')
for (const element of ['change', 'outcome', 'problem'] as const) {
  const {tp, fp, fn} = counts[element]
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  const label = element === 'problem' ? 'problem≈backgr.' : element === 'change' ? 'change≈obj+meth' : 'outcome≈result'
  console.log(`  ${label.padEnd(16)} ${f(precision)}     ${f(recall)}   ${f(f1)}   (tp ${tp}, fp ${fp}, fn ${fn})`)
}
console.log('gold role → coach roles (problem, change, outcome; hero and ask left out):')
for (const [role, row] of [...confusion].sort()) {
  const total = [...row.values()].reduce((a, b) => a + b, 0)
  const cells = [...row].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} ${n}`)
  console.log(`  ${role.padEnd(10)} (${total}): ${cells.join(', ')}`)
}
