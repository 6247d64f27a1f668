// Instrumentation for scripts/bench.mjs: input-to-highlight latency and
// main-thread long tasks, measured inside the page.
const editor = document.querySelector('#editor')
const state = {lastInput: 0, latencies: [], engine: [], longTasks: [], frames: [], recording: false}
window.bench = state

editor.addEventListener('input', () => {
  state.lastInput = performance.now()
})
editor.addEventListener('pitch-analysis', () => {
  if (!state.recording) return
  const inputAt = state.lastInput
  state.engine.push(editor.analysisDuration)
  // Highlights are registered before the event fires; the next frame shows them.
  requestAnimationFrame(() => state.latencies.push(performance.now() - inputAt))
})
new PerformanceObserver((list) => {
  if (state.recording) for (const entry of list.getEntries()) state.longTasks.push(entry.duration)
}).observe({type: 'longtask'})
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
  new PerformanceObserver((list) => {
    if (state.recording) for (const entry of list.getEntries()) state.frames.push(entry.duration)
  }).observe({type: 'long-animation-frame'})
}
