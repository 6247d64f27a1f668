/**
 * Where the story's turn falls, against the gold: for each pitch, the
 * sentence that turns the story (`afterChange` in features.ts: a clear
 * change cue, the team reporting what it did or acting, a change title or
 * label) compared with the first sentence the gold labels with the change.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/turn.ts            # counts per corpus
 *     node --import tsx eval/turn.ts --list     # and the pitches whose turn comes early or late
 *
 * The turn decides which reports read as what the change did
 * (`reportAfterChange`) and which outcomes count as observed. A turn that
 * comes before the gold's first change sentence can make a problem told in
 * the past read as a result; a turn that comes late, or never, leaves
 * results without it.
 *
 * @module
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterChange} from '../packages/core/src/analysers/structure/features.ts'
import {corpora, modelPitch, readCorpus} from './align.ts'

/** Where a pitch's turn falls against its first gold change sentence. */
export type TurnPlace = 'early' | 'same' | 'late' | 'none' | 'no gold change'

/**
 * Compare the turn (the index of the sentence that turns the story, or -1
 * when none does) with the first gold change sentence (-1 when the gold has
 * none).
 */
export function turnPlace(turn: number, firstChange: number): TurnPlace {
  if (firstChange < 0) return 'no gold change'
  if (turn < 0) return 'none'
  return turn < firstChange ? 'early' : turn === firstChange ? 'same' : 'late'
}

/** The index of the sentence that turns the story, from `afterChange`'s flags (-1 when none does). */
export function turningSentence(after: ArrayLike<number>): number {
  for (let i = 0; i < after.length; i++) if (after[i] === 1) return i - 1
  return -1
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const list = process.argv.includes('--list')
  for (const {name, paths} of corpora(root)) {
    const counts: Record<TurnPlace, number> = {early: 0, same: 0, late: 0, none: 0, 'no gold change': 0}
    let pitches = 0
    for (const path of paths) {
      for (const pitch of readCorpus(path)) {
        pitches++
        const {document, features, gold} = modelPitch(pitch)
        const turn = turningSentence(afterChange(features))
        const first = gold.findIndex((roles) => roles.includes('change'))
        const place = turnPlace(turn, first)
        counts[place]++
        if (list && (place === 'early' || place === 'late')) {
          console.log(`  ${place.padEnd(5)} ${pitch.id}: turn at ${turn}, gold change from ${first}: ${document.sentences[turn]!.text.slice(0, 80)}`)
        }
      }
    }
    const parts = (Object.keys(counts) as TurnPlace[]).map((place) => `${place} ${counts[place]}`)
    console.log(`${name} (${pitches} pitches): the turn comes ${parts.join(', ')}`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
