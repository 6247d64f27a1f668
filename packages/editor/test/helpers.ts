/**
 * Test helpers: a fixture, a deterministic fake engine (so UI behaviour is
 * tested independently of the engine's heuristics) and waiting utilities.
 */
import {fixture, html} from '@open-wc/testing'
import type {Element, ElementReport, PitchMessage, PitchReport, Point} from '@pitch-coach/core'
import {PitchEditor} from '../src/pitch-editor.js'
import type {WorkerLike} from '../src/analysis/client.js'
import type {AnalyzeRequest, WorkerReply} from '../src/analysis/protocol.js'

/** The element's own way of reaching its worker (a channel onto one shared worker). */
export const defaultCreateWorker = PitchEditor.createWorker

/** The real bundled worker (built by `npm run build`). */
export const realWorkerUrl = new URL('/dist/bundle/pitch-editor.worker.js', location.href)
PitchEditor.workerUrl = realWorkerUrl

export const realWorker = (): WorkerLike =>
  new Worker(realWorkerUrl, {type: 'module'}) as unknown as WorkerLike

function point(text: string, offset: number): Point {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - before.lastIndexOf('\n'), offset}
}

const cues: Record<Element, RegExp> = {
  problem: /\bproblem\b/i,
  hero: /\bmaria\b/i,
  change: /\bnow\b/i,
  outcome: /\bsaves?\b/i,
  ask: /\bwe ask\b/i
}

/** Rules of the fake engine: word → rule, severity, replacements. */
const fakeRules: {pattern: RegExp; ruleId: string; severity: PitchMessage['severity']; expected: string[]}[] = [
  {pattern: /\butilize\b/g, ruleId: 'simpler-word', severity: 'warning', expected: ['use']},
  {pattern: /\bvery\b/g, ruleId: 'intensifier', severity: 'info', expected: ['']},
  {pattern: /\bsynergy\b/g, ruleId: 'buzzword', severity: 'error', expected: ['teamwork', 'cooperation']}
]

/** A deterministic report for `text`, shaped exactly like the engine's. */
export function fakeReport(text: string): PitchReport {
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)]
    .filter((match) => match[0].trim() !== '')
    .map((match) => {
      const start = match.index
      const end = start + match[0].length
      const roles = (Object.keys(cues) as Element[]).filter((element) => cues[element].test(match[0]))
      return {text: match[0], position: {start: point(text, start), end: point(text, end)}, roles}
    })
  const structure = {} as Record<Element, ElementReport>
  for (const element of Object.keys(cues) as Element[]) {
    const evidence = sentences
      .filter((sentence) => sentence.roles.includes(element))
      .map((sentence) => ({...sentence, score: 0.9, reasons: ['cue']}))
    structure[element] = {status: evidence.length > 0 ? 'present' : 'missing', score: evidence.length > 0 ? 0.9 : 0, evidence}
  }
  const messages: PitchMessage[] = []
  for (const rule of fakeRules) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index
      const end = start + match[0].length
      messages.push({
        ruleId: rule.ruleId,
        source: 'pitch-coach',
        reason: `Unexpected \`${match[0]}\`, <b>bold</b> is not markup`,
        severity: rule.severity,
        place: {start: point(text, start), end: point(text, end)},
        actual: match[0],
        expected: rule.expected,
        note: 'A longer note.',
        url: `https://example.org/rules/${rule.ruleId}`
      })
    }
  }
  messages.sort((a, b) => a.place.start.offset - b.place.start.offset)
  const words = text.split(/\s+/).filter(Boolean).length
  return {
    language: 'en',
    stats: {words, sentences: sentences.length, paragraphs: text.split(/\n\n+/).length},
    sentences,
    criteria: [],
    arc: sentences.map((sentence) => sentence.roles),
    spine: null,
    structure,
    questions: [
      ...(Object.keys(cues) as Element[])
        .filter((element) => structure[element].status === 'missing')
        .map((element) => ({element, question: `What about the ${element}?`})),
      // "we hope …" is a weak outcome the question quotes, as the engine's does.
      ...[...text.matchAll(/\bwe hope [a-z]+/gi)].map((match) => ({
        element: 'outcome' as const,
        question: `You say “${match[0]}” — how will you measure it?`,
        quoted: {text: match[0], position: {start: point(text, match.index), end: point(text, match.index + match[0].length)}}
      }))
    ],
    narrativeIndex: {ands: 1, buts: 1, contrasts: 0, consequences: 0, value: 100, andFrequency: 1, words, caveat: null},
    readability: {
      fleschReadingEase: 60,
      fleschKincaidGrade: 8,
      gunningFog: null,
      smog: null,
      colemanLiau: null,
      automatedReadability: null,
      daleChall: null,
      spache: null,
      lix: 40,
      lixBand: 'medium',
      ovix: null
    },
    speakingTime: {seconds: Math.round((words / 150) * 60), wordsPerMinute: 150, limitSeconds: 60},
    messages
  }
}

