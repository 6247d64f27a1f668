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
  problem: {bias: -1.68, "cue.problem": 1.45, "cue.hero": -0.65, "cue.change": -1.47, "cue.outcome": -0.29, "cue.ask": -0.67, negation: 1.28, people: 0.07, personFirst: 0.10, teamPeople: 1.08, generic: 0.23, name: -0.71, capitalised: -1.19, pronoun: 0.72, team: -0.25, teamSubject: -1.76, teamPast: -0.37, number: 0.11, measured: 0.43, comparison: 0.08, aim: -0.33, purpose: 0.14, pastFigure: 0.19, question: 0.24, heading: -2.01, listItem: -0.53, title: -1.28, short: -1.23, "turn.contrast": 0.92, "turn.consequence": 1.27, "section.problem": 1.77, "section.change": -0.95, "section.outcome": -2.20, "section.ask": -0.39, "position.first": 0.13, "position.early": 1.35, "position.late": -1.19, "prev.problem": 0.51, "prev.change": -0.84, "prev.outcome": -0.16, "prev.person": 0.24, "next.problem": 0.53, "next.change": 0.27, "next.outcome": -0.42},
  hero: {bias: -1.93, "cue.problem": 0.30, "cue.hero": 1.70, "cue.change": -0.17, "cue.outcome": -0.12, "cue.ask": -0.58, negation: 0.51, people: 0.67, personFirst: 0.67, teamPeople: 0.32, generic: 0.42, name: 1.11, pronoun: 1.49, team: -0.46, teamSubject: -0.11, teamPast: -0.98, number: 0.43, measured: -0.09, comparison: -0.39, aim: 0.37, purpose: -0.11, past: 0.13, pastFigure: 0.31, question: -0.21, heading: -0.43, listItem: -0.37, title: -1.84, short: -0.84, "turn.contrast": 0.63, "turn.consequence": 0.07, "section.problem": 0.45, "section.change": -0.11, "section.outcome": 0.54, "section.ask": -1.85, "position.first": 0.36, "position.early": 0.20, "position.late": -0.18, "prev.problem": 0.36, "prev.change": -0.15, "prev.person": 0.12, "next.problem": 0.27, "next.outcome": 0.08, "next.person": 0.39},
  change: {bias: 0.49, "cue.problem": -0.83, "cue.hero": -0.77, "cue.change": 1.57, "cue.outcome": -0.71, "cue.ask": -0.78, negation: -0.68, people: 0.24, personFirst: -0.29, teamPeople: 0.40, generic: -0.20, name: -0.32, capitalised: -0.07, pronoun: -0.27, team: -0.35, teamSubject: 0.17, teamPast: 0.97, number: -0.22, measured: -0.43, comparison: -0.08, aim: 0.07, purpose: 0.49, past: -0.52, pastFigure: -0.42, question: -1.23, heading: 0.43, listItem: 2.15, title: -2.81, short: -1.40, "turn.contrast": -0.52, "turn.consequence": -0.18, "section.problem": -2.25, "section.change": 1.33, "section.outcome": -1.18, "section.ask": -1.36, "position.first": 1.13, "position.early": -1.50, "position.late": -1.49, "prev.problem": -0.15, "prev.change": 0.43, "prev.outcome": -0.38, "prev.person": -0.14, "next.problem": -0.36, "next.change": -0.20, "next.outcome": 0.17, "next.person": 0.06},
  outcome: {bias: -2.70, "cue.problem": -0.61, "cue.hero": 0.33, "cue.change": -0.53, "cue.outcome": 1.79, "cue.ask": -1.29, negation: -0.18, teamPeople: -0.40, capitalised: -0.14, pronoun: 0.22, team: -0.42, teamSubject: 0.25, teamPast: -0.98, number: -0.52, comparison: 1.00, aim: 0.55, purpose: 1.00, past: 0.67, pastFigure: 1.00, question: -1.31, heading: 0.07, listItem: -0.91, title: -3.24, short: -0.71, "turn.contrast": -0.26, "turn.consequence": -0.30, "section.problem": -0.26, "section.change": -0.08, "section.outcome": 2.70, "section.ask": -1.77, "position.first": 0.97, "position.early": -1.15, "position.late": 1.51, "prev.problem": -0.10, "prev.change": 0.06, "prev.outcome": 0.52, "prev.person": 0.08, "next.problem": -0.33, "next.change": -0.16, "next.outcome": 0.47, "next.person": 0.24},
  ask: {bias: -3.62, "cue.problem": -0.77, "cue.hero": -0.35, "cue.outcome": -0.34, "cue.ask": 2.50, negation: -1.13, personFirst: -0.62, teamPeople: -0.39, generic: -0.39, name: -0.40, capitalised: -0.30, pronoun: -0.71, team: 0.83, teamSubject: 0.09, teamPast: -0.67, number: 0.29, measured: 0.27, comparison: 0.84, aim: 0.34, purpose: -0.13, past: -0.87, pastFigure: -0.30, question: 0.06, heading: -2.41, listItem: -0.27, title: -1.47, short: -0.12, "turn.contrast": -0.39, "turn.consequence": -0.55, "section.problem": -0.06, "section.change": -0.76, "section.outcome": -1.14, "section.ask": 2.28, "position.early": -0.70, "prev.problem": -0.20, "prev.outcome": 0.22, "prev.person": 0.17, "next.problem": -0.43, "next.change": -0.49, "next.outcome": -0.48, "next.person": -0.75},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.81, self: 0.99, prev: 1.74, next: 0.91, prev2: 0.19, next2: -0.38, heading: 0.24, question: 0.09, title: -0.56},
  hero: {bias: -0.39, self: 0.97, prev: 0.11, next: 0.44, prev2: 0.27, next2: 0.26, heading: 0.01, question: 0.03, title: -0.60},
  change: {bias: -0.24, self: 1.09, prev: 0.38, next: 0.99, prev2: 0.13, next2: -0.71, heading: 0.23, question: -0.20, title: -0.64},
  outcome: {bias: -0.20, self: 1.03, prev: 1.05, next: 0.75, prev2: -1.01, next2: -0.11, heading: 0.27, question: -0.40, title: -1.56},
  ask: {bias: 0.26, self: 1.17, prev: 2.24, next: -0.81, prev2: 1.60, next2: -1.48, heading: -0.64, question: 0.50, title: -0.28},
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
