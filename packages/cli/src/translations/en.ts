import {elementNames} from '@pitch-coach/core'
import type {SummaryLabels} from './types.js'

const plural = (count: number, word: string): string =>
  `${count} ${word}${count === 1 ? '' : 's'}`

/** English. */
export const en: SummaryLabels = {
  storyArc: 'story arc',
  noElement: 'no narrative element found',
  elements: elementNames('en'),
  statuses: {present: 'present', weak: 'weak', missing: 'missing'},
  speakingTime: 'speaking time',
  rate: (time, wordsPerMinute) => `${time} at ${wordsPerMinute} words a minute`,
  limit: (time) => `limit ${time}`,
  over: (time) => `${time} over`,
  toSpare: (time) => `${time} to spare`,
  readability: 'readability',
  fleschReadingEase: 'Flesch reading ease',
  fleschKincaidGrade: 'Flesch–Kincaid grade',
  lixBands: {'very easy': 'very easy', easy: 'easy', medium: 'medium', hard: 'hard', 'very hard': 'very hard'},
  notEnoughText: 'not enough text to measure',
  narrativeIndex: 'narrative index',
  noAnd: 'n/a: no “and” to count',
  counts: (buts, ands) => `(${plural(buts, 'but')}, ${plural(ands, 'and')})`,
  juryCriteria: 'jury criteria',
  config: 'config',
  mentorAsks: 'a mentor asks',
  noFindings: 'no findings'
}
