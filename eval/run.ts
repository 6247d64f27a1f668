/**
 * Evaluates pitch-coach's narrative-element detection against labelled
 * corpora.
 *
 * Usage (from the repository root):
 *
 *     npm run eval                      # tables for every corpus found
 *     npm run eval -- --json            # the same figures as JSON
 *     npm run eval -- --pitch en-001    # one pitch sentence by sentence (id prefix)
 *     npm run eval -- --corpus shared   # only corpora whose name contains "shared"
 *     npm run eval -- --no-ablation     # skip the (slower) ablation check
 *     npm run eval -- --no-cv           # skip the cross-validated project figures
 *     npm run eval -- --file new.jsonl  # only this corpus file (any labelled file in
 *                                       # the corpus format; repeatable): pitches the
 *                                       # model has not been fitted on
 *
 * Corpora: `eval/corpus/{en,sv,fi}.jsonl` (the project's own), the held-out
 * `eval/heldout/{en,sv,fi}.jsonl` (never fitted on) and, when the folder
 * exists, `../shared/corpus/pitches-dev/pitches.jsonl` (real pitches written
 * outside the project, read here at run time and never copied).
 *
 * Figures:
 * - sentence level: each gold unit is found in the pitch text (in order,
 *   ignoring whitespace, Markdown emphasis and link syntax); each sentence of
 *   the report takes the labels of the gold unit it overlaps most. Precision,
 *   recall and F1 per element over all sentences of a corpus, and macro-F1
 *   over problem, hero, change and outcome.
 * - document level: the report's status (present / weak / missing) of each
 *   element against the gold status; also present vs not present.
 * - intervals: a 95 % percentile bootstrap over the corpus's pitches for
 *   macro-F1 and status accuracy (`bootstrap.ts`).
 * - ablation: for each pitch whose gold marks problem, hero, change and
 *   outcome all present, delete the gold units of one element and analyse
 *   again; the element is detected as gone when the report marks it weak or
 *   missing.
 * - in-sample and cross-validated: the report's weights and word tables are
 *   fitted on the project's corpus, so its tables here are in-sample and
 *   flatter the model (`inSample` in the JSON). After them, unless `--no-cv`
 *   or `--json`, the same three figures for the project corpus with every
 *   pitch scored by a model fitted without it (5-fold, as `eval/train.ts` and
 *   `eval/cv-status.ts` compute them): the honest figures for the project.
 *
 * @module
 */
import {existsSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyzeSync} from '../packages/core/src/index.ts'
import type {Element, ElementStatus, Language, PitchReport} from '../packages/core/src/index.ts'
import {ablate, alignUnits, corpora, goldLabels, goldToReport, readCorpus, type Pitch} from './align.ts'
import {bootstrap, macroF1, statusAccuracy, type Interval, type PitchCounts} from './bootstrap.ts'
import {crossValidated, examples} from './train.ts'
import {crossValidatedStatuses} from './cv-status.ts'
import {weights} from '../packages/core/src/analysers/structure/weights.ts'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')

/** The four elements the targets are about. */
const core = ['problem', 'hero', 'change', 'outcome'] as const
type CoreElement = (typeof core)[number]
const all: readonly Element[] = ['problem', 'hero', 'change', 'outcome', 'ask']
const statuses: readonly ElementStatus[] = ['present', 'weak', 'missing']

interface Counts {
  tp: number
  fp: number
  fn: number
}

interface ElementScores {
  precision: number
  recall: number
  f1: number
  tp: number
  fp: number
  fn: number
}

interface CorpusResult {
  corpus: string
  /** The model's weights and word tables were fitted on these pitches (the project's corpus). */
  inSample: boolean
  /** The language, or `all` for the pitches of every language together. */
  language: Language | 'all'
  pitches: number
  sentences: number
  /** Gold units that could not be found in their text. */
  unaligned: number
  sentenceLevel: Record<Element, ElementScores>
  macroF1: number
  /** 95 % bootstrap intervals over the corpus's pitches (bootstrap.ts) for macro-F1 and status accuracy. */
  intervals: {macroF1: Interval; status: Interval}
  documentLevel: {
    /** Accuracy of present/weak/missing over problem, hero, change and outcome. */
    accuracy: number
    /** Accuracy of present vs not present over the same four. */
    presentAccuracy: number
    /** Per element: exact accuracy, present-vs-not accuracy, and how many pitches have a gold status. */
    perElement: Partial<Record<Element, {accuracy: number; presentAccuracy: number; n: number}>>
    /** confusion[element][gold][predicted]. */
    confusion: Partial<Record<Element, Record<ElementStatus, Record<ElementStatus, number>>>>
    /** The pitches where a status differs: id, element, gold, predicted. */
    misses: Array<{id: string; element: Element; gold: ElementStatus; predicted: ElementStatus}>
  }
  ablation: {
    /** Pitches with all four present. */
    pitches: number
    trials: number
    detected: number
    rate: number
    perElement: Partial<Record<CoreElement, {trials: number; detected: number}>>
    /** Deletions the report did not notice. */
    misses: Array<{id: string; element: CoreElement}>
  } | null
  /** Seconds spent. */
  seconds: number
}

