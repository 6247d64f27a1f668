/**
 * The weights of the structure model, one line per element so that every
 * score can be explained.
 *
 * First stage: a sentence's score for an element is
 * `sigmoid(bias + Σ weight · input)` over the named inputs of `scoring.ts`
 * (`cue.problem` is the summed weight of the problem cues in the sentence,
 * `section.change` that it stands under a "Solution" heading, `prev.person`
 * that the previous sentence mentions someone, …). Second stage (`stack`):
 * the element read along the sequence from the sentence's own logit and its
 * neighbours' first-stage scores; it may lift a sentence but not sink it
 * (headings, questions and titles excepted). A sentence carries the element
 * from `roleThreshold` up.
 *
 * Both stages are learned: L2-regularised logistic regressions fitted on the
 * project's own corpus (`eval/corpus`) by
 * `node --import tsx eval/train.ts --threshold=0.4 --write`, which also
 * prints the cross-validated figures, under hand-set constraints (position
 * and neighbour inputs penalised ten times harder, no last-position input,
 * no negative weight on an input that speaks for its element, a before →
 * after and a past report with a figure worth at least 1 for outcome; see
 * `docs/structure.md`). The real pitches in `../shared/corpus/pitches-dev`
 * are never trained on; `npm run eval` checks the model on them. The
 * thresholds below are hand-set.
 *
 * @module
 */
import type {ElementWeights, StackWeights} from './scoring.js'

