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

/** The phrase lists a word can start in one set (exact first, then prefixes longest first). */
type Candidates = ReadonlyArray<ReadonlyArray<CompiledPhrase<unknown>>>

/**
 * Per word: its candidates in each phrase set, by the set's id. Every set a
 * sentence is matched against (cues, style lists, connectives…) reads the
 * same entry, so a word is looked up once per sentence, not once per set.
 */
const registry = new Map<string, Array<Candidates | undefined>>()
/** The registry entries of a word sequence (sentences keep their `lower` array between runs). */
const resolved = new WeakMap<readonly string[], ReadonlyArray<Array<Candidates | undefined>>>()
let nextId = 0

function entries(words: readonly string[]): ReadonlyArray<Array<Candidates | undefined>> {
  let found = resolved.get(words)
  if (!found) {
    const list: Array<Array<Candidates | undefined>> = new Array(words.length)
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      let entry = registry.get(word)
      if (!entry) {
        // Entries already handed out stay valid: a set's candidates never change.
        if (registry.size >= 50_000) registry.clear()
        entry = []
        registry.set(word, entry)
      }
      list[i] = entry
    }
    found = list
    resolved.set(words, found)
  }
  return found
}

/** A set of phrases, compiled for matching against lower-case words. */
export class PhraseSet<T = undefined> {
  private readonly id = nextId++
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
    const known = entries(words)
    let index = 0
    while (index < words.length) {
      const hit = this.longestAt(words, known, index)
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
    const known = entries(words)
    for (let index = 0; index < words.length; index++) if (this.longestAt(words, known, index)) return true
    return false
  }

  private longestAt(words: readonly string[], known: ReadonlyArray<Array<Candidates | undefined>>, index: number): PhraseMatch<T> | undefined {
    const entry = known[index]!
    let lists = entry[this.id] as ReadonlyArray<ReadonlyArray<CompiledPhrase<T>>> | undefined
    if (lists === undefined) {
      lists = this.candidates(words[index]!)
      entry[this.id] = lists
    }
    if (lists.length === 0) return undefined
    let best: CompiledPhrase<T> | undefined
    for (const list of lists) {
      const hit = first(list, words, index)
      if (hit && (!best || hit.words.length > best.words.length)) best = hit
    }
    return best ? {first: index, last: index + best.words.length - 1, phrase: best.phrase, data: best.data} : undefined
  }

  /** The phrase lists a word can start (kept per word in the registry: the same words recur in every text). */
  private candidates(word: string): ReadonlyArray<ReadonlyArray<CompiledPhrase<T>>> {
    const found: Array<ReadonlyArray<CompiledPhrase<T>>> = []
    const exact = this.exact.get(word)
    if (exact) found.push(exact)
    if (this.maxPrefix > 0) {
      for (let length = Math.min(this.maxPrefix, word.length); length >= this.minPrefix; length--) {
        const list = this.prefix.get(word.slice(0, length))
        if (list) found.push(list)
      }
    }
    return found.length === 0 ? none : found
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
