/**
 * The CSV output of `report`: one row per pitch, one column per element
 * status and per key figure (RFC 4180: quoted where needed, CRLF lines).
 */
import type {Analysed} from '../analysis.js'
import {countSeverities, elements, figures, title} from '../figures.js'

/** The columns, in order. */
export const csvColumns: readonly string[] = [
  'file',
  'title',
  'language',
  'words',
  'sentences',
  'speakingSeconds',
  'wordsPerMinute',
  'limitSeconds',
  'overBy',
  ...elements,
  'elementsPresent',
  'fleschReadingEase',
  'fleschKincaidGrade',
  'lix',
  'lixBand',
  'narrativeIndex',
  'errors',
  'warnings',
  'infos'
]

/** A CSV document for the pitches. */
export function formatCsv(results: readonly Analysed[]): string {
  const rows: Array<ReadonlyArray<string | number | null | undefined>> = [csvColumns]

  for (const result of results) {
    const {report} = result
    const byId = new Map(figures(report).map((figure) => [figure.id, figure.value]))
    const counts = countSeverities(report)
    const row: Record<string, string | number | null | undefined> = {
      file: result.name,
      title: title(result.source),
      language: report.language,
      words: report.stats.words,
      sentences: report.stats.sentences,
      speakingSeconds: report.speakingTime.seconds,
      wordsPerMinute: report.speakingTime.wordsPerMinute,
      limitSeconds: report.speakingTime.limitSeconds,
      overBy: byId.get('overBy'),
      elementsPresent: elements.filter((element) => report.structure[element].status === 'present').length,
      fleschReadingEase: byId.get('fleschReadingEase'),
      fleschKincaidGrade: byId.get('fleschKincaidGrade'),
      lix: byId.get('lix'),
      lixBand: report.readability.lixBand,
      narrativeIndex: byId.get('narrativeIndex'),
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info
    }
    for (const element of elements) row[element] = report.structure[element].status
    rows.push(csvColumns.map((column) => row[column]))
  }

  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/**
 * One field. Numbers are written plainly (two decimals at most). Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
 * leading `'`, because titles and file names come from the teams.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(Math.round(value * 100) / 100)
  const safe = /^[=+\-@\t\r]/.test(value) ? "'" + value : value
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe
}
