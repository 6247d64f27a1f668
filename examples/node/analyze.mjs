// Analyse a pitch with the library and print what a mentor would look at
// first. Run from the repository root after `npm install`:
//
//   node examples/node/analyze.mjs examples/pitches/strong.md
//   node examples/node/analyze.mjs examples/pitches/no-hero.md three-minute
import {readFile} from 'node:fs/promises'
import {analyze, elements} from '@pitch-coach/core'

const [file = 'examples/pitches/strong.md', preset = 'challenge'] = process.argv.slice(2)
const markdown = await readFile(file, 'utf8')

let report
try {
  report = await analyze(markdown, {language: 'auto', preset})
} catch (error) {
  // Bad options throw a TypeError or RangeError that names the option.
  console.error(error.message)
  process.exit(2)
}

console.log(`${file} (${report.language}, ${report.stats.words} words)`)

for (const element of elements) {
  const {status, evidence} = report.structure[element]
  const where = evidence[0] ? ` line ${evidence[0].position.start.line}` : ''
  console.log(`  ${element.padEnd(8)} ${status}${where}`)
}

const time = report.speakingTime
console.log(
  `  speaking time ${time.seconds} s of ${time.limitSeconds} s` +
    (time.overBy ? ` (${time.overBy} s over)` : '')
)

for (const {element, question} of report.questions) {
  console.log(`  mentor (${element}): ${question}`)
}

const errors = report.messages.filter((message) => message.severity === 'error')
for (const message of errors) {
  const {line, column} = message.place.start
  console.log(`  ${line}:${column} ${message.reason} [${message.ruleId}]`)
}

process.exitCode = errors.length > 0 ? 1 : 0
