/**
 * Markdown → prose blocks whose every character knows its exact place in the
 * source.
 *
 * remark-parse gives the tree; mdast text values are decoded (`&amp;` → `&`,
 * `\*` → `*`, indentation and `>` markers gone), so positions computed on
 * them drift. Here each decoded character is aligned back to the source once,
 * and nothing downstream computes a position again.
 *
 * @module
 */
import type {Heading, Nodes, Paragraph, Root, RootContent} from 'mdast'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

/** What kind of Markdown block a prose block comes from. */
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'blockquote'

/** A block of prose: its decoded text and, per UTF-16 unit, where it came from. */
export interface ProseBlock {
  kind: BlockKind
  /** Source offset where the block node starts. */
  start: number
  /** Source offset where the block node ends. */
  end: number
  /** Decoded prose; code, HTML and images are one U+FFFC each. */
  text: string
  /** Per unit of `text`: the source offset where it starts, relative to `start`. */
  from: Int32Array
  /** Per unit of `text`: the source offset where it ends, relative to `start`. */
  to: Int32Array
  /**
   * The inline markup that wraps prose (emphasis, strong, strikethrough,
   * links), four offsets each, relative to `start`: where the node opens,
   * where its first and last character of prose start and end, and where it
   * closes. A sentence that such markup wraps at its edge takes the markup
   * in (`**Amount applied for:** 12,800 €`, not `Amount applied for:** …`).
   */
  wraps: Int32Array
}

/** A `<!-- pitch-coach-disable … -->` / `<!-- pitch-coach-enable … -->` directive. */
export interface Directive {
  kind: 'disable' | 'enable'
  /** Rule ids, or empty for all rules. */
  ruleIds: string[]
  /** Source offset where the comment ends. */
  end: number
}

/** The placeholder that stands for code, HTML and images inside prose. */
export const OBJECT = '\uFFFC'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/** Parse Markdown into mdast with remark-parse, GFM and front matter. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source)
}

/** The deepest nesting of block quotes and list items accepted on one line. */
export const maxNesting = 100

/**
 * The line where block quotes and list items nest deepest, if deeper than
 * {@link maxNesting}. Deeper nesting overflows the call stack of remark-gfm's
 * tree walkers (10,000 `>`) or keeps micromark busy for minutes (10,000
 * `- `); no pitch needs it. Counts the container markers at the start of
 * each line (`>`, `-`, `*`, `+`, `1.`, `1)`), not indentation. A linear scan.
 */
export function tooDeep(source: string): {line: number; depth: number} | undefined {
  let line = 1
  let i = 0
  const length = source.length
  while (i < length) {
    let quotes = 0
    let items = 0
    let marker = 0
    for (;;) {
      let c = source.charCodeAt(i)
      while (c === 32 || c === 9) c = source.charCodeAt(++i)
      if (c === 62 /* > */) {
        quotes++
        i++
        continue
      }
      let k = i
      if (c === 45 || c === 42 || c === 43) {
        k = i + 1
      } else {
        while (k < length && k - i < 9 && source.charCodeAt(k) >= 48 && source.charCodeAt(k) <= 57) k++
        if (k === i || (source.charCodeAt(k) !== 46 && source.charCodeAt(k) !== 41)) break
        k++
      }
      const after = source.charCodeAt(k)
      if (after !== 32 && after !== 9) break
      if (marker === 0) marker = c
      items++
      i = k
    }
    let end = i
    while (end < length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++
    let depth = quotes + items
    // `- - - -` alone is a thematic break, not nested lists.
    if (depth > maxNesting && items > 0 && isBreakRest(source, i, end, marker)) depth = quotes
    if (depth > maxNesting) return {line, depth}
    i = end
    if (source.charCodeAt(i) === 13 && source.charCodeAt(i + 1) === 10) i++
    i++
    line++
  }
  return undefined
}

function isBreakRest(source: string, from: number, to: number, marker: number): boolean {
  if (marker !== 45 && marker !== 42) return false
  for (let k = from; k < to; k++) {
    const c = source.charCodeAt(k)
    if (c !== marker && c !== 32 && c !== 9) return false
  }
  return true
}

/** The prose blocks of a tree, in document order, and its ignore directives. */
export function proseBlocks(tree: Root, source: string): {blocks: ProseBlock[]; directives: Directive[]} {
  const blocks: ProseBlock[] = []
  const directives: Directive[] = []
  // micromark skips a leading byte order mark and counts offsets without it.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  visit(tree, undefined)
  return {blocks, directives}

  function visit(node: Nodes, context: BlockKind | undefined): void {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block = proseBlock(node, node.type === 'heading' ? 'heading' : (context ?? 'paragraph'), source, bom)
      if (block) blocks.push(block)
      return
    }
    if (node.type === 'html') {
      const directive = parseDirective(node.value)
      if (directive && node.position?.end.offset !== undefined) {
        directives.push({...directive, end: node.position.end.offset + bom})
      }
      return
    }
    if (node.type === 'code' || node.type === 'table' || node.type === 'yaml' || node.type === 'definition') return
    if ('children' in node) {
      const inner: BlockKind | undefined =
        node.type === 'listItem' ? 'listItem' : node.type === 'blockquote' ? 'blockquote' : context
      for (const child of node.children as RootContent[]) visit(child, inner)
    }
  }
}

