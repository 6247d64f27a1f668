import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {analyzeSync} from '../src/index.ts'
import {Locator} from '../src/report/location.ts'
import {assertSpans} from './helpers.ts'

const place = (text: string, ruleId: string) => {
  const message = analyzeSync(text, {language: 'en'}).messages.find((m) => m.ruleId === ruleId)
  assert.ok(message, `expected a ${ruleId} finding`)
  return text.slice(message.place.start.offset, message.place.end.offset)
}

test('a finding after a character reference points at its words (mdast-util-to-nlcst drifts here)', () => {
  assert.equal(place('Our R&amp;D teams utilize tools.', 'simpler'), 'utilize')
  assert.equal(place('Caf&eacute; owners &#x26; &#38; staff utilize tools.', 'simpler'), 'utilize')
})

test('a finding after an escape points at its words', () => {
  assert.equal(place('Stars \\*and\\* more \\_stuff\\_ utilize tools.', 'simpler'), 'utilize')
})

test('a word made of a character reference spans the reference', () => {
  const text = 'The caf&eacute; is disruptive.'
  const report = analyzeSync(text, {language: 'en'})
  assert.equal(report.sentences[0]!.text, text)
  assert.equal(place(text, 'buzzword'), 'disruptive')
})

test('findings inside links and emphasis cover exactly their words', () => {
  assert.equal(place('See [our **very** good](https://example.org) site.', 'hedge'), 'very')
  assert.equal(place('A *cutting-edge* idea.', 'buzzword'), 'cutting-edge')
  assert.equal(place('It is a [game](x) changer.', 'buzzword'), 'game](x) changer')
})

test('a phrase across emphasis keeps the Markdown inside its span', () => {
  assert.equal(place('This is a **paradigm** shift for us.', 'buzzword'), 'paradigm** shift')
})

test('a sentence takes in the markup that wraps it at its edges, and only markup that opens and closes inside it', () => {
  const sentences = (text: string) => {
    const report = analyzeSync(text, {language: 'en'})
    assertSpans(text, report)
    return report.sentences.map((s) => s.text)
  }
  // A bold form label: the label's own `**` open the unit, so its text is the Markdown as written.
  assert.deepEqual(sentences('**Amount applied for:** 12,800 €'), ['**Amount applied for:** 12,800 €'])
  assert.deepEqual(sentences('*Problem:* _people_ wait.'), ['*Problem:* _people_ wait.'])
  // Closing markup at the end, nested markup, strikethrough and links.
  assert.deepEqual(sentences('Thanks to **Maria**'), ['Thanks to **Maria**'])
  assert.deepEqual(sentences('***We need a pilot.*** Then we grow.'), ['***We need a pilot.***', 'Then we grow.'])
  assert.deepEqual(sentences('~~Old plan~~ and [read more](https://example.org)'), ['~~Old plan~~ and [read more](https://example.org)'])
  assert.deepEqual(sentences('## **The problem**'), ['**The problem**'])
  // Emphasis over two sentences belongs to neither: each keeps to its own words.
  assert.deepEqual(sentences('*We start small. Then we grow.*'), ['We start small.', 'Then we grow.'])
  // Markup after the end mark of a sentence that goes on: the next one starts at its own words.
  assert.deepEqual(sentences('Nurses walk far. **Patients wait.**'), ['Nurses walk far.', '**Patients wait.**'])
})

test('CRLF line endings: lines and columns count as vfile-location does', () => {
  const text = 'First line is fine.\r\nThey are very tired.\r\n\r\nAnd leverage here.'
  const report = analyzeSync(text, {language: 'en'})
  const hedge = report.messages.find((m) => m.ruleId === 'hedge')!
  assert.deepEqual(hedge.place.start, {line: 2, column: 10, offset: 30})
  const buzz = report.messages.find((m) => m.ruleId === 'buzzword')!
  assert.deepEqual(buzz.place.start, {line: 4, column: 5, offset: 49})
  assertSpans(text, report)
})

test('astral characters, ZWJ emoji and combining marks count in UTF-16 units', () => {
  const text = '👩‍👩‍👧 families 😀 wait. Cafe\u0301 owners leverage it.'
  const report = analyzeSync(text, {language: 'en'})
  const buzz = report.messages.find((m) => m.ruleId === 'buzzword')!
  assert.equal(buzz.place.start.offset, text.indexOf('leverage'))
  assert.equal(buzz.place.start.column, text.indexOf('leverage') + 1)
  assertSpans(text, report)
})

