/**
 * The coach as unified plugins, following the unified collective's shape:
 * `plugin(options) → transformer(tree, file)`, findings as vfile messages.
 * Use them in any remark pipeline or with remark-cli.
 *
 * The plugins read the mdast tree remark made and the file's text, so the
 * positions are those of the file. The full report is stored on
 * `file.data.pitchCoach`.
 *
 * @module
 */
import type {Root} from 'mdast'
import type {Plugin, Preset} from 'unified'
import type {VFile} from 'vfile'
import {run} from './engine.js'
import {resolveOptions, type AnalyzeOptions} from './options.js'
import {rules, type RuleFamily, type RuleId} from './rules.js'
import type {PitchReport} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The pitch-coach report of the file (set by the pitch-coach plugins). */
    pitchCoach: PitchReport
  }
}

function plugin(families: readonly RuleFamily[] | undefined): Plugin<[AnalyzeOptions?], Root> {
  return function (options) {
    const resolved = resolveOptions(options)
    return function (tree: Root, file: VFile) {
      const report = run(String(file.value ?? ''), resolved, undefined, tree)
      file.data.pitchCoach = report
      for (const item of report.messages) {
        if (families && !families.includes(rules[item.ruleId as RuleId].family)) continue
        const message = file.message(item.reason, {place: item.place, ruleId: item.ruleId, source: item.source})
        message.fatal = item.severity === 'error' ? true : item.severity === 'warning' ? false : undefined
        if (item.actual !== undefined) message.actual = item.actual
        if (item.expected) message.expected = item.expected
        if (item.note) message.note = item.note
        if (item.url) message.url = item.url
      }
    }
  }
}

/** Every pitch-coach rule. */
export const remarkPitchCoach: Plugin<[AnalyzeOptions?], Root> = plugin(undefined)
/** Story structure: the five elements, their order, and "the team is the hero". */
export const remarkPitchCoachStructure: Plugin<[AnalyzeOptions?], Root> = plugin(['structure'])
/** Readability: hard and long sentences. */
export const remarkPitchCoachReadability: Plugin<[AnalyzeOptions?], Root> = plugin(['readability'])
/** Style: passive voice, hedges, simpler words, buzzwords, vague quantities. */
export const remarkPitchCoachStyle: Plugin<[AnalyzeOptions?], Root> = plugin(['style'])
/** Delivery: speaking time and fillers. */
export const remarkPitchCoachDelivery: Plugin<[AnalyzeOptions?], Root> = plugin(['delivery'])

/**
 * A preset for remark-cli and unified-engine: every rule with default options.
 * In `.remarkrc.js`: `export default {plugins: [remarkPresetPitchCoach]}` (or
 * `[[remarkPitchCoach, {preset: 'challenge'}]]`).
 */
export const remarkPresetPitchCoach: Preset = {plugins: [remarkPitchCoach]}
