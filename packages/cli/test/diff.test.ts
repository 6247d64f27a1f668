import assert from 'node:assert/strict'
import * as path from 'node:path'
import {test} from 'node:test'
import {analyzeSync, type ElementStatus, type PitchReport} from '@pitch-coach/core'
import {compareDrafts} from '../src/compare.js'
import {assertUsageError, folder, goodPitch, repoRoot, run} from './helpers.js'

// The first draft: no ask, and some hedges and buzzwords.
const draft1 = goodPitch
  .replace(/\nWe ask the hospital district.*\n/, '\n')
  .replace('We light the path', 'We think we could maybe light the path with a disruptive, world-class solution')

const draft2 = goodPitch

interface Diff {
  old: string
  new: string
  elements: Array<{element: string, old: {status: string}, new: {status: string}, change: string}>
  figures: Array<{id: string, old: number | null, new: number | null, change: string}>
  findings: {
    severities: Array<{severity: string, old: number, new: number, change: string}>
    fixed: Array<{ruleId: string, actual?: string, place: string}>
    introduced: Array<{ruleId: string}>
  }
  summary: {better: number, worse: number}
  regressed: boolean
}

test('diff --format json: which elements, figures and findings changed', () => {
  const root = folder({'v1.md': draft1, 'v2.md': draft2})
  const result = run(['diff', '--format', 'json', 'v1.md', 'v2.md'], {cwd: root})
  assert.equal(result.code, 0, result.stderr)
  const diff = JSON.parse(result.stdout) as Diff
  assert.equal(diff.old, 'v1.md')
  assert.equal(diff.new, 'v2.md')
  assert.deepEqual(diff.elements.map((item) => item.element), ['problem', 'hero', 'change', 'outcome', 'ask'])
  const ask = diff.elements.find((item) => item.element === 'ask')
  assert.equal(ask?.change, 'better', JSON.stringify(ask))
  assert.ok(diff.findings.fixed.some((item) => item.ruleId === 'hedge'), 'the hedge is fixed')
  assert.ok(diff.findings.fixed.some((item) => item.ruleId === 'buzzword'), 'the buzzword is fixed')
  assert.ok(diff.findings.fixed.every((item) => /^\d+:\d+$/.test(item.place)))
  const warnings = diff.findings.severities.find((item) => item.severity === 'warning')
  assert.ok(warnings && warnings.new < warnings.old && warnings.change === 'better')
  assert.ok(diff.summary.better >= 2)
})

test('diff in text: better and worse, in words', () => {
  const root = folder({'v1.md': draft1, 'v2.md': draft2})
  const forward = run(['diff', 'v1.md', 'v2.md'], {cwd: root})
  assert.equal(forward.code, 0, forward.stderr)
  assert.match(forward.stdout, /^v1\.md → v2\.md$/m)
  assert.match(forward.stdout, /^ {2}ask +(missing → (weak|present)|weak → present) +better$/m)
  assert.match(forward.stdout, /^fixed \(\d+\)$/m)
  assert.match(forward.stdout, /^ {2}hedge +Hedge `We think` .+ +was at 7:1$/m)
  assert.match(forward.stdout, /\d+ things? better, \d+ things? worse/)

  const backward = run(['diff', 'v2.md', 'v1.md'], {cwd: root})
  assert.match(backward.stdout, /^ {2}ask +((weak|present) → missing|present → weak) +worse$/m)
  assert.match(backward.stdout, /^new \(\d+\)$/m)
})

test('diff needs exactly two drafts that can be read', () => {
  assertUsageError(run(['diff', 'only.md']), /diff: expected two drafts \(old\.md new\.md\), got 1/)
  const root = folder({'v2.md': draft2})
  assertUsageError(run(['diff', 'v1.md', 'v2.md'], {cwd: root}), /v1\.md: no such file/)
})

// The shipped drafts: v1 has no problem, hero or ask; v2 has all three.
// v1 → v2 improves the story arc, v2 → v1 takes it back.
const drafts = path.join(repoRoot, 'examples/cli/drafts')
const v1 = path.join(drafts, 'pitch-v1.md')
const v2 = path.join(drafts, 'pitch-v2.md')

