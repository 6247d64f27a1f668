/**
 * Shared assertions for the core tests.
 */
import assert from 'node:assert/strict'
import type {PitchReport, Position} from '../src/index.ts'

/** Assert that a position lies inside `text` and that line/column agree with the offset. */
export function assertPosition(text: string, position: Position, what: string): void {
  for (const point of [position.start, position.end]) {
    assert.ok(point.offset >= 0 && point.offset <= text.length, `${what}: offset ${point.offset} outside the text`)
    const before = text.slice(0, point.offset)
    const lines = before.split(/\r\n|\r|\n/)
    assert.equal(point.line, lines.length, `${what}: line of offset ${point.offset}`)
    assert.equal(point.column, lines[lines.length - 1]!.length + 1, `${what}: column of offset ${point.offset}`)
  }
  assert.ok(position.start.offset <= position.end.offset, `${what}: start after end`)
}

/** Assert that every span of a report slices back to exactly its text. */
export function assertSpans(text: string, report: PitchReport): void {
  for (const sentence of report.sentences) {
    assertPosition(text, sentence.position, 'sentence')
    assert.equal(text.slice(sentence.position.start.offset, sentence.position.end.offset), sentence.text)
  }
  for (const element of Object.values(report.structure)) {
    for (const evidence of element.evidence) {
      assertPosition(text, evidence.position, 'evidence')
      assert.equal(text.slice(evidence.position.start.offset, evidence.position.end.offset), evidence.text)
    }
  }
  for (const question of report.questions) {
    if (!question.quoted) continue
    assertPosition(text, question.quoted.position, `question ${question.element}`)
    assert.equal(text.slice(question.quoted.position.start.offset, question.quoted.position.end.offset), question.quoted.text)
  }
  for (const message of report.messages) {
    assertPosition(text, message.place, message.ruleId)
    if (message.actual !== undefined) {
      assert.equal(text.slice(message.place.start.offset, message.place.end.offset), message.actual, `${message.ruleId} actual`)
    }
  }
}
