/**
 * The analysis worker of `<pitch-editor>`: the only module that imports the
 * engine. It is bundled into `pitch-editor.worker.js` and loaded lazily, so
 * the element is defined and editable before the engine arrives.
 *
 * @module
 */
import {createAnalyzer, type AnalyzeOptions, type Analyzer, type PitchReport} from '@pitch-coach/core'
import type {AnalysisOptions, AnalyzeRequest, WorkerReply, WorkerRequest} from './protocol.js'

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage(message: WorkerReply): void
}

const scope = self as unknown as WorkerScope
// One incremental analyser per editor (channel) and set of options: it
// re-reads only the paragraphs that changed since that editor's previous
// keystroke.
const analyzers = new Map<number, {key: string; instance: Analyzer}>()

function engineOptions(options: AnalysisOptions): AnalyzeOptions {
  const result: AnalyzeOptions = {language: options.language, messageLanguage: options.messageLanguage}
  // The engine validates the preset and names the accepted values when it is wrong.
  if (options.preset !== undefined) result.preset = options.preset as AnalyzeOptions['preset']
  return result
}

function run(request: AnalyzeRequest): PitchReport {
  const options = engineOptions(request.options)
  const key = JSON.stringify(options)
  const channel = request.channel ?? 0
  let analyzer = analyzers.get(channel)
  if (!analyzer || analyzer.key !== key) analyzers.set(channel, (analyzer = {key, instance: createAnalyzer(options)}))
  return analyzer.instance.updateSync(request.text)
}

scope.onmessage = (event) => {
  const request = event.data
  if (request.type === 'close') {
    analyzers.delete(request.channel)
    return
  }
  const started = performance.now()
  const channel = request.channel === undefined ? {} : {channel: request.channel}
  try {
    const report = run(request)
    scope.postMessage({type: 'report', ...channel, version: request.version, report, took: performance.now() - started})
  } catch (error) {
    analyzers.delete(request.channel ?? 0)
    const message = error instanceof Error ? error.message : String(error)
    scope.postMessage({type: 'error', ...channel, version: request.version, message})
  }
}
