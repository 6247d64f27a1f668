/**
 * The main-thread side of analysis: sends text to the worker, keeps at most
 * one request in flight, coalesces everything typed meanwhile into the next
 * one (latest wins), drops results for older text and restarts a worker that
 * crashed. Typing never waits for any of this.
 *
 * @module
 */
import type {PitchReport} from '@pitch-coach/core'
import type {AnalysisOptions, AnalyzeRequest, WorkerReply} from './protocol.js'

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: AnalyzeRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null
  onerror: ((event: Event) => void) | null
  onmessageerror?: ((event: MessageEvent) => void) | null
}

/** Callbacks of an {@link AnalysisClient}. */
export interface AnalysisClientHandlers {
  /** A report for the newest text handed to the client. */
  report(report: PitchReport, version: number, took: number, text: string): void
  /**
   * A report for text that has changed since it was sent (newer text is
   * already on its way to the worker). Optional: the element maps it onto the
   * newer text, so a fast typist is never left without fresh-enough paint.
   */
  stale?(report: PitchReport, version: number, took: number, text: string): void
  /** The engine refused the newest text, or the worker cannot be started. */
  error(message: string, version: number): void
}

interface Waiter {
  version: number
  resolve(report: PitchReport): void
  reject(error: Error): void
}

/** How often a crashed worker is restarted before the client gives up. */
const maxRestarts = 3

/** Sends text to the analysis worker and hands back only fresh reports. */
export class AnalysisClient {
  readonly #createWorker: () => WorkerLike
  readonly #handlers: AnalysisClientHandlers
  #worker: WorkerLike | undefined
  #version = 0
  #inFlight: AnalyzeRequest | undefined
  #pending: AnalyzeRequest | undefined
  #restarts = 0
  #waiters: Waiter[] = []
  #disposed = false
  /** Results that came back for text older than the newest (for tests and figures). */
  staleDropped = 0
  /** Whether any worker ever answered (a worker that never does was probably not found). */
  answered = false

  constructor(createWorker: () => WorkerLike, handlers: AnalysisClientHandlers) {
    this.#createWorker = createWorker
    this.#handlers = handlers
  }

  /** The version of the newest text handed to {@link request}. */
  get version(): number {
    return this.#version
  }

  /** Whether the worker has been created. */
  get started(): boolean {
    return this.#worker !== undefined
  }

  /**
   * Asks for a report on `text`. Returns its version; a promise for the
   * report is available through {@link whenAnalyzed}.
   */
  request(text: string, options: AnalysisOptions): number {
    if (this.#disposed) throw new Error('AnalysisClient: used after dispose()')
    const message: AnalyzeRequest = {type: 'analyze', version: ++this.#version, text, options}
    if (this.#inFlight) this.#pending = message
    else this.#send(message)
    return message.version
  }

  /** Resolves with the first report for `version` or newer text. */
  whenAnalyzed(version: number): Promise<PitchReport> {
    return new Promise((resolve, reject) => this.#waiters.push({version, resolve, reject}))
  }

  /** Stops the worker; pending promises reject. */
  dispose(): void {
    this.#disposed = true
    this.#worker?.terminate()
    this.#worker = undefined
    const waiters = this.#waiters
    this.#waiters = []
    for (const waiter of waiters) waiter.reject(new Error('The editor was removed before the analysis finished'))
  }

  #send(message: AnalyzeRequest): void {
    const worker = this.#ensureWorker()
    if (!worker) return
    this.#inFlight = message
    worker.postMessage(message)
  }

  #ensureWorker(): WorkerLike | undefined {
    if (this.#worker) return this.#worker
    let worker: WorkerLike
    try {
      worker = this.#createWorker()
    } catch (error) {
      this.#fail(`the analysis worker could not start (${String(error)})`)
      return undefined
    }
    worker.onmessage = (event) => this.#receive(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      this.#crashed(event)
    }
    worker.onmessageerror = () => this.#crashed(undefined)
    this.#worker = worker
    return worker
  }

  #receive(reply: WorkerReply): void {
    this.answered = true
    const done = this.#inFlight
    this.#inFlight = undefined
    this.#restarts = 0
    const fresh = reply.version === this.#version
    if (reply.type === 'report') {
      const text = done?.version === reply.version ? done.text : undefined
      if (fresh && text !== undefined) this.#handlers.report(reply.report, reply.version, reply.took, text)
      else {
        this.staleDropped++
        if (text !== undefined) this.#handlers.stale?.(reply.report, reply.version, reply.took, text)
      }
      this.#settle(reply.version, reply.report)
    } else if (fresh) {
      this.#handlers.error(reply.message, reply.version)
      this.#rejectUpTo(reply.version, new Error(reply.message))
    }
    if (this.#pending && (!done || this.#pending.version > done.version)) {
      const next = this.#pending
      this.#pending = undefined
      this.#send(next)
    }
  }

  #crashed(event: Event | undefined): void {
    this.#worker?.terminate()
    this.#worker = undefined
    // `pending`, when there is one, is always the newest text.
    const lost = this.#pending ?? this.#inFlight
    this.#inFlight = undefined
    this.#pending = undefined
    if (this.#disposed) return
    if (this.#restarts >= maxRestarts) {
      const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : ''
      this.#fail(`the analysis worker stopped${detail}`)
      return
    }
    this.#restarts++
    // Re-send the newest text to a fresh worker; typing went on regardless.
    if (lost) this.#send(lost)
  }

  #fail(message: string): void {
    this.#handlers.error(message, this.#version)
    this.#rejectUpTo(this.#version, new Error(message))
  }

  #settle(version: number, report: PitchReport): void {
    const waiting: Waiter[] = []
    for (const waiter of this.#waiters) {
      if (waiter.version <= version) waiter.resolve(report)
      else waiting.push(waiter)
    }
    this.#waiters = waiting
  }

  #rejectUpTo(version: number, error: Error): void {
    const waiting: Waiter[] = []
    for (const waiter of this.#waiters) {
      if (waiter.version <= version) waiter.reject(error)
      else waiting.push(waiter)
    }
    this.#waiters = waiting
  }
}
