/**
 * Hostile input, size and misuse of the API: pitch-coach keeps working, says
 * clearly what is wrong, and never reports a place that is not in the text.
 *
 * No test here asserts a time: a pathological input that hangs shows up as a
 * test that does not finish. The figures are in docs/security.md.
 */
import assert from 'node:assert/strict'
import {readdir, readFile} from 'node:fs/promises'
import {test} from 'node:test'
import {analyze, analyzeSync, createAnalyzer, maxInputLength, ruleIds, rules, validateOptions, type PitchReport} from '../src/index.ts'
import {modelDocument} from '../src/engine.ts'
import {resolveOptions} from '../src/options.ts'
import {assertSpans} from './helpers.ts'
import {prose} from './prose.ts'

/**
 * `assertSpans` for big texts: the same checks with one line table instead of
 * splitting the text before every point.
 */
function assertSpansFast(text: string, report: PitchReport): void {
  const starts = [0]
  const expression = /\r\n|\r|\n/g
  let match: RegExpExecArray | null
  while ((match = expression.exec(text))) starts.push(match.index + match[0].length)
  const check = (offset: number, line: number, column: number, what: string): void => {
    assert.ok(offset >= 0 && offset <= text.length, `${what}: offset ${offset} outside the text`)
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    assert.equal(line, low + 1, `${what}: line of ${offset}`)
    assert.equal(column, offset - starts[low]! + 1, `${what}: column of ${offset}`)
  }
  const spans = [
    ...report.sentences.map((s) => ({what: 'sentence', text: s.text, position: s.position})),
    ...Object.values(report.structure).flatMap((e) => e.evidence.map((s) => ({what: 'evidence', text: s.text, position: s.position}))),
    ...report.messages.map((m) => ({what: m.ruleId, text: m.actual, position: m.place})),
    ...report.questions.flatMap((q) => (q.quoted ? [{what: `question ${q.element}`, text: q.quoted.text, position: q.quoted.position}] : []))
  ]
  for (const {what, text: spanText, position} of spans) {
    check(position.start.offset, position.start.line, position.start.column, what)
    check(position.end.offset, position.end.line, position.end.column, what)
    assert.ok(position.start.offset <= position.end.offset, `${what}: start after end`)
    if (spanText !== undefined) assert.equal(text.slice(position.start.offset, position.end.offset), spanText, `${what}: text`)
  }
}

// ---------------------------------------------------------------------------
// Regressions found by the property tests

test('a NUL character keeps the words after it in place (micromark reads it as U+FFFD)', () => {
  // Before the fix every word after the NUL was placed at the end of its block: a sentence with empty text.
  const text = '\u0000Maria waits. Nurses \u0000utilize the app.'
  const report = analyzeSync(text, {language: 'en'})
  assert.deepEqual(report.sentences.map((s) => s.text), ['\u0000Maria waits.', 'Nurses \u0000utilize the app.'])
  const simpler = report.messages.find((m) => m.ruleId === 'simpler')
  assert.ok(simpler)
  assert.equal(simpler.actual, 'utilize')
  assertSpans(text, report)
})

test('a byte order mark at the start does not shift positions (micromark counts offsets without it)', () => {
  // Before the fix every position was one unit early: `Titl`, `We utilize tools` without its dot.
  const text = '\uFEFF# Title\n\nWe utilize tools. Maria waits.\n\n<!-- pitch-coach-disable hedge -->\nIt is very good.'
  const report = analyzeSync(text, {language: 'en'})
  assert.deepEqual(report.sentences.map((s) => s.text), ['Title', 'We utilize tools.', 'Maria waits.', 'It is very good.'])
  assert.equal(report.messages.find((m) => m.ruleId === 'simpler')?.place.start.offset, text.indexOf('utilize'))
  assert.ok(!report.messages.some((m) => m.ruleId === 'hedge'), 'the ignore comment still applies')
  assertSpans(text, report)
})

