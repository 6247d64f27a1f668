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
  problem: {bias: -4.09, "cue.problem": 0.86, "cue.hero": -0.32, "cue.change": -0.52, "cue.outcome": -0.37, "cue.ask": -0.09, "words.problem": 1.60, negation: 0.41, people: -0.17, personFirst: 0.15, teamPeople: 0.20, generic: -0.09, name: -0.36, capitalised: -0.31, teamSubject: -0.46, teamPast: -0.19, measured: 0.17, aim: -0.26, purpose: -0.23, past: -0.17, pastFigure: -0.37, question: 0.33, beforeProblem: -1.10, heading: -1.31, listItem: -0.07, title: -0.86, short: -0.41, frame: -1.71, "turn.contrast": 0.68, "section.problem": 1.12, "section.change": -0.55, "section.outcome": -1.30, "section.ask": -0.05, "position.first": 0.07, "position.early": 0.80, "position.late": -1.52, "prev.problem": 0.64, "prev.change": -0.72, "prev.outcome": -0.11, "prev.person": 0.30, "next.problem": 0.46, "next.change": 0.33, "next.outcome": -0.28, "next.person": 0.10},
  hero: {bias: -3.98, "cue.problem": 0.07, "cue.hero": 0.44, "cue.change": -0.08, "cue.outcome": 0.12, "cue.ask": -0.29, "words.hero": 1.22, people: 0.29, personFirst: 0.81, teamPeople: 0.19, generic: 0.41, name: 1.14, capitalised: 0.17, pronoun: 0.76, team: -0.40, teamSubject: 0.25, teamPast: -0.34, number: 0.26, comparison: -0.37, aim: 0.29, purpose: -0.18, past: -0.26, question: -0.57, heading: 0.10, listItem: 0.13, title: -1.02, short: -0.50, frame: -0.93, "turn.contrast": -0.23, "turn.consequence": 0.19, "section.problem": 0.08, "section.change": -0.11, "section.outcome": 0.44, "section.ask": -0.38, "position.first": 0.34, "position.early": 0.28, "position.late": -0.24, "prev.problem": 0.08, "prev.change": -0.10, "prev.outcome": 0.07, "prev.person": 0.22, "next.problem": 0.05, "next.outcome": 0.11, "next.person": 0.39},
  change: {bias: -1.60, "cue.problem": -0.28, "cue.hero": 0.08, "cue.change": 0.53, "cue.ask": -0.31, "words.change": 1.64, people: 0.07, personFirst: -0.21, teamPeople: 0.26, generic: -0.07, name: -0.52, capitalised: 0.24, team: -0.05, teamSubject: 0.12, teamPast: 0.47, number: -0.12, measured: -0.13, comparison: -0.29, aim: 0.19, purpose: -0.06, past: -0.31, pastFigure: -0.08, question: -0.73, beforeProblem: 0.48, heading: 0.08, listItem: 0.86, title: -2.08, short: -0.83, frame: -1.52, "turn.contrast": -0.67, "turn.consequence": 0.60, "section.problem": -1.47, "section.change": 0.85, "section.outcome": -0.74, "section.ask": -0.65, "position.first": 1.41, "position.early": -1.11, "position.late": -1.42, "prev.problem": -0.20, "prev.change": 0.28, "prev.outcome": -0.28, "prev.person": -0.05, "next.problem": -0.18, "next.change": 0.05, "next.outcome": 0.28},
  outcome: {bias: -3.84, "cue.problem": -0.47, "cue.hero": -0.10, "cue.change": -0.36, "cue.outcome": 0.70, "cue.ask": -0.75, "words.outcome": 1.54, negation: -0.11, people: -0.11, personFirst: 0.21, teamPeople: -0.21, generic: 0.26, name: 0.32, capitalised: 0.06, team: -0.28, teamSubject: 0.36, teamPast: -0.74, number: -0.58, comparison: 1.00, aim: 0.60, purpose: 1.00, pastFigure: 1.00, question: -0.87, reportAfterChange: 0.60, heading: -0.29, listItem: 0.16, title: -2.46, short: -0.48, frame: -0.83, "turn.contrast": -0.08, "turn.consequence": 0.10, "section.problem": -0.97, "section.change": -0.35, "section.outcome": 1.49, "section.ask": -0.67, "position.first": 1.64, "position.early": -1.42, "position.late": 0.83, "prev.problem": -0.25, "prev.outcome": 0.49, "prev.person": 0.13, "next.problem": -0.39, "next.change": -0.19, "next.outcome": 0.30},
  ask: {bias: -4.10, "cue.problem": -0.27, "cue.hero": -0.45, "cue.change": -0.12, "cue.outcome": -0.18, "cue.ask": 1.63, "words.ask": 1.50, negation: -0.24, people: -0.11, personFirst: 0.12, teamPeople: -0.94, generic: 0.06, name: -0.37, capitalised: -0.05, pronoun: 0.32, team: 0.13, teamSubject: -0.12, teamPast: -0.49, number: 0.24, measured: -0.26, comparison: 0.35, aim: -0.09, purpose: 0.10, past: 0.13, pastFigure: -0.72, question: 1.13, heading: -0.77, listItem: 0.29, title: -2.41, short: -0.46, frame: -1.03, "turn.contrast": 0.11, "turn.consequence": 0.12, "section.problem": -0.09, "section.change": -0.41, "section.outcome": -1.12, "section.ask": 0.73, "position.first": 0.85, "position.early": -1.26, "prev.problem": -0.13, "prev.change": -0.07, "prev.outcome": 0.17, "prev.person": -0.17, "next.problem": -0.46, "next.change": -0.97, "next.outcome": -0.74, "next.person": -0.23},
  // </trained>
}

