/**
 * Scores each sentence for each element from its features, its position,
 * the section it stands in and its neighbours, and says why.
 *
 * The model has two stages, with the weights in `weights.ts`. The first is
 * a logistic regression per element over one named input vector
 * (`vectors`): `sigmoid(bias + Σ weight · input)`. The second reads each
 * element along the sequence (`stackInputs`): the sentence's own first-stage
 * logit with the first-stage scores of its neighbours and how far it falls
 * short of the pitch's clearest sentence for the element; it may lift a
 * sentence but not sink it, except a heading, question or title. Scores are
 * probability-like figures in 0..1, and a sentence carries the element from
 * `weights.roleThreshold` up. Every input is a plain number with a name, so
 * every first-stage score can be taken apart into its contributions.
 *
 * @module
 */
import type {Sentence} from '../../document/model.js'
import type {Element} from '../../types.js'
import {afterChange, hopedFor, reportsSpeech, servedGroup, teamReports, type GroupRange, type SentenceFeatures} from './features.js'
import {vocabularyElements} from './vocabulary.js'
import {weights} from './weights.js'

/** Why a sentence scores for an element: evidence keys and their values. */
export interface Reason {
  key: string
  value?: string
}

/** The scores of one sentence. */
export interface SentenceScore {
  score: Record<Element, number>
  /**
   * How much of the score comes from what the sentence itself says (cues,
   * people, names, figures, tense, negation): the sum of their positive
   * contributions in logit units, leaving out
   * position, sections and neighbours: what a reader could point at.
   */
  content: Record<Element, number>
  reasons: Record<Element, Reason[]>
}

/**
 * The names of the model's inputs, in a fixed order. `cue.*` are the summed
 * cue weights of the sentence (capped at 3), `prev.*`/`next.*` the same for
 * the neighbouring sentence, `section.*` whether the sentence stands under a
 * heading or prompt that opened a section about that element,
 * `reportAfterChange` a past report (English `past`, Swedish and Finnish
 * `pastForm`) or an after-state ("now", "after eight months") after the
 * sentence that turned the story (see `afterChange`; only
 * the outcome's model uses it), `beforeProblem` that the sentence opens a
 * pitch whose problem section comes later, in its first half, after two or
 * more sentences ("Brandvarnaren som testar sig själv … Varför är det här
 * viktigt?": see `problemLater`; only the problem's and the change's models
 * use it). `words.*` weigh the sentence's words by the learned word table of
 * its language (`vocabulary.ts`; each element's model reads only its own).
 */
export const featureNames = [
  'cue.problem', 'cue.hero', 'cue.change', 'cue.outcome', 'cue.ask',
  'words.problem', 'words.hero', 'words.change', 'words.outcome', 'words.ask',
  'negation', 'people', 'personFirst', 'teamPeople', 'generic', 'name', 'capitalised', 'pronoun', 'team', 'teamSubject', 'teamPast',
  'number', 'measured', 'comparison', 'aim', 'purpose', 'past', 'pastFigure', 'question',
  'reportAfterChange', 'beforeProblem',
  'heading', 'listItem', 'title', 'short', 'frame',
  'turn.contrast', 'turn.consequence',
  'section.problem', 'section.change', 'section.outcome', 'section.ask',
  'position.first', 'position.early', 'position.late', 'position.last',
  'prev.problem', 'prev.change', 'prev.outcome', 'prev.person', 'next.problem', 'next.change', 'next.outcome', 'next.person'
] as const

/** The inputs that come from what the sentence says (or the heading it stands under), not from where it stands. */
export const contentFeatures: ReadonlySet<string> = new Set([
  'cue.problem', 'cue.hero', 'cue.change', 'cue.outcome', 'cue.ask', 'words.problem', 'words.hero', 'words.change', 'words.outcome', 'words.ask', 'negation', 'people', 'personFirst', 'teamPeople', 'generic', 'name', 'capitalised', 'pronoun',
  'team', 'teamSubject', 'teamPast', 'number', 'measured', 'comparison', 'aim', 'purpose', 'past', 'pastFigure', 'reportAfterChange', 'question',
  // An item of a list is something a reader can point at: a list of what a product does is its change.
  'listItem',
  // A heading over the sentence is something a reader can point at too ("under the heading “Our solution”"),
  // and so is the problem's heading after it ("… Why does this matter?").
  'section.problem', 'section.change', 'section.outcome', 'section.ask', 'beforeProblem'
])

/**
 * The inputs that may explain each element to a reader (an input can raise a
 * score without being a reason a person would give: a figure makes a hero
 * sentence a little likelier, but "gives a figure" does not explain a hero).
 */
const explained: Readonly<Record<Element, ReadonlySet<string>>> = {
  problem: new Set(['cue.problem', 'words.problem', 'negation', 'number', 'measured', 'section.problem', 'turn.contrast', 'prev.problem', 'next.problem', 'position.first', 'position.early']),
  hero: new Set(['cue.hero', 'words.hero', 'name', 'capitalised', 'people', 'personFirst', 'teamPeople', 'generic', 'pronoun', 'prev.person']),
  change: new Set(['cue.change', 'words.change', 'teamPast', 'teamSubject', 'purpose', 'section.change', 'turn.consequence', 'turn.contrast', 'prev.change', 'prev.problem', 'beforeProblem', 'listItem', 'position.first']),
  outcome: new Set(['cue.outcome', 'words.outcome', 'purpose', 'number', 'measured', 'comparison', 'past', 'pastFigure', 'reportAfterChange', 'section.outcome', 'prev.outcome', 'position.late']),
  ask: new Set(['cue.ask', 'words.ask', 'number', 'question', 'section.ask', 'position.late', 'position.last'])
}

/** One input of the model. */
export type FeatureName = (typeof featureNames)[number]

