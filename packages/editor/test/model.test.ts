import {expect} from '@open-wc/testing'
import {
  diffText,
  findingAt,
  findingKey,
  findingsOf,
  longWords,
  mapFindings,
  mapOffset,
  mapSentences,
  safeUrl,
  type Finding
} from '../src/surface/model.js'
import {DraftStore, hashText, ignoredKeys, maxIgnoredKeyLength, maxIgnoredKeys} from '../src/drafts/drafts.js'
import {fakeReport} from './helpers.js'

const finding = (start: number, end: number, key = 'k'): Finding => ({
  key,
  start,
  end,
  ruleId: 'r',
  severity: 'warning',
  reason: 'x',
  actual: undefined,
  expected: [],
  note: undefined,
  url: undefined
})

describe('surface model', () => {
  it('diffText finds the single changed range', () => {
    expect(diffText('abc', 'abc')).to.equal(undefined)
    expect(diffText('hello world', 'hello brave world')).to.deep.equal({from: 6, to: 6, insert: 'brave '})
    expect(diffText('aaaa', 'aaa')).to.deep.equal({from: 3, to: 4, insert: ''})
    expect(diffText('We utilize it', 'We use it')).to.deep.equal({from: 4, to: 9, insert: 's'})
  })

  it('mapOffset moves offsets after an edit and keeps those before it', () => {
    const change = {from: 5, to: 7, insert: 'xyz'}
    expect(mapOffset(3, change)).to.equal(3)
    expect(mapOffset(5, change)).to.equal(5)
    expect(mapOffset(6, change)).to.equal(8)
    expect(mapOffset(10, change)).to.equal(11)
  })

  it('mapFindings drops findings whose words were edited and moves the rest', () => {
    const findings = [finding(0, 4, 'a'), finding(10, 14, 'b'), finding(20, 24, 'c')]
    const mapped = mapFindings(findings, {from: 12, to: 12, insert: 'zz'})
    expect(mapped.map((item) => [item.key, item.start, item.end])).to.deep.equal([
      ['a', 0, 4],
      ['c', 22, 26]
    ])
  })

  it('mapSentences stretches a sentence typed into', () => {
    const mapped = mapSentences([{start: 0, end: 10, roles: ['problem']}], {from: 5, to: 5, insert: 'abc'})
    expect(mapped).to.deep.equal([{start: 0, end: 13, roles: ['problem']}])
  })

  it('findingAt prefers the narrowest, then the most severe finding at an offset', () => {
    const findings = [finding(0, 10), {...finding(2, 5), severity: 'info' as const}, {...finding(2, 5), severity: 'error' as const}]
    expect(findingAt(findings, 3)).to.equal(2)
    expect(findingAt(findings, 8)).to.equal(0)
    expect(findingAt(findings, 11)).to.equal(-1)
  })

  it('safeUrl keeps only http(s) links', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a')
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined)
    expect(safeUrl('JaVaScRiPt:alert(1)')).to.equal(undefined)
    expect(safeUrl('data:text/html,<script>')).to.equal(undefined)
    expect(safeUrl('not a url')).to.equal(undefined)
  })
})

