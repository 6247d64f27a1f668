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
 * `docs/structure.md`; each element's model reads only its own `words.*`
 * input, whose weight is fitted on word tables that never saw the sentence's
 * pitch: see `vocabulary.ts`). The real pitches in `../shared/corpus/pitches-dev`
 * are never trained on; `npm run eval` checks the model on them. The
 * thresholds below are hand-set.
 *
 * @module
 */
import type {ElementWeights, StackWeights} from './scoring.js'

/** Per-element models (learned, see the module doc). */
export const models: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', ElementWeights>> = {
  // <trained>
  problem: {bias: -2.89, "cue.problem": 1.28, "cue.hero": -1.00, "cue.change": -1.02, "cue.outcome": -0.27, "cue.ask": -0.48, "words.problem": 1.08, negation: 0.88, personFirst: -0.13, teamPeople: 1.29, generic: 0.20, name: -0.23, capitalised: -1.01, pronoun: 0.29, team: 0.16, teamSubject: -1.82, teamPast: -0.31, number: -0.10, measured: 0.57, comparison: -0.19, aim: -0.32, purpose: 0.25, past: -0.18, question: 0.13, beforeProblem: -2.26, heading: -1.58, listItem: 0.14, title: -1.29, short: -0.88, "turn.contrast": 0.25, "turn.consequence": 1.46, "section.problem": 1.59, "section.change": -1.53, "section.outcome": -2.15, "section.ask": -0.71, "position.first": 0.11, "position.early": 1.26, "position.late": -1.12, "prev.problem": 0.59, "prev.change": -0.77, "prev.outcome": -0.10, "prev.person": 0.35, "next.problem": 0.50, "next.change": 0.31, "next.outcome": -0.38, "next.person": -0.06},
  hero: {bias: -3.03, "cue.problem": 0.32, "cue.hero": 0.47, "cue.outcome": -0.05, "cue.ask": -0.23, "words.hero": 0.78, negation: 0.16, people: 0.69, personFirst: 0.82, teamPeople: 0.08, generic: 0.29, name: 2.47, capitalised: 0.28, pronoun: 1.02, team: -0.30, teamSubject: -0.10, teamPast: -0.63, number: 0.37, comparison: -0.33, aim: 0.31, purpose: -0.18, past: 0.13, question: -0.06, heading: 0.20, listItem: -0.08, title: -1.79, short: -0.69, "turn.contrast": 0.36, "turn.consequence": 0.60, "section.problem": 0.36, "section.change": -0.29, "section.outcome": 0.54, "section.ask": -2.04, "position.first": 0.35, "position.early": 0.10, "position.late": -0.26, "prev.problem": 0.26, "prev.change": -0.20, "prev.outcome": -0.10, "prev.person": 0.20, "next.problem": 0.19, "next.outcome": 0.12, "next.person": 0.33},
  change: {bias: -0.30, "cue.problem": -0.51, "cue.hero": -0.49, "cue.change": 0.97, "cue.outcome": -0.49, "cue.ask": -0.57, "words.change": 1.33, negation: -0.36, people: 0.08, personFirst: -0.27, teamPeople: -0.21, generic: -0.35, name: -1.09, capitalised: -0.21, pronoun: -0.12, team: -0.42, teamSubject: 0.41, teamPast: 1.25, number: -0.15, measured: -0.05, comparison: -0.41, aim: 0.06, purpose: 0.71, past: -0.68, pastFigure: -0.05, question: -0.59, beforeProblem: 0.94, heading: 0.57, listItem: 1.28, title: -3.19, short: -0.90, "turn.contrast": -0.33, "turn.consequence": 0.08, "section.problem": -2.62, "section.change": 1.53, "section.outcome": -1.13, "section.ask": -1.80, "position.first": 0.95, "position.early": -1.42, "position.late": -1.31, "prev.problem": -0.33, "prev.change": 0.13, "prev.outcome": -0.38, "prev.person": -0.15, "next.problem": -0.42, "next.change": -0.19, "next.outcome": 0.09, "next.person": 0.12},
  outcome: {bias: -3.18, "cue.problem": -1.05, "cue.hero": -0.26, "cue.change": -0.35, "cue.outcome": 1.40, "cue.ask": -1.17, "words.outcome": 0.93, negation: -0.18, people: -0.06, personFirst: 0.34, teamPeople: -0.29, name: 0.11, capitalised: -0.13, pronoun: 0.06, team: -0.23, teamSubject: 0.28, teamPast: -1.09, number: -0.74, comparison: 1.00, aim: 0.63, purpose: 1.00, pastFigure: 1.00, question: -1.29, reportAfterChange: 1.15, heading: 0.12, listItem: -0.22, title: -3.35, short: -0.42, "turn.contrast": -0.07, "turn.consequence": -0.42, "section.problem": -0.63, "section.change": -0.53, "section.outcome": 2.43, "section.ask": -1.95, "position.first": 0.94, "position.early": -0.98, "position.late": 1.19, "prev.problem": -0.21, "prev.change": 0.11, "prev.outcome": 0.50, "prev.person": 0.16, "next.problem": -0.47, "next.change": -0.14, "next.outcome": 0.38, "next.person": 0.19},
  ask: {bias: -6.25, "cue.problem": -0.54, "cue.hero": -0.22, "cue.change": -0.06, "cue.outcome": -0.33, "cue.ask": 2.37, "words.ask": 1.46, negation: -1.12, people: -0.09, personFirst: -0.43, generic: -0.15, name: 0.79, capitalised: -0.32, pronoun: -0.29, team: 0.69, teamSubject: -0.31, teamPast: -0.56, number: 0.21, measured: -0.34, comparison: 0.38, aim: 0.15, purpose: -0.26, past: -0.64, pastFigure: -0.43, question: 0.30, heading: -2.34, listItem: -0.93, title: -2.08, short: 0.20, "turn.contrast": -0.14, "turn.consequence": -0.75, "section.problem": -0.10, "section.change": -0.96, "section.outcome": -1.37, "section.ask": 1.79, "position.early": -0.50, "prev.problem": -0.10, "prev.change": 0.11, "prev.outcome": 0.09, "prev.person": 0.17, "next.problem": -0.30, "next.change": -0.48, "next.outcome": -0.44, "next.person": -0.55},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.90, self: 0.95, prev: 2.41, next: 0.89, prev2: 0.20, next2: -0.28, heading: 0.68, question: 0.26, title: -0.24},
  hero: {bias: -0.30, self: 0.98, prev: 0.18, next: 0.39, prev2: 0.15, next2: 0.19, heading: 0.20, question: 0.08, title: -0.66},
  change: {bias: -0.68, self: 0.96, prev: 1.59, next: 1.57, prev2: -0.24, next2: -0.26, heading: 0.76, question: -0.19, title: -0.70},
  outcome: {bias: -0.38, self: 0.97, prev: 1.80, next: 1.24, prev2: -1.14, next2: -0.26, heading: 0.59, question: -0.35, title: -1.12},
  ask: {bias: 0.18, self: 1.17, prev: 1.80, next: -0.47, prev2: 0.92, next2: -1.65, heading: -0.59, question: 0.61, title: -0.52},
  // </stacked>
}