/** A sentence's inputs, by name. */
export type Vector = Record<FeatureName, number>

/** An element's model: a bias and a weight per input (missing inputs weigh 0). */
export type ElementWeights = {bias: number} & Partial<Record<FeatureName, number>>

/** The least weight a second cue of the same element needs to be named as a reason beside the first. */
const secondCue = 0.5

const cap = (value: number, max: number): number => Math.min(value, max)
const flag = (value: boolean): number => (value ? 1 : 0)
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/** Whether a sentence names people: a role or group, a name, a pronoun that can only mean a person, or a person quoted in the first person. */
function named(f: SentenceFeatures | undefined): boolean {
  return f !== undefined && (f.people.length > 0 || f.names.length > 0 || f.pronouns > f.plural || f.speech !== undefined)
}

/** Whether a sentence mentions someone the story could be about. */
function person(f: SentenceFeatures | undefined): number {
  if (!f) return 0
  return flag(f.people.length > 0 || f.names.length > 0 || f.pronouns > 0 || f.speech !== undefined)
}

const featureCount = featureNames.length
const featureIndex: Readonly<Record<FeatureName, number>> = Object.fromEntries(featureNames.map((name, i) => [name, i])) as Record<FeatureName, number>

/**
 * For each sentence, the index of the sentence that opened its section: the
 * last heading or prompt line at or before it (-1 when there is none). A
 * heading that names no element closes the section before it.
 */
function openers(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): Int32Array {
  const out = new Int32Array(sentences.length)
  let open = -1
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i]!.kind === 'heading' || features[i]!.opens.length > 0 || features[i]!.neutral) open = i
    // A label before a colon ("Problem: …") puts its own sentence in its section, and no other.
    out[i] = features[i]!.label.length > 0 ? i : open
  }
  return out
}

const noSection: readonly Element[] = []

/**
 * The least weight of an ask cue that is one clear request ("we ask", "we are looking for", "Donate …", "Lataa …"):
 * what makes an ask specific (`specific` in elements.ts) and a short line that asks no bare title (`isTitle`).
 */
export const clearRequest = 1.6

/**
 * A line that names a section and little else: a bare title ("Impact") or a form prompt ("What is your solution?").
 * Not a line outside a heading that asks in its own words as clearly as a present ask must ("Lataa sovellus ja
 * lähde mukaan: [linkki]", "We ask the Board to:", "Två saker vi ber om:"): it names its section ("lähde mukaan",
 * "we ask") and asks, and the corpus labels such lines the ask (5 of its 8), not bare.
 */
function isTitle(sentence: Sentence, f: SentenceFeatures): boolean {
  if (!f.titleLike || !(f.opens.length > 0 || f.neutral) || !(f.question || sentence.words.length <= 6)) return false
  return sentence.kind === 'heading' || f.field || !f.cues.ask.some((hit) => hit.weight >= clearRequest)
}

/**
 * A title that carries no element itself, only opens a section (the labelling
 * rules: "Headings, form prompts and boilerplate get no label"). A list item
 * ("Support for 14 languages") and a long rhetorical question ("Why do so many
 * young people feel …?") are content, even when they name a section word.
 */
export function bareTitle(sentence: Sentence, f: SentenceFeatures): boolean {
  return f.field || f.announces || (isTitle(sentence, f) && sentence.kind !== 'listItem' && (!f.question || sentence.words.length <= 10))
}

