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
  problem: {bias: -1.72, "cue.problem": 1.44, "cue.hero": -0.67, "cue.change": -1.55, "cue.outcome": -0.33, "cue.ask": -0.74, negation: 1.23, people: 0.08, personFirst: 0.08, teamPeople: 0.89, generic: 0.26, name: -0.59, capitalised: -1.17, pronoun: 0.77, team: -0.33, teamSubject: -1.86, teamPast: -0.26, measured: 0.40, comparison: 0.36, aim: -0.33, purpose: 0.15, pastFigure: 0.11, question: 0.26, heading: -2.01, listItem: -0.51, title: -1.26, short: -1.24, "turn.contrast": 0.89, "turn.consequence": 1.30, "section.problem": 1.77, "section.change": -0.92, "section.outcome": -2.25, "section.ask": -0.60, "position.first": 0.14, "position.early": 1.36, "position.late": -1.22, "prev.problem": 0.47, "prev.change": -0.83, "prev.outcome": -0.08, "prev.person": 0.25, "next.problem": 0.54, "next.change": 0.27, "next.outcome": -0.39},
  hero: {bias: -1.98, "cue.problem": 0.29, "cue.hero": 1.71, "cue.change": -0.19, "cue.outcome": -0.11, "cue.ask": -0.63, negation: 0.57, people: 0.67, personFirst: 0.68, teamPeople: 0.35, generic: 0.41, name: 1.12, pronoun: 1.53, team: -0.59, teamSubject: 0.10, teamPast: -1.05, number: 0.44, measured: -0.12, comparison: -0.28, aim: 0.43, purpose: -0.11, past: 0.15, pastFigure: 0.34, question: -0.19, heading: -0.45, listItem: -0.35, title: -1.78, short: -0.86, "turn.contrast": 0.70, "turn.consequence": 0.08, "section.problem": 0.46, "section.change": -0.09, "section.outcome": 0.51, "section.ask": -1.59, "position.first": 0.39, "position.early": 0.21, "position.late": -0.22, "prev.problem": 0.35, "prev.change": -0.15, "prev.person": 0.13, "next.problem": 0.24, "next.outcome": 0.11, "next.person": 0.39},
  change: {bias: 0.46, "cue.problem": -0.84, "cue.hero": -0.78, "cue.change": 1.52, "cue.outcome": -0.70, "cue.ask": -0.78, negation: -0.61, people: 0.25, personFirst: -0.29, teamPeople: 0.25, generic: -0.20, name: -0.26, capitalised: -0.15, pronoun: -0.28, team: -0.32, teamSubject: 0.11, teamPast: 1.01, number: -0.19, measured: -0.46, comparison: -0.05, aim: 0.11, purpose: 0.47, past: -0.47, pastFigure: -0.50, question: -1.23, heading: 0.40, listItem: 2.19, title: -2.66, short: -1.44, "turn.contrast": -0.50, "turn.consequence": -0.19, "section.problem": -2.25, "section.change": 1.35, "section.outcome": -1.16, "section.ask": -1.47, "position.first": 1.15, "position.early": -1.50, "position.late": -1.49, "prev.problem": -0.12, "prev.change": 0.46, "prev.outcome": -0.39, "prev.person": -0.14, "next.problem": -0.34, "next.change": -0.20, "next.outcome": 0.17, "next.person": 0.06},
  outcome: {bias: -2.76, "cue.problem": -0.58, "cue.hero": 0.30, "cue.change": -0.49, "cue.outcome": 1.69, "cue.ask": -1.30, negation: -0.15, personFirst: 0.10, teamPeople: -0.33, generic: 0.05, name: -0.13, pronoun: 0.16, team: -0.32, teamSubject: 0.09, teamPast: -0.94, number: -0.64, comparison: 1.00, aim: 0.59, purpose: 1.00, past: 0.65, pastFigure: 1.00, question: -1.31, heading: 0.09, listItem: -0.85, title: -3.11, short: -0.83, "turn.contrast": -0.38, "turn.consequence": -0.31, "section.problem": -0.33, "section.change": -0.05, "section.outcome": 2.63, "section.ask": -1.82, "position.first": 1.01, "position.early": -1.18, "position.late": 1.52, "prev.problem": -0.07, "prev.change": 0.06, "prev.outcome": 0.53, "prev.person": 0.11, "next.problem": -0.30, "next.change": -0.17, "next.outcome": 0.48, "next.person": 0.28},
  ask: {bias: -3.35, "cue.problem": -0.80, "cue.hero": -0.33, "cue.change": 0.09, "cue.outcome": -0.37, "cue.ask": 2.56, negation: -0.86, personFirst: -0.64, teamPeople: -0.30, generic: -0.36, name: -0.44, capitalised: -0.21, pronoun: -0.83, team: 0.71, teamSubject: 0.12, teamPast: -0.57, number: 0.27, measured: 0.43, comparison: 0.51, aim: 0.28, purpose: -0.18, past: -1.21, heading: -2.50, listItem: -0.43, title: -1.44, short: -0.09, "turn.contrast": -0.38, "turn.consequence": -0.46, "section.problem": -0.15, "section.change": -0.85, "section.outcome": -0.88, "section.ask": 2.24, "position.early": -0.73, "prev.problem": -0.21, "prev.outcome": 0.16, "prev.person": 0.16, "next.problem": -0.42, "next.change": -0.49, "next.outcome": -0.52, "next.person": -0.82},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.86, self: 0.98, prev: 1.78, next: 0.94, prev2: 0.20, next2: -0.33, heading: 0.22, question: 0.10, title: -0.58},
  hero: {bias: -0.40, self: 0.97, prev: 0.12, next: 0.44, prev2: 0.26, next2: 0.29, heading: 0.01, question: 0.03, title: -0.60},
  change: {bias: -0.22, self: 1.09, prev: 0.38, next: 0.99, prev2: 0.10, next2: -0.72, heading: 0.22, question: -0.20, title: -0.61},
  outcome: {bias: -0.22, self: 1.02, prev: 1.00, next: 0.80, prev2: -1.02, next2: -0.07, heading: 0.26, question: -0.42, title: -1.56},
  ask: {bias: 0.32, self: 1.19, prev: 2.39, next: -0.86, prev2: 1.58, next2: -1.65, heading: -0.67, question: 0.49, title: -0.28},
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
    present: {problem: 0.75, hero: 0.85, change: 0.6, outcome: 0.85, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** The least content evidence (logit units from the sentence's own words or heading) a present element needs in one sentence. */
    content: {problem: 1, hero: 1, change: 0, outcome: 0, ask: 1} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** How much a second carrying sentence adds to the best one's score (a share of what is left to 1). */
    second: 0.5,
    /**
     * An outcome is present from this score when the sentence that carries it measures it (a before → after
     * with figures, or a past report with a figure, without an aim word). Chosen with `eval/cv-status.ts`:
     * at 0.5, 0.6, 0.7 and 0.8 outcome status accuracy was 0.73, 0.73, 0.72 and 0.70 and ablation 0.80,
     * 0.87, 0.89 and 0.90 (0.70 and 0.90 without it); 0.7 has the best sum.
     */
    measured: 0.7,
    /** The least content evidence (logit units) a sentence needs to count as evidence at all (weak rather than missing). */
    hint: 0.3,
    /** From this score an element is at least weak. */
    weak: 0.4
  }
} as const
