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
  problem: {bias: -1.72, "cue.problem": 1.45, "cue.hero": -0.68, "cue.change": -1.56, "cue.outcome": -0.32, "cue.ask": -0.73, negation: 1.24, people: 0.09, personFirst: 0.07, teamPeople: 0.90, generic: 0.26, name: -0.59, capitalised: -1.17, pronoun: 0.77, team: -0.33, teamSubject: -1.82, teamPast: -0.45, measured: 0.39, comparison: 0.35, aim: -0.30, purpose: -0.09, pastFigure: 0.18, question: 0.25, heading: -2.01, listItem: -0.50, title: -1.25, short: -1.24, "turn.contrast": 0.89, "turn.consequence": 1.30, "section.problem": 1.77, "section.change": -0.93, "section.outcome": -2.26, "section.ask": -0.60, "position.first": 0.13, "position.early": 1.36, "position.late": -1.22, "prev.problem": 0.47, "prev.change": -0.83, "prev.outcome": -0.09, "prev.person": 0.21, "next.problem": 0.54, "next.change": 0.27, "next.outcome": -0.39},
  hero: {bias: -2.00, "cue.problem": 0.29, "cue.hero": 1.74, "cue.change": -0.17, "cue.outcome": -0.12, "cue.ask": -0.64, negation: 0.57, people: 0.61, personFirst: 0.73, teamPeople: 0.28, generic: 0.43, name: 1.11, pronoun: 1.56, team: -0.60, teamSubject: 0.14, teamPast: -1.07, number: 0.43, measured: -0.11, comparison: -0.30, aim: 0.42, past: 0.13, pastFigure: 0.38, question: -0.22, heading: -0.43, listItem: -0.33, title: -1.77, short: -0.88, "turn.contrast": 0.73, "turn.consequence": 0.08, "section.problem": 0.46, "section.change": -0.11, "section.outcome": 0.50, "section.ask": -1.57, "position.first": 0.39, "position.early": 0.21, "position.late": -0.22, "prev.problem": 0.35, "prev.change": -0.15, "prev.person": 0.13, "next.problem": 0.26, "next.outcome": 0.09, "next.person": 0.41},
  change: {bias: 0.45, "cue.problem": -0.84, "cue.hero": -0.80, "cue.change": 1.53, "cue.outcome": -0.71, "cue.ask": -0.78, negation: -0.61, people: 0.22, personFirst: -0.26, teamPeople: 0.23, generic: -0.19, name: -0.28, capitalised: -0.17, pronoun: -0.28, team: -0.33, teamSubject: 0.10, teamPast: 1.01, number: -0.15, measured: -0.46, comparison: -0.06, aim: 0.12, purpose: 0.52, past: -0.30, pastFigure: -0.67, question: -1.24, heading: 0.40, listItem: 2.19, title: -2.67, short: -1.44, "turn.contrast": -0.49, "turn.consequence": -0.20, "section.problem": -2.25, "section.change": 1.35, "section.outcome": -1.15, "section.ask": -1.46, "position.first": 1.16, "position.early": -1.50, "position.late": -1.50, "prev.problem": -0.12, "prev.change": 0.46, "prev.outcome": -0.39, "prev.person": -0.13, "next.problem": -0.34, "next.change": -0.20, "next.outcome": 0.16, "next.person": 0.06},
  outcome: {bias: -2.74, "cue.problem": -0.57, "cue.hero": 0.32, "cue.change": -0.50, "cue.outcome": 1.70, "cue.ask": -1.31, negation: -0.15, personFirst: 0.11, teamPeople: -0.32, generic: 0.05, name: -0.12, capitalised: -0.06, pronoun: 0.19, team: -0.31, teamSubject: 0.10, teamPast: -0.93, number: -0.62, comparison: 1.00, aim: 0.57, purpose: 1.00, past: 0.57, pastFigure: 1.00, question: -1.31, heading: 0.09, listItem: -0.85, title: -3.11, short: -0.84, "turn.contrast": -0.37, "turn.consequence": -0.31, "section.problem": -0.34, "section.change": -0.05, "section.outcome": 2.61, "section.ask": -1.84, "position.first": 1.00, "position.early": -1.18, "position.late": 1.52, "prev.problem": -0.07, "prev.change": 0.05, "prev.outcome": 0.53, "prev.person": 0.09, "next.problem": -0.30, "next.change": -0.17, "next.outcome": 0.49, "next.person": 0.27},
  ask: {bias: -3.37, "cue.problem": -0.81, "cue.hero": -0.36, "cue.change": 0.06, "cue.outcome": -0.38, "cue.ask": 2.55, negation: -0.86, personFirst: -0.73, teamPeople: -0.30, generic: -0.37, name: -0.43, capitalised: -0.16, pronoun: -0.85, team: 0.66, teamSubject: 0.10, teamPast: -0.09, number: 0.23, measured: 0.50, comparison: 0.52, aim: 0.38, purpose: -0.33, past: -0.96, heading: -2.47, listItem: -0.42, title: -1.43, short: -0.07, "turn.contrast": -0.38, "turn.consequence": -0.45, "section.problem": -0.16, "section.change": -0.84, "section.outcome": -0.86, "section.ask": 2.29, "position.early": -0.74, "prev.problem": -0.21, "prev.outcome": 0.17, "prev.person": 0.16, "next.problem": -0.43, "next.change": -0.49, "next.outcome": -0.52, "next.person": -0.83},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.86, self: 0.98, prev: 1.78, next: 0.93, prev2: 0.21, next2: -0.33, heading: 0.22, question: 0.10, title: -0.58},
  hero: {bias: -0.41, self: 0.97, prev: 0.12, next: 0.46, prev2: 0.25, next2: 0.30, heading: 0.00, question: 0.03, title: -0.60},
  change: {bias: -0.20, self: 1.10, prev: 0.39, next: 0.96, prev2: 0.07, next2: -0.72, heading: 0.22, question: -0.20, title: -0.61},
  outcome: {bias: -0.20, self: 1.02, prev: 0.98, next: 0.77, prev2: -1.03, next2: -0.08, heading: 0.27, question: -0.41, title: -1.54},
  ask: {bias: 0.30, self: 1.18, prev: 2.36, next: -0.83, prev2: 1.60, next2: -1.71, heading: -0.66, question: 0.48, title: -0.28},
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
     * scores: the best status accuracy among the thresholds whose sum of status
     * accuracy and ablation comes within 0.02 of the best sum.
     */
    present: {problem: 0.75, hero: 0.85, change: 0.65, outcome: 0.85, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
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
