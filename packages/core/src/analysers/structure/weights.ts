/**
 * The weights of the structure model: hand-set, one line each, so that every
 * score can be explained. A sentence's score for an element is
 * `sigmoid(bias + Σ weight · feature)`; it carries the element when the
 * score is at least `roleThreshold`.
 *
 * Tuned on the project's development corpus (`eval/corpus`) for the
 * phenomenon each weight names, and checked on real pitches written outside
 * the project (`npm run eval`).
 *
 * @module
 */

export const weights = {
  /** A sentence carries an element from this score up. */
  roleThreshold: 0.5,
  problem: {
    bias: -2.4,
    /** Per unit of cue weight (struggle, lack, wait…), capped. */
    cue: 1.05,
    cueCap: 3.6,
    /** Negation or lack (not, without, no). */
    negation: 0.55,
    negationCap: 1.1,
    /** A section about the problem ("The problem", "What is the problem?"). */
    section: 1.6,
    /** In the first third of the pitch, where problems are told. */
    early: 0.35,
    /** The people served are named in the same sentence. */
    people: 0.35,
    /** A change cue in the same sentence counts against (it is the remedy). */
    changeCue: -0.35,
    /** An outcome comparison counts against. */
    comparison: -0.9
  },
  hero: {
    bias: -2.6,
    /** A person's name confirmed by the tagger (English). */
    taggedName: 2.9,
    /** A capitalised name candidate (Swedish, Finnish). */
    name: 2.2,
    /** A role or group of people served (nurses, residents over 80). */
    people: 2.0,
    /** Each further mention in the sentence. */
    morePeople: 0.35,
    /** Only generic people (people, users). */
    generic: 0.9,
    /** A third-person pronoun continuing a hero from the previous sentence. */
    pronoun: 1.6,
    /** The team dominates the sentence and no one served appears. */
    teamOnly: -1.0,
    /** Headings rarely carry a hero. */
    heading: -1.2
  },
  change: {
    bias: -2.5,
    cue: 1.0,
    cueCap: 3.4,
    section: 1.7,
    /** Opens with a turn (But…, So…, Therefore…) right after a problem. */
    turnAfterProblem: 0.9,
    /** In the middle of the pitch. */
    middle: 0.3,
    /** Problem cues dominate the sentence. */
    problemCue: -0.3
  },
  outcome: {
    bias: -2.5,
    cue: 1.0,
    cueCap: 3.4,
    /** Figures next to units. */
    measured: 0.7,
    /** Before → after with figures. */
    comparison: 1.5,
    /** Reports what happened, with a figure. */
    pastWithFigure: 0.6,
    section: 1.7,
    /** Problem cues dominate the sentence. */
    problemCue: -0.45
  },
  ask: {
    bias: -3.1,
    cue: 1.05,
    cueCap: 4,
    section: 1.8,
    /** In the last quarter of the pitch. */
    late: 0.7,
    /** A sum of money or a number with the ask. */
    figure: 0.4,
    /** A question to the audience at the end. */
    lateQuestion: 0.4
  },
  status: {
    /** An element whose best sentence scores this high is present (subject to the checks in elements.ts). */
    present: 0.7,
    /** From this score an element is at least weak. */
    weak: 0.42
  }
} as const
