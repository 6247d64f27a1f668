/**
 * Shared by the evaluation and training scripts: reading a corpus, finding
 * its gold units in the pitch text, and printing gold → report counts.
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Element, ElementStatus, Language, PitchReport} from '../packages/core/src/index.ts'
import {modelDocument} from '../packages/core/src/engine.ts'
import {featureLists, pitchFeatures, type SentenceFeatures} from '../packages/core/src/analysers/structure/features.ts'
import {profiles} from '../packages/core/src/languages/index.ts'
import {resolveOptions} from '../packages/core/src/options.ts'

/** A labelled unit (sentence, heading or list item). */
export interface GoldUnit {
  text: string
  labels: Element[]
}

/** A labelled pitch. */
export interface Pitch {
  id: string
  lang: Language
  text: string
  sentences: GoldUnit[]
  elements: Partial<Record<Element, ElementStatus>>
  /** The project corpus's description of the pitch (eval/corpus/LABELLING.md); the shared corpus has none. */
  domain?: string
  length?: string
  quality?: string
  hardCases?: string[]
}

/** Read a JSON Lines corpus. */
export function readCorpus(path: string): Pitch[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as Pitch
      } catch (error) {
        throw new Error(`eval: ${path}:${index + 1}: invalid JSON (${(error as Error).message})`)
      }
    })
}

/**
 * The comparable characters of a text (letters and digits, lower case) with
 * the source offset of each, so that whitespace, punctuation, Markdown
 * emphasis and link syntax do not matter. Link targets are skipped.
 */
function keyed(text: string): {key: string; offsets: number[]} {
  let key = ''
  const offsets: number[] = []
  let i = 0
  while (i < text.length) {
    // Skip the target of a Markdown link or image: `](…)`.
    if (text[i] === ']' && text[i + 1] === '(') {
      const close = text.indexOf(')', i + 2)
      if (close !== -1) {
        i = close + 1
        continue
      }
    }
    const code = text.codePointAt(i)!
    const char = String.fromCodePoint(code)
    if (/[\p{L}\p{N}]/u.test(char)) {
      const lower = char.toLowerCase()
      for (let k = 0; k < lower.length; k++) {
        key += lower[k]
        offsets.push(i)
      }
    }
    i += char.length
  }
  return {key, offsets}
}

/** Source ranges of the gold units (undefined where a unit is not found). */
export function alignUnits(pitch: Pitch): Array<{start: number; end: number} | undefined> {
  const source = keyed(pitch.text)
  let cursor = 0
  return pitch.sentences.map((unit) => {
    const {key} = keyed(unit.text)
    if (key === '') return undefined
    const at = source.key.indexOf(key, cursor)
    if (at === -1) return undefined
    cursor = at + key.length
    const start = source.offsets[at]!
    const last = source.offsets[at + key.length - 1]!
    return {start, end: last + 1}
  })
}


/**
 * Gold labels for each of the given sentence ranges (source offsets): the
 * labels of the gold unit a sentence overlaps most, none when it overlaps none.
 */
export function goldLabels(
  sentences: ReadonlyArray<{start: number; end: number}>,
  units: ReadonlyArray<{start: number; end: number} | undefined>,
  pitch: Pitch
): Element[][] {
  return unitsOf(sentences, units).map((index) => (index === -1 ? [] : pitch.sentences[index]!.labels))
}

/**
 * What the gold says of a report of a pitch: the gold labels of each of the report's sentences, and the elements
 * whose status the corpus gives (the shared pitches give no ask), so that a tally leaves the others out.
 */
export function reportGold(pitch: Pitch, report: Pick<PitchReport, 'sentences'>): {gold: Element[][]; labelled: Set<Element>} {
  const sentences = report.sentences.map((s) => ({start: s.position.start.offset, end: s.position.end.offset}))
  const labelled = new Set((Object.keys(pitch.elements) as Element[]).filter((element) => pitch.elements[element] !== undefined))
  return {gold: goldLabels(sentences, alignUnits(pitch), pitch), labelled}
}

/** For each report sentence, the index of the gold unit it overlaps most (-1 when none). */
export function unitsOf(sentences: ReadonlyArray<{start: number; end: number}>, units: ReadonlyArray<{start: number; end: number} | undefined>): number[] {
  return sentences.map(({start: a, end: b}) => {
    let best = -1
    let bestOverlap = 0
    units.forEach((range, index) => {
      if (!range) return
      const overlap = Math.min(b, range.end) - Math.max(a, range.start)
      if (overlap > bestOverlap) {
        bestOverlap = overlap
        best = index
      }
    })
    return best
  })
}

