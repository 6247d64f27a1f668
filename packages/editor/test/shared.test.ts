import {expect, html} from '@open-wc/testing'
import {SharedAnalysisWorker, type PortLike} from '../src/analysis/shared.js'
import type {AnalyzeRequest, WorkerReply, WorkerRequest} from '../src/analysis/protocol.js'
import {PitchEditor} from '../src/pitch-editor.js'
import {defaultCreateWorker, makeEditor} from './helpers.js'

class FakePort implements PortLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  sent: WorkerRequest[] = []
  terminated = false
  postMessage(message: WorkerRequest): void {
    this.sent.push(message)
  }
  terminate(): void {
    this.terminated = true
  }
  answer(request: AnalyzeRequest): void {
    const data: WorkerReply = {type: 'error', channel: request.channel, version: request.version, message: `for ${request.text}`}
    this.onmessage?.(new MessageEvent('message', {data}))
  }
}

const request = (text: string): AnalyzeRequest => ({type: 'analyze', version: 1, text, options: {language: 'en', messageLanguage: 'en'}})

describe('SharedAnalysisWorker', () => {
  it('multiplexes channels over one worker and routes replies back', () => {
    const ports: FakePort[] = []
    const hub = new SharedAnalysisWorker(() => {
      const port = new FakePort()
      ports.push(port)
      return port
    })
    const a = hub.channel()
    const b = hub.channel()
    const heard: string[] = []
    a.onmessage = (event) => heard.push(`a ${(event.data as {message: string}).message}`)
    b.onmessage = (event) => heard.push(`b ${(event.data as {message: string}).message}`)
    a.postMessage(request('one'))
    b.postMessage(request('two'))
    expect(ports).to.have.length(1)
    const [first, second] = ports[0]!.sent as AnalyzeRequest[]
    expect(first!.channel).to.not.equal(second!.channel)
    ports[0]!.answer(second!)
    ports[0]!.answer(first!)
    expect(heard).to.deep.equal(['b for two', 'a for one'])
  })

  it('tells the worker when a channel closes and stops it with the last', () => {
    const port = new FakePort()
    const hub = new SharedAnalysisWorker(() => port)
    const a = hub.channel()
    const b = hub.channel()
    a.postMessage(request('one'))
    a.terminate()
    expect(port.sent.at(-1)).to.deep.include({type: 'close'})
    expect(port.terminated).to.equal(false)
    b.terminate()
    expect(port.terminated).to.equal(true)
    expect(hub.size).to.equal(0)
  })

  it('reports a failure to every channel and starts a new worker for the next request', () => {
    const ports: FakePort[] = []
    const hub = new SharedAnalysisWorker(() => {
      const port = new FakePort()
      ports.push(port)
      return port
    })
    const a = hub.channel()
    const b = hub.channel()
    let failures = 0
    a.onerror = () => failures++
    b.onerror = () => failures++
    a.postMessage(request('one'))
    ports[0]!.onerror!(new ErrorEvent('error'))
    expect(failures).to.equal(2)
    expect(ports[0]!.terminated).to.equal(true)
    b.postMessage(request('two'))
    expect(ports).to.have.length(2)
  })
})

describe('<pitch-editor> editors on one page', function () {
  this.timeout(60000)

  it('share one worker, each with its own analysis', async () => {
    PitchEditor.createWorker = defaultCreateWorker
    const Original = window.Worker
    let started = 0
    window.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args)
        started++
      }
    }
    try {
      const first = await makeEditor(html`<pitch-editor value="We utilize data."></pitch-editor>`)
      const second = await makeEditor(html`<pitch-editor lang="sv" value="Vi ber kommunen om en pilot."></pitch-editor>`)
      const [a, b] = await Promise.all([first.analyze(), second.analyze()])
      expect(started).to.equal(1)
      expect(a.language).to.equal('en')
      expect(b.language).to.equal('sv')
      expect(a.sentences[0]!.text).to.equal('We utilize data.')
      expect(b.sentences[0]!.text).to.equal('Vi ber kommunen om en pilot.')
    } finally {
      window.Worker = Original
    }
  })
})
