/**
 * The tally `eval/questions.ts` prints: whether a question's quote lies in
 * a sentence the gold labels with the question's element.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {analyzeSync, type Element} from '../../packages/core/src/index.ts'
import {clauseStarts, emptyTally, phraseBreaks, tallyCuts, tallyQuotes, tallyReasons, type CutTally} from '../questions.ts'
import {heldoutFiles, projectFiles, readCorpus} from '../align.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))

// A weak outcome said in the team's words, and a weak ask: both questions quote the pitch, each in its own sentence.
const text =
  'Older residents in Kotka are lonely: half of them meet nobody for days.\n\n' +
  'Our volunteers visit them every week and bring a newspaper.\n\n' +
  'We hope the visits could reduce loneliness.\n\n' +
  'Please reach out if you want to help.'
const report = analyzeSync(text)
const quoted = (element: Element): number => {
  const question = report.questions.find((q) => q.element === element && q.quoted)
  assert.ok(question, `the ${element} question quotes the pitch`)
  return report.sentences.findIndex((s) => s.position.start.offset <= question.quoted!.position.start.offset && question.quoted!.position.start.offset < s.position.end.offset)
}

test('a quote counts as right when the gold labels its sentence with the question\'s element', () => {
  const gold: Element[][] = report.sentences.map(() => [])
  gold[quoted('outcome')] = ['outcome']
  gold[quoted('ask')] = ['change']
  const tally = emptyTally()
  tallyQuotes(tally, report, gold, new Set<Element>(['problem', 'hero', 'change', 'outcome', 'ask']))
  assert.equal(tally.questions, report.questions.length)
  assert.equal(tally.quoted, report.questions.filter((q) => q.quoted).length)
  assert.deepEqual(tally.perElement.outcome, {quoted: 1, right: 1, unlabelled: 0})
  assert.deepEqual(tally.perElement.ask, {quoted: 1, right: 0, unlabelled: 1})
  // The wrong quote is kept for reading (`--list`), with its pitch and its sentence; the right one is not.
  const ask = report.questions.find((q) => q.element === 'ask')!
  const wrong = tally.wrong.filter((w) => w.element === 'ask')
  assert.deepEqual(wrong, [{id: '', element: 'ask', quote: ask.quoted!.text, sentence: report.sentences[quoted('ask')]!.text}])
  assert.ok(!tally.wrong.some((w) => w.element === 'outcome'))
  const named = emptyTally()
  tallyQuotes(named, report, gold, new Set<Element>(['ask']), 'en-001')
  assert.equal(named.wrong[0]?.id, 'en-001')
})

test('a quote about an element the gold labels in no sentence is counted apart, and never right', () => {
  const gold: Element[][] = report.sentences.map(() => [])
  gold[quoted('outcome')] = ['outcome']
  const tally = emptyTally()
  tallyQuotes(tally, report, gold, new Set<Element>(['problem', 'hero', 'change', 'outcome', 'ask']))
  // The ask is labelled nowhere: its quote is wrong and unlabelled; the outcome's is right and labelled.
  assert.deepEqual(tally.perElement.ask, {quoted: 1, right: 0, unlabelled: 1})
  assert.deepEqual(tally.perElement.outcome, {quoted: 1, right: 1, unlabelled: 0})
  // Labelled somewhere else than the quote: wrong, but not unlabelled.
  const elsewhere: Element[][] = report.sentences.map(() => [])
  elsewhere[quoted('outcome')] = ['outcome', 'ask']
  const other = emptyTally()
  tallyQuotes(other, report, elsewhere, new Set<Element>(['ask']))
  assert.deepEqual(other.perElement.ask, {quoted: 1, right: 0, unlabelled: 0})
  assert.equal(tally.unlabelled, Object.values(tally.perElement).reduce((sum, cell) => sum + cell.unlabelled, 0))
})

test('questions about an element the corpus does not label are left out', () => {
  const gold: Element[][] = report.sentences.map(() => [])
  const tally = emptyTally()
  tallyQuotes(tally, report, gold, new Set<Element>(['problem', 'hero', 'change', 'outcome']))
  assert.equal(tally.perElement.ask, undefined)
  assert.equal(tally.questions, report.questions.filter((q) => q.element !== 'ask').length)
})

test('evidence without a reason is counted, and a missing element\'s evidence is not', () => {
  const tally = {evidence: 0, unexplained: 0}
  tallyReasons(tally, report)
  const shown = (['problem', 'hero', 'change', 'outcome', 'ask'] as const).filter((e) => report.structure[e].status !== 'missing')
  const items = shown.flatMap((e) => report.structure[e].evidence)
  assert.ok(items.length > 0)
  assert.deepEqual(tally, {evidence: items.length, unexplained: items.filter((item) => item.reasons.length === 0).length})
  // The same report with one reason taken away counts one more.
  const copy = structuredClone(report)
  const element = shown[0]!
  copy.structure[element].evidence[0]!.reasons = []
  const again = {evidence: 0, unexplained: 0}
  tallyReasons(again, copy)
  assert.equal(again.unexplained, tally.unexplained + (report.structure[element].evidence[0]!.reasons.length > 0 ? 1 : 0))
  assert.ok(report.structure[element].evidence[0]!.reasons.length > 0, 'the first evidence item has a reason to take away')
})

test('every sentence the report shows as evidence, in every corpus and held-out pitch, says why', () => {
  // A sentence the learned word table alone makes evidence, with no one word that stands out, says so
  // ("reads like such sentences in its words as a whole"): before, five such sentences came with no reason.
  const tally = {evidence: 0, unexplained: 0}
  for (const file of [...projectFiles(root), ...heldoutFiles(root)]) {
    for (const pitch of readCorpus(file.path)) tallyReasons(tally, analyzeSync(pitch.text, {language: pitch.lang}))
  }
  assert.ok(tally.evidence > 5000, String(tally.evidence))
  assert.equal(tally.unexplained, 0)
})

/** The cut tally of one English quote of `source`, as if a question had quoted it. */
function cut(quote: string, source: string): CutTally {
  const start = source.indexOf(quote)
  const position = {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + quote.length + 1, offset: start + quote.length}}
  const fake = {...report, questions: [{element: 'outcome' as const, question: '', quoted: {text: quote, position}}]}
  const tally: CutTally = {quotes: 0, phraseEnds: 0, phraseStarts: 0, words: 0}
  tallyCuts(tally, fake, source, phraseBreaks('en'), clauseStarts('en'))
  return tally
}

