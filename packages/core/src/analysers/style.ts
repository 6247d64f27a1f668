/**
 * Style: hedges, buzzwords, vague quantities, simpler alternatives, fillers
 * and the passive voice, per sentence, from the language's lists.
 *
 * These replace retext-intensify, retext-simplify and retext-passive: those
 * are English-only, each walks its own tree, and their lists are not data we
 * can extend per language. Here all lists share one tokenisation and one
 * matcher, in every language.
 *
 * @module
 */
import type {Sentence} from '../document/model.js'
import {PhraseSet} from '../document/phrases.js'
import type {LanguageProfile} from '../languages/types.js'
import type {RuleId} from '../rules.js'
import type {Finding} from './finding.js'

/** The compiled style lists of one language. */
export interface StyleLists {
  lists: Array<{ruleId: RuleId; set: PhraseSet<readonly string[] | undefined>}>
  auxiliaries: ReadonlySet<string>
  participles: ReadonlySet<string>
  adjectives: ReadonlySet<string>
  endings: readonly string[]
}

const compiled = new WeakMap<LanguageProfile, StyleLists>()

/** Compile (once per profile) the style lists. */
export function styleLists(profile: LanguageProfile): StyleLists {
  let lists = compiled.get(profile)
  if (!lists) {
    const plain = (phrases: readonly string[]) => new PhraseSet<readonly string[] | undefined>(phrases.map((p) => [p, undefined] as const))
    lists = {
      lists: [
        {ruleId: 'hedge', set: plain(profile.style.hedges)},
        {ruleId: 'buzzword', set: plain(profile.style.buzzwords)},
        {ruleId: 'vague-quantity', set: plain(profile.style.vague)},
        {ruleId: 'filler', set: plain(profile.style.fillers)},
        {ruleId: 'simpler', set: new PhraseSet(Object.entries(profile.style.simpler))}
      ],
      auxiliaries: new Set(profile.style.passiveAuxiliaries),
      participles: new Set(profile.style.irregularParticiples ?? []),
      adjectives: new Set(profile.style.adjectivalParticiples ?? []),
      endings: profile.style.passiveEndings
    }
    compiled.set(profile, lists)
  }
  return lists
}

/** Style findings of one sentence. */
export function styleFindings(sentence: Sentence, lists: StyleLists): Finding[] {
  const findings: Finding[] = []
  const words = sentence.words
  for (const {ruleId, set} of lists.lists) {
    for (const match of set.match(sentence.lower)) {
      const start = words[match.first]!.start
      const end = words[match.last]!.end
      const actual = sentence.text.slice(start - sentence.start, end - sentence.start)
      const finding: Finding = {ruleId, start, end, args: [actual], actual}
      if (match.data) finding.expected = [...match.data]
      else if (ruleId === 'filler' || ruleId === 'hedge') finding.expected = []
      findings.push(finding)
    }
  }
  findings.push(...passive(sentence, lists))
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}

function passive(sentence: Sentence, lists: StyleLists): Finding[] {
  const findings: Finding[] = []
  const lower = sentence.lower
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!
    if (lists.auxiliaries.has(word)) {
      // Allow one adverb between (`is often used`, `was not built`).
      for (let k = i + 1; k <= Math.min(i + 2, lower.length - 1); k++) {
        const candidate = lower[k]!
        if (isParticiple(candidate, lists)) {
          findings.push(finding(sentence, i, k))
          i = k
          break
        }
        if (!(candidate.endsWith('ly') || candidate === 'not' || candidate === 'also' || candidate === 'being' || candidate === 'been')) break
      }
      continue
    }
    for (const ending of lists.endings) {
      if (word.length > ending.length + 2 && word.endsWith(ending)) {
        findings.push(finding(sentence, i, i))
        break
      }
    }
  }
  return findings
}

function isParticiple(word: string, lists: StyleLists): boolean {
  if (lists.adjectives.has(word)) return false
  if (lists.participles.has(word)) return true
  return word.length > 3 && word.endsWith('ed') && !word.endsWith('eed')
}

function finding(sentence: Sentence, first: number, last: number): Finding {
  const start = sentence.words[first]!.start
  const end = sentence.words[last]!.end
  const actual = sentence.text.slice(start - sentence.start, end - sentence.start)
  return {ruleId: 'passive', start, end, args: [actual], actual}
}