export const weights = {
  ...models,
  stack,
  /** A sentence carries an element from this score up. */
  roleThreshold: 0.4,
  /**
   * `story-order` puts the solution before the problem only at a sentence whose change score is at least
   * this: likelier a change than not, not one that carries the change faintly, as a team introducing
   * itself does ("We have a friendly team and a new building", 0.4–0.5). Its own line, not the change's
   * `status.present` (0.7 since the word tables, 0.8 since the fifteenth session), which asks more of one sentence than "this is where the
   * solution is told" needs (`node --import tsx eval/cv-status.ts --order`, docs/rules/story-order.md).
   */
  orderChange: 0.5,
  status: {
    /**
     * An element is present from this document score up (the best sentence's
     * score, a little more with a second one), when the sentences that carry it are
     * specific enough (elements.ts). Per element, the threshold that
     * `node --import tsx eval/cv-status.ts --sweep` chooses on cross-validated
     * scores: the best `2 × status accuracy + ablation`, and the current
     * threshold stays unless another is better by more than 0.02 (the ask's is
     * set by hand; see docs/structure.md).
     */
    present: {problem: 0.9, hero: 0.9, change: 0.8, outcome: 0.95, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /**
     * In a pitch of at most `sentences` sentences (an elevator pitch: 22 of the corpus's 41 thirty-second
     * pitches, and none of its longer ones), the change is present from `present.change`. It is told
     * once, and with no section or neighbour to lean on a clear change sentence scores 0.55–0.7 ("We train
     * older pupils to lead ten-minute movement games in every break", 0.59); few sentences are left to
     * hold the change up once it is deleted. Chosen by the same rule as `present`, with
     * `eval/cv-status.ts --sweep`; the other elements keep their thresholds (docs/structure.md).
     */
    short: {sentences: 6, present: {change: 0.55} as Readonly<Partial<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>>},
    /** The least content evidence (logit units from the sentence's own words or heading) a present element needs in one sentence. */
    content: {problem: 1, hero: 1, change: 0, outcome: 0, ask: 1} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /** How much a second carrying sentence adds to the best one's score (a share of what is left to 1). */
    second: 0.5,
    /**
     * An outcome is present from this score when the sentence that carries it measures or observes it (a
     * before → after with figures, a past report with a figure, or an after-state after the story's turn,
     * without an aim word). Chosen with `eval/cv-status.ts`
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
