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
  problem: {bias: -3.58, "cue.problem": 1.03, "cue.hero": -0.37, "cue.change": -0.87, "cue.outcome": -0.27, "cue.ask": -0.09, "words.problem": 1.43, negation: 0.49, people: -0.11, teamPeople: 0.54, generic: 0.06, name: -0.40, capitalised: -0.26, pronoun: 0.09, team: -0.09, teamSubject: -0.68, teamPast: -0.23, number: -0.08, measured: 0.36, comparison: -0.16, aim: -0.21, purpose: -0.12, pastFigure: -0.28, question: 0.71, beforeProblem: -2.03, heading: -1.23, listItem: -0.41, title: -1.40, short: -0.59, frame: -1.73, "turn.contrast": 0.73, "turn.consequence": 0.18, "section.problem": 1.38, "section.change": -0.60, "section.outcome": -1.43, "section.ask": -0.17, "position.first": -0.17, "position.early": 0.97, "position.late": -1.46, "prev.problem": 0.62, "prev.change": -0.99, "prev.outcome": -0.07, "prev.person": 0.31, "next.problem": 0.48, "next.change": 0.42, "next.outcome": -0.24, "next.person": 0.08},
  hero: {bias: -3.65, "cue.problem": 0.07, "cue.hero": 0.61, "cue.change": -0.16, "cue.outcome": 0.06, "cue.ask": -0.48, "words.hero": 1.16, people: 0.52, personFirst: 0.67, teamPeople: -0.33, generic: 0.49, name: 1.46, capitalised: 0.29, pronoun: 0.82, team: -0.41, teamSubject: 0.19, teamPast: -0.48, number: 0.30, measured: -0.06, comparison: -0.28, aim: 0.21, purpose: -0.33, past: -0.22, pastFigure: 0.18, question: 0.05, heading: 0.19, listItem: -0.16, title: -1.25, short: -0.72, frame: -1.13, "turn.consequence": 0.21, "section.problem": 0.32, "section.change": -0.10, "section.outcome": 0.62, "section.ask": -0.67, "position.first": 0.22, "position.early": 0.13, "position.late": -0.28, "prev.problem": 0.14, "prev.change": -0.22, "prev.outcome": 0.05, "prev.person": 0.20, "next.problem": 0.13, "next.outcome": 0.07, "next.person": 0.43},
  change: {bias: -1.06, "cue.problem": -0.34, "cue.hero": 0.11, "cue.change": 0.85, "cue.outcome": -0.18, "cue.ask": -0.35, "words.change": 1.56, negation: -0.15, people: 0.08, personFirst: -0.19, teamPeople: 0.40, generic: -0.06, name: -0.67, capitalised: 0.20, pronoun: -0.08, team: -0.14, teamSubject: 0.13, teamPast: 0.90, number: -0.27, comparison: -0.16, aim: 0.20, purpose: 0.62, past: -0.29, pastFigure: -0.07, question: -0.73, beforeProblem: 0.78, heading: 0.42, listItem: 1.08, title: -2.79, short: -0.75, frame: -1.89, "turn.contrast": -0.42, "turn.consequence": 0.37, "section.problem": -2.06, "section.change": 1.14, "section.outcome": -0.97, "section.ask": -0.88, "position.first": 1.31, "position.early": -1.40, "position.late": -1.46, "prev.problem": -0.28, "prev.change": 0.35, "prev.outcome": -0.31, "prev.person": -0.10, "next.problem": -0.10, "next.outcome": 0.17, "next.person": 0.06},
  outcome: {bias: -3.65, "cue.problem": -0.48, "cue.change": -0.36, "cue.outcome": 0.85, "cue.ask": -1.06, "words.outcome": 1.39, negation: -0.06, personFirst: 0.10, teamPeople: -0.72, generic: 0.13, name: 0.22, team: -0.16, teamSubject: 0.21, teamPast: -0.95, number: -0.60, comparison: 1.00, aim: 0.50, purpose: 1.00, pastFigure: 1.00, question: -0.97, reportAfterChange: 0.74, heading: 0.10, listItem: 0.25, title: -2.33, short: -0.68, frame: -1.24, "turn.contrast": -0.25, "turn.consequence": 0.29, "section.problem": -0.94, "section.change": -0.48, "section.outcome": 1.96, "section.ask": -0.85, "position.first": 1.27, "position.early": -1.22, "position.late": 1.06, "prev.problem": -0.15, "prev.change": 0.07, "prev.outcome": 0.45, "prev.person": 0.06, "next.problem": -0.34, "next.change": -0.16, "next.outcome": 0.35, "next.person": 0.06},
  ask: {bias: -4.14, "cue.problem": -0.37, "cue.hero": -0.47, "cue.change": -0.29, "cue.outcome": -0.34, "cue.ask": 1.83, "words.ask": 1.52, negation: -0.48, people: -0.24, personFirst: -0.15, teamPeople: -0.60, generic: 0.09, name: -0.05, capitalised: 0.48, pronoun: 0.05, team: 0.27, teamSubject: -0.32, teamPast: -0.62, number: 0.15, measured: -0.29, comparison: -0.11, purpose: 0.54, past: -0.14, pastFigure: -0.73, question: 1.22, heading: -0.61, listItem: -0.16, title: -2.31, short: -0.26, frame: -1.07, "turn.contrast": 0.14, "turn.consequence": 0.14, "section.problem": -0.43, "section.change": -0.53, "section.outcome": -1.18, "section.ask": 1.17, "position.first": 0.44, "position.early": -1.00, "prev.change": -0.16, "prev.person": -0.30, "next.problem": -0.21, "next.change": -0.95, "next.outcome": -0.74, "next.person": -0.41},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.17, self: 0.62, prev: 1.77, next: 1.08, prev2: 0.67, next2: 0.01, heading: 0.56, question: 0.19, title: -0.17, gap: 0.36},
  hero: {bias: -0.28, self: 0.93, prev: 0.26, next: 0.49, prev2: 0.13, next2: 0.21, heading: 0.17, question: 0.05, title: -0.33, gap: 0.02},
  change: {bias: 0.04, self: 0.69, prev: 1.45, next: 1.64, prev2: 0.25, next2: -0.10, heading: 0.85, question: 0.00, title: -0.48, gap: 0.32},
  outcome: {bias: 0.03, self: 0.71, prev: 1.71, next: 1.10, prev2: -0.02, next2: 0.11, heading: 0.48, question: -0.19, title: -0.40, gap: 0.28},
  ask: {bias: 0.59, self: 0.72, prev: 2.11, next: 1.03, prev2: 0.95, next2: -0.67, heading: 0.63, question: 0.18, title: 0.09, gap: 0.45},
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
     * 0.75: status 1,989 → 2,004 of 2,480, ablation 801 → 800. On 680, with the second stage's `gap` input
     * (twenty-second session), the English change 0.85 and the Swedish problem the default 0.85: status
     * 2,245 → 2,234 of 2,720, ablation 837 → 862.
     */
    language: {en: {change: 0.85}, sv: {hero: 0.85, change: 0.85}, fi: {hero: 0.8, change: 0.75}} as Readonly<Partial<Record<'en' | 'sv' | 'fi', Readonly<Partial<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>>>>>,
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
     * before → after with figures, a past report with a figure, or an after-state or a reaction reported after the story's turn,
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
