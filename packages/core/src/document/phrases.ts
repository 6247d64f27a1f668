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
  /** Per word seen: the candidate lists it can start (exact first, then prefixes longest first). */
  private readonly heads = new Map<string, ReadonlyArray<ReadonlyArray<CompiledPhrase<T>>>>()

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
    const lists = this.candidates(words[index]!)
    if (lists.length === 0) return undefined
    let best: CompiledPhrase<T> | undefined
    for (const list of lists) {
      const hit = first(list, words, index)
      if (hit && (!best || hit.words.length > best.words.length)) best = hit
    }
    return best ? {first: index, last: index + best.words.length - 1, phrase: best.phrase, data: best.data} : undefined
  }

  /** The phrase lists a word can start, looked up once per word (the same words recur in every text). */
  private candidates(word: string): ReadonlyArray<ReadonlyArray<CompiledPhrase<T>>> {
    let lists = this.heads.get(word)
    if (lists === undefined) {
      const found: Array<ReadonlyArray<CompiledPhrase<T>>> = []
      const exact = this.exact.get(word)
      if (exact) found.push(exact)
      if (this.maxPrefix > 0) {
        for (let length = Math.min(this.maxPrefix, word.length); length >= this.minPrefix; length--) {
          const list = this.prefix.get(word.slice(0, length))
          if (list) found.push(list)
        }
      }
      lists = found.length === 0 ? none : found
      if (this.heads.size >= 20_000) this.heads.clear()
      this.heads.set(word, lists)
    }
    return lists as ReadonlyArray<ReadonlyArray<CompiledPhrase<T>>>
  }
}

const none: ReadonlyArray<never> = []

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
