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
  problem: {bias: -3.36, "cue.problem": 0.72, "cue.hero": -0.26, "cue.change": -0.48, "cue.outcome": -0.25, "cue.ask": -0.13, "words.problem": 1.88, negation: 0.25, people: -0.09, personFirst: 0.07, teamPeople: 0.28, generic: -0.09, name: -0.28, capitalised: -0.36, teamSubject: -0.41, teamPast: -0.16, measured: 0.18, aim: -0.24, past: -0.18, pastFigure: -0.25, question: 0.39, beforeProblem: -0.85, heading: -1.21, listItem: -0.15, title: -0.98, short: -0.84, frame: -1.65, "turn.contrast": 0.45, "section.problem": 1.07, "section.change": -0.55, "section.outcome": -1.16, "section.ask": -0.15, "position.early": 0.77, "position.late": -1.66, "prev.problem": 0.60, "prev.change": -0.65, "prev.outcome": -0.07, "prev.person": 0.29, "next.problem": 0.44, "next.change": 0.30, "next.outcome": -0.28, "next.person": 0.16},
  hero: {bias: -3.46, "cue.problem": 0.10, "cue.hero": 0.18, "cue.outcome": 0.14, "cue.ask": -0.27, "words.hero": 1.53, people: 0.26, personFirst: 0.72, teamPeople: 0.19, generic: 0.31, name: 1.05, pronoun: 0.54, team: -0.30, teamSubject: 0.11, teamPast: -0.21, number: 0.20, comparison: -0.21, aim: 0.28, past: -0.08, pastFigure: -0.07, question: -0.50, heading: 0.06, listItem: 0.10, title: -1.06, short: -0.87, frame: -0.92, "turn.contrast": -0.28, "turn.consequence": 0.26, "section.problem": 0.13, "section.change": -0.12, "section.outcome": 0.42, "section.ask": -0.46, "position.first": 0.22, "position.early": 0.20, "position.late": -0.33, "prev.problem": 0.07, "prev.change": -0.09, "prev.outcome": 0.07, "prev.person": 0.15, "next.problem": 0.10, "next.outcome": 0.09, "next.person": 0.35},
  change: {bias: -1.48, "cue.problem": -0.26, "cue.hero": -0.18, "cue.change": 0.50, "cue.ask": -0.14, "words.change": 1.83, negation: -0.09, people: 0.09, personFirst: -0.22, teamPeople: 0.08, generic: -0.14, name: -0.55, capitalised: 0.22, pronoun: -0.13, team: -0.08, teamSubject: 0.16, teamPast: 0.35, number: -0.11, measured: -0.10, comparison: -0.28, aim: 0.13, purpose: 0.10, past: -0.14, pastFigure: -0.25, question: -0.59, beforeProblem: 0.41, heading: 0.24, listItem: 0.99, title: -1.78, short: -0.89, frame: -1.20, "turn.contrast": -0.46, "turn.consequence": 0.27, "section.problem": -1.32, "section.change": 0.85, "section.outcome": -0.69, "section.ask": -0.58, "position.first": 1.30, "position.early": -1.08, "position.late": -1.30, "prev.problem": -0.20, "prev.change": 0.26, "prev.outcome": -0.28, "prev.person": -0.09, "next.problem": -0.22, "next.change": 0.06, "next.outcome": 0.25, "next.person": 0.07},
  outcome: {bias: -3.35, "cue.problem": -0.39, "cue.hero": -0.33, "cue.change": -0.29, "cue.outcome": 0.59, "cue.ask": -0.66, "words.outcome": 1.85, negation: -0.07, personFirst: 0.13, teamPeople: -0.22, generic: 0.26, name: 0.26, capitalised: 0.06, pronoun: 0.11, team: -0.28, teamSubject: 0.21, teamPast: -0.61, number: -0.52, comparison: 1.00, aim: 0.42, purpose: 1.00, pastFigure: 1.00, question: -0.99, reportAfterChange: 0.41, heading: -0.26, title: -2.20, short: -0.78, frame: -0.72, "turn.contrast": -0.30, "turn.consequence": -0.15, "section.problem": -0.88, "section.change": -0.33, "section.outcome": 1.50, "section.ask": -0.66, "position.first": 1.56, "position.early": -1.37, "position.late": 0.77, "prev.problem": -0.23, "prev.change": 0.08, "prev.outcome": 0.45, "prev.person": 0.15, "next.problem": -0.40, "next.change": -0.10, "next.outcome": 0.31},
  ask: {bias: -3.84, "cue.problem": -0.23, "cue.hero": -0.57, "cue.change": 0.29, "cue.outcome": -0.07, "cue.ask": 1.24, "words.ask": 1.99, negation: -0.36, people: 0.06, teamPeople: -0.41, generic: -0.05, name: -0.42, capitalised: 0.17, pronoun: -0.28, team: -0.10, teamSubject: 0.14, teamPast: -0.44, number: 0.34, measured: -0.35, comparison: 0.33, aim: -0.33, purpose: 0.30, past: -0.05, pastFigure: -0.85, question: 1.00, heading: -1.06, listItem: 0.80, title: -2.75, short: -0.54, frame: -0.87, "turn.contrast": 0.29, "section.problem": -0.27, "section.change": -0.23, "section.outcome": -0.98, "section.ask": 0.61, "position.first": 1.00, "position.early": -1.19, "prev.problem": -0.08, "prev.outcome": 0.06, "prev.person": -0.19, "next.problem": -0.25, "next.change": -0.65, "next.outcome": -0.28, "next.person": -0.17},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.17, self: 0.63, prev: 1.87, next: 1.23, prev2: 0.61, next2: 0.10, heading: 0.44, question: 0.14, title: -0.13, gap: 0.34},
  hero: {bias: -0.14, self: 0.90, prev: 0.35, next: 0.48, prev2: 0.04, next2: 0.24, heading: 0.13, question: 0.02, title: -0.23, gap: 0.07},
  change: {bias: -0.13, self: 0.73, prev: 1.28, next: 1.46, prev2: 0.22, next2: 0.12, heading: 0.64, question: 0.05, title: -0.34, gap: 0.25},
  outcome: {bias: 0.12, self: 0.71, prev: 1.52, next: 0.96, prev2: 0.24, next2: 0.20, heading: 0.31, question: -0.09, title: -0.41, gap: 0.30},
  ask: {bias: 0.20, self: 0.80, prev: 1.56, next: 1.00, prev2: 0.95, next2: -0.15, heading: 0.35, question: -0.02, title: 0.05, gap: 0.26},
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
