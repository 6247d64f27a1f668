import assert from 'node:assert/strict'
import {test} from 'node:test'
import {detectLanguage, minimumWords} from '../src/document/language.ts'
import {profiles} from '../src/languages/index.ts'
import type {LanguageProfile} from '../src/languages/types.ts'
import {PhraseSet} from '../src/document/phrases.ts'
import {featureLists} from '../src/analysers/structure/features.ts'

// ---------------------------------------------------------------------------
// Detection. Every text here is written for this test.

const swedish =
  'Varje vecka ringer Agneta, 79, till vårdcentralen för att förnya sina recept. Hon väntar ofta en timme i telefonkön, och när hon kommer fram är tiderna slut. Vi vill ge de äldre i Borlänge ett enklare sätt att få hjälp.'
const finnish =
  'Joka viikko Aino, 79, soittaa terveysasemalle uusiakseen reseptinsä. Hän odottaa puhelinjonossa usein tunnin, ja kun hän pääsee läpi, ajat ovat jo loppuneet. Haluamme tarjota Kuopion ikäihmisille helpomman tavan saada apua.'
const english =
  'Every week Agnes, 79, calls the health centre to renew her prescriptions. She often waits an hour in the phone queue, and when she gets through, the appointments are gone. We want to give older people in Dundee an easier way to get help.'

test('detectLanguage: a Swedish paragraph is Swedish, reliably', () => {
  const result = detectLanguage(swedish)
  assert.equal(result.language, 'sv')
  assert.equal(result.reliable, true)
  assert.ok(result.confidence > 0.5, `confidence ${result.confidence}`)
})

test('detectLanguage: a Finnish paragraph is Finnish, reliably', () => {
  const result = detectLanguage(finnish)
  assert.equal(result.language, 'fi')
  assert.equal(result.reliable, true)
  assert.ok(result.confidence > 0.5, `confidence ${result.confidence}`)
})

test('detectLanguage: an English paragraph is English, reliably', () => {
  const result = detectLanguage(english)
  assert.equal(result.language, 'en')
  assert.equal(result.reliable, true)
  assert.ok(result.confidence > 0.5, `confidence ${result.confidence}`)
})

test('detectLanguage: Swedish full of English loanwords stays Swedish', () => {
  const text =
    'Vår app använder machine learning och en smart dashboard för last mile delivery. Piloten med tre food trucks i Malmö visade att leveranserna blev snabbare, och nu söker vi en partner för scale-up under våren.'
  assert.equal(detectLanguage(text).language, 'sv')
})

test('detectLanguage: Finnish with names and English words stays Finnish', () => {
  const text =
    'Tiimimme Jyväskylästä kehitti startup-hengessä mobiilisovelluksen, jonka avulla Matti Virtanen ja muut omaishoitajat voivat varata tauon helposti. Pilotissa oli mukana neljäkymmentä perhettä, ja palaute oli erinomaista.'
  assert.equal(detectLanguage(text).language, 'fi')
})

test('detectLanguage: English with Swedish and Finnish place and person names stays English', () => {
  const text =
    'Last spring Åsa Lindqvist from Umeå and Jukka Häkkinen from Jyväskylä tested our booking tool with forty families. The waiting time for respite care fell from six weeks to nine days, and both councils want to continue.'
  assert.equal(detectLanguage(text).language, 'en')
})

test('detectLanguage: a mixed text takes the language of most of it', () => {
  const text = swedish + ' Our pilot was funded by the EU.'
  assert.equal(detectLanguage(text).language, 'sv')
  assert.equal(detectLanguage(finnish + ' We need a partner.').language, 'fi')
})

test('detectLanguage: Markdown, numbers and URLs do not sway it', () => {
  const text = '# Trygg hemgång\n\n' + swedish + '\n\n- 3 400 personer, 18 %\n\nLäs mer: https://www.example.com/the-thing-with-words-and-more'
  assert.equal(detectLanguage(text).language, 'sv')
})

test('detectLanguage: short texts default to English and are never reliable', () => {
  for (const text of ['Hej!', 'Moi', 'Thanks a lot', 'Maria Andersson', 'Pilot 2027']) {
    const result = detectLanguage(text)
    assert.equal(result.language, 'en', text)
    assert.equal(result.reliable, false, text)
  }
})