test('entities and escapes inside a bare URL stay where they are (GFM keeps them raw)', () => {
  // Before the fix the words after `&amp;` in an autolink literal were placed, with no extent, at its end.
  const text = 'See https://example\\&amp;.org/a&amp;b now and we utilize tools.'
  const document = modelDocument(text, resolveOptions({language: 'en'}))
  const words = document.sentences.flatMap((s) => s.words)
  assert.deepEqual(words.map((w) => w.value), ['See', 'https', 'example', 'amp', 'org', 'a', 'amp', 'b', 'now', 'and', 'we', 'utilize', 'tools'])
  for (const word of words) assert.equal(text.slice(word.start, word.end), word.value)
  const report = analyzeSync(text, {language: 'en'})
  assert.deepEqual(report.sentences.map((s) => s.text), [text])
  assertSpans(text, report)
})

test('no figure of the report is -0 (JSON would turn it into 0)', () => {
  // Found by the property tests: the Automated Readability Index rounded to -0 here.
  const text =
    '# T😀he problem\n\nMaria, 84, lives alone. W😀hen it snows she cannot leave her home, but nobody knows.\n\n' +
    '- Nurses walk 9 Русский.km a night\n- We utilize a very disruptiv😀 app\n'
  const report = analyzeSync(text, {language: 'auto'})
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') assert.ok(!Object.is(value, -0), `${path} is -0`)
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`)
  }
  walk(report, 'report')
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report)
})

// ---------------------------------------------------------------------------
// Size

test('beyond maxInputLength: a RangeError that gives the length and the maximum, from every entry point', async () => {
  const text = 'word '.repeat(maxInputLength / 5) + 'x'
  const expected = {name: 'RangeError', message: new RegExp(`\`markdown\` is ${text.length} characters long; the maximum is ${maxInputLength}`)}
  assert.throws(() => analyzeSync(text), expected)
  await assert.rejects(analyze(text), expected)
  assert.throws(() => createAnalyzer().updateSync(text), expected)
  await assert.rejects(createAnalyzer().update(text), expected)
})

test('exactly maxInputLength characters are accepted', () => {
  const text = ' '.repeat(maxInputLength)
  const report = analyzeSync(text, {language: 'en'})
  assert.equal(report.stats.words, 0)
  assert.deepEqual(report.sentences, [])
})

test('100,000 words of varied prose analyse, with exact counts and positions', () => {
  const generated = prose(100_000)
  assert.ok(generated.text.length > 600_000 && generated.text.length < maxInputLength, `${generated.text.length} characters`)
  const report = analyzeSync(generated.text, {language: 'en'})
  assert.equal(report.stats.words, generated.words)
  assert.equal(report.stats.sentences, generated.sentences)
  assert.ok(report.messages.length > 1000, 'findings throughout the text')
  assert.ok(report.messages.at(-1)!.place.start.offset > generated.text.length * 0.99, 'findings up to the end')
  assertSpansFast(generated.text, report)
})

test('block quotes and lists nested deeper than 100 levels on a line: a RangeError that names the line', () => {
  // 10,000 `>` overflowed the call stack in remark-gfm; 10,000 `- ` kept micromark busy for minutes.
  assert.throws(() => analyzeSync('A line.\n' + '>'.repeat(10_000) + ' deep'), {
    name: 'RangeError',
    message: /`markdown` nests block quotes and lists 10000 levels deep on line 2; the maximum is 100/
  })
  assert.throws(() => analyzeSync('- '.repeat(10_000) + 'deep'), {name: 'RangeError', message: /10000 levels deep on line 1/})
  assert.throws(() => analyzeSync('a\r\nb\r\n' + '> 1. '.repeat(60) + 'deep'), {name: 'RangeError', message: /120 levels deep on line 3/})
  assert.throws(() => createAnalyzer().updateSync('>'.repeat(101)), {name: 'RangeError', message: /maximum is 100/})
})

