/**
 * Checks the first load of <pitch-editor> (the element bundle, before the
 * worker) against its budget, reports the worker's size, and checks that
 * neither bundle contains a network API. No network is used.
 *
 *   node scripts/size-budget.mjs [--json]
 */
import {readFile} from 'node:fs/promises'
import {gzipSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'

const budget = 30 * 1024
const root = fileURLToPath(new URL('../dist/bundle/', import.meta.url))
const networkApis = ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts', 'import(']

const sizes = {}
const problems = []
for (const file of ['pitch-editor.js', 'pitch-editor.worker.js']) {
  let code
  try {
    code = await readFile(root + file)
  } catch {
    console.error(`size-budget: dist/bundle/${file} is missing; run \`npm run build\` first`)
    process.exit(2)
  }
  sizes[file] = {bytes: code.length, gzip: gzipSync(code, {level: 9}).length}
  const text = code.toString('utf8')
  for (const api of networkApis) if (text.includes(api)) problems.push(`${file} contains the network API \`${api}\``)
}

const first = sizes['pitch-editor.js']
if (first.gzip > budget) problems.push(`first load is ${kb(first.gzip)} gzipped, over the ${kb(budget)} budget`)

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({budget, sizes}, null, 2))
} else {
  console.log(`first load  pitch-editor.js         ${kb(first.bytes)} minified, ${kb(first.gzip)} gzipped (budget ${kb(budget)})`)
  const worker = sizes['pitch-editor.worker.js']
  console.log(`worker      pitch-editor.worker.js  ${kb(worker.bytes)} minified, ${kb(worker.gzip)} gzipped (loaded on first analysis)`)
}
for (const problem of problems) console.error(`size-budget: ${problem}`)
process.exit(problems.length > 0 ? 1 : 0)

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}
