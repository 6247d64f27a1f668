import assert from 'node:assert/strict'
import * as path from 'node:path'
import {test} from 'node:test'
import {assertUsageError, errorLines, folder, goodPitch, run} from './helpers.js'

interface Report {
  file: string
  language: string
  speakingTime: {limitSeconds?: number, wordsPerMinute: number}
  questions: Array<{element: string, question: string}>
  messages: Array<{ruleId: string, severity: string}>
}

function json(args: string[], cwd: string, input?: string): Report[] {
  const result = run(['check', '--format', 'json', ...args], {cwd, input})
  assert.equal(result.stderr, '')
  return JSON.parse(result.stdout) as Report[]
}

test('pitch-coach.config.json is found upward from the file', () => {
  const root = folder({
    'pitch-coach.config.json': JSON.stringify({preset: 'elevator'}),
    'teams/round-1/pitch.md': goodPitch
  })
  const [report] = json(['teams/round-1/pitch.md'], root)
  assert.equal(report?.speakingTime.limitSeconds, 60)
})

test('.pitchcoachrc.json is found too; the nearest config wins', () => {
  const root = folder({
    '.pitchcoachrc.json': JSON.stringify({speakingTime: {limitSeconds: 111}}),
    'a/pitch.md': goodPitch,
    'b/pitch-coach.config.json': JSON.stringify({speakingTime: {limitSeconds: 222}}),
    'b/pitch.md': goodPitch
  })
  const reports = json(['a/pitch.md', 'b/pitch.md'], root)
  assert.deepEqual(reports.map((report) => report.speakingTime.limitSeconds), [111, 222])
})

test('the config is found from the cwd for standard input', () => {
  const root = folder({'pitch-coach.config.json': JSON.stringify({preset: 'five-minute'})})
  const [report] = json(['-'], root, goodPitch)
  assert.equal(report?.speakingTime.limitSeconds, 300)
})

test('--config FILE is used instead of searching', () => {
  const root = folder({
    'pitch-coach.config.json': JSON.stringify({preset: 'elevator'}),
    'jury/settings.json': JSON.stringify({speakingTime: {limitSeconds: 90, wordsPerMinute: 120}}),
    'pitch.md': goodPitch
  })
  const [report] = json(['--config', 'jury/settings.json', 'pitch.md'], root)
  assert.equal(report?.speakingTime.limitSeconds, 90)
  assert.equal(report?.speakingTime.wordsPerMinute, 120)
})

test('flags override the config', () => {
  const root = folder({
    'pitch-coach.config.json': JSON.stringify({preset: 'elevator', speakingTime: {limitSeconds: 42}}),
    'pitch.md': goodPitch
  })
  assert.equal(json(['pitch.md'], root)[0]?.speakingTime.limitSeconds, 42)
  assert.equal(json(['--limit', '500', 'pitch.md'], root)[0]?.speakingTime.limitSeconds, 500)
  // A preset flag brings its own time: the config's speakingTime no longer applies.
  assert.equal(json(['--preset', 'three-minute', 'pitch.md'], root)[0]?.speakingTime.limitSeconds, 180)
  const both = json(['--preset', 'three-minute', '--wpm', '120', 'pitch.md'], root)[0]?.speakingTime
  assert.deepEqual([both?.limitSeconds, both?.wordsPerMinute], [180, 120])
})

test('rules, the organiser’s questions and criteria from the config reach the coach', () => {
  const root = folder({
    'pitch-coach.config.json': JSON.stringify({
      rules: {buzzword: {severity: 'error'}, hedge: false},
      questions: {ask: ['Which district would host the pilot?']},
      criteria: [{name: 'Impact', element: 'outcome'}]
    }),
    'pitch.md': '# Idea\n\nWe think our disruptive platform creates synergy for the city.\n'
  })
  const result = run(['check', 'pitch.md'], {cwd: root})
  assert.equal(result.code, 1, 'a buzzword is now an error')
  assert.match(result.stdout, /pitch\.md:\d+:\d+\s+error\s+.+\s{2}buzzword$/m)
  assert.doesNotMatch(result.stdout, / hedge$/m)
  assert.match(result.stdout, /Which district would host the pilot\?/)
  assert.match(result.stdout, /jury criteria\n {4}Impact \(outcome\): (present|weak|missing)\n/)
  assert.match(result.stdout, /^ {2}config {10}pitch-coach\.config\.json$/m)
})

test('invalid JSON: exit 2, names the file and the place', () => {
  const root = folder({
    'pitch-coach.config.json': '{\n  "preset": "elevator",\n  "language": \n}\n',
    'pitch.md': goodPitch
  })
  assertUsageError(run(['check', 'pitch.md'], {cwd: root}), /pitch-coach\.config\.json: invalid JSON at line 4, column 1: Unexpected token '}'$/)
  const result = run(['check', '--config', 'pitch-coach.config.json', 'pitch.md'], {cwd: root})
  assertUsageError(result, /pitch-coach\.config\.json: invalid JSON/)
})

test('a bad key: exit 2, names the file and the key', () => {
  const root = folder({
    '.pitchcoachrc.json': JSON.stringify({langauge: 'sv'}),
    'pitch.md': goodPitch
  })
  assertUsageError(run(['check', 'pitch.md'], {cwd: root}), /\.pitchcoachrc\.json: .*langauge.*language/)
})

test('a bad value: exit 2, names the file and the option', () => {
  const root = folder({
    'pitch-coach.config.json': JSON.stringify({rules: {hedge: {severity: 'fatal'}}}),
    'pitch.md': goodPitch
  })
  assertUsageError(run(['check', 'pitch.md'], {cwd: root}), /pitch-coach\.config\.json: .*hedge.*severity/)
})

test('a config that is not an object: exit 2', () => {
  const root = folder({'pitch-coach.config.json': '["elevator"]', 'pitch.md': goodPitch})
  assertUsageError(run(['check', 'pitch.md'], {cwd: root}), /pitch-coach\.config\.json: expected a JSON object/)
})

test('"$schema" in a config is allowed', () => {
  const root = folder({
    'pitch-coach.config.json': JSON.stringify({$schema: './config.schema.json', preset: 'elevator'}),
    'pitch.md': goodPitch
  })
  assert.equal(json(['pitch.md'], root)[0]?.speakingTime.limitSeconds, 60)
})

test('a bad config in one folder does not lose the other folder’s results', () => {
  const root = folder({
    'a/pitch-coach.config.json': '{"preset": "elevatorr"}',
    'a/pitch.md': goodPitch,
    'b/pitch.md': goodPitch
  })
  const result = run(['check', '--format', 'json', 'a/pitch.md', 'b/pitch.md'], {cwd: root})
  assert.equal(result.code, 2)
  const lines = errorLines(result)
  assert.equal(lines.length, 1)
  assert.match(lines[0] ?? '', new RegExp(`${path.join('a', 'pitch-coach.config.json').replace(/\./g, '\\.')}: .*elevatorr`))
  assert.deepEqual((JSON.parse(result.stdout) as Report[]).map((report) => report.file), ['b/pitch.md'])
})
