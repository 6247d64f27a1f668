/**
 * The document model: prose blocks → sentences → tokens, each with exact
 * source offsets. Built once per text; every analyser reads it.
 *
 * Segmentation is done here rather than by parse-english/parse-latin so that
 * it is the same for every language (with each language's abbreviations),
 * keeps headings and list items as units of their own, and works on the
 * decoded prose with offsets already aligned to the source.
 *
 * @module
 */
import type {Language} from '../types.js'
import {OBJECT, type BlockKind, type Directive, type ProseBlock} from './markdown.js'

/** What a token is. */
export type TokenKind = 'word' | 'white' | 'punct' | 'symbol'

/** A token with its source offsets. */
export interface Token {
  kind: TokenKind
  /** The decoded text (`R&D` for `R&amp;D`). */
  value: string
  /** Source offset (UTF-16) where it starts. */
  start: number
  /** Source offset where it ends (exclusive). */
  end: number
}

/** A sentence (or a heading or list item: a unit of prose). */
export interface Sentence {
  /** Index in the document. */
  index: number
  /** Index of its block. */
  block: number
  /** The Markdown block it comes from. */
  kind: BlockKind
  start: number
  end: number
  /** Exactly `source.slice(start, end)`. */
  text: string
  /** All tokens from the first word or mark to the last. */
  tokens: Token[]
  /** The word tokens. */
  words: Token[]
  /**
   * Lower-case values of `words`, with a typographic apostrophe (’) written as
   * a straight one ('), so that the language profiles' lists ("don't",
   * "we're") match text from word processors that curl it ("don’t").
   */
  lower: string[]
  /** Whether it is the first sentence of its block. */
  firstInBlock: boolean
}

/** A prose block with its sentences. */
export interface Block {
  kind: BlockKind
  start: number
  end: number
  sentences: Sentence[]
}

/** The document every analyser reads. */
export interface PitchDocument {
  source: string
  language: Language
  blocks: Block[]
  sentences: Sentence[]
  /** Number of words. */
  words: number
  /** Number of prose blocks that are not headings. */
  paragraphs: number
  directives: Directive[]
}

