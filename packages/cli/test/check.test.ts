import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import * as path from 'node:path'
import {test} from 'node:test'
import {folder, goodPitch, packageRoot, pitches, run} from './helpers.js'

const hedged = `# A very good idea

We think that maybe our app could help many people in the city.
It is a revolutionary and disruptive platform with great synergy.
`

test('check prints findings as file:line:column  severity  reason  ruleId', () => {
  const root = folder({'hedged.md': hedged})
  const result = run(['check', 'hedged.md'], {cwd: root})
  const findings = result.stdout
    .split('\n')
    .filter((line) => /^\s*hedged\.md:\d+:\d+ /.test(line))

  assert.ok(findings.length >= 2, `findings:\n${result.stdout}`)
  for (const line of findings) {
    assert.match(line, /^\s*hedged\.md:\d+:\d+\s+(info|warning|error)\s+\S.*\s{2}[a-z][a-z-]*$/)
  }
  assert.ok(findings.some((line) => / hedge$/.test(line)), 'a hedge finding')
  assert.ok(findings.some((line) => / buzzword$/.test(line)), 'a buzzword finding')
})

test('check aligns the columns of one file’s findings', () => {
  const root = folder({'hedged.md': hedged})
  const lines = run(['check', 'hedged.md'], {cwd: root})
    .stdout.split('\n')
    .filter((line) => /^\s*hedged\.md:\d+:\d+ /.test(line))
  const severityColumns = new Set(lines.map((line) => line.search(/(info|warning|error) /)))
  assert.equal(severityColumns.size, 1, lines.join('\n'))
})

test('check summarises the story arc, speaking time, readability and questions', () => {
  const files = ['strong.md', 'no-hero.md', 'jargon.md'].map((name) => path.join(pitches, name))
  const result = run(['check', ...files])
  assert.equal(result.stderr, '')
  assert.match(result.stdout, /3 pitches: \d+ errors?, \d+ warnings?, \d+ infos?\n$/)
  const reports = JSON.parse(run(['check', '--format', 'json', ...files]).stdout) as Array<{
    structure: Record<string, {status: string, evidence: Array<{position: {start: {line: number, column: number}}}>}>
    questions: Array<{element: string, question: string, quoted?: {position: {start: {line: number, column: number}}}}>
  }>

  // The text says what the JSON report says, pitch by pitch.
  files.forEach((file, index) => {
    const start = result.stdout.indexOf(`${file}\n`)
    const next = files[index + 1]
    const block = result.stdout.slice(start, next ? result.stdout.indexOf(`${next}\n`) : undefined)
    const report = reports[index]
    assert.ok(start >= 0 && report)

    assert.match(block, /^ {2}story arc +\S/m)
    for (const [element, part] of Object.entries(report.structure)) {
      const where = part.evidence[0] ? ` +${part.evidence[0].position.start.line}:${part.evidence[0].position.start.column} ` : '$'
      assert.match(block, new RegExp(`^ {4}${element} +${part.status}${where}`, 'm'))
    }
    assert.match(block, /^ {2}speaking time +\d+:\d\d at \d+ words a minute/m)
    assert.match(block, /^ {2}readability +Flesch reading ease -?\d+(\.\d)?, Flesch–Kincaid grade -?\d/m)
    assert.match(block, /^ {2}narrative index +\S/m)
    if (report.questions.length > 0) assert.match(block, /^ {2}a mentor asks$/m)
    // A question that quotes the pitch ends with where the quote starts, as line:column.
    for (const {question, quoted} of report.questions) {
      const where = quoted ? ` (${quoted.position.start.line}:${quoted.position.start.column})` : ''
      assert.ok(block.includes(` ${question}${where}\n`), question + where)
    }
    assert.ok(reports.some((r) => r.questions.some((q) => q.quoted)), 'some question quotes its pitch, or this checks nothing')
  })
})

test('check exits 0 when no finding is an error', () => {
  const result = run(['check', path.join(pitches, 'strong.md')])
  assert.equal(result.code, 0, result.stdout)
})

