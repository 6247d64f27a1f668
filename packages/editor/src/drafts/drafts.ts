/**
 * Local drafts for `autosave`. A draft remembers which text it grew from
 * (`base`, a hash), so it is restored only over that same text: when the page
 * brings a different text, that text is newer than the draft and wins, and
 * the draft is merely offered.
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
}

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
        return data as Draft
      }
    } catch {
      // An unreadable draft is treated as none.
    }
    return undefined
  }

  /**
   * Saves `text`, unless the stored draft was saved later than `savedAt`
   * (another tab typed since): a draft never overwrites newer text.
   */
  write(text: string, base: string, savedAt = Date.now()): boolean {
    const current = this.read()
    if (current && current.savedAt > savedAt) return false
    try {
      this.#storage?.setItem(this.key, JSON.stringify({text, savedAt, base} satisfies Draft))
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

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}