/** Second-stage models (learned with the first, see the module doc): each element read along the sequence. */
export const stack: Readonly<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', StackWeights>> = {
  // <stacked>
  problem: {bias: -0.22, self: 0.60, prev: 1.80, next: 1.11, prev2: 0.60, next2: -0.03, heading: 0.46, question: 0.17, title: -0.05, gap: 0.34},
  hero: {bias: -0.19, self: 0.92, prev: 0.29, next: 0.47, prev2: 0.01, next2: 0.23, heading: 0.12, question: 0.01, title: -0.22, gap: 0.04},
  change: {bias: -0.01, self: 0.70, prev: 1.30, next: 1.57, prev2: 0.25, next2: -0.05, heading: 0.70, question: 0.00, title: -0.35, gap: 0.28},
  outcome: {bias: 0.09, self: 0.69, prev: 1.68, next: 0.91, prev2: 0.17, next2: 0.20, heading: 0.37, question: -0.17, title: -0.36, gap: 0.31},
  ask: {bias: 0.27, self: 0.75, prev: 1.88, next: 1.27, prev2: 0.75, next2: -0.27, heading: 0.49, question: -0.06, title: 0.11, gap: 0.35},
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
     * session), the Finnish change 0.85, as the English and the Swedish one. On 1,492 (thirty-first session)
     * the Swedish outcome 0.85, which the rule had chosen at 1,432 too: status 4,757 → 4,766 of 5,968, ablation
     * 1,844 → 1,843; held-out 1,744 → 1,745 of 2,176, 676 → 675. The rule's other choices there (the English
     * problem 0.9, the Swedish change 0.9) traded held-out statuses for deletions and were not kept
     * (docs/structure-history.md, "Tried and not kept").
     */
    language: {en: {change: 0.85}, sv: {hero: 0.85, change: 0.85, outcome: 0.85}, fi: {hero: 0.8, change: 0.85}} as Readonly<Partial<Record<'en' | 'sv' | 'fi', Readonly<Partial<Record<'problem' | 'hero' | 'change' | 'outcome' | 'ask', number>>>>>>,
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
