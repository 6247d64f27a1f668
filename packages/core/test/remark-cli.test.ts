import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {test} from 'node:test'

// A real `remark` run with `.remarkrc.json` → `@pitch-coach/core/remark-preset`.
// Needs the built package (`npm run build`, which `npm test` runs first).
const fixture = fileURLToPath(new URL('fixtures/remark-cli/', import.meta.url))
const remark = fileURLToPath(new URL('../../../node_modules/.bin/remark', import.meta.url))

test('remark-cli loads the preset by name and reports exact places', () => {
  const result = spawnSync(remark, ['pitch.md', '--no-stdout', '--no-color'], {cwd: fixture, encoding: 'utf8'})
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stderr, /3:19-3:26\s+info\s+Use a simpler word than `utilize`\s+simpler\s+pitch-coach/)
  assert.match(result.stderr, /3:34-3:44\s+warning\s+Buzzword `disruptive` says little\s+buzzword\s+pitch-coach/)
})

test('remark-cli --frail fails on warnings', () => {
  const result = spawnSync(remark, ['pitch.md', '--no-stdout', '--no-color', '--frail'], {cwd: fixture, encoding: 'utf8'})
  assert.equal(result.status, 1)
})