test('code and HTML are not prose', () => {
  const text = 'Run `utilize --very` now.\n\n```\nutilize very disruptive synergy\n```\n\n<div>synergy</div>\n\nDone.'
  const report = analyzeSync(text, {language: 'en'})
  assert.deepEqual(report.messages.filter((m) => ['simpler', 'hedge', 'buzzword'].includes(m.ruleId)), [])
  assert.deepEqual(report.sentences.map((s) => s.text), ['Run `utilize --very` now.', 'Done.'])
})

test('tables and front matter are not prose', () => {
  const text = '---\ntitle: synergy\n---\n\n| a | b |\n|---|---|\n| synergy | x |\n\nPlain words.'
  const report = analyzeSync(text, {language: 'en'})
  assert.deepEqual(report.sentences.map((s) => s.text), ['Plain words.'])
})

test('headings and list items are units of their own', () => {
  const text = '# The problem\n\n- Nurses walk far\n- Patients wait\n\n> Quoted and\n> wrapped line.'
  const report = analyzeSync(text, {language: 'en'})
  assert.deepEqual(report.sentences.map((s) => s.text), ['The problem', 'Nurses walk far', 'Patients wait', 'Quoted and\n> wrapped line.'])
  assertSpans(text, report)
})

test('abbreviations and initials do not end a sentence', () => {
  const text = 'Mr. Smith met Dr. Jones at 5 p.m. yesterday, e.g. at J. Doe’s. Then they left.'
  const report = analyzeSync(text, {language: 'en'})
  assert.equal(report.sentences.length, 2)
  assert.equal(report.sentences[1]!.text, 'Then they left.')
  // "c." before a figure is "circa", in a slide's bullet as in prose.
  const circa = analyzeSync('There are c. 11,000 independent pharmacies in the UK. We serve 14.\n\n- c. 9,000 lunch restaurants', {language: 'en'})
  assert.deepEqual(circa.sentences.map((s) => s.text), ['There are c. 11,000 independent pharmacies in the UK.', 'We serve 14.', 'c. 9,000 lunch restaurants'])
})

test('decimal numbers and closing quotes', () => {
  const text = 'Costs fell by 3.5 percent. She said "it works." Then we left!'
  const report = analyzeSync(text, {language: 'en'})
  assert.deepEqual(report.sentences.map((s) => s.text), ['Costs fell by 3.5 percent.', 'She said "it works."', 'Then we left!'])
})

test('a typographic apostrophe keeps its place in the source and reads as a straight one', () => {
  const text = 'We don’t know. We’re sure.'
  const report = analyzeSync(text, {language: 'en'})
  // The words keep the source's characters: every span slices back to it.
  assert.deepEqual(report.sentences.map((s) => s.text), ['We don’t know.', 'We’re sure.'])
  assertSpans(text, report)
  const found = analyzeSync('We’re four engineers. We’ve built our app. Our app is fast, and we’re proud.', {language: 'en'})
  const finding = found.messages.find((m) => m.ruleId === 'team-as-hero')!
  assert.equal(finding.actual, 'We’re')
  assert.match(finding.reason, /appears 5 times/)
})

test('a list pasted from a word processor: each bulleted line is a unit of its own, the bullet left out', () => {
  const text = 'Benefits:\n• Faster handling of fault reports\n• Happier tenants\n ● Less admin for the property manager\n\nFördelar:\n– Nöjdare hyresgäster'
  const report = analyzeSync(text, {language: 'en'})
  assert.deepEqual(report.sentences.map((s) => s.text), [
    'Benefits:',
    'Faster handling of fault reports',
    'Happier tenants',
    'Less admin for the property manager',
    'Fördelar:',
    'Nöjdare hyresgäster'
  ])
  assertSpans(text, report)
  // Read as list items: seven short features are no 60-word sentence.
  const features = Array.from({length: 7}, (_, k) => `• Feature number ${k + 1} that helps the tenants and the caretaker every day`).join('\n')
  const listed = analyzeSync(`Our app has these features:\n${features}`, {language: 'en'})
  assert.equal(listed.sentences.length, 8)
  assert.deepEqual(listed.messages.filter((m) => m.ruleId === 'long-sentence'), [])
  // A dash inside a hard-wrapped line, or a bullet with no space after it, opens nothing.
  assert.equal(analyzeSync('Hard-wrapped prose goes on\nand – here – a dash in the line.', {language: 'en'}).sentences.length, 1)
  assert.equal(analyzeSync('The score went up\n•nothing else changed.', {language: 'en'}).sentences.length, 1)
})

test('a short title line without punctuation is its own unit', () => {
  const text = 'Project idea\nWhat is the problem?\nOlder people wait for days.'
  assert.deepEqual(analyzeSync(text, {language: 'en'}).sentences.map((s) => s.text), ['Project idea', 'What is the problem?', 'Older people wait for days.'])
})

