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
  problem: {bias: -1.84, "cue.problem": 1.21, "cue.hero": -0.35, "cue.change": -1.20, "cue.outcome": -0.28, "cue.ask": -0.17, negation: 1.20, people: 0.16, generic: 0.36, name: -0.67, pronoun: 0.78, team: -0.58, teamSubject: -1.29, number: 0.22, measured: 0.21, comparison: 0.16, past: 0.14, heading: -2.09, listItem: -0.88, title: -0.56, short: -0.86, "turn.contrast": 0.52, "turn.consequence": 0.75, "section.problem": 0.99, "section.change": -1.44, "section.outcome": -0.44, "section.ask": -0.23, "position.first": -0.19, "position.early": 1.55, "position.late": -2.30, "position.last": -0.26, "prev.problem": 0.31, "prev.change": -1.34, "prev.outcome": -0.09, "prev.person": 0.35, "next.problem": 0.54, "next.change": 0.38, "next.outcome": -0.52, "next.person": 0.05},
  hero: {bias: -2.58, "cue.problem": 0.31, "cue.hero": 1.11, "cue.change": -0.29, "cue.outcome": -0.21, "cue.ask": -0.75, negation: 0.69, people: 0.58, generic: 0.54, name: 1.48, pronoun: 1.47, team: -0.71, teamSubject: -0.23, number: 0.28, comparison: -0.20, aim: 0.62, past: 0.58, question: -0.59, heading: -1.20, listItem: -0.91, title: -0.52, short: -0.15, "turn.contrast": 0.11, "turn.consequence": 0.29, "section.problem": 0.27, "section.change": -0.84, "section.outcome": -0.39, "section.ask": -0.63, "position.first": 0.17, "position.early": 0.72, "position.late": 0.07, "position.last": -0.64, "prev.problem": 0.46, "prev.change": -0.24, "prev.outcome": 0.27, "prev.person": 0.37, "next.problem": 0.13, "next.change": -0.37, "next.outcome": -0.18, "next.person": 0.42},
  change: {bias: 0.60, "cue.problem": -0.75, "cue.hero": -0.35, "cue.change": 1.18, "cue.outcome": -0.85, "cue.ask": -0.62, negation: -0.68, people: 0.19, generic: -0.34, pronoun: -0.53, team: -0.14, teamSubject: 0.25, number: -0.45, measured: -0.50, aim: 0.23, past: -0.56, question: -0.78, heading: -0.81, listItem: 2.16, title: -0.89, short: -1.01, "turn.contrast": -0.39, "turn.consequence": -0.18, "section.problem": -1.30, "section.change": 1.66, "section.outcome": -0.45, "position.first": 1.38, "position.early": -1.93, "position.late": -2.10, "position.last": -1.30, "prev.change": 0.75, "prev.outcome": -0.51, "prev.person": -0.10, "next.problem": -0.29, "next.change": -0.13, "next.outcome": 0.19},
  outcome: {bias: -2.90, "cue.problem": -0.44, "cue.hero": 0.37, "cue.change": -0.47, "cue.outcome": 1.54, "cue.ask": -1.46, negation: -0.13, name: 0.17, pronoun: 0.37, team: -0.49, number: 0.27, measured: 0.35, comparison: -0.08, aim: 0.14, past: 0.92, question: -0.73, heading: -0.49, listItem: -0.59, title: -1.10, short: -0.14, "turn.contrast": 0.08, "turn.consequence": -0.10, "section.problem": -0.12, "section.change": -0.45, "section.outcome": 1.21, "section.ask": -1.38, "position.first": 1.62, "position.early": -1.68, "position.late": 2.48, "position.last": -1.52, "prev.problem": -0.10, "prev.change": -0.15, "prev.outcome": 0.70, "prev.person": -0.05, "next.problem": -0.36, "next.change": -0.24, "next.outcome": 0.50, "next.person": 0.12},
  ask: {bias: -5.43, "cue.problem": -0.28, "cue.hero": -0.10, "cue.change": 0.56, "cue.outcome": -0.22, "cue.ask": 1.68, negation: -0.32, generic: 0.25, name: -0.14, pronoun: -0.46, team: 0.45, teamSubject: 0.05, number: 0.54, measured: 0.23, comparison: 0.09, aim: 0.47, past: -0.53, question: -0.33, heading: -0.78, listItem: 0.60, title: -0.55, short: -0.54, "turn.contrast": -0.10, "turn.consequence": -0.09, "section.change": -0.19, "section.outcome": -0.34, "section.ask": 1.27, "position.early": -0.48, "position.late": 2.01, "position.last": 3.34, "prev.problem": -0.50, "prev.change": 0.07, "prev.outcome": -0.05, "prev.person": 0.14, "next.problem": -0.54, "next.change": -0.15, "next.outcome": -0.13, "next.person": -0.23},
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
