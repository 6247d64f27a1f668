/**
 * The incremental engine gives exactly what a fresh analysis gives.
 *
 * - Markdown parsed chunk by chunk (with the plain-paragraph shortcut) gives
 *   the same prose blocks and directives as remark-parse on the whole text,
 *   on hand-picked hard cases, on the evaluation corpus and on random
 *   documents built from hard lines.
 * - `createAnalyzer().update(text)` deep-equals `analyzeSync(text)` after
 *   every edit of random edit sequences (characters, words, blank lines,
 *   headings, list markers, code fences, HTML comments, entities), in
 *   English, Swedish and Finnish.
 *
 * No timings here: `npm run bench` measures speed.
 */
import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {test} from 'node:test'
import fc from 'fast-check'
import {analyzeSync, createAnalyzer, type AnalyzeOptions} from '../src/index.ts'
import {chunkStarts, parseProse} from '../src/document/chunks.ts'
import {parseMarkdown, proseBlocks} from '../src/document/markdown.ts'

const seed = Number(process.env.PITCH_COACH_SEED ?? 20261128)
const scale = Number(process.env.PITCH_COACH_RUNS ?? 1)
const runs = (n: number): number => Math.max(1, Math.round(n * scale))

/** The prose of a whole-text parse, the reference. */
function reference(text: string): ReturnType<typeof proseBlocks> {
  return proseBlocks(parseMarkdown(text), text)
}

/** Typed arrays as plain arrays, so that views and copies compare by content. */
function plain(value: ReturnType<typeof proseBlocks>): unknown {
  return {
    blocks: value.blocks.map((b) => ({...b, from: Array.from(b.from), to: Array.from(b.to), wraps: Array.from(b.wraps)})),
    directives: value.directives
  }
}

function assertSameProse(text: string): void {
  assert.deepStrictEqual(plain(parseProse(text)), plain(reference(text)), JSON.stringify(text))
}

// ---------------------------------------------------------------------------
// Chunked parsing

