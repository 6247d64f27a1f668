/**
 * Property-based tests: whatever a team pastes — any Unicode, any Markdown,
 * nothing at all — `analyzeSync` returns a report, the same one every time,
 * and every position in it lies in the text and slices back exactly.
 *
 * The generators build text from fragments that are known to be hard for a
 * Markdown-and-prose pipeline (lone surrogates, CR line ends, unclosed code
 * fences, entities that decode to nothing useful, …) mixed with words in the
 * three languages, so that sentences, findings and evidence actually occur.
 * The seed is fixed: a failure is reproducible, and fast-check prints the
 * shrunk counter-example.
 */
import assert from 'node:assert/strict'
import {readFile} from 'node:fs/promises'
import {test} from 'node:test'
import fc from 'fast-check'
import {Ajv2020} from 'ajv/dist/2020.js'
import {analyzeSync, createAnalyzer, type AnalyzeOptions, type LanguageOption, type PitchReport} from '../src/index.ts'
import {modelDocument} from '../src/engine.ts'
import {resolveOptions} from '../src/options.ts'
import {assertSpans} from './helpers.ts'

/** Fixed, so that a failure is reproducible; `PITCH_COACH_SEED=… npm test` explores other inputs. */
const seed = Number(process.env.PITCH_COACH_SEED ?? 20261128)
/** A multiplier of the runs per property (`PITCH_COACH_RUNS=10` for a longer search). */
const scale = Number(process.env.PITCH_COACH_RUNS ?? 1)
const runs = (n: number): number => Math.max(1, Math.round(n * scale))
/** Runs of the main properties: all five properties take about 15 s on 2 shared cores. */
const numRuns = runs(300)

const schema = JSON.parse(await readFile(new URL('../schema/report.schema.json', import.meta.url), 'utf8')) as object
// Formats are not needed for the checks here (the report has no format-constrained strings besides URLs).
const validate = new Ajv2020({allErrors: true, strict: false, validateFormats: false}).compile<PitchReport>(schema)

// ---------------------------------------------------------------------------
// Generators

/** Words that make sentences, findings and story evidence happen in each language. */
const words = fc.constantFrom(
  'Maria', 'nurses', 'walk', 'very', 'utilize', 'leverage', 'disruptive', 'synergy', 'but', 'and', 'therefore',
  'we', 'ask', 'for', 'a', 'pilot', '9', 'km', '3.5', 'percent', 'Mr.', 'e.g.', 'J.', 'problem', 'today',
  'äldre', 'väntar', 'men', 'därför', 'vi', 'söker', 'kommunen', 't.ex.', 'ganska',
  'vanhukset', 'odottavat', 'mutta', 'siksi', 'haemme', 'kunta', 'esim.', 'todella',
  'Café', 'naïve', "don't", 'co-op', 'R&D'
)

const unicode = fc.constantFrom(
  '😀', '𝔘𝔫𝔦', '👩‍👩‍👧', '🏳️‍🌈', '👍🏽', // astral, ZWJ sequences, modifiers
  'e\u0301', '\u0301', 'a\u0308\u0323', 'क्षि', // combining marks, a leading mark
  'שלום עולם', 'مرحبا بالعالم', '\u200F', '\u202E', '\u2066', '\u200D', '\u200B', '\uFEFF', // RTL, bidi, zero-width
  '\uD800', '\uDFFF', '\uDC00a', 'a\uD83D', // lone surrogates
  '\u0000', '\u0007', '\u001B[31m', '\u007F', '\u0085', '\u000B', '\u000C', // NUL and control characters
  '\uFFFC', '\uFFFD', '\uFFFF', // the placeholder the model itself uses, replacement, non-character
  '\u00A0', '\u3000', '\t', ' ', '  ', // other spaces
  '中文句子。', '日本語！', 'Ελληνικά;', 'Русский.'
)

const lineBreak = fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u2029', '\n\n', '\r\n\r\n', '\r\r')

const punctuation = fc.constantFrom('. ', '! ', '? ', '… ', '.', ', ', '; ', ': ', '."', '.)', '?!', '...', ' - ', '—')

