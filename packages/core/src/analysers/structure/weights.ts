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
  problem: {bias: -3.58, "cue.problem": 1.00, "cue.hero": -0.38, "cue.change": -0.77, "cue.outcome": -0.26, "cue.ask": -0.13, "words.problem": 1.46, negation: 0.44, people: -0.11, personFirst: 0.08, teamPeople: 0.32, name: -0.41, capitalised: -0.30, teamSubject: -0.58, teamPast: -0.12, number: -0.05, measured: 0.29, comparison: -0.11, aim: -0.29, purpose: -0.29, past: -0.11, pastFigure: -0.32, question: 0.55, beforeProblem: -1.36, heading: -1.28, listItem: -0.22, title: -1.41, short: -0.48, frame: -1.82, "turn.contrast": 0.59, "section.problem": 1.14, "section.change": -0.64, "section.outcome": -1.48, "section.ask": -0.11, "position.first": -0.22, "position.early": 0.92, "position.late": -1.63, "prev.problem": 0.70, "prev.change": -0.84, "prev.person": 0.29, "next.problem": 0.51, "next.change": 0.35, "next.outcome": -0.28, "next.person": 0.06},
  hero: {bias: -3.59, "cue.problem": 0.09, "cue.hero": 0.78, "cue.change": -0.12, "cue.outcome": 0.08, "cue.ask": -0.45, "words.hero": 1.18, people: 0.45, personFirst: 0.63, teamPeople: 0.06, generic: 0.37, name: 1.41, capitalised: 0.23, pronoun: 0.76, team: -0.37, teamSubject: 0.23, teamPast: -0.51, number: 0.32, measured: -0.11, comparison: -0.26, aim: 0.19, purpose: -0.31, past: -0.25, pastFigure: 0.11, question: -0.25, heading: -0.09, listItem: -0.05, title: -1.06, short: -0.53, frame: -0.98, "turn.contrast": -0.13, "turn.consequence": 0.20, "section.problem": 0.21, "section.change": -0.20, "section.outcome": 0.65, "section.ask": -0.69, "position.first": 0.29, "position.early": 0.23, "position.late": -0.31, "prev.problem": 0.12, "prev.change": -0.15, "prev.outcome": 0.08, "prev.person": 0.18, "next.problem": 0.06, "next.outcome": 0.09, "next.person": 0.37},
  change: {bias: -1.26, "cue.problem": -0.35, "cue.hero": -0.08, "cue.change": 0.72, "cue.outcome": -0.13, "cue.ask": -0.31, "words.change": 1.60, negation: -0.09, people: 0.07, personFirst: -0.29, teamPeople: 0.45, name: -0.34, capitalised: 0.36, team: -0.07, teamSubject: 0.08, teamPast: 0.72, number: -0.26, comparison: -0.26, aim: 0.24, purpose: 0.42, past: -0.21, pastFigure: -0.05, question: -0.81, beforeProblem: 0.78, heading: 0.35, listItem: 0.97, title: -2.62, short: -0.80, frame: -1.51, "turn.contrast": -0.77, "turn.consequence": 0.49, "section.problem": -1.56, "section.change": 1.04, "section.outcome": -0.94, "section.ask": -0.96, "position.first": 1.39, "position.early": -1.44, "position.late": -1.41, "prev.problem": -0.30, "prev.change": 0.32, "prev.outcome": -0.34, "prev.person": -0.07, "next.problem": -0.10, "next.outcome": 0.24, "next.person": 0.06},
  outcome: {bias: -3.67, "cue.problem": -0.45, "cue.hero": 0.06, "cue.change": -0.40, "cue.outcome": 0.77, "cue.ask": -1.00, "words.outcome": 1.42, negation: -0.10, personFirst: 0.11, teamPeople: -0.44, generic: 0.21, name: 0.39, team: -0.25, teamSubject: 0.33, teamPast: -0.95, number: -0.56, comparison: 1.00, aim: 0.55, purpose: 1.00, pastFigure: 1.00, question: -0.89, reportAfterChange: 0.68, heading: 0.07, listItem: 0.11, title: -2.32, short: -0.73, frame: -0.87, "turn.contrast": -0.05, "turn.consequence": 0.15, "section.problem": -0.72, "section.change": -0.47, "section.outcome": 1.81, "section.ask": -0.83, "position.first": 1.32, "position.early": -1.33, "position.late": 0.94, "prev.problem": -0.15, "prev.change": 0.06, "prev.outcome": 0.44, "prev.person": 0.11, "next.problem": -0.33, "next.change": -0.19, "next.outcome": 0.33},
  ask: {bias: -3.91, "cue.problem": -0.29, "cue.hero": -0.48, "cue.change": -0.22, "cue.outcome": -0.30, "cue.ask": 1.70, "words.ask": 1.53, negation: -0.31, people: -0.24, personFirst: -0.05, teamPeople: -0.60, name: -0.26, capitalised: 0.28, team: 0.20, teamSubject: -0.31, teamPast: -0.51, number: 0.19, measured: -0.17, aim: -0.13, purpose: 0.47, past: 0.06, pastFigure: -0.91, question: 0.98, heading: -0.69, listItem: -0.48, title: -2.66, short: -0.21, frame: -1.03, "turn.contrast": 0.21, "turn.consequence": -0.35, "section.change": -0.59, "section.outcome": -1.14, "section.ask": 1.15, "position.first": 0.56, "position.early": -1.26, "prev.change": -0.13, "prev.outcome": 0.06, "prev.person": -0.28, "next.problem": -0.38, "next.change": -1.03, "next.outcome": -0.79, "next.person": -0.32},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.25, self: 0.61, prev: 1.78, next: 1.15, prev2: 0.74, next2: 0.02, heading: 0.59, question: 0.22, title: -0.24, gap: 0.35},
  hero: {bias: -0.19, self: 0.91, prev: 0.25, next: 0.45, prev2: 0.13, next2: 0.19, heading: 0.15, question: 0.01, title: -0.29, gap: 0.05},
  change: {bias: -0.04, self: 0.71, prev: 1.42, next: 1.67, prev2: 0.18, next2: -0.08, heading: 0.79, question: -0.04, title: -0.46, gap: 0.29},
  outcome: {bias: 0.02, self: 0.71, prev: 1.71, next: 1.00, prev2: 0.00, next2: 0.13, heading: 0.43, question: -0.17, title: -0.33, gap: 0.28},
  ask: {bias: 0.57, self: 0.71, prev: 1.90, next: 1.06, prev2: 0.81, next2: -0.52, heading: 0.60, question: 0.17, title: -0.02, gap: 0.44},
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
     * 2,245 → 2,234 of 2,720, ablation 837 → 862. On 800, with 60 more elevator pitches (twenty-third
     * session), the Finnish change 0.85, as the English and the Swedish one.
     */
    language: {en: {change: 0.85}, sv: {hero: 0.85, change: 0.85}, fi: {hero: 0.8, change: 0.85}} as Readonly<Partial<Record<'en' | 'sv' | 'fi', Readonly<Partial<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>>>>>,
    /**
     * In a pitch of at most `sentences` sentences that tell its story (`storySentences` in elements.ts: not its
     * title, headings, a sign-off or a short question on a line of its own; an elevator pitch: 31 of the
     * corpus's 51 thirty-second pitches, and none of its longer ones, when the sixth session counted every
     * line), the change is present from `present.change`. It is told
     * once, and with no section or neighbour to lean on a clear change sentence scores 0.55–0.7 ("We train
     * older pupils to lead ten-minute movement games in every break", 0.59); few sentences are left to
     * hold the change up once it is deleted. Chosen by the same rule as `present`, with
     * `eval/cv-status.ts --sweep`. Since the twenty-third session, with 60 more elevator pitches in the
     * corpus (800 in all), the rule also gives the problem its own: 0.75 (`2 × status + ablation` 2.428 →
     * 2.454). The hero and the outcome keep their thresholds: a lower one gained less than the rule's margin
     * (docs/structure.md).
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
    short: {sentences: 6, present: {change: 0.55, problem: 0.75} as Readonly<Partial<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>>},
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
