/**
 * The library's entry points: `analyze`, `analyzeSync` and `createAnalyzer`.
 *
 * @module
 */
import {createCache, run} from './engine.js'
import {resolveOptions, validateInput, type AnalyzeOptions} from './options.js'
import type {PitchReport} from './types.js'

/**
 * Read a pitch written in Markdown and report on it.
 *
 * @param markdown The pitch.
 * @param options Language, preset, speaking time, rules, questions and criteria.
 * @returns The report (rejects with a `TypeError` or `RangeError` for bad input or options).
 */
export async function analyze(markdown: string, options?: AnalyzeOptions): Promise<PitchReport> {
  return analyzeSync(markdown, options)
}

/**
 * The synchronous form of {@link analyze}.
 *
 * @throws {TypeError} when `markdown` is not a string, or an option is unknown or of the wrong type.
 * @throws {RangeError} when `markdown` is too long or an option's value is out of range.
 */
export function analyzeSync(markdown: string, options?: AnalyzeOptions): PitchReport {
  validateInput(markdown)
  return run(markdown, resolveOptions(options))
}

/** An analyser that remembers the previous text, for analysing as someone types. */
export interface Analyzer {
  /**
   * Analyse `markdown`, reusing everything that did not change since the
   * previous call. Resolves to exactly the report `analyze(markdown, options)` gives.
   */
  update(markdown: string): Promise<PitchReport>
  /** The synchronous form of `update`. */
  updateSync(markdown: string): PitchReport
}

/**
 * Create an incremental analyser. Options are validated once, here.
 *
 * @throws {TypeError | RangeError} for bad options, as {@link analyze}.
 */
export function createAnalyzer(options?: AnalyzeOptions): Analyzer {
  const resolved = resolveOptions(options)
  const cache = createCache()
  const updateSync = (markdown: string): PitchReport => {
    validateInput(markdown)
    return run(markdown, resolved, cache)
  }
  return {
    updateSync,
    async update(markdown) {
      return updateSync(markdown)
    }
  }
}