// A word: letters, digits and marks, joined by apostrophes and hyphens, by
// `.`/`,`/`:` between digits (3.5, 2,300, 10:30), and by `.` inside short
// abbreviations (e.g, t.ex, bl.a, d.v.s), so that these count as one word as
// retext-english counts them; the final dot stays punctuation.
const tokenExpression =
  /([\p{L}\p{N}\p{M}]+(?:(?:['’\u2010-]|(?<=\p{N})[.,:](?=\p{N})|(?<=(?<![\p{L}\p{N}\p{M}.])\p{L}{1,2}|(?<![\p{L}\p{N}\p{M}])\p{L}{1,2}\.\p{L}{1,2})\.(?=\p{L}{1,3}\.))[\p{L}\p{N}\p{M}]+)*)|(\s+)|([\p{P}])|([\s\S])/uy

const terminal = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？'])
const closing = new Set(['"', '\'', '”', '’', '»', ')', ']', '}', '›', '」'])

/** Split `text` into tokens with offsets relative to `text`. */
export function tokenize(text: string): Array<{kind: TokenKind; value: string; from: number; to: number}> {
  const tokens: Array<{kind: TokenKind; value: string; from: number; to: number}> = []
  tokenExpression.lastIndex = 0
  while (tokenExpression.lastIndex < text.length) {
    const at = tokenExpression.lastIndex
    const match = tokenExpression.exec(text)
    if (!match) break
    const value = match[0]
    const kind: TokenKind = match[1] ? 'word' : match[2] ? 'white' : match[3] ? 'punct' : 'symbol'
    tokens.push({kind: value === OBJECT ? 'symbol' : kind, value, from: at, to: at + value.length})
  }
  return tokens
}

/** A sentence relative to its block (for caching by block text). */
export interface BlockSentence {
  start: number
  end: number
  tokens: Token[]
  /** A line that a bullet character opened inside a paragraph (a list pasted from a word processor). */
  item?: true
}

/**
 * Characters that open a list line in text pasted from a word processor or a
 * form ("• Faster handling", "– Nöjdare hyresgäster"), where Markdown sees no
 * list: at the start of a line and before a space, each opens a unit of its
 * own, read as a list item.
 */
const bullets = new Set(['•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▸', '▹', '➢', '➤', '✓', '✔', '–', '—', '·'])

/**
 * Split one prose block into sentences. Offsets in the result are relative to
 * the block's start, so the result can be cached by the block's source text.
 */
/**
 * Abbreviations of a language, lower case without the final dot, each with
 * whether it may also end a sentence (`etc.`, `osv.`, `jne.`: then a
 * capitalised word after it starts a new one).
 */
export type Abbreviations = ReadonlyMap<string, boolean>

export function segmentBlock(block: ProseBlock, abbreviations: Abbreviations): BlockSentence[] {
  const raw = tokenize(block.text)
  const tokens: Token[] = raw.map((t) => ({kind: t.kind, value: t.value, start: block.from[t.from]!, end: block.to[t.to - 1]!}))
  const sentences: BlockSentence[] = []
  const firstIndex: number[] = []
  let begin = 0
  let wordsInLine = 0
  let item = false
  /** Whether a bullet that opens a list line stands at `k` (a bullet character, then a space). */
  const bulletAt = (k: number): boolean => {
    const t = tokens[k]
    const after = tokens[k + 1]
    return t !== undefined && t.kind !== 'word' && t.kind !== 'white' && bullets.has(t.value) && after !== undefined && after.kind === 'white' && !after.value.includes('\n')
  }

  const close = (endExclusive: number): void => {
    let a = begin
    let b = endExclusive - 1
    while (a <= b && tokens[a]!.kind === 'white') a++
    while (b >= a && tokens[b]!.kind === 'white') b--
    wordsInLine = 0
    if (a > b) {
      begin = endExclusive
      return
    }
    let hasWord = false
    for (let k = a; k <= b; k++) if (tokens[k]!.kind === 'word') hasWord = true
    if (hasWord) {
      const sentence: BlockSentence = {start: tokens[a]!.start, end: tokens[b]!.end, tokens: tokens.slice(a, b + 1)}
      if (item) sentence.item = true
      sentences.push(sentence)
      firstIndex.push(a)
    } else if (sentences.length > 0) {
      // Stray marks (an emoji, a code span) after a sentence belong to it.
      const last = sentences[sentences.length - 1]!
      last.tokens = tokens.slice(firstIndex[firstIndex.length - 1]!, b + 1)
      last.end = tokens[b]!.end
    } else {
      // Marks before the first sentence belong to it: keep `begin`.
      return
    }
    begin = endExclusive
  }

  // A block that opens with a bullet: its first line is a list line.
  let lead = 0
  while (lead < tokens.length && tokens[lead]!.kind === 'white') lead++
  if (bulletAt(lead)) {
    begin = lead + 1
    item = true
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind === 'white' && token.value.includes('\n') && bulletAt(i + 1)) {
      // A bullet at the start of a line ends the unit before it and opens a list line, bullet left out.
      close(i)
      begin = i + 2
      item = true
      i++
      continue
    }
    if (token.kind === 'word') wordsInLine++
    if (token.kind === 'punct' && terminal.has(token.value)) {
      let j = i + 1
      while (j < tokens.length && tokens[j]!.kind === 'punct' && (terminal.has(tokens[j]!.value) || closing.has(tokens[j]!.value))) j++
      const next = tokens[j]
      if (next && next.kind !== 'white') continue
      if (next && !endsSentence(tokens, i, j, abbreviations)) {
        i = j - 1
        continue
      }
      close(j)
      i = j - 1
      continue
    }
    if (token.kind === 'white' && token.value.includes('\n') && wordsInLine > 0) {
      // A line that is a title or a form prompt ("Project idea", "What is
      // the problem?") without end punctuation, followed by a capitalised
      // line, is a unit of its own; hard-wrapped prose is not split. So is a
      // short line that ends on a sign or a closing mark rather than a word:
      // a form's lines ("Haettava summa: 254 000 €", "Budget: 40 000 kr
      // (2027)"), a post's line that ends on an emoji.
      const previous = previousNonWhite(tokens, i)
      const next = tokens[i + 1]
      const lineEnd = previous !== undefined && (previous.kind === 'word' || previous.kind === 'symbol' || closing.has(previous.value))
      if (lineEnd && next && next.kind === 'word' && isUpper(next.value) && wordsInLine <= 8) {
        close(i)
        continue
      }
      wordsInLine = 0
    }
  }
  close(tokens.length)
  if (block.wraps.length > 0 && sentences.length > 0) widen(sentences, block.wraps)
  return sentences
}

/**
 * Take in the inline markup that wraps a sentence at its edge, so that its
 * text is the Markdown as written: `**Amount applied for:** 12,800 €` and
 * `*Problem:* people wait`, not `Amount applied for:** 12,800 €`. Markup
 * opening at the sentence's first character counts when it also closes
 * inside the sentence, and markup closing at its last character when it
 * also opens inside; emphasis that runs over several sentences stays out of
 * each. Each wrap is checked against the one sentence its prose starts in
 * (sentences are in order), so a long block costs a search per wrap.
 */
function widen(sentences: BlockSentence[], wraps: Int32Array): void {
  for (let k = 0; k < wraps.length; k += 4) {
    const from = wraps[k + 1]!
    // The last sentence whose first token starts at or before the wrap's prose.
    let low = 0
    let high = sentences.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (sentences[middle]!.tokens[0]!.start <= from) low = middle
      else high = middle - 1
    }
    const sentence = sentences[low]!
    const first = sentence.tokens[0]!.start
    const last = sentence.tokens[sentence.tokens.length - 1]!.end
    const to = wraps[k + 2]!
    if (from < first || to > last) continue
    if (from === first && wraps[k]! < sentence.start) sentence.start = wraps[k]!
    if (to === last && wraps[k + 3]! > sentence.end) sentence.end = wraps[k + 3]!
  }
}

function previousNonWhite(tokens: Token[], index: number): Token | undefined {
  for (let k = index - 1; k >= 0; k--) if (tokens[k]!.kind !== 'white') return tokens[k]
  return undefined
}

function isUpper(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() || /^\p{N}/u.test(word)
}

function endsSentence(tokens: Token[], at: number, after: number, abbreviations: Abbreviations): boolean {
  const mark = tokens[at]!.value
  // The next word decides: a lower-case continuation is not a new sentence.
  let k = after
  while (k < tokens.length && tokens[k]!.kind === 'white') k++
  const next = tokens[k]
  if (next && next.kind === 'word' && !isUpper(next.value)) return false
  if (mark !== '.') return true
  // Gather the run before the dot: `e.g`, `t.ex`, `Mr`, `J`.
  let run = ''
  for (let b = at - 1; b >= 0; b--) {
    const t = tokens[b]!
    if (t.kind === 'white' || (t.kind === 'punct' && t.value !== '.')) break
    run = t.value + run
  }
  if (run === '') return true
  const lower = run.toLowerCase()
  const final = abbreviations.get(lower)
  // The next word is capitalised here (a lower-case one returned above).
  if (final !== undefined) return final && next !== undefined && next.kind === 'word'
  // An initial: a single capital letter (J. Smith).
  if (/^\p{Lu}$/u.test(run)) return false
  return true
}

/**
 * Segmented blocks kept between runs of one analyser, with the sentences
 * last built from them. Each run keeps only the blocks it used.
 *
 * A block is known by its `from` map: the chunked parser hands out the same
 * block object (maps and all) for a chunk whose text did not change, so the
 * map's identity stands for the block's kind and source text without hashing
 * that text on every run. A block parsed afresh has new maps and is
 * segmented again.
 */
export interface SegmentCache {
  language?: Language
  blocks: Map<Int32Array, CachedBlock>
}

/** A segmented block and the sentences last built from it at `base`. */
interface CachedBlock {
  relative: BlockSentence[]
  base: number
  sentences: Sentence[]
}

/** A fresh segment cache. */
export function createSegmentCache(): SegmentCache {
  return {blocks: new Map()}
}

/**
 * Build the document model.
 *
 * With a cache, a block whose text was segmented before is not segmented
 * again, and its sentences are reused: moved (offsets shifted in place) when
 * the block moved, renumbered when sentences before it came or went. The
 * sentences of a run belong to that run's document only until the next run.
 */
export function buildDocument(
  source: string,
  blocks: ProseBlock[],
  directives: Directive[],
  language: Language,
  abbreviations: Abbreviations,
  cache?: SegmentCache
): PitchDocument {
  const outBlocks: Block[] = []
  const sentences: Sentence[] = []
  const next = cache ? new Map<Int32Array, CachedBlock>() : undefined
  const previous = cache?.language === language ? cache.blocks : undefined
  let words = 0
  let paragraphs = 0
  for (const block of blocks) {
    const key = block.from
    let own: Sentence[] | undefined
    const reused = previous && !next!.has(key) ? previous.get(key) : undefined
    if (reused) {
      own = reused.sentences
      const delta = block.start - reused.base
      for (let k = 0; k < own.length; k++) {
        const sentence = own[k]!
        if (delta !== 0) {
          sentence.start += delta
          sentence.end += delta
          for (const token of sentence.tokens) {
            token.start += delta
            token.end += delta
          }
        }
        sentence.index = sentences.length + k
        sentence.block = outBlocks.length
      }
      reused.base = block.start
      next!.set(key, reused)
    } else {
      const relative = next?.get(key)?.relative ?? segmentBlock(block, abbreviations)
      own = relative.map((r, k) => materialise(source, block, r, sentences.length + k, outBlocks.length, k === 0))
      if (next && !next.has(key)) next.set(key, {relative, base: block.start, sentences: own})
    }
    for (const sentence of own) {
      words += sentence.words.length
      sentences.push(sentence)
    }
    if (own.length === 0) continue
    if (block.kind !== 'heading') paragraphs++
    outBlocks.push({kind: block.kind, start: block.start, end: block.end, sentences: own})
  }
  if (cache) {
    cache.blocks = next!
    cache.language = language
  }
  return {source, language, blocks: outBlocks, sentences, words, paragraphs, directives}
}

function materialise(source: string, block: ProseBlock, r: BlockSentence, index: number, blockIndex: number, first: boolean): Sentence {
  const tokens: Token[] = new Array(r.tokens.length)
  const words: Token[] = []
  for (let i = 0; i < r.tokens.length; i++) {
    const t = r.tokens[i]!
    const token: Token = {kind: t.kind, value: t.value, start: t.start + block.start, end: t.end + block.start}
    tokens[i] = token
    if (token.kind === 'word') words.push(token)
  }
  const start = r.start + block.start
  const end = r.end + block.start
  return {
    index,
    block: blockIndex,
    kind: r.item ? 'listItem' : block.kind,
    start,
    end,
    text: source.slice(start, end),
    tokens,
    words,
    lower: words.map((t) => t.value.toLowerCase().replaceAll('’', "'")),
    firstInBlock: first
  }
}