describe('drafts', () => {
  beforeEach(() => localStorage.clear())

  it('writes and reads a draft', () => {
    const store = new DraftStore('t1')
    expect(store.write('hello', hashText(''), 10)).to.equal(true)
    expect(store.read()).to.deep.equal({text: 'hello', savedAt: 10, base: hashText('')})
  })

  it('never overwrites a draft saved later (another tab typed since)', () => {
    const store = new DraftStore('t2')
    store.write('newer text', 'b', 2000)
    expect(store.write('older text', 'b', 1000)).to.equal(false)
    expect(store.read()?.text).to.equal('newer text')
  })

  it('treats a corrupt draft as none', () => {
    localStorage.setItem('pitch-coach:draft:t3', '{not json')
    expect(new DraftStore('t3').read()).to.equal(undefined)
    localStorage.setItem('pitch-coach:draft:t3', '{"text": 5}')
    expect(new DraftStore('t3').read()).to.equal(undefined)
  })

  it('stores the ignored keys with the draft, and none when there are none', () => {
    const store = new DraftStore('t4')
    store.write('We utilize it.', 'b', 10, ['simpler-word\u0000utilize'])
    expect(store.read()).to.deep.equal({text: 'We utilize it.', savedAt: 10, base: 'b', ignored: ['simpler-word\u0000utilize']})
    store.write('We utilize it.', 'b', 20, [])
    expect(store.read()).to.deep.equal({text: 'We utilize it.', savedAt: 20, base: 'b'})
    expect(JSON.parse(localStorage.getItem('pitch-coach:draft:t4')!)).to.not.have.property('ignored')
  })

  it('reads a draft saved before ignored keys were stored', () => {
    localStorage.setItem('pitch-coach:draft:t5', JSON.stringify({text: 'Old draft.', savedAt: 5, base: 'b'}))
    expect(new DraftStore('t5').read()).to.deep.equal({text: 'Old draft.', savedAt: 5, base: 'b'})
  })

  it('never loses the text over a malformed ignored field; keeps only valid keys', () => {
    for (const ignored of ['rule\u0000words', 42, null, {0: 'x'}, [], [5, null, '', 'x'.repeat(maxIgnoredKeyLength + 1)]]) {
      localStorage.setItem('pitch-coach:draft:t6', JSON.stringify({text: 'Kept.', savedAt: 5, base: 'b', ignored}))
      expect(new DraftStore('t6').read(), JSON.stringify(ignored)).to.deep.equal({text: 'Kept.', savedAt: 5, base: 'b'})
    }
    localStorage.setItem('pitch-coach:draft:t6', JSON.stringify({text: 'Kept.', savedAt: 5, base: 'b', ignored: [7, 'a', 'b', 'a']}))
    expect(new DraftStore('t6').read()?.ignored).to.deep.equal(['b', 'a'])
  })

  it('caps the ignored keys at the most recent ones, on write and on read', () => {
    const many = Array.from({length: maxIgnoredKeys + 50}, (_, index) => `rule\u0000word${index}`)
    const store = new DraftStore('t7')
    store.write('text', 'b', 10, many)
    const stored = JSON.parse(localStorage.getItem('pitch-coach:draft:t7')!) as {ignored: string[]}
    expect(stored.ignored).to.have.length(maxIgnoredKeys)
    expect(stored.ignored[0]).to.equal('rule\u0000word50')
    expect(stored.ignored.at(-1)).to.equal(`rule\u0000word${maxIgnoredKeys + 49}`)
    expect(ignoredKeys(many)).to.deep.equal(stored.ignored)
    localStorage.setItem('pitch-coach:draft:t7', JSON.stringify({text: 'text', savedAt: 1, base: 'b', ignored: many}))
    expect(store.read()?.ignored).to.have.length(maxIgnoredKeys)
  })

  it('hashText tells texts apart', () => {
    expect(hashText('a')).to.not.equal(hashText('b'))
    expect(hashText('same')).to.equal(hashText('same'))
  })
})

describe('finding keys', () => {
  it('are the rule and the words, never an offset: the same after edits elsewhere', () => {
    const before = 'We utilize synergy.'
    const after = 'Intro sentence here. We utilize synergy.'
    const keys = (text: string) => findingsOf(fakeReport(text), text).map((finding) => finding.key)
    expect(keys(before)).to.deep.equal(keys(after))
    expect(keys(before)).to.deep.equal([findingKey('simpler-word', 'utilize'), findingKey('buzzword', 'synergy')])
  })

  it('hash long flagged words so that a key stays short enough to store', () => {
    const long = 'word '.repeat(100)
    expect(findingKey('long-sentence', long).length).to.be.lessThan(40)
    expect(findingKey('long-sentence', long)).to.equal(findingKey('long-sentence', long))
    expect(findingKey('long-sentence', long)).to.not.equal(findingKey('long-sentence', long + 'x'))
    expect(findingKey('long-sentence', 'a'.repeat(longWords))).to.equal(`long-sentence\u0000${'a'.repeat(longWords)}`)
    // The hashed form can never equal a literal one.
    expect(findingKey('r', long)).to.not.equal(findingKey('r', hashText(long)))
  })
})
