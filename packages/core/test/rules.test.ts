/**
 * The rule catalogue, rule by rule: every rule finds exactly the words it
 * should and nothing in a clean text; options switch it off, change its
 * severity and move its thresholds; ignore comments hide it exactly inside
 * their range; presets make missing elements errors; every rule has a page
 * in `docs/rules/` whose example triggers it; and `hard-sentence` gives
 * retext-readability's verdict.
 *
 * Run from packages/core: `node --import tsx --test test/rules.test.ts`.
 */
import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {describe, test} from 'node:test'
import {fileURLToPath} from 'node:url'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {analyzeSync, ruleIds, rules, ruleUrl, type AnalyzeOptions, type PitchMessage, type RuleId, type Severity} from '../src/index.ts'
import {weights} from '../src/analysers/structure/weights.ts'

const docs = new URL('../../../docs/rules/', import.meta.url)

// A pitch with all five elements, and the sentences it is made of.
const problem =
  "Maria, 84, lives alone in Kallio and struggles to leave her home when the pavements are icy. Last winter she missed three doctor's appointments because nobody cleared her path."
const problemLast = "Last winter she missed three doctor's appointments because nobody cleared her path."
const change = 'We built SnowBuddy, an app that matches older residents with a neighbour who clears their path before 8 a.m.'
const outcome = 'After one winter, missed appointments fell from 31 to 6 and Maria now sees her doctor again.'
const ask = 'We ask the city for 20,000 euros to run the pilot in two more districts next winter.'
const pitch = (...parts: string[]): string => parts.join('\n\n')
const full = pitch(problem, change, outcome, ask)

/** What one finding must be. */
interface Expected {
  /** Exactly the source text of `place`, and `actual`. */
  words: string
  severity: Severity
  reason: string
  /** The replacements; `undefined` when the rule gives none. */
  expected?: string[]
}

/** A rule's positive and negative example. */
interface Case {
  text: string
  options?: AnalyzeOptions
  findings: Expected[]
  /** A text close to `text` that must not trigger the rule. */
  clean: string
}

const heroless =
  'Icy pavements keep the district indoors for weeks every winter, and clearing the snow costs the city a lot.'
const longSentence =
  'Every morning in winter the home carers of our district drive from one house to the next along roads that nobody has cleared yet, which means that they arrive late, stressed and cold at the homes of people who are waiting for their medicine'
const hardSentence =
  'Interoperability between heterogeneous patient information systems remains problematic for regional healthcare organisations'

const cases: Record<RuleId, Case> = {
  'story-problem': {
    text: pitch(change, outcome, ask),
    findings: [{words: change, severity: 'warning', reason: 'The problem is missing: say who suffers what, how often and at what cost'}],
    clean: full
  },
  'story-hero': {
    text: pitch(
      heroless,
      'We built SnowBuddy, an app that books a snow clearer for any path before 8 a.m.',
      'In our pilot, clearing requests fell from 310 to 60 in one winter.',
      ask
    ),
    findings: [{words: heroless, severity: 'warning', reason: 'The hero is missing: name the person or group whose life changes'}],
    clean: full
  },
  'story-change': {
    text: pitch(problem, outcome, ask),
    findings: [{words: problemLast, severity: 'warning', reason: 'The change is missing: say what you do differently'}],
    clean: full
  },
  'story-outcome': {
    text: pitch(problem, change, ask),
    findings: [{words: change, severity: 'warning', reason: 'The outcome is missing: say what is different afterwards, with a figure'}],
    clean: full
  },
  'story-ask': {
    text: pitch(problem, change, outcome),
    findings: [{words: outcome, severity: 'warning', reason: 'The ask is missing: say what you want from this audience'}],
    clean: full
  },
  'story-order': {
    text: pitch(change, problem, outcome, ask),
    findings: [{words: change, severity: 'info', reason: 'The solution comes before any problem is stated'}],
    clean: full
  },
  'team-as-hero': {
    text: 'We are four engineers from Tampere. We love hard problems, so we built our own app. Our app is fast and we are proud of it.',
    findings: [{words: 'We', severity: 'warning', reason: 'The team is the protagonist: `we` appears 6 times, the people you serve 0'}],
    clean: 'Aino, 79, lives alone in Hervanta and cannot read the small print on her bus timetable. Our app reads it aloud to her.'
  },
  'hard-sentence': {
    text: hardSentence + '.',
    findings: [{words: hardSentence, severity: 'info', reason: 'Hard to read sentence (5/7)'}],
    clean: 'The hospital and the health centres use systems that cannot talk to each other.'
  },
  'long-sentence': {
    text: longSentence + '.',
    findings: [{words: longSentence, severity: 'warning', reason: 'Long sentence: 44 words, more than 30'}],
    clean:
      'Every winter morning, our home carers drive along roads nobody has cleared yet. They arrive late, stressed and cold. And the people they visit are still waiting for their medicine.'
  },
  passive: {
    text: 'The forms are filled in by hand, and the data was lost twice last year.',
    findings: [
      {words: 'are filled', severity: 'info', reason: 'Passive voice `are filled`: say who acts'},
      {words: 'was lost', severity: 'info', reason: 'Passive voice `was lost`: say who acts'}
    ],
    clean: 'Nurses fill in the forms by hand, and the office lost the data twice last year.'
  },
  hedge: {
    text: 'We think our app might cut waiting times for families.',
    findings: [
      {words: 'We think', severity: 'warning', reason: 'Hedge `We think` weakens the claim', expected: []},
      {words: 'might', severity: 'warning', reason: 'Hedge `might` weakens the claim', expected: []}
    ],
    clean: 'In the pilot, our app cut waiting times for 40 families from 90 to 30 minutes.'
  },
  simpler: {
    text: 'We utilize sensors in order to facilitate safer crossings for pupils.',
    findings: [
      {words: 'utilize', severity: 'info', reason: 'Use a simpler word than `utilize`', expected: ['use']},
      {words: 'in order to', severity: 'info', reason: 'Use a simpler word than `in order to`', expected: ['to']},
      {words: 'facilitate', severity: 'info', reason: 'Use a simpler word than `facilitate`', expected: ['help', 'ease']}
    ],
    clean: 'We use sensors to make crossings safer for pupils.'
  },
  buzzword: {
    text: 'Our innovative, AI-powered platform is a game-changer for the city.',
    findings: [
      {words: 'innovative', severity: 'warning', reason: 'Buzzword `innovative` says little'},
      {words: 'AI-powered', severity: 'warning', reason: 'Buzzword `AI-powered` says little'},
      {words: 'game-changer', severity: 'warning', reason: 'Buzzword `game-changer` says little'}
    ],
    clean: 'Our app warns bus drivers 200 metres before an icy stop.'
  },
  'vague-quantity': {
    text: 'Many residents wait a lot longer than they should.',
    findings: [
      {words: 'Many', severity: 'info', reason: 'Vague quantity `Many`: give a figure'},
      {words: 'a lot', severity: 'info', reason: 'Vague quantity `a lot`: give a figure'}
    ],
    clean: 'Last January, 312 residents waited more than 40 minutes for a bus.'
  },
  filler: {
    text: 'Basically, we just want to help, you know, older people in Vantaa.',
    findings: [
      {words: 'Basically', severity: 'info', reason: 'Filler `Basically` wastes your slot', expected: []},
      {words: 'just', severity: 'info', reason: 'Filler `just` wastes your slot', expected: []},
      {words: 'you know', severity: 'info', reason: 'Filler `you know` wastes your slot', expected: []}
    ],
    clean: 'We help older people in Vantaa get to the shop.'
  },
  'over-time': {
    // 50 words fit in 20 seconds at 150 words a minute (`8 a.m.` is one word); the rest is over.
    text: full,
    options: {speakingTime: {limitSeconds: 20}},
    findings: [
      {
        words: 'winter, missed appointments fell from 31 to 6 and Maria now sees her doctor again.\n\n' + ask.slice(0, -1),
        severity: 'error',
        reason: 'The pitch takes about 33 seconds to say, 13 seconds over the 20-second slot'
      }
    ],
    clean: "Maria, 84, misses doctor's appointments when nobody clears her icy path. Our app finds her a neighbour with a shovel. We ask for 20,000 euros to test it in two more districts."
  }
}

