import assert from 'node:assert/strict'
import {readFile} from 'node:fs/promises'
import * as path from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {folder, goodPitch, pitches, run} from './helpers.js'

const schemaFile = fileURLToPath(import.meta.resolve('@pitch-coach/core/schema.json'))
const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as object
const ajv = new Ajv2020({allErrors: true, strict: true})
;(addFormats as unknown as (instance: Ajv2020) => void)(ajv)
const validate = ajv.compile(schema)

/** Each item of `--format json` is `{file, ...report}`: the rest must be a valid report. */
function assertReports(stdout: string, files: string[]): void {
  const data = JSON.parse(stdout) as Array<Record<string, unknown>>
  assert.deepEqual(data.map((item) => item.file), files)
  for (const {file: _file, ...report} of data) {
    assert.ok(validate(report), ajv.errorsText(validate.errors))
  }
}

test('check --format json: every report is valid against the core’s JSON Schema', () => {
  const names = ['strong.md', 'jargon.md', 'sv-strong.md', 'fi-weak.md'].map((name) => path.join(pitches, name))
  const result = run(['check', '--format', 'json', '--preset', 'challenge', ...names])
  assertReports(result.stdout, names)
})

test('report --format json: the same contract', () => {
  const root = folder({'a.md': goodPitch, 'b/c.md': `# Empty-ish\n`})
  const result = run(['report', '--format', 'json', '.'], {cwd: root})
  assert.equal(result.code, 0, result.stderr)
  assertReports(result.stdout, ['a.md', path.join('b', 'c.md')])
})