const hardCases: Record<string, string> = {
  'plain paragraphs': 'One two three.\nFour five.\n\nSix seven.\n',
  'fence with blank lines': 'Intro.\n\n```js\nconst a = 1\n\nNot prose.\n```\n\nAfter the fence.\n',
  'unclosed fence': 'Intro.\n\n```\ncode\n\nStill code.\n\n# Still code\n',
  'fence closed by a longer fence': 'A.\n\n````\n```\n\nB\n`````\n\nC.\n',
  'tilde fence and backtick line': 'A.\n\n~~~\n```\n\nB.\n~~~\n\nC.\n',
  'indented fence in a list': '- item\n\n  ```\n  code\n\n  more\n  ```\n\nAfter.\n',
  'fence in a list closed by the list': '- item\n  ```\n  code\n\nAfter.\n```\n\nIn a new fence.\n',
  'html comment across blank lines': 'A.\n\n<!--\ncomment\n\nStill comment.\n-->\n\nB.\n',
  'closed html comment directive': '<!-- pitch-coach-disable hedge -->\n\nMaybe we could try.\n\n<!-- pitch-coach-enable -->\n\nMaybe.\n',
  'pre block across blank lines': '<pre>\nx\n\nStill pre.\n</pre>\n\nAfter.\n',
  'div block ends at a blank line': '<div>\nx\n\nA paragraph.\n',
  'list item continuation': '- First item.\n\n  Continued in the item.\n\nNot in the item.\n',
  'loose list': '- one\n\n- two\n\n1. three\n\n2. four\n',
  'ordered list start': '2. Two.\n\n10) Ten.\n\n1.\nEmpty item.\n',
  'indented code after a paragraph': 'Para.\n\n    code line\n\n    more code\n\nPara.\n',
  'block quotes': '> Quote one.\n\n> Quote two.\n>\n> Same quote.\n\nLazy\n> quote\n',
  'setext headings': 'Title\n=====\n\nSub\n---\n\nText.\n',
  'atx headings': '# One\n\n## Two ##\n\n###No heading\n\n####### Seven\n\n#\n\n# A *b*\n',
  'tables': '| a | b |\n| - | - |\n| 1 | 2 |\n\nText.\n',
  'front matter with blank lines': '---\ntitle: x\n\nmore: y\n---\n\nText.\n\nMore text.\n',
  'unclosed front matter': '---\ntitle: x\n\nText.\n',
  'toml front matter': '+++\na = 1\n\nb = 2\n+++\n\nText.\n',
  'definitions are global': 'See [the site][s].\n\nMore.\n\n[s]: https://example.com\n',
  'footnotes are global': 'Text[^1].\n\n[^1]: A note.\n\nMore.\n',
  'entities and escapes': 'R&amp;D costs &euro;5.\n\nA \\*star\\*.\n\n&#35; not a heading\n',
  'hard breaks': 'Line one  \nline two\\\nline three\n\nLine.\t\nNext.\n',
  'autolinks': 'Visit www.example.com today.\n\nMail a@b.fi.\n\nSee https://x.fi.\n',
  'crlf': 'One.\r\n\r\nTwo\r\nlines.\r\n\r\n# Head\r\n',
  'lone cr': 'One.\r\rTwo.\n\nThree.\n',
  'tabs and spaces': 'A.\n\n\tcode\n\nB.\n \nC.\n\t\nD.\n',
  'blank lines with spaces': 'A.\n   \n\nB.\n  \n',
  'thematic breaks': 'A.\n\n***\n\n---\n\n___\n\nB.\n',
  'nul and bom': '\uFEFFStart.\n\nA\u0000B.\n',
  'emphasis across lines': 'A *b\nc* d.\n\n_e_ f.\n',
  'leading quote and digit': '"Quoted," she said.\n\n2026 was the year.\n\n(Aside.)\n',
  'html inline': 'A <b>bold</b> word.\n\n<span>x</span>\n\nC.\n',
  'empty and whitespace': '',
  'only blank lines': '\n\n\n',
  'no final newline': 'Last line without a newline'
}

test('chunked parsing gives the prose of a whole-text parse on hard cases', () => {
  for (const [name, text] of Object.entries(hardCases)) {
    assert.deepStrictEqual(plain(parseProse(text)), plain(reference(text)), name)
  }
})

test('text is cut into chunks at blank lines before column-1 lines only', () => {
  assert.deepStrictEqual(chunkStarts('A.\n\nB.\n\n  C.\n\nD.\n'), [0, 4, 14])
  // Definitions anywhere turn chunking off; front matter is one chunk.
  assert.deepStrictEqual(chunkStarts('A.\n\n[x]: /y\n'), [0])
  assert.deepStrictEqual(chunkStarts('---\na: 1\n\nb: 2\n---\n\nText.\n'), [0, 20])
  assert.deepStrictEqual(chunkStarts('A.\n\n---\nb: 1\n---\n\nC.\n'), [0, 18])
})

test('chunked parsing matches whole-text parses on the evaluation corpus and examples', () => {
  const root = new URL('../../../', import.meta.url)
  let texts = 0
  for (const name of ['eval/corpus/en.jsonl', 'eval/corpus/sv.jsonl', 'eval/corpus/fi.jsonl']) {
    const url = new URL(name, root)
    if (!existsSync(url)) continue
    for (const line of readFileSync(url, 'utf8').split('\n')) {
      if (!line.trim()) continue
      assertSameProse((JSON.parse(line) as {text: string}).text)
      texts++
    }
  }
  assert.ok(texts > 50, `read ${texts} corpus texts`)
})

