/**
 * English user-interface strings of `<pitch-editor>`. Every translation has
 * this shape; functions only fill figures into sentences.
 *
 * @module
 */
import type {Element, ElementStatus, Severity} from '@pitch-coach/core'

/** The strings of one user-interface language. */
export interface Translation {
  /** The BCP 47 code of the language. */
  $code: 'en' | 'sv' | 'fi'
  /** The language's own name. */
  $name: string
  /** Accessible name of the text field. */
  label: string
  placeholder: string
  toolbar: string
  storyView: string
  styleView: string
  previousFinding: string
  nextFinding: string
  keyboardHint: string
  showPanel: string
  hidePanel: string
  panelTitle: string
  elements: Record<Element, string>
  /** One letter per element, shown inside the arc strip so colour is never the only signal. */
  elementLetters: Record<Element, string>
  status: Record<ElementStatus, string>
  severity: Record<Severity, string>
  noRole: string
  arcTitle: string
  arcEmpty: string
  arcSentence: (index: number, roles: string, text: string) => string
  checklistTitle: string
  showEvidence: string
  /** The accessible name of the button that selects the words a question quotes. */
  showQuote: (quote: string) => string
  questionsFor: (element: string) => string
  speakingTitle: string
  speakingTime: (time: string, limit: string | null) => string
  overBy: (time: string) => string
  readabilityTitle: string
  lix: (value: string, band: string | null) => string
  lixBands: Record<'very easy' | 'easy' | 'medium' | 'hard' | 'very hard', string>
  fleschReadingEase: (value: string) => string
  gradeLevel: (value: string) => string
  narrativeTitle: string
  narrativeIndex: (value: string | null) => string
  narrativeCounts: (ands: number, buts: number, consequences: number) => string
  findingsCount: (count: number) => string
  caretSentence: (roles: string) => string
  cardTitle: string
  replaceWith: (text: string) => string
  remove: string
  ignore: string
  /** The panel's button that shows the ignored findings again. */
  showIgnored: (count: number) => string
  /** Announced once they are shown again. */
  ignoredShown: (count: number) => string
  close: string
  learnMore: string
  findingPosition: (index: number, total: number, reason: string) => string
  analysing: string
  empty: string
  analysisFailed: (reason: string) => string
  summary: (present: number, total: number, findings: number, time: string, limit: string | null) => string
  draftRestored: (time: string) => string
  draftDiffers: (time: string) => string
  restoreDraft: string
  discardDraft: string
  dismiss: string
  required: string
}

/** English. */
const en: Translation = {
  $code: 'en',
  $name: 'English',
  label: 'Pitch',
  placeholder: 'Write or paste your pitch in Markdown…',
  toolbar: 'Editor tools',
  storyView: 'Story',
  styleView: 'Style',
  previousFinding: 'Previous finding',
  nextFinding: 'Next finding',
  keyboardHint: 'F8: next finding, Shift+F8: previous, Escape: close the card',
  showPanel: 'Show coach',
  hidePanel: 'Hide coach',
  panelTitle: 'Coach',
  elements: {problem: 'Problem', hero: 'Hero', change: 'Change', outcome: 'Outcome', ask: 'Ask'},
  elementLetters: {problem: 'P', hero: 'H', change: 'C', outcome: 'O', ask: 'A'},
  status: {present: 'present', weak: 'weak', missing: 'missing'},
  severity: {error: 'Error', warning: 'Warning', info: 'Suggestion'},
  noRole: 'no element',
  arcTitle: 'Story arc',
  arcEmpty: 'The arc appears as you write.',
  arcSentence: (index, roles, text) => `Sentence ${index}: ${roles}. ${text}`,
  checklistTitle: 'Elements',
  showEvidence: 'Show',
  showQuote: (quote) => `Show “${quote}” in the text`,
  questionsFor: (element) => `Questions about the ${element.toLowerCase()}`,
  speakingTitle: 'Speaking time',
  speakingTime: (time, limit) => (limit ? `${time} of ${limit}` : time),
  overBy: (time) => `${time} over`,
  readabilityTitle: 'Readability',
  lix: (value, band) => (band ? `LIX ${value} (${band})` : `LIX ${value}`),
  lixBands: {'very easy': 'very easy', easy: 'easy', medium: 'medium', hard: 'hard', 'very hard': 'very hard'},
  fleschReadingEase: (value) => `Flesch reading ease ${value}`,
  gradeLevel: (value) => `Grade level ${value}`,
  narrativeTitle: 'Narrative Index',
  narrativeIndex: (value) => (value === null ? 'Narrative Index: no “and” yet' : `Narrative Index ${value}`),
  narrativeCounts: (ands, buts, consequences) => `and ${ands} · but ${buts} · therefore ${consequences}`,
  findingsCount: (count) => (count === 1 ? '1 finding' : `${count} findings`),
  caretSentence: (roles) => `This sentence: ${roles}`,
  cardTitle: 'Suggestion',
  replaceWith: (text) => `Replace with “${text}”`,
  remove: 'Remove it',
  ignore: 'Ignore',
  showIgnored: (count) => (count === 1 ? 'Show 1 ignored finding' : `Show ${count} ignored findings`),
  ignoredShown: (count) => (count === 1 ? '1 ignored finding is shown again.' : `${count} ignored findings are shown again.`),
  close: 'Close',
  learnMore: 'Why? Read the rule',
  findingPosition: (index, total, reason) => `Finding ${index} of ${total}: ${reason}`,
  analysing: 'Analysing…',
  empty: 'Start writing: the coach follows as you type.',
  analysisFailed: (reason) => `The coach could not read this text: ${reason}`,
  summary: (present, total, findings, time, limit) =>
    `${present} of ${total} story elements present. ${findings === 1 ? '1 finding' : `${findings} findings`}. Speaking time ${time}${limit ? ` of ${limit}` : ''}.`,
  draftRestored: (time) => `Restored your draft from ${time}.`,
  draftDiffers: (time) => `A different draft from ${time} is saved in this browser.`,
  restoreDraft: 'Restore draft',
  discardDraft: 'Discard draft',
  dismiss: 'Dismiss',
  required: 'Please write your pitch.'
}

export default en
