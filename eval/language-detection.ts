/**
 * Measure language detection: pitch-coach's own detector against franc-min
 * restricted to English, Swedish and Finnish.
 *
 *     node --import tsx eval/language-detection.ts [--json]
 *
 * Texts are read at run time and never copied into the repository:
 * `../shared/corpus` (Sparv's Swedish readability texts, CSAbstruct's English
 * abstracts, the real pitches of pitches-dev, textstat's long English text),
 * `../shared/seeds`, and the project's own `eval/corpus/*.jsonl` and
 * `examples/pitches/*.md`. Missing sources are skipped. Each text is scored
 * whole, and as windows of consecutive words cut from it, by length band.
 *
 * franc-min and franc are not dependencies of pitch-coach. To include them,
 * make them importable (`npm install --no-save franc-min franc`), or point
 * the environment variables `FRANC_MIN` and `FRANC` at their `index.js`.
 * Add `--errors` to print every miss on stderr.
 *
 * @module
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {detectLanguage} from '../packages/core/src/document/language.js'
import type {Language} from '../packages/core/src/types.js'

interface Sample {
  source: string
  language: Language
  text: string
}

type Detector = (text: string) => Language

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(root, '..', 'shared')
const languages: readonly Language[] = ['en', 'sv', 'fi']
const bands = [
  {name: '3–7 words', min: 3, max: 7},
  {name: '8–19 words', min: 8, max: 19},
  {name: '20–49 words', min: 20, max: 49},
  {name: '50+ words', min: 50, max: Infinity}
] as const

function read(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

function jsonl(file: string): Array<Record<string, unknown>> {
  const text = read(file)
  if (text === undefined) return []
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>)
}

function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'sv' || value === 'fi'
}

/** Whole texts with a known language. */
function documents(): Sample[] {
  const samples: Sample[] = []

  const sparv = read(path.join(shared, 'corpus/readability/sv-lix-sparv/texts.xml'))
  if (sparv) {
    for (const match of sparv.matchAll(/<text what="([^"]*)">([\s\S]*?)<\/text>/g)) {
      const body = match[2] ?? ''
      if (body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 20) {
        samples.push({source: 'sparv', language: 'sv', text: body})
      }
    }
  }

  for (const row of jsonl(path.join(shared, 'corpus/discourse-roles/csabstruct/dev.jsonl'))) {
    if (Array.isArray(row.sentences)) samples.push({source: 'csabstruct', language: 'en', text: row.sentences.join(' ')})
  }

  for (const row of jsonl(path.join(shared, 'corpus/pitches-dev/pitches.jsonl'))) {
    if (isLanguage(row.lang) && typeof row.text === 'string') {
      samples.push({source: 'pitches-dev', language: row.lang, text: row.text})
    }
  }

  const textstat = read(path.join(shared, 'corpus/readability/textstat/resources_texts.json'))
  if (textstat) {
    const texts = JSON.parse(textstat) as Record<string, unknown>
    if (typeof texts.LONG_TEXT === 'string') samples.push({source: 'textstat', language: 'en', text: texts.LONG_TEXT})
  }

  const seeds = path.join(shared, 'seeds')
  if (existsSync(seeds)) {
    // The seed is the Swedish article the project started from.
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      samples.push({source: 'seeds', language: 'sv', text: readFileSync(path.join(seeds, name), 'utf8')})
    }
  }

  for (const code of languages) {
    for (const row of jsonl(path.join(root, 'eval/corpus', code + '.jsonl'))) {
      if (typeof row.text === 'string') samples.push({source: 'eval/corpus', language: code, text: row.text})
    }
  }

  const pitches = path.join(root, 'examples/pitches')
  if (existsSync(pitches)) {
    for (const name of readdirSync(pitches).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
      const language: Language = name.startsWith('sv-') ? 'sv' : name.startsWith('fi-') ? 'fi' : 'en'
      samples.push({source: 'examples', language, text: readFileSync(path.join(pitches, name), 'utf8')})
    }
  }

  return samples
}

/** Windows of consecutive words cut from a text: a deterministic spread of starts and lengths. */
function snippets(sample: Sample, perBand: number): Sample[] {
  const words = sample.text.split(/\s+/).filter((w) => w !== '')
  const result: Sample[] = []
  for (const band of bands) {
    const lengths = band.max === Infinity ? [50, 80] : [band.min, Math.round((band.min + band.max) / 2), band.max]
    for (let index = 0; index < perBand; index++) {
      const length = lengths[index % lengths.length] ?? band.min
      if (words.length < length) break
      // Spread the windows over the text with a fixed stride.
      const start = Math.floor(((index * 0.37) % 1) * (words.length - length + 1))
      result.push({source: band.name, language: sample.language, text: words.slice(start, start + length).join(' ')})
    }
  }

  return result
}