/** Lines that are hard for chunking and for the plain-paragraph shortcut. */
const hardLine = fc.constantFrom(
  '', '', '', ' ', '\t', 'Plain words here.', 'More plain words', 'Maria waited 3 days.', '1990 was long ago.',
  '# Heading', '## Heading ##', '#No', '- item', '* item', '+ item', '1. item', '2) item', '1.', '  indented',
  '    code', '\tcode', '1. ', '```', '```js', '~~~', '````', '> quote', '>', '<!--', '-->', '<!-- pitch-coach-disable -->',
  '<!-- pitch-coach-enable hedge -->', '<pre>', '</pre>', '<div>', '---', '+++', '===', '***', '| a | b |',
  '| - | - |', '[x]: /url', '[^1]: note', 'See [x].', 'R&amp;D', '&#35; no', 'a\\*b', 'Hard  ', 'tab\tin',
  'www.example.com', 'a@b.fi', '*emph*', '_emph_', '`code`', '~~del~~', '![img](x.png)', '"Quoted."',
  '(Aside)', 'É accent', 'trailing ', 'x\u0000y', 'a\rb', '- Plain item', '- Plain item', '1. Plain item', '2) Plain item',
  '- 1. nested', '-  two spaces', '* * *', '- - -', '+ Item', '- [ ] task', '-item', '10. Ten'
)

test('chunked parsing matches whole-text parses on random documents of hard lines', () => {
  fc.assert(
    fc.property(fc.array(hardLine, {maxLength: 30}), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      assertSameProse(lines.join(eol))
    }),
    {seed, numRuns: runs(1500)}
  )
})

test('the plain-paragraph shortcut agrees with remark-parse on random characters', () => {
  const char = fc.constantFrom(...'abcXYZ019 .,:;!?"\'()#-+*_`~<>&[]\\|@/=\t\n\näöé€'.split(''), 'www.', '://', '1. ', '  \n')
  fc.assert(
    fc.property(fc.array(char, {maxLength: 40}), (chars) => {
      assertSameProse(chars.join(''))
    }),
    {seed, numRuns: runs(3000)}
  )
})

// ---------------------------------------------------------------------------
// Incremental analysis

const base: Record<'en' | 'sv' | 'fi', string> = {
  en: [
    '# Ferry times islanders can trust',
    'Leena is a nurse on Nagu. She waits at the ferry berth at 6.40, because the timetable is often wrong. Last winter the ferry was delayed on 19 days.',
    '## What we do',
    'We built a live ferry board. It basically leverages positions that ships already broadcast, and it sends a push message when a departure slips.',
    '- Commuters get a message.\n- Care visits start on time.',
    'Late visits dropped from 34 to 9 a month. But we need 28,000 euros to cover all routes. Therefore we ask the region for a pilot.'
  ].join('\n\n'),
  sv: [
    '# Färjetider som öborna kan lita på',
    'Leena är sjuksköterska på Nagu. Hon väntar vid färjan varje morgon, men tidtabellen är ofta fel. Förra vintern var färjan försenad 19 dagar.',
    '## Vad vi gör',
    'Vi har byggt en tavla som visar var färjorna är. Den skickar ett meddelande när en avgång blir sen.',
    'Sena besök minskade från 34 till 9 i månaden. Därför söker vi 28 000 euro från regionen.'
  ].join('\n\n'),
  fi: [
    '# Lauttojen aikataulut, joihin voi luottaa',
    'Leena on sairaanhoitaja Nauvossa. Hän odottaa lauttaa joka aamu, mutta aikataulu on usein väärin. Viime talvena lautta oli myöhässä 19 päivänä.',
    '## Mitä teemme',
    'Rakensimme taulun, joka näyttää lauttojen sijainnin. Se lähettää viestin, kun lähtö myöhästyy.',
    'Myöhäiset käynnit vähenivät 34:stä 9:ään kuukaudessa. Siksi haemme alueelta 28 000 euroa.'
  ].join('\n\n')
}

