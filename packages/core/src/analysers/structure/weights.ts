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
  problem: {bias: -2.43, "cue.problem": 1.33, "cue.change": -0.84, "cue.outcome": -0.31, negation: 1.06, people: 0.28, generic: 0.67, name: -0.42, pronoun: 0.73, team: -0.77, teamSubject: -0.99, number: 0.13, measured: 0.26, comparison: 0.19, past: 0.39, heading: -1.63, listItem: -0.63, title: -0.53, short: -0.56, "turn.contrast": 0.32, "turn.consequence": 0.25, "section.problem": 0.92, "section.change": -0.75, "section.ask": -0.19, "position.first": -0.28, "position.early": 1.61, "position.late": -1.70, "position.last": -0.13, "prev.problem": 0.28, "prev.change": -1.18, "prev.outcome": -0.11, "prev.person": 0.17, "next.problem": 0.35, "next.change": 0.57, "next.outcome": -0.32, "next.person": 0.26},
  hero: {bias: -2.14, "cue.problem": 0.35, "cue.change": -0.13, "cue.outcome": -0.34, "cue.ask": -0.51, negation: 0.52, people: 0.67, generic: 0.77, name: 0.85, pronoun: 1.17, team: -0.67, teamSubject: -0.42, number: 0.58, measured: -0.23, comparison: 0.13, aim: 0.64, past: 0.31, question: -0.67, heading: -1.10, listItem: -0.80, title: -0.34, short: -0.67, "turn.contrast": -0.25, "turn.consequence": 0.10, "section.problem": 0.18, "section.change": -0.29, "section.ask": -0.60, "position.first": -0.27, "position.early": 0.28, "position.late": -0.10, "position.last": -0.81, "prev.problem": 0.48, "prev.change": -0.06, "prev.outcome": 0.30, "prev.person": 0.29, "next.change": -0.15, "next.person": 0.25},
  change: {bias: 0.40, "cue.problem": -0.58, "cue.change": 1.23, "cue.outcome": -0.80, "cue.ask": -0.76, negation: -0.60, people: 0.13, generic: -0.15, pronoun: -0.49, team: -0.22, teamSubject: 0.28, number: -0.45, measured: -0.48, comparison: 0.05, aim: 0.27, past: -0.40, question: -0.80, heading: -0.92, listItem: 2.14, title: -0.10, short: -0.89, "turn.contrast": -0.25, "section.problem": -1.06, "section.change": 1.16, "section.outcome": -0.08, "section.ask": -0.25, "position.first": 0.65, "position.early": -1.97, "position.late": -1.53, "position.last": -1.16, "prev.problem": 0.11, "prev.change": 0.76, "prev.outcome": -0.40, "next.problem": -0.09, "next.change": -0.22, "next.outcome": 0.10},
  outcome: {bias: -2.48, "cue.problem": -0.82, "cue.change": -0.55, "cue.outcome": 1.37, "cue.ask": -1.30, negation: -0.27, generic: -0.05, name: -0.19, pronoun: 0.26, team: -0.42, teamSubject: 0.09, number: 0.32, measured: 0.62, comparison: -0.42, aim: 0.19, past: 0.75, question: -0.55, heading: -0.67, listItem: -0.80, title: -0.67, short: -0.41, "section.problem": -0.15, "section.change": -0.42, "section.outcome": 0.40, "section.ask": -1.18, "position.first": 0.33, "position.early": -1.72, "position.late": 2.06, "position.last": -1.22, "prev.problem": -0.15, "prev.change": -0.17, "prev.outcome": 0.38, "next.problem": -0.49, "next.change": -0.09, "next.outcome": 0.57, "next.person": -0.09},
  ask: {bias: -4.76, "cue.problem": -0.21, "cue.change": 0.12, "cue.outcome": -0.27, "cue.ask": 1.55, negation: -0.09, pronoun: -0.29, team: 0.32, teamSubject: 0.48, number: 0.28, measured: 0.14, comparison: 0.24, aim: 0.16, past: -0.55, question: -0.32, heading: -0.57, listItem: 0.57, title: -0.44, short: -0.47, "section.problem": -0.07, "section.outcome": -0.15, "section.ask": 1.48, "position.first": -0.05, "position.early": -0.41, "position.late": 1.56, "position.last": 2.71, "prev.problem": -0.31, "prev.change": -0.13, "prev.person": 0.10, "next.problem": -0.38, "next.change": -0.43, "next.outcome": -0.18, "next.person": -0.52},
  // </trained>
}

export const weights = {
  ...models,
  /** A sentence carries an element from this score up. */
  roleThreshold: 0.5,
  status: {
    /** An element whose best sentence scores this high is present (subject to the checks in elements.ts). */
    present: 0.7,
    /** From this score an element is at least weak. */
    weak: 0.42
  }
} as const
