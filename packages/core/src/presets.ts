/**
 * The presets that ship: the rules of the pitch an organiser sets.
 *
 * @module
 */
import type {Element} from './types.js'

/** The name of a shipped preset. */
export type PresetName = 'elevator' | 'three-minute' | 'five-minute' | 'challenge'

/** What a preset sets. */
export interface Preset {
  /** A human description. */
  description: string
  /** The slot, in seconds. */
  limitSeconds: number
  /** Speaking rate used to estimate time. */
  wordsPerMinute: number
  /**
   * Elements the jury weighs most: a weak one is reported as a warning and a
   * missing one as an error, where other presets report them as info/warning.
   */
  emphasis: readonly Element[]
  /** Extra mentor questions asked when an element is weak or missing. */
  questions?: Partial<Record<Element, readonly string[]>>
}

/** The shipped presets, by name. */
export const presets: Readonly<Record<PresetName, Preset>> = Object.freeze({
  elevator: {
    description: 'A 60-second elevator pitch: problem, change and ask above all.',
    limitSeconds: 60,
    wordsPerMinute: 150,
    emphasis: ['problem', 'change', 'ask']
  },
  'three-minute': {
    description: 'A three-minute pitch: the whole story arc, told once.',
    limitSeconds: 180,
    wordsPerMinute: 150,
    emphasis: ['problem', 'hero', 'change', 'outcome']
  },
  'five-minute': {
    description: 'A five-minute pitch: the whole arc with evidence for the outcome.',
    limitSeconds: 300,
    wordsPerMinute: 140,
    emphasis: ['problem', 'hero', 'change', 'outcome', 'ask']
  },
  challenge: {
    description:
      'A municipal or public-sector challenge competition (three minutes): the hero is residents or staff, the outcome a measurable public benefit, the ask a pilot or a partnership.',
    limitSeconds: 180,
    wordsPerMinute: 140,
    emphasis: ['problem', 'hero', 'outcome', 'ask'],
    questions: {
      hero: [
        'Which residents or staff members feel this problem most, and what does an ordinary day look like for one of them?'
      ],
      outcome: [
        'Which public benefit will you measure in the pilot, and what is the figure today?'
      ],
      ask: [
        'Which department, district or partner do you need for a pilot, for how long and at what cost?'
      ]
    }
  }
})

/** Names of the shipped presets. */
export const presetNames = Object.freeze(Object.keys(presets)) as readonly PresetName[]