/** Things typed or pasted in one go. */
const insertion = fc.constantFrom(
  'a', 'Q', ' ', '.', ',', '\n', '\n\n', '\n\n\n', 'the ', ' but ', ' Therefore ', 'basically ', 'Maria ', '42 ', '%',
  '# ', '## A heading\n\n', '- ', '1. ', '> ', '```\n', '\n```\n', '~~~', '<!--', '-->', '<!-- pitch-coach-disable -->\n\n',
  '&amp;', '&euro;', '\\*', '*', '_', '`', '[', ']', '[x]: /y\n', 'www.x.fi ', '    ', '\t', '\r\n', 'ä', 'Mr. ', 'e.g. '
)

type Edit = {at: number; remove: number; insert: string}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  remove: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({min: 0, max: 20})),
  insert: fc.oneof(insertion, fc.constant(''))
}).map(({at, remove, insert}) => ({at, remove, insert}))

function apply(text: string, {at, remove, insert}: Edit): string {
  const start = Math.min(text.length, Math.floor(at * (text.length + 1)))
  return text.slice(0, start) + insert + text.slice(start + remove)
}

for (const language of ['en', 'sv', 'fi'] as const) {
  for (const option of ['auto', language] as const) {
    test(`update equals analyzeSync after every edit (${language}, language: ${option})`, async () => {
      const options: AnalyzeOptions = {language: option}
      await fc.assert(
        fc.asyncProperty(fc.array(edit, {minLength: 1, maxLength: 8}), async (edits) => {
          const analyzer = createAnalyzer(options)
          let text = base[language]
          assert.deepStrictEqual(await analyzer.update(text), analyzeSync(text, options))
          for (const step of edits) {
            text = apply(text, step)
            assert.deepStrictEqual(await analyzer.update(text), analyzeSync(text, options), JSON.stringify(text))
          }
        }),
        {seed, numRuns: runs(option === 'auto' ? 25 : 10)}
      )
    })
  }
}

test('update equals analyzeSync when going back and forth between texts', () => {
  const analyzer = createAnalyzer({preset: 'elevator', rules: {'long-sentence': {maxWords: 12}}})
  const texts = [base.en, base.en + '\n\nOne more paragraph.', base.en.replace('Leena', 'Maria'), base.en, '', base.en, base.sv, base.en]
  for (const text of texts) {
    assert.deepStrictEqual(analyzer.updateSync(text), analyzeSync(text, {preset: 'elevator', rules: {'long-sentence': {maxWords: 12}}}))
  }
})

test('update equals analyzeSync with a paragraph repeated (shared cache entries)', () => {
  const analyzer = createAnalyzer()
  const paragraph = 'We basically leverage data. It was built fast.'
  let text = `# Title\n\n${paragraph}\n\n${paragraph}\n\n${paragraph}\n`
  assert.deepStrictEqual(analyzer.updateSync(text), analyzeSync(text))
  text = text.replace('# Title', '# A longer title')
  assert.deepStrictEqual(analyzer.updateSync(text), analyzeSync(text))
  text = `${paragraph}\n\n` + text
  assert.deepStrictEqual(analyzer.updateSync(text), analyzeSync(text))
})

test('update equals analyzeSync when an edit changes the scores of sentences around it or a whole section', () => {
  // Same number of sentences before and after each edit, so the scorer reuses what it can.
  const filler = (i: number): string => `Row ${i} of the plan is short and plain.`
  const lines = ['## The problem', 'Residents wait for days for a ride.', ...Array.from({length: 12}, (_, i) => filler(i)), '## What we ask', 'We ask the city for 20,000 euros.']
  const edits: Array<(text: string) => string> = [
    // A heading far above many sentences now opens another element's section.
    (text) => text.replace('## The problem', '## Our solution'),
    // A sentence gains cues that its neighbours' second stage reads.
    (text) => text.replace(filler(5), 'Waiting fell from 3 days to 4 hours after the pilot.'),
    // A sentence becomes a copy of another (the same cached features object twice).
    (text) => text.replace(filler(8), 'Residents wait for days for a ride.'),
    // A heading that names no element closes the section.
    (text) => text.replace('## Our solution', '## Notes'),
    // The story turns four sentences above the past report: the report is now after the change.
    (text) => text.replace(filler(1), 'We built an app that books the rides.'),
    // A problem section now opens after the first sentences: they open a pitch that tells its solution first.
    (text) => text.replace(filler(4), '## Why does this matter?')
  ]
  const analyzer = createAnalyzer()
  let text = lines.join('\n\n') + '\n'
  let previous = analyzer.updateSync(text)
  assert.deepStrictEqual(previous, analyzeSync(text))
  for (const edit of edits) {
    text = edit(text)
    const report = analyzer.updateSync(text)
    assert.deepStrictEqual(report, analyzeSync(text))
    assert.notDeepStrictEqual([report.arc, report.structure], [previous.arc, previous.structure], 'the edit changes the structure, or this test checks nothing')
    previous = report
  }
})