test('detectLanguage: short texts with strong Swedish or Finnish evidence keep their language, unreliably', () => {
  assert.deepEqual(
    [detectLanguage('Vi söker en partner och pengar.').language, detectLanguage('Vi söker en partner och pengar.').reliable],
    ['sv', false]
  )
  const finnishShort = detectLanguage('Haemme kumppania pilottiin, ja se on tärkeää.')
  assert.equal(finnishShort.language, 'fi')
  assert.equal(finnishShort.reliable, false)
})

test('detectLanguage: the reliability threshold is a number of words', () => {
  const words = 'och att det som är på'.split(' ')
  assert.ok(words.length < minimumWords)
  assert.equal(detectLanguage(words.join(' ')).reliable, false)
})

test('detectLanguage: an empty text is English with no confidence', () => {
  assert.deepEqual(detectLanguage(''), {language: 'en', confidence: 0, reliable: false})
  assert.deepEqual(detectLanguage('  \n 42 — ! '), {language: 'en', confidence: 0, reliable: false})
})

test('detectLanguage: confidence is between 0 and 1', () => {
  for (const text of [swedish, finnish, english, 'ja', 'och', 'the']) {
    const {confidence} = detectLanguage(text)
    assert.ok(confidence >= 0 && confidence <= 1, `${text}: ${confidence}`)
  }
})

test('detectLanguage: a non-string throws a TypeError that names the problem', () => {
  assert.throws(() => detectLanguage(42 as unknown as string), {name: 'TypeError', message: /text.*string/})
})

// ---------------------------------------------------------------------------
// The profile contract.

const {en} = profiles
const others = [profiles.sv, profiles.fi]

function placeholders(template: string): string {
  return [...new Set(template.match(/\{\d+\}/g) ?? [])].sort().join(',')
}

/** Every template of a profile's messages, by a dotted key. */
function templates(profile: LanguageProfile): Map<string, string> {
  const result = new Map<string, string>()
  const {messages} = profile
  for (const group of ['reasons', 'notes', 'status', 'elements', 'missing', 'weak', 'evidence'] as const) {
    for (const [key, value] of Object.entries(messages[group])) result.set(group + '.' + key, value)
  }
  result.set('reported', messages.reported)
  result.set('narrativeCaveat', messages.narrativeCaveat)
  result.set('spineSeparator', messages.spineSeparator)
  return result
}

/** Every phrase list of a profile, by name. */
function phraseLists(profile: LanguageProfile): Map<string, readonly string[]> {
  const lists = new Map<string, readonly string[]>([
    ['team', profile.team],
    ['people', profile.people],
    ['notPeople', profile.notPeople ?? []],
    ['organisations', profile.organisations ?? []],
    ['compoundHeads', profile.compoundHeads ?? []],
    ['ageWords', profile.ageWords ?? []],
    ['genericPeople', profile.genericPeople],
    ['personPronouns', profile.personPronouns],
    ['notNames', profile.notNames],
    ['aims', profile.aims],
    ['units', profile.units],
    ['negations', profile.negations],
    ['comparatives', profile.comparatives],
    ['notComparatives', profile.notComparatives ?? []],
    ['locatives', profile.locatives ?? []],
    ['copulas', profile.copulas ?? []],
    ['pastModals', profile.pastModals ?? []],
    ['started', profile.started ?? []],
    ['relief.before', profile.relief?.before ?? []],
    ['relief.after', profile.relief?.after ?? []],
    ['selfIntroductions', profile.selfIntroductions ?? []],
    ['teamIntroductions', profile.teamIntroductions ?? []],
    ['announcedParts', profile.announcedParts ?? []],
    ['times', profile.times ?? []],
    ['counterfactuals', profile.counterfactuals ?? []],
    ['purpose', profile.purpose ?? []],
    ['notPurpose', profile.notPurpose ?? []],
    ['currencies', profile.currencies ?? []],
    ['openEnded', profile.openEnded ?? []],
    ['worsening.rising', profile.worsening?.rising ?? []],
    ['worsening.burdens', profile.worsening?.burdens ?? []],
    ['hedges', profile.style.hedges],
    ['degreeHedges', profile.style.degreeHedges ?? []],
    ['buzzwords', profile.style.buzzwords],
    ['vague', profile.style.vague],
    ['fillers', profile.style.fillers],
    ['simpler', Object.keys(profile.style.simpler)],
    ['passiveAuxiliaries', profile.style.passiveAuxiliaries],
    ['irregularParticiples', profile.style.irregularParticiples ?? []],
    ['numberWords', profile.numberWords ?? []]
  ])
  for (const [element, phrases] of Object.entries(profile.sections ?? {})) lists.set('sections.' + element, phrases)
  for (const [kind, words] of Object.entries(profile.connectives)) lists.set('connectives.' + kind, words)
  for (const [element, cues] of Object.entries(profile.cues)) lists.set('cues.' + element, cues.map((cue) => cue.phrase))
  return lists
}

