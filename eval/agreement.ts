/**
 * Agreement between the project corpus's labels and a blind second
 * annotation of a sample of it (`eval/corpus/second/{en,sv,fi}.jsonl`), and
 * the coach's agreement with each of them on the same pitches.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/agreement.ts
 *
 * The second annotator labelled every unit of 25 pitches (every eighth
 * English pitch from the fourth, every fourth Swedish and Finnish one, of
 * the first 141) from
 * the text and the guidelines alone, without seeing the corpus's labels.
 * Sentence-level F1 treats the first annotation as the reference (F1 is
 * symmetric in the two annotations, so the choice does not matter);
 * macro-F1 is the mean over problem, hero, change and outcome, as in
 * `npm run eval`. The coach's figures use the weights in `weights.ts`,
 * which were fitted on the first annotation (in-sample for it).
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyzeSync, type Element, type ElementStatus, type Language} from '../packages/core/src/index.ts'
import {alignUnits, readCorpus, unitsOf, type Pitch} from './align.ts'

const here = dirname(fileURLToPath(import.meta.url))
const corpus = join(resolve(here, '..'), 'eval', 'corpus')
const core = ['problem', 'hero', 'change', 'outcome'] as const

interface Second {
  id: string
  labels: Element[][]
  elements: Record<Element, ElementStatus>
}

type Labelling = {units: Element[][]; elements: Partial<Record<Element, ElementStatus>>}

const rows: Array<{language: Language; first: Labelling; second: Labelling; coach: Labelling}> = []
for (const language of ['en', 'sv', 'fi'] as const) {
  const path = join(corpus, 'second', language + '.jsonl')
  if (!existsSync(path)) continue
  const pitches = new Map(readCorpus(join(corpus, language + '.jsonl')).map((p) => [p.id, p]))
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const second = JSON.parse(line) as Second
    const pitch = pitches.get(second.id)
    if (!pitch) throw new Error(`agreement: ${second.id} is not in ${language}.jsonl`)
    if (second.labels.length !== pitch.sentences.length) throw new Error(`agreement: ${second.id} has ${second.labels.length} label lists for ${pitch.sentences.length} units`)
    rows.push({
      language,
      first: {units: pitch.sentences.map((u) => u.labels as Element[]), elements: pitch.elements},
      second: {units: second.labels, elements: second.elements},
      coach: coachUnits(pitch, language)
    })
  }
}

/** The coach's roles per gold unit (a unit takes the roles of the report sentences that overlap it) and its statuses. */
function coachUnits(pitch: Pitch, language: Language): Labelling {
  const report = analyzeSync(pitch.text, {language})
  const units = alignUnits(pitch)
  const sentences = report.sentences.map((s) => ({start: s.position.start.offset!, end: s.position.end.offset!}))
  // Each report sentence's gold unit, as `npm run eval` aligns them; the unit gets the union of their roles.
  const byUnit: Element[][] = pitch.sentences.map(() => [])
  unitsOf(sentences, units).forEach((unit, i) => {
    if (unit !== -1) for (const role of report.sentences[i]!.roles) if (!byUnit[unit]!.includes(role)) byUnit[unit]!.push(role)
  })
  return {units: byUnit, elements: Object.fromEntries(core.map((e) => [e, report.structure[e].status]))}
}

function compare(a: (r: (typeof rows)[number]) => Labelling, b: (r: (typeof rows)[number]) => Labelling, subset: typeof rows): string {
  const f1: Record<string, number> = {}
  for (const element of core) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const row of subset) {
      a(row).units.forEach((labels, i) => {
        const x = labels.includes(element)
        const y = b(row).units[i]!.includes(element)
        if (x && y) tp++
        else if (y) fp++
        else if (x) fn++
      })
    }
    f1[element] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  let same = 0
  let n = 0
  for (const row of subset) {
    for (const element of core) {
      n++
      if (a(row).elements[element] === b(row).elements[element]) same++
    }
  }
  const macro = core.reduce((sum, e) => sum + f1[e]!, 0) / core.length
  return `macro-F1 ${macro.toFixed(2)} (${core.map((e) => `${e} ${f1[e]!.toFixed(2)}`).join(', ')}), status ${(same / n).toFixed(2)}`
}

const units = rows.reduce((sum, r) => sum + r.first.units.length, 0)
console.log(`agreement: ${rows.length} pitches, ${units} units with a second, blind annotation`)
for (const [label, subset] of [
  ['en', rows.filter((r) => r.language === 'en')],
  ['sv+fi', rows.filter((r) => r.language !== 'en')],
  ['all', rows]
] as const) {
  if (subset.length === 0) continue
  console.log(`${label} (${subset.length} pitches)`)
  console.log(`  corpus vs second annotator: ${compare((r) => r.first, (r) => r.second, subset)}`)
  console.log(`  corpus vs coach:            ${compare((r) => r.first, (r) => r.coach, subset)}`)
  console.log(`  second annotator vs coach:  ${compare((r) => r.second, (r) => r.coach, subset)}`)
}