/** Every message of a report for `text`, in English. */
function messages(text: string, options: AnalyzeOptions = {}): PitchMessage[] {
  return analyzeSync(text, {language: 'en', ...options}).messages
}

/** The messages of one rule. */
function of(text: string, ruleId: string, options: AnalyzeOptions = {}): PitchMessage[] {
  return messages(text, options).filter((m) => m.ruleId === ruleId)
}

/** The source text each message points at. */
function words(text: string, found: readonly PitchMessage[]): string[] {
  return found.map((m) => text.slice(m.place.start.offset, m.place.end.offset))
}

/** `options` with `rules[id]` set. */
function withRule(options: AnalyzeOptions | undefined, id: RuleId, setting: NonNullable<AnalyzeOptions['rules']>[RuleId]): AnalyzeOptions {
  return {...options, rules: {...options?.rules, [id]: setting}}
}

const storyRules = ['story-problem', 'story-hero', 'story-change', 'story-outcome', 'story-ask'] as const
const noStory: AnalyzeOptions = {rules: Object.fromEntries(storyRules.map((id) => [id, false]))}

test('every rule in the catalogue has a case here, and no case is for an unknown rule', () => {
  assert.deepEqual(Object.keys(cases).sort(), [...ruleIds].sort())
})

describe('each rule finds exactly its words', () => {
  for (const id of ruleIds) {
    const c = cases[id]
    test(`${id}: the positive example`, () => {
      const found = of(c.text, id, c.options)
      assert.deepEqual(words(c.text, found), c.findings.map((f) => f.words), 'places')
      found.forEach((message, index) => {
        const want = c.findings[index]!
        assert.equal(message.ruleId, id)
        assert.equal(message.source, 'pitch-coach')
        assert.equal(message.actual, want.words, 'actual')
        assert.deepEqual(message.expected, want.expected, 'expected')
        assert.equal(message.severity, want.severity, 'severity')
        assert.equal(message.reason, want.reason, 'reason')
        assert.ok(message.url?.endsWith(`docs/rules/${id}.md`), `url ${message.url}`)
        assert.equal(message.url, ruleUrl(id))
        assert.equal(typeof message.note, 'string')
        assert.ok(message.note!.length > 0)
      })
    })
    test(`${id}: the negative example`, () => {
      assert.deepEqual(of(c.clean, id, c.options), [])
    })
  }

  test('story-order: a result before the change that causes it', () => {
    const text = [
      '## Problem',
      'Maria, 84, struggles to leave her home when the pavements are icy.',
      '## Impact',
      'Missed appointments fell from 31 to 6 and Maria now sees her doctor again.',
      '## Solution',
      'We built SnowBuddy, an app that matches older residents with a neighbour who clears their path before 8 a.m.',
      'The neighbour gets a text at 6 a.m.',
      '## Ask',
      ask
    ].join('\n\n')
    const found = of(text, 'story-order')
    assert.deepEqual(words(text, found), ['Missed appointments fell from 31 to 6 and Maria now sees her doctor again.'])
    assert.equal(found[0]!.reason, 'A result comes before the change that causes it')
  })

  test('story-order: a goal or a problem statistic before the change is no result out of order', () => {
    const before = (second: string): string =>
      ['Maria, 84, struggles to leave her home when the pavements are icy.', second, 'We built SnowBuddy, an app that matches older residents with a neighbour who clears their path before 8 a.m.', ask].join('\n\n')
    // Both read as problem and outcome; neither reports a result of the change.
    assert.deepEqual(of(before('Our goal is fewer falls and fewer lonely winters.'), 'story-order'), [])
    assert.deepEqual(of(before('Falls on icy pavements rose from 310 to 540 last winter, and most of those hurt were over 75.'), 'story-order'), [])
  })

  test('story-outcome: an outcome that is only an aim is weak, reported as info on that sentence', () => {
    const aim = 'Our goal is that every older resident will be able to get out in winter.'
    const text = pitch(problem, change, aim, ask)
    const found = of(text, 'story-outcome')
    assert.deepEqual(words(text, found), [aim])
    assert.equal(found[0]!.reason, 'The outcome is weak: say what is different afterwards, with a figure')
    assert.equal(found[0]!.severity, 'info')
  })

  test('story-outcome: what a change is for ("to reduce …") is an aim, so the outcome is weak', () => {
    const purpose = 'We built a delivery service: volunteer cyclists bring medicine from the pharmacy within a day to reduce waiting and to improve their health.'
    const text = `Residents over 80 in Kallio wait three days for their medicine.\n\n${purpose}`
    const report = analyzeSync(text)
    // The sentence tells the change and what it is for. The outcome's evidence names the clause, and the
    // outcome is only an aim however high the sentence scores as one: the team's past tense ("We built")
    // reports the change, not a result, so the outcome is weak, neither present nor missing.
    assert.equal(report.structure.outcome.status, 'weak', JSON.stringify(report.structure.outcome))
    assert.equal(report.structure.outcome.evidence[0]!.text, purpose)
    assert.ok(report.structure.outcome.evidence[0]!.reasons.includes('says what it is for: “to reduce”'), JSON.stringify(report.structure.outcome))
    const found = of(text, 'story-outcome')
    assert.deepEqual(words(text, found), [purpose])
    assert.equal(found[0]!.reason, 'The outcome is weak: say what is different afterwards, with a figure')
    // Told in the present, the same aim is as weak.
    const present = analyzeSync('Residents wait three days for medicine.\n\nOur service delivers medicine within a day to reduce waiting and to improve their health.')
    assert.equal(present.structure.outcome.status, 'weak', JSON.stringify(present.structure.outcome))
    assert.ok(present.structure.outcome.evidence[0]!.reasons.includes('says what it is for: “to reduce”'), JSON.stringify(present.structure.outcome))
  })

  test('story-outcome: a result reported with figures is never called missing, however low it scores', () => {
    const text = [
      // A problem that does not read as an outcome at all, so that only the result can keep the outcome from missing.
      'Families in Lund buy drills they hardly ever use.',
      'We opened a tool library in the basement of the city library.',
      // An irregular past ("lent", as "fed", "slept" or "shrank") reports as an "-ed" form does.
      'The library lent 1,940 tools to 610 households.',
      'We ask the city for 12,000 euros to keep it open next year.'
    ].join('\n\n')
    const outcome = analyzeSync(text).structure.outcome
    // Below the score from which a measured outcome is present, and still not missing.
    assert.equal(outcome.status, 'weak', JSON.stringify(outcome))
    assert.ok(outcome.score > 0 && outcome.score < weights.status.measured, JSON.stringify(outcome))
    assert.match(outcome.evidence[0]!.text, /1,940 tools/)
    // Without the figures, nothing reports a result, and the outcome is missing.
    const bare = analyzeSync(text.replace('The library lent 1,940 tools to 610 households.', 'The room has shelves, a workbench and a coffee machine.'))
    assert.equal(bare.structure.outcome.status, 'missing')
  })

  // An element a sentence says in its own words is weak, never missing, however low that sentence scores;
  // without the sentence (or with one that lacks the words), the element is missing.
  const saidInWords: Array<{element: 'problem' | 'change' | 'outcome'; parts: string[]; said: string; reason: string; instead: string}> = [
    {
      element: 'problem',
      parts: [
        '# Mill memories: final report',
        'In 2025 the museum recorded interviews with forty former mill workers and put them online with photographs.',
        'The archive is now used by three schools.',
        // Last, as in many final reports: far from where problems usually stand, so its score stays low.
        'The main challenge was time: many of the oldest workers were too frail to take part.'
      ],
      said: 'The main challenge was time: many of the oldest workers were too frail to take part.',
      reason: 'says “challenge”',
      // A report sentence with figures but no word of difficulty does not keep the problem.
      instead: "The interviews were recorded in the workers' own homes."
    },
    {
      element: 'change',
      parts: [
        '# Are students lonely?',
        'Have you ever felt alone in a city full of people? Did you know that loneliness is as harmful as smoking? Why do so many young people feel that nobody would notice if they disappeared? Students move to a new city, leave their friends behind and sit alone in their rooms. Is this the student life we want?',
        'We want to do something about it. Our association is planning a series of evening events where students can meet in a relaxed setting, but we do not know yet if anyone will come.',
        'What could you do? Get in touch if you want to help.'
      ],
      said: 'Our association is planning a series of evening events where students can meet in a relaxed setting, but we do not know yet if anyone will come.',
      reason: 'says “is planning”',
      // Without it nothing hints at a change. (A hedged "Maybe cooking evenings, maybe walks" would still keep
      // the change weak: a sentence's own words that hint at a change do, cue or none; structure.test.ts.)
      instead: ''
    },
    {
      element: 'outcome',
      parts: [
        'Children in long-term hospital care spend weeks in rooms where nothing happens except tests and meals.',
        "Our musicians visit the children's ward every week and play, sing and write songs together with the children at their bedside.",
        'The children eat better and sleep more calmly on music days.',
        'We would be grateful for any support that helps us continue.'
      ],
      // Claimed, not reported: "Nurses say …" after the visits that turn the story would be an observed,
      // present outcome (structure.test.ts).
      said: 'The children eat better and sleep more calmly on music days.',
      reason: 'says “better”',
      // The same sentence without a word of change afterwards is no outcome.
      instead: 'The children know all the songs by heart.'
    }
  ]
  for (const {element, parts, said, reason, instead} of saidInWords) {
    // However low the sentence scores, the rule keeps the element weak: `judge` is tested with low scores in
    // structure.test.ts ("needs a score of 0.1").
    test(`story-${element}: said in its own words, it is weak, never missing`, () => {
      const text = parts.join('\n\n')
      const report = analyzeSync(text).structure[element]
      assert.equal(report.status, 'weak', JSON.stringify(report))
      assert.equal(report.evidence[0]!.text, said)
      assert.ok(report.evidence[0]!.reasons.includes(reason), JSON.stringify(report.evidence))
      const none = analyzeSync(text.replace(said, instead)).structure[element]
      assert.equal(none.status, 'missing', JSON.stringify(none))
      assert.deepEqual(none.evidence, [])
    })
  }

  test('story-outcome: an estimated result is assumed, not measured, so the outcome is weak', () => {
    const text = (last: string): string =>
      ['Older residents in Kotka pay 2,400 euros a year to heat draughty flats.', 'Our volunteers seal windows and doors in a single afternoon visit.', last].join('\n\n')
    const measured = analyzeSync(text('After sealing, heating bills fell from 2,400 to 2,100 euros a year.')).structure.outcome
    assert.equal(measured.status, 'present', JSON.stringify(measured))
    const estimated = analyzeSync(text('After sealing, heating bills fell from 2,400 to an estimated 2,100 euros a year.')).structure.outcome
    assert.equal(estimated.status, 'weak', JSON.stringify(estimated))
  })

  test('story-outcome: an outcome stated only as an aim is weak, never missing', () => {
    const aim = 'We want to cut the number of falls.'
    const text = ['Older residents in Kotka fall at home every winter.', 'Our volunteers visit them with a checklist and fix rugs and lighting.', aim].join('\n\n')
    const report = analyzeSync(text)
    const outcome = report.structure.outcome
    assert.equal(outcome.status, 'weak', JSON.stringify(outcome))
    assert.equal(outcome.evidence[0]!.text, aim)
    assert.ok(outcome.evidence[0]!.reasons.includes('says what it is for: “to cut”'), JSON.stringify(outcome.evidence))
    // The sentence may read as an outcome (the labelling rules give an aim the outcome's role); the aim keeps the element weak.
    assert.deepEqual(of(text, 'story-outcome').map((m) => m.reason), ['The outcome is weak: say what is different afterwards, with a figure'])
    // Without the aim, nothing states an after-state, and the outcome is missing.
    const none = analyzeSync(text.replace(aim, 'We have done this since 2021.'))
    assert.equal(none.structure.outcome.status, 'missing')
  })

  test('story-ask: an ask said in its own words is weak, never missing, however low it scores', () => {
    const text = readFileSync(new URL('../../../examples/pitches/fi-weak.md', import.meta.url), 'utf8')
    const ask = analyzeSync(text, {language: 'fi'}).structure.ask
    assert.equal(ask.status, 'weak', JSON.stringify(ask))
    assert.match(ask.evidence[0]!.text, /^Jos teitä kiinnostaa, niin ottakaa ihmeessä yhteyttä/)
    assert.ok(ask.evidence[0]!.reasons.length > 0, JSON.stringify(ask.evidence))
    // Told where a problem is told, the same kind of request reads little as an ask; its words still show it.
    const early = analyzeSync(
      '# Warm homes\n\n## The problem\n\nOlder residents in Kotka live in cold flats every winter. Contact us about it. Many of them sleep in their coats.\n\n' +
        '## Our solution\n\nWe visit each flat and seal the windows.\n\n## Results\n\nLast winter, 40 flats got two degrees warmer.'
    ).structure.ask
    assert.equal(early.status, 'weak', JSON.stringify(early))
    assert.equal(early.evidence[0]!.text, 'Contact us about it.')
    assert.deepEqual(early.evidence[0]!.reasons, ['says “Contact”'])
  })

  test('story-ask: a vague wish at the end is a weak ask', () => {
    const wish = 'We would love your support.'
    const text = pitch(problem, change, outcome, wish)
    const found = of(text, 'story-ask')
    assert.deepEqual(words(text, found), [wish])
    assert.equal(found[0]!.severity, 'info')
  })

  test('team-as-hero: counts the team and the people served across the whole pitch', () => {
    const text = 'We are three nurses. We built our app. Our app helps residents, and we love it.'
    assert.deepEqual(words(text, of(text, 'team-as-hero')), ['We'])
    // `nurses` and `residents` are people served: 5 team mentions ≥ 2 × 2.
    assert.match(of(text, 'team-as-hero')[0]!.reason, /`we` appears 5 times, the people you serve 2$/)
    assert.deepEqual(of(text, 'team-as-hero', {rules: {'team-as-hero': {ratio: 3}}}), [])
  })

  test('team-as-hero: a place is no one served, a person the pitch names is', () => {
    // "Linköping" is a capitalised word no list knows as a name: a place, not a person served.
    const text = 'Vi är ett ungt techbolag från Linköping. Vi grundades 2024. BoPortalen är en app för hyresgäster. Vi söker nu pilotkunder till vår app.'
    const found = of(text, 'team-as-hero', {language: 'sv'})
    assert.deepEqual(words(text, found), ['Vi'])
    // The people served: "hyresgäster" and "pilotkunder" (pilot customers, a compound whose head is "kunder").
    assert.match(found[0]!.reason, /4\D+2$/)
    // A known given name is a person served, and tips the balance.
    const named = 'Vi är ett ungt techbolag. Vi grundades 2024. Anna och Karin är hyresgäster. Vi söker nu pilotkunder till vår app.'
    assert.deepEqual(of(named, 'team-as-hero', {language: 'sv'}), [])
  })
})

