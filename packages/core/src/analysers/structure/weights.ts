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
  problem: {bias: -1.78, "cue.problem": 1.32, "cue.hero": -0.67, "cue.change": -1.45, "cue.outcome": -0.37, "cue.ask": -0.33, negation: 1.21, people: 0.15, teamPeople: 1.14, generic: 0.46, name: -0.66, capitalised: -0.58, pronoun: 0.78, team: -0.59, teamSubject: -1.61, number: 0.23, measured: 0.18, comparison: 0.21, aim: -0.05, past: 0.18, question: 0.27, heading: -2.88, listItem: -1.49, title: -0.95, short: -0.77, "turn.contrast": 0.93, "turn.consequence": 1.31, "section.problem": 1.13, "section.change": -2.26, "section.outcome": -0.76, "section.ask": -0.58, "position.first": 0.10, "position.early": 1.42, "position.late": -1.60, "prev.problem": 0.27, "prev.change": -0.98, "prev.outcome": -0.13, "prev.person": 0.23, "next.problem": 0.50, "next.change": 0.32, "next.outcome": -0.47, "next.person": 0.07},
  hero: {bias: -2.63, "cue.problem": 0.37, "cue.hero": 1.73, "cue.change": -0.28, "cue.outcome": -0.09, "cue.ask": -0.84, negation: 0.68, people: 0.44, personFirst: 0.79, teamPeople: 0.70, generic: 0.65, name: 1.08, capitalised: 1.70, pronoun: 1.40, team: -0.85, number: 0.38, comparison: -0.30, aim: 0.75, past: 0.60, question: -0.69, heading: -1.42, listItem: -1.50, title: -0.77, short: -0.05, "turn.contrast": 0.19, "turn.consequence": 0.46, "section.problem": 0.33, "section.change": -1.16, "section.outcome": -0.55, "section.ask": -1.12, "position.first": 0.16, "position.early": 0.58, "prev.problem": 0.29, "prev.change": -0.31, "prev.outcome": 0.25, "prev.person": 0.32, "next.problem": 0.17, "next.change": -0.27, "next.outcome": -0.17, "next.person": 0.38},
  change: {bias: 0.49, "cue.problem": -0.83, "cue.hero": -0.50, "cue.change": 1.30, "cue.outcome": -0.93, "cue.ask": -0.95, negation: -0.65, people: 0.27, personFirst: -0.35, teamPeople: 0.59, generic: -0.41, capitalised: -0.31, pronoun: -0.49, team: -0.19, teamSubject: 0.16, number: -0.52, measured: -0.52, aim: 0.24, past: -0.54, question: -1.14, heading: -0.46, listItem: 2.93, title: -1.29, short: -1.24, "turn.contrast": -0.68, "turn.consequence": -0.28, "section.problem": -1.71, "section.change": 2.15, "section.outcome": -0.63, "section.ask": -0.37, "position.first": 0.72, "position.early": -1.44, "position.late": -1.74, "prev.problem": 0.07, "prev.change": 0.67, "prev.outcome": -0.44, "prev.person": -0.13, "next.problem": -0.20, "next.change": -0.11, "next.outcome": 0.20, "next.person": 0.06},
  outcome: {bias: -3.03, "cue.problem": -0.45, "cue.hero": 0.55, "cue.change": -0.46, "cue.outcome": 1.54, "cue.ask": -1.86, negation: -0.22, people: -0.09, personFirst: 0.39, teamPeople: -0.55, generic: 0.16, name: -0.12, capitalised: 0.22, pronoun: 0.34, team: -0.55, teamSubject: 0.16, number: -0.13, measured: 0.30, comparison: 1.00, aim: 0.30, past: 1.03, question: -1.26, heading: -0.06, listItem: -0.73, title: -2.03, "turn.contrast": 0.05, "turn.consequence": -0.22, "section.problem": -0.07, "section.change": -0.49, "section.outcome": 1.76, "section.ask": -2.02, "position.first": 0.56, "position.early": -1.20, "position.late": 2.16, "prev.change": -0.06, "prev.outcome": 0.66, "next.problem": -0.28, "next.change": -0.21, "next.outcome": 0.53, "next.person": 0.19},
  ask: {bias: -3.17, "cue.problem": -0.62, "cue.hero": -0.38, "cue.outcome": -0.42, "cue.ask": 2.78, negation: -0.82, people: 0.13, personFirst: -0.71, teamPeople: -0.36, generic: -0.47, name: -0.23, capitalised: -0.34, pronoun: -0.83, team: 0.68, teamSubject: -0.24, number: 0.17, measured: 0.37, comparison: 0.45, aim: 0.44, past: -1.22, question: -0.88, heading: -2.21, listItem: -0.06, title: -1.26, short: -0.81, "turn.contrast": -0.38, "turn.consequence": -0.52, "section.problem": -0.51, "section.change": -0.81, "section.outcome": -0.72, "section.ask": 1.91, "position.early": -0.54, "prev.problem": -0.31, "prev.outcome": 0.20, "prev.person": 0.19, "next.problem": -0.41, "next.change": -0.46, "next.outcome": -0.43, "next.person": -0.74},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.94, self: 1.16, prev: 1.92, next: 0.63, prev2: 0.61, next2: -0.23, heading: 0.03, question: 0.16, title: -0.50},
  hero: {bias: -0.58, self: 0.98, prev: 0.44, next: 0.54, prev2: 0.28, next2: 0.46, heading: -0.12, question: -0.21, title: -0.32},
  change: {bias: -0.65, self: 1.12, prev: 0.97, next: 1.16, prev2: 0.57, next2: -0.35, heading: 0.34, question: -0.34, title: -0.70},
  outcome: {bias: -0.68, self: 1.08, prev: 1.41, next: 1.07, prev2: -0.48, next2: 0.55, heading: 0.50, question: -0.61, title: -1.32},
  ask: {bias: 0.52, self: 1.26, prev: 2.15, next: -1.17, prev2: 1.32, next2: -1.88, heading: -0.56, question: -0.23, title: -0.13},
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
    /** The least content evidence (logit units) a sentence needs to count as evidence at all. */
    hint: 0.5,
    /** From this score an element is at least weak. */
    weak: 0.4
  }
} as const
