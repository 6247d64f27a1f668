/**
 * `pitch-coach diff old.md new.md`: compare two drafts of a pitch.
 */
import {analyzeName, createContext, type Analysed} from '../analysis.js'
import {analysisFlags, parseFlags, unknownValue} from '../args.js'
import {colorEnabled} from '../color.js'
import {compareDrafts} from '../compare.js'
import {UsageError} from '../errors.js'
import {formatDiffText} from '../format/diff-text.js'
import {diffHelp} from '../help.js'
import type {Io} from '../io.js'

const flags = {
  ...analysisFlags,
  format: {type: 'string', short: 'f'},
  'fail-on': {type: 'string'}
} as const

/** Formats `diff` writes. */
export const diffFormats: readonly string[] = ['text', 'json']

/**
 * What `--fail-on` accepts: `never` (the default) always exits with 0 once
 * the drafts are compared; `regression` exits with 1 when an element's
 * status fell (see `DraftDiff.regressed`).
 */
export const failOnValues: readonly string[] = ['never', 'regression']

/** Run `diff` with its arguments; resolves to the exit code. */
export async function diff(argv: readonly string[], io: Io): Promise<number> {
  const {values, positionals} = parseFlags('diff', argv, flags)

  if (values['help']) {
    io.stdout.write(diffHelp)
    return 0
  }

  const format = typeof values['format'] === 'string' ? values['format'] : 'text'
  if (!diffFormats.includes(format)) {
    throw new UsageError(unknownValue('diff', 'format', format, diffFormats))
  }

  const failOn = typeof values['fail-on'] === 'string' ? values['fail-on'] : 'never'
  if (!failOnValues.includes(failOn)) {
    throw new UsageError(unknownValue('diff', 'fail-on', failOn, failOnValues))
  }

  if (positionals.length !== 2) {
    throw new UsageError(
      `diff: expected two drafts (old.md new.md), got ${positionals.length}`
    )
  }

  if (positionals[0] === '-' && positionals[1] === '-') {
    throw new UsageError('diff: - (standard input) can be given only once')
  }

  const context = await createContext('diff', values, io)
  const drafts: Analysed[] = []

  for (const name of positionals) {
    const outcome = await analyzeName(name, context)
    if (outcome.ok) drafts.push(outcome)
    else io.stderr.write(`pitch-coach: ${outcome.problem}\n`)
  }

  const [before, after] = drafts
  if (!before || !after) return 2

  const result = compareDrafts(before.name, before.report, after.name, after.report)
  io.stdout.write(
    format === 'json'
      ? JSON.stringify(result, null, 2) + '\n'
      : formatDiffText(result, colorEnabled(io.stdout, io.env))
  )
  return failOn === 'regression' && result.regressed ? 1 : 0
}
