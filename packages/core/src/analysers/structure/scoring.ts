/**
 * Scores each sentence for each element from its features, its position and
 * its neighbours, and says why.
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
  reasons: Record<Element, Reason[]>
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/** Score every sentence. */
export function scoreSentences(sentences: readonly Sentence[], features: readonly SentenceFeatures[]): SentenceScore[] {
  const n = sentences.length
  const result: SentenceScore[] = []
  // The section a heading or prompt line opened, carried until the next one.
  let section: Element[] = []
  let sectionTitle = ''
  let previous: SentenceScore | undefined
  for (let i = 0; i < n; i++) {
    const sentence = sentences[i]!
    const f = features[i]!
    if (sentence.kind === 'heading' || f.opens.length > 0) {
      section = f.opens
      sectionTitle = sentence.words.map((w) => w.value).join(' ')
    }
    const inSection = (element: Element): boolean => section.includes(element) && !f.opens.includes(element)
    const where = n <= 1 ? 0.5 : i / (n - 1)
    const reasons: Record<Element, Reason[]> = {problem: [], hero: [], change: [], outcome: [], ask: []}
    const cueReasons = (element: Exclude<Element, 'hero'>): void => {
      for (const hit of f.cues[element].filter((h) => h.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, 2)) {
        reasons[element].push({key: 'cue', value: sentence.words.slice(hit.first, hit.last + 1).map((w) => w.value).join(' ')})
      }
    }

    // Problem.
    const wp = weights.problem
    let problem = wp.bias + Math.min(f.cueScore.problem * wp.cue, wp.cueCap)
    cueReasons('problem')
    if (f.negations > 0) {
      problem += Math.min(f.negations * wp.negation, wp.negationCap)
      reasons.problem.push({key: 'negation', value: negationWord(sentence, f)})
    }
    if (inSection('problem')) problem += wp.section
    if (where < 0.34) problem += wp.early
    if (f.people.length > 0 || f.names.length > 0) problem += wp.people
    if (f.cueScore.change > f.cueScore.problem) problem += wp.changeCue
    if (f.comparison) problem += wp.comparison

    // Hero.
    const wh = weights.hero
    let hero = wh.bias
    if (f.names.length > 0) {
      hero += f.namesTagged ? wh.taggedName : wh.name
      reasons.hero.push({key: 'person', value: f.names.join(', ')})
    }
    if (f.people.length > 0) {
      hero += wh.people + Math.min(f.people.length - 1, 3) * wh.morePeople
      reasons.hero.push({key: 'people', value: phrase(sentence, f.people[0]!)})
    } else if (f.generic.length > 0 && f.names.length === 0) {
      hero += wh.generic
      reasons.hero.push({key: 'generic', value: phrase(sentence, f.generic[0]!)})
    }
    if (f.pronouns > 0 && previous && previous.score.hero >= weights.roleThreshold && f.names.length === 0 && f.people.length === 0) {
      hero += wh.pronoun
      reasons.hero.push({key: 'neighbour'})
    }
    if (f.team > 0 && f.people.length === 0 && f.names.length === 0 && f.pronouns === 0) hero += wh.teamOnly
    if (sentence.kind === 'heading') hero += wh.heading

    // Change.
    const wc = weights.change
    let change = wc.bias + Math.min(f.cueScore.change * wc.cue, wc.cueCap)
    cueReasons('change')
    if (inSection('change')) change += wc.section
    if (f.turn && previous && previous.score.problem >= weights.roleThreshold) {
      change += wc.turnAfterProblem
      reasons.change.push({key: 'neighbour'})
    }
    if (where > 0.2 && where < 0.8) change += wc.middle
    if (f.cueScore.problem > f.cueScore.change + 1) change += wc.problemCue

    // Outcome.
    const wo = weights.outcome
    let outcome = wo.bias + Math.min(f.cueScore.outcome * wo.cue, wo.cueCap)
    cueReasons('outcome')
    if (f.measured > 0) {
      outcome += wo.measured
      reasons.outcome.push({key: 'number', value: numberText(sentence, f)})
    }
    if (f.comparison) {
      outcome += wo.comparison
      reasons.outcome.push({key: 'comparison'})
    }
    if (f.past && f.numbers.length > 0) {
      outcome += wo.pastWithFigure
      reasons.outcome.push({key: 'past'})
    }
    if (inSection('outcome')) outcome += wo.section
    if (f.cueScore.problem > f.cueScore.outcome + 1) outcome += wo.problemCue
    if (f.aims > 0 && f.measured === 0 && !f.comparison && !f.past) reasons.outcome.push({key: 'aim'})

    // Ask.
    const wa = weights.ask
    let ask = wa.bias + Math.min(f.cueScore.ask * wa.cue, wa.cueCap)
    cueReasons('ask')
    if (inSection('ask')) ask += wa.section
    if (where >= 0.75) {
      ask += wa.late
      if (f.question) ask += wa.lateQuestion
    }
    if (f.numbers.length > 0 && f.cueScore.ask > 0) ask += wa.figure

    if (section.length > 0 && !f.opens.length) {
      for (const element of section) if (inSection(element)) reasons[element].push({key: 'heading', value: sectionTitle})
    }

    const score: SentenceScore = {
      score: {problem: sigmoid(problem), hero: sigmoid(hero), change: sigmoid(change), outcome: sigmoid(outcome), ask: sigmoid(ask)},
      reasons
    }
    result.push(score)
    previous = score
  }
  return result
}

function phrase(sentence: Sentence, range: {first: number; last: number}): string {
  const first = sentence.words[Math.max(0, range.first)]!
  const last = sentence.words[Math.min(sentence.words.length - 1, range.last + 2)]!
  return sentence.text.slice(first.start - sentence.start, last.end - sentence.start)
}

function negationWord(sentence: Sentence, f: SentenceFeatures): string {
  void f
  return sentence.words.map((w) => w.value).slice(0, 8).join(' ')
}

function numberText(sentence: Sentence, f: SentenceFeatures): string {
  const index = f.numbers[0] ?? 0
  const a = sentence.words[index]!
  const b = sentence.words[Math.min(sentence.words.length - 1, index + 1)]!
  return sentence.text.slice(a.start - sentence.start, b.end - sentence.start)
}