/** The documented phrase syntax, for one word: `stem*` is a prefix, anything else exact. */
function matchesWord(phrase: string, word: string): boolean {
  return phrase.endsWith('*') ? word.startsWith(phrase.slice(0, -1)) : word === phrase
}

function matchesAny(list: readonly string[], word: string): boolean {
  return list.some((phrase) => !phrase.includes(' ') && matchesWord(phrase, word))
}

test('profiles: sv and fi are their own profiles, not the English fallback', () => {
  assert.equal(profiles.sv.code, 'sv')
  assert.equal(profiles.fi.code, 'fi')
  assert.notEqual(profiles.sv, en)
  assert.notEqual(profiles.fi, en)
  assert.equal(profiles.sv.readability, 'lix')
  assert.equal(profiles.fi.readability, 'lix')
  for (const profile of others) {
    assert.ok((profile.numberWords ?? []).length > 10, `${profile.code} numberWords`)
    assert.deepEqual(Object.keys(profile.sections ?? {}).sort(), ['ask', 'change', 'outcome', 'problem'], `${profile.code} sections`)
  }
})

test('profiles: every profile has the same message keys and placeholders as English', () => {
  const reference = templates(en)
  for (const profile of others) {
    const own = templates(profile)
    assert.deepEqual([...own.keys()].sort(), [...reference.keys()].sort(), profile.code)
    for (const [key, template] of reference) {
      assert.equal(placeholders(own.get(key) ?? ''), placeholders(template), `${profile.code} ${key}`)
      assert.ok((own.get(key) ?? '').length > 0, `${profile.code} ${key} is empty`)
    }
  }
})

test('profiles: the Swedish and Finnish messages are written in their language, not left in English', () => {
  for (const profile of others) {
    for (const [key, template] of templates(profile)) {
      // An element's name may be the same word ("problem" in Swedish).
      if (key === 'spineSeparator' || key.startsWith('elements.')) continue
      assert.notEqual(template, templates(en).get(key), `${profile.code} ${key} is the English text`)
    }
  }
})

test('profiles: every phrase parses (lower case, single spaces, a star only at the end of a word)', () => {
  for (const profile of [en, ...others]) {
    for (const [name, list] of phraseLists(profile)) {
      for (const phrase of list) {
        const where = `${profile.code} ${name}: ${JSON.stringify(phrase)}`
        assert.equal(phrase, phrase.toLowerCase(), where)
        assert.ok(phrase.trim() === phrase && phrase !== '', where)
        assert.ok(!/\s\s|[\t\n]/.test(phrase), where)
        assert.ok(phrase.split(' ').every((word) => word !== '*' && !word.slice(0, -1).includes('*')), where)
      }
    }
  }
})

test('profiles: a compound head is one word, in a language that writes compounds as one word', () => {
  for (const profile of [en, ...others]) {
    for (const head of profile.compoundHeads ?? []) assert.ok(!head.includes(' '), `${profile.code}: ${head}`)
    if (profile.compoundHeads !== undefined) assert.notEqual(profile.compoundRest, undefined, profile.code)
  }
})

