import assert from 'node:assert/strict'
import {readFile, readdir} from 'node:fs/promises'
import {test} from 'node:test'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {analyzeSync, type PitchReport} from '../src/index.ts'

const schema = JSON.parse(await readFile(new URL('../schema/report.schema.json', import.meta.url), 'utf8')) as object
const ajv = new Ajv2020({allErrors: true, strict: true})
;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
const validate = ajv.compile<PitchReport>(schema)

function assertValid(report: unknown): void {
  const ok = validate(report)
  assert.ok(ok, JSON.stringify(validate.errors, null, 1))
}

test('reports of the example pitches validate against the JSON Schema', async () => {
  const folder = new URL('../../../examples/pitches/', import.meta.url)
  const names = (await readdir(folder)).filter((n) => n.endsWith('.md') && n !== 'README.md')
  assert.ok(names.length >= 6)
  for (const name of names) {
    const report = analyzeSync(await readFile(new URL(name, folder), 'utf8'), {preset: 'three-minute', criteria: [{name: 'Impact', element: 'outcome'}]})
    assertValid(JSON.parse(JSON.stringify(report)))
  }
})

test('an empty pitch gives a valid report with everything missing', () => {
  const report = analyzeSync('')
  assertValid(report)
  assert.equal(report.stats.words, 0)
  assert.equal(report.spine, null)
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) assert.equal(report.structure[element].status, 'missing')
  assert.equal(report.questions.length, 5)
  assert.equal(report.narrativeIndex.value, null)
  assert.equal(report.readability.fleschReadingEase, null)
})

test('the schema rejects a report that breaks the contract', () => {
  const report = JSON.parse(JSON.stringify(analyzeSync('Residents wait.'))) as Record<string, unknown>
  assert.equal(validate({...report, language: 'de'}), false)
  assert.equal(validate({...report, extra: 1}), false)
  const {messages: _, ...withoutMessages} = report
  assert.equal(validate(withoutMessages), false)
})

test('stats count words, sentences and paragraphs (headings are not paragraphs)', () => {
  const report = analyzeSync('# Title here\n\nOne two three. Four five!\n\n- six seven', {language: 'en'})
  assert.deepEqual(report.stats, {words: 9, sentences: 4, paragraphs: 2})
})

test('speaking time is words / wpm · 60, with the limit and the overrun', () => {
  const words = Array.from({length: 300}, (_, i) => `word${i}`).join(' ') + '.'
  const report = analyzeSync(words, {language: 'en', speakingTime: {wordsPerMinute: 150, limitSeconds: 60}})
  assert.deepEqual(report.speakingTime, {seconds: 120, wordsPerMinute: 150, limitSeconds: 60, overBy: 60})
  const over = report.messages.find((m) => m.ruleId === 'over-time')!
  assert.equal(over.severity, 'error')
  // The words past the slot: 60 s at 150 wpm is 150 words; the finding starts at the 151st.
  assert.equal(over.actual!.split(' ')[0], 'word150')
  assert.ok(over.actual!.endsWith('word299'))
  const within = analyzeSync(words, {language: 'en'})
  assert.deepEqual(within.speakingTime, {seconds: 120, wordsPerMinute: 150})
})

test('presets set the slot and the rate', () => {
  assert.deepEqual(analyzeSync('A b c.', {preset: 'elevator'}).speakingTime, {seconds: 1, wordsPerMinute: 150, limitSeconds: 60})
  assert.equal(analyzeSync('A b c.', {preset: 'five-minute'}).speakingTime.limitSeconds, 300)
  assert.equal(analyzeSync('A b c.', {preset: 'challenge', speakingTime: {limitSeconds: 120}}).speakingTime.limitSeconds, 120)
})

test('the Narrative Index counts and, but, contrasts and consequences', () => {
  const report = analyzeSync('Nurses walk and walk and talk. But the rounds are long. However, it works. Therefore we ask, so join.', {language: 'en'})
  const ni = report.narrativeIndex
  assert.equal(ni.ands, 2)
  assert.equal(ni.buts, 1)
  assert.equal(ni.contrasts, 1)
  assert.equal(ni.consequences, 2)
  assert.equal(ni.value, 50)
  assert.equal(ni.words, 19)
  assert.equal(ni.andFrequency, 10.5)
  assert.match(ni.caveat!, /1,000 words/)
})

