import type {Element, ElementStatus, LixBand} from '@pitch-coach/core'

/** The words of `check`'s summary in one language. */
export interface SummaryLabels {
  storyArc: string
  noElement: string
  /** The element names: the core's own (`elementNames`), so they match its messages. */
  elements: Readonly<Record<Element, string>>
  statuses: Readonly<Record<ElementStatus, string>>
  speakingTime: string
  /** `1:53 at 150 words a minute`. */
  rate: (time: string, wordsPerMinute: string) => string
  /** `limit 3:00`. */
  limit: (time: string) => string
  /** `0:21 over`. */
  over: (time: string) => string
  /** `1:07 to spare`. */
  toSpare: (time: string) => string
  readability: string
  fleschReadingEase: string
  fleschKincaidGrade: string
  /** Björnsson's LIX bands. */
  lixBands: Readonly<Record<LixBand, string>>
  notEnoughText: string
  narrativeIndex: string
  /** Said instead of the index when there is no "and". */
  noAnd: string
  /** `(2 buts, 9 ands)`. */
  counts: (buts: number, ands: number) => string
  juryCriteria: string
  config: string
  mentorAsks: string
  noFindings: string
}