test('a short line that ends on a sign or a closing mark is its own unit before a capitalised line: the lines of a form', () => {
  const text = '**Arvioitu kokonaisbudjetti:** 318 000 €\n**Haettava summa:** 254 000 €\n**Omarahoitus:** 64 000 €'
  const report = analyzeSync(text, {language: 'fi'})
  assert.deepEqual(report.sentences.map((s) => s.text), ['**Arvioitu kokonaisbudjetti:** 318 000 €', '**Haettava summa:** 254 000 €', '**Omarahoitus:** 64 000 €'])
  assertSpans(text, report)
  // The line that states the amount applied for is the ask, as it is on a line of its own.
  assert.equal(report.structure.ask.evidence[0]?.text, '**Haettava summa:** 254 000 €')
  const lines = (value: string): string[] => analyzeSync(value, {language: 'en'}).sentences.map((s) => s.text)
  assert.deepEqual(lines('Budget: 40,000 euros (2027)\nPartners: the city library'), ['Budget: 40,000 euros (2027)', 'Partners: the city library'])
  assert.deepEqual(lines('Help us buy a cold van ❄️\nDonate through the link'), ['Help us buy a cold van ❄️', 'Donate through the link'])
  // A long line, or a line the next one goes on in lower case, is prose wrapped at the line's end.
  assert.equal(lines('Every winter the heating in the old school costs the town about 40,000 €\nBut nobody has checked the windows.').length, 1)
  assert.equal(lines('The van costs 12,000 €\nand pays for itself in a year.').length, 1)
})

test('hard-wrapped prose is not split at line ends', () => {
  const text = 'Residents over eighty who live alone in the\noutskirts wait for days.'
  assert.equal(analyzeSync(text, {language: 'en'}).sentences.length, 1)
})

test('empty and whitespace-only input give an empty report', () => {
  for (const text of ['', '   ', '\n\n\t\n', '```\ncode\n```']) {
    const report = analyzeSync(text, {language: 'en'})
    assert.equal(report.stats.words, 0)
    assert.deepEqual(report.sentences, [])
    assertSpans(text, report)
  }
})

test('every span of the example pitches slices back to its text', async () => {
  const {readdir, readFile} = await import('node:fs/promises')
  const folder = new URL('../../../examples/pitches/', import.meta.url)
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    const text = await readFile(new URL(name, folder), 'utf8')
    assertSpans(text, analyzeSync(text))
  }
})

test('abbreviations that can close a sentence end it before a capitalised word', () => {
  const split = (text: string, language: 'en' | 'sv' | 'fi') => analyzeSync(text, {language}).sentences.map((s) => s.text)
  assert.deepEqual(split('Vi hjälper skolor, bibliotek osv. Nästa år växer vi.', 'sv'), ['Vi hjälper skolor, bibliotek osv.', 'Nästa år växer vi.'])
  assert.deepEqual(split('Autamme kouluja, kirjastoja jne. Ensi vuonna kasvamme.', 'fi'), ['Autamme kouluja, kirjastoja jne.', 'Ensi vuonna kasvamme.'])
  assert.deepEqual(split('We help schools, libraries etc. Next year we grow.', 'en'), ['We help schools, libraries etc.', 'Next year we grow.'])
  assert.deepEqual(split('We help schools etc. and libraries.', 'en'), ['We help schools etc. and libraries.'])
})

test('Swedish and Finnish abbreviations inside a sentence do not end it', () => {
  const split = (text: string, language: 'sv' | 'fi') => analyzeSync(text, {language}).sentences.map((s) => s.text)
  assert.deepEqual(split('Vi hjälper t.ex. Anna och bl.a. skolor, s.k. hubbar, ca. 40 st. Sedan växer vi.', 'sv'), ['Vi hjälper t.ex. Anna och bl.a. skolor, s.k. hubbar, ca. 40 st.', 'Sedan växer vi.'])
  assert.deepEqual(split('Esim. Aino ja mm. koulut hyötyvät, n. 40 asukasta. Sitten kasvamme.', 'fi'), ['Esim. Aino ja mm. koulut hyötyvät, n. 40 asukasta.', 'Sitten kasvamme.'])
})

test('Locator: every offset maps to the line and column that splitting at \\r\\n, \\r and \\n gives', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'é', '😀', '\n', '\r', '\r\n', ' '), {maxLength: 60}).map((parts) => parts.join('')), (text) => {
      const locator = new Locator(text)
      // The reference: line starts from a regular-expression split, as vfile-location finds them.
      const starts = [0]
      for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
      for (let offset = 0; offset <= text.length; offset++) {
        let line = 0
        while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
        assert.deepEqual(locator.point(offset), {line: line + 1, column: offset - starts[line]! + 1, offset})
      }
    }),
    {seed: 20261128, numRuns: 300}
  )
})
