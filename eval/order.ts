/**
 * How well the order checks (`story-order`) agree with the same checks
 * applied to the gold roles: for each corpus, how many pitches the gold
 * roles flag ("a change before any problem", "an outcome before the first
 * change") and how many of those the report flags, and the reverse.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/order.ts
 *
 * The report's roles and scores come from the weights in the repository
 * (the report's check counts only a change that reads clearly as one, from
 * its scores), so for the project's corpus the figures are in-sample
 * (`eval/cv-status.ts --order` gives them cross-validated); the shared pitches in
 * `../shared/corpus/pitches-dev` (read when present) were never trained on.
 *
 * @module
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyzeSync} from '../packages/core/src/index.ts'
import {order} from '../packages/core/src/analysers/structure/elements.ts'
import {scoreSentences} from '../packages/core/src/analysers/structure/scoring.ts'
import {corpora, modelPitch, readCorpus} from './align.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

for (const {name, paths} of corpora(root)) {
  const counts: Record<string, {both: number; gold: number; coach: number}> = {}
  let pitches = 0
  for (const path of paths) {
    for (const pitch of readCorpus(path)) {
      pitches++
      const {document, features, gold: roles} = modelPitch(pitch)
      const gold = new Set(order(document.sentences, roles, features).map((f) => f.reason!))
      const report = analyzeSync(pitch.text, {language: pitch.lang})
      if (report.sentences.length !== document.sentences.length) throw new Error(`eval/order: ${pitch.id}: the report and the model disagree on the sentences`)
      const coach = new Set(order(document.sentences, report.sentences.map((s) => s.roles), features, scoreSentences(document.sentences, features)).map((f) => f.reason!))
      for (const reason of new Set([...gold, ...coach])) {
        const c = (counts[reason] ??= {both: 0, gold: 0, coach: 0})
        if (gold.has(reason)) c.gold++
        if (coach.has(reason)) c.coach++
        if (gold.has(reason) && coach.has(reason)) c.both++
      }
    }
  }
  console.log(`${name} (${pitches} pitches)`)
  for (const reason of ['story-order-change', 'story-order-outcome']) {
    const c = counts[reason] ?? {both: 0, gold: 0, coach: 0}
    const share = (part: number, whole: number): string => (whole === 0 ? 'n/a' : (part / whole).toFixed(2))
    console.log(`  ${reason.padEnd(20)} gold flags ${c.gold}, report flags ${c.coach}, both ${c.both}: precision ${share(c.both, c.coach)}, recall ${share(c.both, c.gold)}`)
  }
}
