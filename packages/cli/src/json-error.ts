/**
 * Where JSON text goes wrong. `JSON.parse` says so only for some errors
 * (`Unexpected token '}', "…" is not valid JSON` has no position), so this
 * small scanner finds the offset of the first character that breaks it.
 */

/** The offset of the first error in `text`, or `undefined` when it is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let index = 0

  const space = (): void => {
    while (index < text.length && ' \t\n\r'.includes(text.charAt(index))) index++
  }

  const fail = (): never => {
    throw new JsonError(index)
  }

  const literal = (word: string): void => {
    for (const char of word) {
      if (text.charAt(index) !== char) fail()
      index++
    }
  }

  const string = (): void => {
    index++ // The opening quote.
    while (index < text.length) {
      const char = text.charAt(index)
      if (char === '"') {
        index++
        return
      }
      if (char < ' ') fail()
      if (char === '\\') {
        index++
        const escape = text.charAt(index)
        if (escape === 'u') {
          if (!/^[\da-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) fail()
          index += 4
        } else if (!'"\\/bfnrt'.includes(escape) || escape === '') {
          fail()
        }
      }
      index++
    }
    fail()
  }

  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(index))
    if (!match) fail()
    index += (match as RegExpExecArray)[0].length
  }

  const value = (): void => {
    space()
    const char = text.charAt(index)
    if (char === '{') return object()
    if (char === '[') return array()
    if (char === '"') return string()
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    if (char === '-' || (char >= '0' && char <= '9')) return number()
    fail()
  }

  const object = (): void => {
    index++
    space()
    if (text.charAt(index) === '}') {
      index++
      return
    }
    for (;;) {
      space()
      if (text.charAt(index) !== '"') fail()
      string()
      space()
      if (text.charAt(index) !== ':') fail()
      index++
      value()
      space()
      const char = text.charAt(index)
      index++
      if (char === '}') return
      if (char !== ',') {
        index--
        fail()
      }
    }
  }

  const array = (): void => {
    index++
    space()
    if (text.charAt(index) === ']') {
      index++
      return
    }
    for (;;) {
      value()
      space()
      const char = text.charAt(index)
      index++
      if (char === ']') return
      if (char !== ',') {
        index--
        fail()
      }
    }
  }

  try {
    value()
    space()
    if (index < text.length) fail()
    return undefined
  } catch (error) {
    if (error instanceof JsonError) return error.offset
    throw error
  }
}

class JsonError extends Error {
  readonly offset: number

  constructor(offset: number) {
    super('invalid JSON')
    this.offset = offset
  }
}
