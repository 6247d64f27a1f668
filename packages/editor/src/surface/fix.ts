/**
 * Replaces a range of the textarea the way a person would, so the browser
 * records one undo step: focus, select, `execCommand('insertText')`. Where
 * that command is unavailable the text is replaced directly and an `input`
 * event is fired, so listeners still hear about it.
 *
 * @module
 */

/**
 * Replaces `[start, end)` of `textarea` with `text`. Returns whether the
 * browser's undoable path was used.
 */
export function replaceRange(textarea: HTMLTextAreaElement, start: number, end: number, text: string): boolean {
  textarea.focus()
  textarea.setSelectionRange(start, end)
  const before = textarea.value
  let undoable = false
  try {
    // `insertText` with an empty string is not reliably a deletion; `delete` is.
    undoable = text === '' && end > start ? document.execCommand('delete') : document.execCommand('insertText', false, text)
  } catch {
    undoable = false
  }
  const expected = before.slice(0, start) + text + before.slice(end)
  if (undoable && textarea.value === expected) return true
  if (textarea.value !== before) {
    // The command did something else: put the text back before the fallback.
    textarea.value = before
  }
  textarea.setRangeText(text, start, end, 'end')
  textarea.dispatchEvent(
    new InputEvent('input', {bubbles: true, composed: true, inputType: 'insertReplacementText', data: text})
  )
  return false
}