test('100 levels of nesting, nesting by indentation and long thematic breaks are accepted', () => {
  const deepest = '> '.repeat(50) + '- '.repeat(50) + 'Maria waits for the bus.'
  const report = analyzeSync(deepest, {language: 'en'})
  assert.deepEqual(report.sentences.map((s) => s.text), ['Maria waits for the bus.'])
  assertSpans(deepest, report)

  const indented = Array.from({length: 200}, (_, i) => ' '.repeat(2 * i) + '- Item number ' + i).join('\n')
  const lists = analyzeSync(indented, {language: 'en'})
  assert.equal(lists.stats.sentences, 200)
  assertSpansFast(indented, lists)

  for (const rule of ['- '.repeat(300), '* '.repeat(300), '> ' + '- '.repeat(300)]) {
    assert.equal(analyzeSync(rule + '\n\nText after.', {language: 'en'}).stats.words, 2)
  }
})

test('pathological inputs analyse without hanging and keep positions exact', () => {
  const cases: Array<[string, string, (report: PitchReport) => void]> = [
    ['50,000 *', '*'.repeat(50_000), (r) => assert.equal(r.stats.words, 0)],
    ['50,000 [', '['.repeat(50_000), (r) => assert.equal(r.stats.words, 0)],
    ['50,000 `', '`'.repeat(50_000), (r) => assert.equal(r.stats.words, 0)],
    ['50,000 &', '&'.repeat(50_000), (r) => assert.equal(r.stats.words, 0)],
    ['50,000 \\', '\\'.repeat(50_000), (r) => assert.equal(r.stats.words, 0)],
    ['25,000 &#', '&#'.repeat(25_000), (r) => assert.equal(r.stats.words, 0)],
    ['50,000 <', '<'.repeat(50_000), (r) => assert.equal(r.stats.words, 0)],
    ['50,000 |', '|'.repeat(50_000), (r) => assert.equal(r.stats.words, 0)],
    ['a 200,000-character word', 'a'.repeat(200_000), (r) => assert.deepEqual(r.stats, {words: 1, sentences: 1, paragraphs: 1})],
    ['a line of 100,000 spaces', ' '.repeat(100_000) + '\nMaria waits.', (r) => assert.equal(r.stats.words, 2)],
    ['100,000 spaces inside a sentence', 'Maria' + ' '.repeat(100_000) + 'waits.', (r) => assert.equal(r.sentences[0]!.text.length, 100_011)],
    ['100,000 line breaks', '\n'.repeat(50_000) + 'Maria waits.' + '\r'.repeat(50_000), (r) => assert.equal(r.sentences[0]!.position.start.line, 50_001)],
    ['10,000 nested > at the limit, line after line', ('>'.repeat(100) + ' Maria waits.\n').repeat(100), (r) => assert.equal(r.stats.words, 200)],
    ['20,000 unmatched emphasis openers', 'a *b '.repeat(10_000), (r) => assert.equal(r.stats.words, 20_000)],
    // One "sentence" of 30,000 `Mr.` took 196 s in compromise's sentence splitter until 9b24bae (about 1 s since).
    ['30,000 abbreviations in one sentence', 'Mr. '.repeat(30_000), (r) => assert.deepEqual(r.stats, {words: 30_000, sentences: 1, paragraphs: 1})],
    ['4,000 unknown names after abbreviations', 'Mr. Jonna '.repeat(4_000), (r) => assert.equal(r.stats.words, 8_000)],
    ['one sentence of 100,000 words', 'word '.repeat(100_000), (r) => assert.deepEqual(r.stats, {words: 100_000, sentences: 1, paragraphs: 1})],
    ['a table of 5,000 rows', '| a | b |\n|---|---|\n' + '| synergy | x |\n'.repeat(5_000) + '\nMaria waits.', (r) => assert.equal(r.stats.words, 2)],
    ['10,000 lone surrogates', '\uD800'.repeat(5_000) + ' Maria waits. ' + '\uDC00'.repeat(5_000), (r) => assert.equal(r.stats.words, 2)],
    ['an unclosed code fence', '```\n' + 'utilize synergy\n'.repeat(10_000), (r) => assert.equal(r.stats.words, 0)],
    ['an unclosed HTML comment', '<!--\n' + 'utilize synergy\n'.repeat(10_000), (r) => assert.equal(r.stats.words, 0)]
  ]
  for (const [name, text, expect] of cases) {
    let report: PitchReport
    try {
      report = analyzeSync(text, {language: 'en'})
    } catch (error) {
      assert.fail(`${name}: ${String(error)}`)
    }
    expect(report)
    assertSpansFast(text, report)
  }
})

