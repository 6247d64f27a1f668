/**
 * Randy Olson's Narrative Index: how the story moves. "And" strings facts
 * together; "but" turns them; "therefore" draws the consequence.
 * `value = 100 · buts / ands`. Other contrast and consequence words are
 * counted separately, as Olson's index uses "but" alone.
 *
 * @module
 */
import type {Sentence} from '../document/model.js'
import {PhraseSet} from '../document/phrases.js'
import type {LanguageProfile} from '../languages/types.js'
import type {NarrativeIndex} from '../types.js'

/** Connective counts of one sentence. */
export interface ConnectiveCounts {
  ands: number
  buts: number
  contrasts: number
  consequences: number
}

type Kind = keyof ConnectiveCounts
const sets = new WeakMap<LanguageProfile, PhraseSet<Kind>>()

function connectives(profile: LanguageProfile): PhraseSet<Kind> {
  let set = sets.get(profile)
  if (!set) {
    const c = profile.connectives
    set = new PhraseSet<Kind>([
      ...c.and.map((p) => [p, 'ands'] as const),
      ...c.but.map((p) => [p, 'buts'] as const),
      ...c.contrast.map((p) => [p, 'contrasts'] as const),
      ...c.consequence.map((p) => [p, 'consequences'] as const)
    ])
    sets.set(profile, set)
  }
  return set
}

/** Count the connectives of one sentence. */
export function countConnectives(sentence: Sentence, profile: LanguageProfile): ConnectiveCounts {
  const counts: ConnectiveCounts = {ands: 0, buts: 0, contrasts: 0, consequences: 0}
  for (const match of connectives(profile).match(sentence.lower)) counts[match.data]++
  return counts
}

/** The index from summed counts. `caveat` is the text to use below 1,000 words. */
export function narrativeIndex(counts: ConnectiveCounts, words: number, caveat: (words: number) => string): NarrativeIndex {
  return {
    ands: counts.ands,
    buts: counts.buts,
    contrasts: counts.contrasts,
    consequences: counts.consequences,
    value: counts.ands === 0 ? null : Math.round((1000 * counts.buts) / counts.ands) / 10,
    andFrequency: words === 0 ? 0 : Math.round((1000 * counts.ands) / words) / 10,
    words,
    caveat: words < 1000 ? caveat(words) : null
  }
}
