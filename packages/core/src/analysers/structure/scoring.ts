/**
 * Scores each sentence for each element from its features, its position,
 * the section it stands in and its neighbours, and says why.
 *
 * The model has two stages, with the weights in `weights.ts`. The first is
 * a logistic regression per element over one named input vector
 * (`vectors`): `sigmoid(bias + Σ weight · input)`. The second reads each
 * element along the sequence (`stackInputs`): the sentence's own first-stage
 * logit with the first-stage scores of its neighbours; it may lift a
 * sentence but not sink it, except a heading, question or title. Scores are
 * probability-like figures in 0..1, and a sentence carries the element from
 * `weights.roleThreshold` up. Every input is a plain number with a name, so
 * every first-stage score can be taken apart into its contributions.
 *
 * @module
 */
import type {Sentence} from '../../document/model.js'
import type {Element} from '../../types.js'
import type {SentenceFeatures} from './features.js'
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
 * heading or prompt that opened a section about that element.
 */
export const featureNames = [
  'cue.problem', 'cue.hero', 'cue.change', 'cue.outcome', 'cue.ask',
  'negation', 'people', 'personFirst', 'teamPeople', 'generic', 'name', 'capitalised', 'pronoun', 'team', 'teamSubject', 'teamPast',
  'number', 'measured', 'comparison', 'aim', 'past', 'pastFigure', 'question',
  'heading', 'listItem', 'title', 'short',
  'turn.contrast', 'turn.consequence',
  'section.problem', 'section.change', 'section.outcome', 'section.ask',
  'position.first', 'position.early', 'position.late', 'position.last',
  'prev.problem', 'prev.change', 'prev.outcome', 'prev.person', 'next.problem', 'next.change', 'next.outcome', 'next.person'
] as const

/** The inputs that come from what the sentence says (or the heading it stands under), not from where it stands. */
const contentFeatures: ReadonlySet<string> = new Set([
  'cue.problem', 'cue.hero', 'cue.change', 'cue.outcome', 'cue.ask', 'negation', 'people', 'personFirst', 'teamPeople', 'generic', 'name', 'capitalised', 'pronoun',
  'team', 'teamSubject', 'teamPast', 'number', 'measured', 'comparison', 'aim', 'past', 'pastFigure', 'question',
  // A heading over the sentence is something a reader can point at too ("under the heading “Our solution”").
  'section.problem', 'section.change', 'section.outcome', 'section.ask'
])

/**
 * The inputs that may explain each element to a reader (an input can raise a
 * score without being a reason a person would give: a figure makes a hero
 * sentence a little likelier, but "gives a figure" does not explain a hero).
 */
const explained: Readonly<Record<Element, ReadonlySet<string>>> = {
  problem: new Set(['cue.problem', 'negation', 'number', 'measured', 'section.problem', 'turn.contrast', 'prev.problem', 'next.problem', 'position.first', 'position.early']),
  hero: new Set(['cue.hero', 'name', 'capitalised', 'people', 'personFirst', 'generic', 'pronoun', 'prev.person']),
  change: new Set(['cue.change', 'section.change', 'turn.consequence', 'turn.contrast', 'prev.change', 'prev.problem']),
  outcome: new Set(['cue.outcome', 'number', 'measured', 'comparison', 'past', 'pastFigure', 'section.outcome', 'prev.outcome', 'position.late']),
  ask: new Set(['cue.ask', 'number', 'question', 'section.ask', 'position.late', 'position.last'])
}

/** One input of the model. */
export type FeatureName = (typeof featureNames)[number]

/** A sentence's inputs, by name. */
export type Vector = Record<FeatureName, number>

/** An element's model: a bias and a weight per input (missing inputs weigh 0). */
export type ElementWeights = {bias: number} & Partial<Record<FeatureName, number>>

const cap = (value: number, max: number): number => Math.min(value, max)
const flag = (value: boolean): number => (value ? 1 : 0)
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/** Whether a sentence mentions someone the story could be about. */
function person(f: SentenceFeatures | undefined): number {
  if (!f) return 0
  return flag(f.people.length > 0 || f.names.length > 0 || f.pronouns > 0)
}

