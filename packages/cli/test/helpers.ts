/**
 * Test helpers: run the real `pitch-coach` binary and make throwaway
 * folders of pitches and config files.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {after} from 'node:test'
import {fileURLToPath} from 'node:url'

/** The package folder. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url))
/** The repository root. */
export const repoRoot = path.resolve(packageRoot, '../..')
/** The example pitches shipped with the project. */
export const pitches = path.join(repoRoot, 'examples/pitches')

const bin = path.join(packageRoot, 'bin/pitch-coach.js')

/** What a user sees from one run. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `node bin/pitch-coach.js …args`. */
export function run(
  args: readonly string[],
  options: {cwd?: string, input?: string | Buffer, env?: Record<string, string | undefined>} = {}
): Run {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env}
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000
  })
  if (result.error) throw result.error
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/**
 * A fresh folder with these files (relative path → content), removed after
 * the test file finishes.
 */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pitch-coach-cli-'))
  after(() => rmSync(root, {recursive: true, force: true}))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, content)
  }
  return root
}

/** The lines of stderr, without the empty last one. */
export function errorLines(result: Run): string[] {
  return result.stderr.split('\n').filter((line) => line !== '')
}

/**
 * Assert the run ended with exit code 2 and exactly one line on stderr
 * matching `pattern`, without a stack trace.
 */
export function assertUsageError(result: Run, pattern: RegExp): void {
  assert.equal(result.code, 2, `exit code (stderr: ${result.stderr})`)
  const lines = errorLines(result)
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`)
  assert.match(lines[0] ?? '', pattern)
  assert.match(lines[0] ?? '', /^pitch-coach: /)
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace')
}

/** A short pitch with a clear story arc, written for these tests. */
export const goodPitch = `# Warm rooms for night-shift nurses

Every winter night, **Aino**, a nurse at the city hospital, walks to her car
across an unlit car park at 3 a.m. Last year 14 night-shift nurses reported
falls or threats there, and two left their jobs because of it.

We light the path and open a warm waiting room by the staff entrance, so
nurses can wait for a colleague or a taxi.

After a three-month trial, reported incidents fell from nine to one, and
every nurse on the night shift now uses the room.

We ask the hospital district for 40,000 euros to light two more car parks.
`
