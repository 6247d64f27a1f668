/**
 * pitch-coach: reads a pitch written in Markdown and coaches it.
 *
 * @packageDocumentation
 */
export {analyze, analyzeSync, createAnalyzer, type Analyzer} from './analyze.js'
export {
  maxInputLength,
  nearest,
  validateOptions,
  type AnalyzeOptions,
  type Criterion,
  type RuleSetting,
  type SpeakingTimeOptions
} from './options.js'
export {presetNames, presets, type Preset, type PresetName} from './presets.js'
export {docsBase, ruleIds, ruleUrl, rules, type RuleFamily, type RuleId, type RuleMeta} from './rules.js'
export {detectLanguage} from './document/language.js'
export {elementNames} from './element-names.js'
export {maxNesting} from './document/markdown.js'
export {
  remarkPitchCoach,
  remarkPitchCoachDelivery,
  remarkPitchCoachReadability,
  remarkPitchCoachStructure,
  remarkPitchCoachStyle,
  remarkPresetPitchCoach
} from './unified.js'
export {elements} from './types.js'
export type {
  CriterionReport,
  Element,
  ElementReport,
  ElementStatus,
  Evidence,
  Language,
  LanguageOption,
  LixBand,
  NarrativeIndex,
  PitchMessage,
  PitchReport,
  Point,
  Position,
  Question,
  Readability,
  SentenceReport,
  Severity,
  SpeakingTime,
  Span,
  Stats,
  Structure
} from './types.js'
