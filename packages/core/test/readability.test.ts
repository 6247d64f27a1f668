import assert from 'node:assert/strict'
import {test} from 'node:test'
import {analyzeSync} from '../src/index.ts'

// 11 words, 8 of them longer than six letters: sentence LIX 84 (under the Finnish default of 85).
const finnish = 'Kaupunginvaltuusto hyväksyi kotihoidon uudistuksen, mutta asukkaiden kokemuksia ei kysytty ennen päätöstä.'

test('Swedish and Finnish get LIX and its band, not the English formulas', () => {
  const report = analyzeSync('Vi vill hjälpa äldre. De väntar länge på hjälp varje vinter.', {language: 'sv'})
  assert.equal(report.readability.fleschReadingEase, null)
  assert.equal(report.readability.smog, null)
  assert.equal(typeof report.readability.lix, 'number')
  assert.equal(report.readability.lixBand, 'very easy')
  assert.equal(analyzeSync(finnish, {language: 'fi'}).readability.ovix, null)
})

test('a Finnish sentence is hard from LIX 85 by default, at the threshold the options set otherwise', () => {
  const hard = (options: object) => analyzeSync(finnish, {language: 'fi', ...options}).messages.filter((m) => m.ruleId === 'hard-sentence')
  assert.equal(hard({}).length, 0)
  assert.equal(hard({rules: {'hard-sentence': {lix: 60}}}).length, 1)
  assert.match(hard({rules: {'hard-sentence': {lix: 60}}})[0]!.reason, /LIX 84/)
})

test('a Swedish sentence is hard from LIX 60 by default', () => {
  const swedish = 'Kommunfullmäktiges beslut beträffande hemtjänstens organisationsförändringar genomfördes utan invånarnas medverkan eller synpunkter.'
  const messages = analyzeSync(swedish, {language: 'sv'}).messages.filter((m) => m.ruleId === 'hard-sentence')
  assert.equal(messages.length, 1)
  assert.equal(messages[0]!.actual, swedish.slice(0, -1))
})
