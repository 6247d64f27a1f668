/**
 * The weights of the structure model, one line per element so that every
 * score can be explained. A sentence's score for an element is
 * `sigmoid(bias + Σ weight · input)` over the named inputs of `scoring.ts`
 * (`cue.problem` is the summed weight of the problem cues in the sentence,
 * `section.change` that it stands under a "Solution" heading, `prev.person`
 * that the previous sentence mentions someone, …); it carries the element
 * from `roleThreshold` up.
 *
 * The per-element weights are learned: an L2-regularised logistic
 * regression fitted on the project's own corpus (`eval/corpus`) by
 * `node --import tsx eval/train.ts --write`, which also prints the
 * cross-validated figures. The real pitches in `../shared/corpus/pitches-dev`
 * are never trained on; `npm run eval` checks the model on them. The
 * thresholds below are hand-set.
 *
 * @module
 */
import type {ElementWeights} from './scoring.js'

/** Per-element models (learned, see the module doc). */
export const models: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', ElementWeights>> = {
  // <trained>
  problem: {bias: -1.86, "cue.problem": 1.22, "cue.hero": -0.36, "cue.change": -1.20, "cue.outcome": -0.28, "cue.ask": -0.17, negation: 1.19, people: 0.17, generic: 0.37, name: -0.56, pronoun: 0.78, team: -0.59, teamSubject: -1.28, number: 0.19, measured: 0.21, comparison: 0.17, aim: -0.05, past: 0.23, heading: -2.08, listItem: -0.87, title: -0.56, short: -0.86, "turn.contrast": 0.53, "turn.consequence": 0.74, "section.problem": 0.99, "section.change": -1.42, "section.outcome": -0.44, "section.ask": -0.23, "position.first": -0.19, "position.early": 1.54, "position.late": -2.29, "position.last": -0.26, "prev.problem": 0.30, "prev.change": -1.34, "prev.outcome": -0.09, "prev.person": 0.34, "next.problem": 0.55, "next.change": 0.38, "next.outcome": -0.53, "next.person": 0.06},
  hero: {bias: -2.61, "cue.problem": 0.29, "cue.hero": 1.03, "cue.change": -0.29, "cue.outcome": -0.22, "cue.ask": -0.75, negation: 0.69, people: 0.58, generic: 0.52, name: 1.49, pronoun: 1.46, team: -0.70, teamSubject: -0.23, number: 0.26, comparison: -0.18, aim: 0.50, past: 0.60, question: -0.59, heading: -1.16, listItem: -0.90, title: -0.53, short: -0.13, "turn.contrast": 0.12, "turn.consequence": 0.30, "section.problem": 0.26, "section.change": -0.83, "section.outcome": -0.37, "section.ask": -0.63, "position.first": 0.12, "position.early": 0.74, "position.late": 0.07, "position.last": -0.61, "prev.problem": 0.47, "prev.change": -0.23, "prev.outcome": 0.27, "prev.person": 0.37, "next.problem": 0.11, "next.change": -0.37, "next.outcome": -0.17, "next.person": 0.42},
  change: {bias: 0.57, "cue.problem": -0.74, "cue.hero": -0.33, "cue.change": 1.18, "cue.outcome": -0.86, "cue.ask": -0.62, negation: -0.66, people: 0.20, generic: -0.33, pronoun: -0.53, team: -0.16, teamSubject: 0.25, number: -0.47, measured: -0.49, aim: 0.33, past: -0.36, question: -0.80, heading: -0.82, listItem: 2.16, title: -0.87, short: -1.00, "turn.contrast": -0.39, "turn.consequence": -0.17, "section.problem": -1.28, "section.change": 1.68, "section.outcome": -0.44, "position.first": 1.39, "position.early": -1.91, "position.late": -2.09, "position.last": -1.30, "prev.change": 0.74, "prev.outcome": -0.51, "prev.person": -0.11, "next.problem": -0.29, "next.change": -0.13, "next.outcome": 0.18},
  outcome: {bias: -2.82, "cue.problem": -0.46, "cue.hero": 0.36, "cue.change": -0.47, "cue.outcome": 1.56, "cue.ask": -1.47, negation: -0.14, generic: -0.05, name: 0.09, pronoun: 0.37, team: -0.48, number: 0.31, measured: 0.34, comparison: -0.13, aim: -0.05, past: 0.71, question: -0.70, heading: -0.49, listItem: -0.60, title: -1.10, short: -0.17, "turn.contrast": 0.07, "turn.consequence": -0.10, "section.problem": -0.14, "section.change": -0.49, "section.outcome": 1.19, "section.ask": -1.37, "position.first": 1.60, "position.early": -1.69, "position.late": 2.46, "position.last": -1.50, "prev.problem": -0.10, "prev.change": -0.15, "prev.outcome": 0.69, "prev.person": -0.05, "next.problem": -0.35, "next.change": -0.23, "next.outcome": 0.50, "next.person": 0.11},
  ask: {bias: -5.40, "cue.problem": -0.27, "cue.hero": -0.09, "cue.change": 0.56, "cue.outcome": -0.22, "cue.ask": 1.68, negation: -0.32, generic: 0.26, name: -0.16, pronoun: -0.45, team: 0.45, teamSubject: 0.05, number: 0.55, measured: 0.23, comparison: 0.10, aim: 0.50, past: -0.67, question: -0.34, heading: -0.79, listItem: 0.60, title: -0.55, short: -0.54, "turn.contrast": -0.11, "turn.consequence": -0.09, "section.change": -0.18, "section.outcome": -0.35, "section.ask": 1.26, "position.early": -0.48, "position.late": 2.01, "position.last": 3.32, "prev.problem": -0.49, "prev.change": 0.06, "prev.person": 0.14, "next.problem": -0.54, "next.change": -0.15, "next.outcome": -0.13, "next.person": -0.23},
  // </trained>
}

export const weights = {
  ...models,
  /** A sentence carries an element from this score up. */
  roleThreshold: 0.5,
  status: {
    /**
     * An element is present from this document score up (the best sentence's
     * score, a little more with a second one), when the sentences that carry it are
     * specific enough (elements.ts).
     */
    present: {problem: 0.7, hero: 0.8, change: 0.7, outcome: 0.7, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** The least content evidence (logit units from the sentence's own words) a present element needs in one sentence. */
    content: {problem: 1, hero: 1, change: 0, outcome: 2, ask: 1} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** How much a second carrying sentence adds to the best one's score (a share of what is left to 1). */
    second: 0.5,
    /** From this score an element is at least weak. */
    weak: 0.4
  }
} as const
