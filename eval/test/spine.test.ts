/**
 * The tally `eval/spine.ts` prints: whether each part of the story spine
 * comes from a sentence the gold labels with the part's element.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {analyzeSync, type Element, type PitchReport} from '../../packages/core/src/index.ts'
import {emptySpineTally, spineParts, tallySpine} from '../spine.ts'

const all = new Set<Element>(['problem', 'hero', 'change', 'outcome', 'ask'])

test('a spine is read back into its parts in the language it is written in', () => {
  assert.deepEqual(spineParts(null, 'en'), [])
  assert.deepEqual(spineParts('Maria (hero); she waits (for days) (problem); we drive her (change)', 'en'), [
    {element: 'hero', text: 'Maria'},
    {element: 'problem', text: 'she waits (for days)'},
    {element: 'change', text: 'we drive her'}
  ])
  // An element's name inside a clause does not end the part: only the name before the separator or the end does.
  assert.deepEqual(spineParts('the problem (hero) is here (problem); the fix (change)', 'en'), [
    {element: 'problem', text: 'the problem (hero) is here'},
    {element: 'change', text: 'the fix'}
  ])
  assert.deepEqual(spineParts('Aili (huvudperson); hon väntar (problem); vi kör (förändring)', 'sv'), [
    {element: 'hero', text: 'Aili'},
    {element: 'problem', text: 'hon väntar'},
    {element: 'change', text: 'vi kör'}
  ])
  assert.deepEqual(spineParts('Pentti (päähenkilö); hän odottaa (ongelma); pyydämme rahaa (pyyntö)', 'fi'), [
    {element: 'hero', text: 'Pentti'},
    {element: 'problem', text: 'hän odottaa'},
    {element: 'ask', text: 'pyydämme rahaa'}
  ])
  assert.throws(() => spineParts('no element named here', 'en'), /cannot read the spine part/)
})

const text =
  'Maria, 82, waits three days for her prescriptions because the pharmacy bus stopped running.\n\n' +
  'Our volunteers now drive her to the pharmacy every Tuesday.\n\n' +
  'Her waiting fell from three days to four hours.\n\n' +
  'We ask the city for 12,000 euros to keep the cars on the road.'
const report = analyzeSync(text)
const sentenceOf = (words: string): number => report.sentences.findIndex((s) => text.slice(s.position.start.offset, s.position.end.offset).includes(words))

test('a clause counts as right when the gold labels its sentence with its element, the hero when a gold hero sentence names it', () => {
  const parts = spineParts(report.spine, 'en')
  assert.deepEqual(
    parts.map((p) => p.element),
    ['hero', 'problem', 'change', 'outcome', 'ask'],
    String(report.spine)
  )
  const gold: Element[][] = report.sentences.map(() => [])
  gold[sentenceOf('Maria, 82')] = ['problem', 'hero']
  gold[sentenceOf('Our volunteers')] = ['change']
  // The outcome's sentence labelled otherwise, so that the outcome's part is wrong.
  gold[sentenceOf('Her waiting fell')] = ['hero']
  gold[sentenceOf('We ask the city')] = ['ask']
  const tally = emptySpineTally()
  tallySpine(tally, 'test', report, text, gold, all)
  assert.equal(tally.spines, 1)
  assert.equal(tally.parts, 5)
  assert.equal(tally.right, 4)
  assert.deepEqual(tally.perElement.outcome, {parts: 1, right: 0})
  assert.deepEqual(tally.perElement.hero, {parts: 1, right: 1})
  assert.deepEqual(
    tally.wrong.map((w) => w.element),
    ['outcome']
  )
  // No gold hero sentence names Maria: the hero's part is wrong too.
  const noHero = gold.map((labels) => labels.filter((label) => label !== 'hero'))
  const second = emptySpineTally()
  tallySpine(second, 'test', report, text, noHero, all)
  assert.deepEqual(second.perElement.hero, {parts: 1, right: 0})
})

test('parts of an element the corpus does not label are left out, and a report without a spine counts none', () => {
  const gold: Element[][] = report.sentences.map(() => ['problem', 'hero', 'change', 'outcome', 'ask'])
  const tally = emptySpineTally()
  tallySpine(tally, 'test', report, text, gold, new Set<Element>(['problem', 'hero', 'change', 'outcome']))
  assert.equal(tally.parts, 4)
  assert.equal(tally.perElement.ask, undefined)
  const none = emptySpineTally()
  tallySpine(none, 'none', {...report, spine: null} satisfies PitchReport, text, gold, all)
  assert.deepEqual(none, emptySpineTally())
})

test('a clause is found in its sentence past the Markdown the spine leaves out: a link, emphasis, a quotation mark', () => {
  const source =
    'Residents in Kotka wait **three days** for a repair.\n\n' +
    'Our app lets them book a [repair slot](https://example.org/slots) on their phone.\n\n' +
    'Repairs now take one day instead of three.\n\n' +
    'We ask the housing company for a pilot this spring.'
  const r = analyzeSync(source)
  const gold: Element[][] = r.sentences.map((s) => {
    const words = source.slice(s.position.start.offset, s.position.end.offset)
    return words.startsWith('Residents') ? ['problem', 'hero'] : words.startsWith('Our app') ? ['change'] : words.startsWith('Repairs') ? ['outcome'] : ['ask']
  })
  const tally = emptySpineTally()
  tallySpine(tally, 'links', r, source, gold, all)
  assert.ok(tally.parts >= 4, String(r.spine))
  assert.equal(tally.right, tally.parts, `${String(r.spine)}: ${JSON.stringify(tally.wrong)}`)
})

test('a Finnish hero the spine names by its base form counts as right in the gold hero sentence that inflects it', () => {
  const source =
    'Koulussamme 32 oppilasta odottaa kuraattoria viisi viikkoa. Oppilaiden huolet kasvavat odottaessa. ' +
    'Kokeilussa kuraattori tapaa oppilaita videoyhteydellä joka päivä. Nyt oppilaiden odotus on kaksi päivää. Pyydämme kaupungilta 40 000 euroa.'
  const r = analyzeSync(source, {language: 'fi'})
  assert.match(String(r.spine), /^oppilaat \(päähenkilö\)/)
  const heroIn = (words: string): Element[][] => r.sentences.map((s) => (source.slice(s.position.start.offset, s.position.end.offset).startsWith(words) ? ['hero'] : []))
  const right = emptySpineTally()
  tallySpine(right, 'fi', r, source, heroIn('Oppilaiden huolet'), new Set<Element>(['hero']))
  assert.deepEqual(right.perElement.hero, {parts: 1, right: 1})
  // Not in a gold hero sentence that does not name the pupils.
  const wrong = emptySpineTally()
  tallySpine(wrong, 'fi', r, source, heroIn('Pyydämme'), new Set<Element>(['hero']))
  assert.deepEqual(wrong.perElement.hero, {parts: 1, right: 0})
})
