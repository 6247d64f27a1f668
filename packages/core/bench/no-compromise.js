/**
 * `node packages/core/bench/no-compromise.js`: how fast `analyze` would be
 * if compromise cost nothing. compromise is replaced by a stub (every
 * document tags nothing), so the reports are wrong; only the time matters:
 * it is the ceiling for what changing how compromise is called can gain.
 *
 * Times with the process's CPU time, like `npm run bench -- --cpu`.
 *
 * @module
 */
import {register} from 'node:module'
import {pitch} from './texts.js'

const stub = `
const handler = {get: (target, key) => key === 'out' || key === 'json' ? () => [] : key === 'has' ? () => false : key === 'length' ? 0 : key === 'found' ? false : () => doc}
const doc = new Proxy({}, handler)
export default function nlp() { return doc }
nlp.world = () => ({model: {one: {lexicon: {}}}})
`
const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === 'compromise') return {url: ${JSON.stringify('data:text/javascript,' + encodeURIComponent(stub))}, shortCircuit: true}
  return next(specifier, context)
}
`
register('data:text/javascript,' + encodeURIComponent(hooks))
const {analyzeSync} = await import('../dist/index.js')

const cpu = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

console.log('analyze with compromise stubbed out (process CPU time):')
console.log('| words | median ms | words/s |')
console.log('| ---: | ---: | ---: |')
const texts = [200, 2000, 10000].map((size) => pitch(size))
// Warm up on every size first: the JIT and the per-word tables settle.
for (let round = 0; round < 4; round++) for (const {text} of texts) analyzeSync(text)
for (const {text, words} of texts) {
  const size = words
  const times = []
  for (let i = 0; i < (size >= 10000 ? 8 : 20); i++) {
    const t = cpu()
    analyzeSync(text)
    times.push(cpu() - t)
  }
  times.sort((a, b) => a - b)
  const median = times[times.length >> 1]
  console.log(`| ${words.toLocaleString('en-US')} | ${median.toFixed(1)} | ${Math.round((words / median) * 1000).toLocaleString('en-US')} |`)
}