// ---------------------------------------------------------------------------
// Misuse of the API (test/api.test.ts covers the basic cases)

test('non-string input of every kind: a TypeError that says what it got', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [42, /got the number 42/],
    [null, /got null/],
    [undefined, /got undefined/],
    [true, /got boolean/],
    [Symbol('pitch'), /got symbol/],
    [10n, /got bigint/],
    [() => 'text', /got function/],
    [['a', 'b'], /got an array/],
    [{text: 'a'}, /got an object/],
    [new String('a pitch'), /got an object/],
    [new Uint8Array([104, 105]), /got an object/]
  ]
  for (const [value, message] of cases) {
    const expected = {name: 'TypeError', message: new RegExp('`markdown` to be a string, ' + message.source)}
    assert.throws(() => analyzeSync(value as string), expected)
    await assert.rejects(analyze(value as string), expected)
    assert.throws(() => createAnalyzer().updateSync(value as string), expected)
  }
})

test('analyze rejects bad options instead of throwing synchronously', async () => {
  let promise: Promise<unknown> | undefined
  assert.doesNotThrow(() => {
    promise = analyze('Maria waits.', {preset: 'ten-minute' as 'elevator'})
  })
  await assert.rejects(promise!, {name: 'RangeError', message: /options\.preset/})
})

test('unknown option names at every level say which and suggest the nearest valid one', () => {
  const cases: Array<[unknown, RegExp]> = [
    [{speaking_time: {}}, /unknown option `options\.speaking_time`; did you mean `speakingTime`\?/],
    [{Language: 'en'}, /unknown option `options\.Language`; did you mean `language`\?/],
    [{messagelanguage: 'en'}, /did you mean `messageLanguage`/],
    [{speakingTime: {limitSecond: 60}}, /unknown option `options\.speakingTime\.limitSecond`; did you mean `limitSeconds`\?/],
    [{rules: {'long-sentence': {maxWord: 30}}}, /unknown option `options\.rules\['long-sentence'\]\.maxWord`; did you mean `maxWords`\?/],
    [{rules: {'hard-sentnce': false}}, /unknown option `options\.rules\.hard-sentnce`; did you mean `hard-sentence`\?/],
    [{questions: {heroes: ['Who?']}}, /unknown option `options\.questions\.heroes`; did you mean `hero`\?/],
    [{criteria: [{name: 'Impact', element: 'outcome', weight: 2}]}, /unknown option `options\.criteria\[0\]\.weight`/]
  ]
  for (const [options, message] of cases) assert.throws(() => validateOptions(options), {name: 'TypeError', message})
  // A name far from every valid one gets the list, and no guess.
  assert.throws(() => validateOptions({completelyDifferent: 1}), (error: Error) => {
    assert.equal(error.name, 'TypeError')
    assert.doesNotMatch(error.message, /did you mean/)
    assert.match(error.message, /Expected one of: `language`, `messageLanguage`, `preset`, `speakingTime`, `rules`, `questions`, `criteria`/)
    return true
  })
})

