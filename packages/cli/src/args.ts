/**
 * Flag parsing on top of `node:util`'s `parseArgs`, with messages that name
 * the flag and suggest the nearest one for a typo.
 */
import {parseArgs} from 'node:util'
import {presets, validateOptions} from '@pitch-coach/core'
import type {Options} from './config.js'
import {UsageError, oneLine} from './errors.js'
import {didYouMean} from './suggest.js'

/** How a flag is declared. */
export interface FlagSpec {
  type: 'string' | 'boolean'
  short?: string
}

/** The flags every analysing command takes. */
export const analysisFlags = {
  preset: {type: 'string'},
  lang: {type: 'string'},
  wpm: {type: 'string'},
  limit: {type: 'string'},
  config: {type: 'string', short: 'c'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies Record<string, FlagSpec>

/** Languages `--lang` accepts. */
export const languages: readonly string[] = ['en', 'sv', 'fi', 'auto']

/** Parsed flags and positionals. */
export interface Parsed {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
}

/**
 * Parse `argv` for `command`. Unknown flags, flags without their value and
 * values given to switches are usage errors.
 */
export function parseFlags(
  command: string,
  argv: readonly string[],
  flags: Readonly<Record<string, FlagSpec>>
): Parsed {
  const {tokens} = parseArgs({
    args: [...argv],
    options: flags,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  const values: Record<string, string | boolean | undefined> = {}
  const positionals: string[] = []
  const names = Object.keys(flags)

  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value)
      continue
    }

    if (token.kind === 'option-terminator') continue

    const spec = flags[token.name]

    if (!spec) {
      throw new UsageError(
        `${command}: unknown option ${token.rawName}` +
          didYouMean(token.name, names, '--')
      )
    }

    if (spec.type === 'string') {
      if (token.value === undefined || (token.inlineValue !== true && token.value.startsWith('-') && token.value !== '-' && Number.isNaN(Number(token.value)))) {
        throw new UsageError(`${command}: option --${token.name} needs a value`)
      }
      values[token.name] = token.value
    } else {
      if (token.inlineValue) {
        throw new UsageError(`${command}: option --${token.name} takes no value`)
      }
      values[token.name] = true
    }
  }

  return {values, positionals}
}

/**
 * The analysis options set by `--preset`, `--lang`, `--wpm` and `--limit`,
 * checked here so that a bad value is blamed on its flag.
 */
export function optionsFromFlags(
  command: string,
  values: Parsed['values']
): Options {
  const options: Options = {}
  const presetNames = Object.keys(presets)

  if (typeof values['preset'] === 'string') {
    const preset = values['preset']
    if (!presetNames.includes(preset)) {
      throw new UsageError(unknownValue(command, 'preset', preset, presetNames))
    }
    options.preset = preset as Options['preset']
  }

  if (typeof values['lang'] === 'string') {
    const lang = values['lang']
    if (!languages.includes(lang)) {
      throw new UsageError(unknownValue(command, 'lang', lang, languages))
    }
    options.language = lang as Options['language']
  }

  const wordsPerMinute = positiveNumber(command, 'wpm', values['wpm'])
  const limitSeconds = positiveNumber(command, 'limit', values['limit'])

  if (wordsPerMinute !== undefined || limitSeconds !== undefined) {
    options.speakingTime = {}
    if (wordsPerMinute !== undefined) {
      checkWithCore(command, 'wpm', {speakingTime: {wordsPerMinute}})
      options.speakingTime.wordsPerMinute = wordsPerMinute
    }
    if (limitSeconds !== undefined) {
      checkWithCore(command, 'limit', {speakingTime: {limitSeconds}})
      options.speakingTime.limitSeconds = limitSeconds
    }
  }

  return options
}

/** `check: unknown --preset "x"; did you mean y? (one of: a, b)` */
export function unknownValue(
  command: string,
  flag: string,
  value: string,
  accepted: readonly string[]
): string {
  return (
    `${command}: unknown --${flag} "${value}"` +
    didYouMean(value, accepted) +
    ` (one of: ${accepted.join(', ')})`
  )
}

/** Let the core judge a flag's value (ranges live there), blaming the flag. */
function checkWithCore(command: string, flag: string, options: Options): void {
  try {
    validateOptions(options)
  } catch (error) {
    throw new UsageError(
      `${command}: --${flag}: ${oneLine(error instanceof Error ? error.message : String(error))}`
    )
  }
}

function positiveNumber(
  command: string,
  flag: string,
  value: string | boolean | undefined
): number | undefined {
  if (typeof value !== 'string') return undefined
  const number = Number(value)

  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    throw new UsageError(
      `${command}: --${flag} expects a positive number, got "${value}"`
    )
  }

  return number
}
