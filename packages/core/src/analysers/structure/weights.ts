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
  problem: {bias: -1.54, "cue.problem": 1.43, "cue.hero": -0.69, "cue.change": -1.45, "cue.outcome": -0.28, "cue.ask": -0.66, negation: 1.31, people: 0.09, personFirst: 0.08, teamPeople: 1.03, generic: 0.24, name: -0.72, capitalised: -1.18, pronoun: 0.71, team: -0.26, teamSubject: -1.79, teamPast: -0.35, number: 0.10, measured: 0.46, aim: -0.31, purpose: 0.12, pastFigure: 0.13, question: 0.14, heading: -1.98, listItem: -0.25, title: -1.32, short: -1.22, "turn.contrast": 0.86, "turn.consequence": 1.22, "section.problem": 1.82, "section.change": -1.33, "section.outcome": -2.31, "section.ask": -0.50, "position.first": 0.11, "position.early": 1.24, "position.late": -1.27, "prev.problem": 0.48, "prev.change": -0.81, "prev.outcome": -0.15, "prev.person": 0.23, "next.problem": 0.51, "next.change": 0.27, "next.outcome": -0.39},
  hero: {bias: -1.94, "cue.problem": 0.30, "cue.hero": 1.61, "cue.change": -0.16, "cue.outcome": -0.13, "cue.ask": -0.54, negation: 0.51, people: 0.67, personFirst: 0.67, teamPeople: 0.31, generic: 0.43, name: 1.11, pronoun: 1.49, team: -0.45, teamSubject: -0.15, teamPast: -0.96, number: 0.43, measured: -0.09, comparison: -0.39, aim: 0.37, purpose: -0.16, past: 0.12, pastFigure: 0.31, question: -0.13, heading: -0.34, listItem: -0.37, title: -2.00, short: -0.81, "turn.contrast": 0.63, "turn.consequence": 0.05, "section.problem": 0.49, "section.change": -0.08, "section.outcome": 0.61, "section.ask": -2.02, "position.first": 0.30, "position.early": 0.19, "position.late": -0.18, "prev.problem": 0.36, "prev.change": -0.14, "prev.outcome": -0.06, "prev.person": 0.13, "next.problem": 0.26, "next.outcome": 0.07, "next.person": 0.40},
  change: {bias: 0.29, "cue.problem": -0.82, "cue.hero": -0.65, "cue.change": 1.58, "cue.outcome": -0.75, "cue.ask": -0.74, negation: -0.72, people: 0.21, personFirst: -0.30, teamPeople: 0.42, generic: -0.22, name: -0.33, capitalised: -0.10, pronoun: -0.25, team: -0.31, teamSubject: 0.17, teamPast: 0.93, number: -0.18, measured: -0.46, aim: 0.09, purpose: 0.57, past: -0.51, pastFigure: -0.34, question: -1.02, heading: 0.73, listItem: 1.96, title: -3.06, short: -1.34, "turn.contrast": -0.44, "turn.consequence": -0.14, "section.problem": -2.57, "section.change": 1.56, "section.outcome": -1.04, "section.ask": -1.61, "position.first": 0.96, "position.early": -1.40, "position.late": -1.38, "prev.problem": -0.08, "prev.change": 0.45, "prev.outcome": -0.37, "prev.person": -0.12, "next.problem": -0.33, "next.change": -0.19, "next.outcome": 0.16, "next.person": 0.07},
  outcome: {bias: -2.66, "cue.problem": -0.63, "cue.change": -0.52, "cue.outcome": 1.81, "cue.ask": -1.29, negation: -0.18, personFirst: 0.08, teamPeople: -0.38, generic: 0.05, name: 0.05, capitalised: -0.14, pronoun: 0.21, team: -0.48, teamSubject: 0.23, teamPast: -1.12, number: -0.54, comparison: 1.00, aim: 0.52, purpose: 1.00, pastFigure: 1.00, question: -1.18, pastAfterChange: 1.06, heading: 0.11, listItem: -0.92, title: -3.34, short: -0.68, "turn.contrast": -0.18, "turn.consequence": -0.30, "section.problem": -0.28, "section.change": -0.19, "section.outcome": 2.67, "section.ask": -1.93, "position.first": 0.91, "position.early": -1.09, "position.late": 1.49, "prev.problem": -0.12, "prev.outcome": 0.50, "prev.person": 0.12, "next.problem": -0.38, "next.change": -0.17, "next.outcome": 0.42, "next.person": 0.27},
  ask: {bias: -3.63, "cue.problem": -0.70, "cue.hero": -0.28, "cue.outcome": -0.35, "cue.ask": 2.46, negation: -1.13, personFirst: -0.55, teamPeople: -0.39, generic: -0.56, name: -0.39, capitalised: -0.52, pronoun: -0.69, team: 0.80, teamSubject: 0.20, teamPast: -0.67, number: 0.21, measured: 0.31, comparison: 0.83, aim: 0.39, purpose: -0.06, past: -0.80, pastFigure: -0.27, question: 0.07, heading: -2.07, listItem: -0.11, title: -1.81, "turn.contrast": -0.37, "turn.consequence": -0.54, "section.problem": -0.05, "section.change": -0.99, "section.outcome": -1.28, "section.ask": 2.36, "position.early": -0.69, "prev.problem": -0.18, "prev.change": -0.06, "prev.outcome": 0.22, "prev.person": 0.17, "next.problem": -0.41, "next.change": -0.52, "next.outcome": -0.51, "next.person": -0.70},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.78, self: 0.99, prev: 1.69, next: 0.90, prev2: 0.12, next2: -0.38, heading: 0.27, question: 0.16, title: -0.61},
  hero: {bias: -0.40, self: 0.97, prev: 0.11, next: 0.43, prev2: 0.28, next2: 0.27, heading: 0.04, question: 0.07, title: -0.67},
  change: {bias: -0.19, self: 1.08, prev: 0.29, next: 1.03, prev2: 0.00, next2: -0.66, heading: 0.20, question: -0.15, title: -0.70},
  outcome: {bias: -0.09, self: 1.05, prev: 1.00, next: 0.66, prev2: -1.13, next2: -0.22, heading: 0.27, question: -0.32, title: -1.49},
  ask: {bias: 0.36, self: 1.19, prev: 1.90, next: -0.91, prev2: 1.11, next2: -1.59, heading: -0.41, question: 0.48, title: -0.35},
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