/** Write sentence `i`'s inputs into `out` at `i * featureCount`, in `featureNames` order. */
function fillRow(out: Float64Array, i: number, sentences: readonly Sentence[], features: readonly SentenceFeatures[], opener: Int32Array, turned: Uint8Array, later: number): void {
  const n = sentences.length
  const x = featureIndex
  const sentence = sentences[i]!
  const f = features[i]!
  const title = sentence.kind === 'heading' || f.opens.length > 0
  const opening = opener[i]! >= 0 ? features[opener[i]!]! : undefined
  const section = opening === undefined ? noSection : opening.label.length > 0 ? opening.label : opening.opens
  const inSection = (element: Element): number => flag(!title && section.includes(element))
  const prev = features[i - 1]
  const next = features[i + 1]
  const where = n <= 1 ? 0.5 : i / (n - 1)
  const o = i * featureCount
  out[o + x['cue.problem']] = cap(f.cueScore.problem, 3)
  out[o + x['cue.hero']] = cap(f.cueScore.hero, 3)
  out[o + x['cue.change']] = cap(f.cueScore.change, 3)
  out[o + x['cue.outcome']] = cap(f.cueScore.outcome, 3)
  out[o + x['cue.ask']] = cap(f.cueScore.ask, 3)
  out[o + x['words.problem']] = f.vocabulary[0]!
  out[o + x['words.hero']] = f.vocabulary[1]!
  out[o + x['words.change']] = f.vocabulary[2]!
  out[o + x['words.outcome']] = f.vocabulary[3]!
  out[o + x['words.ask']] = f.vocabulary[4]!
  out[o + x.negation] = cap(f.negations, 2)
  out[o + x.people] = cap(f.people.length, 3)
  out[o + x.generic] = flag(f.generic.length > 0)
  out[o + x.personFirst] = flag(f.personFirst)
  out[o + x.teamPeople] = flag(f.teamPeople)
  out[o + x.name] = flag(f.names.length > 0 && f.namesTagged)
  out[o + x.capitalised] = flag(f.names.length > 0 && !f.namesTagged)
  // "They" and "them" count only next to people: "clearing them costs the city" is about pavements. A person
  // quoted in the first person ("“This time we just said yes,” says Raili") is as clear as "she".
  out[o + x.pronoun] = flag(f.pronouns > f.plural || (f.pronouns > 0 && (named(f) || named(prev))) || f.speech !== undefined)
  out[o + x.team] = cap(f.team, 3)
  out[o + x.teamSubject] = flag(f.teamSubject)
  out[o + x.teamPast] = flag(teamReports(f))
  out[o + x.number] = flag(f.numbers.length > 0)
  out[o + x.measured] = flag(f.measured > 0)
  out[o + x.comparison] = flag(f.comparison)
  out[o + x.aim] = flag(f.aims > 0)
  out[o + x.purpose] = cap(f.purposeScore, 3)
  out[o + x.past] = flag(f.past)
  // A worsening's figure measures the pain: "heating bills rose by 60 percent" reports no result.
  out[o + x.pastFigure] = flag((f.past || (f.pastForm && turned[i] === 1)) && f.quantities.length > 0 && !f.worsening)
  out[o + x.question] = flag(f.question)
  out[o + x.reportAfterChange] = flag((f.past || f.pastForm || f.afterState !== undefined) && turned[i] === 1)
  out[o + x.beforeProblem] = flag(i < later && !title)
  out[o + x.heading] = flag(sentence.kind === 'heading')
  out[o + x.listItem] = flag(sentence.kind === 'listItem')
  out[o + x.title] = flag(isTitle(sentence, f))
  out[o + x.short] = flag(sentence.words.length <= 5)
  out[o + x.frame] = flag(f.frame)
  out[o + x['turn.contrast']] = flag(f.turn === 'contrast')
  out[o + x['turn.consequence']] = flag(f.turn === 'consequence')
  out[o + x['section.problem']] = inSection('problem')
  out[o + x['section.change']] = inSection('change')
  out[o + x['section.outcome']] = inSection('outcome')
  out[o + x['section.ask']] = inSection('ask')
  out[o + x['position.first']] = flag(i === 0)
  out[o + x['position.early']] = flag(where < 0.3)
  out[o + x['position.late']] = flag(where > 0.7)
  out[o + x['position.last']] = flag(i === n - 1)
  out[o + x['prev.problem']] = prev ? cap(prev.cueScore.problem, 3) : 0
  out[o + x['prev.change']] = prev ? cap(prev.cueScore.change, 3) : 0
  out[o + x['prev.outcome']] = prev ? cap(prev.cueScore.outcome, 3) : 0
  out[o + x['prev.person']] = person(prev)
  out[o + x['next.problem']] = next ? cap(next.cueScore.problem, 3) : 0
  out[o + x['next.change']] = next ? cap(next.cueScore.change, 3) : 0
  out[o + x['next.outcome']] = next ? cap(next.cueScore.outcome, 3) : 0
  out[o + x['next.person']] = person(next)
}

/**
 * Where a pitch that opens with its solution turns to its problem: the index of
 * the first line that opens a problem section ("Why does this matter?",
 * "Varför gör vi det här?", "Problem: …") when two or more content sentences
 * come before it and it stands in the first half of the pitch; -1 otherwise.
 * The sentences before it are the pitch's opening, which in such a pitch
 * describes the solution ("Varnarna testar sig själva varje natt …"). A
 * problem section late in the pitch ("Why wait?" before the ask) says nothing
 * about the opening, which may be the problem told as a story.
 */
export function problemLater(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): number {
  let content = 0
  for (let i = 0; i < sentences.length; i++) {
    const f = features[i]!
    if (f.opens.includes('problem') || f.label.includes('problem')) return content >= 2 && i < sentences.length / 2 ? i : -1
    if (sentences[i]!.kind !== 'heading' && f.opens.length === 0 && !f.neutral) content++
  }
  return -1
}

/**
 * The inputs of every sentence as one flat array, `featureNames.length`
 * numbers per sentence in `featureNames` order (the form the scorer reads;
 * `vectors` gives the same numbers by name).
 */
function packedVectors(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): Float64Array {
  const out = new Float64Array(sentences.length * featureCount)
  const opener = openers(sentences, features)
  const turned = afterChange(features)
  const later = problemLater(sentences, features)
  for (let i = 0; i < sentences.length; i++) fillRow(out, i, sentences, features, opener, turned, later)
  return out
}

/** The inputs of every sentence (position, sections and neighbours included). */
export function vectors(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): Vector[] {
  const packed = packedVectors(sentences, features)
  const out: Vector[] = []
  for (let i = 0; i < sentences.length; i++) {
    const v = {} as Vector
    for (let k = 0; k < featureCount; k++) v[featureNames[k]!] = packed[i * featureCount + k]!
    out.push(v)
  }
  return out
}

/** The linear part of an element's model for one sentence. */
export function logit(model: ElementWeights, vector: Vector): number {
  let sum = model.bias
  for (const name of featureNames) {
    const w = model[name]
    if (w) sum += w * vector[name]
  }
  return sum
}

/** Each input's contribution (weight · value) to an element's score, largest first, zeros left out. */
export function contributions(model: ElementWeights, vector: Vector): Array<{feature: FeatureName; value: number}> {
  return featureNames
    .map((feature) => ({feature, value: (model[feature] ?? 0) * vector[feature]}))
    .filter((c) => c.value !== 0)
    .sort((a, b) => b.value - a.value)
}

/**
 * The inputs of the second stage, which reads each element along the
 * sequence: the sentence's own first-stage logit; the first-stage scores of
 * the sentence just before and just after it when they stand in the same
 * part of the text (`parts`: problems and heroes run over several sentences
 * of a paragraph, while a heading or a new paragraph often opens something
 * new), and of the sentences two before and two after it wherever they
 * stand (a lone sentence between two carriers often carries the element
 * too); whether the sentence is a heading, a question or a bare title or
 * form prompt, which its neighbours must not pull into a role; and `gap`,
 * how far its own logit falls short of the highest first-stage logit for the
 * element in the pitch (0 for the pitch's clearest sentence, at most
 * `gapFloor` below; bare titles left out; `gapFloor` for every sentence
 * when the highest is under `gapLeast`): a pitch tells each element
 * somewhere, and its clearest candidate is likelier to be it than the same
 * words in a pitch that says it more clearly elsewhere.
 */
