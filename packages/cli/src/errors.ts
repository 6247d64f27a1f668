/**
 * A problem with how pitch-coach was called, or with a file it was given.
 * It ends the run (or one file's part of it) with exit code 2 and a one-line
 * message, never a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * The one-line text to show for an error thrown while working on a file.
 * Errors we expect (usage, I/O, invalid options from the core) show their
 * message; anything else is a bug, shown as such.
 */
export function describeError(error: unknown): string {
  if (!isUnexpected(error)) return oneLine((error as Error).message)

  if (error instanceof Error) {
    return 'internal error: ' + oneLine(error.message)
  }

  return 'internal error: ' + oneLine(String(error))
}

/**
 * Whether an error is a bug rather than a problem we report: usage errors
 * and the core's `TypeError`/`RangeError` for bad input are expected.
 */
export function isUnexpected(error: unknown): boolean {
  return !(
    error instanceof UsageError ||
    error instanceof TypeError ||
    error instanceof RangeError
  )
}

/**
 * Collapse whitespace, so a message stays on one line, and drop the core's
 * own `pitch-coach: ` prefix (the CLI adds one in front of the line).
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^pitch-coach: /, '')
}