describe('options', () => {
  for (const id of ruleIds) {
    const c = cases[id]
    test(`${id}: \`false\` removes its findings and nothing else`, () => {
      const on = messages(c.text, c.options)
      const off = messages(c.text, withRule(c.options, id, false))
      assert.ok(on.some((m) => m.ruleId === id), 'the example triggers the rule')
      assert.deepEqual(off.filter((m) => m.ruleId === id), [])
      assert.deepEqual(off, on.filter((m) => m.ruleId !== id))
    })

    test(`${id}: a severity override applies to every finding`, () => {
      const before = of(c.text, id, c.options)
      const severity: Severity = before.some((m) => m.severity === 'error') ? 'info' : 'error'
      const after = of(c.text, id, withRule(c.options, id, {severity}))
      assert.equal(after.length, before.length)
      assert.ok(after.length > 0)
      for (const message of after) assert.equal(message.severity, severity)
      assert.deepEqual(words(c.text, after), words(c.text, before))
    })
  }

  test('`true` leaves a rule on with its defaults', () => {
    const c = cases.hedge
    assert.deepEqual(of(c.text, 'hedge', {rules: {hedge: true}}), of(c.text, 'hedge'))
  })

  test('long-sentence: maxWords moves the limit, and a sentence of exactly maxWords words passes', () => {
    const c = cases['long-sentence']
    assert.deepEqual(of(c.text, 'long-sentence', {rules: {'long-sentence': {maxWords: 44}}}), [])
    assert.equal(of(c.text, 'long-sentence', {rules: {'long-sentence': {maxWords: 43}}}).length, 1)
    const ten = 'Our home carers drive along roads that nobody has cleared.'
    const eleven = 'Our home carers drive along icy roads that nobody has cleared.'
    assert.deepEqual(of(ten, 'long-sentence'), [])
    assert.deepEqual(of(ten, 'long-sentence', {rules: {'long-sentence': {maxWords: 10}}}), [])
    const found = of(eleven, 'long-sentence', {rules: {'long-sentence': {maxWords: 10}}})
    assert.deepEqual(words(eleven, found), [eleven.slice(0, -1)])
    assert.equal(found[0]!.reason, 'Long sentence: 11 words, more than 10')
  })

  test('team-as-hero: Finnish counts "we" on the verb and "our" as a suffix', () => {
    const text = 'Olemme kolme insinööriä Tampereelta. Rakensimme oman sovelluksen. Sovelluksemme on nopea, ja olemme siitä ylpeitä.'
    const found = of(text, 'team-as-hero', {language: 'fi'})
    assert.deepEqual(words(text, found), ['Olemme'])
    assert.match(found[0]!.reason, /4\D+0$/)
  })

  test('team-as-hero: minMentions is the fewest team mentions that can trigger it', () => {
    const text = 'We built an app. We tested it. Our team is proud.'
    assert.deepEqual(of(text, 'team-as-hero'), [])
    const found = of(text, 'team-as-hero', {rules: {'team-as-hero': {minMentions: 3}}})
    assert.deepEqual(words(text, found), ['We'])
    assert.match(found[0]!.reason, /`we` appears 3 times, the people you serve 0$/)
  })

  test('team-as-hero: ratio is how many times more team than people served it takes', () => {
    // Four team mentions, one person served (nurses).
    const text = 'We help nurses. We built our app, and our app is fast.'
    assert.match(of(text, 'team-as-hero')[0]!.reason, /`we` appears 4 times, the people you serve 1$/)
    assert.equal(of(text, 'team-as-hero', {rules: {'team-as-hero': {ratio: 4}}}).length, 1)
    assert.deepEqual(of(text, 'team-as-hero', {rules: {'team-as-hero': {ratio: 4.5}}}), [])
  })

  test('hard-sentence: minimum is how many of the seven formulas must agree', () => {
    // Four of seven find this too hard for a 16-year-old: enough by default (4, as retext-readability), not for 5.
    const text = 'Our volunteers deliver groceries to elderly neighbours twice a week.'
    assert.deepEqual(of(text, 'hard-sentence', {rules: {'hard-sentence': {minimum: 5}}}), [])
    const found = of(text, 'hard-sentence')
    assert.deepEqual(words(text, found), [text.slice(0, -1)])
    assert.equal(found[0]!.reason, 'Hard to read sentence (4/7)')
    assert.deepEqual(of(cases['hard-sentence'].text, 'hard-sentence', {rules: {'hard-sentence': {minimum: 6}}}), [])
  })

  test('hard-sentence: age is the reader age a sentence should suit', () => {
    const text = 'Maria walks her dog every morning before work.'
    assert.deepEqual(of(text, 'hard-sentence', {rules: {'hard-sentence': {minimum: 1}}}), [])
    const found = of(text, 'hard-sentence', {rules: {'hard-sentence': {age: 10, minimum: 3}}})
    assert.deepEqual(words(text, found), [text.slice(0, -1)])
    assert.equal(found[0]!.reason, 'Hard to read sentence (3/7)')
  })

  test('hard-sentence: lix is the Swedish and Finnish threshold', () => {
    const text = 'Handläggningstiden för ansökningar om bostadsanpassningsbidrag överstiger fortfarande kommunens rekommendationer betydligt.'
    const found = analyzeSync(text, {language: 'sv'}).messages.filter((m) => m.ruleId === 'hard-sentence')
    assert.deepEqual(words(text, found), [text.slice(0, -1)])
    assert.equal(found[0]!.reason, 'Svårläst mening (LIX 90)')
    assert.equal(found[0]!.severity, 'info')
    const higher = analyzeSync(text, {language: 'sv', rules: {'hard-sentence': {lix: 95}}}).messages
    assert.deepEqual(higher.filter((m) => m.ruleId === 'hard-sentence'), [])
  })

  test('hard-sentence: short sentences and headings are not judged', () => {
    assert.deepEqual(of('Interoperability remains problematic.', 'hard-sentence', {rules: {'hard-sentence': {minimum: 1}}}), [])
    assert.deepEqual(of('# ' + hardSentence, 'hard-sentence'), [])
  })

  test('over-time: only with a slot, and the preset sets one', () => {
    assert.deepEqual(of(full, 'over-time'), [])
    const long = Array.from({length: 4}, () => full).join('\n\n')
    assert.deepEqual(of(long, 'over-time', {preset: 'five-minute'}), [])
    assert.equal(of(long, 'over-time', {preset: 'elevator'}).length, 1)
    assert.equal(of(full, 'over-time', {speakingTime: {limitSeconds: 20, wordsPerMinute: 300}}).length, 0)
  })
})

