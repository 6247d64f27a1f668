/**
 * A progress bar on standard error, shown only when a person watches (TTY).
 */
import type {Output} from './io.js'

/** Reports progress; does nothing when the stream is not a terminal. */
export class Progress {
  readonly #stream: Output
  readonly #total: number
  readonly #enabled: boolean

  constructor(stream: Output, total: number) {
    this.#stream = stream
    this.#total = total
    this.#enabled = stream.isTTY === true && total > 1
  }

  /** Show that `done` of the total are finished and `name` is being read. */
  update(done: number, name: string): void {
    if (!this.#enabled) return
    const width = 24
    const filled = Math.round((done / this.#total) * width)
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
    const room = Math.max(10, (this.#stream.columns || 80) - width - 20)
    const label = name.length > room ? '…' + name.slice(name.length - room + 1) : name
    this.#stream.write(`\r\u001B[K${bar} ${done}/${this.#total} ${label}`)
  }

  /** Remove the bar. */
  done(): void {
    if (this.#enabled) this.#stream.write('\r\u001B[K')
  }
}
