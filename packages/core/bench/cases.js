/**
 * What the benchmark runs. Every case takes the Markdown of a pitch and does
 * its whole job on it. Each case loads its own modules, so that a child
 * process measuring one case's memory loads nothing else.
 *
 * @module
 */

/**
 * @typedef {object} Case
 * @property {string} label What the case does.
 * @property {() => Promise<(text: string) => unknown>} load Import the case's modules; resolve to its function.
 */

/** @type {Record<string, Case>} */
export const cases = {
  'pitch-coach': {
    label: 'pitch-coach `analyze` (full report)',
    async load() {
      const {analyze} = await import('../dist/index.js')
      return (text) => analyze(text)
    }
  },
  baseline: {
    label: 'baseline: unified + remark-parse + remark-retext + retext-english + retext-readability, -passive, -intensify, -simplify',
    async load() {
      const [{unified}, {VFile}, remarkParse, remarkRetext, retextEnglish, retextReadability, retextPassive, retextIntensify, retextSimplify] =
        await Promise.all([
          import('unified'),
          import('vfile'),
          import('remark-parse'),
          import('remark-retext'),
          import('retext-english'),
          import('retext-readability'),
          import('retext-passive'),
          import('retext-intensify'),
          import('retext-simplify')
        ])
      const processor = unified()
        .use(remarkParse.default)
        .use(
          remarkRetext.default,
          unified()
            .use(retextEnglish.default)
            .use(retextReadability.default)
            .use(retextPassive.default)
            .use(retextIntensify.default)
            .use(retextSimplify.default)
        )
        .freeze()
      return async (text) => {
        const file = new VFile(text)
        await processor.run(processor.parse(file), file)
        return file.messages.length
      }
    }
  },
  compromise: {
    label: 'compromise `nlp()` alone (tokenise and tag)',
    async load() {
      const {default: nlp} = await import('compromise')
      return (text) => nlp(text).length
    }
  },
  split: {
    label: 'plain word split (`text.split(/\\s+/)`)',
    async load() {
      return (text) => text.split(/\s+/).length
    }
  }
}
