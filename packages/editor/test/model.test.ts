import {expect} from '@open-wc/testing'
import {diffText, findingAt, mapFindings, mapOffset, mapSentences, safeUrl, type Finding} from '../src/surface/model.js'
import {DraftStore, hashText} from '../src/drafts/drafts.js'

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

  it('hashText tells texts apart', () => {
    expect(hashText('a')).to.not.equal(hashText('b'))
    expect(hashText('same')).to.equal(hashText('same'))
  })
})