const args = process.argv.slice(2)
const json = args.includes('--json')
const noAblation = args.includes('--no-ablation')
const pitchFilter = valueOf('--pitch')
const corpusFilter = valueOf('--corpus')

/** Every value of a flag that may be given more than once. */
function valuesOf(flag: string): string[] {
  const out: string[] = []
  args.forEach((arg, index) => {
    if (arg === flag) out.push(valueAt(flag, index + 1))
  })
  return out
}

function valueAt(flag: string, index: number): string {
  const value = args[index]
  if (!value || value.startsWith('--')) {
    console.error(`eval: ${flag} needs a value`)
    process.exit(2)
  }
  return value
}

function valueOf(flag: string): string | undefined {
  const index = args.indexOf(flag)
  return index === -1 ? undefined : valueAt(flag, index + 1)
}

/** The corpus files that exist: [name, path]; with `--file`, only those files, each a corpus named by its path. */
function corpusFiles(): Array<[string, string]> {
  const given = valuesOf('--file')
  if (given.length > 0) {
    for (const path of given) {
      if (!existsSync(path)) {
        console.error(`eval: --file ${path}: no such file`)
        process.exit(2)
      }
    }
    return given.map((path): [string, string] => [path, resolve(path)])
  }
  const files = corpora(root).flatMap(({name, paths}) => paths.map((path): [string, string] => [name, path]))
  return files.filter(([name]) => !corpusFilter || name.includes(corpusFilter))
}


const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

function scores(c: Counts): ElementScores {
  const precision = ratio(c.tp, c.tp + c.fp)
  const recall = ratio(c.tp, c.tp + c.fn)
  return {precision, recall, f1: f1(precision, recall), ...c}
}

