/**
 * `pitch-coach report`: analyse many pitches and write one report that
 * compares them (HTML, CSV or JSON).
 */
import {writeFile} from 'node:fs/promises'
import * as path from 'node:path'
import {analyzeName, createContext, type Analysed} from '../analysis.js'
import {analysisFlags, parseFlags, unknownValue} from '../args.js'
import {UsageError} from '../errors.js'
import {formatCsv} from '../format/csv.js'
import {formatHtml} from '../format/html.js'
import {reportHelp} from '../help.js'
import {expandPaths} from '../input.js'
import type {Io} from '../io.js'
import {Progress} from '../progress.js'

const flags = {
  ...analysisFlags,
  out: {type: 'string', short: 'o'},
  format: {type: 'string', short: 'f'}
} as const

/** Formats `report` writes. */
export const reportFormats: readonly string[] = ['html', 'csv', 'json']

/** Run `report` with its arguments; resolves to the exit code. */
export async function report(argv: readonly string[], io: Io): Promise<number> {
  const {values, positionals} = parseFlags('report', argv, flags)

  if (values['help']) {
    io.stdout.write(reportHelp)
    return 0
  }

  const out = typeof values['out'] === 'string' && values['out'] !== '-' ? values['out'] : undefined
  const format = typeof values['format'] === 'string' ? values['format'] : formatFromPath(out)
  if (!reportFormats.includes(format)) {
    throw new UsageError(unknownValue('report', 'format', format, reportFormats))
  }

  if (positionals.length === 0) {
    throw new UsageError('report: no input; give folders or Markdown files')
  }

  const context = await createContext('report', values, io)
  const entries = await expandPaths(positionals, io.cwd)
  const progress = new Progress(io.stderr, entries.length)
  const results: Analysed[] = []
  // Files that share a broken config report it once.
  const problems: string[] = []
  const note = (problem: string): void => {
    if (!problems.includes(problem)) problems.push(problem)
  }

  for (const [index, entry] of entries.entries()) {
    progress.update(index, entry.name)
    if (entry.error === undefined) {
      const outcome = await analyzeName(entry.name, context)
      if (outcome.ok) results.push(outcome)
      else note(outcome.problem)
    } else {
      note(entry.error)
    }
  }

  progress.done()
  for (const problem of problems) io.stderr.write(`pitch-coach: ${problem}\n`)

  if (results.length === 0) {
    io.stderr.write('pitch-coach: report: no pitch could be read; nothing written\n')
    return 2
  }

  const text =
    format === 'csv'
      ? formatCsv(results)
      : format === 'json'
        ? JSON.stringify(results.map((result) => ({file: result.name, ...result.report})), null, 2) + '\n'
        : formatHtml(results, {problems, generated: new Date()})

  if (out === undefined) {
    io.stdout.write(text)
  } else {
    try {
      await writeFile(path.resolve(io.cwd, out), text)
    } catch (error) {
      const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : 'unknown'
      throw new UsageError(`report: cannot write ${out} (${code})`)
    }
    if (io.stderr.isTTY) {
      io.stderr.write(`Wrote ${out} (${results.length} ${results.length === 1 ? 'pitch' : 'pitches'}, ${format})\n`)
    }
  }

  return problems.length > 0 ? 2 : 0
}

function formatFromPath(file: string | undefined): string {
  const extension = file === undefined ? '' : path.extname(file).toLowerCase()
  return extension === '.csv' ? 'csv' : extension === '.json' ? 'json' : 'html'
}