const directiveExpression = /^<!--\s*pitch-coach-(disable|enable)((?:\s+[a-z][a-z-]*)*)\s*-->$/

function parseDirective(value: string): Omit<Directive, 'end'> | undefined {
  const match = directiveExpression.exec(value.trim())
  if (!match) return undefined
  return {kind: match[1] as 'disable' | 'enable', ruleIds: (match[2] ?? '').trim().split(/\s+/).filter(Boolean)}
}

function proseBlock(node: Paragraph | Heading, kind: BlockKind, source: string, bom: number): ProseBlock | undefined {
  if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return undefined
  const start = node.position.start.offset + bom
  const end = node.position.end.offset + bom
  let text = ''
  const from: number[] = []
  const to: number[] = []
  const wraps: number[] = []

  const push = (chars: string, a: number, b: number): void => {
    for (let k = 0; k < chars.length; k++) {
      from.push(a - start)
      to.push(b - start)
    }
    text += chars
  }

  const inline = (child: Nodes): void => {
    if (child.position?.start.offset === undefined || child.position.end.offset === undefined) return
    const a = child.position.start.offset + bom
    const b = child.position.end.offset + bom
    switch (child.type) {
      case 'text':
        if (b - a === child.value.length && source.startsWith(child.value, a)) {
          // The value is the source (always so for GFM autolink literals, whose
          // `&amp;` and `\\` stay raw): one unit for one unit.
          for (let k = 0; k < child.value.length; k++) {
            from.push(a + k - start)
            to.push(a + k + 1 - start)
          }
          text += child.value
        } else {
          align(child.value, a, b)
        }
        return
      case 'break':
        push('\n', a, b)
        return
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        push(OBJECT, a, b)
        return
      default:
        if ('children' in child) {
          const first = text.length
          for (const c of child.children as Nodes[]) inline(c)
          if (text.length > first) wraps.push(a - start, from[first]!, to[text.length - 1]!, b - start)
        }
    }
  }

  // Align decoded `value` with `source[a, b)`: the value is the source with
  // escapes and character references decoded and container markers removed.
  const align = (value: string, a: number, b: number): void => {
    let j = a
    let i = 0
    while (i < value.length) {
      if (j >= b) {
        // Should not happen; keep spans inside the node rather than drift.
        push(value.slice(i), b, b)
        return
      }
      const c = source.charCodeAt(j)
      if (c === 38 /* & */) {
        const reference = characterReference(source, j, b)
        if (reference && value.startsWith(reference.decoded, i)) {
          push(reference.decoded, j, j + reference.length)
          i += reference.decoded.length
          j += reference.length
          continue
        }
      }
      if (c === 92 /* \ */ && j + 1 < b && source[j + 1] === value[i] && asciiPunctuation.test(value[i]!)) {
        push(value[i]!, j, j + 2)
        i++
        j += 2
        continue
      }
      // micromark replaces U+0000 with U+FFFD in values.
      if (source[j] === value[i] || (c === 0 && value.charCodeAt(i) === 0xfffd)) {
        push(value[i]!, j, j + 1)
        i++
        j++
        continue
      }
      j++
    }
  }

  for (const child of node.children) inline(child as Nodes)
  if (text.length === 0) return undefined
  return {kind, start, end, text, from: Int32Array.from(from), to: Int32Array.from(to), wraps: Int32Array.from(wraps)}
}

const asciiPunctuation = /^[!-/:-@[-`{-~]$/

const referenceExpression = /&(?:#[xX]([\da-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z\d]{0,31}));/y

function characterReference(source: string, at: number, limit: number): {decoded: string; length: number} | undefined {
  referenceExpression.lastIndex = at
  const match = referenceExpression.exec(source)
  if (!match || at + match[0].length > limit) return undefined
  let decoded: string | false
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] === undefined ? Number.parseInt(match[2]!, 10) : Number.parseInt(match[1], 16)
    // micromark replaces invalid code points with U+FFFD.
    decoded = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code)
  } else {
    decoded = decodeNamedCharacterReference(match[3]!)
  }
  return decoded === false ? undefined : {decoded, length: match[0].length}
}