test('update equals analyzeSync when a heading above a sum starts or stops naming the amount applied for', () => {
  // The sum's ask cue comes from the line above it (`amountUnder`): an edit of the heading alone must reach it.
  const analyzer = createAnalyzer()
  const body = ['Village halls cost too much to heat, and six of them close every winter.', 'We insulate the halls and fit heat pumps with the village committees.']
  const texts = [
    [...body, '## Budget', '£48,500 over two years.'],
    [...body, '## Amount requested', '£48,500 over two years.'],
    [...body, '## Amount applied for', '£48,500 over two years.'],
    [...body, '## Budget', '£48,500 over two years.']
  ].map((lines) => lines.join('\n\n') + '\n')
  const statuses: string[] = []
  for (const text of texts) {
    const report = analyzer.updateSync(text)
    assert.deepStrictEqual(report, analyzeSync(text))
    statuses.push(report.structure.ask.status)
  }
  assert.notEqual(statuses[0], statuses[1], `the heading changes the ask, or this test checks nothing: ${statuses.join(', ')}`)
  assert.equal(statuses[3], statuses[0])
})

test('update equals analyzeSync when a paragraph is split or joined (the second stage reads neighbours within a part)', () => {
  // The same four sentences, as one paragraph and as three: the sentences' features stay the same objects,
  // but which neighbours the second stage reads changes.
  const joined =
    'Many older residents in Kotka live alone and cannot leave home in winter. They wait for days for a ride to the shop. ' +
    'Our volunteers drive them to the shop every Tuesday. Last winter 40 residents joined the rides.'
  const split = joined.replace(' They wait', '\n\nThey wait').replace(' Our volunteers', '\n\nOur volunteers')
  const analyzer = createAnalyzer()
  const first = analyzer.updateSync(joined)
  assert.deepStrictEqual(first, analyzeSync(joined))
  const second = analyzer.updateSync(split)
  assert.deepStrictEqual(second, analyzeSync(split))
  assert.notDeepStrictEqual(second.structure, first.structure, 'splitting the paragraph changes the scores, or this test checks nothing')
  assert.deepStrictEqual(analyzer.updateSync(joined), analyzeSync(joined))
})

test('the caches of an analyser hold only what the current text uses', async () => {
  const {createCache, run} = await import('../src/engine.ts')
  const {resolveOptions} = await import('../src/options.ts')
  const options = resolveOptions({})
  const cache = createCache()
  let text = base.en
  for (let i = 0; i < 30; i++) {
    text = i % 3 === 0 ? text + `\n\nParagraph number ${i} is new. It has two sentences.\n` : text.replace(/\d+/, String(i * 7))
    const report = run(text, options, cache)
    assert.ok(cache.chunks.size <= text.split(/\n\n/).length, `chunks: ${cache.chunks.size}`)
    assert.ok(cache.segments.blocks.size <= report.stats.sentences, `blocks: ${cache.segments.blocks.size}`)
    const sentences = [...cache.sentences.byKind.values()].reduce((sum, texts) => sum + texts.size, 0)
    assert.ok(sentences <= report.stats.sentences, `sentences: ${sentences}`)
  }
  assert.ok([...cache.sentences.byKind.values()].some((texts) => texts.size > 0))
})
