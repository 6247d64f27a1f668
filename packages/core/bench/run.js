/**
 * `npm run bench`: throughput and peak memory of pitch-coach's `analyze`
 * next to the baseline unified/retext pipeline, compromise alone and a plain
 * word split, on 200-, 2,000- and 10,000-word pitches; then the incremental
 * analyser on one-character edits.
 *
 * Reads `../dist` (build first: the root script does). Options:
 *   --quick          shorter time budgets (for a smoke run)
 *   --json <file>    also write the figures as JSON
 *   --only <parts>   comma-separated: throughput, memory, incremental
 *   --cpu            time with the process's CPU time instead of the wall
 *                    clock (steadier when other processes share the cores)
 *
 * @module
 */
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import {Bench} from 'tinybench'
import {cases} from './cases.js'
import {random, pitch} from './texts.js'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const jsonAt = args.indexOf('--json')
const jsonFile = jsonAt === -1 ? undefined : args[jsonAt + 1]
const onlyAt = args.indexOf('--only')
const parts = new Set(onlyAt === -1 ? ['throughput', 'memory', 'incremental'] : args[onlyAt + 1].split(','))
const cpu = args.includes('--cpu')
/** Milliseconds of the chosen clock. */
const now = cpu
  ? () => {
      const usage = process.cpuUsage()
      return (usage.user + usage.system) / 1000
    }
  : () => performance.now()
const sizes = [200, 2000, 10000]
const names = Object.keys(cases)

const results = {
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? 'unknown',
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`
  },
  date: new Date().toISOString(),
  clock: cpu ? 'cpu' : 'wall',
  load: os.loadavg(),
  throughput: [],
  memory: [],
  incremental: []
}

const format = (n) => Math.round(n).toLocaleString('en-US')
const ms = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(1))

console.log(`Machine: ${results.machine.cpus} × ${results.machine.model}, ${results.machine.memory}, Node ${results.machine.node}`)
console.log(`Clock: ${cpu ? 'process CPU time' : 'wall clock'}; load average at start: ${os.loadavg().map((n) => n.toFixed(2)).join(', ')}`)
console.log(`Cases:\n${names.map((n) => `  ${n}: ${cases[n].label}`).join('\n')}\n`)

if (parts.has('throughput')) {
  const runs = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await cases[n].load()])))
  for (const size of sizes) {
    const {text, words} = pitch(size)
    const bench = new Bench({
      time: quick ? 300 : size >= 10000 ? 4000 : 2000,
      iterations: quick ? 2 : size >= 10000 ? 6 : 10,
      warmupTime: quick ? 100 : 500,
      warmupIterations: 2,
      now
    })
    for (const n of names) bench.add(n, () => runs[n](text))
    await bench.run()
    const rows = bench.tasks.map((task) => {
      const result = task.result
      if (result.state !== 'completed') throw new Error(`${task.name} at ${size} words: ${result.state} ${result.error ?? ''}`)
      const median = result.latency.p50
      return {size, words, case: task.name, medianMs: median, meanMs: result.latency.mean, samples: result.latency.samplesCount, wordsPerSecond: (words / median) * 1000}
    })
    const base = rows.find((r) => r.case === 'baseline')
    for (const row of rows) row.ratio = row.wordsPerSecond / base.wordsPerSecond
    results.throughput.push(...rows)
    console.log(`Throughput, ${format(words)}-word pitch (${format(text.length)} characters):`)
    console.log('| case | median ms | words/s | × baseline | runs |')
    console.log('| --- | ---: | ---: | ---: | ---: |')
    for (const r of rows) console.log(`| ${r.case} | ${ms(r.medianMs)} | ${format(r.wordsPerSecond)} | ${r.ratio.toFixed(2)} | ${r.samples} |`)
    console.log('')
  }
}

if (parts.has('memory')) {
  const script = fileURLToPath(new URL('memory.js', import.meta.url))
  console.log('Peak memory (a fresh child process per case and size, 3 runs; MB = 10^6 bytes):')
  console.log('| case | words | RSS before | peak RSS | added by the runs | heap after a run |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const size of sizes) {
    for (const n of names) {
      const out = execFileSync(process.execPath, ['--expose-gc', script, n, String(size)], {encoding: 'utf8'})
      const row = JSON.parse(out.trim().split('\n').pop())
      results.memory.push(row)
      const mb = (b) => (b / 1e6).toFixed(1)
      console.log(`| ${n} | ${format(size)} | ${mb(row.rssBefore)} | ${mb(row.rssPeak)} | ${mb(row.rssAdded)} | ${mb(row.heapPeak)} |`)
    }
  }
  console.log('')
}

if (parts.has('incremental')) {
  const {analyzeSync, createAnalyzer} = await import('../dist/index.js')
  console.log('Incremental: `createAnalyzer().update` after a one-character edit (insert a letter, then delete it), random places:')
  console.log('| words | edits | first update ms | median ms | p95 ms | max ms | full `analyze` ms |')
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const size of [2000, 10000]) {
    const {text, words} = pitch(size)
    const next = random(42 + size)
    // Warm up on a separate analyser (its caches are its own), so the JIT has settled whether or not
    // the throughput part ran first.
    await (async () => {
      const warm = createAnalyzer()
      await warm.update(text)
      for (let i = 0; i < (quick ? 10 : 60); i++) await warm.update(i % 2 === 0 ? text.slice(0, i * 97) + 'x' + text.slice(i * 97) : text)
    })()
    const analyzer = createAnalyzer()
    let t = now()
    await analyzer.update(text)
    const first = now() - t
    const edits = quick ? 40 : 300
    const times = []
    for (let i = 0; i < edits; i++) {
      // Even steps insert a letter somewhere; odd steps delete it again.
      let after = text
      if (i % 2 === 0) {
        const at = Math.floor(next() * text.length)
        const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]
        after = text.slice(0, at) + letter + text.slice(at)
      }
      t = now()
      await analyzer.update(after)
      times.push(now() - t)
    }
    const full = []
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      t = now()
      analyzeSync(text)
      full.push(now() - t)
    }
    const sorted = times.slice().sort((a, b) => a - b)
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
    const row = {words, edits, firstMs: first, medianMs: q(0.5), p95Ms: q(0.95), maxMs: sorted[sorted.length - 1], fullMs: full.sort((a, b) => a - b)[full.length >> 1]}
    results.incremental.push(row)
    console.log(`| ${format(words)} | ${edits} | ${ms(row.firstMs)} | ${ms(row.medianMs)} | ${ms(row.p95Ms)} | ${ms(row.maxMs)} | ${ms(row.fullMs)} |`)
  }
  console.log('')
}

if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n')
