import {expect} from '@open-wc/testing'
import type {PitchReport} from '@pitch-coach/core'
import {AnalysisClient} from '../src/analysis/client.js'
import {FakeWorker, fakeReport} from './helpers.js'

const options = {language: 'en' as const, messageLanguage: 'en' as const}

/** A worker that replies only when told to. */
class ManualWorker extends FakeWorker {
  override postMessage(message: Parameters<FakeWorker['postMessage']>[0]): void {
    this.requests.push(message)
  }
}

describe('AnalysisClient', () => {
  it('keeps one request in flight and coalesces the rest into the newest', () => {
    const worker = new ManualWorker()
    const reports: number[] = []
    const client = new AnalysisClient(() => worker, {report: (_r, version) => reports.push(version), error: () => {}})
    client.request('a', options)
    client.request('ab', options)
    client.request('abc', options)
    client.request('abcd', options)
    expect(worker.requests.map((request) => request.text)).to.deep.equal(['a'])
    worker.reply(worker.requests[0]!)
    // The reply for "a" is stale (newer text exists): dropped; "abcd" is sent next.
    expect(reports).to.deep.equal([])
    expect(client.staleDropped).to.equal(1)
    expect(worker.requests.map((request) => request.text)).to.deep.equal(['a', 'abcd'])
    worker.reply(worker.requests[1]!)
    expect(reports).to.deep.equal([4])
  })

  it('drops a result that arrives for an older version', () => {
    const worker = new ManualWorker()
    const seen: string[] = []
    const client = new AnalysisClient(() => worker, {report: (report) => seen.push(report.sentences[0]?.text ?? ''), error: () => {}})
    client.request('Old text.', options)
    client.request('New text.', options)
    // A misbehaving worker answers the old request with a report after the new one was made.
    worker.reply(worker.requests[0]!, fakeReport('Old text.'))
    expect(seen).to.deep.equal([])
  })

  it('hands a result for older text, with that text, to the stale handler', () => {
    const worker = new ManualWorker()
    const stale: [number, string][] = []
    const fresh: number[] = []
    const client = new AnalysisClient(() => worker, {
      report: (_report, version) => fresh.push(version),
      stale: (_report, version, _took, text) => stale.push([version, text]),
      error: () => {}
    })
    client.request('Old text.', options)
    client.request('New text.', options)
    worker.reply(worker.requests[0]!)
    expect(stale).to.deep.equal([[1, 'Old text.']])
    expect(fresh).to.deep.equal([])
    worker.reply(worker.requests[1]!)
    expect(fresh).to.deep.equal([2])
  })

  it('restarts a crashed worker and re-sends the newest text', () => {
    const workers: ManualWorker[] = []
    const client = new AnalysisClient(
      () => {
        const worker = new ManualWorker()
        workers.push(worker)
        return worker
      },
      {report: () => {}, error: () => {}}
    )
    client.request('one', options)
    client.request('two', options)
    workers[0]!.crash()
    expect(workers[0]!.terminated).to.equal(true)
    expect(workers).to.have.length(2)
    expect(workers[1]!.requests.map((request) => request.text)).to.deep.equal(['two'])
  })

  it('reports an error after repeated crashes instead of looping', () => {
    const errors: string[] = []
    const workers: ManualWorker[] = []
    const client = new AnalysisClient(
      () => {
        const worker = new ManualWorker()
        workers.push(worker)
        return worker
      },
      {report: () => {}, error: (message) => errors.push(message)}
    )
    client.request('text', options)
    for (let index = 0; index < 4; index++) workers.at(-1)!.crash()
    expect(errors).to.have.length(1)
    expect(errors[0]).to.match(/stopped/)
  })

  it('whenAnalyzed resolves with the report for that version or newer', async () => {
    const worker = new ManualWorker()
    const client = new AnalysisClient(() => worker, {report: () => {}, error: () => {}})
    const version = client.request('Some text.', options)
    const promise = client.whenAnalyzed(version)
    worker.reply(worker.requests[0]!)
    const report: PitchReport = await promise
    expect(report.sentences[0]!.text).to.equal('Some text.')
  })
})
