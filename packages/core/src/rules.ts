/**
 * The catalogue of rules: ids, families, defaults and thresholds. Analysers
 * report findings under these ids; options switch them and tune them.
 *
 * @module
 */
import type {Severity} from './types.js'

/** Where a rule belongs. */
export type RuleFamily = 'structure' | 'readability' | 'style' | 'delivery'

/** The description of one rule. */
export interface RuleMeta {
  id: string
  family: RuleFamily
  /** What it checks, in one line (English; used in docs and `--help`). */
  summary: string
  /** The severity of its findings unless configured. */
  severity: Severity
  /** Numeric thresholds the rule reads, with their defaults and allowed range. */
  thresholds: Readonly<Record<string, {default: number; min: number; max: number; description: string}>>
}

const rule = (meta: RuleMeta): RuleMeta => Object.freeze(meta)

/** Every rule, by id. */
export const rules = Object.freeze({
  'story-problem': rule({id: 'story-problem', family: 'structure', summary: 'The problem is weak or missing.', severity: 'warning', thresholds: {}}),
  'story-hero': rule({id: 'story-hero', family: 'structure', summary: 'The hero (the person or group served) is weak or missing.', severity: 'warning', thresholds: {}}),
  'story-change': rule({id: 'story-change', family: 'structure', summary: 'The change (the solution, the turning point) is weak or missing.', severity: 'warning', thresholds: {}}),
  'story-outcome': rule({id: 'story-outcome', family: 'structure', summary: 'The outcome (what is different afterwards) is weak or missing.', severity: 'warning', thresholds: {}}),
  'story-ask': rule({id: 'story-ask', family: 'structure', summary: 'The ask (what you want from the audience) is weak or missing.', severity: 'warning', thresholds: {}}),
  'story-order': rule({id: 'story-order', family: 'structure', summary: 'The story is told out of order (a solution before any problem, a result before the change).', severity: 'info', thresholds: {}}),
  'team-as-hero': rule({
    id: 'team-as-hero',
    family: 'structure',
    summary: 'The team (we, our, us) is the protagonist instead of the people it serves.',
    severity: 'warning',
    thresholds: {
      ratio: {default: 2, min: 0.5, max: 100, description: 'How many times more team mentions than mentions of people served trigger the finding.'},
      minMentions: {default: 4, min: 1, max: 1000, description: 'The fewest team mentions that can trigger the finding.'}
    }
  }),
  'hard-sentence': rule({
    id: 'hard-sentence',
    family: 'readability',
    summary: 'A sentence is hard or very hard to read (retext-readability for English, LIX for Swedish and Finnish).',
    severity: 'info',
    thresholds: {
      age: {default: 16, min: 5, max: 22, description: 'English: the reader age a sentence should suit (retext-readability).'},
      minimum: {default: 4, min: 1, max: 7, description: 'English: how many of the seven formulas must agree (retext-readability’s default is 4 of 7).'},
      lix: {default: 60, min: 20, max: 100, description: 'Swedish and Finnish: the sentence LIX from which a sentence is hard.'}
    }
  }),
  'long-sentence': rule({
    id: 'long-sentence',
    family: 'readability',
    summary: 'A sentence has more words than a listener can follow in one breath.',
    severity: 'warning',
    thresholds: {maxWords: {default: 30, min: 5, max: 200, description: 'The most words a sentence may have.'}}
  }),
  passive: rule({id: 'passive', family: 'style', summary: 'Passive voice hides who acts.', severity: 'info', thresholds: {}}),
  hedge: rule({id: 'hedge', family: 'style', summary: 'Hedges and weasel words ("we think", "maybe", "very") weaken a claim.', severity: 'warning', thresholds: {}}),
  simpler: rule({id: 'simpler', family: 'style', summary: 'A simpler word says the same.', severity: 'info', thresholds: {}}),
  buzzword: rule({id: 'buzzword', family: 'style', summary: 'Buzzwords and pitch clichés ("disruptive", "synergy") say little.', severity: 'warning', thresholds: {}}),
  'vague-quantity': rule({id: 'vague-quantity', family: 'style', summary: 'A vague quantity ("many", "a lot") where a figure would convince.', severity: 'info', thresholds: {}}),
  filler: rule({id: 'filler', family: 'delivery', summary: 'Filler words ("basically", "actually", "you know") waste the slot.', severity: 'info', thresholds: {}}),
  'over-time': rule({id: 'over-time', family: 'delivery', summary: 'The pitch takes longer to say than its slot.', severity: 'error', thresholds: {}})
} satisfies Record<string, RuleMeta>)

/** A rule id. */
export type RuleId = keyof typeof rules

/** Every rule id, in catalogue order. */
export const ruleIds = Object.freeze(Object.keys(rules)) as readonly RuleId[]

/** Where rule `id`'s documentation lives. */
export const docsBase = 'https://github.com/pitch-coach/pitch-coach/blob/main/docs/rules/'

/** The documentation address of a rule. */
export function ruleUrl(id: string): string {
  return docsBase + id + '.md'
}