test('profiles: a group\'s base forms are lower-case words of a language with case forms, each stem starting its singular or its plural, and a people word', () => {
  for (const profile of [en, ...others]) {
    const forms = profile.groupBaseForms ?? []
    if (forms.length > 0) assert.equal(profile.caseForms, true, profile.code)
    const lists = featureLists(profile)
    const heads = new PhraseSet((profile.compoundHeads ?? []).map((head) => [head, undefined] as const))
    for (const [singular, plural, ...stems] of forms) {
      const where = `${profile.code}: ${singular}`
      assert.ok(stems.length > 0, where)
      for (const word of [singular, plural, ...stems]) assert.match(word, /^\p{Ll}+$/u, where)
      assert.ok(stems.some((stem) => singular.startsWith(stem)) && stems.some((stem) => plural.startsWith(stem)), where)
      // Only people words, the heads of compounds that name people ("eka|luokkalainen") or people named by their
      // age ("80-vuotiaat"): the spine names a group by them (`protagonistGroup` finds it by the people lists).
      for (const word of [singular, plural]) assert.ok(lists.people.test([word]) || heads.test([word]) || lists.agePeople(`80-${word}`) !== undefined, `${where}: ${word}`)
    }
  }
})

test('profiles: no phrase list repeats a phrase', () => {
  for (const profile of others) {
    for (const [name, list] of phraseLists(profile)) {
      assert.equal(new Set(list).size, list.length, `${profile.code} ${name}`)
    }
  }
})

test('profiles: degree hedges are hedges, and every language keeps some hedges of doubt', () => {
  for (const code of ['en', 'sv', 'fi'] as const) {
    const {hedges, degreeHedges = []} = profiles[code].style
    for (const word of degreeHedges) assert.ok(hedges.includes(word), `${code}: "${word}" is a degree hedge but no hedge`)
    // What the structure reads as doubt (a weak change) is what is left: it must not be empty.
    assert.ok(hedges.filter((word) => !degreeHedges.includes(word)).length >= 10, code)
  }
})

test('profiles: abbreviations are lower case, without the final dot or spaces', () => {
  for (const profile of [en, ...others]) {
    for (const abbreviation of profile.abbreviations) {
      assert.match(abbreviation, /^[\p{Ll}\d]+(?:\.[\p{Ll}\d]+)*$/u, `${profile.code}: ${abbreviation}`)
    }
  }
  for (const required of ['t.ex', 'bl.a', 's.k', 'ca']) assert.ok(profiles.sv.abbreviations.includes(required), required)
  for (const required of ['esim', 'ym', 'jne', 'n', 'mm']) assert.ok(profiles.fi.abbreviations.includes(required), required)
  assert.ok(!profiles.fi.abbreviations.includes('eli'), '"eli" is a word')
})

test('profiles: cue weights are finite and the hero has no cues', () => {
  for (const profile of others) {
    assert.deepEqual(profile.cues.hero, [])
    for (const [element, cues] of Object.entries(profile.cues)) {
      for (const cue of cues) {
        assert.ok(Number.isFinite(cue.weight) && Math.abs(cue.weight) <= 3, `${profile.code} ${element} ${cue.phrase}`)
      }
    }
  }
})

test('profiles: simpler alternatives are non-empty', () => {
  for (const profile of others) {
    for (const [phrase, alternatives] of Object.entries(profile.style.simpler)) {
      assert.ok(alternatives.length > 0 && alternatives.every((a) => a.trim() !== ''), `${profile.code} ${phrase}`)
    }
  }
})

test('profiles: passive endings are bare lower-case endings (the analyser tests `word.endsWith(ending)`)', () => {
  for (const profile of others) {
    for (const ending of profile.style.passiveEndings) assert.match(ending, /^\p{Ll}{2,}$/u, `${profile.code} ${ending}`)
  }
  // A passive is found; the deponent "lyckades" and the noun "tehtävä" are not.
  const passive = (profile: LanguageProfile, word: string) => profile.style.passiveEndings.some((e) => word.length > e.length + 2 && word.endsWith(e))
  assert.ok(passive(profiles.sv, 'implementeras'))
  assert.ok(!passive(profiles.sv, 'lyckades'))
  assert.ok(passive(profiles.fi, 'käytetään'))
  assert.ok(passive(profiles.fi, 'tehdään'))
  assert.ok(!passive(profiles.fi, 'tehtävä'))
  assert.ok(!passive(profiles.fi, 'kotiin'))
  assert.ok(!passive(profiles.fi, 'itsestään'))
  assert.deepEqual(profiles.fi.style.passiveAuxiliaries, [])
})

