/**
 * One analysis worker for all editors on a page. Each editor gets a channel
 * that behaves like a worker of its own (`WorkerLike`): its requests carry
 * the channel's number, replies are routed back by it, and the worker keeps
 * one incremental analyser per channel. If the worker fails, every channel
 * hears it (and its client restarts, which starts a new shared worker); when
 * the last channel closes, the worker is stopped.
 *
 * @module
 */
import type {WorkerLike} from './client.js'
import type {AnalyzeRequest, WorkerReply, WorkerRequest} from './protocol.js'

/** The worker as the hub uses it (a real `Worker`, or a fake in tests). */
export interface PortLike {
  postMessage(message: WorkerRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null
  onerror: ((event: Event) => void) | null
  onmessageerror?: ((event: MessageEvent) => void) | null
}

class Channel implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  readonly #hub: SharedAnalysisWorker
  readonly id: number

  constructor(hub: SharedAnalysisWorker, id: number) {
    this.#hub = hub
    this.id = id
  }

  postMessage(message: AnalyzeRequest): void {
    this.#hub.send(this, {...message, channel: this.id})
  }

  terminate(): void {
    this.#hub.close(this)
  }
}

/** Hands out channels onto one shared worker. */
export class SharedAnalysisWorker {
  readonly #create: () => PortLike
  #port: PortLike | undefined
  #channels = new Map<number, Channel>()
  #next = 0

  /** @param create Starts the underlying worker (called again after a failure). */
  constructor(create: () => PortLike) {
    this.#create = create
  }

  /** How many editors use the worker now. */
  get size(): number {
    return this.#channels.size
  }

  /** A new channel, behaving like a worker of its own. */
  channel(): WorkerLike {
    const channel = new Channel(this, ++this.#next)
    this.#channels.set(channel.id, channel)
    return channel
  }

  /** @internal */
  send(channel: Channel, message: WorkerRequest): void {
    if (!this.#channels.has(channel.id)) return
    this.#ensurePort().postMessage(message)
  }

  /** @internal */
  close(channel: Channel): void {
    if (!this.#channels.delete(channel.id)) return
    if (this.#channels.size === 0) {
      this.#port?.terminate()
      this.#port = undefined
    } else {
      this.#port?.postMessage({type: 'close', channel: channel.id})
    }
  }

  #ensurePort(): PortLike {
    if (this.#port) return this.#port
    const port = this.#create()
    port.onmessage = (event) => {
      const channel = event.data.channel === undefined ? undefined : this.#channels.get(event.data.channel)
      channel?.onmessage?.(event)
    }
    const fail = (event: Event) => {
      // The worker is gone for everyone: the next request starts a new one.
      if (this.#port === port) this.#port = undefined
      port.terminate()
      for (const channel of [...this.#channels.values()]) channel.onerror?.(event)
    }
    port.onerror = fail
    port.onmessageerror = fail
    this.#port = port
    return port
  }
}
