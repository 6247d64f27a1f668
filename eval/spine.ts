/**
 * Whether the story spine tells the story the pitch tells: for each part of
 * the one-line spine (`report.spine`), does the gold agree? A clause given as
 * the problem, the change, the outcome or the ask is right when the sentence
 * it comes from is labelled with that element; the hero is right when a
 * sentence the gold labels hero names it. "Maria (hero); Maria can't reach the
 * pharmacy (problem); …" is shown to the team as the coach's reading of their
 * story, so a part that names the wrong sentence is a misreading said aloud.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/spine.ts
 *
 * The report comes from the weights in the repository, so for the project's
 * corpus the figures are in-sample; the held-out pitches and the shared ones
 * in `../shared/corpus/pitches-dev` (read when present) were never trained on.
 *
 * @module
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyzeSync, type Element, type Language, type PitchReport} from '../packages/core/src/index.ts'
import {profiles} from '../packages/core/src/languages/index.ts'
import {groupBaseForm} from '../packages/core/src/analysers/structure/elements.ts'
import {corpora, readCorpus, reportGold, type Pitch} from './align.ts'

/** One part of a spine: the element it stands for and its words. */
export interface SpinePart {
  element: Element
  text: string
}

/** How the spine parts of some pitches fare against the gold, per element. */
export interface SpineTally {
  /** Pitches with a spine. */
  spines: number
  parts: number
  right: number
  perElement: Partial<Record<Element, {parts: number; right: number}>>
  /** Parts that are wrong, for reading: pitch, element, words. */
  wrong: Array<{id: string; element: Element; text: string}>
}

/** An empty tally. */
export function emptySpineTally(): SpineTally {
  return {spines: 0, parts: 0, right: 0, perElement: {}, wrong: []}
}

/**
 * A report's spine read back into its parts: `text (element)` joined by the language's separator, with the
 * element named in the report's language (`texts.elements`). Empty when the report has no spine.
 */
export function spineParts(spine: string | null, language: Language): SpinePart[] {
  if (spine === null) return []
  const texts = profiles[language].messages
  const names = new Map(Object.entries(texts.elements).map(([element, name]) => [name, element as Element]))
  const parts: SpinePart[] = []
  let rest = spine
  while (rest !== '') {
    // The earliest "(name)" that ends a part: at the end, or before the separator.
    let found: {at: number; length: number; element: Element} | undefined
    for (const [name, element] of names) {
      const marker = ` (${name})`
      for (let at = rest.indexOf(marker); at !== -1; at = rest.indexOf(marker, at + 1)) {
        const end = at + marker.length
        if (end === rest.length || rest.startsWith(texts.spineSeparator, end)) {
          if (found === undefined || at < found.at) found = {at, length: marker.length, element}
          break
        }
      }
    }
    if (found === undefined) throw new Error(`eval/spine: cannot read the spine part in “${rest}”`)
    parts.push({element: found.element, text: rest.slice(0, found.at)})
    rest = rest.slice(found.at + found.length)
    if (rest.startsWith(texts.spineSeparator)) rest = rest.slice(texts.spineSeparator.length)
  }
  return parts
}

/**
 * Text compared loosely: its letters and digits only, lower-cased, since a spine's words are the sentence's
 * decoded text (no Markdown, an unpaired quotation mark dropped) while a sentence's span is the source's.
 */
function loose(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()
}

/**
 * Whether a sentence's loose text has these words in this order: the decoded text leaves out what the
 * source has between them (inline code, a link's address, markup).
 */
function holds(text: string, words: readonly string[]): boolean {
  let at = 0
  for (const word of words) {
    const found = text.indexOf(word, at)
    if (found === -1) return false
    at = found + word.length
  }
  return true
}

/** Whether a sentence's loose text has, in this order, one of each word's forms. */
function holdsAny(text: string, words: ReadonlyArray<readonly string[]>, at = 0): boolean {
  if (words.length === 0) return true
  return words[0]!.some((form) => {
    const found = text.indexOf(form, at)
    return found !== -1 && holdsAny(text, words.slice(1), found + form.length)
  })
}

