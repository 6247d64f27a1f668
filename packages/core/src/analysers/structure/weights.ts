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
  problem: {bias: -1.64, "cue.problem": 1.33, "cue.hero": -0.57, "cue.change": -1.42, "cue.outcome": -0.31, "cue.ask": -0.44, negation: 1.32, people: 0.11, teamPeople: 1.12, generic: 0.44, name: -0.59, capitalised: -1.00, pronoun: 0.80, team: -0.63, teamSubject: -1.53, teamPast: -0.34, number: 0.19, measured: 0.23, comparison: 0.23, aim: -0.11, purpose: -0.34, pastFigure: 0.17, question: 0.31, heading: -2.09, listItem: -1.30, title: -1.31, short: -0.95, "turn.contrast": 0.85, "turn.consequence": 1.27, "section.problem": 1.04, "section.change": -2.49, "section.outcome": -2.36, "section.ask": -0.63, "position.first": 0.06, "position.early": 1.29, "position.late": -1.60, "prev.problem": 0.23, "prev.change": -1.00, "prev.person": 0.23, "next.problem": 0.49, "next.change": 0.33, "next.outcome": -0.39, "next.person": 0.12},
  hero: {bias: -2.34, "cue.problem": 0.12, "cue.hero": 1.43, "cue.change": -0.06, "cue.outcome": -0.27, "cue.ask": -0.91, negation: 0.75, people: 0.67, personFirst: 0.76, teamPeople: 0.35, generic: 0.51, name: 1.48, capitalised: 0.45, pronoun: 1.40, team: -0.83, teamSubject: 0.36, teamPast: -0.77, number: 0.60, measured: -0.21, comparison: -0.18, aim: 0.33, purpose: -0.22, past: 0.50, question: -0.77, heading: -0.26, listItem: -1.09, title: -1.40, short: -0.31, "turn.contrast": 0.88, "turn.consequence": 0.21, "section.problem": 0.18, "section.change": -0.22, "section.outcome": 0.17, "section.ask": -1.45, "position.first": 0.23, "position.early": 0.35, "prev.problem": 0.26, "prev.change": -0.25, "prev.outcome": 0.10, "prev.person": 0.40, "next.problem": 0.19, "next.change": -0.13, "next.outcome": 0.09, "next.person": 0.50},
  change: {bias: 0.48, "cue.problem": -0.83, "cue.hero": -0.50, "cue.change": 1.39, "cue.outcome": -0.97, "cue.ask": -1.07, negation: -0.69, people: 0.23, personFirst: -0.28, teamPeople: 0.34, generic: -0.24, name: -0.26, capitalised: 0.12, pronoun: -0.51, team: -0.35, teamSubject: 0.16, teamPast: 0.74, number: -0.23, measured: -0.53, comparison: 0.09, aim: 0.21, purpose: 0.61, past: -0.20, pastFigure: -0.73, question: -1.57, heading: 0.69, listItem: 3.03, title: -2.53, short: -1.37, "turn.contrast": -0.49, "turn.consequence": -0.23, "section.problem": -1.75, "section.change": 2.29, "section.outcome": -1.47, "section.ask": -0.48, "position.first": 0.77, "position.early": -1.50, "position.late": -1.63, "prev.change": 0.60, "prev.outcome": -0.44, "prev.person": -0.21, "next.problem": -0.20, "next.change": -0.20, "next.outcome": 0.28, "next.person": 0.07},
  outcome: {bias: -2.98, "cue.problem": -0.53, "cue.hero": 0.18, "cue.change": -0.45, "cue.outcome": 1.64, "cue.ask": -1.70, negation: -0.29, personFirst: 0.25, teamPeople: -0.36, generic: 0.14, name: -0.05, pronoun: 0.39, team: -0.42, teamSubject: 0.21, teamPast: -0.61, number: -0.52, measured: 0.15, comparison: 1.00, aim: 0.31, purpose: 1.00, past: 0.56, pastFigure: 1.00, question: -1.05, heading: 0.66, listItem: -0.94, title: -2.44, short: -0.24, "turn.contrast": -0.30, "turn.consequence": -0.25, "section.problem": 0.05, "section.change": 0.08, "section.outcome": 2.39, "section.ask": -1.86, "position.first": 0.69, "position.early": -1.12, "position.late": 1.95, "prev.problem": 0.05, "prev.change": 0.06, "prev.outcome": 0.53, "next.problem": -0.34, "next.change": -0.15, "next.outcome": 0.49, "next.person": 0.25},
  ask: {bias: -3.11, "cue.problem": -0.67, "cue.hero": -0.35, "cue.change": 0.11, "cue.outcome": -0.37, "cue.ask": 2.71, negation: -0.80, people: 0.12, personFirst: -0.66, teamPeople: -0.37, generic: -0.43, name: -0.41, capitalised: -0.20, pronoun: -0.90, team: 0.68, teamSubject: -0.30, teamPast: -0.11, number: 0.16, measured: 0.38, comparison: 0.48, aim: 0.42, purpose: -0.25, past: -1.13, pastFigure: -0.10, question: -0.89, heading: -2.18, title: -1.25, short: -0.78, "turn.contrast": -0.38, "turn.consequence": -0.53, "section.problem": -0.48, "section.change": -1.11, "section.outcome": -1.13, "section.ask": 1.90, "position.early": -0.56, "prev.problem": -0.32, "prev.change": -0.05, "prev.outcome": 0.29, "prev.person": 0.16, "next.problem": -0.42, "next.change": -0.51, "next.outcome": -0.44, "next.person": -0.73},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.99, self: 1.17, prev: 1.89, next: 0.69, prev2: 0.50, next2: -0.16, heading: 0.59, question: 0.08, title: -0.69},
  hero: {bias: -0.55, self: 0.97, prev: 0.19, next: 0.47, prev2: 0.36, next2: 0.34, heading: 0.05, question: -0.20, title: -0.55},
  change: {bias: -0.47, self: 1.21, prev: 0.58, next: 1.18, prev2: 0.75, next2: -0.60, heading: 0.47, question: -0.54, title: -1.00},
  outcome: {bias: -0.21, self: 1.11, prev: 0.95, next: 0.82, prev2: -0.96, next2: 0.04, heading: 0.51, question: -0.46, title: -1.33},
  ask: {bias: 0.57, self: 1.28, prev: 2.10, next: -1.21, prev2: 1.27, next2: -1.93, heading: -0.55, question: -0.24, title: -0.13},
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
