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
  problem: {bias: -1.92, "cue.problem": 1.46, "cue.hero": -0.63, "cue.change": -1.49, "cue.outcome": -0.26, "cue.ask": -0.11, negation: 1.29, people: 0.17, teamPeople: 1.12, generic: 0.52, name: -0.81, capitalised: -0.86, pronoun: 0.84, team: -0.64, teamSubject: -1.69, number: 0.24, measured: 0.18, comparison: 0.17, aim: 0.07, past: 0.18, question: 0.13, heading: -3.05, listItem: -1.42, title: -1.00, short: -0.87, "turn.contrast": 0.87, "turn.consequence": 1.31, "section.problem": 1.17, "section.change": -2.29, "section.outcome": -0.72, "section.ask": -0.38, "position.first": 0.21, "position.early": 1.67, "position.late": -2.83, "prev.problem": 0.35, "prev.change": -1.67, "prev.outcome": 0.05, "prev.person": 0.29, "next.problem": 0.65, "next.change": 0.50, "next.outcome": -0.57, "next.person": 0.06},
  hero: {bias: -2.82, "cue.problem": 0.39, "cue.hero": 1.72, "cue.change": -0.26, "cue.outcome": -0.09, "cue.ask": -0.93, negation: 0.69, people: 0.45, personFirst: 0.79, teamPeople: 0.71, generic: 0.66, name: 1.06, capitalised: 1.42, pronoun: 1.40, team: -0.84, number: 0.38, comparison: -0.29, aim: 0.80, past: 0.65, question: -0.70, heading: -1.55, listItem: -1.42, title: -0.74, short: -0.07, "turn.contrast": 0.22, "turn.consequence": 0.47, "section.problem": 0.30, "section.change": -1.10, "section.outcome": -0.55, "section.ask": -1.06, "position.first": 0.34, "position.early": 0.72, "position.late": 0.05, "prev.problem": 0.38, "prev.change": -0.33, "prev.outcome": 0.29, "prev.person": 0.38, "next.problem": 0.19, "next.change": -0.36, "next.outcome": -0.19, "next.person": 0.44},
  change: {bias: 0.80, "cue.problem": -0.98, "cue.hero": -0.52, "cue.change": 1.35, "cue.outcome": -0.98, "cue.ask": -0.91, negation: -0.70, people: 0.25, personFirst: -0.34, teamPeople: 0.57, generic: -0.40, name: 0.18, capitalised: 0.23, pronoun: -0.45, team: -0.22, teamSubject: 0.25, number: -0.56, measured: -0.56, aim: 0.28, past: -0.64, question: -1.06, heading: -0.98, listItem: 2.98, title: -1.20, short: -1.28, "turn.contrast": -0.69, "turn.consequence": -0.47, "section.problem": -1.77, "section.change": 2.07, "section.outcome": -0.59, "section.ask": -0.11, "position.first": 1.96, "position.early": -2.25, "position.late": -2.52, "prev.problem": 0.05, "prev.change": 0.83, "prev.outcome": -0.56, "prev.person": -0.05, "next.problem": -0.36, "next.change": -0.22, "next.outcome": 0.22, "next.person": 0.06},
  outcome: {bias: -3.52, "cue.problem": -0.40, "cue.hero": 0.60, "cue.change": -0.46, "cue.outcome": 1.80, "cue.ask": -1.95, negation: -0.14, people: -0.09, personFirst: 0.39, teamPeople: -0.63, generic: 0.18, name: -0.18, capitalised: 0.15, pronoun: 0.42, team: -0.57, teamSubject: 0.07, number: 0.28, measured: 0.42, aim: 0.20, past: 1.18, question: -1.15, heading: -0.58, listItem: -0.74, title: -1.74, "turn.contrast": 0.23, "turn.consequence": -0.15, "section.problem": -0.09, "section.change": -0.51, "section.outcome": 1.78, "section.ask": -2.16, "position.first": 2.73, "position.early": -2.20, "position.late": 2.73, "prev.change": -0.07, "prev.outcome": 0.69, "next.problem": -0.34, "next.change": -0.23, "next.outcome": 0.65, "next.person": 0.29},
  ask: {bias: -2.61, "cue.problem": -0.56, "cue.hero": -0.34, "cue.change": 0.09, "cue.outcome": -0.49, "cue.ask": 2.49, negation: -0.88, people: 0.10, personFirst: -0.60, teamPeople: -0.37, generic: -0.27, name: -0.25, capitalised: -0.39, pronoun: -0.82, team: 0.62, number: 0.27, measured: 0.34, comparison: 0.53, aim: 0.50, past: -1.16, question: -0.83, heading: -1.97, listItem: -0.14, title: -1.17, short: -0.84, "turn.contrast": -0.31, "turn.consequence": -0.55, "section.problem": -0.52, "section.change": -0.95, "section.outcome": -0.94, "section.ask": 1.73, "position.first": -0.07, "position.early": -1.91, "prev.problem": -1.01, "prev.change": -0.18, "prev.outcome": 0.25, "prev.person": 0.49, "next.problem": -1.65, "next.change": -1.32, "next.outcome": -0.94, "next.person": -1.33},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.97, self: 1.00, prev: 1.65, next: 0.65, prev2: 0.63, next2: -0.26, heading: -0.27, question: 0.16, title: -0.53},
  hero: {bias: -0.56, self: 0.96, prev: 0.37, next: 0.43, prev2: 0.32, next2: 0.54, heading: -0.19, question: -0.25, title: -0.31},
  change: {bias: -0.79, self: 0.96, prev: 0.92, next: 1.11, prev2: 0.62, next2: -0.28, heading: 0.28, question: -0.46, title: -0.69},
  outcome: {bias: -0.61, self: 1.00, prev: 1.14, next: 0.73, prev2: -0.55, next2: 0.61, heading: 0.32, question: -0.58, title: -1.01},
  ask: {bias: 0.37, self: 1.21, prev: 1.98, next: -0.95, prev2: 1.42, next2: -1.68, heading: -0.53, question: -0.23, title: -0.15},
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
