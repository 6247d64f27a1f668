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
  problem: {bias: -1.77, "cue.problem": 1.44, "cue.hero": -0.66, "cue.change": -1.53, "cue.outcome": -0.30, "cue.ask": -0.63, negation: 1.37, people: 0.08, personFirst: 0.05, teamPeople: 0.94, generic: 0.32, name: -0.65, capitalised: -1.27, pronoun: 0.81, team: -0.54, teamSubject: -1.87, teamPast: -0.28, number: 0.17, measured: 0.29, comparison: 0.40, aim: -0.22, past: 0.16, question: 0.38, heading: -2.18, listItem: -2.14, title: -1.23, short: -0.96, "turn.contrast": 0.85, "turn.consequence": 1.40, "section.problem": 1.55, "section.change": -1.15, "section.outcome": -2.25, "section.ask": -0.44, "position.first": 0.07, "position.early": 1.41, "position.late": -1.43, "prev.problem": 0.34, "prev.change": -0.95, "prev.person": 0.22, "next.problem": 0.51, "next.change": 0.38, "next.outcome": -0.35, "next.person": 0.07},
  hero: {bias: -2.03, "cue.problem": 0.27, "cue.hero": 1.72, "cue.change": -0.13, "cue.outcome": -0.29, "cue.ask": -0.64, negation: 0.61, people: 0.53, personFirst: 0.78, teamPeople: 0.40, generic: 0.39, name: 1.14, pronoun: 1.46, team: -0.71, teamSubject: 0.16, teamPast: -1.03, number: 0.56, measured: -0.22, comparison: -0.19, aim: 0.42, purpose: 0.22, past: 0.27, pastFigure: 0.34, question: -0.57, heading: -0.43, listItem: -0.67, title: -1.79, short: -0.72, "turn.contrast": 0.79, "section.problem": 0.44, "section.change": -0.15, "section.outcome": 0.42, "section.ask": -1.48, "position.first": 0.35, "position.early": 0.30, "position.late": -0.18, "prev.problem": 0.35, "prev.change": -0.19, "prev.outcome": 0.07, "prev.person": 0.19, "next.problem": 0.22, "next.change": -0.05, "next.outcome": 0.10, "next.person": 0.46},
  change: {bias: 0.44, "cue.problem": -0.81, "cue.hero": -0.73, "cue.change": 1.49, "cue.outcome": -0.91, "cue.ask": -0.99, negation: -0.65, people: 0.26, personFirst: -0.22, teamPeople: 0.23, generic: -0.33, name: -0.36, capitalised: -0.14, pronoun: -0.33, team: -0.34, teamSubject: 0.16, teamPast: 0.97, number: -0.22, measured: -0.42, comparison: -0.11, aim: 0.27, purpose: 0.62, past: -0.28, pastFigure: -0.76, question: -1.33, heading: 0.69, listItem: 2.97, title: -2.88, short: -1.59, "turn.contrast": -0.47, "turn.consequence": -0.22, "section.problem": -2.32, "section.change": 1.48, "section.outcome": -1.09, "section.ask": -1.53, "position.first": 0.99, "position.early": -1.50, "position.late": -1.47, "prev.change": 0.47, "prev.outcome": -0.44, "prev.person": -0.18, "next.problem": -0.23, "next.change": -0.21, "next.outcome": 0.16, "next.person": 0.08},
  outcome: {bias: -2.85, "cue.problem": -0.58, "cue.hero": 0.23, "cue.change": -0.41, "cue.outcome": 1.65, "cue.ask": -1.37, negation: -0.38, personFirst: 0.25, teamPeople: -0.36, name: -0.09, capitalised: -0.28, pronoun: 0.15, team: -0.25, teamPast: -0.95, number: -0.73, measured: 0.20, comparison: 1.00, aim: 0.43, purpose: 1.00, past: 0.65, pastFigure: 1.00, question: -1.15, heading: 0.18, listItem: -0.89, title: -2.91, short: -0.57, "turn.contrast": -0.35, "turn.consequence": -0.31, "section.problem": -0.11, "section.change": -0.09, "section.outcome": 2.50, "section.ask": -1.81, "position.first": 0.92, "position.early": -1.19, "position.late": 1.67, "prev.outcome": 0.56, "prev.person": 0.12, "next.problem": -0.34, "next.change": -0.14, "next.outcome": 0.51, "next.person": 0.28},
  ask: {bias: -3.43, "cue.problem": -0.66, "cue.hero": -0.37, "cue.outcome": -0.25, "cue.ask": 2.61, negation: -0.84, people: 0.10, personFirst: -0.59, teamPeople: -0.36, generic: -0.41, name: -0.47, capitalised: -0.26, pronoun: -0.76, team: 0.68, teamPast: 0.21, number: 0.46, measured: 0.21, comparison: 0.24, aim: 0.41, purpose: -0.25, past: -1.05, pastFigure: -0.05, question: -0.40, heading: -2.32, listItem: -0.11, title: -1.31, short: -0.32, "turn.contrast": -0.35, "turn.consequence": -0.45, "section.problem": -0.42, "section.change": -1.11, "section.outcome": -1.35, "section.ask": 2.26, "position.early": -0.66, "prev.problem": -0.29, "prev.outcome": 0.19, "prev.person": 0.22, "next.problem": -0.41, "next.change": -0.51, "next.outcome": -0.49, "next.person": -0.82},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.86, self: 1.08, prev: 1.82, next: 0.84, prev2: 0.29, next2: -0.32, heading: 0.40, question: 0.11, title: -0.51},
  hero: {bias: -0.48, self: 0.96, prev: 0.15, next: 0.46, prev2: 0.34, next2: 0.32, heading: 0.02, question: -0.05, title: -0.70},
  change: {bias: -0.26, self: 1.14, prev: 0.53, next: 0.91, prev2: 0.19, next2: -0.64, heading: 0.31, question: -0.36, title: -0.91},
  outcome: {bias: -0.22, self: 1.05, prev: 1.09, next: 0.79, prev2: -1.11, next2: -0.02, heading: 0.37, question: -0.40, title: -1.56},
  ask: {bias: 0.38, self: 1.22, prev: 2.26, next: -1.00, prev2: 1.44, next2: -1.73, heading: -0.59, question: 0.25, title: -0.18},
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
     * specific enough (elements.ts). Per element, the threshold with the highest
     * sum of cross-validated status accuracy and ablation
     * (`node --import tsx eval/cv-status.ts --sweep`).
     */
    present: {problem: 0.85, hero: 0.9, change: 0.7, outcome: 0.75, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
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
