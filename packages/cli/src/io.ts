/**
 * The outside world as the commands see it. `main` takes one, so tests and
 * other programs can run pitch-coach without a process of its own.
 */
export interface Io {
  /** Where standard input is read from (for `-`). */
  stdin: NodeJS.ReadableStream
  /** Where results go. */
  stdout: Output
  /** Where problems and progress go. */
  stderr: Output
  /** The directory relative paths are resolved against. */
  cwd: string
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  env: Readonly<Record<string, string | undefined>>
}

/** A stream to write text to. */
export interface Output {
  write(text: string): unknown
  /** Whether a person is (probably) watching. */
  isTTY?: boolean
  /** Terminal width, when known. */
  columns?: number
}

/** The real process's stdio. */
export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env
  }
}