/** Marks that open a phrase (quotes, brackets, Markdown emphasis) and that close one or a sentence. */
const opening = /["'“‘«(\[*_]/
const closing = /[.!?…:;,"'”’»)\]*_]/

/**
 * The pitch's text with the gold units of one element deleted (and any heading
 * or list marker left empty), for the ablation check; `undefined` when no unit
 * carries the element.
 */
export function ablate(pitch: Pitch, units: ReadonlyArray<{start: number; end: number} | undefined>, element: Element): string | undefined {
  const ranges = pitch.sentences
    .map((unit, index) => (unit.labels.includes(element) ? units[index] : undefined))
    .filter((r): r is {start: number; end: number} => r !== undefined)
  if (ranges.length === 0) return undefined
  let out = pitch.text
  for (const range of ranges.slice().sort((x, y) => y.start - x.start)) {
    // A unit's range runs from its first to its last letter or digit: take its opening and closing marks
    // with it, so that no stray ". ." or quote is left to be read as a sentence of its own.
    let start = range.start
    let end = range.end
    while (start > 0 && opening.test(out[start - 1]!)) start--
    while (end < out.length && closing.test(out[end]!)) end++
    out = out.slice(0, start) + out.slice(end)
  }
  return out
    .split('\n')
    .filter((line) => !/^\s*(?:#{1,6}|[-*+]|\d+[.)]|>)\s*$/.test(line))
    .join('\n')
}

/** The files `eval/<folder>/{en,sv,fi}.jsonl` under `root` that exist, in that order. */
function languageFiles(root: string, folder: string): Array<{language: Language; path: string}> {
  return (['en', 'sv', 'fi'] as const)
    .map((language) => ({language, path: join(root, 'eval', folder, language + '.jsonl')}))
    .filter((file) => existsSync(file.path))
}

/** The project corpus's files (`eval/corpus/{en,sv,fi}.jsonl` under `root`) that exist, in that order. */
export function projectFiles(root: string): Array<{language: Language; path: string}> {
  return languageFiles(root, 'corpus')
}

/**
 * The held-out pitches (`eval/heldout/{en,sv,fi}.jsonl` under `root`) that exist, in that order: labelled as the
 * corpus is, never fitted on (`train.ts` and `cv-status.ts` read only `projectFiles`), measured by `npm run eval`.
 */
export function heldoutFiles(root: string): Array<{language: Language; path: string}> {
  return languageFiles(root, 'heldout')
}

/** The shared real pitches (`../shared/corpus/pitches-dev/pitches.jsonl` beside `root`), when they are there. */
export function sharedFile(root: string): string | undefined {
  const path = join(root, '..', 'shared', 'corpus', 'pitches-dev', 'pitches.jsonl')
  return existsSync(path) ? path : undefined
}

/**
 * The corpora a figure is reported for: the project's (all languages), the held-out pitches and the shared real
 * pitches, each when it is there.
 */
export function corpora(root: string): Array<{name: string; paths: string[]}> {
  const out = [{name: 'project', paths: projectFiles(root).map((file) => file.path)}]
  const heldout = heldoutFiles(root).map((file) => file.path)
  if (heldout.length > 0) out.push({name: 'held-out', paths: heldout})
  const shared = sharedFile(root)
  if (shared) out.push({name: 'shared pitches-dev', paths: [shared]})
  return out
}

/** A pitch read as the report reads it: its document model, each sentence's features, and each sentence's gold roles. */
export interface ModelledPitch {
  document: ReturnType<typeof modelDocument>
  features: SentenceFeatures[]
  gold: Element[][]
}

/** Read a corpus pitch with the engine's document model and the structure features, beside its gold roles. */
export function modelPitch(pitch: Pitch): ModelledPitch {
  const document = modelDocument(pitch.text, resolveOptions({language: pitch.lang}))
  const lists = featureLists(profiles[pitch.lang])
  const features = pitchFeatures(document.sentences, lists)
  return {document, features, gold: goldLabels(document.sentences, alignUnits(pitch), pitch)}
}

const statuses: readonly ElementStatus[] = ['present', 'weak', 'missing']

/**
 * Gold → report counts as the scripts print them: for each gold status, how
 * many the report called present/weak/missing ("p→150/17/1  w→2/14/3  m→1/2/10").
 */
export function goldToReport(count: (gold: ElementStatus, report: ElementStatus) => number): string {
  return statuses.map((gold) => `${gold[0]}→${statuses.map((report) => count(gold, report)).join('/')}`).join('  ')
}