export const stackNames = ['self', 'prev', 'next', 'prev2', 'next2', 'heading', 'question', 'title', 'gap'] as const

/** The least `gap` input: a sentence far below the pitch's clearest one is simply not it. */
export const gapFloor = -5

/**
 * The least first-stage logit (a score of 0.27) the pitch's clearest sentence needs for `gap` to lift it: in a
 * pitch where nothing reads as the element, no sentence is its likeliest carrier, and every sentence's `gap`
 * is `gapFloor`. Chosen with `eval/cv-status.ts` (cross-validated and `--heldout`) from none, -1, 0 and 1:
 * without it, a pitch whose problem sentences were deleted lifted its best remaining sentence (ablation 862
 * of 1,028 deletions noticed, against 866 from -1), and a report that tells no problem read one faintly.
 */
export const gapLeast = -1

/**
 * The highest first-stage logit for each element over a pitch's sentences that are no bare title (`bareTitle`),
 * `m` per pitch in `elementList` order; -Infinity for an element when every sentence is a bare title.
 */
function bestLogits(first: ArrayLike<number>, bare: ArrayLike<number>, n: number, m: number): Float64Array {
  const best = new Float64Array(m).fill(-Infinity)
  for (let i = 0; i < n; i++) {
    if (bare[i] === 1) continue
    for (let e = 0; e < m; e++) if (first[i * m + e]! > best[e]!) best[e] = first[i * m + e]!
  }
  return best
}

/** The `gap` input of a sentence whose first-stage logit is `own`, in a pitch whose highest is `best`. */
export function gapInput(own: number, best: number): number {
  return best < gapLeast ? gapFloor : Math.max(gapFloor, Math.min(0, own - best))
}

/** One input of the second stage. */
export type StackName = (typeof stackNames)[number]

/** An element's second-stage model. */
export type StackWeights = {bias: number} & Record<StackName, number>

const elementList = ['problem', 'hero', 'change', 'outcome', 'ask'] as const

/** First-stage logits of every sentence for every element. */
export function firstStage(vs: readonly Vector[]): Array<Record<Element, number>> {
  return vs.map((v) => {
    const out = {} as Record<Element, number>
    for (const element of elementList) out[element] = logit(weights[element], v)
    return out
  })
}

/**
 * The part of the text each sentence belongs to, as a number per sentence: a
 * heading, a paragraph, or a run of list items one after another (one list).
 * The second stage reads the sentence just before and just after a sentence
 * only within its part: the sentence after a heading or at the start of a
 * new paragraph opens something new more often than it goes on with what
 * came before (cross-validated, sentence macro-F1 0.777 → 0.781 and 256 →
 * 259 of 328 deletions noticed, status accuracy level).
 */
export function parts(sentences: ReadonlyArray<Pick<Sentence, 'block' | 'kind'>>): Int32Array {
  const out = new Int32Array(sentences.length)
  for (let i = 1; i < sentences.length; i++) {
    const a = sentences[i - 1]!
    const b = sentences[i]!
    const same = a.block === b.block || (a.kind === 'listItem' && b.kind === 'listItem' && b.block === a.block + 1)
    out[i] = out[i - 1]! + (same ? 0 : 1)
  }
  return out
}

/**
 * The second-stage inputs of sentence `i` for one element, from first-stage logits, the sentences' `parts` and
 * the pitch's highest first-stage logit for the element (`best`, over sentences that are no bare title).
 */
export function stackInputs(first: ReadonlyArray<Record<Element, number>>, i: number, element: Element, vector: Vector, part: ArrayLike<number>, best: number): Record<StackName, number> {
  const across = (k: number): number => (k >= 0 && k < first.length ? sigmoid(first[k]![element]) : 0)
  const p = (k: number): number => (part[k] === part[i] ? across(k) : 0)
  return {
    self: first[i]![element],
    prev: p(i - 1),
    next: p(i + 1),
    prev2: across(i - 2),
    next2: across(i + 2),
    heading: vector.heading,
    question: vector.question,
    title: vector.title,
    gap: gapInput(first[i]![element], best)
  }
}

/** The second stage's logit. */
export function stackLogit(model: StackWeights, inputs: Record<StackName, number>): number {
  let sum = model.bias
  for (const name of stackNames) sum += model[name] * inputs[name]
  return sum
}

/** An element's first stage as the scorer reads it: the inputs with a non-zero weight, in `featureNames` order. */
interface PackedModel {
  bias: number
  index: Int32Array
  weight: Float64Array
  /** Every input's weight, 0 for none, in `featureNames` order. */
  dense: Float64Array
}

function pack(model: ElementWeights): PackedModel {
  const index: number[] = []
  const weight: number[] = []
  for (let k = 0; k < featureCount; k++) {
    const w = model[featureNames[k]!]
    if (w) {
      index.push(k)
      weight.push(w)
    }
  }
  const dense = new Float64Array(featureCount)
  index.forEach((k, j) => (dense[k] = weight[j]!))
  return {bias: model.bias, index: Int32Array.from(index), weight: Float64Array.from(weight), dense}
}

const packedModels: readonly PackedModel[] = elementList.map((element) => pack(weights[element]))
const packedStacks: readonly StackWeights[] = elementList.map((element) => weights.stack[element])
const contentMask: Uint8Array = Uint8Array.from(featureNames, (name) => (contentFeatures.has(name) ? 1 : 0))
const headingAt = featureIndex.heading
const questionAt = featureIndex.question
const titleAt = featureIndex.title

/**
 * What one scoring run leaves for the next (kept by an analyser between
 * updates). Only the latest run's arrays are kept.
 */
