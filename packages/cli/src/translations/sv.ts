import {elementNames} from '@pitch-coach/core'
import type {SummaryLabels} from './types.js'

/** Swedish. */
export const sv: SummaryLabels = {
  storyArc: 'berättelsebåge',
  noElement: 'inga berättelseelement hittades',
  elements: elementNames('sv'),
  statuses: {present: 'finns', weak: 'svag', missing: 'saknas'},
  speakingTime: 'taltid',
  rate: (time, wordsPerMinute) => `${time} med ${wordsPerMinute} ord i minuten`,
  limit: (time) => `gräns ${time}`,
  over: (time) => `${time} för lång`,
  toSpare: (time) => `${time} till godo`,
  readability: 'läsbarhet',
  fleschReadingEase: 'Flesch reading ease',
  fleschKincaidGrade: 'Flesch–Kincaid grade',
  lixBands: {'very easy': 'mycket lätt', easy: 'lätt', medium: 'medelsvår', hard: 'svår', 'very hard': 'mycket svår'},
  notEnoughText: 'för lite text för att mäta',
  narrativeIndex: 'Narrative Index',
  noAnd: 'saknas: inget ”och” att räkna',
  counts: (buts, ands) => `(${buts} men, ${ands} och)`,
  juryCriteria: 'juryns kriterier',
  config: 'konfiguration',
  mentorAsks: 'en mentor frågar',
  noFindings: 'inga anmärkningar'
}
