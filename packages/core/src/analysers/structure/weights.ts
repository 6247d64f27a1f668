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
  problem: {bias: -3.47, "cue.problem": 1.10, "cue.hero": -0.78, "cue.change": -0.95, "cue.outcome": -0.31, "cue.ask": -0.15, "words.problem": 1.35, negation: 0.57, people: -0.09, personFirst: 0.07, teamPeople: 0.44, generic: 0.08, name: -0.30, capitalised: -0.50, pronoun: 0.19, teamSubject: -0.82, number: -0.13, measured: 0.44, comparison: -0.14, aim: -0.30, past: -0.15, pastFigure: -0.18, question: 0.48, beforeProblem: -1.74, heading: -1.29, listItem: -0.57, title: -1.48, short: -0.60, frame: -2.10, "turn.contrast": 0.79, "turn.consequence": 0.39, "section.problem": 1.36, "section.change": -0.68, "section.outcome": -1.41, "section.ask": -0.19, "position.first": -0.20, "position.early": 0.94, "position.late": -1.40, "prev.problem": 0.61, "prev.change": -0.99, "prev.outcome": -0.10, "prev.person": 0.34, "next.problem": 0.53, "next.change": 0.44, "next.outcome": -0.24, "next.person": 0.11},
  hero: {bias: -3.69, "cue.problem": 0.18, "cue.hero": 0.69, "cue.change": -0.17, "cue.outcome": 0.07, "cue.ask": -0.46, "words.hero": 1.10, people: 0.56, personFirst: 0.76, teamPeople: -0.43, generic: 0.46, name: 1.66, capitalised: 0.25, pronoun: 0.91, team: -0.48, teamSubject: 0.34, teamPast: -0.48, number: 0.33, measured: -0.11, comparison: -0.44, aim: 0.25, purpose: -0.14, past: -0.18, pastFigure: 0.31, heading: 0.27, listItem: -0.25, title: -1.43, short: -0.76, frame: -1.85, "turn.contrast": 0.18, "turn.consequence": -0.07, "section.problem": 0.41, "section.outcome": 0.62, "section.ask": -0.74, "position.first": 0.16, "position.early": 0.14, "position.late": -0.28, "prev.problem": 0.18, "prev.change": -0.19, "prev.person": 0.20, "next.problem": 0.13, "next.outcome": 0.09, "next.person": 0.43},
  change: {bias: -0.91, "cue.problem": -0.41, "cue.change": 0.92, "cue.outcome": -0.27, "cue.ask": -0.36, "words.change": 1.55, negation: -0.05, people: 0.09, personFirst: -0.14, teamPeople: 0.53, generic: -0.13, name: -0.71, capitalised: 0.18, pronoun: -0.14, team: -0.22, teamSubject: 0.23, teamPast: 0.79, number: -0.16, measured: -0.16, comparison: -0.45, aim: 0.23, purpose: 0.58, past: -0.28, pastFigure: -0.12, question: -0.79, beforeProblem: 0.92, heading: 0.65, listItem: 1.47, title: -3.11, short: -0.82, frame: -1.92, "turn.contrast": -0.58, "turn.consequence": 0.23, "section.problem": -2.24, "section.change": 1.09, "section.outcome": -0.93, "section.ask": -0.68, "position.first": 1.14, "position.early": -1.46, "position.late": -1.59, "prev.problem": -0.35, "prev.change": 0.36, "prev.outcome": -0.38, "prev.person": -0.08, "next.problem": -0.22, "next.change": -0.09, "next.outcome": 0.12, "next.person": 0.09},
  outcome: {bias: -3.59, "cue.problem": -0.48, "cue.hero": 0.08, "cue.change": -0.37, "cue.outcome": 0.89, "cue.ask": -1.12, "words.outcome": 1.34, negation: -0.10, personFirst: 0.08, teamPeople: -0.91, generic: 0.14, name: 0.25, capitalised: -0.11, team: -0.15, teamSubject: 0.17, teamPast: -0.83, number: -0.59, comparison: 1.00, aim: 0.50, purpose: 1.00, pastFigure: 1.00, question: -1.56, reportAfterChange: 0.75, heading: 0.33, listItem: 0.23, title: -2.87, short: -0.78, frame: -1.14, "turn.consequence": 0.12, "section.problem": -0.86, "section.change": -0.43, "section.outcome": 1.85, "section.ask": -0.94, "position.first": 1.16, "position.early": -1.20, "position.late": 1.16, "prev.problem": -0.11, "prev.change": 0.07, "prev.outcome": 0.45, "prev.person": 0.05, "next.problem": -0.28, "next.outcome": 0.39, "next.person": 0.06},
  ask: {bias: -4.41, "cue.problem": -0.47, "cue.hero": -0.48, "cue.change": -0.43, "cue.outcome": -0.34, "cue.ask": 2.00, "words.ask": 1.61, negation: -0.58, people: -0.26, personFirst: -0.19, teamPeople: -0.97, generic: 0.14, name: -0.13, capitalised: 0.37, pronoun: 0.13, team: 0.43, teamSubject: -0.64, teamPast: -0.43, number: 0.12, measured: -0.37, comparison: 0.40, aim: -0.11, past: -0.32, pastFigure: -0.78, question: 1.27, heading: -1.10, listItem: -0.60, title: -2.18, short: -0.15, frame: -0.99, "turn.contrast": 0.16, "turn.consequence": 0.10, "section.problem": -0.43, "section.change": -0.40, "section.outcome": -1.13, "section.ask": 1.00, "position.first": 0.21, "position.early": -0.89, "prev.problem": -0.07, "prev.change": -0.16, "prev.outcome": -0.06, "prev.person": -0.23, "next.problem": -0.53, "next.change": -0.80, "next.outcome": -0.65, "next.person": -0.43},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.83, self: 0.89, prev: 1.71, next: 1.07, prev2: 0.39, next2: -0.31, heading: 0.58, question: 0.19, title: -0.14},
  hero: {bias: -0.31, self: 0.96, prev: 0.23, next: 0.49, prev2: 0.05, next2: 0.22, heading: 0.15, question: 0.05, title: -0.42},
  change: {bias: -0.75, self: 0.91, prev: 1.35, next: 1.72, prev2: 0.11, next2: -0.34, heading: 0.77, question: 0.02, title: -0.41},
  outcome: {bias: -0.48, self: 0.90, prev: 1.58, next: 1.01, prev2: -0.40, next2: -0.12, heading: 0.38, question: -0.45, title: -0.70},
  ask: {bias: -0.30, self: 1.02, prev: 1.89, next: 0.59, prev2: 0.89, next2: -0.85, heading: 0.42, question: 0.20, title: -0.11},
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
     * On 620 (twenty-first session) it gave the Swedish problem 0.8 and change 0.85 and the Finnish change
     * 0.75: status 1,989 → 2,004 of 2,480, ablation 801 → 800.
     */
    language: {en: {change: 0.75}, sv: {problem: 0.8, hero: 0.85, change: 0.85}, fi: {hero: 0.8, change: 0.75}} as Readonly<Partial<Record<'en' | 'sv' | 'fi', Readonly<Partial<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>>>>>,
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
