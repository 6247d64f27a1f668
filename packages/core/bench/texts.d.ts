/** Types for `texts.js`, which the benchmarks run as plain JavaScript and `eval/bootstrap.ts` imports. */

/** A small seeded generator (mulberry32): numbers in [0, 1), the same for the same seed. */
export function random(seed: number): () => number

/** Count words as the benchmark does for every case: runs of letters or digits. */
export function countWords(text: string): number

/** A pitch of at least `words` words, stitched from distinct corpus paragraphs in an order fixed by `seed`. */
export function pitch(words: number, options?: {language?: 'en' | 'sv'; seed?: number}): {text: string; words: number}

/** How many of each corpus file's first pitches the texts are built from, so they stay the same as the corpus grows. */
export const fixedPitches: {readonly en: number; readonly sv: number}
