/**
 * Paints marks on the mirror layer behind the textarea. The mirror holds the
 * same text as the textarea, one block per line (a block per line wraps
 * exactly like the textarea's forced line breaks), so an offset into the
 * Markdown is a line and an offset into that line's text node. Where the CSS
 * Custom Highlight API exists the ranges are registered under names unique
 * to one editor (the registry is global). One node per line matters for
 * speed: an edit re-lays out and repaints one line, and the browser matches
 * highlight ranges against one short node instead of the whole text.
 * Without the API, the mirror is rebuilt from text nodes and `<mark>`s,
 * created through the DOM and never parsed as HTML.
 *
 * @module
 */

/** One painted range; `kind` names the highlight (`problem`, `warning`, `active`, …). */
export interface Paint {
  start: number
  end: number
  kind: string
}

/** Whether this browser can paint with the CSS Custom Highlight API. */
export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
}

/** From this many characters on (about 3,000 words), only the lines near the screen are painted. */
export const windowedFrom = 20_000

/** The kinds a painter registers, in increasing priority. */
export const paintKinds = [
  'problem',
  'hero',
  'change',
  'outcome',
  'ask',
  'info',
  'warning',
  'error',
  'focus',
  'active'
] as const

/** Paints on one mirror element. */
export class MirrorPainter {
  readonly #mirror: HTMLElement
  readonly #prefix: string
  readonly #useHighlights: boolean
  /** Highlight mode: one text node per line, and where each line starts. */
  #nodes: Text[] = []
  #starts: number[] = []
  /** Mark mode: the text node after the marks, and a trailing space. */
  #text: Text
  #trail: Text
  #value = ''
  #registered = new Set<string>()
  /** The offsets painted last, when a long text is painted in part. */
  #window: [number, number] | undefined