describe('ignore comments', () => {
  const text = [
    'Maybe the bus is late.',
    '<!-- pitch-coach-disable hedge -->',
    'Maybe many trams are late.',
    '<!-- pitch-coach-enable hedge -->',
    'Maybe the train is late.'
  ].join('\n\n')
  const at = (needle: string, from = 0): number => text.indexOf(needle, from)

  test('disable and enable one rule: suppressed exactly inside the range, other rules untouched', () => {
    const found = messages(text, noStory)
    const hedges = found.filter((m) => m.ruleId === 'hedge').map((m) => m.place.start.offset)
    assert.deepEqual(hedges, [at('Maybe the bus'), at('Maybe the train')])
    assert.deepEqual(words(text, found.filter((m) => m.ruleId === 'vague-quantity')), ['many'])
  })

  test('a bare enable turns every rule on again', () => {
    const bare = text.replace('<!-- pitch-coach-enable hedge -->', '<!-- pitch-coach-enable -->')
    const hedges = messages(bare, noStory).filter((m) => m.ruleId === 'hedge')
    assert.deepEqual(hedges.map((m) => m.place.start.offset), [bare.indexOf('Maybe the bus'), bare.indexOf('Maybe the train')])
  })

  test('disable with several rule ids', () => {
    const two = text.replace('disable hedge', 'disable hedge vague-quantity')
    const found = messages(two, noStory)
    assert.deepEqual(found.filter((m) => m.ruleId === 'vague-quantity'), [])
    assert.equal(found.filter((m) => m.ruleId === 'hedge').length, 2)
  })

  test('disable all: every rule is off until enabled again', () => {
    const all = [
      'Maybe many buses are late.',
      '<!-- pitch-coach-disable -->',
      'Maybe many trams are late.',
      '<!-- pitch-coach-enable -->',
      'Maybe many trains are late.'
    ].join('\n\n')
    const found = messages(all, noStory)
    const starts = (id: string) => found.filter((m) => m.ruleId === id).map((m) => m.place.start.offset)
    assert.deepEqual(starts('hedge'), [all.indexOf('Maybe many buses'), all.indexOf('Maybe many trains')])
    assert.deepEqual(starts('vague-quantity'), [all.indexOf('many buses'), all.indexOf('many trains')])
  })

  test(
    'disable all, then re-enable one rule: only that rule comes back',
    () => {
      const text = [
        '<!-- pitch-coach-disable -->',
        'Maybe many trams are late.',
        '<!-- pitch-coach-enable hedge -->',
        'Maybe many trains are late.'
      ].join('\n\n')
      const found = messages(text, noStory)
      assert.deepEqual(words(text, found.filter((m) => m.ruleId === 'hedge')), ['Maybe'])
      assert.equal(found.find((m) => m.ruleId === 'hedge')?.place.start.offset, text.indexOf('Maybe many trains'))
      assert.deepEqual(found.filter((m) => m.ruleId === 'vague-quantity'), [])
    }
  )

  test('a comment inside a line of prose is not a directive', () => {
    const inline = 'Maybe the bus is late. <!-- pitch-coach-disable hedge --> Maybe the tram is late.'
    assert.equal(of(inline, 'hedge', noStory).length, 2)
  })

  test('structure findings are hidden by a comment before the sentence they point at; the structure is not', () => {
    const c = cases['story-problem']
    const hidden = '<!-- pitch-coach-disable story-problem -->\n\n' + c.text
    const report = analyzeSync(hidden, {language: 'en'})
    assert.deepEqual(report.messages.filter((m) => m.ruleId === 'story-problem'), [])
    assert.equal(report.structure.problem.status, 'missing')
  })
})

