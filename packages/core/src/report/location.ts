/**
 * Offsets → points, as vfile-location does: lines end at `\n`, `\r\n` or
 * `\r`; lines and columns are 1-based; offsets and columns count UTF-16 code
 * units.
 *
 * @module
 */
import {lastAtOrBefore} from '../sorted.js'
import type {Point, Position} from '../types.js'

/** Converts offsets of one text to points. */
export class Locator {
  private readonly starts: number[] = [0]

  constructor(private readonly text: string) {
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at)
      if (code === 10) this.starts.push(at + 1)
      else if (code === 13) this.starts.push(text.charCodeAt(at + 1) === 10 ? ++at + 1 : at + 1)
    }
  }

  /** The point of `offset` (clamped into the text). */
  point(offset: number): Point {
    const at = Math.max(0, Math.min(offset, this.text.length))
    const line = lastAtOrBefore(this.starts, at)
    return {line: line + 1, column: at - this.starts[line]! + 1, offset: at}
  }

  /** The position of `[start, end)`. */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }
}