export interface ScoringMemo {
  features: readonly SentenceFeatures[]
  opener: Int32Array
  /** `parts` of the run. */
  part: Int32Array
  turned: Uint8Array
  /** `problemLater`'s answer for the run. */
  later: number
  all: Float64Array
  first: Float64Array
  firstScore: Float64Array
  /** `bestLogits` of the run. */
  best: Float64Array
  scores: readonly SentenceScore[]
}

/**
 * Score every sentence.
 *
 * With `memo` (a box the caller keeps between runs), a run over as many
 * sentences as the last one reuses the scores of every sentence whose
 * inputs cannot have changed: a sentence's score reads the first-stage
 * scores of the two sentences on each side, whose inputs read their own
 * neighbours and section, so a sentence is scored again when anything
 * changed within three sentences of it (its features are a different object,
 * its section opener moved or changed, it moved to the other side of the
 * story's turn, see `afterChange`, or into or out of the opening before a
 * later problem section, see `problemLater`); and every sentence is scored
 * again when the pitch's clearest sentence for an element now reads
 * differently (the `gap` input; only the second stage, which is cheap). The result is the same as without
 * the memo; `test/incremental.test.ts` and the property tests check that.
 */
export function scoreSentences(sentences: readonly Sentence[], features: readonly SentenceFeatures[], memo?: {last?: ScoringMemo}): SentenceScore[] {
  const n = sentences.length
  const m = elementList.length
  const opener = openers(sentences, features)
  const turned = afterChange(features)
  const later = problemLater(sentences, features)
  const part = parts(sentences)
  const last = memo?.last?.features.length === n ? memo.last : undefined
  // Whether sentence `j` goes on with the part of the sentence before it, in a run's `parts`.
  const joins = (of: Int32Array, j: number): boolean => j > 0 && of[j] === of[j - 1]
  // `dirty`: sentences to score again; `rows`: sentences whose inputs and first stage to work out again.
  const dirty = new Uint8Array(n)
  const rows = new Uint8Array(n)
  let all: Float64Array
  let first: Float64Array
  let firstScore: Float64Array
  if (last) {
    const changed = new Uint8Array(n)
    for (let j = 0; j < n; j++) {
      const o = opener[j]!
      // A sentence is read again when its features, its section, its side of the story's turn or whether it
      // opens the pitch before a later problem section (`problemLater`) changed.
      // So is one that now starts or joins a part (a paragraph split or joined around it).
      if (
        features[j] !== last.features[j] ||
        o !== last.opener[j] ||
        (o >= 0 && features[o] !== last.features[o]) ||
        turned[j] !== last.turned[j] ||
        (j < later) !== (j < last.later) ||
        joins(part, j) !== joins(last.part, j)
      )
        changed[j] = 1
    }
    const reach = 3
    for (let j = 0; j < n; j++) {
      if (changed[j] !== 1) continue
      for (let i = Math.max(0, j - reach); i <= Math.min(n - 1, j + reach); i++) dirty[i] = 1
    }
    for (let i = 0; i < n; i++) {
      if (dirty[i] !== 1) continue
      for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) rows[j] = 1
    }
    all = last.all.slice()
    first = last.first.slice()
    firstScore = last.firstScore.slice()
  } else {
    dirty.fill(1)
    rows.fill(1)
    all = new Float64Array(n * featureCount)
    first = new Float64Array(n * m)
    firstScore = new Float64Array(n * m)
  }
  // Most inputs are 0: each sentence's non-zero ones, in `featureNames` order.
  const nonZero = new Int32Array(n * featureCount)
  const nonZeroCount = new Int32Array(n)
  const listNonZero = (i: number): number => {
    const o = i * featureCount
    let count = 0
    for (let k = 0; k < featureCount; k++) if (all[o + k] !== 0) nonZero[o + count++] = k
    nonZeroCount[i] = count
    return count
  }
  // First-stage logits and their sigmoids, `m` per sentence. The same sums, in the same order, as `logit`
  // (leaving out terms that are 0 changes no sum: the bias is never 0, and x + 0 === x).
  for (let i = 0; i < n; i++) {
    if (rows[i] !== 1) continue
    fillRow(all, i, sentences, features, opener, turned, later)
    const o = i * featureCount
    const count = listNonZero(i)
    for (let e = 0; e < m; e++) {
      const model = packedModels[e]!
      const dense = model.dense
      let sum = model.bias
      for (let t = 0; t < count; t++) {
        const k = nonZero[o + t]!
        const w = dense[k]!
        if (w !== 0) sum += w * all[o + k]!
      }
      first[i * m + e] = sum
      firstScore[i * m + e] = sigmoid(sum)
    }
  }
  // The pitch's clearest sentence for each element (the `gap` input). When it reads differently from the last
  // run, every sentence's second stage reads it differently too.
  const bare = new Uint8Array(n)
  for (let i = 0; i < n; i++) bare[i] = bareTitle(sentences[i]!, features[i]!) ? 1 : 0
  const best = bestLogits(first, bare, n, m)
  if (last && best.some((value, e) => value !== last.best[e])) {
    dirty.fill(1)
    // Their inputs stand (`all`, from the last run), but their non-zero ones were listed only for `rows`.
    for (let i = 0; i < n; i++) if (rows[i] !== 1) listNonZero(i)
  }
  // A neighbour's first-stage score: the next and the previous sentence within sentence `i`'s part of the
  // text, the sentences two away wherever they stand.
  const p = (i: number, k: number, e: number): number => (k >= 0 && k < n && part[k] === part[i] ? firstScore[k * m + e]! : 0)
  const across = (k: number, e: number): number => (k >= 0 && k < n ? firstScore[k * m + e]! : 0)
  const context: ScoringContext = {sentences, features, all, firstScore, part}
  const own = new Float64Array(featureCount)
  const scored = new Float64Array(m)
  const said = new Float64Array(m)
  const result: SentenceScore[] = []
  let sectionTitle = ''
  for (let i = 0; i < n; i++) {
    const sentence = sentences[i]!
    const f = features[i]!
    const o = i * featureCount
    if (sentence.kind === 'heading' || f.opens.length > 0) sectionTitle = plainWords(sentence)
    // A label ("Problem: …") is the section of its own sentence only.
    const under = f.label.length > 0 ? sentence.words.slice(0, f.labelWords).map((w) => w.value).join(' ') : sectionTitle
    if (dirty[i] !== 1) {
      const kept = last!.scores[i]!
      result.push({score: kept.score, content: kept.content, reasons: new LazyReasons(context, i, under)})
      continue
    }
    const heading = all[o + headingAt]!
    const question = all[o + questionAt]!
    const title = all[o + titleAt]!
    const bareTitled = bare[i] === 1
    for (let e = 0; e < m; e++) {
      const stack = packedStacks[e]!
      // The same sum, in the same order, as `stackLogit` over `stackInputs`.
      let along = stack.bias
      along += stack.self * first[i * m + e]!
      along += stack.prev * p(i, i - 1, e)
      along += stack.next * p(i, i + 1, e)
      along += stack.prev2 * across(i - 2, e)
      along += stack.next2 * across(i + 2, e)
      along += stack.heading * heading
      along += stack.question * question
      along += stack.title * title
      along += stack.gap * gapInput(first[i * m + e]!, best[e]!)
      // Neighbours may lift a sentence but not sink one that says the element in its own words:
      // a one-sentence outcome in a four-sentence elevator pitch has no neighbours to agree with it.
      const alone = firstScore[i * m + e]!
      const lifted = sigmoid(along)
      // A bare section title or form prompt ("Results", "What is your solution?") carries nothing itself:
      // it only opens the section the next sentences are read in. Nor does a form field ("**Applicant:** …").
      scored[e] = bareTitled ? 0 : heading + question + title > 0 ? lifted : Math.max(alone, lifted)
      // The positive content contributions, summed largest first (the order `contributions` gives them in).
      const dense = packedModels[e]!.dense
      let count = 0
      for (let t = 0; t < nonZeroCount[i]!; t++) {
        const k = nonZero[o + t]!
        if (contentMask[k] !== 1) continue
        const value = dense[k]! * all[o + k]!
        if (!(value > 0)) continue
        let at = count++
        while (at > 0 && own[at - 1]! < value) {
          own[at] = own[at - 1]!
          at--
        }
        own[at] = value
      }
      let sum = 0
      for (let j = 0; j < count; j++) sum += own[j]!
      said[e] = sum
    }
    result.push({
      score: {problem: scored[0]!, hero: scored[1]!, change: scored[2]!, outcome: scored[3]!, ask: scored[4]!},
      content: {problem: said[0]!, hero: said[1]!, change: said[2]!, outcome: said[3]!, ask: said[4]!},
      reasons: new LazyReasons(context, i, under)
    })
  }
  if (memo) memo.last = {features, opener, part, turned, later, all, first, firstScore, best, scores: result}
  return result
}