test('profiles: the Narrative Index connectives of the issue are there', () => {
  const sv = profiles.sv.connectives
  assert.deepEqual([sv.and, sv.but], [['och'], ['men']])
  for (const word of ['dock', 'utan']) assert.ok(sv.contrast.includes(word), word)
  for (const word of ['därför', 'så']) assert.ok(sv.consequence.includes(word), word)
  const fi = profiles.fi.connectives
  assert.deepEqual([fi.and, fi.but], [['ja'], ['mutta']])
  for (const word of ['vaan', 'kuitenkin']) assert.ok(fi.contrast.includes(word), word)
  for (const word of ['siksi', 'joten', 'niin']) assert.ok(fi.consequence.includes(word), word)
})

test('profiles: role nouns match their inflected forms', () => {
  for (const word of ['invånarna', 'sjuksköterskorna', 'undersköterskan', 'föräldrarna', 'eleverna', 'patienterna', 'brukarna', 'hemtjänsten']) {
    assert.ok(matchesAny(profiles.sv.people, word), `sv ${word}`)
  }
  for (const word of ['asukkaille', 'asukas', 'hoitajien', 'sairaanhoitajat', 'lapsille', 'lasten', 'vanhuksille', 'ikäihmisten', 'oppilaat', 'kotihoidon', 'potilaiden', 'asiakas']) {
    assert.ok(matchesAny(profiles.fi.people, word), `fi ${word}`)
  }
})

test('profiles: stems that would swallow common words of another meaning are not starred', () => {
  // "brukar" (usually does), "kunde" (could), "kommunicera", "man" (one).
  for (const word of ['brukar', 'kunde', 'kommunicera', 'man']) assert.ok(!matchesAny(profiles.sv.people, word), `sv ${word}`)
  // "sairaanhoitaja" is a nurse, not a problem; "pelkkä" (mere) is not fear; "liittyy" (relates) is no ask.
  assert.ok(!matchesAny(profiles.fi.cues.problem.map((c) => c.phrase), 'sairaanhoitaja'))
  assert.ok(!matchesAny(profiles.fi.cues.problem.map((c) => c.phrase), 'pelkkä'))
  assert.ok(!matchesAny(profiles.fi.cues.ask.map((c) => c.phrase), 'liittyy'))
})

test('profiles: Finnish team words are pronoun forms, and the people list keeps the pronoun hän', () => {
  for (const word of ['me', 'meidän', 'meille', 'meitä']) assert.ok(profiles.fi.team.includes(word), word)
  assert.ok(profiles.fi.personPronouns.includes('hän'))
  assert.ok(profiles.sv.personPronouns.includes('hen'))
})

test('profiles: a calm pace is slower in words for Swedish and Finnish, whose words are longer', () => {
  assert.ok(profiles.sv.wordsPerMinute < en.wordsPerMinute)
  assert.ok(profiles.fi.wordsPerMinute < profiles.sv.wordsPerMinute)
})

test('profiles: every label of the amount applied for is a label of the ask section, which it must be to count', () => {
  for (const [code, profile] of Object.entries(profiles) as Array<[string, LanguageProfile]>) {
    assert.ok((profile.amountLabels ?? []).length > 0, `${code} has labels of the amount applied for`)
    const ask = PhraseSet.of(profile.sections?.ask ?? [])
    for (const label of profile.amountLabels ?? []) {
      const words = label.split(' ')
      // Every word of the label is covered by the ask section's phrases, as a section label must be.
      const covered = new Set(ask.match(words).flatMap((m) => Array.from({length: m.last - m.first + 1}, (_, k) => m.first + k)))
      assert.equal(covered.size, words.length, `${code}: "${label}" is read as a label of sections.ask`)
    }
  }
})