/** Per-element models (learned, see the module doc). */
export const models: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', ElementWeights>> = {
  // <trained>
  problem: {bias: -1.75, "cue.problem": 1.32, "cue.hero": -0.68, "cue.change": -1.51, "cue.outcome": -0.39, "cue.ask": -0.33, negation: 1.19, people: 0.15, teamPeople: 1.14, generic: 0.45, name: -0.69, capitalised: -0.57, pronoun: 0.78, team: -0.56, teamSubject: -1.57, teamPast: -0.38, number: 0.18, measured: 0.18, comparison: 0.20, past: 0.09, pastFigure: 0.20, question: 0.29, heading: -2.90, listItem: -1.48, title: -0.96, short: -0.79, "turn.contrast": 0.89, "turn.consequence": 1.29, "section.problem": 1.12, "section.change": -2.26, "section.outcome": -0.72, "section.ask": -0.58, "position.first": 0.09, "position.early": 1.42, "position.late": -1.60, "prev.problem": 0.28, "prev.change": -1.00, "prev.outcome": -0.14, "prev.person": 0.22, "next.problem": 0.51, "next.change": 0.32, "next.outcome": -0.46, "next.person": 0.08},
  hero: {bias: -2.63, "cue.problem": 0.38, "cue.hero": 1.75, "cue.change": -0.21, "cue.outcome": -0.11, "cue.ask": -0.87, negation: 0.68, people: 0.45, personFirst: 0.80, teamPeople: 0.73, generic: 0.64, name: 1.08, capitalised: 1.70, pronoun: 1.41, team: -0.82, teamSubject: 0.15, teamPast: -0.75, number: 0.34, comparison: -0.31, aim: 0.75, past: 0.53, pastFigure: 0.23, question: -0.67, heading: -1.42, listItem: -1.50, title: -0.78, "turn.contrast": 0.16, "turn.consequence": 0.42, "section.problem": 0.34, "section.change": -1.15, "section.outcome": -0.52, "section.ask": -1.11, "position.first": 0.15, "position.early": 0.58, "prev.problem": 0.28, "prev.change": -0.33, "prev.outcome": 0.24, "prev.person": 0.33, "next.problem": 0.17, "next.change": -0.25, "next.outcome": -0.18, "next.person": 0.38},
  change: {bias: 0.45, "cue.problem": -0.85, "cue.hero": -0.51, "cue.change": 1.37, "cue.outcome": -0.91, "cue.ask": -0.95, negation: -0.65, people: 0.27, personFirst: -0.36, teamPeople: 0.43, generic: -0.36, name: 0.07, capitalised: -0.32, pronoun: -0.49, team: -0.30, teamSubject: 0.06, teamPast: 0.79, number: -0.36, measured: -0.54, comparison: 0.07, aim: 0.20, past: -0.36, pastFigure: -0.78, question: -1.20, heading: -0.42, listItem: 2.92, title: -1.30, short: -1.24, "turn.contrast": -0.48, "turn.consequence": -0.26, "section.problem": -1.75, "section.change": 2.10, "section.outcome": -0.74, "section.ask": -0.37, "position.first": 0.73, "position.early": -1.44, "position.late": -1.74, "prev.problem": 0.07, "prev.change": 0.69, "prev.outcome": -0.45, "prev.person": -0.13, "next.problem": -0.21, "next.change": -0.11, "next.outcome": 0.23},
  outcome: {bias: -2.96, "cue.problem": -0.47, "cue.hero": 0.56, "cue.change": -0.45, "cue.outcome": 1.54, "cue.ask": -1.83, negation: -0.22, people: -0.10, personFirst: 0.39, teamPeople: -0.40, generic: 0.09, name: -0.10, capitalised: 0.24, pronoun: 0.37, team: -0.51, teamSubject: 0.22, teamPast: -0.46, number: -0.40, measured: 0.33, comparison: 1.00, aim: 0.24, past: 0.52, pastFigure: 1.00, question: -1.21, heading: -0.11, listItem: -0.77, title: -2.06, short: 0.06, "turn.contrast": -0.07, "turn.consequence": -0.23, "section.problem": -0.05, "section.change": -0.45, "section.outcome": 1.84, "section.ask": -1.98, "position.first": 0.55, "position.early": -1.20, "position.late": 2.17, "prev.outcome": 0.66, "next.problem": -0.30, "next.change": -0.20, "next.outcome": 0.51, "next.person": 0.21},
  ask: {bias: -3.16, "cue.problem": -0.61, "cue.hero": -0.38, "cue.change": 0.08, "cue.outcome": -0.44, "cue.ask": 2.78, negation: -0.82, people: 0.12, personFirst: -0.71, teamPeople: -0.37, generic: -0.44, name: -0.23, capitalised: -0.35, pronoun: -0.84, team: 0.68, teamSubject: -0.24, teamPast: -0.11, number: 0.17, measured: 0.37, comparison: 0.46, aim: 0.45, past: -1.15, pastFigure: -0.10, question: -0.87, heading: -2.19, listItem: -0.06, title: -1.25, short: -0.80, "turn.contrast": -0.38, "turn.consequence": -0.53, "section.problem": -0.48, "section.change": -0.81, "section.outcome": -0.72, "section.ask": 1.91, "position.early": -0.54, "prev.problem": -0.31, "prev.outcome": 0.21, "prev.person": 0.19, "next.problem": -0.41, "next.change": -0.53, "next.outcome": -0.48, "next.person": -0.73},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.95, self: 1.16, prev: 1.93, next: 0.67, prev2: 0.59, next2: -0.24, heading: 0.03, question: 0.17, title: -0.50},
  hero: {bias: -0.57, self: 0.99, prev: 0.43, next: 0.51, prev2: 0.26, next2: 0.47, heading: -0.12, question: -0.20, title: -0.32},
  change: {bias: -0.63, self: 1.13, prev: 0.97, next: 1.23, prev2: 0.51, next2: -0.43, heading: 0.34, question: -0.36, title: -0.69},
  outcome: {bias: -0.66, self: 1.08, prev: 1.33, next: 1.06, prev2: -0.45, next2: 0.56, heading: 0.49, question: -0.62, title: -1.32},
  ask: {bias: 0.53, self: 1.27, prev: 2.18, next: -1.17, prev2: 1.33, next2: -1.90, heading: -0.56, question: -0.24, title: -0.13},
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
    /** The least content evidence (logit units from the sentence's own words or heading) a present element needs in one sentence. */
    content: {problem: 1, hero: 1, change: 0, outcome: 0, ask: 1} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** How much a second carrying sentence adds to the best one's score (a share of what is left to 1). */
    second: 0.5,
    /** The least content evidence (logit units) a sentence needs to count as evidence at all (weak rather than missing). */
    hint: 0.3,
    /** From this score an element is at least weak. */
    weak: 0.4
  }
} as const
