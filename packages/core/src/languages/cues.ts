/**
 * Helpers for writing a profile's cue lists.
 *
 * @module
 */
import type {Cue} from './types.js'

/**
 * Cues of one weight that count only as a sentence's first words (`Cue.opening`): imperatives that call
 * the audience to act ("Donate …", "Swisha en gåva …", "Tule vapaaehtoiseksi …").
 */
export function openingCues(weight: number, phrases: readonly string[]): Cue[] {
  return phrases.map((phrase) => ({phrase, weight, opening: true}))
}