function evaluate(name: string, language: Language | 'all', pitches: Pitch[]): CorpusResult {
  const began = performance.now()
  const counts = Object.fromEntries(all.map((e) => [e, {tp: 0, fp: 0, fn: 0}])) as Record<Element, Counts>
  let sentences = 0
  let unaligned = 0
  const confusion: CorpusResult['documentLevel']['confusion'] = {}
  const misses: CorpusResult['documentLevel']['misses'] = []
  const perElement: Record<string, {right: number; presentRight: number; n: number}> = {}
  const ablationPer: Partial<Record<CoreElement, {trials: number; detected: number}>> = {}
  const ablationMisses: Array<{id: string; element: CoreElement}> = []
  let ablationPitches = 0
  const perPitch: PitchCounts[] = []

  for (const pitch of pitches) {
    const report = analyzeSync(pitch.text, {language: pitch.lang})
    const units = alignUnits(pitch)
    unaligned += units.filter((u) => !u).length
    const gold = goldLabels(report.sentences.map((s) => ({start: s.position.start.offset, end: s.position.end.offset})), units, pitch)
    sentences += report.sentences.length
    const own: PitchCounts = {sentences: Object.fromEntries(all.map((e) => [e, {tp: 0, fp: 0, fn: 0}])), statusRight: 0, statusTotal: 0}
    perPitch.push(own)
    report.sentences.forEach((sentence, index) => {
      for (const element of all) {
        const g = gold[index]!.includes(element)
        const p = sentence.roles.includes(element)
        const mine = own.sentences[element]!
        if (g && p) counts[element].tp++, mine.tp++
        else if (p) counts[element].fp++, mine.fp++
        else if (g) counts[element].fn++, mine.fn++
      }
    })
    if (pitchFilter && pitch.id.startsWith(pitchFilter)) showPitch(pitch, report, gold)

    for (const element of all) {
      const g = pitch.elements[element]
      if (!g) continue
      const p = report.structure[element].status
      const table = (confusion[element] ??= Object.fromEntries(statuses.map((s) => [s, {present: 0, weak: 0, missing: 0}])) as Record<ElementStatus, Record<ElementStatus, number>>)
      table[g][p]++
      const stat = (perElement[element] ??= {right: 0, presentRight: 0, n: 0})
      stat.n++
      if (core.includes(element as CoreElement)) {
        own.statusTotal++
        if (g === p) own.statusRight++
      }
      if (g === p) stat.right++
      else misses.push({id: pitch.id, element, gold: g, predicted: p})
      if ((g === 'present') === (p === 'present')) stat.presentRight++
    }

    if (noAblation || !core.every((e) => pitch.elements[e] === 'present')) continue
    ablationPitches++
    for (const element of core) {
      const text = ablate(pitch, units, element)
      if (text === undefined) continue
      const ablated = analyzeSync(text, {language: pitch.lang})
      const detected = ablated.structure[element].status !== 'present'
      const stat = (ablationPer[element] ??= {trials: 0, detected: 0})
      stat.trials++
      if (detected) stat.detected++
      else ablationMisses.push({id: pitch.id, element})
    }
  }

  const sentenceLevel = Object.fromEntries(all.map((e) => [e, scores(counts[e])])) as Record<Element, ElementScores>
  let presentRight = 0
  let n = 0
  for (const element of core) {
    const stat = perElement[element]
    if (!stat) continue
    presentRight += stat.presentRight
    n += stat.n
  }
  const trials = Object.values(ablationPer).reduce((sum, s) => sum + s.trials, 0)
  const detected = Object.values(ablationPer).reduce((sum, s) => sum + s.detected, 0)
  return {
    corpus: name,
    inSample: name === 'project',
    language,
    pitches: pitches.length,
    sentences,
    unaligned,
    sentenceLevel,
    // The same definitions as the intervals (bootstrap.ts): macro-F1 over the elements that occur, in the
    // gold or the report (an element no pitch has and the coach never finds is not a zero).
    macroF1: macroF1(perPitch, core),
    intervals: bootstrap(perPitch, core),
    documentLevel: {
      accuracy: statusAccuracy(perPitch),
      presentAccuracy: ratio(presentRight, n),
      perElement: Object.fromEntries(Object.entries(perElement).map(([e, s]) => [e, {accuracy: ratio(s.right, s.n), presentAccuracy: ratio(s.presentRight, s.n), n: s.n}])),
      confusion,
      misses
    },
    ablation: noAblation
      ? null
      : {pitches: ablationPitches, trials, detected, rate: ratio(detected, trials), perElement: ablationPer, misses: ablationMisses},
    seconds: Math.round((performance.now() - began) / 100) / 10
  }
}

function showPitch(pitch: Pitch, report: PitchReport, gold: Element[][]): void {
  const lines = [`\n## ${pitch.id}`]
  report.sentences.forEach((sentence, index) => {
    const g = gold[index]!.join(',')
    const p = sentence.roles.join(',')
    // The same roles in another order are no difference.
    const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((role) => b.includes(role))
    const mark = same(gold[index]!, sentence.roles) ? '  ' : '≠ '
    lines.push(`${mark}[gold ${g || '-'} | got ${p || '-'}] ${sentence.text.replace(/\s+/g, ' ').slice(0, 140)}`)
  })
  for (const element of all) {
    const s = report.structure[element]
    lines.push(`${element}: gold ${pitch.elements[element] ?? '?'}, got ${s.status} (${s.score}) ${s.evidence.map((e) => `[${e.score}: ${e.reasons.join('; ')}]`).join(' ')}`)
  }
  lines.push('spine: ' + report.spine)
  for (const q of report.questions) lines.push(`? ${q.element}: ${q.question}`)
  lines.push('messages: ' + report.messages.filter((m) => m.ruleId.startsWith('story') || m.ruleId === 'team-as-hero').map((m) => m.ruleId).join(', '))
  console.log(lines.join('\n'))
}

const num = (x: number): string => x.toFixed(2)

