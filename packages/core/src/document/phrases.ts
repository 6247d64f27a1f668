/**
 * Phrase matching over words: the one mechanism that every word list (cues,
 * hedges, buzzwords, roles…) uses, so that lists stay data.
 *
 * @module
 */

/** A compiled phrase: its words, each exact or a prefix (`word*`). */
interface CompiledPhrase<T> {
  phrase: string
  words: Array<{text: string; prefix: boolean}>
  data: T
}

/** A match of a phrase in a word sequence. */
export interface PhraseMatch<T> {
  /** Index of the first word. */
  first: number
  /** Index of the last word. */
  last: number
  phrase: string
  data: T
}

/** A set of phrases, compiled for matching against lower-case words. */
export class PhraseSet<T = undefined> {
  private readonly exact = new Map<string, Array<CompiledPhrase<T>>>()
  private readonly prefix = new Map<string, Array<CompiledPhrase<T>>>()
  private minPrefix = Infinity
  private maxPrefix = 0

  /** Compile `entries` (phrase → data). */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, data] of entries) {
      const words = phrase
        .toLowerCase()
        .split(' ')
        .filter(Boolean)
        .map((word) => (word.endsWith('*') && word.length > 1 ? {text: word.slice(0, -1), prefix: true} : {text: word, prefix: false}))
      const head = words[0]
      if (!head) continue
      const compiled: CompiledPhrase<T> = {phrase, words, data}
      const map = head.prefix ? this.prefix : this.exact
      const list = map.get(head.text)
      if (list) list.push(compiled)
      else map.set(head.text, [compiled])
      if (head.prefix) {
        this.minPrefix = Math.min(this.minPrefix, head.text.length)
        this.maxPrefix = Math.max(this.maxPrefix, head.text.length)
      }
    }
    for (const list of [...this.exact.values(), ...this.prefix.values()]) list.sort((a, b) => b.words.length - a.words.length)
  }

  /** Compile a list of phrases without data. */
  static of(phrases: readonly string[]): PhraseSet<undefined> {
    return new PhraseSet(phrases.map((phrase) => [phrase, undefined] as const))
  }

  /**
   * All matches in `words` (lower case), longest first at each start, without
   * overlaps: a word takes part in at most one match.
   */
  match(words: readonly string[]): Array<PhraseMatch<T>> {
    const found: Array<PhraseMatch<T>> = []
    let index = 0
    while (index < words.length) {
      const hit = this.longestAt(words, index)
      if (hit) {
        found.push(hit)
        index = hit.last + 1
      } else {
        index++
      }
    }
    return found
  }

  /** Whether any phrase matches anywhere. */
  test(words: readonly string[]): boolean {
    for (let index = 0; index < words.length; index++) if (this.longestAt(words, index)) return true
    return false
  }

  private longestAt(words: readonly string[], index: number): PhraseMatch<T> | undefined {
    const word = words[index]!
    let best: CompiledPhrase<T> | undefined
    const candidates = this.exact.get(word)
    if (candidates) best = first(candidates, words, index)
    if (this.maxPrefix > 0) {
      const top = Math.min(this.maxPrefix, word.length)
      for (let length = top; length >= this.minPrefix; length--) {
        const list = this.prefix.get(word.slice(0, length))
        if (!list) continue
        const hit = first(list, words, index)
        if (hit && (!best || hit.words.length > best.words.length)) best = hit
      }
    }
    return best ? {first: index, last: index + best.words.length - 1, phrase: best.phrase, data: best.data} : undefined
  }
}

function first<T>(list: ReadonlyArray<CompiledPhrase<T>>, words: readonly string[], index: number): CompiledPhrase<T> | undefined {
  outer: for (const candidate of list) {
    if (index + candidate.words.length > words.length) continue
    for (let k = 0; k < candidate.words.length; k++) {
      const want = candidate.words[k]!
      const word = words[index + k]!
      if (want.prefix ? !word.startsWith(want.text) : word !== want.text) continue outer
    }
    return candidate
  }
  return undefined
}
