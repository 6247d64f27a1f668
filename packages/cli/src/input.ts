/**
 * Reading pitches: files, folders and standard input, with a clear
 * one-line reason for everything that cannot be read as Markdown text.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import * as path from 'node:path'
import {maxInputLength} from '@pitch-coach/core'
import {UsageError} from './errors.js'

/**
 * More bytes than this cannot decode to text the core accepts (UTF-8 takes
 * at most 4 bytes for 2 UTF-16 units, 3 for one), so such input is refused
 * before it is read into memory.
 */
const maxInputBytes = maxInputLength * 3

/** How standard input is named in output. */
export const stdinName = '<stdin>'

/** File extensions read when a folder is given. */
export const markdownExtensions: readonly string[] = ['.md', '.markdown']

/** A pitch read into memory. */
export interface Input {
  /** The name shown to the user: the path as given, or `<stdin>`. */
  name: string
  /** The absolute path, or `undefined` for standard input. */
  path: string | undefined
  /** The text, as decoded from UTF-8 (without a byte order mark). */
  value: string
}

/** Read one file as UTF-8 text, or throw a `UsageError` saying why not. */
export async function readInput(name: string, cwd: string): Promise<Input> {
  const absolute = path.resolve(cwd, name)
  let buffer: Buffer

  try {
    const info = await stat(absolute)
    if (info.isFile() && info.size > maxInputBytes) throw tooLarge(name)
    buffer = await readFile(absolute)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`${name}: ${describeFsError(error)}`)
  }

  return {name, path: absolute, value: decode(buffer, name)}
}

/** Read all of standard input as UTF-8 text. */
export async function readStdin(
  stream: NodeJS.ReadableStream
): Promise<Input> {
  const chunks: Buffer[] = []
  let size = 0

  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += bytes.length
      if (size > maxInputBytes) throw tooLarge(stdinName)
      chunks.push(bytes)
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`${stdinName}: ${describeFsError(error)}`)
  }

  return {
    name: stdinName,
    path: undefined,
    value: decode(Buffer.concat(chunks), stdinName)
  }
}

/**
 * Turn the arguments of `report` into a list of files: files (and `-`)
 * stay as they are, folders give their Markdown files (recursively, sorted, skipping
 * hidden files and folders, `node_modules` and README files).
 */
export async function expandPaths(
  names: readonly string[],
  cwd: string
): Promise<Array<{name: string, error?: string}>> {
  const result: Array<{name: string, error?: string}> = []

  for (const name of names) {
    if (name === '-') {
      result.push({name})
      continue
    }

    let info: Awaited<ReturnType<typeof stat>>

    try {
      info = await stat(path.resolve(cwd, name))
    } catch (error) {
      result.push({name, error: `${name}: ${describeFsError(error)}`})
      continue
    }

    if (!info.isDirectory()) {
      result.push({name})
      continue
    }

    const found = await markdownIn(path.resolve(cwd, name))

    if (found.length === 0) {
      result.push({name, error: `${name}: no Markdown files (.md, .markdown) in this folder`})
      continue
    }

    for (const file of found) {
      result.push({name: path.join(name, path.relative(path.resolve(cwd, name), file))})
    }
  }

  return result
}

async function markdownIn(folder: string): Promise<string[]> {
  const found: string[] = []
  const entries = await readdir(folder, {withFileTypes: true})
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    // A folder's README describes the folder; it is not a pitch.
    if (/^readme\.(md|markdown)$/i.test(entry.name)) continue
    const full = path.join(folder, entry.name)

    if (entry.isDirectory()) {
      found.push(...(await markdownIn(full)))
    } else if (
      entry.isFile() &&
      markdownExtensions.includes(path.extname(entry.name).toLowerCase())
    ) {
      found.push(full)
    }
  }

  return found
}

function decode(buffer: Buffer, name: string): string {
  // Windows editors save "Unicode" text as UTF-16 with a byte order mark.
  if (
    (buffer[0] === 0xff && buffer[1] === 0xfe) ||
    (buffer[0] === 0xfe && buffer[1] === 0xff)
  ) {
    throw new UsageError(`${name}: UTF-16 text; save it as UTF-8`)
  }

  // Like git: a NUL byte near the start means this is not text.
  if (buffer.subarray(0, 8000).includes(0)) {
    throw new UsageError(`${name}: binary file, expected Markdown text`)
  }

  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(buffer)
  } catch {
    throw new UsageError(
      `${name}: not valid UTF-8 (first bad byte at offset ${firstInvalidByte(buffer)}); save it as UTF-8 text`
    )
  }
}

/** The offset of the first byte sequence that is not UTF-8, for the message. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0

  while (index < bytes.length) {
    const lead = bytes[index] as number

    if (lead < 0x80) {
      index++
      continue
    }

    const size =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (size === 0) return index

    // The second byte has tighter bounds after some lead bytes (no overlong
    // forms, no surrogates, nothing above U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf

    for (let next = 1; next < size; next++) {
      const byte = bytes[index + next]
      if (
        byte === undefined ||
        byte < (next === 1 ? low : 0x80) ||
        byte > (next === 1 ? high : 0xbf)
      ) {
        return index
      }
    }

    index += size
  }

  return bytes.length
}

function tooLarge(name: string): UsageError {
  return new UsageError(
    `${name}: too large; pitch-coach reads at most ${maxInputLength.toLocaleString('en')} characters`
  )
}

function describeFsError(error: unknown): string {
  const code =
    error !== null && typeof error === 'object' && 'code' in error
      ? String(error.code)
      : ''

  switch (code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EISDIR':
      return 'is a folder, expected a Markdown file (pitch-coach report takes folders)'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read it)'
    case 'ENOTDIR':
      return 'a part of the path is not a folder'
    default:
      return 'cannot read it' + (code ? ` (${code})` : '')
  }
}
