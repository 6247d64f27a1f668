/**
 * Agreement between the labels of a corpus and a blind second annotation of
 * some of its pitches (`eval/<corpus>/second/{en,sv,fi}.jsonl`), and the
 * coach's agreement with each of them on the same pitches: for the project
 * corpus (`eval/corpus/second/`) and for the held-out set
 * (`eval/heldout/second/`).
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/agreement.ts
 *
 * In the project corpus, the second annotator labelled every unit of 25
 * pitches (every eighth English pitch from the fourth, every fourth Swedish
 * and Finnish one, of the first 141); in the held-out set, every unit of its
 * tenth and fourteenth to twenty-fourth batches (384 pitches). Each labelled from the text and the guidelines
 * alone, without seeing the first labels. Sentence-level F1 treats the first
 * annotation as the reference (F1 is symmetric in the two annotations, so the
 * choice does not matter); macro-F1 is the mean over problem, hero, change
 * and outcome, as in `npm run eval`. The coach's figures use the weights in
 * `weights.ts`, which were fitted on the project corpus's first annotation
 * (in-sample for it, never trained on for the held-out set).
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyzeSync, type Element, type ElementStatus, type Language} from '../packages/core/src/index.ts'
import {alignUnits, readCorpus, unitsOf, type Pitch} from './align.ts'

const core = ['problem', 'hero', 'change', 'outcome'] as const

/** One line of a second annotation: the pitch's id, each unit's labels in order, and the statuses. */
interface Second {
  id: string
  labels: Element[][]
  elements: Record<Element, ElementStatus>
}

/** Labels per unit and statuses, from either annotation or from the coach. */
export type Labelling = {units: Element[][]; elements: Partial<Record<Element, ElementStatus>>}

/** A pitch read three ways. */
export interface AgreementRow {
  language: Language
  first: Labelling
  second: Labelling
  coach: Labelling
}

/**
 * The pitches of `<folder>` (`eval/corpus` or `eval/heldout`) that have a second annotation in
 * `<folder>/second/`, each with both annotations and the coach's reading; none when there is no such folder.
 * Throws when a second annotation names a pitch the folder lacks or gives it a different number of units.
 */
export function agreementRows(folder: string): AgreementRow[] {
  const rows: AgreementRow[] = []
  for (const language of ['en', 'sv', 'fi'] as const) {
    const path = join(folder, 'second', language + '.jsonl')
    if (!existsSync(path)) continue
    const pitches = new Map(readCorpus(join(folder, language + '.jsonl')).map((p) => [p.id, p]))
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
  return rows
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

/** Sentence-level F1 per element and its macro over problem, hero, change and outcome, and the share of equal statuses. */
export function agreement(pairs: ReadonlyArray<readonly [Labelling, Labelling]>): {f1: Record<(typeof core)[number], number>; macro: number; status: number} {
  const f1 = {} as Record<(typeof core)[number], number>
  for (const element of core) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const [a, b] of pairs) {
      a.units.forEach((labels, i) => {
        const x = labels.includes(element)
        const y = b.units[i]!.includes(element)
        if (x && y) tp++
        else if (y) fp++
        else if (x) fn++
      })
    }
    f1[element] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  let same = 0
  let n = 0
  for (const [a, b] of pairs) {
    for (const element of core) {
      n++
      if (a.elements[element] === b.elements[element]) same++
    }
  }
  return {f1, macro: core.reduce((sum, e) => sum + f1[e], 0) / core.length, status: n === 0 ? 0 : same / n}
}

function line(a: (r: AgreementRow) => Labelling, b: (r: AgreementRow) => Labelling, subset: readonly AgreementRow[]): string {
  const {f1, macro, status} = agreement(subset.map((r) => [a(r), b(r)] as const))
  return `macro-F1 ${macro.toFixed(2)} (${core.map((e) => `${e} ${f1[e].toFixed(2)}`).join(', ')}), status ${status.toFixed(2)}`
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  for (const [name, folder] of [['project corpus', 'corpus'], ['held-out', 'heldout']] as const) {
    const rows = agreementRows(join(root, 'eval', folder))
    if (rows.length === 0) continue
    const units = rows.reduce((sum, r) => sum + r.first.units.length, 0)
    console.log(`${name}: ${rows.length} pitches, ${units} units with a second, blind annotation`)
    for (const [label, subset] of [
      ['en', rows.filter((r) => r.language === 'en')],
      ['sv+fi', rows.filter((r) => r.language !== 'en')],
      ['all', rows]
    ] as const) {
      if (subset.length === 0) continue
      console.log(`  ${label} (${subset.length} pitches)`)
      console.log(`    first vs second annotator: ${line((r) => r.first, (r) => r.second, subset)}`)
      console.log(`    first vs coach:            ${line((r) => r.first, (r) => r.coach, subset)}`)
      console.log(`    second annotator vs coach: ${line((r) => r.second, (r) => r.coach, subset)}`)
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