/** What the reasons of a sentence are worked out from. */
interface ScoringContext {
  sentences: readonly Sentence[]
  features: readonly SentenceFeatures[]
  all: Float64Array
  firstScore: Float64Array
  /** `parts` of the run: a neighbour in another part carries nothing along. */
  part: Int32Array
  /** `hopedFor` of the run, worked out when the first outcome reason is. */
  hoped?: Uint8Array
  /** `afterChange` of the run, worked out when the first outcome reason is. */
  turned?: Uint8Array
}

/**
 * A sentence's reasons per element, worked out the first time they are read:
 * only the few sentences that become evidence are ever explained.
 */
class LazyReasons implements Record<Element, Reason[]> {
  readonly #context: ScoringContext
  readonly #index: number
  readonly #sectionTitle: string
  readonly #cache: Array<Reason[] | undefined> = [undefined, undefined, undefined, undefined, undefined]

  constructor(context: ScoringContext, index: number, sectionTitle: string) {
    this.#context = context
    this.#index = index
    this.#sectionTitle = sectionTitle
  }

  get problem(): Reason[] {
    return this.#get(0)
  }

  get hero(): Reason[] {
    return this.#get(1)
  }

  get change(): Reason[] {
    return this.#get(2)
  }

  get outcome(): Reason[] {
    return this.#get(3)
  }

  get ask(): Reason[] {
    return this.#get(4)
  }

