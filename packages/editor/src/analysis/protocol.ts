/**
 * The messages between `<pitch-editor>` and its analysis worker. Every
 * request carries the version of the text it was made for, and every reply
 * carries it back, so the element can drop a result for older text.
 *
 * @module
 */
import type {Language, PitchReport} from '@pitch-coach/core'

/** The options the element passes to the engine. */
export interface AnalysisOptions {
  /** The pitch's language, or `'auto'` to detect it. */
  language: Language | 'auto'
  /** The language of the findings' texts (the user interface's language). */
  messageLanguage: Language
  /** A preset name such as `three-minute`; the engine validates it. */
  preset?: string
}

/** Main thread → worker: analyse this text. */
export interface AnalyzeRequest {
  type: 'analyze'
  /**
   * Which editor asks, when several share one worker (each has its own
   * incremental analyser there). Absent for a worker of one's own.
   */
  channel?: number
  version: number
  text: string
  options: AnalysisOptions
}

/** Worker → main thread: the report for `version`. */
export interface ReportReply {
  type: 'report'
  /** The request's channel, echoed. */
  channel?: number
  version: number
  report: PitchReport
  /** Milliseconds the engine took inside the worker. */
  took: number
}

/** Worker → main thread: the engine refused the request (for example an unknown preset). */
export interface ErrorReply {
  type: 'error'
  /** The request's channel, echoed. */
  channel?: number
  version: number
  /** The engine's message, which names the culprit and the accepted values. */
  message: string
}

/** Main thread → worker: an editor left; forget its analyser. */
export interface CloseRequest {
  type: 'close'
  channel: number
}

/** What the worker receives. */
export type WorkerRequest = AnalyzeRequest | CloseRequest

/** What the worker sends. */
export type WorkerReply = ReportReply | ErrorReply
