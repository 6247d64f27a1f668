// Re-run the examples in docs/cli.md and paste their real output, so the
// manual keeps telling the truth as the coach changes.
//
//   npm run build && node packages/cli/scripts/refresh-docs.mjs
//
// - Each ```console block that shows output is run again, command by
//   command (`$ …` lines, in the repository root), and its output replaced.
//   Blocks with commands only are left alone.
// - The two shortened JSON examples (one `check` report, one `diff`) are
//   rebuilt from fresh runs.
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const file = new URL('../../../docs/cli.md', import.meta.url)
const env = {PATH: process.env.PATH, HOME: process.env.HOME}
let text = readFileSync(file, 'utf8')

text = text.replace(/```console\n([\s\S]*?)\n```/g, (block, body) => {
  const lines = body.split('\n')
  const commands = lines.filter((line) => line.startsWith('$ '))
  if (commands.length === lines.filter((line) => line.trim()).length) return block

  const out = []
  let status = 0
  for (const line of commands) {
    out.push(line)
    const command = line.slice(2)
    if (command === 'echo $?') {
      out.push(String(status))
      continue
    }
    const result = spawnSync('bash', ['-c', command + ' 2>&1'], {cwd: root, env, encoding: 'utf8'})
    status = result.status ?? 0
    const output = result.stdout.replace(/\n+$/, '').split('\n').map((row) => row.trimEnd()).join('\n')
    if (output) out.push(output)
  }
  return '```console\n' + out.join('\n') + '\n```'
})

const pitchCoach = (...args) =>
  JSON.parse(execFileSync('npx', ['pitch-coach', ...args], {cwd: root, env, encoding: 'utf8'}))
/** JSON on one line, with a space after `:` and `,` (as Python's json.dumps). */
const json = (value) =>
  Array.isArray(value)
    ? '[' + value.map(json).join(', ') + ']'
    : value !== null && typeof value === 'object'
      ? '{' + Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => JSON.stringify(key) + ': ' + json(item)).join(', ') + '}'
      : JSON.stringify(value)
const firstOr = (list, test) => [list.find(test) ?? list[0]].filter(Boolean)

// `check --format json`, shortened to the hero and the first message.
const [report] = pitchCoach('check', '--format', 'json', 'examples/pitches/no-hero.md')
const hero = report.structure.hero
const message = report.messages[0]
const messageLines = ['ruleId', 'source', 'reason', 'severity', 'place', 'actual', 'note', 'url']
  .filter((key) => key in message)
  .map((key) =>
    key === 'place'
      ? `        "place": {\n          "start": ${json(message.place.start)},\n          "end": ${json(message.place.end)}\n        }`
      : `        "${key}": ${json(message[key])}`
  )
const checkExample = `\`\`\`json
[
  {
    "file": ${json(report.file)},
    "language": ${json(report.language)},
    "stats": ${json(report.stats)},
    "structure": {
      "hero": ${json({status: hero.status, score: hero.score, evidence: []}).replace('[]', hero.evidence.length > 0 ? '[…]' : '[]')}
    },
    "speakingTime": ${json(report.speakingTime)},
    "messages": [
      {
${messageLines.join(',\n')}
      }
    ]
  }
]
\`\`\``
text = text.replace(
  /(gives \(shortened to one element and one message\):\n\n)```json\n[\s\S]*?\n```/,
  (_, intro) => intro + checkExample
)

// `diff --format json`, shortened to one item of each list.
const diff = pitchCoach('diff', '--format', 'json', 'examples/cli/drafts/pitch-v1.md', 'examples/cli/drafts/pitch-v2.md')
const diffExample = `\`\`\`json
{
  "old": ${json(diff.old)},
  "new": ${json(diff.new)},
  "elements": [
    ${firstOr(diff.elements, (item) => item.change === 'better').map(json).join(',\n    ')}
  ],
  "figures": [
    ${firstOr(diff.figures, (item) => item.id === 'fleschReadingEase').map(json).join(',\n    ')}
  ],
  "findings": {
    "severities": [${firstOr(diff.findings.severities, (item) => item.severity === 'warning').map(json).join(', ')}],
    "fixed": [${firstOr(diff.findings.fixed, (item) => item.ruleId === 'hedge').map(json).join(', ')}],
    "introduced": [${diff.findings.introduced.slice(0, 1).map(json).join(', ')}]
  },
  "summary": ${json(diff.summary)},
  "regressed": ${json(diff.regressed)}
}
\`\`\``
text = text.replace(
  /(prints the same as one object \(shortened here to one item\nof each list\):\n\n)```json\n[\s\S]*?\n```/,
  (_, intro) => intro + diffExample
)

writeFileSync(file, text)
