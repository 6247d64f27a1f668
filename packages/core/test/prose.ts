/**
 * Deterministic, varied English prose of a given length for the size tests
 * (generated, so no corpus text is copied): sentences of 6–20 words from a
 * small vocabulary, in paragraphs, headings, lists and block quotes, with some
 * emphasis and links. Every word is letters only and every sentence ends in
 * `.`, `!` or `?` before a capital, so the expected word and sentence counts
 * are exact.
 */
/** About `words` words of prose; returns the text and its exact word and sentence counts. */
export function prose(words: number, seed = 1): {text: string; words: number; sentences: number} {
  let state = seed >>> 0
  const next = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % n
  }
  const vocabulary = ('residents older people nurses night shift walk kilometres snow winter cannot leave home wait days ' +
    'municipality service pilot app plans rounds buses route stops library teachers pupils school lunch waste energy ' +
    'heating costs money budget council district volunteers visit lonely neighbours phone call week month year ' +
    'because but therefore and so however yet still only every each first then after before during with without ' +
    'utilize leverage very really quite innovative disruptive solution platform ecosystem synergy stakeholders ' +
    'we they she he it our their her his its this that these those small large new old slow fast cheap').split(' ')
  const parts: string[] = []
  let count = 0
  let sentences = 0
  const sentence = (): string => {
    const n = 6 + next(15)
    const list: string[] = []
    for (let k = 0; k < n; k++) list.push(vocabulary[next(vocabulary.length)]!)
    count += n
    sentences++
    const first = list[0]!
    list[0] = first[0]!.toUpperCase() + first.slice(1)
    if (n > 10 && next(4) === 0) list[4] = `**${list[4]}**`
    if (n > 12 && next(5) === 0) list[8] = `[${list[8]}](https://example.org/${next(100)})`
    return list.join(' ') + ['.', '.', '.', '!', '?'][next(5)]
  }
  while (count < words) {
    const kind = next(10)
    if (kind === 0) parts.push('## ' + sentence().slice(0, -1))
    else if (kind === 1) parts.push(Array.from({length: 2 + next(3)}, () => '- ' + sentence()).join('\n'))
    else if (kind === 2) parts.push('> ' + sentence() + ' ' + sentence())
    else parts.push(Array.from({length: 2 + next(4)}, sentence).join(next(3) === 0 ? '\n' : ' '))
  }
  return {text: parts.join('\n\n') + '\n', words: count, sentences}
}
