/**
 * The `pitch-coach` command line. `main(argv)` runs one command and
 * resolves to its exit code; the `bin` script passes `process.argv`.
 *
 * @module
 */
import {readFileSync} from 'node:fs'
import {debug} from './analysis.js'
import {check} from './commands/check.js'
import {diff} from './commands/diff.js'
import {report} from './commands/report.js'
import {describeError, UsageError} from './errors.js'
import {mainHelp} from './help.js'
import {processIo, type Io} from './io.js'
import {didYouMean} from './suggest.js'

export type {Io, Output} from './io.js'

/** The commands, by name. */
const commands: Readonly<
  Record<string, (argv: readonly string[], io: Io) => Promise<number>>
> = {check, report, diff}

/**
 * Run pitch-coach with command-line arguments (without `node` and the
 * script), and resolve to the exit code: 0 fine, 1 a finding is an error
 * (`diff --fail-on regression`: the new draft regressed), 2 a usage or
 * input problem. Problems are written to `io.stderr` as one
 * line each; nothing is thrown.
 */
export async function main(
  argv: readonly string[],
  io: Io = processIo()
): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    io.stderr.write(`pitch-coach: ${describeError(error)}\n`)
    debug(error, io)
    return 2
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv

  if (first === undefined) {
    throw new UsageError("missing command; run 'pitch-coach --help'")
  }

  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(mainHelp)
    return 0
  }

  if (first === '--version' || first === '-v') {
    io.stdout.write(version() + '\n')
    return 0
  }

  const command = Object.hasOwn(commands, first) ? commands[first] : undefined

  if (!command) {
    const names = Object.keys(commands)
    throw new UsageError(
      first.startsWith('-')
        ? `unknown option ${first}` + didYouMean(first.replace(/^-+/, ''), ['help', 'version'], '--') +
            "; options go after a command: 'pitch-coach check --help'"
        : `unknown command "${first}"` + didYouMean(first, names) +
            ` (commands: ${names.join(', ')})`
    )
  }

  return command(rest, io)
}

/** This package's version, from its `package.json`. */
function version(): string {
  const data: unknown = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8')
  )
  return data !== null && typeof data === 'object' && 'version' in data
    ? String(data.version)
    : 'unknown'
}