describe('presets', () => {
  const noAsk = cases['story-ask'].text

  test('an element the preset weighs is an error when missing', () => {
    assert.equal(of(noAsk, 'story-ask')[0]!.severity, 'warning')
    for (const preset of ['elevator', 'five-minute', 'challenge'] as const) {
      const found = of(noAsk, 'story-ask', {preset})
      assert.deepEqual(words(noAsk, found), [outcome], preset)
      assert.equal(found[0]!.severity, 'error', preset)
    }
  })

  test('an element the preset does not weigh stays a warning', () => {
    assert.equal(of(noAsk, 'story-ask', {preset: 'three-minute'})[0]!.severity, 'warning')
    const noHero = cases['story-hero'].text
    assert.equal(of(noHero, 'story-hero', {preset: 'elevator'})[0]!.severity, 'warning')
    assert.equal(of(noHero, 'story-hero', {preset: 'challenge'})[0]!.severity, 'error')
  })

  test('a weak element the preset weighs is a warning instead of info', () => {
    const weak = pitch(problem, change, outcome, 'We would love your support.')
    assert.equal(of(weak, 'story-ask')[0]!.severity, 'info')
    assert.equal(of(weak, 'story-ask', {preset: 'elevator'})[0]!.severity, 'warning')
  })

  test('a severity in the options wins over the preset', () => {
    const found = of(noAsk, 'story-ask', {preset: 'elevator', rules: {'story-ask': {severity: 'info'}}})
    assert.equal(found[0]!.severity, 'info')
  })
})

