/**
 * Markdown → prose blocks, one top-level chunk at a time.
 *
 * A text is cut into chunks at blank lines that no block can span: the line
 * after the blank lines starts in column 1 (so it continues no list item and
 * no indented code), and no fenced code, HTML comment or other HTML block
 * that runs across blank lines is open (checked on each chunk's own parse,
 * and the chunk is merged with the next one when one is). Paragraphs,
 * headings, block quotes and tables end at a blank line anyway. Each chunk
 * then parses the same alone as inside the whole text, so its prose blocks
 * are cached by its text and shifted to where it stands; after an edit only
 * the changed chunk is parsed again.
 *
 * Two things are global in Markdown and turn chunking off: link reference
 * and footnote definitions (`[x]: …`, `[^x]: …`, which change how `[x]`
 * parses anywhere) and front matter without its closing fence.
 *
 * Most chunks of a pitch are a plain paragraph, an ATX heading or a tight
 * list of one-line items without any inline syntax. For those the prose block is built directly (the text is
 * the source, character for character); the rules for "plain" leave out
 * every character that could start inline syntax, so remark-parse would give
 * the same block. Everything else goes through remark-parse. The tests
 * check both claims against whole-text parses.
 *
 * @module
 */
import {parseMarkdown, proseBlocks, type Directive, type ProseBlock} from './markdown.js'

/** The prose of a chunk, with offsets relative to the chunk's start. */
interface ChunkResult {
  blocks: ProseBlock[]
  directives: Directive[]
  /** A fenced code or HTML block may still be open at the chunk's end. */
  open: false | 'fence' | 'html' | 'indented'
}

/** Parsed chunks, by text. Keep one per analyser and pass it to every call. */
export type ChunkCache = Map<string, ChunkResult>

/**
 * The prose blocks and ignore directives of `source`, exactly as
 * `proseBlocks(parseMarkdown(source), source)` gives them.
 *
 * @param source The Markdown.
 * @param previous Chunks parsed by the previous call (read only).
 * @param next Receives the chunks of this call (pass a new map; it becomes the next call's `previous`).
 */
export function parseProse(source: string, previous?: ChunkCache, next?: ChunkCache): {blocks: ProseBlock[]; directives: Directive[]} {
  const starts = chunkStarts(source)
  const blocks: ProseBlock[] = []
  const directives: Directive[] = []
  let index = 0
  while (index < starts.length) {
    const start = starts[index]!
    let end = index + 1 < starts.length ? starts[index + 1]! : source.length
    let result = chunk(source.slice(start, end), previous, next)
    // An open fence or HTML block swallows the following chunks: merge them,
    // up to the next line that could close a fence (or to the end).
    while (result.open && end < source.length) {
      const closer = result.open === 'fence' ? nextFenceLine(source, end) : result.open === 'indented' ? end : -1
      const target = closer === -1 ? source.length : closer
      while (index + 1 < starts.length && starts[index + 1]! <= target) index++
      end = index + 1 < starts.length ? starts[index + 1]! : source.length
      result = chunk(source.slice(start, end), previous, next)
    }
    index++
    for (const block of result.blocks) {
      blocks.push(start === 0 ? block : {kind: block.kind, start: block.start + start, end: block.end + start, text: block.text, from: block.from, to: block.to, wraps: block.wraps})
    }
    for (const directive of result.directives) {
      directives.push(start === 0 ? directive : {kind: directive.kind, ruleIds: directive.ruleIds, end: directive.end + start})
    }
  }
  return {blocks, directives}
}

function chunk(text: string, previous: ChunkCache | undefined, next: ChunkCache | undefined): ChunkResult {
  let result = next?.get(text) ?? previous?.get(text)
  if (!result) result = plainChunk(text) ?? parseChunk(text)
  next?.set(text, result)
  return result
}

/** Where chunks start: offset 0, then the starts of lines after blank lines that begin in column 1. */
export function chunkStarts(source: string): number[] {
  const starts = [0]
  // Definitions are global; a lone CR is a line ending we do not scan for;
  // micromark drops a byte order mark from offsets.
  if (source.includes(']:') || /\r(?!\n)/.test(source) || source.charCodeAt(0) === 0xfeff) return starts
  let from = 0
  // Front matter can hold blank lines: no cut before its closing fence.
  const fence = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source)
  if (fence) {
    const close = new RegExp('\\n' + (fence[1] === '---' ? '---' : '\\+\\+\\+') + '[ \\t]*(?:\\r?\\n|$)', 'g')
    close.lastIndex = fence[0].length - 1
    const match = close.exec(source)
    if (!match) return starts
    from = match.index + match[0].length
  }
  let blank = false
  let content = from > 0
  let at = from
  while (at < source.length) {
    let lineEnd = source.indexOf('\n', at)
    if (lineEnd === -1) lineEnd = source.length
    const first = source.charCodeAt(at)
    let isBlank = true
    for (let k = at; k < lineEnd; k++) {
      const c = source.charCodeAt(k)
      if (c !== 32 && c !== 9 && c !== 13) {
        isBlank = false
        break
      }
    }
    if (!isBlank) {
      // Not before `---`/`+++`: at the start of a chunk they would open front matter.
      if (blank && content && first !== 32 && first !== 9 && !frontMatterLike(source, at)) starts.push(at)
      content = true
    }
    blank = isBlank
    at = lineEnd + 1
  }
  return starts
}

function frontMatterLike(source: string, at: number): boolean {
  const c = source.charCodeAt(at)
  return (c === 45 || c === 43) && source.charCodeAt(at + 1) === c && source.charCodeAt(at + 2) === c
}