test('check exits 1 when a finding is an error (over the time limit)', () => {
  const result = run(['check', '--limit', '10', path.join(pitches, 'strong.md')])
  assert.equal(result.code, 1)
  assert.match(result.stdout, /strong\.md:\d+:\d+\s+error\s+.+\s{2}over-time$/m)
  assert.match(result.stdout, /limit 0:10, \d+:\d\d over/)
})

test('check reads standard input for -', () => {
  const result = run(['check', '-'], {input: goodPitch})
  assert.equal(result.code, 0, result.stderr)
  assert.match(result.stdout, /^<stdin>$/m)
  assert.match(result.stdout, /1 pitch: /)
})

test('check --format json prints one {file, ...report} per input', () => {
  const strong = path.join(pitches, 'strong.md')
  const result = run(['check', '--format', 'json', strong, '-'], {input: goodPitch})
  assert.equal(result.code, 0, result.stderr)
  const data = JSON.parse(result.stdout) as Array<Record<string, unknown>>
  assert.ok(Array.isArray(data))
  assert.equal(data.length, 2)
  const [first, second] = data
  assert.equal(first?.['file'], strong)
  assert.equal(second?.['file'], '<stdin>')
  for (const item of data) {
    for (const key of ['language', 'stats', 'sentences', 'structure', 'questions', 'narrativeIndex', 'readability', 'speakingTime', 'messages']) {
      assert.ok(key in item, `has ${key}`)
    }
  }
})

test('check --format json keeps the text intact: sentences slice back out of the input', () => {
  // CRLF line endings and non-ASCII text must reach the core unchanged.
  const source = goodPitch.replace(/\n/g, '\r\n').replace('Aino', 'Äino 👩‍⚕️')
  const root = folder({'crlf.md': source})
  const result = run(['check', '--format', 'json', 'crlf.md'], {cwd: root})
  const [report] = JSON.parse(result.stdout) as Array<{sentences: Array<{text: string, position: {start: {offset: number}, end: {offset: number}}}>}>
  assert.ok(report && report.sentences.length > 0)
  for (const sentence of report?.sentences ?? []) {
    assert.equal(source.slice(sentence.position.start.offset, sentence.position.end.offset), sentence.text)
  }
})

test('check --quiet shows only warnings and errors, without the summary', () => {
  const root = folder({'hedged.md': hedged})
  const loud = run(['check', 'hedged.md'], {cwd: root})
  const quiet = run(['check', '--quiet', 'hedged.md'], {cwd: root})
  assert.match(loud.stdout, /story arc/)
  assert.doesNotMatch(quiet.stdout, /story arc|a mentor asks/)
  assert.doesNotMatch(quiet.stdout, /\binfo\b/)
  assert.match(quiet.stdout, /^hedged\.md:\d+:\d+\s+warning\s/m)
  const json = JSON.parse(run(['check', '-q', '--format', 'json', 'hedged.md'], {cwd: root}).stdout) as Array<{messages: Array<{severity: string}>}>
  assert.ok(json[0]?.messages.every((message) => message.severity !== 'info'))
})

