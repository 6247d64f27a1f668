import assert from 'node:assert/strict'
import {test} from 'node:test'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {
  analyzeSync,
  remarkPitchCoach,
  remarkPitchCoachDelivery,
  remarkPitchCoachReadability,
  remarkPitchCoachStructure,
  remarkPitchCoachStyle,
  remarkPresetPitchCoach,
  rules
} from '../src/index.ts'

const text = '# Snow\n\nOur R&amp;D teams utilize a very disruptive app.\n\nMaria, 84, cannot leave her flat.'

async function lint(plugin: typeof remarkPitchCoach, options?: Parameters<typeof remarkPitchCoach>[0]) {
  const file = new VFile({path: 'pitch.md', value: text})
  const processor = unified().use(remarkParse).use(plugin, options)
  await processor.run(processor.parse(file), file)
  return file
}

test('remarkPitchCoach emits the report’s messages as vfile messages', async () => {
  const file = await lint(remarkPitchCoach, {language: 'en'})
  const report = analyzeSync(text, {language: 'en'})
  assert.equal(file.messages.length, report.messages.length)
  file.messages.forEach((message, index) => {
    const expected = report.messages[index]!
    assert.equal(message.ruleId, expected.ruleId)
    assert.equal(message.source, 'pitch-coach')
    assert.equal(message.reason, expected.reason)
    assert.deepEqual(message.place, expected.place)
    assert.equal(message.actual, expected.actual)
    assert.equal(message.url, expected.url)
    assert.equal(message.fatal, expected.severity === 'error' ? true : expected.severity === 'warning' ? false : undefined)
  })
  assert.deepEqual(file.data.pitchCoach, report)
})

test('positions from the plugin slice back to the words (after an entity)', async () => {
  const file = await lint(remarkPitchCoach, {language: 'en'})
  const simpler = file.messages.find((m) => m.ruleId === 'simpler')!
  const place = simpler.place as {start: {offset: number}; end: {offset: number}}
  assert.equal(text.slice(place.start.offset, place.end.offset), 'utilize')
  assert.deepEqual(simpler.expected, ['use'])
})

test('family plugins emit only their family’s rules', async () => {
  const families = [
    [remarkPitchCoachStructure, 'structure'],
    [remarkPitchCoachReadability, 'readability'],
    [remarkPitchCoachStyle, 'style'],
    [remarkPitchCoachDelivery, 'delivery']
  ] as const
  let total = 0
  for (const [plugin, family] of families) {
    const file = await lint(plugin, {language: 'en', preset: 'elevator'})
    for (const message of file.messages) assert.equal(rules[message.ruleId as keyof typeof rules].family, family)
    total += file.messages.length
  }
  assert.equal(total, (await lint(remarkPitchCoach, {language: 'en', preset: 'elevator'})).messages.length)
})

test('the plugins validate their options', () => {
  assert.throws(() => unified().use(remarkParse).use(remarkPitchCoach, {language: 'de' as 'en'}).freeze(), {name: 'RangeError'})
})

test('the preset works with unified’s `use(preset)`', async () => {
  const file = new VFile({value: text})
  const processor = unified().use(remarkParse).use(remarkPresetPitchCoach)
  await processor.run(processor.parse(file), file)
  assert.ok(file.messages.some((m) => m.ruleId === 'buzzword'))
})
