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
  problem: {bias: -3.29, "cue.problem": 1.15, "cue.hero": -0.79, "cue.change": -1.07, "cue.outcome": -0.32, "cue.ask": -0.18, "words.problem": 1.30, negation: 0.53, people: -0.06, teamPeople: 0.61, generic: 0.06, name: -0.24, capitalised: -0.57, pronoun: 0.20, team: -0.06, teamSubject: -0.79, teamPast: 0.20, number: -0.26, measured: 0.53, comparison: -0.30, aim: -0.34, purpose: 0.07, past: -0.33, question: 0.37, beforeProblem: -1.92, heading: -1.26, listItem: -0.44, title: -1.55, short: -0.58, frame: -2.04, "turn.contrast": 1.04, "turn.consequence": 0.40, "section.problem": 1.35, "section.change": -0.70, "section.outcome": -1.71, "section.ask": -0.29, "position.first": -0.20, "position.early": 0.99, "position.late": -1.45, "prev.problem": 0.63, "prev.change": -0.95, "prev.outcome": -0.08, "prev.person": 0.36, "next.problem": 0.50, "next.change": 0.43, "next.outcome": -0.30, "next.person": 0.11},
  hero: {bias: -3.50, "cue.problem": 0.17, "cue.hero": 0.55, "cue.change": -0.18, "cue.outcome": 0.08, "cue.ask": -0.50, "words.hero": 1.06, negation: 0.06, people: 0.57, personFirst: 0.80, teamPeople: -0.12, generic: 0.39, name: 1.76, capitalised: 0.31, pronoun: 0.93, team: -0.47, teamSubject: 0.31, teamPast: -0.35, number: 0.37, measured: -0.10, comparison: -0.31, aim: 0.18, purpose: -0.18, past: -0.25, pastFigure: 0.16, heading: 0.35, listItem: -0.25, title: -1.48, short: -0.80, frame: -1.83, "turn.contrast": 0.22, "turn.consequence": -0.19, "section.problem": 0.43, "section.change": -0.10, "section.outcome": 0.59, "section.ask": -0.97, "position.first": 0.11, "position.early": 0.09, "position.late": -0.30, "prev.problem": 0.15, "prev.change": -0.19, "prev.person": 0.22, "next.problem": 0.11, "next.outcome": 0.09, "next.person": 0.44},
  change: {bias: -0.77, "cue.problem": -0.45, "cue.hero": -0.10, "cue.change": 0.96, "cue.outcome": -0.35, "cue.ask": -0.46, "words.change": 1.52, people: 0.08, personFirst: -0.15, teamPeople: 0.56, generic: -0.15, name: -0.79, capitalised: 0.15, pronoun: -0.25, team: -0.16, teamSubject: 0.19, teamPast: 0.68, number: -0.16, measured: -0.14, comparison: -0.47, aim: 0.19, purpose: 0.60, past: -0.43, pastFigure: 0.17, question: -0.91, beforeProblem: 0.81, heading: 0.77, listItem: 1.62, title: -3.15, short: -0.92, frame: -2.04, "turn.contrast": -0.68, "turn.consequence": 0.36, "section.problem": -2.38, "section.change": 1.03, "section.outcome": -0.92, "section.ask": -0.72, "position.first": 1.07, "position.early": -1.47, "position.late": -1.59, "prev.problem": -0.39, "prev.change": 0.34, "prev.outcome": -0.38, "prev.person": -0.05, "next.problem": -0.21, "next.change": -0.13, "next.outcome": 0.09, "next.person": 0.08},
  outcome: {bias: -3.67, "cue.problem": -0.54, "cue.hero": -0.06, "cue.change": -0.34, "cue.outcome": 0.98, "cue.ask": -1.26, "words.outcome": 1.35, people: -0.05, personFirst: 0.14, teamPeople: -0.83, generic: 0.20, name: 0.18, team: -0.11, teamSubject: 0.18, teamPast: -1.20, number: -0.50, comparison: 1.00, aim: 0.47, purpose: 1.00, pastFigure: 1.00, question: -1.47, reportAfterChange: 1.02, heading: 0.45, listItem: -0.05, title: -3.06, short: -0.76, frame: -1.14, "turn.contrast": -0.26, "turn.consequence": 0.06, "section.problem": -0.80, "section.change": -0.43, "section.outcome": 2.01, "section.ask": -0.89, "position.first": 1.19, "position.early": -1.36, "position.late": 1.19, "prev.problem": -0.11, "prev.change": 0.05, "prev.outcome": 0.47, "prev.person": 0.05, "next.problem": -0.33, "next.change": -0.10, "next.outcome": 0.47, "next.person": 0.11},
  ask: {bias: -4.57, "cue.problem": -0.42, "cue.hero": -0.43, "cue.change": -0.49, "cue.outcome": -0.35, "cue.ask": 2.11, "words.ask": 1.67, negation: -0.63, people: -0.23, personFirst: -0.31, teamPeople: -1.03, generic: -0.15, name: -0.18, capitalised: 0.40, pronoun: 0.12, team: 0.43, teamSubject: -0.75, teamPast: -0.73, measured: -0.41, comparison: 0.42, past: -0.45, pastFigure: -0.20, question: 1.13, heading: -1.50, listItem: -0.81, title: -1.99, short: -0.10, frame: -0.83, "turn.contrast": 0.17, "turn.consequence": -0.06, "section.problem": -0.54, "section.change": -0.48, "section.outcome": -1.08, "section.ask": 0.91, "position.first": 0.32, "position.early": -0.77, "prev.problem": -0.06, "prev.change": -0.09, "prev.outcome": -0.10, "prev.person": -0.25, "next.problem": -0.50, "next.change": -0.90, "next.outcome": -0.68, "next.person": -0.41},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.83, self: 0.89, prev: 1.69, next: 1.04, prev2: 0.44, next2: -0.32, heading: 0.61, question: 0.21, title: -0.16},
  hero: {bias: -0.29, self: 0.96, prev: 0.21, next: 0.50, prev2: 0.07, next2: 0.16, heading: 0.17, question: 0.05, title: -0.43},
  change: {bias: -0.76, self: 0.91, prev: 1.36, next: 1.70, prev2: 0.16, next2: -0.40, heading: 0.80, question: -0.06, title: -0.40},
  outcome: {bias: -0.47, self: 0.92, prev: 1.66, next: 1.10, prev2: -0.51, next2: -0.14, heading: 0.45, question: -0.42, title: -0.72},
  ask: {bias: -0.30, self: 1.03, prev: 1.80, next: 0.69, prev2: 1.07, next2: -0.81, heading: 0.35, question: 0.27, title: -0.11},
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
    present: {problem: 0.85, hero: 0.95, change: 0.8, outcome: 0.95, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
    /**
     * A language's own thresholds where its scores read differently: compromise tags people, places and
     * names in English only, so the same kind of hero sentence scores lower in Finnish, and a Finnish hero
     * the story follows mostly reaches 0.8–0.9, where an English one reaches 0.95. Chosen per language by
     * the rule of `present`, on that language's pitches and copies, with a margin of four statuses' worth
     * (`8 / pitches`: 0.08 in Finnish) so that a threshold moves only on a difference the language's
     * pitches can measure (`node --import tsx eval/cv-status.ts --sweep`). Finnish hero: status 70 → 81 of
     * 98, ablation 36 → 32 of 40. On 560 pitches (twentieth session) the rule also gave the English change
     * 0.75 and the Swedish hero 0.85: status 1,814 → 1,844 of 2,240, ablation 747 → 734 (docs/structure.md).
     */
    language: {en: {change: 0.75}, sv: {hero: 0.85}, fi: {hero: 0.8}} as Readonly<Partial<Record<'en' | 'sv' | 'fi', Readonly<Partial<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>>>>>,
    /**
     * In a pitch of at most `sentences` sentences (an elevator pitch: 31 of the corpus's 51 thirty-second
     * pitches, and none of its longer ones), the change is present from `present.change`. It is told
     * once, and with no section or neighbour to lean on a clear change sentence scores 0.55–0.7 ("We train
     * older pupils to lead ten-minute movement games in every break", 0.59); few sentences are left to
     * hold the change up once it is deleted. Chosen by the same rule as `present`, with
     * `eval/cv-status.ts --sweep`; the other elements keep their thresholds (docs/structure.md).
     */
    /**
     * A hero the story follows is present from `best` (not `present.hero`) when at least `sentences` sentences
     * carry it from `score` and its evidence is specific (a name, a role or a group): 157 of the 170 heroes the
     * corpus calls present have three hero sentences or more, against 7 of its 54 weak ones. Chosen in the
     * fifteenth session after the hero's threshold rose to 0.95, from six settings (best 0.8–0.9, score
     * 0.5–0.7, three or four sentences) with `eval/cv-status.ts`: hero status 0.73 → 0.76, hero ablation
     * 0.92 → 0.88, `2 × status + ablation` 2.382 → 2.404 (docs/structure.md). In a pitch of at most
     * `short.sentences` sentences, `short` sentences are enough: an elevator pitch tells its hero in two of its
     * four to six (twentieth session: CV status 1,623 → 1,627 of 2,000, every deletion still noticed; three
     * sentences gave 1,625, one 1,629 with four deletions fewer noticed).
     */
    followed: {best: 0.8, score: 0.6, sentences: 4, short: 2},
    /**
     * An ask is present whatever its score when a sentence that carries it (from `roleThreshold`) gives a sum
     * of money and asks, with an ask cue of at least `cue` ("we need", "söker", "tarvitsemme"). Twentieth
     * session: CV ask status 437 → 443 of 560, no weak ask called present more, ask ablation 354 of 366 either
     * way; held-out ask 118 → 119 of 160. A cue of 1.6 gained only 2; of 0.5, 6 with two deletions fewer noticed.
     */
    askAmount: {cue: 1},
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