test('check colours only for a terminal, FORCE_COLOR, and never with NO_COLOR', () => {
  const file = path.join(pitches, 'strong.md')
  // eslint-disable-next-line no-control-regex
  const escape = /\u001B\[/
  assert.doesNotMatch(run(['check', file]).stdout, escape, 'piped: plain')
  assert.match(run(['check', file], {env: {FORCE_COLOR: '1'}}).stdout, escape)
  assert.doesNotMatch(run(['check', file], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout, escape)
})

test('check --preset sets the limit; --wpm the rate; --lang the language', () => {
  const file = path.join(pitches, 'strong.md')
  const elevator = run(['check', '--preset', 'elevator', file])
  assert.match(elevator.stdout, /limit 1:00/)
  const [report] = JSON.parse(run(['check', '--format=json', '--preset', 'five-minute', '--wpm', '100', '--lang', 'en', file]).stdout) as Array<{language: string, speakingTime: {limitSeconds: number, wordsPerMinute: number}}>
  assert.equal(report?.speakingTime.limitSeconds, 300)
  assert.equal(report?.speakingTime.wordsPerMinute, 100)
  assert.equal(report?.language, 'en')
})

test('--help and --version', () => {
  const help = run(['--help'])
  assert.equal(help.code, 0)
  assert.match(help.stdout, /^Usage: pitch-coach <command>/)
  for (const command of ['check', 'report', 'diff']) {
    const own = run([command, '--help'])
    assert.equal(own.code, 0)
    assert.match(own.stdout, new RegExp(`^Usage: pitch-coach ${command} `))
  }
  const {version} = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string}
  const shown = run(['--version'])
  assert.equal(shown.code, 0)
  assert.equal(shown.stdout, version + '\n')
})

test('check speaks the language of the messages: Swedish and Finnish summaries', () => {
  const swedish = run(['check', '--lang', 'sv', path.join(pitches, 'sv-strong.md')]).stdout
  assert.match(swedish, /^ {2}berättelsebåge /m)
  assert.match(swedish, /^ {4}huvudperson +(finns|svag|saknas)\b/m)
  assert.match(swedish, /^ {2}taltid +\d+:\d\d med \d+ ord i minuten/m)
  assert.match(swedish, /^ {2}läsbarhet +LIX \d+(\.\d)? \((mycket lätt|lätt|medelsvår|svår|mycket svår)\)/m)

  const finnish = run(['check', '--lang', 'fi', path.join(pitches, 'fi-strong.md')]).stdout
  assert.match(finnish, /^ {2}tarinan kaari /m)
  assert.match(finnish, /^ {4}päähenkilö +(on|heikko|puuttuu)\b/m)
  assert.match(finnish, /^ {2}puheaika +\d+:\d\d, \d+ sanaa minuutissa/m)
})

test('check: messageLanguage in the config sets the summary’s language too', () => {
  const root = folder({'pitch-coach.config.json': JSON.stringify({language: 'sv', messageLanguage: 'en'})})
  const swedishPitch = readFileSync(path.join(pitches, 'sv-strong.md'), 'utf8')
  const result = run(['check', '-'], {cwd: root, input: swedishPitch})
  assert.match(result.stdout, /^ {2}story arc /m)
  assert.match(result.stdout, /^ {2}readability +LIX /m)
})

test('ignore comments in the Markdown switch rules off, as docs/configuration.md shows', () => {
  const line = 'We think it is maybe very good synergy.'
  const input = `# Test\n\n<!-- pitch-coach-disable -->\n${line}\n<!-- pitch-coach-enable -->\n\n<!-- pitch-coach-disable hedge buzzword -->\n${line}\n<!-- pitch-coach-enable hedge -->\n${line}\n`
  const findings = run(['check', '--quiet', '-'], {input})
    .stdout.split('\n')
    .filter((text) => / (hedge|buzzword)$/.test(text))
  assert.ok(findings.length > 0)
  assert.ok(findings.every((text) => /^<stdin>:10:\d+ .* hedge$/.test(text)), findings.join('\n'))
})

test('check colours a terminal, unless NO_COLOR is set', {skip: !existsSync('/usr/bin/script') && 'needs util-linux script(1) for a pseudo-terminal'}, () => {
  const bin = path.join(packageRoot, 'bin/pitch-coach.js')
  const command = `${process.execPath} ${bin} check ${path.join(pitches, 'strong.md')}`
  const onTerminal = (env: Record<string, string>): string => {
    const {FORCE_COLOR: _force, NO_COLOR: _no, ...rest} = process.env
    return spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], {encoding: 'utf8', env: {...rest, ...env}, timeout: 60_000}).stdout
  }
  // eslint-disable-next-line no-control-regex
  const escape = /\u001B\[\d+m/
  assert.match(onTerminal({}), escape)
  assert.doesNotMatch(onTerminal({NO_COLOR: '1'}), escape)
})
