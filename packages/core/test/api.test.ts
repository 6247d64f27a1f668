import assert from 'node:assert/strict'
import {test} from 'node:test'
import * as core from '../src/index.ts'
import {analyze, analyzeSync, createAnalyzer, elementNames, elements, maxInputLength, nearest, validateOptions} from '../src/index.ts'

test('the public API exposes exactly what it documents', () => {
  assert.deepEqual(Object.keys(core).sort(), [
    'analyze',
    'analyzeSync',
    'createAnalyzer',
    'detectLanguage',
    'docsBase',
    'elementNames',
    'elements',
    'maxInputLength',
    'maxNesting',
    'nearest',
    'presetNames',
    'presets',
    'remarkPitchCoach',
    'remarkPitchCoachDelivery',
    'remarkPitchCoachReadability',
    'remarkPitchCoachStructure',
    'remarkPitchCoachStyle',
    'remarkPresetPitchCoach',
    'ruleIds',
    'ruleUrl',
    'rules',
    'validateOptions'
  ])
})

test('analyze resolves to the same report as analyzeSync', async () => {
  const text = 'Nurses on night shift walk 9 km a night. Our app cuts that to 4 km. We ask for a pilot.'
  assert.deepEqual(await analyze(text), analyzeSync(text))
})

test('the same input gives the same report', () => {
  const text = '# Snow\n\nMaria, 84, cannot leave her home when it snows.'
  assert.deepEqual(analyzeSync(text), analyzeSync(text))
})

test('a non-string input is a TypeError that names it', async () => {
  for (const value of [undefined, null, 42, {}, ['a'], Buffer.from('x')]) {
    assert.throws(() => analyzeSync(value as unknown as string), {name: 'TypeError', message: /`markdown` to be a string/})
    await assert.rejects(analyze(value as unknown as string), {name: 'TypeError'})
  }
})

test('an input over the maximum is a RangeError that says so', () => {
  assert.throws(() => analyzeSync('a'.repeat(maxInputLength + 1)), {name: 'RangeError', message: /maximum is 1000000/})
})

