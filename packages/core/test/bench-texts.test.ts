/**
 * The benchmark's texts (`bench/texts.js`) are built from a fixed prefix of the
 * corpus, so `npm run bench` figures compare across sessions as the corpus grows.
 * No timings here: `npm run bench` measures speed.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {countWords, pitch} from '../bench/texts.js'

test('bench texts: the sizes docs/performance.md gives, built from the first pitches only', () => {
  const sizes = [200, 2000, 10000].map((words) => pitch(words).words)
  assert.deepEqual(sizes, [227, 2025, 10056])
  const {text, words} = pitch(2000)
  assert.equal(countWords(text), words)
  // The same seed gives the same text; no paragraph twice.
  assert.equal(pitch(2000).text, text)
  const paragraphs = text.split('\n\n').filter((block) => !block.startsWith('#'))
  assert.equal(new Set(paragraphs).size, paragraphs.length)
})
