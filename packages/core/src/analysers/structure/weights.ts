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
 * after and a past report with a figure worth at least 1 for outcome; see
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
  problem: {bias: -1.60, "cue.problem": 1.33, "cue.hero": -0.59, "cue.change": -1.45, "cue.outcome": -0.38, "cue.ask": -0.43, negation: 1.32, people: 0.11, teamPeople: 1.12, generic: 0.43, name: -0.58, capitalised: -0.99, pronoun: 0.81, team: -0.63, teamSubject: -1.53, teamPast: -0.34, number: 0.19, measured: 0.22, comparison: 0.25, aim: -0.10, pastFigure: 0.18, question: 0.29, heading: -2.09, listItem: -1.31, title: -1.30, short: -0.96, "turn.contrast": 0.86, "turn.consequence": 1.26, "section.problem": 1.05, "section.change": -2.48, "section.outcome": -2.25, "section.ask": -0.63, "position.first": 0.06, "position.early": 1.29, "position.late": -1.59, "prev.problem": 0.24, "prev.change": -1.00, "prev.person": 0.24, "next.problem": 0.49, "next.change": 0.32, "next.outcome": -0.43, "next.person": 0.11},
  hero: {bias: -2.33, "cue.problem": 0.12, "cue.hero": 1.43, "cue.change": -0.07, "cue.outcome": -0.28, "cue.ask": -0.92, negation: 0.75, people: 0.67, personFirst: 0.76, teamPeople: 0.35, generic: 0.51, name: 1.47, capitalised: 0.45, pronoun: 1.41, team: -0.83, teamSubject: 0.36, teamPast: -0.77, number: 0.60, measured: -0.20, comparison: -0.17, aim: 0.32, past: 0.49, question: -0.77, heading: -0.27, listItem: -1.09, title: -1.40, short: -0.31, "turn.contrast": 0.89, "turn.consequence": 0.21, "section.problem": 0.17, "section.change": -0.23, "section.outcome": 0.07, "section.ask": -1.46, "position.first": 0.23, "position.early": 0.34, "prev.problem": 0.25, "prev.change": -0.25, "prev.outcome": 0.13, "prev.person": 0.40, "next.problem": 0.18, "next.change": -0.13, "next.outcome": 0.07, "next.person": 0.50},
  change: {bias: 0.42, "cue.problem": -0.81, "cue.hero": -0.53, "cue.change": 1.38, "cue.outcome": -0.88, "cue.ask": -1.05, negation: -0.69, people: 0.23, personFirst: -0.29, teamPeople: 0.43, generic: -0.24, name: -0.24, capitalised: 0.11, pronoun: -0.51, team: -0.34, teamSubject: 0.17, teamPast: 0.76, number: -0.24, measured: -0.55, comparison: 0.07, aim: 0.25, past: -0.21, pastFigure: -0.71, question: -1.54, heading: 0.68, listItem: 3.05, title: -2.49, short: -1.37, "turn.contrast": -0.50, "turn.consequence": -0.22, "section.problem": -1.73, "section.change": 2.28, "section.outcome": -1.43, "section.ask": -0.48, "position.first": 0.78, "position.early": -1.47, "position.late": -1.63, "prev.change": 0.61, "prev.outcome": -0.39, "prev.person": -0.20, "next.problem": -0.19, "next.change": -0.20, "next.outcome": 0.30, "next.person": 0.07},
  outcome: {bias: -2.92, "cue.problem": -0.53, "cue.hero": 0.35, "cue.change": -0.45, "cue.outcome": 1.60, "cue.ask": -1.74, negation: -0.28, personFirst: 0.25, teamPeople: -0.41, generic: 0.17, name: -0.09, pronoun: 0.37, team: -0.44, teamSubject: 0.18, teamPast: -0.65, number: -0.51, measured: 0.17, comparison: 1.00, aim: 0.24, past: 0.53, pastFigure: 1.00, question: -1.07, heading: 0.61, listItem: -0.94, title: -2.40, short: -0.25, "turn.contrast": -0.30, "turn.consequence": -0.25, "section.change": 0.07, "section.outcome": 2.28, "section.ask": -1.85, "position.first": 0.68, "position.early": -1.12, "position.late": 1.95, "prev.problem": 0.05, "prev.change": 0.05, "prev.outcome": 0.56, "next.problem": -0.35, "next.change": -0.16, "next.outcome": 0.47, "next.person": 0.26},
  ask: {bias: -3.10, "cue.problem": -0.67, "cue.hero": -0.36, "cue.change": 0.11, "cue.outcome": -0.38, "cue.ask": 2.72, negation: -0.81, people: 0.12, personFirst: -0.67, teamPeople: -0.37, generic: -0.43, name: -0.41, capitalised: -0.20, pronoun: -0.89, team: 0.69, teamSubject: -0.30, teamPast: -0.11, number: 0.16, measured: 0.38, comparison: 0.48, aim: 0.42, past: -1.13, pastFigure: -0.09, question: -0.89, heading: -2.17, title: -1.25, short: -0.78, "turn.contrast": -0.38, "turn.consequence": -0.53, "section.problem": -0.48, "section.change": -1.11, "section.outcome": -1.07, "section.ask": 1.90, "position.early": -0.56, "prev.problem": -0.32, "prev.outcome": 0.24, "prev.person": 0.17, "next.problem": -0.42, "next.change": -0.51, "next.outcome": -0.45, "next.person": -0.72},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.98, self: 1.17, prev: 1.89, next: 0.69, prev2: 0.51, next2: -0.18, heading: 0.59, question: 0.07, title: -0.68},
  hero: {bias: -0.56, self: 0.97, prev: 0.20, next: 0.48, prev2: 0.35, next2: 0.35, heading: 0.05, question: -0.20, title: -0.54},
  change: {bias: -0.47, self: 1.20, prev: 0.56, next: 1.16, prev2: 0.71, next2: -0.55, heading: 0.45, question: -0.52, title: -1.00},
  outcome: {bias: -0.25, self: 1.10, prev: 1.03, next: 0.84, prev2: -0.94, next2: 0.06, heading: 0.51, question: -0.50, title: -1.33},
  ask: {bias: 0.58, self: 1.28, prev: 2.10, next: -1.22, prev2: 1.27, next2: -1.93, heading: -0.55, question: -0.24, title: -0.13},
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