describe('languages', () => {
  const sv = (text: string, id: string) => analyzeSync(text, {language: 'sv', rules: noStory.rules}).messages.filter((m) => m.ruleId === id)
  const fi = (text: string, id: string) => analyzeSync(text, {language: 'fi', rules: noStory.rules}).messages.filter((m) => m.ruleId === id)

  test('Swedish lists and messages', () => {
    const text = 'Vi tror att vår app kanske kan hjälpa många äldre, typ.'
    assert.deepEqual(words(text, sv(text, 'hedge')), ['Vi tror', 'kanske'])
    assert.equal(sv(text, 'hedge')[0]!.reason, 'Garderingen `Vi tror` försvagar påståendet')
    assert.deepEqual(words(text, sv(text, 'vague-quantity')), ['många'])
    assert.deepEqual(words(text, sv(text, 'filler')), ['typ'])
    const stiff = 'Vi utnyttjar sensorer i syfte att minska väntetiden.'
    assert.deepEqual(sv(stiff, 'simpler').map((m) => [m.actual, m.expected]), [['utnyttjar', ['använder']], ['i syfte att', ['för att']]])
  })

  test('Swedish passive: bli + participle and the -eras forms', () => {
    const text = 'Systemet implementeras nästa år och blev byggt av kommunen.'
    assert.deepEqual(words(text, sv(text, 'passive')), ['implementeras', 'blev byggt'])
    assert.deepEqual(sv('Det blir bättre nästa år för alla.', 'passive'), [])
  })

  test('Finnish lists, passive endings and team words', () => {
    const text = 'Me uskomme, että sovelluksemme ehkä auttaa monia ikäihmisiä, niinku.'
    assert.deepEqual(words(text, fi(text, 'hedge')), ['Me uskomme', 'ehkä'])
    assert.deepEqual(words(text, fi(text, 'filler')), ['niinku'])
    const passive = 'Hanke toteutettiin viime vuonna ja työ tehdään nopeasti.'
    assert.deepEqual(words(passive, fi(passive, 'passive')), ['toteutettiin', 'tehdään'])
    const team = 'Me olemme neljä insinööriä. Me rakensimme meidän sovelluksen. Meidän sovellus on nopea ja me olemme ylpeitä.'
    // Five forms of "me", and three verbs that say "we" themselves (olemme, rakensimme, olemme).
    assert.match(fi(team, 'team-as-hero')[0]!.reason, /`me` 8 kertaa, palvelemanne ihmiset 0\b/)
  })
})

