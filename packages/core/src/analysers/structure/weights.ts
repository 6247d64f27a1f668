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
  problem: {bias: -1.71, "cue.problem": 1.47, "cue.hero": -0.64, "cue.change": -1.51, "cue.outcome": -0.30, "cue.ask": -0.71, negation: 1.27, people: 0.07, personFirst: 0.09, teamPeople: 0.88, generic: 0.26, name: -0.69, capitalised: -1.19, pronoun: 0.75, team: -0.32, teamSubject: -1.86, teamPast: -0.26, number: 0.10, measured: 0.40, comparison: 0.13, aim: -0.33, purpose: 0.15, pastFigure: 0.21, question: 0.26, heading: -2.00, listItem: -0.51, title: -1.29, short: -1.23, "turn.contrast": 0.94, "turn.consequence": 1.29, "section.problem": 1.76, "section.change": -0.92, "section.outcome": -2.22, "section.ask": -0.40, "position.first": 0.15, "position.early": 1.35, "position.late": -1.20, "prev.problem": 0.50, "prev.change": -0.83, "prev.outcome": -0.15, "prev.person": 0.25, "next.problem": 0.54, "next.change": 0.26, "next.outcome": -0.42},
  hero: {bias: -1.96, "cue.problem": 0.31, "cue.hero": 1.73, "cue.change": -0.20, "cue.outcome": -0.12, "cue.ask": -0.62, negation: 0.51, people: 0.67, personFirst: 0.67, teamPeople: 0.34, generic: 0.43, name: 1.13, pronoun: 1.51, team: -0.61, teamSubject: 0.11, teamPast: -1.03, number: 0.43, measured: -0.10, comparison: -0.37, aim: 0.38, purpose: -0.10, past: 0.17, pastFigure: 0.31, question: -0.19, heading: -0.42, listItem: -0.35, title: -1.85, short: -0.84, "turn.contrast": 0.66, "turn.consequence": 0.07, "section.problem": 0.45, "section.change": -0.10, "section.outcome": 0.53, "section.ask": -1.85, "position.first": 0.37, "position.early": 0.20, "position.late": -0.19, "prev.problem": 0.36, "prev.change": -0.15, "prev.person": 0.12, "next.problem": 0.27, "next.outcome": 0.08, "next.person": 0.39},
  change: {bias: 0.46, "cue.problem": -0.84, "cue.hero": -0.78, "cue.change": 1.55, "cue.outcome": -0.71, "cue.ask": -0.79, negation: -0.67, people: 0.24, personFirst: -0.29, teamPeople: 0.24, generic: -0.19, name: -0.32, capitalised: -0.07, pronoun: -0.27, team: -0.30, teamSubject: 0.08, teamPast: 1.00, number: -0.22, measured: -0.42, comparison: -0.06, aim: 0.08, purpose: 0.49, past: -0.52, pastFigure: -0.41, question: -1.23, heading: 0.44, listItem: 2.17, title: -2.80, short: -1.40, "turn.contrast": -0.51, "turn.consequence": -0.18, "section.problem": -2.24, "section.change": 1.34, "section.outcome": -1.17, "section.ask": -1.35, "position.first": 1.14, "position.early": -1.50, "position.late": -1.49, "prev.problem": -0.14, "prev.change": 0.44, "prev.outcome": -0.38, "prev.person": -0.14, "next.problem": -0.36, "next.change": -0.21, "next.outcome": 0.18, "next.person": 0.07},
  outcome: {bias: -2.72, "cue.problem": -0.61, "cue.hero": 0.32, "cue.change": -0.54, "cue.outcome": 1.78, "cue.ask": -1.29, negation: -0.19, teamPeople: -0.34, capitalised: -0.15, pronoun: 0.22, team: -0.31, teamSubject: 0.07, teamPast: -0.93, number: -0.52, comparison: 1.00, aim: 0.55, purpose: 1.00, past: 0.67, pastFigure: 1.00, question: -1.31, heading: 0.08, listItem: -0.90, title: -3.23, short: -0.71, "turn.contrast": -0.24, "turn.consequence": -0.30, "section.problem": -0.27, "section.change": -0.07, "section.outcome": 2.70, "section.ask": -1.80, "position.first": 0.97, "position.early": -1.15, "position.late": 1.51, "prev.problem": -0.10, "prev.change": 0.06, "prev.outcome": 0.53, "prev.person": 0.08, "next.problem": -0.33, "next.change": -0.16, "next.outcome": 0.47, "next.person": 0.24},
  ask: {bias: -3.46, "cue.problem": -0.84, "cue.hero": -0.36, "cue.change": 0.11, "cue.outcome": -0.32, "cue.ask": 2.58, negation: -1.15, personFirst: -0.60, teamPeople: -0.30, generic: -0.35, name: -0.42, capitalised: -0.25, pronoun: -0.77, team: 0.72, teamSubject: 0.15, teamPast: -0.65, number: 0.31, measured: 0.24, comparison: 0.76, aim: 0.33, purpose: -0.16, past: -0.96, pastFigure: -0.33, heading: -2.43, listItem: -0.38, title: -1.42, short: -0.19, "turn.contrast": -0.40, "turn.consequence": -0.45, "section.problem": -0.09, "section.change": -0.82, "section.outcome": -1.14, "section.ask": 2.25, "position.early": -0.70, "prev.problem": -0.22, "prev.outcome": 0.18, "prev.person": 0.18, "next.problem": -0.43, "next.change": -0.49, "next.outcome": -0.50, "next.person": -0.78},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.82, self: 0.98, prev: 1.74, next: 0.93, prev2: 0.18, next2: -0.35, heading: 0.22, question: 0.10, title: -0.58},
  hero: {bias: -0.40, self: 0.97, prev: 0.10, next: 0.45, prev2: 0.27, next2: 0.27, heading: 0.01, question: 0.03, title: -0.61},
  change: {bias: -0.23, self: 1.09, prev: 0.38, next: 0.99, prev2: 0.12, next2: -0.72, heading: 0.23, question: -0.20, title: -0.63},
  outcome: {bias: -0.20, self: 1.03, prev: 1.06, next: 0.77, prev2: -1.03, next2: -0.12, heading: 0.27, question: -0.41, title: -1.57},
  ask: {bias: 0.28, self: 1.18, prev: 2.24, next: -0.79, prev2: 1.45, next2: -1.45, heading: -0.67, question: 0.48, title: -0.28},
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