  /**
   * @param mirror The element behind the textarea.
   * @param prefix A prefix unique to this editor instance, for highlight names.
   * @param useHighlights Whether to use the CSS Custom Highlight API.
   */
  constructor(mirror: HTMLElement, prefix: string, useHighlights: boolean) {
    this.#mirror = mirror
    this.#prefix = prefix
    this.#useHighlights = useHighlights
    this.#text = document.createTextNode('')
    // A trailing space gives a final empty line its height, as the textarea does.
    this.#trail = document.createTextNode(' ')
    if (useHighlights) this.#build('')
    else mirror.replaceChildren(this.#text, this.#trail)
  }

  /** Whether the Highlight API is in use. */
  get usesHighlights(): boolean {
    return this.#useHighlights
  }

  /** The mirrored text. */
  get text(): string {
    return this.#value
  }

  /** The highlight name of `kind` for this editor. */
  name(kind: string): string {
    return `${this.#prefix}-${kind}`
  }

  /** Sets the mirrored text (no painting). */
  setText(value: string): void {
    if (value === this.#value) return
    this.#value = value
    if (this.#useHighlights) this.#build(value)
    else this.#mirror.replaceChildren((this.#text = document.createTextNode(value)), this.#trail)
  }

  /**
   * Applies one edit (`[from, to)` of the old text became `insert`; `value`
   * is the new text). Returns `true` when what is painted moved with the edit
   * by itself: an edit inside one line changes that line's text node with
   * `replaceData`, and the DOM moves live ranges exactly as
   * `mapSentences`/`mapFindings` map offsets. Returns `false` when lines were
   * rebuilt and the caller must paint again.
   */
  edit(from: number, to: number, insert: string, value: string): boolean {
    if (!this.#useHighlights) {
      this.setText(value)
      return false
    }
    const first = this.#lineAt(from)
    const last = this.#lineAt(to)
    const delta = insert.length - (to - from)
    if (first === last && !insert.includes('\n')) {
      this.#nodes[first]!.replaceData(from - this.#starts[first]!, to - from, insert)
      for (let line = first + 1; line < this.#starts.length; line++) this.#starts[line]! += delta
      this.#value = value
      return true
    }
    // Rebuild only the lines the edit touched.
    const start = this.#starts[first]!
    const oldEnd = this.#starts[last]! + this.#nodes[last]!.data.length
    const texts = value.slice(start, oldEnd + delta).split('\n')
    const blocks = texts.map((text) => this.#block(text))
    for (let line = first; line <= last; line++) this.#nodes[line]!.parentElement!.remove()
    const after = this.#mirror.children[first] ?? null
    for (const block of blocks) this.#mirror.insertBefore(block.element, after)
    this.#nodes.splice(first, last - first + 1, ...blocks.map((block) => block.node))
    this.#starts.length = this.#nodes.length
    let offset = start
    for (let line = first; line < this.#nodes.length; line++) {
      this.#starts[line] = offset
      offset += this.#nodes[line]!.data.length + 1
    }
    this.#value = value
    return false
  }

  /** Paints `paints` over the current text, replacing what was painted. */
  paint(paints: readonly Paint[]): void {
    if (this.#useHighlights) this.#paintHighlights(paints)
    else this.#paintMarks(paints)
  }

  /** A DOM range over `[start, end)` of the mirrored text, for measuring. */
  range(start: number, end: number): Range | undefined {
    const length = this.#value.length
    if (!this.#useHighlights) return this.#rangeInMarks(Math.min(start, length), Math.min(end, length))
    const range = document.createRange()
    this.#setRange(range, Math.min(start, length), Math.min(Math.max(start, end), length))
    return range
  }

  /** Removes every highlight this painter registered. */
  dispose(): void {
    if (!this.#useHighlights) return
    for (const name of this.#registered) CSS.highlights.delete(name)
    this.#registered.clear()
  }

  #build(value: string): void {
    const blocks = value.split('\n').map((text) => this.#block(text))
    this.#nodes = blocks.map((block) => block.node)
    this.#starts = []
    let offset = 0
    for (const node of this.#nodes) {
      this.#starts.push(offset)
      offset += node.data.length + 1
    }
    this.#mirror.replaceChildren(...blocks.map((block) => block.element))
  }

  #block(text: string): {element: HTMLElement; node: Text} {
    const element = document.createElement('div')
    element.className = 'line'
    const node = document.createTextNode(text)
    element.append(node)
    return {element, node}
  }

  /** The line holding `offset` (a line's end, before its newline, belongs to it). */
  #lineAt(offset: number): number {
    let low = 0
    let high = this.#starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.#starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  #setRange(range: Range, start: number, end: number): void {
    const first = this.#lineAt(start)
    const last = this.#lineAt(end)
    const a = this.#nodes[first]!
    const b = this.#nodes[last]!
    range.setStart(a, Math.min(start - this.#starts[first]!, a.data.length))
    range.setEnd(b, Math.min(end - this.#starts[last]!, b.data.length))
  }

  /** The offsets painted last: everything, or the lines near the screen in a long text. */
  get window(): readonly [number, number] {
    return this.#window ?? [0, Number.POSITIVE_INFINITY]
  }

  /**
   * Whether the text scrolled out of the window painted last (long texts
   * only); the caller then paints again.
   */
  scrolledOutOfWindow(): boolean {
    const painted = this.#window
    if (!this.#useHighlights || !painted) return false
    const [start, end] = this.#visibleOffsets(0)
    return start < painted[0] || end > painted[1]
  }

  /**
   * The offsets of the lines on screen, widened by `screens` screen heights
   * above and below. Short texts are painted whole.
   */
  #visibleOffsets(screens: number): [number, number] {
    const lines = this.#nodes.length
    if (this.#value.length < windowedFrom || lines < 3) return [0, Number.POSITIVE_INFINITY]
    const height = this.#mirror.clientHeight
    const top = this.#mirror.scrollTop - screens * height
    const bottom = this.#mirror.scrollTop + (screens + 1) * height
    const element = (line: number) => this.#nodes[line]!.parentElement!
    // Lines are in order, so their offsetTop grows: binary search both ends.
    let low = 0
    let high = lines - 1
    while (low < high) {
      const middle = (low + high) >> 1
      const block = element(middle)
      if (block.offsetTop + block.offsetHeight < top) low = middle + 1
      else high = middle
    }
    const first = low
    high = lines - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (element(middle).offsetTop <= bottom) low = middle
      else high = middle - 1
    }
    const last = low
    return [this.#starts[first]!, this.#starts[last]! + this.#nodes[last]!.data.length]
  }

  #paintHighlights(paints: readonly Paint[]): void {
    const byKind = new Map<string, Range[]>()
    const length = this.#value.length
    // In a long text only what is on screen (and a screen above and below) is
    // painted: fewer ranges for the browser to track on every keystroke.
    const [from, to] = this.#visibleOffsets(1)
    this.#window = Number.isFinite(to) ? [from, to] : undefined
    for (const paint of paints) {
      const start = Math.min(paint.start, length)
      const end = Math.min(paint.end, length)
      if (end <= start || end < from || start > to) continue
      const range = new Range()
      this.#setRange(range, start, end)
      let ranges = byKind.get(paint.kind)
      if (!ranges) byKind.set(paint.kind, (ranges = []))
      ranges.push(range)
    }
    for (const name of this.#registered) {
      if (!byKind.has(name.slice(this.#prefix.length + 1))) {
        CSS.highlights.delete(name)
        this.#registered.delete(name)
      }
    }
    for (const [kind, ranges] of byKind) {
      const highlight = new Highlight(...ranges)
      const priority = paintKinds.indexOf(kind as (typeof paintKinds)[number])
      highlight.priority = priority === -1 ? 0 : priority
      const name = this.name(kind)
      CSS.highlights.set(name, highlight)
      this.#registered.add(name)
    }
  }

  #paintMarks(paints: readonly Paint[]): void {
    // Split the text at every boundary; each piece carries the kinds covering it.
    const value = this.#value
    const cuts = new Set<number>([0, value.length])
    for (const paint of paints) {
      if (paint.end > paint.start) {
        cuts.add(Math.min(paint.start, value.length))
        cuts.add(Math.min(paint.end, value.length))
      }
    }
    const points = [...cuts].sort((a, b) => a - b)
    const nodes: Node[] = []
    for (let index = 0; index < points.length - 1; index++) {
      const start = points[index]!
      const end = points[index + 1]!
      const piece = value.slice(start, end)
      const kinds = paints.filter((paint) => paint.start <= start && paint.end >= end).map((paint) => paint.kind)
      if (kinds.length === 0) {
        nodes.push(document.createTextNode(piece))
      } else {
        const mark = document.createElement('mark')
        mark.className = kinds.map((kind) => `paint-${kind}`).join(' ')
        mark.dataset['start'] = String(start)
        mark.textContent = piece
        nodes.push(mark)
      }
    }
    this.#text = document.createTextNode('')
    this.#mirror.replaceChildren(...nodes, this.#text, this.#trail)
  }

  #rangeInMarks(start: number, end: number): Range | undefined {
    // Walk the text nodes, counting offsets, to find the two boundaries.
    const range = document.createRange()
    let offset = 0
    let startSet = false
    const walker = document.createTreeWalker(this.#mirror, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node === this.#trail) break
      const length = node.data.length
      if (!startSet && start <= offset + length) {
        range.setStart(node, start - offset)
        startSet = true
      }
      if (startSet && end <= offset + length) {
        range.setEnd(node, end - offset)
        return range
      }
      offset += length
    }
    return startSet ? range : undefined
  }
}
