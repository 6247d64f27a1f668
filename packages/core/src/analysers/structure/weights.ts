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
  problem: {bias: -1.78, "cue.problem": 1.44, "cue.hero": -0.65, "cue.change": -1.52, "cue.outcome": -0.29, "cue.ask": -0.70, negation: 1.37, people: 0.08, teamPeople: 0.95, generic: 0.33, name: -0.65, capitalised: -1.26, pronoun: 0.80, team: -0.54, teamSubject: -1.87, teamPast: -0.29, number: 0.18, measured: 0.29, comparison: 0.38, aim: -0.21, past: 0.17, question: 0.35, heading: -2.17, listItem: -2.13, title: -1.22, short: -0.96, "turn.contrast": 0.85, "turn.consequence": 1.40, "section.problem": 1.56, "section.change": -1.14, "section.outcome": -2.25, "section.ask": -0.42, "position.first": 0.07, "position.early": 1.40, "position.late": -1.43, "prev.problem": 0.34, "prev.change": -0.95, "prev.person": 0.22, "next.problem": 0.52, "next.change": 0.37, "next.outcome": -0.35, "next.person": 0.07},
  hero: {bias: -2.04, "cue.problem": 0.27, "cue.hero": 1.72, "cue.change": -0.13, "cue.outcome": -0.29, "cue.ask": -0.69, negation: 0.61, people: 0.53, personFirst: 0.78, teamPeople: 0.40, generic: 0.40, name: 1.13, pronoun: 1.46, team: -0.72, teamSubject: 0.17, teamPast: -1.04, number: 0.56, measured: -0.22, comparison: -0.20, aim: 0.43, purpose: 0.23, past: 0.27, pastFigure: 0.34, question: -0.57, heading: -0.42, listItem: -0.66, title: -1.79, short: -0.71, "turn.contrast": 0.79, "section.problem": 0.45, "section.change": -0.14, "section.outcome": 0.42, "section.ask": -1.46, "position.first": 0.36, "position.early": 0.30, "position.late": -0.18, "prev.problem": 0.36, "prev.change": -0.19, "prev.outcome": 0.07, "prev.person": 0.19, "next.problem": 0.23, "next.change": -0.05, "next.outcome": 0.10, "next.person": 0.46},
  change: {bias: 0.42, "cue.problem": -0.80, "cue.hero": -0.72, "cue.change": 1.51, "cue.outcome": -0.91, "cue.ask": -1.11, negation: -0.65, people: 0.27, personFirst: -0.21, teamPeople: 0.23, generic: -0.32, name: -0.36, capitalised: -0.14, pronoun: -0.34, team: -0.34, teamSubject: 0.18, teamPast: 0.96, number: -0.21, measured: -0.42, comparison: -0.11, aim: 0.28, purpose: 0.63, past: -0.27, pastFigure: -0.78, question: -1.34, heading: 0.70, listItem: 2.99, title: -2.89, short: -1.59, "turn.contrast": -0.47, "turn.consequence": -0.22, "section.problem": -2.31, "section.change": 1.48, "section.outcome": -1.09, "section.ask": -1.48, "position.first": 0.99, "position.early": -1.50, "position.late": -1.47, "prev.change": 0.47, "prev.outcome": -0.44, "prev.person": -0.17, "next.problem": -0.23, "next.change": -0.21, "next.outcome": 0.16, "next.person": 0.08},
  outcome: {bias: -2.87, "cue.problem": -0.58, "cue.hero": 0.23, "cue.change": -0.41, "cue.outcome": 1.65, "cue.ask": -1.37, negation: -0.38, personFirst: 0.26, teamPeople: -0.35, name: -0.11, capitalised: -0.27, pronoun: 0.16, team: -0.27, teamSubject: 0.07, teamPast: -0.95, number: -0.73, measured: 0.18, comparison: 1.00, aim: 0.44, purpose: 1.00, past: 0.67, pastFigure: 1.00, question: -1.14, heading: 0.19, listItem: -0.88, title: -2.90, short: -0.56, "turn.contrast": -0.35, "turn.consequence": -0.31, "section.problem": -0.09, "section.change": -0.08, "section.outcome": 2.53, "section.ask": -1.79, "position.first": 0.92, "position.early": -1.19, "position.late": 1.65, "prev.change": 0.05, "prev.outcome": 0.55, "prev.person": 0.12, "next.problem": -0.34, "next.change": -0.14, "next.outcome": 0.51, "next.person": 0.29},
  ask: {bias: -3.13, "cue.problem": -0.71, "cue.hero": -0.38, "cue.change": -0.06, "cue.outcome": -0.31, "cue.ask": 2.57, negation: -0.85, people: 0.08, personFirst: -0.61, teamPeople: -0.36, generic: -0.47, name: -0.42, capitalised: -0.33, pronoun: -0.80, team: 0.69, teamPast: 0.21, number: 0.37, measured: 0.34, comparison: 0.37, aim: 0.32, purpose: -0.30, past: -1.17, pastFigure: -0.08, question: -0.32, heading: -2.36, listItem: -0.20, title: -1.33, short: -0.44, "turn.contrast": -0.38, "turn.consequence": -0.48, "section.problem": -0.50, "section.change": -1.13, "section.outcome": -1.43, "section.ask": 2.16, "position.early": -0.69, "prev.problem": -0.32, "prev.outcome": 0.20, "prev.person": 0.18, "next.problem": -0.44, "next.change": -0.54, "next.outcome": -0.52, "next.person": -0.80},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.86, self: 1.08, prev: 1.80, next: 0.84, prev2: 0.29, next2: -0.31, heading: 0.40, question: 0.09, title: -0.50},
  hero: {bias: -0.48, self: 0.96, prev: 0.14, next: 0.45, prev2: 0.34, next2: 0.32, heading: 0.02, question: -0.05, title: -0.69},
  change: {bias: -0.26, self: 1.15, prev: 0.55, next: 0.91, prev2: 0.18, next2: -0.64, heading: 0.31, question: -0.36, title: -0.91},
  outcome: {bias: -0.24, self: 1.05, prev: 1.02, next: 0.82, prev2: -1.08, next2: 0.00, heading: 0.37, question: -0.40, title: -1.58},
  ask: {bias: 0.47, self: 1.24, prev: 2.20, next: -1.15, prev2: 1.59, next2: -1.78, heading: -0.57, question: 0.30, title: -0.19},
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