  #get(e: number): Reason[] {
    const cached = this.#cache[e]
    if (cached) return cached
    const {sentences, features, all, firstScore, part} = this.#context
    const i = this.#index
    const m = elementList.length
    const element = elementList[e]!
    const stack = weights.stack[element]
    const parts = packedContributions(packedModels[e]!, all, i * featureCount)
    const reasons = explain(element, parts, sentences[i]!, features[i]!, this.#sectionTitle)
    // Under "Expected results", whatever the sentence reports is hoped for, which keeps the outcome weak (`judge`).
    if (element === 'outcome' && (this.#context.hoped ??= hopedFor(features))[i] === 1 && !reasons.some((r) => r.key === 'aim')) reasons.push({key: 'hoped'})
    // A reaction reported after the story's turn is observed, which makes an outcome specific (`judge`).
    else if (element === 'outcome' && reportsSpeech(features[i]!) && (this.#context.turned ??= afterChange(features))[i] === 1) reasons.push({key: 'reported'})
    const prev = i > 0 && part[i - 1] === part[i] ? firstScore[(i - 1) * m + e]! : 0
    const next = i + 1 < sentences.length && part[i + 1] === part[i] ? firstScore[(i + 1) * m + e]! : 0
    // Carried along by its neighbours: the one before ("continues the previous sentence"), or, for a first
    // sentence or when the next one weighs more, the one after ("leads into the next sentence").
    if (stack.prev * prev + stack.next * next >= 0.5 && !reasons.some((r) => r.key === 'neighbour' || r.key === 'next')) {
      reasons.push({key: stack.prev * prev >= stack.next * next ? 'neighbour' : 'next'})
    }
    this.#cache[e] = reasons
    return reasons
  }
}

/** `contributions` over a packed vector: only inputs with a weight are looked at. */
function packedContributions(model: PackedModel, all: Float64Array, offset: number): Array<{feature: FeatureName; value: number}> {
  const parts: Array<{feature: FeatureName; value: number}> = []
  for (let j = 0; j < model.index.length; j++) {
    const k = model.index[j]!
    const value = model.weight[j]! * all[offset + k]!
    if (value !== 0) parts.push({feature: featureNames[k]!, value})
  }
  // Stable, like `contributions`: equal values keep `featureNames` order.
  if (parts.length > 1) parts.sort((a, b) => b.value - a.value)
  return parts
}

/**
 * Turn the positive contributions into reasons a person can read. Exported for tests, which give it the
 * contributions a rule needs rather than what the fitted weights happen to make of a sentence.
 */
export function explain(
  element: Element,
  parts: Array<{feature: FeatureName; value: number}>,
  sentence: Sentence,
  f: SentenceFeatures,
  sectionTitle: string
): Reason[] {
  const out: Reason[] = []
  const seen = new Set<string>()
  const add = (reason: Reason): void => {
    const key = reason.key + '\u0000' + (reason.value ?? '')
    if (!seen.has(key)) {
      seen.add(key)
      out.push(reason)
    }
  }
  const allowed = explained[element]
  // What the sentence says first (the learned words last of it: they say least), then where it stands.
  const learned = (p: {feature: FeatureName}): boolean => p.feature.startsWith('words.')
  const ordered = [
    ...parts.filter((p) => contentFeatures.has(p.feature) && !learned(p)),
    ...parts.filter(learned),
    ...parts.filter((p) => !contentFeatures.has(p.feature) && !learned(p))
  ]
  // The team as the subject in the present says what it does ("We train older pupils …", "Lainaamme …"):
  // a reason a reader gives for a change whenever the input speaks for it, however small its share.
  const acts = element === 'change' && f.teamSubject && !f.past && parts.some((p) => p.feature === 'teamSubject' && p.value > 0)
  // The team's first words as it acts or reports ("We train …", "We partnered …").
  const teamWords = (): string => wordsText(sentence, f.teamSubjectAt, Math.min(f.teamSubjectAt + 1, sentence.words.length - 1))
  const say = (feature: FeatureName): void => {
    switch (feature) {
      case 'cue.problem':
      case 'cue.hero':
      case 'cue.change':
      case 'cue.outcome':
      case 'cue.ask': {
        const cue = feature.slice(4) as Exclude<Element, never>
        const own = cue === 'outcome' ? f.cues.outcome.filter((h) => !f.purpose.some((p) => p.last === h.last)) : f.cues[cue]
        // The strongest cue, and a second one only when it says something too ("fell", not the "from" of
        // "fell from 40 to 17": that is the before → after's own reason).
        const strongest = own.filter((h) => h.weight > 0).sort((a, b) => b.weight - a.weight)
        for (const hit of strongest.filter((h, k) => k === 0 || (k === 1 && h.weight >= secondCue))) {
          add({key: 'cue', value: wordsText(sentence, hit.first, hit.last)})
        }
        break
      }
      case 'words.problem':
      case 'words.hero':
      case 'words.change':
      case 'words.outcome':
      case 'words.ask': {
        // The words whose stems the element's sentences use most: said only when nothing the sentence says
        // explains it in a reader's terms (a cue, a person, a figure), since a learned word says least.
        if (out.length > 0 || acts) break
        const strongest = f.vocabularyWords[vocabularyElements.indexOf(element)]!
        // No word stands out (the input sums many small weights): the sentence reads so as a whole.
        if (strongest.length > 0) add({key: 'words', value: strongest.map((index) => sentence.words[index]!.value).join(', ')})
        else add({key: 'wordsWhole'})
        break
      }
      case 'purpose':
        for (const hit of f.purpose.slice().sort((a, b) => b.weight - a.weight).slice(0, 1)) add({key: 'purpose', value: wordsText(sentence, hit.first, hit.last)})
        break
      case 'negation':
        add({key: 'negation', value: f.negationWords[0] ?? ''})
        break
      case 'people':
      case 'personFirst':
      case 'teamPeople': {
        // A Swedish or Finnish people list holds the person pronouns too ("hon", "hänet"): a pronoun refers
        // back to someone, it names no group ("nämner dem det gäller: hon sin medicin" read wrong).
        const group = servedGroup(sentence, f)
        if (group) add({key: 'people', value: phrase(sentence, group)})
        else if (f.people[0]) add({key: 'pronoun', value: sentence.words[f.people[0].first]!.value})
        break
      }
      case 'teamPast':
        // "We partnered with …": what the team did, in its first words.
        add({key: 'teamPast', value: teamWords()})
        break
      case 'teamSubject':
        // "We train older pupils …", "Lainaamme …": the team as the subject says what it does. Not beside
        // "We built …", whose reason already quotes the same words.
        if (acts) add({key: 'teamActs', value: teamWords()})
        break
      case 'generic': {
        // "Only generically" is said of a sentence that names no group: in "Young people in Kallio" or
        // "Wheelchair users" the generic word is part of a group the sentence names, and that group is the reason.
        const group = servedGroup(sentence, f)
        if (group) add({key: 'people', value: phrase(sentence, group)})
        else if (f.generic[0]) add({key: 'generic', value: phrase(sentence, f.generic[0])})
        break
      }
      case 'name':
        add({key: 'person', value: f.names.join(', ')})
        break
      case 'capitalised':
        // Without a tagger or a known given name, the word may be a place or an organisation.
        add({key: 'proper', value: f.names.join(', ')})
        break
      case 'pronoun':
        // A quoted person's own words: "quotes a person in their own words: “This time we just said …”".
        // Otherwise the pronoun itself, which points back at someone the pitch has named ("refers to someone
        // named before: she"), unless the sentence names them itself ("residents … with their own yard duty").
        // A sentence that names its people itself is explained by them, however little its people input weighs
        // after a refit ("Our app matches her with a neighbour": "names the people served: neighbour").
        if (f.speech) add({key: 'speech', value: wordsText(sentence, f.speech.first, Math.min(f.speech.last, f.speech.first + 4)) + (f.speech.last > f.speech.first + 4 ? ' …' : '')})
        else if (f.people.length > 0 || f.names.length > 0) {
          const group = servedGroup(sentence, f)
          if (group) add({key: 'people', value: phrase(sentence, group)})
        }
        else if (f.pronounWords[0] !== undefined) add({key: 'pronoun', value: sentence.words[sentence.lower.indexOf(f.pronounWords[0])]!.value})
        else add({key: 'neighbour'})
        break
      case 'number':
      case 'measured':
        add({key: 'number', value: numberText(sentence, f)})
        break
      case 'comparison':
        add({key: 'comparison'})
        break
      case 'past':
      case 'pastFigure':
        add({key: 'past'})
        break
      case 'reportAfterChange':
        // Quote the words that place it after the change when there are some ("now", "after eight months").
        if (f.afterState) add({key: 'afterState', value: wordsText(sentence, f.afterState.first, f.afterState.last)})
        else add({key: 'reportAfterChange'})
        break
      case 'question':
        add({key: 'question'})
        break
      case 'listItem':
        // The labelling rules read a list of what a product does as the change ("links to your rail account").
        add({key: 'listItem'})
        break
      case 'section.problem':
      case 'section.change':
      case 'section.outcome':
      case 'section.ask':
        add({key: 'heading', value: sectionTitle})
        break
      case 'position.first':
      case 'position.early':
      case 'position.late':
      case 'position.last':
      case 'beforeProblem':
        add({key: 'position'})
        break
      case 'prev.problem':
      case 'prev.change':
      case 'prev.outcome':
      case 'prev.person':
      case 'turn.contrast':
      case 'turn.consequence':
        add({key: 'neighbour'})
        break
      case 'next.problem':
      case 'next.change':
      case 'next.outcome':
      case 'next.person':
        add({key: 'next'})
        break
      default:
        break
    }
  }
  // A lack explains a problem whenever the model counts it, however small its share: the word tables learn the
  // same words ("rarely", "no one", "ei") and, fitted together with them, take most of its weight.
  const lack = (feature: FeatureName, value: number): boolean => feature === 'negation' && element === 'problem' && value > 0
  for (const {feature, value} of ordered) if ((value >= 0.3 || lack(feature, value)) && allowed.has(feature)) say(feature)
  // A sentence that is evidence only faintly (a change hinted at from 0.1) may have no input of 0.3: the
  // first input that explains the element, in the order above (what it says before where it stands), is its
  // reason however small.
  // An input that says nothing of its own here (a pronoun beside the group the sentence names itself) passes
  // its turn to the next.
  if (out.length === 0 && !acts) {
    for (const {feature, value} of ordered) {
      if (value > 0 && allowed.has(feature)) say(feature)
      if (out.length > 0) break
    }
  }
  // What a change is for ("… to reduce waiting") explains it whenever the model counts it, however small its
  // share, beside the reasons the sentence already has: its weight is small and moves with each refit (0.24–0.27).
  if (element === 'change' && (out.length > 0 || acts) && parts.some((p) => p.feature === 'purpose' && p.value > 0)) say('purpose')
  if (acts) add({key: 'teamActs', value: teamWords()})
  // Facts about the sentence that explain an outcome whatever their weight in the model.
  if (element === 'outcome' && f.comparison && out.length > 0) add({key: 'comparison'})
  if (element === 'outcome' && f.aims > 0 && f.measured === 0 && !f.comparison && !f.past) add({key: 'aim'})
  // What makes an ask specific without a figure or a date (see `judge`): where or how to act.
  if (element === 'ask' && f.channel && out.length > 0) add({key: 'channel'})
  // What keeps a change weak (see `judge`): a hedge of doubt, or buzzwords in place of what is done.
  if (element === 'change' && f.unsure[0]) add({key: 'unsure', value: wordsText(sentence, f.unsure[0].first, f.unsure[0].last)})
  if (element === 'change' && f.buzzwords.length > 0) add({key: 'buzzword', value: f.buzzwords.slice(0, 2).map((m) => wordsText(sentence, m.first, m.last)).join(', ')})
  return out
}

function plainWords(sentence: Sentence): string {
  return sentence.words.map((w) => w.value).join(' ')
}

function wordsText(sentence: Sentence, first: number, last: number): string {
  const a = sentence.words[first]!
  const b = sentence.words[Math.min(last, sentence.words.length - 1)]!
  return sentence.text.slice(a.start - sentence.start, b.end - sentence.start)
}

/** A role or group with what qualifies it right after it ("residents over 75": `reach` in features.ts). */
function phrase(sentence: Sentence, range: GroupRange): string {
  return wordsText(sentence, range.first, range.reach)
}

function numberText(sentence: Sentence, f: SentenceFeatures): string {
  const index = f.numbers[0] ?? 0
  return wordsText(sentence, index, index + 1)
}
