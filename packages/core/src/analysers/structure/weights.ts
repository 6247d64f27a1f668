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
import type {ElementWeights, StackWeights} from './scoring.js'

/** Per-element models (learned, see the module doc). */
export const models: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', ElementWeights>> = {
  // <trained>
  problem: {bias: -1.95, "cue.problem": 1.46, "cue.hero": -0.62, "cue.change": -1.51, "cue.outcome": -0.26, "cue.ask": -0.12, negation: 1.29, people: 0.17, teamPeople: 1.14, generic: 0.54, name: -0.78, capitalised: -0.68, pronoun: 0.84, team: -0.63, teamSubject: -1.69, number: 0.22, measured: 0.19, comparison: 0.18, aim: 0.08, past: 0.21, question: 0.15, heading: -3.01, listItem: -1.40, title: -1.00, short: -0.86, "turn.contrast": 0.89, "turn.consequence": 1.30, "section.problem": 1.15, "section.change": -2.28, "section.outcome": -0.71, "section.ask": -0.38, "position.first": 0.19, "position.early": 1.67, "position.late": -2.83, "prev.problem": 0.35, "prev.change": -1.65, "prev.person": 0.33, "next.problem": 0.65, "next.change": 0.50, "next.outcome": -0.56},
  hero: {bias: -2.80, "cue.problem": 0.38, "cue.hero": 1.72, "cue.change": -0.24, "cue.outcome": -0.09, "cue.ask": -0.91, negation: 0.68, people: 0.44, personFirst: 0.80, teamPeople: 0.73, generic: 0.65, name: 1.05, capitalised: 1.69, pronoun: 1.40, team: -0.85, number: 0.38, comparison: -0.29, aim: 0.78, past: 0.63, question: -0.71, heading: -1.58, listItem: -1.43, title: -0.75, short: -0.05, "turn.contrast": 0.21, "turn.consequence": 0.44, "section.problem": 0.32, "section.change": -1.12, "section.outcome": -0.52, "section.ask": -1.06, "position.first": 0.38, "position.early": 0.72, "prev.problem": 0.36, "prev.change": -0.36, "prev.outcome": 0.29, "prev.person": 0.41, "next.problem": 0.19, "next.change": -0.32, "next.outcome": -0.18, "next.person": 0.43},
  change: {bias: 0.89, "cue.problem": -0.99, "cue.hero": -0.53, "cue.change": 1.34, "cue.outcome": -0.97, "cue.ask": -0.92, negation: -0.70, people: 0.26, personFirst: -0.40, teamPeople: 0.57, generic: -0.43, name: 0.18, capitalised: -0.20, pronoun: -0.42, team: -0.24, teamSubject: 0.24, number: -0.54, measured: -0.56, aim: 0.26, past: -0.67, question: -1.05, heading: -1.00, listItem: 2.94, title: -1.21, short: -1.29, "turn.contrast": -0.71, "turn.consequence": -0.43, "section.problem": -1.76, "section.change": 2.05, "section.outcome": -0.61, "section.ask": -0.13, "position.first": 1.92, "position.early": -2.24, "position.late": -2.53, "prev.problem": 0.07, "prev.change": 0.82, "prev.outcome": -0.54, "prev.person": -0.13, "next.problem": -0.35, "next.change": -0.23, "next.outcome": 0.22},
  outcome: {bias: -3.54, "cue.problem": -0.41, "cue.hero": 0.59, "cue.change": -0.46, "cue.outcome": 1.84, "cue.ask": -1.96, negation: -0.13, people: -0.10, personFirst: 0.44, teamPeople: -0.63, generic: 0.19, name: -0.20, capitalised: 0.16, pronoun: 0.42, team: -0.57, teamSubject: 0.08, number: 0.29, measured: 0.43, aim: 0.19, past: 1.18, question: -1.16, heading: -0.45, listItem: -0.75, title: -1.98, short: 0.09, "turn.contrast": 0.23, "turn.consequence": -0.15, "section.problem": -0.06, "section.change": -0.52, "section.outcome": 1.78, "section.ask": -2.16, "position.first": 2.65, "position.early": -2.24, "position.late": 2.71, "prev.change": -0.07, "prev.outcome": 0.70, "next.problem": -0.31, "next.change": -0.24, "next.outcome": 0.66, "next.person": 0.28},
  ask: {bias: -2.62, "cue.problem": -0.55, "cue.hero": -0.35, "cue.change": 0.11, "cue.outcome": -0.49, "cue.ask": 2.49, negation: -0.89, people: 0.10, personFirst: -0.60, teamPeople: -0.37, generic: -0.26, name: -0.25, capitalised: -0.30, pronoun: -0.84, team: 0.63, number: 0.29, measured: 0.33, comparison: 0.52, aim: 0.51, past: -1.16, question: -0.82, heading: -1.97, listItem: -0.13, title: -1.16, short: -0.84, "turn.contrast": -0.31, "turn.consequence": -0.55, "section.problem": -0.49, "section.change": -0.95, "section.outcome": -0.94, "section.ask": 1.72, "position.first": -0.07, "position.early": -1.93, "prev.problem": -1.01, "prev.change": -0.17, "prev.outcome": 0.25, "prev.person": 0.48, "next.problem": -1.65, "next.change": -1.34, "next.outcome": -0.93, "next.person": -1.32},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.96, self: 1.00, prev: 1.64, next: 0.63, prev2: 0.63, next2: -0.24, heading: -0.28, question: 0.17, title: -0.53},
  hero: {bias: -0.56, self: 0.97, prev: 0.38, next: 0.48, prev2: 0.34, next2: 0.45, heading: -0.17, question: -0.24, title: -0.31},
  change: {bias: -0.79, self: 0.96, prev: 0.96, next: 1.10, prev2: 0.59, next2: -0.28, heading: 0.29, question: -0.46, title: -0.70},
  outcome: {bias: -0.64, self: 1.01, prev: 1.22, next: 0.79, prev2: -0.62, next2: 0.64, heading: 0.43, question: -0.61, title: -1.24},
  ask: {bias: 0.37, self: 1.21, prev: 1.97, next: -0.93, prev2: 1.44, next2: -1.69, heading: -0.53, question: -0.23, title: -0.15},
  // </stacked>
}

export const weights = {
  ...models,
  stack,
  /** A sentence carries an element from this score up. */
  roleThreshold: 0.4,
  status: {
    /**
     * An element is present from this document score up (the best sentence's
     * score, a little more with a second one), when the sentences that carry it are
     * specific enough (elements.ts).
     */
    present: {problem: 0.8, hero: 0.75, change: 0.65, outcome: 0.75, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** The least content evidence (logit units from the sentence's own words) a present element needs in one sentence. */
    content: {problem: 1, hero: 1, change: 0, outcome: 0, ask: 1} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** How much a second carrying sentence adds to the best one's score (a share of what is left to 1). */
    second: 0.5,
    /** From this score an element is at least weak. */
    weak: 0.4
  }
} as const