const markdown = fc.constantFrom(
  '# ', '## ', '###### ', '####### ', 'Title\n===\n', 'Title\n---\n', // headings (and one that is not)
  '| a | b |\n|---|---|\n| c | d |\n', '|x|\n|-|\n', '| a |', // tables, a broken one
  '<div>', '</div>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- comment -->', '<!--',
  '<!-- pitch-coach-disable -->', '<!-- pitch-coach-enable -->', '<!-- pitch-coach-disable hedge buzzword -->', '<br/>',
  '```\n', '```js\nconst a = 1\n```\n', '~~~\n', '    indented code\n', '`inline`', '``', '`', // code, fences closed and unclosed
  '[text](https://example.org)', '[text][ref]', '[ref]', '[ref]: https://example.org\n', '<https://example.org>', 'https://example.org/x?y=1',
  '![alt](img.png)', '![alt][ref]', '![', // images
  '[^1]', '[^1]: A note.\n', '[^', // footnotes
  '&amp;', '&eacute;', '&#x1F600;', '&#0;', '&#xD800;', '&#1114112;', '&nosuch;', '&', '&#', '&amp', // entities, valid and not
  '\\*', '\\\\', '\\', '\\\n', '\\&amp;', // escapes
  '*', '**', '_', '__', '~~', '***', // emphasis
  '- ', '* ', '+ ', '1. ', '1) ', '  - ', '- [ ] ', '- [x] ', // lists
  '> ', '>> ', '> > ', // blockquotes
  '---\n', '***\n', '\n- - -\n' // thematic breaks
)

const frontMatter = fc.constantFrom('', '---\ntitle: synergy\n---\n', '+++\ntitle = "x"\n+++\n', '---\n', '---\nunclosed: yes\n')

/** Free text: any code points (astral included), then any UTF-16 units (lone surrogates included). */
const anyCodePoints = fc.string({unit: 'binary', maxLength: 6})
const anyUnits = fc.array(fc.integer({min: 0, max: 0xffff}), {maxLength: 4}).map((units) => String.fromCharCode(...units))

/** A whole sentence, capitalised, so that texts have several. */
const sentence = fc
  .tuple(fc.array(words, {minLength: 1, maxLength: 12}), fc.constantFrom('. ', '! ', '? ', '.\n', '.\n\n', '. ', '.'))
  .map(([list, end]) => list.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()) + end)

const fragment = fc.oneof(
  {arbitrary: sentence, weight: 6},
  {arbitrary: words.map((w) => w + ' '), weight: 10},
  {arbitrary: words, weight: 4},
  {arbitrary: punctuation, weight: 5},
  {arbitrary: lineBreak, weight: 4},
  {arbitrary: markdown, weight: 6},
  {arbitrary: unicode, weight: 4},
  {arbitrary: anyCodePoints, weight: 1},
  {arbitrary: anyUnits, weight: 1}
)

/** A pitch-like text: maybe a byte order mark (files saved by Notepad), maybe front matter, then fragments. */
const text = fc
  .tuple(fc.constantFrom('', '', '\uFEFF'), frontMatter, fc.array(fragment, {maxLength: 60}))
  .map(([bom, head, parts]) => bom + head + parts.join(''))

const options = fc.record(
  {
    language: fc.constantFrom<LanguageOption>('auto', 'en', 'sv', 'fi'),
    messageLanguage: fc.constantFrom('en' as const, 'sv' as const, 'fi' as const),
    preset: fc.constantFrom('elevator' as const, 'three-minute' as const, 'five-minute' as const, 'challenge' as const)
  },
  {requiredKeys: ['language']}
)

// ---------------------------------------------------------------------------
// The invariants

/** Everything a report must satisfy for any input. */
function assertReport(input: string, report: PitchReport): void {
  assertSpans(input, report)

  assert.equal(report.stats.sentences, report.sentences.length)
  assert.equal(report.arc.length, report.sentences.length)
  let previousEnd = 0
  for (const sentence of report.sentences) {
    // A sentence has at least one word: some letter, digit or mark in its source.
    assert.match(sentence.text, /[\p{L}\p{N}\p{M}]/u, `sentence without a word: ${JSON.stringify(sentence.text)}`)
    assert.ok(sentence.text.length > 0)
    assert.ok(sentence.position.start.offset >= previousEnd, `sentences overlap or are out of order at ${sentence.position.start.offset}`)
    previousEnd = sentence.position.end.offset
  }
  assert.ok(report.stats.words >= report.sentences.length, 'fewer words than sentences')

  for (let i = 1; i < report.messages.length; i++) {
    const a = report.messages[i - 1]!.place
    const b = report.messages[i]!.place
    assert.ok(
      a.start.offset < b.start.offset || (a.start.offset === b.start.offset && a.end.offset <= b.end.offset),
      `messages out of order at ${a.start.offset}/${b.start.offset}`
    )
  }

  // Plain JSON data: nothing lost in a round trip (no NaN, Infinity, undefined in arrays, functions).
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report)
  assert.ok(validate(report), JSON.stringify(validate.errors))
}