test('diff --fail-on regression exits with 1 when an element got worse, and says so', () => {
  const result = run(['diff', '--fail-on', 'regression', v2, v1])
  assert.equal(result.code, 1, result.stderr)
  assert.equal(result.stderr, '', 'a regression is a result, not a problem')
  assert.match(result.stdout, /^ {2}ask +present → missing +worse$/m)
  const last = result.stdout.trimEnd().split('\n').at(-1) ?? ''
  assert.match(last, /^✖ regressed: /)
  assert.match(last, /\bask present → missing\b/)
  assert.match(last, /\bchange present → weak\b/, 'v1 tells its change in buzzwords ("a very innovative app")')

  const json = run(['diff', '--fail-on', 'regression', '--format', 'json', v2, v1])
  assert.equal(json.code, 1, json.stderr)
  const diff = JSON.parse(json.stdout) as Diff & {elements: Array<{element: string, change: string}>}
  assert.equal(diff.regressed, true)
  // Only the elements that fell are named, each once: exactly those the JSON calls worse.
  const named = [...last.matchAll(/\b(problem|hero|change|outcome|ask) \w+ → \w+/g)].map((match) => match[1])
  assert.deepEqual(named, diff.elements.filter((item) => item.change === 'worse').map((item) => item.element))
})

test('diff without --fail-on (or with never) exits with 0 for the same regressed pair', () => {
  for (const args of [[], ['--fail-on', 'never'], ['--fail-on=never']]) {
    const result = run(['diff', ...args, v2, v1])
    assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`)
    assert.match(result.stdout, /^✖ regressed: /m, 'the text shows the regression all the same')
  }
  const json = run(['diff', '--format', 'json', v2, v1])
  assert.equal(json.code, 0, json.stderr)
  assert.equal((JSON.parse(json.stdout) as Diff).regressed, true)
})

test('diff --fail-on regression exits with 0 when the new draft improved', () => {
  const result = run(['diff', '--fail-on', 'regression', v1, v2])
  assert.equal(result.code, 0, result.stderr)
  assert.doesNotMatch(result.stdout, /regressed/)
  assert.match(result.stdout, /\d+ things? better, 0 things worse\n$/)

  const json = run(['diff', '--fail-on', 'regression', '--format', 'json', v1, v2])
  assert.equal(json.code, 0, json.stderr)
  assert.equal((JSON.parse(json.stdout) as Diff).regressed, false)
})

test('diff --fail-on: a bad value is a usage error that names the flag and the valid values', () => {
  assertUsageError(
    run(['diff', '--fail-on', 'regresion', v2, v1]),
    /^pitch-coach: diff: unknown --fail-on "regresion"; did you mean regression\? \(one of: never, regression\)$/
  )
  assertUsageError(run(['diff', '--fail-on', 'zzz', v2, v1]), /diff: unknown --fail-on "zzz" \(one of: never, regression\)$/)
  assertUsageError(run(['diff', v2, v1, '--fail-on']), /diff: option --fail-on needs a value/)
  assertUsageError(run(['diff', '--failon', 'regression', v2, v1]), /unknown option --failon; did you mean --fail-on\?/)
})

test('diff --fail-on regression: an input problem still exits with 2', () => {
  const result = run(['diff', '--fail-on', 'regression', v2, 'nope.md'])
  assertUsageError(result, /nope\.md: no such file/)
})

/** A report whose elements have these statuses, the rest as analysed. */
function withStatuses(report: PitchReport, statuses: Partial<Record<string, ElementStatus>>): PitchReport {
  const structure = {...report.structure}
  for (const [element, status] of Object.entries(statuses)) {
    const key = element as keyof typeof structure
    structure[key] = {...structure[key], status: status as ElementStatus}
  }
  return {...report, structure}
}

test('regressed: any element falling (present → weak, weak → missing), and nothing else', () => {
  const base = analyzeSync(goodPitch, {language: 'en'})
  const all = withStatuses(base, {problem: 'present', hero: 'present', change: 'present', outcome: 'present', ask: 'present'})
  const cases: Array<[Partial<Record<string, ElementStatus>>, Partial<Record<string, ElementStatus>>, boolean]> = [
    [{hero: 'present'}, {hero: 'weak'}, true],
    [{ask: 'weak'}, {ask: 'missing'}, true],
    [{outcome: 'present'}, {outcome: 'missing'}, true],
    [{hero: 'weak'}, {hero: 'present'}, false],
    [{ask: 'missing'}, {ask: 'weak'}, false],
    [{change: 'weak'}, {change: 'weak'}, false],
    [{hero: 'missing', ask: 'present'}, {hero: 'present', ask: 'weak'}, true]
  ]
  for (const [before, after, regressed] of cases) {
    const diff = compareDrafts('old', withStatuses(all, before), 'new', withStatuses(all, after))
    assert.equal(diff.regressed, regressed, `${JSON.stringify(before)} → ${JSON.stringify(after)}`)
  }

  // More findings alone (twice the warnings) are not a regression.
  assert.ok(all.messages.some((message) => message.severity === 'warning'), 'the test pitch has a warning')
  const diff = compareDrafts('old', all, 'new', {...all, messages: [...all.messages, ...all.messages]})
  assert.ok(diff.summary.worse > 0, 'something got worse')
  assert.equal(diff.regressed, false)
})
