/**
 * Terminal colour: on for a TTY, off when `NO_COLOR` is set (no-color.org),
 * forced with `FORCE_COLOR`.
 */
import type {Output} from './io.js'

/** Functions that wrap text in a colour (or return it as is). */
export interface Paint {
  red(text: string): string
  yellow(text: string): string
  blue(text: string): string
  green(text: string): string
  dim(text: string): string
  bold(text: string): string
  underline(text: string): string
}

/** Whether to colour what goes to `stream`. */
export function colorEnabled(
  stream: Output,
  env: Readonly<Record<string, string | undefined>>
): boolean {
  if (env['NO_COLOR']) return false
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0'
  return stream.isTTY === true
}

/** Painters, plain when `enabled` is false. */
export function paint(enabled: boolean): Paint {
  const wrap =
    (open: number, close: number) =>
    (text: string): string =>
      enabled ? `\u001B[${open}m${text}\u001B[${close}m` : text

  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24)
  }
}

/** The visible width of text that may hold colour codes. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001B\[\d+m/g, '')].length
}