/** The inputs of every sentence (position, sections and neighbours included). */
export function vectors(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): Vector[] {
  const n = sentences.length
  const out: Vector[] = []
  let section: Element[] = []
  for (let i = 0; i < n; i++) {
    const sentence = sentences[i]!
    const f = features[i]!
    const title = sentence.kind === 'heading' || f.opens.length > 0
    // A heading or prompt opens a section (or closes the previous one when it names no element).
    if (sentence.kind === 'heading' || f.opens.length > 0) section = f.opens
    const inSection = (element: Element): number => flag(!title && section.includes(element))
    const prev = features[i - 1]
    const next = features[i + 1]
    const where = n <= 1 ? 0.5 : i / (n - 1)
    out.push({
      'cue.problem': cap(f.cueScore.problem, 3),
      'cue.hero': cap(f.cueScore.hero, 3),
      'cue.change': cap(f.cueScore.change, 3),
      'cue.outcome': cap(f.cueScore.outcome, 3),
      'cue.ask': cap(f.cueScore.ask, 3),
      negation: cap(f.negations, 2),
      people: cap(f.people.length, 3),
      generic: flag(f.generic.length > 0),
      personFirst: flag(f.personFirst),
      teamPeople: flag(f.teamPeople),
      name: flag(f.names.length > 0 && f.namesTagged),
      capitalised: flag(f.names.length > 0 && !f.namesTagged),
      pronoun: flag(f.pronouns > 0),
      team: cap(f.team, 3),
      teamSubject: flag(f.teamSubject),
      teamPast: flag(f.teamSubject && f.past),
      number: flag(f.numbers.length > 0),
      measured: flag(f.measured > 0),
      comparison: flag(f.comparison),
      aim: flag(f.aims > 0),
      past: flag(f.past),
      pastFigure: flag(f.past && f.numbers.length > 0),
      question: flag(f.question),
      heading: flag(sentence.kind === 'heading'),
      listItem: flag(sentence.kind === 'listItem'),
      title: flag(f.opens.length > 0 && (f.question || sentence.words.length <= 6)),
      short: flag(sentence.words.length <= 5),
      'turn.contrast': flag(f.turn === 'contrast'),
      'turn.consequence': flag(f.turn === 'consequence'),
      'section.problem': inSection('problem'),
      'section.change': inSection('change'),
      'section.outcome': inSection('outcome'),
      'section.ask': inSection('ask'),
      'position.first': flag(i === 0),
      'position.early': flag(where < 0.3),
      'position.late': flag(where > 0.7),
      'position.last': flag(i === n - 1),
      'prev.problem': prev ? cap(prev.cueScore.problem, 3) : 0,
      'prev.change': prev ? cap(prev.cueScore.change, 3) : 0,
      'prev.outcome': prev ? cap(prev.cueScore.outcome, 3) : 0,
      'prev.person': person(prev),
      'next.problem': next ? cap(next.cueScore.problem, 3) : 0,
      'next.change': next ? cap(next.cueScore.change, 3) : 0,
      'next.outcome': next ? cap(next.cueScore.outcome, 3) : 0,
      'next.person': person(next)
    })
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
 * sequence: the sentence's own first-stage logit and the first-stage scores
 * of the two sentences before and after it (problems and heroes run over
 * several sentences; a lone sentence between two carriers often carries the
 * element too), and whether the sentence is a heading, a question or a bare
 * title or form prompt, which its neighbours must not pull into a role.
 */
export const stackNames = ['self', 'prev', 'next', 'prev2', 'next2', 'heading', 'question', 'title'] as const

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

/** The second-stage inputs of sentence `i` for one element, from first-stage logits. */
export function stackInputs(first: ReadonlyArray<Record<Element, number>>, i: number, element: Element, vector: Vector): Record<StackName, number> {
  const p = (k: number): number => (k >= 0 && k < first.length ? sigmoid(first[k]![element]) : 0)
  return {
    self: first[i]![element],
    prev: p(i - 1),
    next: p(i + 1),
    prev2: p(i - 2),
    next2: p(i + 2),
    heading: vector.heading,
    question: vector.question,
    title: vector.title
  }
}

/** The second stage's logit. */
export function stackLogit(model: StackWeights, inputs: Record<StackName, number>): number {
  let sum = model.bias
  for (const name of stackNames) sum += model[name] * inputs[name]
  return sum
}

/** Score every sentence. */
export function scoreSentences(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): SentenceScore[] {
  const all = vectors(sentences, features)
  const first = firstStage(all)
  const result: SentenceScore[] = []
  let sectionTitle = ''
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!
    const f = features[i]!
    const v = all[i]!
    if (sentence.kind === 'heading' || f.opens.length > 0) sectionTitle = plainWords(sentence)
    const score = {} as Record<Element, number>
    const content = {} as Record<Element, number>
    const reasons = {} as Record<Element, Reason[]>
    for (const element of elementList) {
      const model = weights[element]
      const stack = weights.stack[element]
      const inputs = stackInputs(first, i, element, v)
      // Neighbours may lift a sentence but not sink one that says the element in its own words:
      // a one-sentence outcome in a four-sentence elevator pitch has no neighbours to agree with it.
      const alone = sigmoid(first[i]![element])
      const along = sigmoid(stackLogit(stack, inputs))
      score[element] = inputs.heading + inputs.question + inputs.title > 0 ? along : Math.max(alone, along)
      const parts = contributions(model, v)
      content[element] = parts.reduce((sum, c) => sum + (contentFeatures.has(c.feature) && c.value > 0 ? c.value : 0), 0)
      reasons[element] = explain(element, parts, sentence, f, sectionTitle)
      // Carried along by its neighbours.
      if (stack.prev * inputs.prev + stack.next * inputs.next >= 0.5 && !reasons[element].some((r) => r.key === 'neighbour')) reasons[element].push({key: 'neighbour'})
    }
    result.push({score, content, reasons})
  }
  return result
}

/** Turn the positive contributions into reasons a person can read. */
function explain(
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
  // What the sentence says first, then where it stands.
  const ordered = [...parts.filter((p) => contentFeatures.has(p.feature)), ...parts.filter((p) => !contentFeatures.has(p.feature))]
  for (const {feature, value} of ordered) {
    if (value < 0.3 || !allowed.has(feature)) continue
    switch (feature) {
      case 'cue.problem':
      case 'cue.hero':
      case 'cue.change':
      case 'cue.outcome':
      case 'cue.ask': {
        const cue = feature.slice(4) as Exclude<Element, never>
        for (const hit of f.cues[cue].filter((h) => h.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, 2)) {
          add({key: 'cue', value: wordsText(sentence, hit.first, hit.last)})
        }
        break
      }
      case 'negation':
        add({key: 'negation', value: f.negationWords[0] ?? ''})
        break
      case 'people':
      case 'personFirst':
        if (f.people[0]) add({key: 'people', value: phrase(sentence, f.people[0])})
        break
      case 'generic':
        if (f.generic[0]) add({key: 'generic', value: phrase(sentence, f.generic[0])})
        break
      case 'name':
      case 'capitalised':
        add({key: 'person', value: f.names.join(', ')})
        break
      case 'pronoun':
        add({key: 'neighbour'})
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
      case 'question':
        add({key: 'question'})
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
        add({key: 'position'})
        break
      case 'prev.problem':
      case 'prev.change':
      case 'prev.outcome':
      case 'prev.person':
      case 'next.problem':
      case 'next.change':
      case 'next.outcome':
      case 'next.person':
      case 'turn.contrast':
      case 'turn.consequence':
        add({key: 'neighbour'})
        break
      default:
        break
    }
  }
  // Facts about the sentence that explain an outcome whatever their weight in the model.
  if (element === 'outcome' && f.comparison && out.length > 0) add({key: 'comparison'})
  if (element === 'outcome' && f.aims > 0 && f.measured === 0 && !f.comparison && !f.past) add({key: 'aim'})
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

/** A role or group with up to two following words ("residents over 80"). */
function phrase(sentence: Sentence, range: {first: number; last: number}): string {
  return wordsText(sentence, Math.max(0, range.first), Math.min(sentence.words.length - 1, range.last + 2))
}

function numberText(sentence: Sentence, f: SentenceFeatures): string {
  const index = f.numbers[0] ?? 0
  return wordsText(sentence, index, index + 1)
}
