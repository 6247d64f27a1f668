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
  problem: {bias: -3.24, "cue.problem": 0.74, "cue.hero": -0.25, "cue.change": -0.51, "cue.outcome": -0.26, "cue.ask": -0.19, "words.problem": 1.91, negation: 0.23, people: -0.11, personFirst: 0.10, teamPeople: 0.22, generic: -0.12, name: -0.36, capitalised: -0.38, teamSubject: -0.40, teamPast: -0.18, measured: 0.22, comparison: 0.08, aim: -0.24, purpose: -0.08, past: -0.14, pastFigure: -0.36, question: 0.32, beforeProblem: -1.12, heading: -1.31, title: -0.80, short: -0.86, frame: -1.61, "turn.contrast": 0.49, "turn.consequence": 0.10, "section.problem": 1.09, "section.change": -0.51, "section.outcome": -1.25, "section.ask": -0.18, "position.first": 0.09, "position.early": 0.78, "position.late": -1.64, "prev.problem": 0.62, "prev.change": -0.67, "prev.outcome": -0.08, "prev.person": 0.28, "next.problem": 0.47, "next.change": 0.31, "next.outcome": -0.30, "next.person": 0.11},
  hero: {bias: -3.43, "cue.problem": 0.10, "cue.hero": 0.12, "cue.outcome": 0.16, "cue.ask": -0.27, "words.hero": 1.52, people: 0.27, personFirst: 0.72, teamPeople: 0.26, generic: 0.34, name: 1.10, pronoun: 0.55, team: -0.35, teamSubject: 0.16, teamPast: -0.27, number: 0.24, comparison: -0.27, aim: 0.29, purpose: -0.13, past: -0.06, pastFigure: -0.10, question: -0.47, heading: 0.14, listItem: 0.06, title: -1.07, short: -0.82, frame: -1.09, "turn.contrast": -0.26, "turn.consequence": 0.30, "section.problem": 0.12, "section.change": -0.12, "section.outcome": 0.43, "section.ask": -0.44, "position.first": 0.17, "position.early": 0.25, "position.late": -0.32, "prev.problem": 0.06, "prev.change": -0.08, "prev.outcome": 0.07, "prev.person": 0.19, "next.problem": 0.08, "next.outcome": 0.09, "next.person": 0.39},
  change: {bias: -1.31, "cue.problem": -0.28, "cue.hero": -0.08, "cue.change": 0.53, "cue.ask": -0.16, "words.change": 1.83, negation: -0.13, people: 0.09, personFirst: -0.24, teamPeople: 0.13, generic: -0.12, name: -0.54, capitalised: 0.16, pronoun: -0.10, team: -0.09, teamSubject: 0.16, teamPast: 0.32, number: -0.10, measured: -0.16, comparison: -0.31, aim: 0.17, purpose: 0.07, past: -0.19, pastFigure: -0.20, question: -0.64, beforeProblem: 0.49, heading: 0.16, listItem: 0.87, title: -1.80, short: -0.92, frame: -1.25, "turn.contrast": -0.44, "turn.consequence": 0.32, "section.problem": -1.46, "section.change": 0.82, "section.outcome": -0.68, "section.ask": -0.61, "position.first": 1.31, "position.early": -1.06, "position.late": -1.38, "prev.problem": -0.20, "prev.change": 0.26, "prev.outcome": -0.27, "prev.person": -0.09, "next.problem": -0.21, "next.change": 0.05, "next.outcome": 0.23},
  outcome: {bias: -3.29, "cue.problem": -0.38, "cue.hero": -0.33, "cue.change": -0.31, "cue.outcome": 0.62, "cue.ask": -0.75, "words.outcome": 1.82, negation: -0.07, personFirst: 0.14, teamPeople: -0.30, generic: 0.28, name: 0.27, pronoun: 0.12, team: -0.25, teamSubject: 0.24, teamPast: -0.68, number: -0.52, comparison: 1.00, aim: 0.47, purpose: 1.00, pastFigure: 1.00, question: -0.98, reportAfterChange: 0.46, heading: -0.26, listItem: 0.07, title: -2.12, short: -0.75, frame: -0.80, "turn.contrast": -0.23, "turn.consequence": -0.06, "section.problem": -0.87, "section.change": -0.35, "section.outcome": 1.46, "section.ask": -0.71, "position.first": 1.62, "position.early": -1.42, "position.late": 0.79, "prev.problem": -0.25, "prev.change": 0.07, "prev.outcome": 0.47, "prev.person": 0.14, "next.problem": -0.35, "next.change": -0.12, "next.outcome": 0.32},
  ask: {bias: -3.74, "cue.problem": -0.26, "cue.hero": -0.55, "cue.change": 0.28, "cue.outcome": -0.17, "cue.ask": 1.30, "words.ask": 1.94, negation: -0.37, people: 0.07, teamPeople: -0.73, generic: -0.06, name: -0.36, capitalised: 0.06, pronoun: -0.23, team: -0.07, teamSubject: 0.10, teamPast: -0.58, number: 0.34, measured: -0.35, comparison: 0.39, aim: -0.24, purpose: 0.30, pastFigure: -0.80, question: 1.03, heading: -1.01, listItem: 0.56, title: -2.79, short: -0.48, frame: -0.86, "turn.contrast": 0.20, "turn.consequence": -0.07, "section.problem": -0.18, "section.change": -0.26, "section.outcome": -1.13, "section.ask": 0.56, "position.first": 0.84, "position.early": -1.14, "prev.problem": -0.12, "prev.outcome": 0.10, "prev.person": -0.18, "next.problem": -0.48, "next.change": -0.76, "next.outcome": -0.46, "next.person": -0.21},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.17, self: 0.63, prev: 1.90, next: 1.25, prev2: 0.67, next2: 0.07, heading: 0.48, question: 0.16, title: -0.08, gap: 0.34},
  hero: {bias: -0.14, self: 0.90, prev: 0.38, next: 0.48, prev2: 0.05, next2: 0.25, heading: 0.14, question: 0.03, title: -0.23, gap: 0.07},
  change: {bias: -0.15, self: 0.73, prev: 1.33, next: 1.56, prev2: 0.28, next2: 0.06, heading: 0.68, question: 0.04, title: -0.34, gap: 0.25},
  outcome: {bias: 0.07, self: 0.71, prev: 1.59, next: 0.94, prev2: 0.20, next2: 0.26, heading: 0.34, question: -0.12, title: -0.42, gap: 0.29},
  ask: {bias: 0.16, self: 0.82, prev: 1.61, next: 1.01, prev2: 0.71, next2: -0.13, heading: 0.37, question: -0.04, title: 0.02, gap: 0.24},
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
     * set by hand; see docs/structure.md). With the regression's word tables
     * (thirty-third session, 1,612 pitches) the rule moved the problem from 0.85
     * to 0.9 (2.436 → 2.457).
     */
    present: {problem: 0.9, hero: 0.95, change: 0.8, outcome: 0.95, ask: 0.8} as Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>,
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
     * session), the Finnish change 0.85, as the English and the Swedish one. On 1,492 (thirty-first session)
     * the Swedish outcome 0.85, which the rule had chosen at 1,432 too: status 4,757 → 4,766 of 5,968, ablation
     * 1,844 → 1,843; held-out 1,744 → 1,745 of 2,176, 676 → 675. The rule's other choices there (the English
     * problem 0.9, the Swedish change 0.9) traded held-out statuses for deletions and were not kept
     * (docs/structure-history.md, "Tried and not kept"). With the regression's word tables (thirty-third
     * session, 1,612 pitches) it gave the Finnish problem 0.95; with the problem's 0.9 above, status 5,179 →
     * 5,156 of 6,448, ablation 1,967 → 2,003; held-out 1,975 → 1,954 of 2,432, 767 → 795. Its hero thresholds
     * there (English 0.9, Swedish 0.9, Finnish 0.95) gained deletions cross-validated (2,040) but lost the
     * held-out objective (statuses 1,931, deletions 799) and were not kept.
     */
    language: {en: {change: 0.85}, sv: {hero: 0.85, change: 0.85, outcome: 0.85}, fi: {problem: 0.95, hero: 0.8, change: 0.85}} as Readonly<Partial<Record<'en' | 'sv' | 'fi', Readonly<Partial<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>>>>>,
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
     * Since the twenty-fifth session a verb that asks only beside a sum (the profiles' `amountVerbs`: "Tiimi hakee
     * 80 000 euroa", "Projektet behöver 450 000 kronor", "Asking for €40,000") does as such a cue does: CV ask
     * status 826 → 833 of 1,040, no weak ask called present more, ask ablation 632 of 671 either way; held-out
     * 241 of 320 either way.
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
