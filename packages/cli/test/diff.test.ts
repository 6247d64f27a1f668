import assert from 'node:assert/strict'
import {test} from 'node:test'
import {assertUsageError, folder, goodPitch, run} from './helpers.js'

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
