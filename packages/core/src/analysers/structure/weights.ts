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
  problem: {bias: -3.62, "cue.problem": 1.05, "cue.hero": -0.43, "cue.change": -0.88, "cue.outcome": -0.26, "cue.ask": -0.10, "words.problem": 1.45, negation: 0.47, people: -0.13, teamPeople: 0.51, generic: 0.06, name: -0.40, capitalised: -0.29, pronoun: 0.08, team: -0.07, teamSubject: -0.70, teamPast: -0.26, number: -0.05, measured: 0.35, comparison: -0.15, aim: -0.24, purpose: -0.13, past: -0.05, pastFigure: -0.32, question: 0.68, beforeProblem: -2.10, heading: -1.31, listItem: -0.42, title: -1.34, short: -0.56, frame: -1.75, "turn.contrast": 0.75, "turn.consequence": 0.19, "section.problem": 1.35, "section.change": -0.61, "section.outcome": -1.44, "section.ask": -0.12, "position.first": -0.14, "position.early": 0.98, "position.late": -1.49, "prev.problem": 0.60, "prev.change": -0.91, "prev.outcome": -0.07, "prev.person": 0.31, "next.problem": 0.47, "next.change": 0.44, "next.outcome": -0.23, "next.person": 0.08},
  hero: {bias: -3.66, "cue.problem": 0.07, "cue.hero": 0.56, "cue.change": -0.18, "cue.outcome": 0.07, "cue.ask": -0.46, "words.hero": 1.17, people: 0.52, personFirst: 0.66, teamPeople: -0.34, generic: 0.46, name: 1.41, capitalised: 0.23, pronoun: 0.82, team: -0.40, teamSubject: 0.20, teamPast: -0.44, number: 0.30, measured: -0.06, comparison: -0.29, aim: 0.21, purpose: -0.36, past: -0.21, pastFigure: 0.17, question: 0.06, heading: 0.16, listItem: -0.16, title: -1.26, short: -0.72, frame: -1.13, "turn.consequence": 0.18, "section.problem": 0.29, "section.change": -0.10, "section.outcome": 0.60, "section.ask": -0.73, "position.first": 0.27, "position.early": 0.14, "position.late": -0.27, "prev.problem": 0.16, "prev.change": -0.19, "prev.outcome": 0.05, "prev.person": 0.20, "next.problem": 0.12, "next.outcome": 0.07, "next.person": 0.41},
  change: {bias: -1.12, "cue.problem": -0.38, "cue.hero": 0.15, "cue.change": 0.84, "cue.outcome": -0.19, "cue.ask": -0.34, "words.change": 1.58, negation: -0.15, people: 0.08, personFirst: -0.19, teamPeople: 0.35, generic: -0.06, name: -0.64, capitalised: 0.21, pronoun: -0.06, team: -0.12, teamSubject: 0.15, teamPast: 0.85, number: -0.27, comparison: -0.19, aim: 0.21, purpose: 0.63, past: -0.28, pastFigure: -0.06, question: -0.72, beforeProblem: 0.84, heading: 0.46, listItem: 1.11, title: -2.84, short: -0.75, frame: -1.76, "turn.contrast": -0.45, "turn.consequence": 0.36, "section.problem": -2.05, "section.change": 1.13, "section.outcome": -0.96, "section.ask": -0.85, "position.first": 1.30, "position.early": -1.39, "position.late": -1.48, "prev.problem": -0.26, "prev.change": 0.33, "prev.outcome": -0.32, "prev.person": -0.08, "next.problem": -0.09, "next.change": -0.05, "next.outcome": 0.17, "next.person": 0.06},
  outcome: {bias: -3.62, "cue.problem": -0.50, "cue.hero": 0.06, "cue.change": -0.37, "cue.outcome": 0.86, "cue.ask": -1.07, "words.outcome": 1.39, negation: -0.08, personFirst: 0.07, teamPeople: -0.75, generic: 0.20, name: 0.24, team: -0.17, teamSubject: 0.25, teamPast: -0.93, number: -0.58, comparison: 1.00, aim: 0.53, purpose: 1.00, pastFigure: 1.00, question: -1.02, reportAfterChange: 0.73, heading: 0.10, listItem: 0.23, title: -2.38, short: -0.70, frame: -1.24, "turn.contrast": -0.28, "turn.consequence": 0.29, "section.problem": -0.95, "section.change": -0.47, "section.outcome": 1.93, "section.ask": -0.88, "position.first": 1.22, "position.early": -1.24, "position.late": 1.04, "prev.problem": -0.12, "prev.change": 0.06, "prev.outcome": 0.44, "prev.person": 0.08, "next.problem": -0.36, "next.change": -0.18, "next.outcome": 0.33},
  ask: {bias: -4.09, "cue.problem": -0.40, "cue.hero": -0.44, "cue.change": -0.28, "cue.outcome": -0.35, "cue.ask": 1.80, "words.ask": 1.54, negation: -0.47, people: -0.25, personFirst: -0.13, teamPeople: -0.55, name: -0.06, capitalised: 0.43, team: 0.25, teamSubject: -0.34, teamPast: -0.64, number: 0.16, measured: -0.21, comparison: -0.06, aim: -0.05, purpose: 0.55, past: -0.07, pastFigure: -0.79, question: 1.15, heading: -0.67, listItem: -0.16, title: -2.34, short: -0.27, frame: -1.08, "turn.contrast": 0.21, "turn.consequence": 0.09, "section.problem": -0.23, "section.change": -0.52, "section.outcome": -1.14, "section.ask": 1.16, "position.first": 0.47, "position.early": -1.02, "prev.change": -0.15, "prev.person": -0.30, "next.problem": -0.24, "next.change": -0.95, "next.outcome": -0.77, "next.person": -0.39},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.16, self: 0.64, prev: 1.74, next: 1.06, prev2: 0.61, next2: -0.02, heading: 0.57, question: 0.14, title: -0.12, gap: 0.34},
  hero: {bias: -0.27, self: 0.93, prev: 0.26, next: 0.47, prev2: 0.14, next2: 0.19, heading: 0.17, question: 0.05, title: -0.32, gap: 0.02},
  change: {bias: 0.09, self: 0.69, prev: 1.38, next: 1.59, prev2: 0.25, next2: -0.07, heading: 0.82, question: -0.01, title: -0.48, gap: 0.33},
  outcome: {bias: 0.08, self: 0.71, prev: 1.69, next: 1.11, prev2: -0.01, next2: 0.08, heading: 0.48, question: -0.18, title: -0.38, gap: 0.30},
  ask: {bias: 0.60, self: 0.72, prev: 2.01, next: 0.95, prev2: 1.00, next2: -0.73, heading: 0.61, question: 0.16, title: 0.10, gap: 0.45},
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
