/**
 * How well `team-as-hero` finds the pitches whose protagonist is the team:
 * the finding against the project corpus's `we-protagonist` hard case (the
 * pitches its authors wrote with "we" as the protagonist), at the rule's
 * default thresholds and across a grid of others.
 *
 * Usage (from the repository root):
 *
 *     node --import tsx eval/team.ts          # agreement, and the grid
 *     node --import tsx eval/team.ts --list   # and the pitches where the two disagree, with the gold hero's status
 *
 * The shared pitches have no hard-case tags; for them the script prints how
 * many pitches the finding is raised on. The counts are the rule's own
 * (`teamAndServed` in elements.ts), so the grid shows what each threshold
 * would report without running the whole analysis again.
 *
 * @module
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {teamAndServed, teamIsHero} from '../packages/core/src/analysers/structure/elements.ts'
import {rules} from '../packages/core/src/rules.ts'
import {corpora, modelPitch, readCorpus} from './align.ts'

/** One pitch's counts and whether its authors tagged the team as its protagonist (undefined: no tags). */
export interface TeamRow {
  id: string
  team: number
  served: number
  tagged?: boolean
  /** The gold status of the pitch's hero. */
  hero?: string
}

/** The finding against the tag: pitches both flag, only the finding, only the tag, neither. */
export interface TeamAgreement {
  both: number
  findingOnly: number
  tagOnly: number
  neither: number
  precision: number
  recall: number
  f1: number
}

/** Compare `team-as-hero` at some thresholds with the tag, over the tagged pitches. */
export function agreement(rows: readonly TeamRow[], thresholds: {ratio: number; minMentions: number}): TeamAgreement {
  let both = 0
  let findingOnly = 0
  let tagOnly = 0
  let neither = 0
  for (const row of rows) {
    if (row.tagged === undefined) continue
    const raised = teamIsHero(row, thresholds)
    if (raised && row.tagged) both++
    else if (raised) findingOnly++
    else if (row.tagged) tagOnly++
    else neither++
  }
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)
  return {
    both,
    findingOnly,
    tagOnly,
    neither,
    precision: share(both, both + findingOnly),
    recall: share(both, both + tagOnly),
    f1: share(2 * both, 2 * both + findingOnly + tagOnly)
  }
}

const defaults = {
  ratio: rules['team-as-hero'].thresholds.ratio!.default,
  minMentions: rules['team-as-hero'].thresholds.minMentions!.default
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const list = process.argv.includes('--list')
  for (const corpus of corpora(root)) {
    const rows: TeamRow[] = []
    for (const path of corpus.paths) {
      for (const pitch of readCorpus(path)) {
        const counts = teamAndServed(modelPitch(pitch).features)
        rows.push({id: pitch.id, ...counts, tagged: pitch.hardCases === undefined ? undefined : pitch.hardCases.includes('we-protagonist'), hero: pitch.elements.hero})
      }
    }
    const tagged = rows.filter((r) => r.tagged !== undefined)
    console.log(`\n${corpus.name}: ${rows.length} pitches`)
    if (tagged.length === 0) {
      const raised = rows.filter((r) => teamIsHero(r, defaults))
      console.log(`  no hard-case tags; team-as-hero raised on ${raised.length} (${raised.map((r) => r.id).join(', ') || 'none'})`)
      continue
    }
    const a = agreement(rows, defaults)
    console.log(`  tagged we-protagonist: ${a.both + a.tagOnly}; team-as-hero at ratio ${defaults.ratio}, minMentions ${defaults.minMentions}: ` +
      `both ${a.both}, finding only ${a.findingOnly}, tag only ${a.tagOnly}; precision ${a.precision.toFixed(2)}, recall ${a.recall.toFixed(2)}, F1 ${a.f1.toFixed(2)}`)
    console.log('  F1 by minMentions (rows) and ratio (columns):')
    const ratios = [1, 1.5, 2, 3, 4]
    console.log(`       ${ratios.map((r) => String(r).padStart(6)).join('')}`)
    for (const minMentions of [2, 3, 4, 5, 6, 8]) {
      console.log(`    ${String(minMentions).padStart(2)} ${ratios.map((ratio) => agreement(rows, {ratio, minMentions}).f1.toFixed(2).padStart(6)).join('')}`)
    }
    if (list) {
      for (const r of tagged) {
        const raised = teamIsHero(r, defaults)
        if (raised !== r.tagged) console.log(`  ${raised ? 'finding only' : 'tag only    '} ${r.id} (team ${r.team}, served ${r.served}; gold hero ${r.hero ?? '–'})`)
      }
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