test('a quote ends well at the end of a clause or before a word that opens a phrase, not inside a phrase', () => {
  const source = 'Our vision is to become the leading *workflow platform* for the public sector, and beyond.'
  assert.deepEqual(cut('Our vision is to become', source), {quotes: 1, phraseEnds: 0, phraseStarts: 1, words: 5})
  // Before "for", past the markup that closes the last word.
  assert.deepEqual(cut('Our vision is to become the leading *workflow platform', source), {quotes: 1, phraseEnds: 1, phraseStarts: 1, words: 9})
  // Before a comma, and at the end of the text.
  assert.equal(cut('for the public sector', source).phraseEnds, 1)
  assert.equal(cut('and beyond.', source).phraseEnds, 1)
  // At the end of a heading or a list item without a full stop, before the next block; not at a soft line wrap.
  const blocks = '# Fewer paper cups\n\nWe lend cups.\n\n- Cups for every cafe\n- Cheaper coffee for you\nOur cups last\nlonger than paper.'
  assert.equal(cut('Fewer paper cups', blocks).phraseEnds, 1)
  assert.equal(cut('Cups for every cafe', blocks).phraseEnds, 1)
  assert.equal(cut('Our cups last', blocks).phraseEnds, 0)
})

test('a quote starts well where its sentence or a clause starts or after a word that ends a phrase, not inside a phrase', () => {
  const starts = (quote: string, source: string): number => cut(quote, source).phraseStarts
  const source = 'Older residents are lonely. In March we signed up 40 residents, and *we* would like to grow.\n\n- **Twelve** pupils read'
  assert.equal(starts('In March we signed up', source), 1, 'after a full stop')
  assert.equal(starts('March we signed up', source), 0, 'inside "In March"')
  assert.equal(starts('we* would like to grow', source), 1, 'after "and", before the markup that opens the word')
  assert.equal(starts('residents are lonely', source), 0, 'inside "Older residents"')
  assert.equal(starts('Older residents are lonely', source), 1, 'at the start of the text')
  assert.equal(starts('Twelve** pupils read', source), 1, 'at the start of a list item')
})