/** Parse a chunk with remark and see whether it ends inside a fence or an HTML block. */
function parseChunk(text: string): ChunkResult {
  const tree = parseMarkdown(text)
  const {blocks, directives} = proseBlocks(tree, text)
  const last = tree.children[tree.children.length - 1]
  let open: ChunkResult['open'] = false
  if (last && (last.type === 'code' || last.type === 'html')) {
    const start = last.position?.start.offset ?? 0
    const end = last.position?.end.offset ?? text.length
    const value = text.slice(start, end)
    if (last.type === 'html') {
      if (openHtml(value)) open = 'html'
    } else if (!fenceOpening.test(value)) {
      // micromark lets indented code decide how the line after the blank
      // lines parses (`1. ` becomes a paragraph): keep the next chunk with it.
      open = 'indented'
    } else if (openFence(value)) {
      open = 'fence'
    }
  }
  return {blocks, directives, open}
}

const fenceOpening = /^ {0,3}(`{3,}|~{3,})/
const fenceLine = /^ {0,3}(?:`{3,}|~{3,})[ \t]*\r?$/gm

/** The offset of the first line at or after `from` that could close a fence, or -1. */
function nextFenceLine(source: string, from: number): number {
  fenceLine.lastIndex = from
  const match = fenceLine.exec(source)
  return match ? match.index : -1
}

/** Whether a code block's source is a fence that has not been closed. */
function openFence(value: string): boolean {
  const opening = fenceOpening.exec(value)
  if (!opening) return false
  const lines = value.split(/\r?\n/)
  if (lines.length < 2) return true
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]!)
  return !(closing && closing[1]![0] === opening[1]![0] && closing[1]!.length >= opening[1]!.length)
}

/** Whether an HTML block may run on across blank lines (kinds 1–5), unless it is a closed comment. */
function openHtml(value: string): boolean {
  if (!/^ {0,3}<[!?]|^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(value)) return false
  const trimmed = value.trim()
  return !(trimmed.startsWith('<!--') && trimmed.length >= 7 && trimmed.endsWith('-->'))
}

// Characters that can start inline syntax (or are changed by the parser):
// escapes, code, emphasis, links and images, HTML and autolinks, character
// references, strikethrough, tables, email autolinks, tabs, CR and NUL.
const inline = '\\\\`*_\\[\\]<>&~|@\\t\\r\\0\\f\\v\\n'
// A line of plain text that does not start a block: it starts with a letter,
// a digit or an opening quote or bracket, is not an ordered list item, and
// has no trailing whitespace (a hard break).
const plainLine = `(?!\\d{1,9}[.)](?:[ \\n]|$))[\\p{L}\\p{N}"'“‘„«(][^${inline}]*(?<![ ])`
const plainParagraph = new RegExp(`^${plainLine}(?:\\n${plainLine})*(?=\\n*$)`, 'u')
// A tight list of one-line items, each `- `, `* `, `+ `, `1. ` or `1) ` and a plain line.
const itemMarker = /^(?:[-*+]|\d{1,9}[.)]) /
const plainList = new RegExp(`^(?:[-*+]|\\d{1,9}[.)]) ${plainLine}(?:\\n(?:[-*+]|\\d{1,9}[.)]) ${plainLine})*(?=\\n*$)`, 'u')
const plainHeading = new RegExp(`^(#{1,6}) +([^${inline}# ][^${inline}#]*(?<![ ]))(?=\\n*$)`, 'u')
const autolinkLiteral = /www\.|:\/\//i

let identity = new Int32Array(0)

/** The `wraps` of a plain chunk, which has no inline markup. */
const unwrapped = new Int32Array(0)

/** `[from, from + length)` as a view on a shared array of consecutive numbers. */
function range(from: number, length: number): Int32Array {
  if (identity.length < from + length) {
    identity = new Int32Array(Math.max(from + length, identity.length * 2, 1024))
    for (let i = 0; i < identity.length; i++) identity[i] = i
  }
  return identity.subarray(from, from + length)
}

/** A chunk that is one plain paragraph or heading, without the parser; `undefined` otherwise. */
function plainChunk(text: string): ChunkResult | undefined {
  if (autolinkLiteral.test(text)) return undefined
  const first = text.charCodeAt(0)
  if (first === 35 /* # */) {
    const match = plainHeading.exec(text)
    if (!match) return undefined
    const content = match[2]!
    const offset = match[0].length - content.length
    return {
      blocks: [{kind: 'heading', start: 0, end: match[0].length, text: content, from: range(offset, content.length), to: range(offset + 1, content.length), wraps: unwrapped}],
      directives: [],
      open: false
    }
  }
  if (itemMarker.test(text)) {
    const list = plainList.exec(text)
    if (!list) return undefined
    const blocks: ProseBlock[] = []
    let at = 0
    for (const line of list[0].split('\n')) {
      const marker = itemMarker.exec(line)![0].length
      const length = line.length - marker
      blocks.push({kind: 'listItem', start: at + marker, end: at + line.length, text: line.slice(marker), from: range(0, length), to: range(1, length), wraps: unwrapped})
      at += line.length + 1
    }
    return {blocks, directives: [], open: false}
  }
  const match = plainParagraph.exec(text)
  if (!match) return undefined
  const content = match[0]
  return {
    blocks: [{kind: 'paragraph', start: 0, end: content.length, text: content, from: range(0, content.length), to: range(1, content.length), wraps: unwrapped}],
    directives: [],
    open: false
  }
}
