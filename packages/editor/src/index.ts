/**
 * `@pitch-coach/editor`: the `<pitch-editor>` custom element. Importing this
 * module defines the element.
 *
 * @module
 */
export {PitchEditor} from './pitch-editor.js'
export type {PaintMode, PitchAnalysisEvent, PitchEditorView} from './pitch-editor.component.js'
export type {WorkerLike} from './analysis/client.js'
export type {AnalysisOptions, AnalyzeRequest, WorkerReply} from './analysis/protocol.js'
export {translations, translationFor, type Translation} from './translations/index.js'
// The report types, for listeners of `pitch-analysis` (types only: no engine code).
export type {Element, ElementStatus, Language, PitchMessage, PitchReport, Severity} from '@pitch-coach/core'