/**
 * Add one pitch's spine to a tally. `gold[i]` is the gold roles of the report's sentence `i`; `source` the
 * pitch's text. A clause belongs to the first sentence whose words contain it; the hero is right when any
 * gold hero sentence contains its words. Elements the corpus does not label (`labelled`) are left out.
 */
export function tallySpine(tally: SpineTally, id: string, report: PitchReport, source: string, gold: ReadonlyArray<readonly Element[]>, labelled: ReadonlySet<Element>): void {
  const parts = spineParts(report.spine, report.language)
  if (parts.length > 0) tally.spines++
  const sentences = report.sentences.map((s) => loose(source.slice(s.position.start.offset, s.position.end.offset)))
  const profile = profiles[report.language]
  // A surname's stem before each base ending of the profile's `surnameEndings` it ends in ("niemi" of "nieminen").
  const bases = new Set((profile.surnameEndings ?? []).map(([, base]) => base).filter((base) => base !== ''))
  const surnameStems = (word: string): string[] => [...bases].filter((base) => word.endsWith(base)).map((base) => word.slice(0, -base.length))
  for (const part of parts) {
    if (!labelled.has(part.element)) continue
    // A clause cut short ends in an ellipsis that the sentence does not have.
    const words = part.text.replace(/…$/, '').split(/\s+/).map(loose).filter((word) => word !== '')
    // A group the spine names by its nominative ("oppilaat" of "32 oppilasta", `groupBaseForms`) by any of its
    // stems; a surname it names by its base form ("Nieminen" of "Niemisellä", `surnameEndings`) by its stem too.
    const heroWords = part.element === 'hero' ? words.map((word) => groupBaseForm(word, profile)?.stems ?? [word, ...surnameStems(word)]) : []
    const right =
      part.element === 'hero'
        ? sentences.some((text, index) => gold[index]!.includes('hero') && holdsAny(text, heroWords))
        : (() => {
            const index = sentences.findIndex((text) => holds(text, words))
            if (index === -1) throw new Error(`eval/spine: a ${part.element} clause of ${id} lies in no sentence`)
            return gold[index]!.includes(part.element)
          })()
    const cell = (tally.perElement[part.element] ??= {parts: 0, right: 0})
    tally.parts++
    cell.parts++
    if (right) {
      tally.right++
      cell.right++
    } else tally.wrong.push({id, element: part.element, text: part.text})
  }
}

function tallyPitch(tally: SpineTally, pitch: Pitch): void {
  const report = analyzeSync(pitch.text, {language: pitch.lang})
  const {gold, labelled} = reportGold(pitch, report)
  tallySpine(tally, pitch.id, report, pitch.text, gold, labelled)
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const share = (part: number, whole: number): string => (whole === 0 ? 'n/a' : (part / whole).toFixed(2))
  const listing = process.argv.includes('--list')
  for (const {name, paths} of corpora(root)) {
    const tally = emptySpineTally()
    let pitches = 0
    for (const path of paths) {
      for (const pitch of readCorpus(path)) {
        pitches++
        tallyPitch(tally, pitch)
      }
    }
    const cells = (['hero', 'problem', 'change', 'outcome', 'ask'] as const).filter((e) => tally.perElement[e]).map((e) => `${e} ${tally.perElement[e]!.right}/${tally.perElement[e]!.parts}`)
    console.log(`${name} (${pitches} pitches): ${tally.spines} spines, ${tally.parts} parts; the gold agrees with ${tally.right} (${share(tally.right, tally.parts)}; ${cells.join(', ')})`)
    // Never the held-out set's words: no one reads them, so that nothing is tuned to them.
    if (listing && name !== 'held-out') for (const w of tally.wrong) console.log(`  ${w.id} ${w.element}: ${w.text}`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
