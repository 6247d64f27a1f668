import assert from 'node:assert/strict'
import {Readable} from 'node:stream'
import {test} from 'node:test'
import {main, type Io} from '../src/main.js'
import {goodPitch, repoRoot} from './helpers.js'

function io(input: string): Io & {out: string, err: string} {
  const result = {
    stdin: Readable.from([Buffer.from(input)]),
    stdout: {write: (text: string) => (result.out += text)},
    stderr: {write: (text: string) => (result.err += text)},
    cwd: repoRoot,
    env: {},
    out: '',
    err: ''
  }
  return result
}

test('main runs a command in-process and resolves to its exit code', async () => {
  const fake = io(goodPitch)
  const code = await main(['check', '--format', 'json', '-'], fake)
  assert.equal(code, 0)
  assert.equal(fake.err, '')
  const [report] = JSON.parse(fake.out) as Array<{file: string}>
  assert.equal(report?.file, '<stdin>')
})

test('main never throws: a usage problem is one line and exit code 2', async () => {
  const fake = io('')
  assert.equal(await main(['check', '--nope'], fake), 2)
  assert.equal(fake.err, 'pitch-coach: check: unknown option --nope\n')
  assert.equal(fake.out, '')
})

test('the package exposes exactly `main`', async () => {
  const api = await import('../src/main.js')
  assert.deepEqual(Object.keys(api).sort(), ['main'])
})