/** A fake worker answering with {@link fakeReport}, optionally slowly, and recording requests. */
export class FakeWorker implements WorkerLike {
  static instances: FakeWorker[] = []
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  requests: AnalyzeRequest[] = []
  terminated = false
  /** Milliseconds before replying. */
  delay = 0
  constructor() {
    FakeWorker.instances.push(this)
  }
  postMessage(message: AnalyzeRequest): void {
    this.requests.push(message)
    setTimeout(() => this.reply(message), this.delay)
  }
  reply(message: AnalyzeRequest, report = fakeReport(message.text)): void {
    if (this.terminated) return
    this.onmessage?.(new MessageEvent('message', {data: {type: 'report', version: message.version, report, took: 1}}))
  }
  crash(): void {
    this.onerror?.(new ErrorEvent('error', {message: 'boom', cancelable: true}))
  }
  terminate(): void {
    this.terminated = true
  }
}

export function useFakeWorker(): void {
  FakeWorker.instances = []
  PitchEditor.createWorker = () => new FakeWorker()
}

export function useRealWorker(): void {
  PitchEditor.createWorker = realWorker
}

/** Resolves with the next `pitch-analysis` event's report. */
export function nextAnalysis(element: HTMLElement, timeout = 15000): Promise<PitchReport> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no pitch-analysis event in time')), timeout)
    element.addEventListener(
      'pitch-analysis',
      (event) => {
        clearTimeout(timer)
        resolve((event as CustomEvent<PitchReport>).detail)
      },
      {once: true}
    )
  })
}

export async function makeEditor(template = html`<pitch-editor></pitch-editor>`): Promise<PitchEditor> {
  const element = await fixture<PitchEditor>(template)
  await element.updateComplete
  return element
}

export function textareaOf(element: PitchEditor): HTMLTextAreaElement {
  return element.shadowRoot!.querySelector('textarea')!
}

/** Types `text` at the end as a person would (one undoable insertion per call). */
export function typeText(element: PitchEditor, text: string): void {
  const textarea = textareaOf(element)
  textarea.focus()
  textarea.setSelectionRange(textarea.value.length, textarea.value.length)
  document.execCommand('insertText', false, text)
}

/** A range boundary as an offset into the whole text (the mirror has one block per line). */
export function globalOffset(node: Node, offset: number): number {
  const line = node.parentElement
  if (!line || !line.classList.contains('line')) return offset
  let total = offset
  for (let previous = line.previousElementSibling; previous; previous = previous.previousElementSibling) {
    total += previous.textContent!.length + 1
  }
  return total
}

/** The highlight ranges registered under `name`, as [start, end] offsets into the text. */
export function highlightRanges(name: string): [number, number][] {
  const highlight = CSS.highlights.get(name)
  if (!highlight) return []
  return [...highlight]
    .map((range) => [globalOffset(range.startContainer, range.startOffset), globalOffset(range.endContainer, range.endOffset)] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
}

/** The highlight-name prefix of an editor instance. */
export function prefixOf(element: PitchEditor): string {
  const names = [...CSS.highlights.keys()]
  // Unique per instance: find the names this element registered by probing its mirror.
  const mirror = element.shadowRoot!.querySelector('.mirror')!
  for (const name of names) {
    const highlight = CSS.highlights.get(name)!
    for (const range of highlight) {
      if (mirror.contains(range.startContainer)) return name.slice(0, name.lastIndexOf('-'))
    }
  }
  return ''
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)))

export async function until(check: () => boolean, timeout = 15000, message = 'condition'): Promise<void> {
  const started = performance.now()
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${message}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The text the mirror holds (its lines joined, or the fallback's text). */
export function mirrorText(element: PitchEditor): string {
  const mirror = element.shadowRoot!.querySelector('.mirror')!
  const lines = mirror.querySelectorAll(':scope > .line')
  return lines.length > 0 ? [...lines].map((line) => line.textContent).join('\n') : mirror.textContent!.slice(0, -1)
}
