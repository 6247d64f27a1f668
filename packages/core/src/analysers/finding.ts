/**
 * What analysers return: findings with source offsets and the arguments of
 * their message templates. The report turns them into messages in the
 * requested language.
 *
 * @module
 */
import type {RuleId} from '../rules.js'

/** A finding, before it becomes a message. */
export interface Finding {
  ruleId: RuleId
  /** The message template to use, when a rule has more than one (`story-order-change`). */
  reason?: string
  /** Source offsets of exactly the words it is about. */
  start: number
  end: number
  /** Values for the template's `{0}`, `{1}`, … */
  args: Array<string | number>
  /** The text it is about (defaults to the source slice). */
  actual?: string
  /** Replacements. */
  expected?: string[]
  /** Overrides the rule's default severity. */
  severity?: 'info' | 'warning' | 'error'
}

/** Shift findings by `delta` characters (for results reused at another offset). */
export function shift(findings: readonly Finding[], delta: number): Finding[] {
  if (delta === 0) return findings.slice()
  return findings.map((f) => ({...f, start: f.start + delta, end: f.end + delta}))
}
