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
  problem: {bias: -1.77, "cue.problem": 1.32, "cue.hero": -0.68, "cue.change": -1.46, "cue.outcome": -0.37, "cue.ask": -0.32, negation: 1.20, people: 0.15, teamPeople: 1.15, generic: 0.46, name: -0.66, capitalised: -0.56, pronoun: 0.79, team: -0.57, teamSubject: -1.63, number: 0.18, measured: 0.19, comparison: 0.20, aim: -0.05, past: 0.06, pastFigure: 0.21, question: 0.27, heading: -2.89, listItem: -1.49, title: -0.95, short: -0.78, "turn.contrast": 0.93, "turn.consequence": 1.29, "section.problem": 1.12, "section.change": -2.27, "section.outcome": -0.75, "section.ask": -0.58, "position.first": 0.09, "position.early": 1.42, "position.late": -1.60, "prev.problem": 0.27, "prev.change": -0.98, "prev.outcome": -0.13, "prev.person": 0.23, "next.problem": 0.50, "next.change": 0.31, "next.outcome": -0.47, "next.person": 0.07},
  hero: {bias: -2.61, "cue.problem": 0.37, "cue.hero": 1.73, "cue.change": -0.28, "cue.outcome": -0.10, "cue.ask": -0.83, negation: 0.67, people: 0.44, personFirst: 0.79, teamPeople: 0.71, generic: 0.65, name: 1.08, capitalised: 1.71, pronoun: 1.41, team: -0.85, number: 0.34, comparison: -0.30, aim: 0.75, past: 0.47, pastFigure: 0.22, question: -0.67, heading: -1.42, listItem: -1.50, title: -0.78, short: -0.05, "turn.contrast": 0.19, "turn.consequence": 0.44, "section.problem": 0.32, "section.change": -1.16, "section.outcome": -0.54, "section.ask": -1.12, "position.first": 0.15, "position.early": 0.59, "prev.problem": 0.29, "prev.change": -0.31, "prev.outcome": 0.25, "prev.person": 0.32, "next.problem": 0.17, "next.change": -0.27, "next.outcome": -0.17, "next.person": 0.38},
  change: {bias: 0.44, "cue.problem": -0.84, "cue.hero": -0.50, "cue.change": 1.31, "cue.outcome": -0.92, "cue.ask": -0.97, negation: -0.65, people: 0.27, personFirst: -0.36, teamPeople: 0.58, generic: -0.39, capitalised: -0.33, pronoun: -0.50, team: -0.22, teamSubject: 0.20, number: -0.35, measured: -0.55, aim: 0.25, past: -0.18, pastFigure: -0.77, question: -1.17, heading: -0.44, listItem: 2.94, title: -1.28, short: -1.24, "turn.contrast": -0.66, "turn.consequence": -0.27, "section.problem": -1.70, "section.change": 2.14, "section.outcome": -0.66, "section.ask": -0.37, "position.first": 0.74, "position.early": -1.45, "position.late": -1.74, "prev.problem": 0.08, "prev.change": 0.67, "prev.outcome": -0.44, "prev.person": -0.14, "next.problem": -0.21, "next.change": -0.10, "next.outcome": 0.22, "next.person": 0.05},
  outcome: {bias: -2.93, "cue.problem": -0.46, "cue.hero": 0.55, "cue.change": -0.46, "cue.outcome": 1.54, "cue.ask": -1.82, negation: -0.23, people: -0.10, personFirst: 0.40, teamPeople: -0.48, generic: 0.13, name: -0.10, capitalised: 0.24, pronoun: 0.35, team: -0.53, teamSubject: 0.14, number: -0.41, measured: 0.33, comparison: 1.00, aim: 0.26, past: 0.46, pastFigure: 1.00, question: -1.24, heading: -0.11, listItem: -0.79, title: -2.05, "turn.consequence": -0.24, "section.problem": -0.08, "section.change": -0.48, "section.outcome": 1.81, "section.ask": -1.99, "position.first": 0.55, "position.early": -1.20, "position.late": 2.17, "prev.change": -0.05, "prev.outcome": 0.66, "next.problem": -0.29, "next.change": -0.22, "next.outcome": 0.51, "next.person": 0.21},
  ask: {bias: -3.17, "cue.problem": -0.63, "cue.hero": -0.37, "cue.outcome": -0.42, "cue.ask": 2.78, negation: -0.82, people: 0.13, personFirst: -0.71, teamPeople: -0.36, generic: -0.47, name: -0.23, capitalised: -0.34, pronoun: -0.83, team: 0.68, teamSubject: -0.24, number: 0.17, measured: 0.37, comparison: 0.45, aim: 0.44, past: -1.18, pastFigure: -0.11, question: -0.88, heading: -2.21, listItem: -0.06, title: -1.26, short: -0.81, "turn.contrast": -0.38, "turn.consequence": -0.52, "section.problem": -0.51, "section.change": -0.81, "section.outcome": -0.72, "section.ask": 1.91, "position.early": -0.54, "prev.problem": -0.31, "prev.outcome": 0.20, "prev.person": 0.19, "next.problem": -0.41, "next.change": -0.46, "next.outcome": -0.43, "next.person": -0.74},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.94, self: 1.16, prev: 1.91, next: 0.64, prev2: 0.62, next2: -0.23, heading: 0.03, question: 0.16, title: -0.51},
  hero: {bias: -0.58, self: 0.98, prev: 0.44, next: 0.52, prev2: 0.27, next2: 0.47, heading: -0.12, question: -0.21, title: -0.32},
  change: {bias: -0.65, self: 1.12, prev: 0.99, next: 1.19, prev2: 0.54, next2: -0.39, heading: 0.33, question: -0.37, title: -0.69},
  outcome: {bias: -0.66, self: 1.08, prev: 1.36, next: 1.09, prev2: -0.49, next2: 0.52, heading: 0.50, question: -0.62, title: -1.32},
  ask: {bias: 0.51, self: 1.26, prev: 2.15, next: -1.17, prev2: 1.32, next2: -1.88, heading: -0.56, question: -0.23, title: -0.13},
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
    present: {problem: 0.8, hero: 0.8, change: 0.55, outcome: 0.75, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** The least content evidence (logit units from the sentence's own words) a present element needs in one sentence. */
    content: {problem: 1, hero: 1, change: 0, outcome: 0, ask: 1} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** How much a second carrying sentence adds to the best one's score (a share of what is left to 1). */
    second: 0.5,
    /** The least content evidence (logit units) a sentence needs to count as evidence at all. */
    hint: 0.5,
    /** From this score an element is at least weak. */
    weak: 0.4
  }
} as const
