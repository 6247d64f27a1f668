import assert from 'node:assert/strict'
import {chmodSync} from 'node:fs'
import * as path from 'node:path'
import {test} from 'node:test'
import {assertUsageError, errorLines, folder, goodPitch, run} from './helpers.js'

test('a missing file: exit 2, one line naming it', () => {
  assertUsageError(run(['check', 'nope.md'], {cwd: folder()}), /nope\.md: no such file/)
})

test('a folder given to check: exit 2, one line naming it', () => {
  const root = folder({'pitches/a.md': goodPitch})
  assertUsageError(run(['check', 'pitches'], {cwd: root}), /pitches: is a folder/)
})

test('an unreadable file: exit 2, one line naming it', {skip: process.getuid?.() === 0 ? 'root can read any file' : false}, () => {
  const root = folder({'secret.md': goodPitch})
  chmodSync(path.join(root, 'secret.md'), 0o000)
  assertUsageError(run(['check', 'secret.md'], {cwd: root}), /secret\.md: permission denied/)
})

test('a binary file: exit 2, one line naming it', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
  const root = folder({'logo.md': png})
  assertUsageError(run(['check', 'logo.md'], {cwd: root}), /logo\.md: binary file/)
})

test('invalid UTF-8 (a Latin-1 file): exit 2, one line with the offset', () => {
  const latin1 = Buffer.from('# Malm\xf6 stad\n', 'latin1')
  const root = folder({'latin1.md': latin1})
  assertUsageError(run(['check', 'latin1.md'], {cwd: root}), /latin1\.md: not valid UTF-8 \(first bad byte at offset 6\)/)
})

test('UTF-16 text (as Windows editors save “Unicode”): exit 2, says to save it as UTF-8', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Pitch\n', 'utf16le')])
  const root = folder({'notepad.md': utf16})
  assertUsageError(run(['check', 'notepad.md'], {cwd: root}), /notepad\.md: UTF-16 text; save it as UTF-8$/)
})

test('invalid UTF-8 on standard input', () => {
  assertUsageError(run(['check', '-'], {input: Buffer.from([0x61, 0xc3, 0x28])}), /<stdin>: not valid UTF-8/)
})

test('an unknown flag: exit 2, suggests the nearest', () => {
  assertUsageError(run(['check', '--formt', 'json', 'a.md']), /unknown option --formt; did you mean --format\?/)
  assertUsageError(run(['check', '--zzzzzz', 'a.md']), /unknown option --zzzzzz$/)
  assertUsageError(run(['report', '--outt', 'x.html', 'a.md']), /unknown option --outt; did you mean --out\?/)
})

test('an unknown preset, language or format: exit 2, lists the accepted ones', () => {
  assertUsageError(run(['check', '--preset', 'elevatr', 'a.md']), /unknown --preset "elevatr"; did you mean elevator\? \(one of: elevator, three-minute, five-minute, challenge\)/)
  assertUsageError(run(['check', '--lang', 'de', 'a.md']), /unknown --lang "de".*\(one of: en, sv, fi, auto\)/)
  assertUsageError(run(['check', '--format', 'xml', 'a.md']), /unknown --format "xml".*\(one of: text, json\)/)
  assertUsageError(run(['report', '--format', 'pdf', 'a.md']), /unknown --format "pdf".*\(one of: html, csv, json\)/)
})

test('a bad number: exit 2, names the flag', () => {
  assertUsageError(run(['check', '--wpm', 'fast', 'a.md']), /--wpm expects a positive number, got "fast"/)
  assertUsageError(run(['check', '--limit', '-5', 'a.md']), /--limit expects a positive number, got "-5"/)
  assertUsageError(run(['check', '--wpm', '5000', 'a.md']), /--wpm: .*wordsPerMinute/)
})

test('a flag without its value, or a switch with one: exit 2', () => {
  assertUsageError(run(['check', 'a.md', '--format']), /option --format needs a value/)
  assertUsageError(run(['check', '--quiet=yes', 'a.md']), /option --quiet takes no value/)
})

test('no input, no command, an unknown command: exit 2', () => {
  assertUsageError(run(['check']), /check: no input/)
  assertUsageError(run([]), /missing command/)
  assertUsageError(run(['chek', 'a.md']), /unknown command "chek"; did you mean check\?/)
  assertUsageError(run(['--formt']), /unknown option --formt/)
})

test('a missing --config file: exit 2', () => {
  assertUsageError(run(['check', '--config', 'nope.json', 'a.md'], {cwd: folder()}), /nope\.json: config file not found/)
})

test('one bad file does not lose the others’ results (text)', () => {
  const root = folder({'good.md': goodPitch, 'bad.md': Buffer.from([0xff, 0xfe, 0x00, 0x41])})
  const result = run(['check', 'good.md', 'missing.md', 'bad.md'], {cwd: root})
  assert.equal(result.code, 2)
  const lines = errorLines(result)
  assert.equal(lines.length, 2, result.stderr)
  assert.match(lines[0] ?? '', /missing\.md: no such file/)
  assert.match(lines[1] ?? '', /bad\.md: UTF-16 text/)
  assert.match(result.stdout, /^good\.md$/m)
  assert.match(result.stdout, /story arc/)
})

test('one bad file does not lose the others’ results (json)', () => {
  const root = folder({'good.md': goodPitch})
  const result = run(['check', '--format', 'json', 'missing.md', 'good.md'], {cwd: root})
  assert.equal(result.code, 2)
  const data = JSON.parse(result.stdout) as Array<{file: string}>
  assert.deepEqual(data.map((item) => item.file), ['good.md'])
})

test('a file over the core’s size limit: exit 2, one line naming it', () => {
  const root = folder({'huge.md': 'word '.repeat(200_001)})
  assertUsageError(run(['check', 'huge.md'], {cwd: root}), /^pitch-coach: huge\.md: .*maximum/)
})

test('input that cannot fit is refused before it is read: exit 2, one line', () => {
  const huge = 'a'.repeat(3_000_001)
  assertUsageError(run(['check', '-'], {input: huge}), /^pitch-coach: <stdin>: too large; pitch-coach reads at most 1,000,000 characters$/)
  const root = folder({'huge.md': huge})
  assertUsageError(run(['check', 'huge.md'], {cwd: root}), /^pitch-coach: huge\.md: too large/)
})
