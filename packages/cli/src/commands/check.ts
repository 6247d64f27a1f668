/**
 * `pitch-coach check`: analyse pitches and print findings and summaries.
 */
import {analyzeName, createContext, type Analysed} from '../analysis.js'
import {analysisFlags, parseFlags, unknownValue} from '../args.js'
import {colorEnabled} from '../color.js'
import {UsageError} from '../errors.js'
import {formatCheckText, shownMessages} from '../format/check-text.js'
import {checkHelp} from '../help.js'
import type {Io} from '../io.js'

const flags = {
  ...analysisFlags,
  format: {type: 'string', short: 'f'},
  quiet: {type: 'boolean', short: 'q'}
} as const

/** Formats `check` writes. */
export const checkFormats: readonly string[] = ['text', 'json']

/** Run `check` with its arguments; resolves to the exit code. */
export async function check(argv: readonly string[], io: Io): Promise<number> {
  const {values, positionals} = parseFlags('check', argv, flags)

  if (values['help']) {
    io.stdout.write(checkHelp)
    return 0
  }

  const format = typeof values['format'] === 'string' ? values['format'] : 'text'
  if (!checkFormats.includes(format)) {
    throw new UsageError(unknownValue('check', 'format', format, checkFormats))
  }

  if (positionals.length === 0) {
    throw new UsageError('check: no input; give Markdown files, or - to read standard input')
  }

  if (positionals.filter((name) => name === '-').length > 1) {
    throw new UsageError('check: - (standard input) can be given only once')
  }

  const quiet = values['quiet'] === true
  const context = await createContext('check', values, io)
  const results: Analysed[] = []
  // Files that share a broken config report it once.
  const problems = new Set<string>()

  for (const name of positionals) {
    const outcome = await analyzeName(name, context)
    if (outcome.ok) {
      results.push(outcome)
    } else if (!problems.has(outcome.problem)) {
      problems.add(outcome.problem)
      io.stderr.write(`pitch-coach: ${outcome.problem}\n`)
    }
  }

  if (format === 'json') {
    const data = results.map((result) => ({
      file: result.name,
      ...result.report,
      messages: shownMessages(result.report.messages, quiet)
    }))
    io.stdout.write(JSON.stringify(data, null, 2) + '\n')
  } else if (results.length > 0) {
    io.stdout.write(
      formatCheckText(results, {quiet, color: colorEnabled(io.stdout, io.env)})
    )
  }

  if (problems.size > 0) return 2
  return results.some((result) =>
    result.report.messages.some((message) => message.severity === 'error')
  )
    ? 1
    : 0
}