/** Markup that may sit inside a word's source span (`R&amp;D`, `foo**bar**`, a line break in a quote). */
const markup = /[&\\\r\n>*_~`[\]()!<|\u0000]/

/**
 * The words of the document model are where the text has them: a word whose
 * source span holds no markup is, character for character, that span. (The
 * report's spans always slice back exactly, being slices; this checks they
 * are slices of the right place.)
 */
function assertWordsInPlace(input: string, given: AnalyzeOptions): void {
  const document = modelDocument(input, resolveOptions(given))
  for (const sentence of document.sentences) {
    for (const word of sentence.words) {
      const raw = input.slice(word.start, word.end)
      if (!markup.test(raw)) assert.equal(raw, word.value, `word ${JSON.stringify(word.value)} placed on ${JSON.stringify(raw)} at ${word.start}`)
    }
  }
}

function check(input: string, given: AnalyzeOptions): void {
  const report = analyzeSync(input, given)
  assertReport(input, report)
  assert.deepEqual(analyzeSync(input, given), report, 'not deterministic')
  assertWordsInPlace(input, given)
}

// ---------------------------------------------------------------------------
// Properties

test('any Markdown with any Unicode: a report with exact positions, the same every time', () => {
  fc.assert(
    fc.property(text, options, (input, given) => check(input, given)),
    {seed, numRuns}
  )
})

test('any string of code points or UTF-16 units, lone surrogates included', () => {
  const raw = fc.oneof(
    fc.string({unit: 'binary', maxLength: 200}),
    fc.array(fc.integer({min: 0, max: 0xffff}), {maxLength: 200}).map((units) => String.fromCharCode(...units)),
    fc.string({unit: 'grapheme', maxLength: 80})
  )
  fc.assert(
    fc.property(raw, fc.constantFrom<LanguageOption>('auto', 'en', 'sv', 'fi'), (input, language) => check(input, {language})),
    {seed, numRuns}
  )
})

test('empty and whitespace-only input: no sentences, no words, no findings on text', () => {
  const blank = fc
    .array(fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00A0', '\u2028', '\u2029', '\u3000', '\u000B', '\u000C', '\u200B', '\uFEFF'), {maxLength: 30})
    .map((parts) => parts.join(''))
  fc.assert(
    fc.property(blank, fc.constantFrom<LanguageOption>('auto', 'en', 'sv', 'fi'), (input, language) => {
      const report = analyzeSync(input, {language})
      assertReport(input, report)
      assert.equal(report.stats.words, 0)
      assert.deepEqual(report.sentences, [])
      for (const message of report.messages) assert.equal(message.place.start.offset, message.place.end.offset, 'a finding on blank text has no extent')
    }),
    {seed, numRuns: runs(100)}
  )
})

test('an incremental analyser gives the report a fresh analysis gives, after any earlier text', () => {
  fc.assert(
    fc.property(fc.array(text, {minLength: 2, maxLength: 4}), fc.constantFrom<LanguageOption>('auto', 'en', 'sv', 'fi'), (drafts, language) => {
      const analyzer = createAnalyzer({language})
      for (const draft of drafts) assert.deepEqual(analyzer.updateSync(draft), analyzeSync(draft, {language}))
    }),
    {seed, numRuns: runs(100)}
  )
})

test('small edits of a text keep every position exact', () => {
  // Insert a hostile fragment anywhere into a real-looking pitch, CRLF or not.
  const base =
    '---\ntitle: Snow\n---\n\n# The problem\n\nMaria, 84, lives alone. When it snows she cannot leave her home, but nobody knows.\n\n' +
    '- Nurses walk 9 km a night\n- We utilize a very disruptive app\n\n> Därför ber vi om en pilot. Siksi haemme rahoitusta.\n\n' +
    '| a | b |\n|---|---|\n| synergy | x |\n\nWe ask for €40,000 [^1] and a pilot in [Espoo](https://espoo.fi).\n\n[^1]: For one winter.\n'
  const edit = fc.tuple(fc.nat({max: base.length}), fc.oneof(fragment, lineBreak, unicode), fc.boolean())
  fc.assert(
    fc.property(fc.array(edit, {minLength: 1, maxLength: 6}), fc.boolean(), (edits, crlf) => {
      let input = crlf ? base.replace(/\n/g, '\r\n') : base
      for (const [at, insert, remove] of edits) {
        const i = Math.min(at, input.length)
        input = input.slice(0, i) + insert + input.slice(remove ? i + 1 : i)
      }
      check(input, {language: 'auto'})
    }),
    {seed, numRuns: runs(200)}
  )
})