function band(text: string): string {
  const count = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
  return bands.find((b) => count >= b.min && count <= b.max)?.name ?? 'under 3 words'
}

/** franc or franc-min, restricted to the three languages, if importable. */
async function franc(name: 'franc' | 'franc-min', variable: string): Promise<Detector | undefined> {
  const francCodes: Record<string, Language> = {eng: 'en', swe: 'sv', fin: 'fi'}
  const file = process.env[variable]
  for (const specifier of [name, file ? pathToFileURL(file).href : undefined]) {
    if (!specifier) continue
    try {
      const module = (await import(specifier)) as {franc: (value: string, options: {only: string[]}) => string}
      // `und` (too short) falls back to English, as pitch-coach's detector does.
      return (text) => francCodes[module.franc(text, {only: ['eng', 'swe', 'fin']})] ?? 'en'
    } catch {
      // Not installed here: try the next.
    }
  }

  return undefined
}

interface Tally {
  right: number
  total: number
}

function score(detector: Detector, samples: readonly Sample[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>()
  const add = (key: string, right: boolean): void => {
    const tally = tallies.get(key) ?? {right: 0, total: 0}
    tally.total++
    if (right) tally.right++
    tallies.set(key, tally)
  }

  for (const sample of samples) {
    const right = detector(sample.text) === sample.language
    add(sample.language + '\t' + band(sample.text), right)
    add(sample.language + '\tall', right)
    add('all\t' + band(sample.text), right)
    if (!right && process.argv.includes('--errors')) {
      console.error('miss', sample.language, '→', detector(sample.text), JSON.stringify(sample.text.slice(0, 160)))
    }
  }

  return tallies
}

function speed(detector: Detector, samples: readonly Sample[]): number {
  const words = samples.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0)
  let rounds = 0
  const start = performance.now()
  while (performance.now() - start < 1500) {
    for (const sample of samples) detector(sample.text)
    rounds++
  }

  return Math.round((words * rounds) / ((performance.now() - start) / 1000))
}

const docs = documents()
const cuts = docs.flatMap((doc) => snippets(doc, doc.language === 'en' ? 3 : 12))
const all = [...docs, ...cuts]

const detectors: Array<[string, Detector]> = [['pitch-coach', (text) => detectLanguage(text).language]]
for (const [name, variable] of [['franc-min', 'FRANC_MIN'], ['franc', 'FRANC']] as const) {
  const detector = await franc(name, variable)
  if (detector) detectors.push([name, detector])
  else console.error(`${name} is not importable: not measured (see the module doc).`)
}

const counts = languages.map((code) => code + ' ' + docs.filter((d) => d.language === code).length).join(', ')
console.error(`Texts: ${docs.length} whole (${counts}), ${cuts.length} windows cut from them.`)

const results: Record<string, {accuracy: Record<string, string>; wordsPerSecond: number}> = {}
const keys = [...new Set(all.map((s) => s.language + '\t' + band(s.text)))].sort()
for (const [name, detector] of detectors) {
  const tallies = score(detector, all)
  const accuracy: Record<string, string> = {}
  for (const key of [...keys, ...languages.map((l) => l + '\tall'), ...bands.map((b) => 'all\t' + b.name)]) {
    const tally = tallies.get(key)
    if (tally) accuracy[key.replace('\t', ' · ')] = `${((100 * tally.right) / tally.total).toFixed(1)}% of ${tally.total}`
  }

  results[name] = {accuracy, wordsPerSecond: speed(detector, docs)}
}

// How often pitch-coach calls itself reliable, and how right it is then.
const reliability: Record<string, string> = {}
for (const b of bands) {
  const inBand = all.filter((s) => band(s.text) === b.name)
  const reliable = inBand.filter((s) => detectLanguage(s.text).reliable)
  const right = reliable.filter((s) => detectLanguage(s.text).language === s.language)
  reliability[b.name] = inBand.length === 0 ? 'no texts' : `${((100 * reliable.length) / inBand.length).toFixed(1)}% reliable, ${reliable.length === 0 ? '–' : ((100 * right.length) / reliable.length).toFixed(1) + '%'} of those right`
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({results, reliability}, null, 2))
} else {
  const names = Object.keys(results)
  console.log(['', ...names].join(' | '))
  for (const key of Object.keys(results[names[0] ?? '']?.accuracy ?? {})) {
    console.log([key, ...names.map((n) => results[n]?.accuracy[key] ?? '')].join(' | '))
  }

  console.log(['words/s', ...names.map((n) => String(results[n]?.wordsPerSecond ?? ''))].join(' | '))
  console.log('\npitch-coach `reliable`:')
  for (const [name, text] of Object.entries(reliability)) console.log(`${name}: ${text}`)
}