test('the Narrative Index is null without any "and"', () => {
  assert.equal(analyzeSync('But it works.', {language: 'en'}).narrativeIndex.value, null)
})

test('English readability figures follow the formulas (Flesch on a known text)', () => {
  // 2 sentences, 11 words, 11 syllables, no long words.
  const report = analyzeSync('The cat sat on the mat. The dog ate a bone.', {language: 'en'})
  const r = report.readability
  assert.equal(r.fleschReadingEase, Math.round((206.835 - 1.015 * (11 / 2) - 84.6 * (11 / 11)) * 100) / 100)
  assert.equal(r.lix, 5.5)
  assert.equal(r.lixBand, 'very easy')
  assert.equal(r.ovix, null)
  for (const key of ['fleschKincaidGrade', 'gunningFog', 'smog', 'colemanLiau', 'automatedReadability', 'daleChall', 'spache'] as const) {
    assert.equal(typeof r[key], 'number', key)
  }
})

test('sentences carry their roles and the arc lists them in order', () => {
  const report = analyzeSync('Maria, 84, cannot leave her flat when it snows.\n\nWe ask the city for a pilot and 40,000 euros.', {language: 'en'})
  assert.equal(report.arc.length, report.sentences.length)
  report.sentences.forEach((sentence, index) => assert.deepEqual(sentence.roles, report.arc[index]))
  assert.ok(report.sentences[0]!.roles.includes('hero'))
  assert.ok(report.sentences[1]!.roles.includes('ask'))
})

test('questions ask about every weak or missing element, and organisers add their own', () => {
  const report = analyzeSync('Our app is great.', {language: 'en', questions: {hero: ['Who is your first user?']}})
  const elements = new Set(report.questions.map((q) => q.element))
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) {
    if (report.structure[element].status !== 'present') assert.ok(elements.has(element), element)
  }
  assert.ok(report.questions.some((q) => q.question === 'Who is your first user?'))
})

test('criteria report the status of their element', () => {
  const report = analyzeSync('We ask for 40,000 euros and a pilot.', {language: 'en', criteria: [{name: 'Clear ask', element: 'ask', description: 'Is the ask concrete?'}]})
  assert.deepEqual(report.criteria, [{name: 'Clear ask', element: 'ask', description: 'Is the ask concrete?', status: report.structure.ask.status, score: report.structure.ask.score}])
})

test('messages are sorted by place and carry the docs url', () => {
  const report = analyzeSync('It is very disruptive. We think it will maybe leverage synergy.', {language: 'en'})
  const offsets = report.messages.map((m) => m.place.start.offset)
  assert.deepEqual(offsets, offsets.slice().sort((a, b) => a - b))
  for (const message of report.messages) assert.match(message.url!, new RegExp(`docs/rules/${message.ruleId}\\.md$`))
})

test('messageLanguage chooses the language of reasons and questions', () => {
  const english = analyzeSync('It is very good.', {language: 'en'})
  const same = analyzeSync('It is very good.', {language: 'en', messageLanguage: 'en'})
  assert.deepEqual(english.messages, same.messages)
})

test('without a preset or an option, speaking time uses the language’s pace', () => {
  assert.equal(analyzeSync('Yksi kaksi kolme.', {language: 'fi'}).speakingTime.wordsPerMinute, 120)
  assert.equal(analyzeSync('Ett två tre.', {language: 'sv'}).speakingTime.wordsPerMinute, 140)
  assert.equal(analyzeSync('One two three.', {language: 'en'}).speakingTime.wordsPerMinute, 150)
  assert.equal(analyzeSync('Yksi kaksi kolme.', {language: 'fi', preset: 'elevator'}).speakingTime.wordsPerMinute, 150)
  assert.equal(analyzeSync('Yksi kaksi kolme.', {language: 'fi', speakingTime: {wordsPerMinute: 100}}).speakingTime.wordsPerMinute, 100)
})