describe('documentation', () => {
  /** The text of a `## Heading` section of a page, up to the next `## `. */
  const section = (page: string, heading: string): string => {
    const start = page.indexOf(`\n## ${heading}\n`)
    assert.notEqual(start, -1, `section "${heading}"`)
    const rest = page.slice(start + heading.length + 5)
    const end = rest.search(/\n## /)
    return end === -1 ? rest : rest.slice(0, end)
  }
  /** The first fenced block of a language in `text`. */
  const block = (text: string, language: string): string | undefined => {
    const match = new RegExp('^```' + language + '\\n([\\s\\S]*?)\\n```$', 'm').exec(text)
    return match?.[1]
  }
  const order = ['What it checks', 'Family and severity', 'Example', 'Message', 'Fix', 'Options', 'Turn it off', 'Languages', 'Limits']

  for (const id of ruleIds) {
    test(`${id}: docs/rules/${id}.md exists, is the rule's url, and its example triggers the rule`, () => {
      const file = new URL(`${id}.md`, docs)
      assert.ok(existsSync(file), fileURLToPath(file))
      assert.ok(ruleUrl(id).endsWith(`docs/rules/${id}.md`))
      const page = readFileSync(file, 'utf8')
      assert.equal(page.split('\n')[0], `# \`${id}\``)
      const headings = [...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]!)
      assert.deepEqual(headings.filter((h) => order.includes(h)), order, 'sections, in order')
      assert.ok(page.includes(rules[id].family), 'names its family')

      const example = section(page, 'Example')
      const markdown = block(example, 'markdown')
      assert.ok(markdown, 'a ```markdown example')
      const json = block(example, 'json')
      const options: AnalyzeOptions = json === undefined ? {} : (JSON.parse(json) as AnalyzeOptions)
      const found = of(markdown, id, options)
      assert.ok(found.length > 0, 'the example triggers the rule')
      const message = section(page, 'Message')
      for (const m of found) assert.ok(message.includes(m.reason), `the page shows the real reason: ${m.reason}`)
      assert.ok(message.includes(found[0]!.note!), 'the page shows the real note')

      const fix = block(section(page, 'Fix'), 'markdown')
      assert.ok(fix, 'a ```markdown fix')
      assert.deepEqual(of(fix, id, options), [], 'the fix does not trigger the rule')

      for (const key of Object.keys(rules[id].thresholds)) assert.ok(section(page, 'Options').includes('`' + key + '`'), `documents ${key}`)
      assert.ok(section(page, 'Turn it off').includes(`pitch-coach-disable ${id}`))
    })
  }

  test('the index lists every rule with its family and a link to its page', () => {
    const index = readFileSync(new URL('README.md', docs), 'utf8')
    for (const id of ruleIds) {
      const row = index.split('\n').find((line) => line.startsWith(`| [\`${id}\`](${id}.md) |`))
      assert.ok(row, id)
      assert.ok(row.includes(`| ${rules[id].family} |`), `${id} family`)
    }
  })
})

