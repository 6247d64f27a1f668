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
 * after, a past report with a figure and a purpose clause ("to reduce …")
 * worth at least 1 for outcome; see
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
  problem: {bias: -1.64, "cue.problem": 1.33, "cue.hero": -0.57, "cue.change": -1.42, "cue.outcome": -0.31, "cue.ask": -0.45, negation: 1.32, people: 0.11, teamPeople: 1.12, generic: 0.44, name: -0.59, capitalised: -1.00, pronoun: 0.80, team: -0.63, teamSubject: -1.53, teamPast: -0.34, number: 0.19, measured: 0.23, comparison: 0.24, aim: -0.12, purpose: -0.34, pastFigure: 0.18, question: 0.31, heading: -2.08, listItem: -1.37, title: -1.30, short: -0.95, "turn.contrast": 0.85, "turn.consequence": 1.27, "section.problem": 1.05, "section.change": -2.49, "section.outcome": -2.35, "section.ask": -0.43, "position.first": 0.06, "position.early": 1.30, "position.late": -1.60, "prev.problem": 0.23, "prev.change": -1.00, "prev.person": 0.24, "next.problem": 0.49, "next.change": 0.33, "next.outcome": -0.39, "next.person": 0.12},
  hero: {bias: -2.35, "cue.problem": 0.13, "cue.hero": 1.43, "cue.change": -0.06, "cue.outcome": -0.27, "cue.ask": -0.91, negation: 0.75, people: 0.67, personFirst: 0.76, teamPeople: 0.35, generic: 0.52, name: 1.48, capitalised: 0.45, pronoun: 1.40, team: -0.83, teamSubject: 0.36, teamPast: -0.77, number: 0.60, measured: -0.21, comparison: -0.18, aim: 0.33, purpose: -0.22, past: 0.50, question: -0.77, heading: -0.26, listItem: -1.15, title: -1.40, short: -0.31, "turn.contrast": 0.89, "turn.consequence": 0.21, "section.problem": 0.18, "section.change": -0.21, "section.outcome": 0.17, "section.ask": -1.35, "position.first": 0.23, "position.early": 0.36, "prev.problem": 0.26, "prev.change": -0.25, "prev.outcome": 0.10, "prev.person": 0.41, "next.problem": 0.19, "next.change": -0.13, "next.outcome": 0.09, "next.person": 0.50},
  change: {bias: 0.46, "cue.problem": -0.83, "cue.hero": -0.52, "cue.change": 1.42, "cue.outcome": -0.98, "cue.ask": -1.01, negation: -0.68, people: 0.24, personFirst: -0.28, teamPeople: 0.32, generic: -0.24, name: -0.25, capitalised: 0.13, pronoun: -0.51, team: -0.34, teamSubject: 0.18, teamPast: 0.72, number: -0.26, measured: -0.52, comparison: 0.09, aim: 0.20, purpose: 0.59, past: -0.21, pastFigure: -0.70, question: -1.59, heading: 0.82, listItem: 2.99, title: -3.03, short: -1.42, "turn.contrast": -0.50, "turn.consequence": -0.22, "section.problem": -1.75, "section.change": 2.29, "section.outcome": -1.47, "section.ask": -1.39, "position.first": 0.73, "position.early": -1.51, "position.late": -1.60, "prev.change": 0.60, "prev.outcome": -0.44, "prev.person": -0.20, "next.problem": -0.20, "next.change": -0.20, "next.outcome": 0.28, "next.person": 0.08},
  outcome: {bias: -3.03, "cue.problem": -0.52, "cue.hero": 0.20, "cue.change": -0.45, "cue.outcome": 1.65, "cue.ask": -1.69, negation: -0.29, personFirst: 0.25, teamPeople: -0.35, generic: 0.16, pronoun: 0.39, team: -0.42, teamSubject: 0.19, teamPast: -0.61, number: -0.51, measured: 0.14, comparison: 1.00, aim: 0.32, purpose: 1.00, past: 0.55, pastFigure: 1.00, question: -1.05, heading: 0.68, listItem: -0.99, title: -2.44, short: -0.23, "turn.contrast": -0.31, "turn.consequence": -0.25, "section.problem": 0.06, "section.change": 0.09, "section.outcome": 2.41, "section.ask": -1.67, "position.first": 0.69, "position.early": -1.12, "position.late": 1.94, "prev.problem": 0.06, "prev.change": 0.06, "prev.outcome": 0.54, "next.problem": -0.34, "next.change": -0.15, "next.outcome": 0.50, "next.person": 0.26},
  ask: {bias: -3.02, "cue.problem": -0.68, "cue.hero": -0.34, "cue.change": 0.13, "cue.outcome": -0.38, "cue.ask": 2.63, negation: -0.85, people: 0.10, personFirst: -0.67, teamPeople: -0.36, generic: -0.45, name: -0.42, capitalised: -0.20, pronoun: -0.93, team: 0.66, teamSubject: -0.26, teamPast: -0.06, number: 0.11, measured: 0.46, comparison: 0.44, aim: 0.42, purpose: -0.25, past: -1.09, pastFigure: -0.14, question: -0.89, heading: -2.18, listItem: 0.14, title: -1.19, short: -0.71, "turn.contrast": -0.37, "turn.consequence": -0.53, "section.problem": -0.46, "section.change": -1.13, "section.outcome": -1.14, "section.ask": 2.23, "position.early": -0.58, "prev.problem": -0.32, "prev.change": -0.05, "prev.outcome": 0.29, "prev.person": 0.14, "next.problem": -0.42, "next.change": -0.52, "next.outcome": -0.46, "next.person": -0.74},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.99, self: 1.17, prev: 1.89, next: 0.69, prev2: 0.50, next2: -0.17, heading: 0.59, question: 0.08, title: -0.69},
  hero: {bias: -0.55, self: 0.97, prev: 0.19, next: 0.48, prev2: 0.36, next2: 0.34, heading: 0.05, question: -0.20, title: -0.55},
  change: {bias: -0.46, self: 1.22, prev: 0.57, next: 1.17, prev2: 0.68, next2: -0.56, heading: 0.48, question: -0.55, title: -1.35},
  outcome: {bias: -0.21, self: 1.11, prev: 0.95, next: 0.81, prev2: -0.93, next2: 0.04, heading: 0.51, question: -0.46, title: -1.33},
  ask: {bias: 0.66, self: 1.30, prev: 2.01, next: -1.30, prev2: 1.23, next2: -1.91, heading: -0.54, question: -0.24, title: -0.10},
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
    present: {problem: 0.85, hero: 0.85, change: 0.6, outcome: 0.85, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
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
