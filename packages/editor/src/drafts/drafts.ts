/**
 * Local drafts for `autosave`. A draft remembers which text it grew from
 * (`base`, a hash), so it is restored only over that same text: when the page
 * brings a different text, that text is newer than the draft and wins, and
 * the draft is merely offered.
 *
 * A draft also keeps the keys of the findings the writer chose to ignore
 * (`ignored`), so they stay hidden after a reload. Drafts saved before that
 * field existed have none and still load.
 *
 * @module
 */

/** What is stored under one key. */
export interface Draft {
  /** The text as last typed. */
  text: string
  /** When it was saved (milliseconds since the epoch). */
  savedAt: number
  /** {@link hashText} of the text the edits started from. */
  base: string
  /**
   * Keys of the findings ignored in this text (see `Finding.key`), oldest
   * first; at most {@link maxIgnoredKeys}, each at most
   * {@link maxIgnoredKeyLength} characters. Absent in drafts saved without any.
   */
  ignored?: string[]
}

/** How many ignored-finding keys one draft keeps (the most recent ones). */
export const maxIgnoredKeys = 200

/** The longest ignored-finding key a draft keeps; longer ones are not stored. */
export const maxIgnoredKeyLength = 256

/** The storage-key prefix; the element's `autosave` value follows it. */
export const draftPrefix = 'pitch-coach:draft:'

/** A short, stable fingerprint of a text (FNV-1a over UTF-16 code units, plus the length). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return `${(hash >>> 0).toString(36)}.${text.length.toString(36)}`
}

/** Reads and writes one draft; every storage failure (quota, privacy mode) is swallowed. */
export class DraftStore {
  readonly key: string
  readonly #storage: Storage | undefined

  constructor(name: string, storage: Storage | undefined = defaultStorage()) {
    this.key = draftPrefix + name
    this.#storage = storage
  }

  /** The stored draft, or `undefined` when there is none or it is unreadable. */
  read(): Draft | undefined {
    try {
      const raw = this.#storage?.getItem(this.key)
      if (!raw) return undefined
      const data: unknown = JSON.parse(raw)
      if (
        typeof data === 'object' &&
        data !== null &&
        typeof (data as Draft).text === 'string' &&
        typeof (data as Draft).savedAt === 'number' &&
        typeof (data as Draft).base === 'string'
      ) {
        const {text, savedAt, base} = data as Draft
        // A malformed `ignored` never costs the text: it is read as none.
        const ignored = ignoredKeys((data as {ignored?: unknown}).ignored)
        return ignored.length > 0 ? {text, savedAt, base, ignored} : {text, savedAt, base}
      }
    } catch {
      // An unreadable draft is treated as none.
    }
    return undefined
  }

  /**
   * Saves `text` (and the keys of the findings ignored in it), unless the
   * stored draft was saved later than `savedAt` (another tab typed since): a
   * draft never overwrites newer text. Of `ignored`, only the last
   * {@link maxIgnoredKeys} strings of at most {@link maxIgnoredKeyLength}
   * characters are kept.
   */
  write(text: string, base: string, savedAt = Date.now(), ignored: Iterable<string> = []): boolean {
    const current = this.read()
    if (current && current.savedAt > savedAt) return false
    const keys = ignoredKeys([...ignored])
    const draft: Draft = keys.length > 0 ? {text, savedAt, base, ignored: keys} : {text, savedAt, base}
    try {
      this.#storage?.setItem(this.key, JSON.stringify(draft))
      return true
    } catch {
      return false
    }
  }

  /** Removes the draft. */
  clear(): void {
    try {
      this.#storage?.removeItem(this.key)
    } catch {
      // Nothing to do: storage is unavailable.
    }
  }
}

/**
 * The valid ignored-finding keys in `value`: strings of a sensible length,
 * without repeats, the last {@link maxIgnoredKeys} of them; anything that is
 * not an array gives none.
 */
export function ignoredKeys(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const keys = new Set<string>()
  for (const key of value as unknown[]) {
    if (typeof key !== 'string' || key === '' || key.length > maxIgnoredKeyLength) continue
    // A repeat moves to the end, as if added again.
    keys.delete(key)
    keys.add(key)
  }
  const result = [...keys]
  return result.length > maxIgnoredKeys ? result.slice(result.length - maxIgnoredKeys) : result
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}
