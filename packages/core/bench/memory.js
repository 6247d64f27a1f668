/**
 * Child process of the benchmark: the peak memory of one case on one text.
 *
 * Usage: `node --expose-gc bench/memory.js <case> <words>`. Prints one JSON
 * line: the resident set before the first run (modules loaded, text built,
 * after a full GC), the peak resident set of the process (`maxRSS`), the peak
 * heap seen after each of the runs, and their differences.
 *
 * @module
 */
import {cases} from './cases.js'
import {pitch} from './texts.js'

const [name, size] = process.argv.slice(2)
const entry = cases[name ?? '']
if (!entry || !size) {
  console.error('usage: node --expose-gc bench/memory.js <' + Object.keys(cases).join('|') + '> <words>')
  process.exit(2)
}
const run = await entry.load()
const {text} = pitch(Number(size))
const gc = globalThis.gc ?? (() => {})
gc()
const before = process.memoryUsage()
let heapPeak = before.heapUsed
for (let i = 0; i < 3; i++) {
  await run(text)
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
}
const maxRss = process.resourceUsage().maxRSS * 1024
console.log(
  JSON.stringify({
    case: name,
    words: Number(size),
    rssBefore: before.rss,
    rssPeak: maxRss,
    rssAdded: maxRss - before.rss,
    heapBefore: before.heapUsed,
    heapPeak,
    heapAdded: heapPeak - before.heapUsed
  })
)
