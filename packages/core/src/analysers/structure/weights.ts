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
  problem: {bias: -1.76, "cue.problem": 1.31, "cue.hero": -0.70, "cue.change": -1.51, "cue.outcome": -0.38, "cue.ask": -0.33, negation: 1.19, people: 0.16, teamPeople: 1.13, generic: 0.45, name: -0.51, capitalised: -0.92, pronoun: 0.78, team: -0.55, teamSubject: -1.56, teamPast: -0.39, number: 0.20, measured: 0.18, comparison: 0.20, past: 0.10, pastFigure: 0.17, question: 0.29, heading: -2.89, listItem: -1.48, title: -0.95, short: -0.79, "turn.contrast": 0.89, "turn.consequence": 1.28, "section.problem": 1.12, "section.change": -2.25, "section.outcome": -0.72, "section.ask": -0.58, "position.first": 0.09, "position.early": 1.42, "position.late": -1.61, "prev.problem": 0.27, "prev.change": -1.00, "prev.outcome": -0.13, "prev.person": 0.22, "next.problem": 0.51, "next.change": 0.33, "next.outcome": -0.46, "next.person": 0.08},
  hero: {bias: -2.63, "cue.problem": 0.36, "cue.hero": 1.71, "cue.change": -0.22, "cue.outcome": -0.08, "cue.ask": -0.85, negation: 0.67, people: 0.47, personFirst: 0.74, teamPeople: 0.71, generic: 0.62, name: 1.78, capitalised: 0.91, pronoun: 1.41, team: -0.82, teamSubject: 0.20, teamPast: -0.77, number: 0.37, measured: -0.05, comparison: -0.31, aim: 0.73, past: 0.50, pastFigure: 0.21, question: -0.65, heading: -1.42, listItem: -1.50, title: -0.78, "turn.contrast": 0.16, "turn.consequence": 0.38, "section.problem": 0.33, "section.change": -1.15, "section.outcome": -0.50, "section.ask": -1.11, "position.first": 0.15, "position.early": 0.58, "prev.problem": 0.27, "prev.change": -0.33, "prev.outcome": 0.24, "prev.person": 0.32, "next.problem": 0.17, "next.change": -0.25, "next.outcome": -0.17, "next.person": 0.38},
  change: {bias: 0.45, "cue.problem": -0.84, "cue.hero": -0.49, "cue.change": 1.38, "cue.outcome": -0.92, "cue.ask": -0.95, negation: -0.65, people: 0.26, personFirst: -0.34, teamPeople: 0.44, generic: -0.35, name: -0.23, capitalised: -0.08, pronoun: -0.49, team: -0.29, teamSubject: 0.05, teamPast: 0.78, number: -0.37, measured: -0.55, comparison: 0.08, aim: 0.20, past: -0.34, pastFigure: -0.77, question: -1.21, heading: -0.42, listItem: 2.92, title: -1.30, short: -1.24, "turn.contrast": -0.48, "turn.consequence": -0.27, "section.problem": -1.75, "section.change": 2.10, "section.outcome": -0.74, "section.ask": -0.37, "position.first": 0.73, "position.early": -1.44, "position.late": -1.74, "prev.problem": 0.07, "prev.change": 0.69, "prev.outcome": -0.45, "prev.person": -0.13, "next.problem": -0.21, "next.change": -0.12, "next.outcome": 0.23},
  outcome: {bias: -2.96, "cue.problem": -0.47, "cue.hero": 0.55, "cue.change": -0.45, "cue.outcome": 1.54, "cue.ask": -1.84, negation: -0.21, people: -0.09, personFirst: 0.38, teamPeople: -0.40, generic: 0.09, capitalised: 0.31, pronoun: 0.37, team: -0.51, teamSubject: 0.22, teamPast: -0.45, number: -0.40, measured: 0.33, comparison: 1.00, aim: 0.24, past: 0.49, pastFigure: 1.00, question: -1.19, heading: -0.12, listItem: -0.77, title: -2.06, short: 0.06, "turn.contrast": -0.07, "turn.consequence": -0.23, "section.problem": -0.06, "section.change": -0.45, "section.outcome": 1.83, "section.ask": -1.98, "position.first": 0.55, "position.early": -1.20, "position.late": 2.17, "prev.outcome": 0.66, "next.problem": -0.31, "next.change": -0.20, "next.outcome": 0.51, "next.person": 0.22},
  ask: {bias: -3.16, "cue.problem": -0.60, "cue.hero": -0.38, "cue.change": 0.08, "cue.outcome": -0.44, "cue.ask": 2.78, negation: -0.82, people: 0.12, personFirst: -0.71, teamPeople: -0.37, generic: -0.44, name: -0.40, capitalised: -0.23, pronoun: -0.84, team: 0.68, teamSubject: -0.24, teamPast: -0.11, number: 0.17, measured: 0.38, comparison: 0.46, aim: 0.45, past: -1.15, pastFigure: -0.10, question: -0.87, heading: -2.19, listItem: -0.06, title: -1.25, short: -0.80, "turn.contrast": -0.38, "turn.consequence": -0.53, "section.problem": -0.47, "section.change": -0.81, "section.outcome": -0.72, "section.ask": 1.91, "position.early": -0.54, "prev.problem": -0.31, "prev.outcome": 0.21, "prev.person": 0.19, "next.problem": -0.41, "next.change": -0.53, "next.outcome": -0.48, "next.person": -0.73},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.94, self: 1.16, prev: 1.92, next: 0.66, prev2: 0.58, next2: -0.24, heading: 0.03, question: 0.17, title: -0.50},
  hero: {bias: -0.52, self: 0.99, prev: 0.39, next: 0.46, prev2: 0.22, next2: 0.49, heading: -0.13, question: -0.19, title: -0.31},
  change: {bias: -0.62, self: 1.13, prev: 0.95, next: 1.23, prev2: 0.52, next2: -0.44, heading: 0.34, question: -0.36, title: -0.69},
  outcome: {bias: -0.66, self: 1.08, prev: 1.34, next: 1.07, prev2: -0.47, next2: 0.56, heading: 0.49, question: -0.60, title: -1.32},
  ask: {bias: 0.53, self: 1.27, prev: 2.18, next: -1.16, prev2: 1.32, next2: -1.90, heading: -0.56, question: -0.24, title: -0.13},
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