test('unknown option names are TypeErrors that suggest the nearest valid name', () => {
  assert.throws(() => validateOptions({langauge: 'en'}), {name: 'TypeError', message: /unknown option `options\.langauge`; did you mean `language`\?/})
  assert.throws(() => validateOptions({rules: {hedges: false}}), {name: 'TypeError', message: /options\.rules\.hedges`; did you mean `hedge`/})
  assert.throws(() => validateOptions({speakingTime: {wpm: 100}}), {name: 'TypeError', message: /options\.speakingTime\.wpm/})
  assert.throws(() => validateOptions({whatever: 1}), {name: 'TypeError', message: /Expected one of: `language`/})
})

test('unknown values are RangeErrors that list the accepted ones', () => {
  assert.throws(() => validateOptions({language: 'de'}), {name: 'RangeError', message: /options\.language` "de".*"auto", "en", "sv", "fi"/})
  assert.throws(() => validateOptions({preset: 'elevater'}), {name: 'RangeError', message: /did you mean "elevator"/})
  assert.throws(() => validateOptions({speakingTime: {wordsPerMinute: 5}}), {name: 'RangeError', message: /wordsPerMinute` to be a number from 60 to 300, got 5/})
  assert.throws(() => validateOptions({rules: {'long-sentence': {maxWords: 1}}}), {name: 'RangeError', message: /maxWords/})
  assert.throws(() => validateOptions({rules: {hedge: {severity: 'fatal'}}}), {name: 'RangeError', message: /severity/})
})

test('values of the wrong type are TypeErrors', () => {
  assert.throws(() => validateOptions('en'), {name: 'TypeError', message: /`options` to be an object/})
  assert.throws(() => validateOptions({language: 1}), {name: 'TypeError', message: /options\.language/})
  assert.throws(() => validateOptions({speakingTime: {limitSeconds: '60'}}), {name: 'TypeError', message: /limitSeconds/})
  assert.throws(() => validateOptions({speakingTime: {limitSeconds: Number.NaN}}), {name: 'TypeError', message: /limitSeconds/})
  assert.throws(() => validateOptions({rules: {hedge: 'off'}}), {name: 'TypeError', message: /a boolean or an object/})
  assert.throws(() => validateOptions({questions: {hero: 'Who?'}}), {name: 'TypeError', message: /questions\.hero/})
  assert.throws(() => validateOptions({criteria: [{name: 'Impact', element: 'impact'}]}), {name: 'RangeError', message: /criteria\[0\]\.element/})
})

test('valid options pass', () => {
  validateOptions(undefined)
  validateOptions({})
  validateOptions({language: 'sv', messageLanguage: 'en', preset: 'challenge', speakingTime: {wordsPerMinute: 120, limitSeconds: 90}, rules: {hedge: false, 'long-sentence': {maxWords: 20, severity: 'error'}}, questions: {ask: ['How much?']}, criteria: [{name: 'Impact', element: 'outcome'}]})
})

test('createAnalyzer gives the report analyze gives, over a sequence of edits', () => {
  const analyzer = createAnalyzer({preset: 'elevator'})
  let text = 'Nurses on night shift walk 9 km a night.\n\nOur app plans their rounds. We ask for a pilot.'
  const edits: Array<(t: string) => string> = [
    (t) => t + '\n\nThe pilot cut walking from 9 km to 4 km.',
    (t) => 'Hospitals are very busy.\n\n' + t,
    (t) => t.replace('very ', ''),
    (t) => t.replace('Our app', 'Our disruptive app'),
    (t) => t.slice(0, 30),
    () => ''
  ]
  for (const edit of edits) {
    text = edit(text)
    assert.deepEqual(analyzer.updateSync(text), analyzeSync(text, {preset: 'elevator'}))
  }
})

test('createAnalyzer validates its options once and its input each time', async () => {
  // @ts-expect-error: a preset that does not exist, as a JavaScript caller could pass.
  assert.throws(() => createAnalyzer({preset: 'long'}), {name: 'RangeError'})
  const analyzer = createAnalyzer()
  await assert.rejects(analyzer.update(7 as unknown as string), {name: 'TypeError'})
})

test('nearest suggests a likely typo, transpositions included, and nothing for a stranger', () => {
  assert.equal(nearest('fromat', ['format', 'preset']), 'format')
  assert.equal(nearest('LANGAUGE', ['language', 'preset']), 'language')
  assert.equal(nearest('zzz', ['csv', 'json'], 1), undefined)
  assert.equal(nearest('zz', ['en', 'sv']), 'en')
  assert.equal(nearest('zz', ['en', 'sv'], 1), undefined)
})

test('elementNames gives every element a name per language, the words the core\'s messages use', () => {
  assert.deepEqual(elementNames('en'), {problem: 'problem', hero: 'hero', change: 'change', outcome: 'outcome', ask: 'ask'})
  assert.equal(elementNames('sv').hero, 'huvudperson')
  assert.equal(elementNames('fi').ask, 'pyyntö')
  for (const language of ['en', 'sv', 'fi'] as const) {
    const names = elementNames(language)
    assert.deepEqual(Object.keys(names), [...elements])
    assert.ok(Object.isFrozen(names))
    assert.equal(elementNames(language), names, 'the same object each time')
  }
  // The Swedish story finding names the hero with the same word.
  const report = analyzeSync('# Snö\n\nVi bygger en app för snöröjning i kommunen.', {language: 'sv'})
  const hero = report.messages.find((message) => message.ruleId === 'story-hero')
  assert.ok(hero, 'a story-hero finding')
  assert.match(hero.reason.toLowerCase(), new RegExp(elementNames('sv').hero))
})

test('elementNames refuses anything but a coached language, naming the argument', () => {
  assert.throws(() => elementNames('auto' as 'en'), {name: 'RangeError', message: /`language` "auto".*"en", "sv", "fi"/})
  assert.throws(() => elementNames('sw' as 'sv'), {name: 'RangeError', message: /did you mean "sv"/})
  assert.throws(() => elementNames('toString' as 'en'), {name: 'RangeError'})
  assert.throws(() => elementNames(undefined as unknown as 'en'), {name: 'TypeError', message: /`language`/})
})

test('the library runs in a browser and a worker: its source reads no Node.js global or module', async () => {
  const {readdirSync, readFileSync} = await import('node:fs')
  const {join} = await import('node:path')
  const root = new URL('../src/', import.meta.url).pathname
  const files = (readdirSync(root, {recursive: true}) as string[]).filter((file) => file.endsWith('.ts'))
  assert.ok(files.length > 20, 'found the source files')
  const offenders = files.filter((file) => {
    // Comments may name them; code may not.
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
    return /\bprocess\.|\bBuffer\.|\brequire\(|from 'node:|__dirname/.test(code)
  })
  assert.deepEqual(offenders, [])
})