test('option names from a JSON config cannot pollute prototypes', () => {
  for (const json of ['{"__proto__": {"polluted": true}}', '{"rules": {"__proto__": {"polluted": true}}}', '{"constructor": {"prototype": {"polluted": true}}}']) {
    assert.throws(() => validateOptions(JSON.parse(json)), {name: 'TypeError', message: /unknown option/})
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined)
})

test('unknown languages and presets: a RangeError that lists the accepted values and suggests one', () => {
  assert.throws(() => validateOptions({language: 'EN'}), {name: 'RangeError', message: /`options\.language` "EN"; did you mean "en"\? Expected one of "auto", "en", "sv", "fi"/})
  assert.throws(() => validateOptions({language: 'de'}), {name: 'RangeError', message: /Expected one of "auto", "en", "sv", "fi"/})
  assert.throws(() => validateOptions({messageLanguage: 'auto'}), {name: 'RangeError', message: /`options\.messageLanguage` "auto".*Expected one of "en", "sv", "fi"$/})
  assert.throws(() => validateOptions({preset: 'threeminute'}), {
    name: 'RangeError',
    message: /`options\.preset` "threeminute"; did you mean "three-minute"\? Expected one of "elevator", "three-minute", "five-minute", "challenge"/
  })
  assert.throws(() => validateOptions({preset: ''}), {name: 'RangeError', message: /options\.preset/})
  assert.throws(() => validateOptions({preset: ['elevator']}), {name: 'TypeError', message: /`options\.preset` to be one of .*got an array/})
})

test('out-of-range and non-finite numbers: a RangeError with the accepted range; other types a TypeError', () => {
  const range = [
    [{wordsPerMinute: 301}, /`options\.speakingTime\.wordsPerMinute` to be a number from 60 to 300, got 301/],
    [{wordsPerMinute: 59.9}, /from 60 to 300, got 59\.9/],
    [{wordsPerMinute: Number.POSITIVE_INFINITY}, /from 60 to 300, got Infinity/],
    [{limitSeconds: 0}, /`options\.speakingTime\.limitSeconds` to be a number from 1 to 7200, got 0/],
    [{limitSeconds: -30}, /got -30/],
    [{limitSeconds: 7201}, /got 7201/]
  ] as const
  for (const [speakingTime, message] of range) assert.throws(() => validateOptions({speakingTime}), {name: 'RangeError', message})
  assert.throws(() => validateOptions({speakingTime: {wordsPerMinute: '150'}}), {name: 'TypeError', message: /got the string "150"/})
  assert.throws(() => validateOptions({speakingTime: {wordsPerMinute: null}}), {name: 'TypeError', message: /got null/})
  assert.throws(() => validateOptions({speakingTime: 150}), {name: 'TypeError', message: /`options\.speakingTime` to be an object, got the number 150/})
})

test('every threshold of every rule checks its range and type, and says which rule and threshold', () => {
  let checked = 0
  for (const id of ruleIds) {
    for (const [key, threshold] of Object.entries(rules[id].thresholds)) {
      const name = `options\\.rules\\['${id}'\\]\\.${key}`
      const range = new RegExp(`\`${name}\` to be a number from ${threshold.min} to ${threshold.max}`)
      assert.throws(() => validateOptions({rules: {[id]: {[key]: threshold.min - 1}}}), {name: 'RangeError', message: range})
      assert.throws(() => validateOptions({rules: {[id]: {[key]: threshold.max + 1}}}), {name: 'RangeError', message: range})
      assert.throws(() => validateOptions({rules: {[id]: {[key]: Number.NaN}}}), {name: 'TypeError', message: range})
      assert.throws(() => validateOptions({rules: {[id]: {[key]: String(threshold.default)}}}), {name: 'TypeError', message: range})
      validateOptions({rules: {[id]: {[key]: threshold.min}}})
      validateOptions({rules: {[id]: {[key]: threshold.max}}})
      checked++
    }
  }
  assert.ok(checked >= 5, `${checked} thresholds`)
})

