import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import * as path from 'node:path'
import {test} from 'node:test'
import {repoRoot, run} from './helpers.js'

test('examples/config/pitch-coach.config.json is a valid config', () => {
  const result = run(['check', '--format', 'json', '--config', 'examples/config/pitch-coach.config.json', 'examples/pitches/strong.md'])
  assert.equal(result.stderr, '')
  const [report] = JSON.parse(result.stdout) as Array<{speakingTime: {limitSeconds: number, wordsPerMinute: number}, criteria: Array<{name: string}>}>
  assert.equal(report?.speakingTime.limitSeconds, 180, 'the challenge preset')
  assert.equal(report?.speakingTime.wordsPerMinute, 130)
  assert.deepEqual(report?.criteria.map((criterion) => criterion.name), ['Need', 'Impact', 'Feasibility'])
})

test('examples/node/analyze.mjs runs and reports the elements', () => {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'examples/node/analyze.mjs'), 'examples/pitches/strong.md'], {cwd: repoRoot, encoding: 'utf8', timeout: 60_000})
  assert.equal(result.stderr, '')
  assert.match(result.stdout, /^examples\/pitches\/strong\.md \(en, \d+ words\)$/m)
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask']) {
    assert.match(result.stdout, new RegExp(`^ {2}${element} +(present|weak|missing)`, 'm'))
  }
  assert.match(result.stdout, /speaking time \d+ s of 180 s/)
})

test('examples/node/analyze.mjs: a bad preset is one line and exit 2', () => {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'examples/node/analyze.mjs'), 'examples/pitches/strong.md', 'lightning'], {cwd: repoRoot, encoding: 'utf8', timeout: 60_000})
  assert.equal(result.status, 2)
  assert.match(result.stderr, /preset.*"lightning"/)
})

test('the drafts in examples/cli compare as docs/cli.md says: the rewrite is better', () => {
  const result = run(['diff', '--format', 'json', 'examples/cli/drafts/pitch-v1.md', 'examples/cli/drafts/pitch-v2.md'])
  assert.equal(result.code, 0, result.stderr)
  const diff = JSON.parse(result.stdout) as {
    summary: {better: number, worse: number}
    findings: {fixed: Array<{ruleId: string}>}
    elements: Array<{element: string, old: {status: string, score: number}, new: {status: string, score: number}, change: string}>
  }
  assert.ok(diff.summary.better > diff.summary.worse)
  assert.ok(diff.findings.fixed.some((finding) => finding.ruleId === 'buzzword'))
  // The first draft's change scores high but is told in buzzwords, so it is weak; the rewrite's is present. The
  // status decides "better", not the score, as the JSON excerpt in docs/cli.md shows.
  const change = diff.elements.find((item) => item.element === 'change')!
  assert.equal(change.old.status, 'weak')
  assert.ok(change.old.score >= 0.8, String(change.old.score))
  assert.equal(change.new.status, 'present')
  assert.equal(change.change, 'better')
  const line = `{"element": "change", "old": {"status": "weak", "score": ${change.old.score}}, "new": {"status": "present", "score": ${change.new.score}}, "change": "better"}`
  assert.ok(readFileSync(path.join(repoRoot, 'docs/cli.md'), 'utf8').includes(line), 'docs/cli.md shows the change: ' + line)
})

test('docs/cli.md shows what the CLI prints: every example command, run again, prints what the page shows', () => {
  const docs = readFileSync(path.join(repoRoot, 'docs/cli.md'), 'utf8')
  const blocks = [...docs.matchAll(/```console\n([\s\S]*?)```/g)].map((match) => match[1]!)
  let checked = 0
  for (const block of blocks) {
    // Each "$ " line is a command; the lines up to the next one are what it prints.
    const parts = block.split(/^\$ /m).slice(1)
    for (const part of parts) {
      const newline = part.indexOf('\n')
      const command = part.slice(0, newline)
      const shown = part.slice(newline + 1)
      const match = /^npx pitch-coach (.*?)(?: (> \/dev\/null)| \| head -(\d+))?$/.exec(command)
      if (!match || command.includes('--out')) continue
      const [, args, quiet, head] = match
      // A command shown without output has its output in the next block (shortened JSON).
      if (shown === '' && !quiet) continue
      const result = run(args!.split(' '))
      const printed = quiet ? result.stderr : head ? result.stdout.split(/\r?\n/).slice(0, Number(head)).join('\n') + '\n' : result.stdout + result.stderr
      assert.equal(printed, shown, `docs/cli.md: ${command}`)
      checked++
    }
  }
  assert.ok(checked >= 7, `${checked} commands checked`)
})
