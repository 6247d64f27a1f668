import {elementNames} from '@pitch-coach/core'
import type {SummaryLabels} from './types.js'

/** Finnish. */
export const fi: SummaryLabels = {
  storyArc: 'tarinan kaari',
  noElement: 'tarinan osia ei löytynyt',
  elements: elementNames('fi'),
  statuses: {present: 'on', weak: 'heikko', missing: 'puuttuu'},
  speakingTime: 'puheaika',
  rate: (time, wordsPerMinute) => `${time}, ${wordsPerMinute} sanaa minuutissa`,
  limit: (time) => `raja ${time}`,
  over: (time) => `${time} liian pitkä`,
  toSpare: (time) => `${time} jäljellä`,
  readability: 'luettavuus',
  fleschReadingEase: 'Flesch reading ease',
  fleschKincaidGrade: 'Flesch–Kincaid grade',
  lixBands: {'very easy': 'erittäin helppo', easy: 'helppo', medium: 'keskivaikea', hard: 'vaikea', 'very hard': 'erittäin vaikea'},
  notEnoughText: 'liian vähän tekstiä mitattavaksi',
  narrativeIndex: 'Narrative Index',
  noAnd: 'ei laskettavissa: ei yhtään ”ja”-sanaa',
  counts: (buts, ands) => `(${buts} mutta, ${ands} ja)`,
  juryCriteria: 'tuomariston kriteerit',
  config: 'asetukset',
  mentorAsks: 'mentori kysyy',
  noFindings: 'ei huomautuksia'
}