describe('hard-sentence follows retext-readability', () => {
  // Plain English sentences of varied difficulty (0 to 5 of 7 formulas).
  const sentences = [
    'The cat sat on the mat.',
    'We help old people get to the shop when the roads are icy.',
    'Maria walks her dog every morning before work.',
    'Our volunteers deliver groceries to elderly neighbours twice a week.',
    'The municipality spends considerable money on snow clearance every winter.',
    'Residents complain that the current booking system is complicated and slow.',
    'The elderly residents of the district experience significant difficulties accessing healthcare facilities during winter.',
    'Approximately seventy percent of participating households reported substantially reduced electricity consumption afterwards.',
    'Interoperability between heterogeneous information systems remains problematic for regional healthcare organisations.',
    'Our well-known, award-winning team delivers state-of-the-art, data-driven solutions.',
    "We don't know why the bus is late so often, but it's a big problem.",
    'Dr. Smith met the nurses at the hospital yesterday.',
    'We ask for 20,000 euros to run the pilot for 12 months.',
    'Teachers spend approximately fifteen hours every month on administrative documentation.',
    'Libraries could become community hubs for digital inclusion.',
    'She waits forty minutes for the bus every day.',
    'Our co-operative approach doesn’t require expensive infrastructure investments.',
    'Residents (especially pensioners) struggle with digital identification procedures.',
    'Wait times fell from 45 to 12 minutes—a 73% reduction!',
    'The ratio is 3.5 times higher—and rising fast among teenagers.'
  ]
  const processor = unified().use(retextEnglish).use(retextReadability)

  /** retext-readability's votes (0 when it does not report the sentence). */
  function retextVotes(sentence: string): number {
    const file = new VFile(sentence)
    processor.runSync(processor.parse(file), file)
    const reason = file.messages[0]?.reason
    if (reason === undefined) return 0
    const match = /according to (?:(\d) out of|all) 7/.exec(reason)
    assert.ok(match, reason)
    return match[1] === undefined ? 7 : Number(match[1])
  }

  /** The engine's votes at retext-readability's defaults (age 16, 4 of 7). */
  function engineVotes(sentence: string): number {
    const found = of(sentence, 'hard-sentence', {rules: {'hard-sentence': {minimum: 4}}})
    assert.ok(found.length <= 1)
    return found[0] === undefined ? 0 : Number(/\((\d)\/7\)/.exec(found[0].reason)![1])
  }

  test('the sentences cover easy and hard verdicts', () => {
    const verdicts = sentences.map((s) => retextVotes(s) > 0)
    assert.ok(verdicts.filter(Boolean).length >= 5)
    assert.ok(verdicts.filter((v) => !v).length >= 5)
  })

  for (const sentence of sentences) {
    test(`same verdict: ${sentence}`, () => {
      assert.equal(engineVotes(sentence), retextVotes(sentence))
    })
  }

  test('same verdict with an abbreviation that has inner dots (e.g. is one word)', () => {
    const sentence = 'We work with e.g. libraries, schools and municipalities across Finland.'
    assert.equal(engineVotes(sentence), retextVotes(sentence))
  })
})

describe('misreadings found and their fixes', () => {
  test(
    'story-change: a clear change told after four problem sentences is found',
    () => {
      const text = pitch(
        "Maria, 84, lives alone in Kallio. She struggles to leave her home when the pavements are icy. Last winter she missed three appointments because nobody cleared her path. Her daughter lives 300 km away and worries every day.",
        'After one winter with SnowBuddy, missed appointments fell from 31 to 6 and Maria now sees her doctor again.',
        'We built SnowBuddy, an app that matches older residents with a neighbour who clears their path before 8 a.m. The neighbour gets a text at 6 a.m.',
        ask
      )
      assert.deepEqual(of(text, 'story-change'), [])
    }
  )

  test('story-outcome: a plain before → after result is found, and present', () => {
    const result = 'By spring, Aino went out 40 times instead of 5.'
    const text = pitch(
      'Aino, 81, spends the whole winter indoors in Hervanta, watching the icy street from her window.',
      'We built an app that finds her a neighbour who clears her path.',
      result,
      'We ask the city for 5,000 euros to test it in two more districts.'
    )
    assert.deepEqual(of(text, 'story-outcome'), [])
    const outcome = analyzeSync(text).structure.outcome
    assert.equal(outcome.status, 'present')
    assert.ok(outcome.score < weights.status.present.outcome, `${outcome.score}: below the general threshold, present because the sentence measures it`)
    // The same sentence as a hope is not measured, and stays weak.
    const hoped = analyzeSync(text.replace(result, 'By spring, we hope Aino will go out 40 times instead of 5.')).structure.outcome
    assert.equal(hoped.status, 'weak', JSON.stringify(hoped))
  })

  test('hedge: "rather than" is a comparison, not a hedge', () => {
    assert.deepEqual(of('We walk rather than drive to the school.', 'hedge', noStory), [])
  })

  test('passive: adjectives after "are" are not passives', () => {
    assert.deepEqual(of('We are based in Oulu and we are interested in schools.', 'passive', noStory), [])
  })

  test('passive: "is used" is a passive', () => {
    assert.deepEqual(words('The app is used by 300 pupils.', of('The app is used by 300 pupils.', 'passive', noStory)), ['is used'])
  })
})
