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
  problem: {bias: -1.71, "cue.problem": 1.46, "cue.hero": -0.64, "cue.change": -1.51, "cue.outcome": -0.30, "cue.ask": -0.71, negation: 1.27, people: 0.07, personFirst: 0.09, teamPeople: 0.88, generic: 0.26, name: -0.70, capitalised: -1.19, pronoun: 0.75, team: -0.32, teamSubject: -1.86, teamPast: -0.26, number: 0.09, measured: 0.40, comparison: 0.13, aim: -0.33, purpose: 0.15, pastFigure: 0.21, question: 0.26, heading: -2.00, listItem: -0.51, title: -1.29, short: -1.23, "turn.contrast": 0.94, "turn.consequence": 1.29, "section.problem": 1.76, "section.change": -0.91, "section.outcome": -2.22, "section.ask": -0.57, "position.first": 0.15, "position.early": 1.35, "position.late": -1.20, "prev.problem": 0.50, "prev.change": -0.83, "prev.outcome": -0.15, "prev.person": 0.24, "next.problem": 0.54, "next.change": 0.26, "next.outcome": -0.41},
  hero: {bias: -1.96, "cue.problem": 0.30, "cue.hero": 1.73, "cue.change": -0.20, "cue.outcome": -0.11, "cue.ask": -0.63, negation: 0.51, people: 0.67, personFirst: 0.68, teamPeople: 0.35, generic: 0.41, name: 1.12, pronoun: 1.51, team: -0.60, teamSubject: 0.12, teamPast: -1.04, number: 0.43, measured: -0.11, comparison: -0.35, aim: 0.40, purpose: -0.10, past: 0.17, pastFigure: 0.32, question: -0.19, heading: -0.43, listItem: -0.35, title: -1.82, short: -0.86, "turn.contrast": 0.66, "turn.consequence": 0.08, "section.problem": 0.45, "section.change": -0.09, "section.outcome": 0.52, "section.ask": -1.57, "position.first": 0.38, "position.early": 0.20, "position.late": -0.21, "prev.problem": 0.36, "prev.change": -0.15, "prev.person": 0.13, "next.problem": 0.26, "next.outcome": 0.09, "next.person": 0.40},
  change: {bias: 0.46, "cue.problem": -0.84, "cue.hero": -0.78, "cue.change": 1.55, "cue.outcome": -0.71, "cue.ask": -0.78, negation: -0.67, people: 0.24, personFirst: -0.29, teamPeople: 0.24, generic: -0.20, name: -0.32, capitalised: -0.08, pronoun: -0.26, team: -0.30, teamSubject: 0.09, teamPast: 0.99, number: -0.22, measured: -0.43, comparison: -0.07, aim: 0.08, purpose: 0.50, past: -0.52, pastFigure: -0.41, question: -1.23, heading: 0.43, listItem: 2.18, title: -2.78, short: -1.41, "turn.contrast": -0.51, "turn.consequence": -0.18, "section.problem": -2.24, "section.change": 1.34, "section.outcome": -1.18, "section.ask": -1.51, "position.first": 1.15, "position.early": -1.49, "position.late": -1.50, "prev.problem": -0.14, "prev.change": 0.44, "prev.outcome": -0.38, "prev.person": -0.14, "next.problem": -0.36, "next.change": -0.21, "next.outcome": 0.18, "next.person": 0.07},
  outcome: {bias: -2.75, "cue.problem": -0.61, "cue.hero": 0.32, "cue.change": -0.55, "cue.outcome": 1.79, "cue.ask": -1.30, negation: -0.19, personFirst: 0.05, teamPeople: -0.34, capitalised: -0.16, pronoun: 0.22, team: -0.31, teamSubject: 0.09, teamPast: -0.93, number: -0.54, comparison: 1.00, aim: 0.57, purpose: 1.00, past: 0.68, pastFigure: 1.00, question: -1.31, heading: 0.09, listItem: -0.84, title: -3.16, short: -0.82, "turn.contrast": -0.24, "turn.consequence": -0.30, "section.problem": -0.27, "section.change": -0.06, "section.outcome": 2.60, "section.ask": -1.71, "position.first": 0.99, "position.early": -1.15, "position.late": 1.48, "prev.problem": -0.09, "prev.change": 0.05, "prev.outcome": 0.55, "prev.person": 0.09, "next.problem": -0.33, "next.change": -0.16, "next.outcome": 0.49, "next.person": 0.26},
  ask: {bias: -3.37, "cue.problem": -0.79, "cue.hero": -0.35, "cue.change": 0.10, "cue.outcome": -0.39, "cue.ask": 2.56, negation: -1.18, personFirst: -0.64, teamPeople: -0.29, generic: -0.37, name: -0.44, capitalised: -0.19, pronoun: -0.78, team: 0.70, teamSubject: 0.12, teamPast: -0.61, number: 0.32, measured: 0.38, comparison: 0.67, aim: 0.29, purpose: -0.19, past: -0.99, pastFigure: -0.35, heading: -2.49, listItem: -0.45, title: -1.45, short: -0.09, "turn.contrast": -0.40, "turn.consequence": -0.46, "section.problem": -0.13, "section.change": -0.85, "section.outcome": -0.88, "section.ask": 2.27, "position.early": -0.73, "prev.problem": -0.21, "prev.outcome": 0.15, "prev.person": 0.17, "next.problem": -0.42, "next.change": -0.49, "next.outcome": -0.52, "next.person": -0.81},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.82, self: 0.99, prev: 1.74, next: 0.93, prev2: 0.18, next2: -0.35, heading: 0.22, question: 0.10, title: -0.58},
  hero: {bias: -0.41, self: 0.97, prev: 0.10, next: 0.45, prev2: 0.27, next2: 0.29, heading: 0.01, question: 0.03, title: -0.61},
  change: {bias: -0.22, self: 1.10, prev: 0.37, next: 0.99, prev2: 0.12, next2: -0.73, heading: 0.23, question: -0.20, title: -0.62},
  outcome: {bias: -0.20, self: 1.03, prev: 1.04, next: 0.76, prev2: -1.06, next2: -0.09, heading: 0.28, question: -0.40, title: -1.57},
  ask: {bias: 0.32, self: 1.19, prev: 2.36, next: -0.89, prev2: 1.61, next2: -1.63, heading: -0.66, question: 0.49, title: -0.28},
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
