/**
 * Benchmark texts: pitches of a given length stitched from distinct
 * paragraphs of the project's own evaluation corpus (`eval/corpus/*.jsonl`),
 * in an order fixed by a seeded generator. No paragraph is used twice in one
 * text, so no cache inside one analysis can help.
 *
 * Only the corpus's first pitches are read (`fixedPitches`: en-001…085 and
 * sv-001…028, the corpus of 28 November 2026). New pitches are appended to
 * the corpus, and labels do not change its texts, so the benchmark's texts stay
 * the same as the corpus grows and figures compare across sessions.
 *
 * @module
 */
import {readFileSync} from 'node:fs'

const corpusUrl = (language) => new URL(`../../../eval/corpus/${language}.jsonl`, import.meta.url)

/** How many of each corpus file's first pitches the texts are built from. */
export const fixedPitches = {en: 85, sv: 28}

/** A small seeded generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Count words as the benchmark does for every case: runs of letters or digits. */
export function countWords(text) {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length
}

function blocks(language) {
  const headings = new Set()
  const paragraphs = new Set()
  const lines = readFileSync(corpusUrl(language), 'utf8').split('\n').filter((line) => line.trim())
  for (const line of lines.slice(0, fixedPitches[language])) {
    const {text} = JSON.parse(line)
    for (const block of text.split(/\n[ \t]*\n/)) {
      const trimmed = block.trim()
      if (!trimmed) continue
      if (/^#{1,6} /.test(trimmed)) headings.add(trimmed.replace(/^#+ /, ''))
      else paragraphs.add(trimmed)
    }
  }
  return {headings: [...headings], paragraphs: [...paragraphs]}
}

function shuffle(list, next) {
  const out = list.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/**
 * A pitch of at least `words` words: a title, then distinct paragraphs
 * (prose, lists and quotes as the corpus has them) with a distinct `##`
 * heading every four paragraphs.
 *
 * @param {number} words
 * @param {{language?: 'en' | 'sv', seed?: number}} [options]
 * @returns {{text: string, words: number}}
 */
export function pitch(words, {language = 'en', seed = 1} = {}) {
  const next = random(seed + words)
  const {headings, paragraphs} = blocks(language)
  const heads = shuffle(headings, next)
  const paras = shuffle(paragraphs, next)
  const parts = ['# ' + heads.pop()]
  let count = countWords(parts[0])
  let sinceHeading = 0
  while (count < words) {
    if (paras.length === 0) throw new RangeError(`the ${language} corpus has fewer than ${words} words of distinct paragraphs`)
    if (sinceHeading === 4 && heads.length > 0) {
      const heading = '## ' + heads.pop()
      parts.push(heading)
      count += countWords(heading)
      sinceHeading = 0
    }
    const paragraph = paras.pop()
    parts.push(paragraph)
    count += countWords(paragraph)
    sinceHeading++
  }
  const text = parts.join('\n\n') + '\n'
  return {text, words: countWords(text)}
}