function printTable(result: CorpusResult): void {
  const out: string[] = []
  out.push(`\n### ${result.corpus} · ${result.language} — ${result.pitches} pitches, ${result.sentences} sentences${result.unaligned ? `, ${result.unaligned} gold units not found` : ''} (${result.seconds} s)`)
  if (result.inSample) out.push('in-sample: the weights and word tables were fitted on these pitches; the cross-validated figures come at the end')
  out.push('')
  out.push('sentence level   precision  recall   F1')
  for (const element of all) {
    const s = result.sentenceLevel[element]
    out.push(`  ${element.padEnd(14)} ${num(s.precision).padStart(6)}   ${num(s.recall).padStart(6)}  ${num(s.f1).padStart(5)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`)
  }
  const range = (i: Interval): string => `${num(i[0])}–${num(i[1])}`
  out.push(`  macro-F1 (problem, hero, change, outcome that occur): ${num(result.macroF1)}   95 % interval over pitches ${range(result.intervals.macroF1)}`)
  out.push('')
  const d = result.documentLevel
  out.push(`document status accuracy: ${num(d.accuracy)} (present vs not: ${num(d.presentAccuracy)})   95 % interval ${range(result.intervals.status)}`)
  for (const element of all) {
    const s = d.perElement[element]
    const c = d.confusion[element]
    if (!s || !c) continue
    const cells = goldToReport((gold, report) => c[gold][report])
    out.push(`  ${element.padEnd(8)} ${num(s.accuracy)}  present-vs-not ${num(s.presentAccuracy)}   gold→p/w/m: ${cells}${core.includes(element as CoreElement) ? '' : '  (not in the figure above)'}`)
  }
  if (result.ablation) {
    const a = result.ablation
    const per = core.map((e) => `${e} ${a.perElement[e]?.detected ?? 0}/${a.perElement[e]?.trials ?? 0}`).join(', ')
    out.push('')
    out.push(`ablation: ${a.trials ? num(a.rate) : 'n/a'} (${a.detected}/${a.trials} deletions noticed, ${a.pitches} pitches with all four present; ${per})`)
  }
  console.log(out.join('\n'))
}

const results: CorpusResult[] = []
const byCorpus = new Map<string, Pitch[]>()
for (const [name, path] of corpusFiles()) byCorpus.set(name, [...(byCorpus.get(name) ?? []), ...readCorpus(path)])
for (const [name, all] of byCorpus) {
  const pitches = all.filter((p) => !pitchFilter || p.id.startsWith(pitchFilter))
  const byLanguage = new Map<Language, Pitch[]>()
  for (const pitch of pitches) {
    const list = byLanguage.get(pitch.lang) ?? []
    list.push(pitch)
    byLanguage.set(pitch.lang, list)
  }
  for (const [language, list] of byLanguage) {
    const result = evaluate(name, language, list)
    results.push(result)
    if (!json && !pitchFilter) printTable(result)
  }
  if (byLanguage.size > 1 && !pitchFilter) {
    const result = evaluate(name, 'all', pitches)
    results.push(result)
    if (!json) printTable(result)
  }
}

if (json) console.log(JSON.stringify(results, null, 2))
else if (pitchFilter) {
  for (const r of results) {
    console.log(`\n${r.corpus} ${r.language}: macro-F1 ${num(r.macroF1)}, status ${num(r.documentLevel.accuracy)}`)
  }
} else if (results.length === 0) {
  console.log('eval: no corpus found')
} else {
  if (!args.includes('--no-cv') && results.some((r) => r.inSample)) printCrossValidated()
  console.log(`\n(command: npm run eval${args.length ? ' -- ' + args.join(' ') : ''}; targets: macro-F1 ≥ 0.85, status accuracy ≥ 0.95, ablation ≥ 0.95)`)
}

/** The project corpus's figures with every pitch scored by a model fitted without it. */
function printCrossValidated(): void {
  const started = performance.now()
  const cv = crossValidated(examples(), false, weights.roleThreshold)
  const f1 = (c: Counts): number => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn))
  const macro = core.reduce((sum, e) => sum + f1(cv[e]), 0) / core.length
  const {right, total, noticed, copies} = crossValidatedStatuses()
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  console.log(`\n### project, 5-fold cross-validated (${seconds} s): the honest figures for the project corpus`)
  console.log(`  macro-F1 ${num(macro)} (${core.map((e) => `${e} ${num(f1(cv[e]))}`).join(', ')}; ask ${num(f1(cv.ask))})`)
  console.log(`  status accuracy ${num(right / total)} (${right}/${total}), ablation ${num(noticed / copies)} (${noticed}/${copies} deletions noticed)`)
  console.log('  (per element and more: node --import tsx eval/train.ts --threshold=0.4 and node --import tsx eval/cv-status.ts)')
}
