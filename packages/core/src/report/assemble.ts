/**
 * Assembles the analysers' output into a `PitchReport`: positions from
 * offsets, messages from findings in the requested language, and the
 * options' rule switches and ignore comments applied.
 *
 * @module
 */
import type {Finding} from '../analysers/finding.js'
import type {StoryResult} from '../analysers/structure/elements.js'
import type {Reason} from '../analysers/structure/scoring.js'
import type {Directive} from '../document/markdown.js'
import type {PitchDocument} from '../document/model.js'
import type {MessageTexts} from '../languages/types.js'
import type {ResolvedOptions} from '../options.js'
import {ruleUrl, rules, type RuleId} from '../rules.js'
import {elements, type Element, type NarrativeIndex, type PitchMessage, type PitchReport, type Question, type Readability, type SpeakingTime, type Structure} from '../types.js'
import {Locator} from './location.js'
import {format} from '../languages/template.js'

/** Everything the report is made of. */
export interface ReportParts {
  document: PitchDocument
  options: ResolvedOptions
  messages: MessageTexts
  findings: Finding[]
  story: StoryResult
  readability: Readability
  narrativeIndex: NarrativeIndex
  speakingTime: SpeakingTime
}

/** Build the report. */
export function assemble(parts: ReportParts): PitchReport {
  const {document, options, messages: texts, story} = parts
  const locator = new Locator(document.source)
  const span = (start: number, end: number) => ({text: document.source.slice(start, end), position: locator.position(start, end)})

  const structure = {} as Structure
  for (const element of elements) {
    const own = story.structure[element]
    structure[element] = {
      status: own.status,
      score: own.score,
      evidence: story.evidence[element].map((item) => {
        const sentence = document.sentences[item.sentence]!
        return {...span(sentence.start, sentence.end), score: Math.floor(item.score * 100) / 100, reasons: renderReasons(item.reasons, texts)}
      })
    }
  }

  const questionText = (element: Element, template: StoryResult['questions'][number]['template'], quoted: string, own?: string): string => {
    switch (template) {
      case 'own':
        return own!
      case 'weak':
        return format(texts.weak[element], [quoted])
      case 'reported':
        return format(texts.reported, [quoted])
      case 'one':
        return format(texts.one, [quoted])
      case 'missing':
        return texts.missing[element]
    }
  }
  const questions = story.questions.map(({element, template, quote, text}): Question => {
    const question = questionText(element, template, quote?.text ?? '', text)
    return quote ? {element, question, quoted: span(quote.start, quote.end)} : {element, question}
  })

  const spine =
    story.spine.length === 0
      ? null
      : story.spine.map((part) => `${part.text} (${texts.elements[part.element]})`).join(texts.spineSeparator)

  const messages = toMessages(parts.findings, document, options, texts, locator)

  return {
    language: document.language,
    stats: {words: document.words, sentences: document.sentences.length, paragraphs: document.paragraphs},
    sentences: document.sentences.map((sentence, index) => ({...span(sentence.start, sentence.end), roles: story.roles[index]!})),
    arc: story.roles.map((roles) => roles.slice()),
    spine,
    structure,
    questions,
    criteria: options.criteria.map((criterion) => ({...criterion, status: structure[criterion.element].status, score: structure[criterion.element].score})),
    narrativeIndex: parts.narrativeIndex,
    readability: parts.readability,
    speakingTime: parts.speakingTime,
    messages
  }
}

function renderReasons(reasons: readonly Reason[], texts: MessageTexts): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const reason of reasons) {
    const template = texts.evidence[reason.key]
    if (!template) continue
    const text = format(template, [reason.value ?? ''])
    if (!seen.has(text)) {
      seen.add(text)
      out.push(text)
    }
  }
  return out
}

function toMessages(findings: readonly Finding[], document: PitchDocument, options: ResolvedOptions, texts: MessageTexts, locator: Locator): PitchMessage[] {
  const sorted = findings.slice().sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
  const seen = new Set<string>()
  const out: PitchMessage[] = []
  for (const finding of sorted) {
    const rule = options.rules.get(finding.ruleId)
    if (rule && !rule.enabled) continue
    if (ignored(finding, document.directives)) continue
    const key = finding.ruleId + ':' + finding.start + ':' + finding.end + ':' + (finding.reason ?? '')
    if (seen.has(key)) continue
    seen.add(key)
    const template = texts.reasons[finding.reason ?? finding.ruleId] ?? finding.ruleId
    const args = finding.ruleId.startsWith('story-') && finding.args[0] && (finding.args[0] === 'weak' || finding.args[0] === 'missing')
      ? [texts.status[finding.args[0]]]
      : finding.args
    const message: PitchMessage = {
      ruleId: finding.ruleId,
      source: 'pitch-coach',
      reason: format(template, args),
      severity: rule?.severity ?? finding.severity ?? rules[finding.ruleId as RuleId].severity,
      place: locator.position(finding.start, finding.end),
      actual: finding.actual ?? document.source.slice(finding.start, finding.end)
    }
    if (finding.expected) message.expected = finding.expected.slice()
    const note = texts.notes[finding.ruleId]
    if (note) message.note = note
    message.url = ruleUrl(finding.ruleId)
    out.push(message)
  }
  return out
}

/**
 * Whether an ignore comment switches the finding's rule off where it starts.
 * `disable` without ids switches every rule off; `enable <ids>` then brings
 * those back; `enable` without ids switches everything on again.
 */
function ignored(finding: Finding, directives: readonly Directive[]): boolean {
  let all = false
  const off = new Set<string>()
  const back = new Set<string>()
  for (const directive of directives) {
    if (directive.end > finding.start) break
    const ids = directive.ruleIds
    if (directive.kind === 'disable') {
      if (ids.length === 0) {
        all = true
        back.clear()
      } else {
        for (const id of ids) {
          off.add(id)
          back.delete(id)
        }
      }
    } else if (ids.length === 0) {
      all = false
      off.clear()
      back.clear()
    } else {
      for (const id of ids) {
        off.delete(id)
        if (all) back.add(id)
      }
    }
  }
  return off.has(finding.ruleId) || (all && !back.has(finding.ruleId))
}

