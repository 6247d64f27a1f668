/**
 * Configuration files: one JSON object with the same options as the
 * library's `analyze` (language, preset, speakingTime, rules, questions,
 * criteria), found upward from each pitch or given with `--config`.
 */
import {readFile} from 'node:fs/promises'
import * as path from 'node:path'
import {validateOptions, type AnalyzeOptions} from '@pitch-coach/core'
import {UsageError, oneLine} from './errors.js'
import {jsonErrorOffset} from './json-error.js'

/** The options `analyze` takes. */
export type Options = AnalyzeOptions

/** File names looked for in each folder, in this order. */
export const configNames: readonly string[] = [
  'pitch-coach.config.json',
  '.pitchcoachrc.json'
]

/** A configuration file and the options in it. */
export interface Config {
  /** Absolute path of the file. */
  path: string
  /** Its options, checked by the core. */
  options: Options
}

/**
 * Finds the configuration that applies to a folder: the nearest
 * `pitch-coach.config.json` or `.pitchcoachrc.json` in it or above it.
 * Each folder is looked at once per run.
 */
export class ConfigFinder {
  readonly #cwd: string
  readonly #cache = new Map<string, Promise<Config | undefined>>()

  constructor(cwd: string) {
    this.#cwd = cwd
  }

  /** The configuration for a pitch at `file` (or the cwd for stdin). */
  async forFile(file: string | undefined): Promise<Config | undefined> {
    return this.forFolder(file === undefined ? this.#cwd : path.dirname(file))
  }

  /** The configuration for files in `folder`. */
  forFolder(folder: string): Promise<Config | undefined> {
    let found = this.#cache.get(folder)

    if (!found) {
      found = this.#search(folder)
      this.#cache.set(folder, found)
    }

    return found
  }

  async #search(folder: string): Promise<Config | undefined> {
    for (const name of configNames) {
      const candidate = path.join(folder, name)
      const text = await readOptional(candidate)
      if (text !== undefined) return parseConfig(text, candidate, this.#cwd)
    }

    const parent = path.dirname(folder)
    return parent === folder ? undefined : this.forFolder(parent)
  }
}

/** Read and check the configuration file given with `--config`. */
export async function loadConfig(file: string, cwd: string): Promise<Config> {
  const absolute = path.resolve(cwd, file)
  const text = await readOptional(absolute)

  if (text === undefined) {
    throw new UsageError(`${file}: config file not found`)
  }

  return parseConfig(text, absolute, cwd)
}

/**
 * Combine a configuration with the options from flags: flags win. A
 * `--preset` flag also sets the speaking time, so it replaces the config's
 * `speakingTime` unless `--wpm` or `--limit` set it again.
 */
export function mergeOptions(
  config: Options | undefined,
  flags: Options
): Options {
  const merged: Options = {...config, ...flags}

  if (flags.preset !== undefined && flags.speakingTime === undefined) {
    delete merged.speakingTime
  } else if (config?.speakingTime || flags.speakingTime) {
    merged.speakingTime = {...(flags.preset === undefined ? config?.speakingTime : undefined), ...flags.speakingTime}
  }

  return merged
}

function parseConfig(text: string, file: string, cwd: string): Config {
  const shown = displayPath(file, cwd)
  let data: unknown
  // A byte order mark is not JSON, but editors on Windows write one.
  text = text.replace(/^\uFEFF/, '')

  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `${shown}: invalid JSON${where(text, error)}`
    )
  }

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(
      `${shown}: expected a JSON object with pitch-coach options`
    )
  }

  // `$schema` lets editors validate and complete the file; it is not an option.
  const {$schema: _schema, ...options} = data as Record<string, unknown>

  try {
    validateOptions(options)
  } catch (error) {
    throw new UsageError(
      `${shown}: ${oneLine(error instanceof Error ? error.message : String(error))}`
    )
  }

  return {path: file, options: options as Options}
}

/** ` at line L, column C: reason` for a JSON syntax error. */
function where(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // V8 says `Unexpected token '}', "{"a": }" is not valid JSON` or
  // `Expected ',' or '}' after property value in JSON at position 12`:
  // keep the reason, drop the position and the quoted text.
  const reason = oneLine(
    message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, .*is not valid JSON$/s, '')
  )
  const offset = jsonErrorOffset(text)

  if (offset === undefined) return `: ${reason}`
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/)
  const column = (lines.at(-1) ?? '').length + 1
  return ` at line ${lines.length}, column ${column}: ${reason}`
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code =
      error !== null && typeof error === 'object' && 'code' in error
        ? error.code
        : undefined
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    if (code === 'EISDIR') {
      throw new UsageError(`${file}: is a folder, expected a config file`)
    }
    throw new UsageError(`${file}: cannot read config file (${String(code)})`)
  }
}

/** A path relative to the cwd when it is inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative
    : file
}
