/**
 * The analysis worker of `<pitch-editor>`: the only module that imports the
 * engine. It is bundled into `pitch-editor.worker.js` and loaded lazily, so
 * the element is defined and editable before the engine arrives.
 *
 * @module
 */
import * as core from '@pitch-coach/core'
import type {AnalyzeOptions, PitchReport} from '@pitch-coach/core'
import type {AnalysisOptions, AnalyzeRequest, WorkerReply} from './protocol.js'

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyzeRequest>) => void) | null
  postMessage(message: WorkerReply): void
}

interface IncrementalAnalyzer {
  update(text: string): Promise<PitchReport>
}

type CreateAnalyzer = (options?: AnalyzeOptions) => IncrementalAnalyzer

const scope = self as unknown as WorkerScope
// The incremental analyser re-reads only what changed; one per set of options.
const createAnalyzer = (core as unknown as {createAnalyzer?: CreateAnalyzer}).createAnalyzer
let analyzer: {key: string; instance: IncrementalAnalyzer} | undefined

function engineOptions(options: AnalysisOptions): AnalyzeOptions {
  const result: AnalyzeOptions = {language: options.language, messageLanguage: options.messageLanguage}
  if (options.preset) result.preset = options.preset as AnalyzeOptions['preset']
  return result
}

async function run(request: AnalyzeRequest): Promise<PitchReport> {
  const options = engineOptions(request.options)
  if (!createAnalyzer) return core.analyze(request.text, options)
  const key = JSON.stringify(options)
  if (!analyzer || analyzer.key !== key) analyzer = {key, instance: createAnalyzer(options)}
  return analyzer.instance.update(request.text)
}

scope.onmessage = async (event) => {
  const request = event.data
  const started = performance.now()
  try {
    const report = await run(request)
    scope.postMessage({type: 'report', version: request.version, report, took: performance.now() - started})
  } catch (error) {
    analyzer = undefined
    const message = error instanceof Error ? error.message : String(error)
    scope.postMessage({type: 'error', version: request.version, message})
  }
}
