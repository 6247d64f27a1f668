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
  problem: {bias: -1.52, "cue.problem": 1.43, "cue.hero": -0.74, "cue.change": -1.43, "cue.outcome": -0.29, "cue.ask": -0.68, negation: 1.30, people: 0.09, personFirst: 0.07, teamPeople: 0.98, generic: 0.23, name: -0.70, capitalised: -1.17, pronoun: 0.71, team: -0.13, teamSubject: -1.82, teamPast: -0.53, number: 0.08, measured: 0.46, comparison: 0.07, aim: -0.30, purpose: 0.11, pastFigure: 0.12, question: 0.14, heading: -1.98, listItem: -0.26, title: -1.31, short: -1.22, "turn.contrast": 0.84, "turn.consequence": 1.32, "section.problem": 1.83, "section.change": -1.32, "section.outcome": -2.31, "section.ask": -0.50, "position.first": 0.10, "position.early": 1.24, "position.late": -1.29, "prev.problem": 0.48, "prev.change": -0.81, "prev.outcome": -0.13, "prev.person": 0.22, "next.problem": 0.51, "next.change": 0.27, "next.outcome": -0.39},
  hero: {bias: -1.95, "cue.problem": 0.30, "cue.hero": 1.61, "cue.change": -0.15, "cue.outcome": -0.13, "cue.ask": -0.54, negation: 0.51, people: 0.67, personFirst: 0.66, teamPeople: 0.29, generic: 0.44, name: 1.17, pronoun: 1.51, team: -0.44, teamSubject: -0.14, teamPast: -0.84, number: 0.42, measured: -0.09, comparison: -0.40, aim: 0.37, purpose: -0.16, past: 0.15, pastFigure: 0.29, question: -0.13, heading: -0.33, listItem: -0.37, title: -2.00, short: -0.81, "turn.contrast": 0.62, "turn.consequence": 0.05, "section.problem": 0.49, "section.change": -0.08, "section.outcome": 0.62, "section.ask": -2.02, "position.first": 0.30, "position.early": 0.18, "position.late": -0.19, "prev.problem": 0.36, "prev.change": -0.14, "prev.outcome": -0.06, "prev.person": 0.13, "next.problem": 0.26, "next.outcome": 0.08, "next.person": 0.40},
  change: {bias: 0.28, "cue.problem": -0.81, "cue.hero": -0.59, "cue.change": 1.59, "cue.outcome": -0.74, "cue.ask": -0.75, negation: -0.71, people: 0.21, personFirst: -0.27, teamPeople: 0.48, generic: -0.24, name: -0.38, capitalised: -0.12, pronoun: -0.26, team: -0.52, teamSubject: 0.45, teamPast: 1.21, number: -0.18, measured: -0.44, aim: 0.09, purpose: 0.57, past: -0.61, pastFigure: -0.32, question: -1.02, heading: 0.74, listItem: 1.97, title: -3.08, short: -1.35, "turn.contrast": -0.43, "turn.consequence": -0.16, "section.problem": -2.56, "section.change": 1.56, "section.outcome": -1.07, "section.ask": -1.62, "position.first": 0.97, "position.early": -1.39, "position.late": -1.37, "prev.problem": -0.10, "prev.change": 0.46, "prev.outcome": -0.36, "prev.person": -0.12, "next.problem": -0.33, "next.change": -0.19, "next.outcome": 0.16, "next.person": 0.07},
  outcome: {bias: -2.64, "cue.problem": -0.64, "cue.hero": -0.05, "cue.change": -0.51, "cue.outcome": 1.81, "cue.ask": -1.27, negation: -0.19, personFirst: 0.06, teamPeople: -0.44, generic: 0.08, name: 0.06, capitalised: -0.14, pronoun: 0.19, team: -0.28, teamSubject: -0.13, teamPast: -0.92, number: -0.55, comparison: 1.00, aim: 0.53, purpose: 1.00, pastFigure: 1.00, question: -1.19, pastAfterChange: 1.05, heading: 0.10, listItem: -0.94, title: -3.34, short: -0.68, "turn.contrast": -0.17, "turn.consequence": -0.30, "section.problem": -0.28, "section.change": -0.19, "section.outcome": 2.70, "section.ask": -1.96, "position.first": 0.91, "position.early": -1.09, "position.late": 1.49, "prev.problem": -0.12, "prev.outcome": 0.50, "prev.person": 0.12, "next.problem": -0.38, "next.change": -0.17, "next.outcome": 0.42, "next.person": 0.27},
  ask: {bias: -3.64, "cue.problem": -0.69, "cue.hero": -0.28, "cue.outcome": -0.35, "cue.ask": 2.45, negation: -1.13, personFirst: -0.53, teamPeople: -0.38, generic: -0.57, name: -0.39, capitalised: -0.53, pronoun: -0.68, team: 0.73, teamSubject: 0.36, teamPast: -0.73, number: 0.20, measured: 0.31, comparison: 0.82, aim: 0.37, purpose: -0.05, past: -0.76, pastFigure: -0.28, heading: -2.11, listItem: -0.10, title: -1.85, "turn.contrast": -0.38, "turn.consequence": -0.56, "section.change": -0.99, "section.outcome": -1.28, "section.ask": 2.36, "position.early": -0.69, "prev.problem": -0.19, "prev.change": -0.06, "prev.outcome": 0.23, "prev.person": 0.17, "next.problem": -0.41, "next.change": -0.52, "next.outcome": -0.52, "next.person": -0.70},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.76, self: 0.99, prev: 1.72, next: 0.86, prev2: 0.08, next2: -0.39, heading: 0.28, question: 0.17, title: -0.58},
  hero: {bias: -0.40, self: 0.97, prev: 0.11, next: 0.42, prev2: 0.28, next2: 0.26, heading: 0.04, question: 0.07, title: -0.67},
  change: {bias: -0.19, self: 1.08, prev: 0.32, next: 0.99, prev2: 0.00, next2: -0.64, heading: 0.20, question: -0.16, title: -0.69},
  outcome: {bias: -0.10, self: 1.05, prev: 1.01, next: 0.69, prev2: -1.13, next2: -0.25, heading: 0.27, question: -0.33, title: -1.49},
  ask: {bias: 0.37, self: 1.20, prev: 1.91, next: -0.94, prev2: 1.16, next2: -1.61, heading: -0.42, question: 0.50, title: -0.36},
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
     * specific enough (elements.ts). Per element, the threshold that
     * `node --import tsx eval/cv-status.ts --sweep` chooses on cross-validated
     * scores: the best sum of status accuracy and ablation among the thresholds
     * whose status accuracy is within 0.05 of the best status accuracy.
     */
    present: {problem: 0.75, hero: 0.85, change: 0.65, outcome: 0.95, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** The least content evidence (logit units from the sentence's own words or heading) a present element needs in one sentence. */
    content: {problem: 1, hero: 1, change: 0, outcome: 0, ask: 1} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** How much a second carrying sentence adds to the best one's score (a share of what is left to 1). */
    second: 0.5,
    /**
     * An outcome is present from this score when the sentence that carries it measures it (a before → after
     * with figures, or a past report with a figure, without an aim word). Chosen with `eval/cv-status.ts`
     * (with the outcome's present threshold at 0.95): at 0.5, 0.6, 0.7 and 0.8 outcome status accuracy was
     * 0.72, 0.73, 0.725 and 0.705 and ablation 0.80, 0.90, 0.91 and 0.94. 0.7 and 0.8 have the same sum
     * (1.64); 0.7 calls 32 gold-present outcomes weak where 0.8 calls 37, the costlier mistake.
     */
    measured: 0.7,
    /** The least content evidence (logit units) a sentence needs to count as evidence at all (weak rather than missing). */
    hint: 0.3,
    /** From this score an element is at least weak. */
    weak: 0.4
  }
} as const
