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
  problem: {bias: -1.76, "cue.problem": 1.32, "cue.hero": -0.68, "cue.change": -1.50, "cue.outcome": -0.38, "cue.ask": -0.32, negation: 1.20, people: 0.15, teamPeople: 1.14, generic: 0.45, name: -0.67, capitalised: -0.57, pronoun: 0.79, team: -0.56, teamSubject: -1.56, teamPast: -0.39, number: 0.19, measured: 0.18, comparison: 0.20, aim: -0.05, past: 0.07, pastFigure: 0.20, question: 0.27, heading: -2.89, listItem: -1.49, title: -0.95, short: -0.78, "turn.contrast": 0.90, "turn.consequence": 1.30, "section.problem": 1.12, "section.change": -2.26, "section.outcome": -0.75, "section.ask": -0.58, "position.first": 0.09, "position.early": 1.42, "position.late": -1.61, "prev.problem": 0.27, "prev.change": -1.00, "prev.outcome": -0.13, "prev.person": 0.22, "next.problem": 0.51, "next.change": 0.32, "next.outcome": -0.46, "next.person": 0.08},
  hero: {bias: -2.61, "cue.problem": 0.38, "cue.hero": 1.76, "cue.change": -0.29, "cue.outcome": -0.10, "cue.ask": -0.85, negation: 0.68, people: 0.45, personFirst: 0.79, teamPeople: 0.72, generic: 0.63, name: 1.07, capitalised: 1.71, pronoun: 1.41, team: -0.83, teamSubject: 0.16, teamPast: -0.73, number: 0.35, measured: -0.05, comparison: -0.30, aim: 0.73, past: 0.52, pastFigure: 0.23, question: -0.68, heading: -1.43, listItem: -1.50, title: -0.78, "turn.contrast": 0.17, "turn.consequence": 0.43, "section.problem": 0.33, "section.change": -1.16, "section.outcome": -0.54, "section.ask": -1.12, "position.first": 0.15, "position.early": 0.58, "prev.problem": 0.29, "prev.change": -0.31, "prev.outcome": 0.24, "prev.person": 0.32, "next.problem": 0.17, "next.change": -0.28, "next.outcome": -0.18, "next.person": 0.38},
  change: {bias: 0.47, "cue.problem": -0.86, "cue.hero": -0.52, "cue.change": 1.31, "cue.outcome": -0.93, "cue.ask": -0.95, negation: -0.66, people: 0.28, personFirst: -0.36, teamPeople: 0.59, generic: -0.37, name: 0.07, capitalised: -0.32, pronoun: -0.50, team: -0.26, teamSubject: 0.07, teamPast: 0.77, number: -0.37, measured: -0.54, comparison: 0.05, aim: 0.27, past: -0.34, pastFigure: -0.77, question: -1.14, heading: -0.42, listItem: 2.94, title: -1.28, short: -1.26, "turn.contrast": -0.47, "turn.consequence": -0.26, "section.problem": -1.71, "section.change": 2.12, "section.outcome": -0.67, "section.ask": -0.37, "position.first": 0.73, "position.early": -1.45, "position.late": -1.72, "prev.problem": 0.07, "prev.change": 0.69, "prev.outcome": -0.45, "prev.person": -0.12, "next.problem": -0.21, "next.change": -0.09, "next.outcome": 0.22},
  outcome: {bias: -2.96, "cue.problem": -0.46, "cue.hero": 0.57, "cue.change": -0.43, "cue.outcome": 1.54, "cue.ask": -1.83, negation: -0.22, people: -0.10, personFirst: 0.39, teamPeople: -0.42, generic: 0.10, name: -0.11, capitalised: 0.25, pronoun: 0.36, team: -0.53, teamSubject: 0.22, teamPast: -0.45, number: -0.39, measured: 0.32, comparison: 1.00, aim: 0.22, past: 0.51, pastFigure: 1.00, question: -1.23, heading: -0.11, listItem: -0.78, title: -2.06, short: 0.06, "turn.contrast": -0.07, "turn.consequence": -0.23, "section.problem": -0.05, "section.change": -0.46, "section.outcome": 1.82, "section.ask": -1.99, "position.first": 0.55, "position.early": -1.20, "position.late": 2.16, "prev.change": -0.05, "prev.outcome": 0.66, "next.problem": -0.30, "next.change": -0.22, "next.outcome": 0.51, "next.person": 0.22},
  ask: {bias: -3.17, "cue.problem": -0.63, "cue.hero": -0.38, "cue.outcome": -0.44, "cue.ask": 2.78, negation: -0.82, people: 0.13, personFirst: -0.71, teamPeople: -0.36, generic: -0.46, name: -0.24, capitalised: -0.34, pronoun: -0.84, team: 0.68, teamSubject: -0.24, teamPast: -0.10, number: 0.18, measured: 0.37, comparison: 0.46, aim: 0.45, past: -1.15, pastFigure: -0.10, question: -0.88, heading: -2.21, listItem: -0.05, title: -1.26, short: -0.81, "turn.contrast": -0.38, "turn.consequence": -0.52, "section.problem": -0.51, "section.change": -0.81, "section.outcome": -0.72, "section.ask": 1.90, "position.early": -0.54, "prev.problem": -0.31, "prev.outcome": 0.21, "prev.person": 0.19, "next.problem": -0.41, "next.change": -0.46, "next.outcome": -0.48, "next.person": -0.74},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.95, self: 1.16, prev: 1.93, next: 0.66, prev2: 0.61, next2: -0.24, heading: 0.03, question: 0.15, title: -0.50},
  hero: {bias: -0.57, self: 0.99, prev: 0.44, next: 0.52, prev2: 0.26, next2: 0.46, heading: -0.12, question: -0.20, title: -0.31},
  change: {bias: -0.63, self: 1.12, prev: 0.98, next: 1.19, prev2: 0.53, next2: -0.41, heading: 0.34, question: -0.34, title: -0.68},
  outcome: {bias: -0.67, self: 1.08, prev: 1.35, next: 1.06, prev2: -0.45, next2: 0.57, heading: 0.49, question: -0.62, title: -1.32},
  ask: {bias: 0.52, self: 1.26, prev: 2.18, next: -1.17, prev2: 1.32, next2: -1.89, heading: -0.56, question: -0.23, title: -0.13},
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
    present: {problem: 0.85, hero: 0.8, change: 0.6, outcome: 0.8, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** The least content evidence (logit units from the sentence's own words) a present element needs in one sentence. */
    content: {problem: 1, hero: 1, change: 0, outcome: 0, ask: 1} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** How much a second carrying sentence adds to the best one's score (a share of what is left to 1). */
    second: 0.5,
    /** The least content evidence (logit units) a sentence needs to count as evidence at all. */
    hint: 0.3,
    /** From this score an element is at least weak. */
    weak: 0.4
  }
} as const
