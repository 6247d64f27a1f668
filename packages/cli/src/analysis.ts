/**
 * The shared step of every command: read a pitch, find its options (config
 * file and flags) and analyse it. A pitch that cannot be read or analysed
 * becomes a one-line problem, so the other pitches still get their results.
 */
import {analyze} from '@pitch-coach/core'
import type {Language, PitchReport} from '@pitch-coach/core'
import {optionsFromFlags, type Parsed} from './args.js'
import {ConfigFinder, displayPath, loadConfig, mergeOptions, type Config, type Options} from './config.js'
import {describeError, isUnexpected} from './errors.js'
import {readInput, readStdin, type Input} from './input.js'
import type {Io} from './io.js'

/** A pitch that was read and analysed. */
export interface Analysed {
  ok: true
  /** The path as given, or `<stdin>`. */
  name: string
  /** The Markdown source. */
  source: string
  report: PitchReport
  /** The configuration file that applied, if any (relative to the cwd when inside it). */
  config: string | undefined
  /** The language of the report's messages and questions. */
  messageLanguage: Language
}

/** A pitch that could not be read or analysed. */
export interface Failed {
  ok: false
  name: string
  /** One line: what went wrong, naming the file. */
  problem: string
}

/** What happened to one pitch. */
export type Outcome = Analysed | Failed

/** What the analysis of a run needs to know. */
export interface AnalysisContext {
  io: Io
  /** Options from flags; they override configuration files. */
  flags: Options
  /** The configuration from `--config`; when set, no files are searched. */
  config: Config | undefined
  /** Finds configuration files upward from each pitch. */
  finder: ConfigFinder
}

/** Read and analyse one pitch (`-` is standard input). */
export async function analyzeName(
  name: string,
  context: AnalysisContext
): Promise<Outcome> {
  let input: Input
  let config: Config | undefined

  try {
    input =
      name === '-'
        ? await readStdin(context.io.stdin)
        : await readInput(name, context.io.cwd)
    config = context.config ?? (await context.finder.forFile(input.path))
  } catch (error) {
    return {ok: false, name, problem: describeError(error)}
  }

  try {
    const options = mergeOptions(config?.options, context.flags)
    const report = await analyze(input.value, options)
    return {
      ok: true,
      name: input.name,
      source: input.value,
      report,
      config: config && displayPath(config.path, context.io.cwd),
      messageLanguage: options.messageLanguage ?? report.language
    }
  } catch (error) {
    debug(error, context.io)
    return {ok: false, name: input.name, problem: `${input.name}: ${describeError(error)}`}
  }
}

/** With `PITCH_COACH_DEBUG` set, show the stack of an unexpected error (a bug). */
export function debug(error: unknown, io: Io): void {
  if (io.env['PITCH_COACH_DEBUG'] && isUnexpected(error) && error instanceof Error) {
    io.stderr.write(String(error.stack) + '\n')
  }
}

/** A context for a run from its flags and `--config`. */
export async function createContext(
  command: string,
  values: Parsed['values'],
  io: Io
): Promise<AnalysisContext> {
  const flags = optionsFromFlags(command, values)
  const config =
    typeof values['config'] === 'string'
      ? await loadConfig(values['config'], io.cwd)
      : undefined
  return {io, flags, config, finder: new ConfigFinder(io.cwd)}
}