test('a criterion or question of the wrong shape names its place', () => {
  assert.throws(() => validateOptions({criteria: {name: 'Impact'}}), {name: 'TypeError', message: /`options\.criteria` to be an array, got an object/})
  assert.throws(() => validateOptions({criteria: ['Impact']}), {name: 'TypeError', message: /`options\.criteria\[0\]` to be an object, got the string "Impact"/})
  assert.throws(() => validateOptions({criteria: [{name: 'Impact', element: 'outcome'}, {name: ' ', element: 'ask'}]}), {name: 'TypeError', message: /`options\.criteria\[1\]\.name` to be a non-empty string/})
  assert.throws(() => validateOptions({criteria: [{name: 'Impact', element: 'outcome', description: 7}]}), {name: 'TypeError', message: /criteria\[0\]\.description` to be a string/})
  assert.throws(() => validateOptions({questions: {ask: ['How much?', '']}}), {name: 'TypeError', message: /`options\.questions\.ask` to be an array of non-empty strings/})
  assert.throws(() => validateOptions({rules: []}), {name: 'TypeError', message: /`options\.rules` to be an object, got an array/})
  assert.throws(() => validateOptions({rules: {hedge: null}}), {name: 'TypeError', message: /`options\.rules\['hedge'\]` to be a boolean or an object, got null/})
})

test('options are read, never changed, and frozen options work', () => {
  const options = Object.freeze({
    preset: 'challenge' as const,
    speakingTime: Object.freeze({wordsPerMinute: 120}),
    rules: Object.freeze({hedge: false as const}),
    questions: Object.freeze({ask: Object.freeze(['How much?'])}) as {ask: string[]}
  })
  const before = JSON.stringify(options)
  const report = analyzeSync('Maria waits very long for the bus.', options)
  assert.equal(JSON.stringify(options), before)
  assert.equal(report.speakingTime.wordsPerMinute, 120)
  assert.ok(!report.messages.some((m) => m.ruleId === 'hedge'))
  assert.ok(report.questions.some((q) => q.question === 'How much?'))
})

// ---------------------------------------------------------------------------
// No network, no code from the text

test('markup in the text stays data: no fetch, no evaluation, reported as the text it is', () => {
  const calls: string[] = []
  const original = globalThis.fetch
  globalThis.fetch = ((input: unknown) => {
    calls.push(String(input))
    return Promise.reject(new Error('no network in tests'))
  }) as typeof fetch
  const marker = '__pitchCoachEvaluated'
  try {
    const text =
      `![x](https://example.org/track.png) <img src=x onerror="globalThis.${marker}=1"> <script>globalThis.${marker}=1</script>\n\n` +
      `[link](javascript:globalThis.${marker}=1) We utilize <b onclick="globalThis.${marker}=1">synergy</b> {{constructor.constructor('globalThis.${marker}=1')()}} \${globalThis.${marker}=1}.\n\n` +
      '[ref]: https://example.org/ref\n'
    const report = analyzeSync(text, {language: 'en'})
    assertSpans(text, report)
    assert.ok(report.messages.some((m) => m.ruleId === 'simpler' && m.actual === 'utilize'))
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined)
    assert.deepEqual(calls, [])
  } finally {
    globalThis.fetch = original
  }
})

test('the engine source has no eval, no Function constructor and no network or process API', async () => {
  const root = new URL('../src/', import.meta.url)
  const files = (await readdir(root, {recursive: true})).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  assert.ok(files.length > 10)
  const forbidden = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bfetch\s*\(/, /XMLHttpRequest|WebSocket|EventSource/, /from\s+['"]node:(?:http|https|net|tls|dgram|child_process|fs|vm)['"]/, /\bimport\s*\(/]
  for (const file of files) {
    const source = await readFile(new URL(file, root), 'utf8')
    for (const pattern of forbidden) assert.doesNotMatch(source, pattern, `${file} matches ${pattern}`)
  }
})
