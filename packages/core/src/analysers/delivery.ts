/**
 * Delivery: how long the pitch takes to say, against its slot.
 *
 * @module
 */
import type {PitchDocument} from '../document/model.js'
import type {SpeakingTime} from '../types.js'
import type {Finding} from './finding.js'

/** Speaking time, and the over-time finding on exactly the words past the slot. */
export function delivery(
  document: PitchDocument,
  wordsPerMinute: number,
  limitSeconds: number | undefined
): {speakingTime: SpeakingTime; findings: Finding[]} {
  const seconds = Math.round((document.words / wordsPerMinute) * 60)
  const speakingTime: SpeakingTime = {seconds, wordsPerMinute}
  const findings: Finding[] = []
  if (limitSeconds !== undefined) {
    speakingTime.limitSeconds = limitSeconds
    if (seconds > limitSeconds) {
      speakingTime.overBy = seconds - limitSeconds
      // The words that do not fit in the slot.
      const fit = Math.floor((limitSeconds / 60) * wordsPerMinute)
      let seen = 0
      let first: {start: number} | undefined
      let last: {end: number} | undefined
      for (const sentence of document.sentences) {
        for (const word of sentence.words) {
          seen++
          if (seen === fit + 1) first = word
          last = word
        }
      }
      if (first && last) {
        findings.push({
          ruleId: 'over-time',
          start: first.start,
          end: last.end,
          args: [seconds, seconds - limitSeconds, limitSeconds]
        })
      }
    }
  }
  return {speakingTime, findings}
}
