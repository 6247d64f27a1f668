/**
 * The structure analyser: per-sentence features, the scoring model, and
 * the story built from it (statuses, evidence, questions, order, team as
 * hero, spine), on small inline pitches.
 */
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {analyzeSync, type PitchReport} from '../src/index.ts'
import {modelDocument} from '../src/engine.ts'
import {featureLists, inDocument, pitchFeatures, reportsSpeech, sentenceFeatures, type SentenceFeatures} from '../src/analysers/structure/features.ts'
import {bareTitle, clearRequest, contributions, explain, featureNames, firstStage, gapFloor, gapInput, gapLeast, logit, parts, problemLater, scoreSentences, stackInputs, stackLogit, vectors} from '../src/analysers/structure/scoring.ts'
import {weights} from '../src/analysers/structure/weights.ts'
import {groupBaseForm, judge, order, readsAs, story as tell, storySentences} from '../src/analysers/structure/elements.ts'
import {profiles} from '../src/languages/index.ts'
import {resolveOptions} from '../src/options.ts'
import type {Element, Language} from '../src/types.ts'

function features(text: string, language: Language = 'en'): {document: ReturnType<typeof modelDocument>; features: SentenceFeatures[]} {
  const document = modelDocument(text, resolveOptions({language}))
  const lists = featureLists(profiles[language])
  return {document, features: document.sentences.map((s) => sentenceFeatures(s, lists))}
}

/** The names a text's sentences read (`SentenceFeatures.names`), in order. */
const namesIn = (text: string, language: Language = 'en'): string[] => features(text, language).features.flatMap((f) => f.names)

/** The ask cues a text's first sentence carries (`SentenceFeatures.cues.ask`), by phrase. */
const ask = (text: string, language: Language): string[] => features(text, language).features[0]!.cues.ask.map((hit) => hit.phrase)

const reasons = (r: PitchReport, element: 'problem' | 'hero' | 'change' | 'outcome' | 'ask'): string[] => r.structure[element].evidence.flatMap((e) => e.reasons)

/**
 * The story of a text as the story rules tell it from set scores: each sentence that starts with a key of
 * `set` scores as given there (0 for the elements it leaves out), every other sentence 0, and what a sentence's
 * own words carry (`content`) is clear wherever it scores. A test of a rule that acts on scores sets the scores
 * it needs, so that it does not rest on what a refit of the weights reads.
 */
function storyWith(text: string, set: Record<string, Partial<Record<Element, number>>>, language: Language = 'en'): ReturnType<typeof tell> {
  const options = resolveOptions({language})
  const document = modelDocument(text, options)
  const f = pitchFeatures(document.sentences, featureLists(profiles[language]))
  const scores = scoreSentences(document.sentences, f)
  const keys = Object.keys(set)
  for (const [i, sentence] of document.sentences.entries()) {
    const words = text.slice(sentence.start, sentence.end)
    const key = keys.find((k) => words.startsWith(k))
    for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) {
      const value = key === undefined ? 0 : (set[key]![element] ?? 0)
      scores[i]!.score[element] = value
      scores[i]!.content[element] = value > 0 ? 3 : 0
    }
  }
  const absent = keys.filter((k) => !document.sentences.some((s) => text.slice(s.start, s.end).startsWith(k)))
  assert.deepEqual(absent, [], 'every sentence the test sets a score for starts a sentence of the text')
  return tell(document, f, scores, options, profiles[language])
}

const story = [
  'Every morning, Maria, 84, waits three hours for the bus to the pharmacy because the village has no shop.',
  'Last winter she missed her heart medicine twice.',
  '',
  'Our app matches her with a neighbour who drives to town anyway, and the neighbour brings her medicine.',
  '',
  'In a pilot with 40 residents, the waiting time fell from 3 days to 4 hours.',
  '',
  'We ask the municipality for 20,000 euros to run the service in five villages next year.'
].join('\n')

test('features: a person named in English is found by the tagger, with an age appositive', () => {
  const {features: f} = features('Every morning, Maria, 84, waits for the bus.\n\nJonna turned eighteen in a foster home.\n\nFeedback is collected in many channels.')
  assert.deepEqual(f[0]!.names, ['Maria'])
  assert.equal(f[0]!.namesTagged, true)
  // Not in the tagger's lexicon, but a short capitalised word followed by a verb.
  assert.deepEqual(f[1]!.names, ['Jonna'])
  // A common noun starting a passive sentence is not a name.
  assert.deepEqual(f[2]!.names, [])
})

test('features: an English capitalised word is no name when it is a familiar word, a heading word or part of a longer proper name', () => {
  const names = (text: string): string[] => features(text).features[0]!.names
  // Familiar words (the Dale–Chall list), also as plurals, before a verb.
  assert.deepEqual(names('Trees provide shade and cool the air.'), [])
  assert.deepEqual(names('Lessons learned from the pilot are listed below.'), [])
  // With an age after it, a name that is also a familiar word is a name.
  assert.deepEqual(names('Every morning, Ivy, 84, waits for the bus.'), ['Ivy'])
  // Every word of a heading may be capitalised.
  assert.deepEqual(features('# Homework Corner at Hervanta Library\n\nPupils come after school.').features[0]!.names, [])
  // A longer proper name: an organisation, a place.
  assert.deepEqual(names('Volunteers at Treharris Community Pantry now spend one morning less per week.'), [])
  assert.deepEqual(names('In OpenLab Nordic, we will build a shared platform.'), [])
  assert.deepEqual(names('The queue in Västra Götaland is now four months.'), [])
  assert.deepEqual(names('We tested the tool with the Lapland wellbeing services county.'), [])
  // A common noun's ending; a surname that is as often a place (compromise knows `Lund` and `Moss` only as surnames).
  assert.deepEqual(names('Sessions focus on understanding, not on grades.'), [])
  assert.deepEqual(names('Families in Lund\'s rental blocks still buy one.'), [])
  assert.deepEqual(names('Classes moved to nearby Moss Bank Park.'), [])
  assert.deepEqual(names('Every day Maria Lund waits for the bus.'), ['Maria Lund'])
  // A full name of two unknown words is still a person, and so is a name after a date.
  assert.deepEqual(names('Hamest Melikyan confessed that she had worried for weeks.'), ['Hamest Melikyan'])
  assert.deepEqual(names('In April, Gunnel, 81, from Västerås got a call from the bank.'), ['Gunnel'])
  // A sentence's first word has its capital from where it stands: a verb or a function word there makes no
  // longer proper name of the name after it. A noun or a gerund there still may ("Reading Buddies started …"),
  // and an article still makes a place or a thing of what follows.
  assert.deepEqual(names('Meet Jukka, 34, who wants to open a small café.'), ['Jukka'])
  assert.deepEqual(names('Meet Raimo.'), ['Raimo'])
  assert.deepEqual(names('When Priya joined the school in 2022, eleven children were missing half their days.'), ['Priya'])
  assert.deepEqual(names('Reading Buddies started in August at the school.'), [])
  assert.deepEqual(names('The Sorva is one of the last rivers where sea trout still spawn.'), [])
})

test('features: Swedish and Finnish names are people when they are known given names, and only capitalised words otherwise', () => {
  const sv = features('Projektet genomfördes av Kungliga biblioteket.\n\nVarje morgon väntar Ebba på bussen.\n\nDet är Ebbas tur i dag.', 'sv').features
  assert.deepEqual(sv[0]!.names, ['Kungliga'])
  assert.equal(sv[0]!.namesTagged, false, 'an organisation is not known as a person')
  assert.deepEqual(sv[1]!.names, ['Ebba'])
  assert.equal(sv[1]!.namesTagged, true, 'a given name from the profile')
  assert.deepEqual(sv[2]!.names, ['Ebbas'])
  assert.equal(sv[2]!.namesTagged, true, 'a genitive ending')
  const fi = features('Hanketta vetää Vinnova.\n\nJoka aamu Pentti odottaa bussia.\n\nSoitimme Sannan kanssa kunnalle.', 'fi').features
  assert.equal(fi[0]!.namesTagged, false)
  assert.equal(fi[1]!.namesTagged, true)
  assert.equal(fi[2]!.namesTagged, true, 'a genitive ending on a listed name')
  // A sentence's first word is capitalised anyway: a known given name there is a person, any other word is not.
  const first = (text: string, language: Language): string[] => features(text, language).features[0]!.names
  assert.deepEqual(first('Leif sover i fåtöljen i hallen.', 'sv'), ['Leif'])
  assert.deepEqual(first('Aleksi asuu nyt yksiössä kahden pysäkin päässä koulusta.', 'fi'), ['Aleksi'])
  assert.deepEqual(first('Kungliga biblioteket leder projektet.', 'sv'), [])
  // Given names that are also common words: "Hans" (his), "Elva" (eleven).
  assert.deepEqual(first('Hans fru Gun berättar att han blev tyst.', 'sv'), ['Gun'])
  assert.deepEqual(first('Elva elever deltog i piloten.', 'sv'), [])
  // A double given name is one person's name; a hyphenated place is not.
  assert.deepEqual(first('Varje söndag ringer Karl-Erik, 91, till radion.', 'sv'), ['Karl-Erik'])
  assert.equal(features('I morse ringde Karl-Erik till radion.', 'sv').features[0]!.namesTagged, true)
  assert.deepEqual(first('Anna-Liisan äiti asuu Pohjois-Savossa.', 'fi'), ['Anna-Liisan'])
  assert.deepEqual(first('Vi arbetar i Spånga-Tensta.', 'sv'), [])
  // A Finnish word in the inessive ("in …") names a place or a system, never a person, even when its stem is a
  // given name ("Wilmassa", in Wilma, the school system); a given name that ends so itself ("Vanessa") and a
  // surname after a given name ("Aino Mussa") still name a person.
  assert.deepEqual(first('Vastaan kysymyksiin puhelimitse tai Wilmassa.', 'fi'), [])
  assert.deepEqual(first('Kokeilu alkoi syksyllä Kajaanissa ja Kuhmossa.', 'fi'), [])
  assert.deepEqual(first('Vanessa asuu Kajaanissa.', 'fi'), ['Vanessa'])
  assert.deepEqual(first('Tänään Aino Mussa käy koulua.', 'fi'), ['Aino Mussa'])
})

test('evidence: a capitalised word that is not a known name is not called a person', () => {
  const report = analyzeSync('Projektet leds av Kungliga biblioteket i Stockholm och Digiteket.\n\nAnna, 84, väntar varje dag på bussen.', {language: 'sv'})
  const hero = report.structure.hero.evidence.flatMap((e) => e.reasons)
  assert.ok(!hero.some((reason) => reason.includes('person: Kungliga') || reason.includes('person: Digiteket')), hero.join(' | '))
  assert.ok(hero.some((reason) => reason === 'nämner en person: Anna'), hero.join(' | '))
})

test('features: an unknown capitalised word after a preposition is a place, "to" included', () => {
  // compromise's lexicon calls "to" a conjunction; the profile's prepositions list has it.
  assert.deepEqual(features('Each family sends its best photo to Kalmia, or a short video.').features[0]!.names, [])
  assert.deepEqual(features('Most patients in Kalix travel by taxi.').features[0]!.names, [])
  // A known given name stays a name after a preposition.
  assert.deepEqual(features('Each family sends its best photo to Maria, or a short video.').features[0]!.names, ['Maria'])
})

test('features: common Swedish and Finnish given names are names, inflected too; a place is not', () => {
  const names = (text: string, language: Language): [string[], boolean] => {
    const f = features(text, language).features[0]!
    return [f.names, f.namesTagged]
  }
  assert.deepEqual(names('Varje tisdag kommer Margareta till kören.', 'sv'), [['Margareta'], true])
  assert.deepEqual(names('Nyt Venlalla on oma vakiovuoro.', 'fi'), [['Venlalla'], true])
  // Lower case, the same words are ordinary words ("toivo" is hope): only a capital makes a candidate.
  assert.deepEqual(names('Meillä on vielä toivo paremmasta.', 'fi'), [[], false])
  // A place is a capitalised word, not a known name: a candidate without the tagger's word.
  assert.deepEqual(names('Vi bor i Bollnäs sedan länge.', 'sv'), [['Bollnäs'], false])
})

test('features: roles, generic people, figures, comparisons, negation, aims', () => {
  const {features: f} = features(
    'Nurses on night shift cannot reach a doctor.\n\nPeople like it.\n\nWaiting fell from 3 days to 4 hours.\n\nWe hope to help.'
  )
  assert.equal(f[0]!.people[0]!.first, 0, 'nurses')
  assert.ok(f[0]!.negations > 0)
  assert.deepEqual(f[0]!.negationWords, ['cannot'])
  assert.equal(f[1]!.people.length, 0)
  assert.equal(f[1]!.generic.length, 1)
  assert.equal(f[2]!.comparison, true)
  assert.ok(f[2]!.measured > 0)
  assert.ok(f[3]!.aims > 0)
  assert.equal(f[3]!.teamSubject, true)
  // Served organisations and the guests of a place are people the story can follow; a business model is not.
  const groups = (text: string): string[] => {
    const {document, features: g} = features(text)
    return g[0]!.people.map((m) => document.sentences[0]!.lower.slice(m.first, m.last + 1).join(' '))
  }
  assert.deepEqual(groups('Village halls, food banks and small businesses pay more for heating, and one guest wrote to us.'), ['village halls', 'food banks', 'businesses', 'guest'])
  assert.deepEqual(groups('Our business model is a guesthouse subscription.'), [])
  // The same in Swedish and Finnish: companies in the plural are served, the team's own company is not.
  const served = (text: string, language: Language): number => features(text, language).features[0]!.people.length
  assert.equal(served('De deltagande företagen förväntas få nya affärsmöjligheter.', 'sv'), 1)
  assert.equal(served('Sedan 2024 driver vi företaget Tvättkollen AB.', 'sv'), 0)
  assert.equal(served('Paikallisten yritysten osuus hankinnoista on pieni.', 'fi'), 1)
  assert.equal(served('Yrityksemme perustettiin 2024.', 'fi'), 0)
  // A served organisation named as the place where something happens is no one the story follows.
  assert.deepEqual(groups('Last January she slipped on her steps and spent eleven days in hospital.'), [])
  assert.deepEqual(groups('I teach third grade at Kaukajärvi school in Tampere.'), [])
  assert.deepEqual(groups('The hospital spent 1.2 million euros on agency nurses.'), ['hospital', 'nurses'])
  assert.deepEqual(groups('Parents at the school want a later start.'), ['parents'])
  // "A couple of" is a few: of weeks, of schools, of residents (who are the people), never two people.
  assert.deepEqual(groups('We tested it for a couple of weeks.'), [])
  assert.deepEqual(groups('A couple of residents helped.'), ['residents'])
  assert.deepEqual(groups('The couple had no car.'), ['couple'])
  assert.equal(served('Vi vill öppna en läxhjälp på biblioteket i Skärholmen.', 'sv'), 0)
  assert.equal(served('Biblioteket lånar ut verktyg.', 'sv'), 1)
  // Finnish tells the place with a case ending: in, into, from the library or the hospital is a place; the
  // library, the schools that are served, are not.
  assert.equal(served('Avaamme jakelupisteen kirjastoon.', 'fi'), 0)
  assert.equal(served('Leikkaus tehdään sairaalassa.', 'fi'), 0)
  assert.equal(served('Haemme kunnalta 20 000 euroa.', 'fi'), 0)
  assert.equal(served('Kirjasto lainaa työkaluja.', 'fi'), 1)
  assert.equal(served('Koulujen ruokalistat laaditaan keskitetysti.', 'fi'), 1)
  // A partner after a possessive is a spouse, one of the people served, and asks for no partnership.
  const asks = (text: string, language: Language = 'en'): string[] => features(text, language).features[0]!.cues.ask.map((hit) => hit.phrase)
  assert.deepEqual(groups('Since the course, she cares for her partner at home.'), ['her partner'])
  assert.deepEqual(asks('Since the course, she cares for her partner at home.'), [])
  assert.deepEqual(asks('Alla tolv som vårdar sin partner säger att de sover bättre.', 'sv'), [])
  assert.ok(features('Alla tolv som vårdar sin partner säger att de sover bättre.', 'sv').features[0]!.people.length > 0)
  assert.deepEqual(asks('Vi söker partners för nästa steg.', 'sv'), ['vi söker', 'partner*'])
  // Number words are figures, teens, tens and their compounds with a hyphen too; a hyphenated word is not.
  const figures = (text: string, language: Language = 'en'): number[] => features(text, language).features[0]!.numbers
  assert.deepEqual(figures('Twenty-two restaurants now use the scale.'), [0])
  assert.deepEqual(figures('Jonna turned eighteen in a foster home.'), [2])
  assert.deepEqual(figures('A well-known one-stop shop.'), [])
  assert.deepEqual(figures('Nu deltar sexton föreningar.', 'sv'), [2])
  assert.deepEqual(figures('Mukana on kolmetoista seuraa.', 'fi'), [2])
  // Finnish numerals take case endings: each is listed by its stems, not the longer words built on them.
  assert.deepEqual(figures('Kolmessa kunnassa on seitsemällä koululla kerho.', 'fi'), [0, 3])
  assert.deepEqual(figures('Teimme sen yhdessä seitsemäsluokkalaisten kanssa.', 'fi'), [])
})

test('story: a section title about no element carries nothing ("Introduction", "Sammanfattning")', () => {
  const pitch = (title: string, language: Language): PitchReport =>
    analyzeSync(`## ${title}\n\nWe built an app that matches older residents with a neighbour who drives to the shop.\n\nWaiting fell from 3 days to 4 hours.`, {language})
  for (const [title, language] of [['Introduction', 'en'], ['Sammanfattning', 'sv'], ['Tiivistelmä', 'fi']] as const) {
    const r = pitch(title, language)
    assert.deepEqual(r.sentences[0]!.roles, [], title)
    assert.ok(features(`## ${title}`, language).features[0]!.neutral, title)
  }
  // Only the whole title: "Summary of results" is about the outcome, and a sentence is not a title.
  assert.equal(features('## Summary of results').features[0]!.neutral, false)
  assert.equal(features('This is our summary.').features[0]!.neutral, false)
  // A run-in head about no element closes the section before it, as a heading does: "**Summary.** …".
  assert.equal(features('Summary.').features[0]!.neutral, true)
})

test('story: an evaluation plan is part of the change, not a result', () => {
  const cues = (text: string, language: Language = 'en'): string[] => features(text, language).features[0]!.cues.change.map((hit) => hit.phrase)
  assert.deepEqual(cues('Success will be measured with the vocabulary test that preschools already use.'), ['will be measured'])
  assert.ok(cues('Antalet deltagare följs upp med en kort enkät vid första och sista träffen.', 'sv').includes('följs upp'))
  assert.ok(cues('Vertailussa seurataan palveluneuvonnan puheluita.', 'fi').includes('seurataan'))
  assert.ok(cues('The share of families seen within a week will be compared before and after the pilot.').includes('will be compared'))
  const r = analyzeSync(
    'Families wait weeks for a place at the clinic.\n\nWe open an evening clinic run by nurses.\n\nThe pilot will be evaluated with a short survey after every visit.'
  )
  assert.ok(r.sentences[2]!.roles.includes('change'), JSON.stringify(r.sentences[2]!.roles))
  assert.ok(!r.sentences[2]!.roles.includes('outcome'), JSON.stringify(r.sentences[2]!.roles))
})

test('features: a negation that spares people a burden, or leaves a question open, is not a lack', () => {
  const negations = (text: string, language: Language = 'en'): number => features(text, language).features[0]!.negations
  assert.equal(negations('A camera sees whether drivers run a red light or not.'), 0)
  assert.equal(negations('En kamera ser om trafikanter kör mot rött eller ej.', 'sv'), 0)
  assert.equal(negations('Kamera näkee, ajaako kuljettaja päin punaista vai ei.', 'fi'), 0)
  assert.equal(negations('The club lends out rods so that no one has to buy their own gear.'), 0)
  assert.equal(negations('Kören är öppen för alla, och ingen behöver kunna sjunga rent.', 'sv'), 0)
  assert.equal(negations('Nuoren ei tarvitse läpäistä luottotietotarkistusta.', 'fi'), 0)
  // Nor does a problem cue inside such a phrase ("no one", "ingen", "ei … kukaan").
  const problem = (text: string, language: Language = 'en'): string[] => features(text, language).features[0]!.cues.problem.map((hit) => hit.phrase)
  assert.deepEqual(problem('The club lends out rods so that no one has to buy their own gear.'), [])
  assert.deepEqual(problem('Kören är öppen för alla, och ingen behöver kunna sjunga rent.', 'sv'), [])
  // The lack itself still counts, in the same sentence too.
  assert.equal(negations('No one visits her, and she does not have to cook.'), 1)
  assert.deepEqual(problem('No one visits her, and she does not have to cook.'), ['no one'])
  assert.deepEqual(problem('Ingen hälsar på henne.', 'sv'), ['ingen'])
  assert.equal(negations('Hon kan inte läsa noter längre.', 'sv'), 1)
  // A typographic apostrophe, as word processors write it, reads as a straight one.
  assert.equal(negations('We don’t know when the rinks are open, and callers can’t tell either.'), 2)
  const curly = features('We’re four engineers, and we’ve built our own app.').features[0]!
  assert.equal(curly.team, 3)
  assert.equal(curly.teamSubject, true)
  // "Seldom" and "rarely" state a lack as surely as "never".
  assert.equal(negations('Families of autistic children rarely go to the theatre.'), 1)
  assert.equal(negations('Den som jobbar dagtid får sällan en kvällstid.', 'sv'), 1)
  assert.equal(negations('Vanhempi kertoo harvoin vaikeista tunteista.', 'fi'), 1)
  const story = analyzeSync('Families of autistic children rarely go to the theatre. We built a relaxed performance with softer light. After the pilot, 40 families came.')
  assert.equal(story.structure.problem.status, 'present')
  assert.ok(story.structure.problem.evidence[0]!.reasons.includes('states a lack: rarely'))
})

test('features: a problem word that something lessens is a problem relieved, not a pain', () => {
  const problem = (text: string, language: Language = 'en'): string[] => features(text, language).features[0]!.cues.problem.map((hit) => hit.phrase)
  // A lessening word before the problem word, or a falling verb after it, up to four words away.
  assert.deepEqual(problem('Parents report fewer sleep problems after the course.'), [])
  assert.deepEqual(problem('Within three months, food waste fell from 40 to 17 kilos a day.'), [])
  assert.deepEqual(problem('Under piloten minskade andelen i riskzonen från 26 till 11 procent.', 'sv'), [])
  assert.deepEqual(problem('Kiireettömän vastaanoton odotusaika lyheni 47 päivästä 12 päivään.', 'fi'), [])
  assert.deepEqual(problem('Syksyn kyselyssä yksinäisyyttä kokevien määrä oli pudonnut 19:stä seitsemään.', 'fi'), [])
  // The same words standing alone, or too far from the lessening word, are the problem.
  assert.ok(problem('Food waste costs the kitchen 1,900 euros a month.').includes('waste*'))
  assert.ok(problem('Andelen i riskzonen är 26 procent.', 'sv').includes('risk*'))
  assert.ok(problem('Kiireettömän vastaanoton odotusaika on 47 päivää.', 'fi').includes('odotusai*'))
  assert.ok(problem('Fewer buses run, and now older people in the villages wait for hours.').includes('wait*'))
  // A problem the team solves, or says it loves, is no pain either.
  assert.deepEqual(problem('We love hard problems and we have won two hackathons.'), [])
  assert.deepEqual(problem('Vi löser problemet med matsvinn i skolköket.', 'sv'), [])
  assert.deepEqual(problem('Sovellus ratkaisee yksinäisyyden ongelman.', 'fi'), [])
  // "declined" is a refusal, not a fall; "falls" is a problem of its own.
  assert.ok(problem('Permanent staff have declined the shifts, and the overtime costs rose.').length > 0)
  const r = analyzeSync('Within three months, food waste fell from 40 to 17 kilos a day.')
  assert.ok(!reasons(r, 'problem').some((reason) => reason.includes('waste')), JSON.stringify(reasons(r, 'problem')))
})

test('features: a burden that rises is the problem told as a trend, not a result', () => {
  const read = (text: string, language: Language = 'en') => {
    const f = features(text, language).features[0]!
    const span = f.worsening && features(text, language).document.sentences[0]!.words.slice(f.worsening.first, f.worsening.last + 1).map((w) => w.value).join(' ')
    return {span, problem: f.cues.problem.map((hit) => hit.phrase), outcome: f.cues.outcome.map((hit) => hit.phrase), comparison: f.comparison}
  }
  // A bill, a fee or a risk that rises: a problem cue, and its figures no before → after.
  const bill = read('Their heating bill rose from 21,000 euros in 2021 to 38,000 euros in 2023.')
  assert.equal(bill.span, 'bill rose')
  assert.ok(bill.problem.includes('rose'))
  assert.ok(!bill.outcome.includes('rose'))
  assert.equal(bill.comparison, false)
  assert.equal(read('Förra vintern steg föreningens fjärrvärmekostnad med 34 procent.', 'sv').span, 'steg föreningens fjärrvärmekostnad')
  const fi = read('Valaistus kuluttaa vuodessa 6,5 gigawattituntia sähköä, ja lasku on noussut kahdessa vuodessa 70 prosenttia.', 'fi')
  assert.equal(fi.span, 'lasku on noussut')
  assert.deepEqual(fi.outcome.includes('nousi'), false)
  assert.equal(read('Portaita ei saada auki, ja kaatumisen riski kasvaa.', 'fi').span, 'kaatumisen riski kasvaa')
  assert.equal(read('Taloyhtiön lämmityskustannukset nousivat kahdessa vuodessa 40 prosenttia.', 'fi').span, 'lämmityskustannukset nousivat')
  assert.equal(read('Kustannukset laskivat 20 prosenttia.', 'fi').span, undefined)
  // What rises without a burden beside it is a result: bookings, satisfaction, a share of pupils.
  const result = read('Satisfaction with repairs rose from 62 to 84 percent.')
  assert.equal(result.span, undefined)
  assert.equal(result.comparison, true)
  assert.equal(read('Andelen elever som cyklar ökade från 20 till 45 procent.', 'sv').span, undefined)
  // A cost that falls is relieved, and a faint problem word ("still") is no burden.
  assert.equal(read('The heating bill fell from 38,000 to 24,000 euros.').span, undefined)
  assert.equal(read('Visits rose to 40 a week and are still growing.').span, undefined)
  // The report: the rise is the problem's evidence with its own words, and no result.
  const r = analyzeSync('Their heating bill rose from 21,000 euros in 2021 to 38,000 euros in 2023. We insulated the attics. The bill fell to 24,000 euros.')
  assert.equal(r.sentences[0]!.roles.includes('outcome'), false, JSON.stringify(r.sentences[0]))
  assert.ok(reasons(r, 'problem').some((reason) => reason.includes('bill rose')), JSON.stringify(reasons(r, 'problem')))
})

test('features: "no longer" is an outcome when a burden ends, a problem when an ability ends', () => {
  const cues = (text: string, language: Language = 'en'): {problem: string[]; outcome: string[]} => {
    const f = features(text, language).features[0]!
    return {problem: f.cues.problem.map((hit) => hit.phrase), outcome: f.cues.outcome.map((hit) => hit.phrase)}
  }
  // An ability lost: the story before the change.
  assert.deepEqual(cues('She could no longer climb the stairs to the library.'), {problem: ['could no longer'], outcome: []})
  // A stem cue does not match a word of another meaning: "issued", "increasingly", "of course", "sensory".
  assert.deepEqual(cues('The fire inspector issued a written warning.').problem, [])
  assert.deepEqual(cues('Wind power projects are increasingly stopped by appeals.').outcome, [])
  assert.deepEqual(features('Of course we also run sensory rooms.').features[0]!.cues.change, [])
  assert.deepEqual(cues('The main issues are cost and time.').problem.includes('issues'), true)
  // "measures" taken are actions, not a measurement: "austerity measures", "recommended measures".
  assert.deepEqual(cues('Families suffer under harsh austerity measures.').outcome.filter((phrase) => phrase.startsWith('measur')), [])
  assert.deepEqual(cues('We measured a measurable difference in the first month.').outcome, ['measured', 'measurable'])
  assert.deepEqual(cues('Efter diagnosen slutade han gå dit, eftersom han inte längre kunde följa noterna.', 'sv').problem, ['inte längre kunde'])
  assert.deepEqual(cues('Efter diagnosen slutade han gå dit, eftersom han inte längre kunde följa noterna.', 'sv').outcome, ['efter'])
  assert.deepEqual(cues('Poissaolot huomattiin vasta, kun arvosanaa ei enää voinut antaa.', 'fi'), {problem: ['ei enää voi*'], outcome: []})
  // A burden lifted or a fear gone: the after-state.
  assert.deepEqual(cues('Older residents no longer travel to the centre for paperwork.').outcome, ['no longer'])
  assert.deepEqual(cues('Hon är inte längre ensam på kvällarna.', 'sv').outcome, ['inte längre'])
  assert.deepEqual(cues('Penttiä ei enää jännitä avata OmaKantaa.', 'fi'), {problem: [], outcome: ['ei enää']})
})

test('features: "could" hopes in the present, and tells what someone was able to do in the past or before a negation', () => {
  const read = (text: string): [number, boolean] => {
    const f = features(text).features[0]!
    return [f.aims, f.past]
  }
  assert.deepEqual(read('This could help farms make better decisions.'), [1, false])
  assert.deepEqual(read('Together, the roofs could produce about 1.8 gigawatt hours a year.'), [1, false])
  // With a past form beside it, "could" is an ability in the past: the sentence reports.
  assert.deepEqual(read('After three months, 78 percent could walk 500 metres without an aid, compared with 52 percent.'), [0, true])
  assert.deepEqual(read('Last year, 112 visitors asked for help because they could not reach the stage.'), [0, true])
  // Before a negation it is a lack, never a hope.
  assert.equal(read('In the autumn test, 38 percent of fourth graders could not swim 200 metres.')[0], 0)
  // Another aim word keeps the sentence an aim.
  assert.deepEqual(read('We hope that users could save up to 20 percent.'), [2, false])
  const report = analyzeSync(
    'Many patients cannot walk on their own after a stroke.\n\nOur physiotherapists train them at home.\n\nAfter three months, 78 percent could walk 500 metres without an aid, compared with 52 percent.'
  )
  assert.equal(report.structure.outcome.status, 'present', JSON.stringify(report.structure.outcome))
})

test('features: an expected figure is an aim, and a budget heading opens the ask', () => {
  // "We count on …" and "we estimate …" plan a figure; they do not report one.
  assert.equal(features('Vi räknar med att samla in data från minst 500 platser.', 'sv').features[0]!.aims, 1)
  assert.equal(features('Kausimaksuja arvioimme voivamme laskea noin 150 eurolla.', 'fi').features[0]!.aims, 1)
  // A plan is an aim; the planning, or a planner, is not.
  assert.equal(features('Our association is planning a series of events.').features[0]!.aims, 1)
  const tool = features('We developed a planning tool with a planner and a plant nursery.').features[0]!
  assert.deepEqual([tool.aims, tool.past], [0, true])
  assert.equal(features('Vi planerar att öppna i höst.', 'sv').features[0]!.aims, 1)
  assert.equal(features('Planeringen av hemtjänstbesöken gjordes av en planerare med ett planeringsverktyg.', 'sv').features[0]!.aims, 0)
  // A plan as a thing (lesson plans, a climate plan, routes planned by hand) is no aim; planning to do something is.
  const aimsOf = (text: string, language: Language = 'en'): number => features(text, language).features[0]!.aims
  assert.equal(aimsOf('Teachers now get ready-made lesson plans for physics and maths.'), 0)
  assert.equal(aimsOf('Their routes are planned by hand each morning.'), 0)
  assert.equal(aimsOf('We plan to open a second hub in the spring.'), 1)
  assert.equal(aimsOf('The plan is to reach every village by 2028.'), 1)
  assert.equal(aimsOf('Personalen planerar passen en vecka i taget.', 'sv'), 0)
  assert.equal(aimsOf('Planen är att alla byar ska ha en hubb.', 'sv'), 2, '"Planen är att" and "ska"')
  assert.equal(aimsOf('Teimme suunnitelman yhdessä asukkaiden kanssa.', 'fi'), 0)
  assert.equal(aimsOf('Uusi kerhotila on suunnitteilla.', 'fi'), 1)
  // Finnish "tavoittaa" (to reach) is no "tavoite" (a goal): "the trial reached 420 older people" reports.
  assert.equal(aimsOf('Kokeilu tavoitti 420 ikäihmistä.', 'fi'), 0)
  assert.equal(aimsOf('Palvelu tavoittaa nyt 400 perhettä.', 'fi'), 0)
  assert.equal(aimsOf('Tavoitteenamme on 500 perhettä.', 'fi'), 1)
  assert.equal(aimsOf('Tavoittelemme 500 perhettä.', 'fi'), 1)
  assert.equal(aimsOf('Bussia odotettiin tunti pakkasessa.', 'fi'), 0)
  assert.equal(aimsOf('Odotetut tulokset näkyvät syksyllä.', 'fi'), 1)
  // With no aim word left, "now" after the story's turn tells an after-state again.
  assert.notEqual(features('Teachers now get ready-made lesson plans for physics and maths.').features[0]!.afterState, undefined)
  const expected = analyzeSync(
    'Vilda bin försvinner från stadens parker.\n\nVi lär skolklasser att räkna bin med en app.\n\nVi räknar med att samla in data från minst 500 platser.',
    {language: 'sv'}
  )
  assert.equal(expected.structure.outcome.status === 'present', false, expected.structure.outcome.status)
  // A heading over the amount applied for ends an outcome section: the budget lines under it are the ask.
  for (const [title, language] of [['Amount requested', 'en'], ['Sökt belopp och medfinansiering', 'sv'], ['Haettava summa', 'fi']] as const) {
    assert.deepEqual(features(`## ${title}`, language).features[0]!.opens, ['ask'], title)
  }
})

test('features: a form line that states the amount applied for is the ask, and a clear one, in the words forms use', () => {
  const cases = [
    ['**Amount applied for:** 12,800 €', 'en'],
    ['Funding requested: 40,000 euros for one year', 'en'],
    ['Sökt bidrag: 45 000 kronor', 'sv'],
    ['Ansökt belopp: 120 000 kr', 'sv'],
    ['Haettu avustus: 8 000 euroa', 'fi'],
    ['Haettava määrä: 25 000 €', 'fi'],
    // A total over several years, as multi-year applications write it.
    ['**Total requested:** £147,900 over three years (year 1: £47,300; year 2: £49,100; year 3: £51,500).', 'en'],
    ['Totalt sökt belopp: 1 450 000 kr', 'sv'],
    ['Haettava kokonaissumma: 436 000 euroa', 'fi']
  ] as const
  for (const [line, language] of cases) {
    const f = features(line, language).features[0]!
    assert.deepEqual(f.label, ['ask'], line)
    // The line with a figure is a clear ask cue over its label (the weight of "we are applying"), whatever words follow.
    const label = line.replace(/\*/g, '').split(':')[0]!.toLowerCase()
    const hit = f.cues.ask[0]
    assert.deepEqual(hit && {phrase: hit.phrase, first: hit.first, weight: hit.weight}, {phrase: label, first: 0, weight: 2}, line)
    // No ask cue inside the label besides it ("funding", "request").
    assert.ok(f.cues.ask.slice(1).every((other) => other.first > hit!.last), line)
  }
  // Without a figure it names where the amount is, not the amount: only the section label counts.
  assert.equal(features('Amount applied for: see the budget below', 'en').features[0]!.cues.ask.some((hit) => hit.weight === 2), false)
  // A budget line says what money is for, not that it is asked for: no such cue (the labelling rules give it no label).
  assert.equal(features('Budget: 40,000 euros for sensors and analysis', 'en').features[0]!.cues.ask.some((hit) => hit.weight === 2), false)
  assert.equal(features('Kostnader: 45 000 kronor för sensorer', 'sv').features[0]!.cues.ask.some((hit) => hit.weight === 2), false)
  // A field whose first words only start like one is no ask: "Amount of waste" is a figure of the problem.
  assert.deepEqual(features('Amount of waste: 40 tonnes a year', 'en').features[0]!.label, [])
  // In a form, that line is what the pitch asks for: the ask is not missing.
  const form = analyzeSync(
    [
      '**Project:** Warm Wednesdays',
      '**What need does your idea answer?** Older residents in Kaleva skip the pool in winter because the water is too cold for stiff joints.',
      '**What will you do?** The pool raises the water temperature to 31 degrees every Wednesday morning.',
      '**Amount applied for:** 12,800 €'
    ].join('\n\n'),
    {language: 'en'}
  )
  // …and a clear one: the amount and what it is asked for are both there.
  assert.equal(form.structure.ask.status, 'present')
  assert.match(form.structure.ask.evidence[0]?.text ?? '', /^\*\*Amount applied for:\*\* 12,800 €$/)
  const swedish = analyzeSync(
    ['Äldre i Kaleva slutar simma på vintern eftersom vattnet är för kallt.', 'Vi höjer vattentemperaturen till 31 grader varje onsdag.', 'Sökt bidrag: 45 000 kronor'].join('\n\n'),
    {language: 'sv'}
  )
  assert.equal(swedish.structure.ask.status, 'present')
})

test('features: a sum of money on the line under a heading that names the amount applied for is the ask, as on one form line', () => {
  // Only the whole pitch tells what stands above a line (`inDocument`).
  const features = (text: string, language: Language = 'en') => {
    const document = modelDocument(text, resolveOptions({language}))
    return {document, features: pitchFeatures(document.sentences, featureLists(profiles[language]))}
  }
  const cases = [
    ['## Amount requested\n\n£48,500 over two years.', 'en', '48,500'],
    ['# Amount applied for\n\n€12,000', 'en', '12,000'],
    ['**Haettava summa**\n\n2 400 €', 'fi', '2 400'],
    ['**Haettava summa**\n\n2 400 euroa vuodelle 2027.', 'fi', '2 400 euroa'],
    ['Sökt belopp:\n\n185 000 kr', 'sv', '185 000 kr']
  ] as const
  for (const [text, language, sum] of cases) {
    const {document, features: f} = features(text, language)
    const hit = f[1]!.cues.ask[0]
    assert.equal(hit?.weight, 2, text)
    assert.equal(document.sentences[1]!.text.slice(document.sentences[1]!.words[hit!.first]!.start - document.sentences[1]!.start, document.sentences[1]!.words[hit!.last]!.end - document.sentences[1]!.start), sum, text)
  }
  // Not a figure that is no sum, not a sum under another heading, not a second sentence under the heading.
  for (const [text, language] of [
    ['## Amount requested\n\nSee the budget below.', 'en'],
    ['## Budget\n\n£48,500 over two years.', 'en'],
    ['## Amount requested\n\nWe ask the trust for a grant. It covers 40 % of the costs of £48,500.', 'en']
  ] as const) {
    const {features: f} = features(text, language)
    assert.ok(!f.slice(1).some((x) => x.cues.ask.some((hit) => hit.weight === 2 && hit.phrase === 'amount requested')), text)
  }
  // The ask is the line with the sum, and present: it states what is asked for and how much.
  const form = analyzeSync(['# Warm halls', 'Village halls cost too much to heat, and six of them close every winter.', 'We insulate the halls and fit heat pumps with the village committees.', '## Amount requested', '£48,500 over two years.'].join('\n\n'))
  assert.equal(form.structure.ask.status, 'present')
  assert.equal(form.structure.ask.evidence[0]?.text, '£48,500 over two years.')
  // Whatever the line scores alone (a sum with no other word of the ask reads faintly): the arc gives it the ask too.
  assert.deepEqual(form.sentences.at(-1)?.roles, ['ask'])
})

/** Three-sentence pitches (problem, change, outcome) in each language, for the ask a last line makes. */
const pupils = {
  en: ['Pupils in Kotka sit still for seven hours a day.', 'We train older pupils to lead ten-minute movement games in every break.', 'In the pilot school, pupils moved 40 minutes more a day.'],
  sv: ['Eleverna i Kotka sitter stilla sju timmar om dagen.', 'Vi lär äldre elever att leda tio minuters rörelselekar på varje rast.', 'På pilotskolan rörde sig eleverna 40 minuter mer om dagen.'],
  fi: ['Kotkan oppilaat istuvat paikallaan seitsemän tuntia päivässä.', 'Koulutamme vanhempia oppilaita vetämään kymmenen minuutin liikuntaleikkejä joka välitunnilla.', 'Pilottikoulussa oppilaat liikkuivat 40 minuuttia enemmän päivässä.']
} as const

/** A Swedish three-sentence pitch (problem, change, outcome) without an ask. */
const kaleva = ['Äldre i Kaleva slutar simma på vintern eftersom vattnet är för kallt.', 'Vi höjer vattentemperaturen till 31 grader varje onsdag.', 'Under våren kom 40 äldre tillbaka till simhallen varje vecka.']

/** The ask's status when `line` closes `story`'s pitch in `language`. */
function askAfter(story: Readonly<Record<'en' | 'sv' | 'fi', readonly string[]>>): (language: 'en' | 'sv' | 'fi', line: string) => string {
  return (language, line) => analyzeSync([...story[language], line].join('\n\n'), {language}).structure.ask.status
}

/** For each `[language, first, second]`, the ask a pitch closed by `first` gets `statuses[0]`, by `second` `statuses[1]`. */
function assertAskPairs(
  ask: (language: 'en' | 'sv' | 'fi', line: string) => string,
  cases: ReadonlyArray<readonly ['en' | 'sv' | 'fi', string, string]>,
  statuses: readonly [string, string]
): void {
  for (const [language, first, second] of cases) {
    assert.equal(ask(language, first), statuses[0], first)
    assert.equal(ask(language, second), statuses[1], second)
  }
}

test('status: an ask that says when, in words, is specific, as one with a date or an amount in figures is', () => {
  const ask = askAfter({
    en: ["Nurses on ward 4 walk 9 kilometres a shift fetching supplies, and patients wait for them.", "We moved the supply cart next to the nurses' station and stock it twice a day.", 'In the pilot week, walking fell from 9 to 5 kilometres a shift.'],
    sv: ['Sjuksköterskorna på avdelning 4 går 9 kilometer per pass för att hämta material, och patienterna får vänta.', 'Vi flyttade förrådsvagnen till expeditionen och fyller på den två gånger om dagen.', 'Under pilotveckan minskade gången från 9 till 5 kilometer per pass.'],
    fi: ['Osaston 4 hoitajat kävelevät 9 kilometriä vuorossa hakiessaan tarvikkeita, ja potilaat odottavat.', 'Siirsimme tarvikekärryn kansliaan ja täytämme sen kahdesti päivässä.', 'Kokeiluviikolla kävely väheni 9 kilometristä 5 kilometriin vuorossa.']
  })
  // The same request, with and without when: without it, and without a figure or a clear "we ask", it is weak.
  assertAskPairs(ask, [
    ['en', 'Could the ward managers let us try it on the other wards after the Christmas break?', 'Could the ward managers let us try it on the other wards?'],
    ['en', 'Please tell us what you think in the staff meeting this spring.', 'Please tell us what you think.'],
    ['sv', 'Jag vill att avdelningscheferna låter oss testa det på de andra avdelningarna efter sportlovet.', 'Jag vill att avdelningscheferna låter oss testa det på de andra avdelningarna.'],
    ['fi', 'Toivon, että osastonhoitajat antavat meidän kokeilla tätä muilla osastoilla ensi keväänä.', 'Toivon, että osastonhoitajat antavat meidän kokeilla tätä muilla osastoilla.']
  ], ['present', 'weak'])
  // "May" the verb is no month, nor is Swedish "i vår" ("in our") a season.
  assert.equal(features('We may need help from you.').features[0]!.dated, false)
  assert.equal(features('We start in May.').features[0]!.dated, true)
  assert.equal(features('Vi vill testa det i vår kommun.', 'sv').features[0]!.dated, false)
  assert.equal(features('Vi vill testa det till våren.', 'sv').features[0]!.dated, true)
  assert.equal(features('Haluamme aloittaa syyskuussa.', 'fi').features[0]!.dated, true)
})

test('status: an ask that says where or how to act (a list, a form, a website, an address) is specific', () => {
  const ask = askAfter({
    en: ['The bike room in our block is full of bikes nobody has ridden for years.', 'We would clear it out together and set up a shelf for parts that anyone can take.', 'Last year the same clear-out in block B freed 30 places.'],
    sv: ['Cykelrummet i vårt hus är fullt av cyklar som ingen har använt på flera år.', 'Vi vill rensa det tillsammans och sätta upp en hylla för delar som vem som helst kan ta.', 'Förra året gav samma rensning i hus B 30 lediga platser.'],
    fi: ['Talomme pyöräkellari on täynnä pyöriä, joilla kukaan ei ole ajanut vuosiin.', 'Tyhjentäisimme sen yhdessä ja laittaisimme hyllyn osille, joita kuka tahansa voi ottaa.', 'Viime vuonna sama tyhjennys B-talossa vapautti 30 paikkaa.']
  })
  // The same request, with and without where to act on it.
  assertAskPairs(ask, [
    ['en', 'Please write your name on the list below if you want to join!', 'Let us know if you want to join!'],
    ['en', 'Please sign up at bikeroom.example.org if you want to join!', 'Please sign up if you want to join!'],
    ['sv', 'Hör gärna av er via formuläret nedan!', 'Hör gärna av er!'],
    ['fi', 'Jos haluat auttaa, kirjoita nimesi listaan!', 'Jos haluat auttaa, kerro meille!'],
    ['fi', 'Jos haluat auttaa, kerro meille sähköpostilla!', 'Jos haluat auttaa, kerro meille!'],
    ['en', 'If you want to join, ring Mrs Okafor on 01632 960447!', 'If you want to join, let us know!'],
    ['fi', 'Jos haluat auttaa, ilmoittaudu Marjutille, puh. 040 718 2265!', 'Jos haluat auttaa, kerro meille!']
  ], ['present', 'weak'])
  // Features: the profile's channels, and a web or e-mail address in any language; not "e.g." nor "and/or".
  const channel = (text: string, language: Language = 'en'): boolean => features(text, language).features[0]!.channel
  assert.equal(channel('Write to anna@example.com.'), true)
  assert.equal(channel('Anmäl dig på kulturhusets webbplats eller i receptionen.', 'sv'), true)
  assert.equal(channel('Soita Eilalle, niin hän kertoo lisää.', 'fi'), true)
  assert.equal(channel('We need tools, e.g. drills and/or saws.'), false)
  // A phone number: digit groups after a trunk "0" or a country code, seven digits or more. Not an amount,
  // a clock time or a date.
  assert.equal(channel('Ring Mrs Okafor on 01632 960447.'), true)
  assert.equal(channel('Ring oss på +46 70-123 45 67.', 'sv'), true)
  assert.equal(channel('Vi söker 1 240 000 kronor för 2027–2028.', 'sv'), false)
  assert.equal(channel('The shop opens at 07.00 on 05.06.'), false)
  // The evidence says why.
  const reasons = analyzeSync('The bike room is full of old bikes.\n\nPlease write your name on the list below if you want to join!').structure.ask.evidence[0]?.reasons
  assert.ok(reasons?.includes('says where or how to act'), JSON.stringify(reasons))
  // A website named in passing, in a sentence that does not ask as clearly as a present ask must, says nothing of the ask.
  assert.equal(ask('en', 'Your logo would go on our shirts and our website. We hope you will consider supporting us.'), 'weak')
})

test('features: signing a petition or voting, told to the audience, is one clear request', () => {
  const clear = (text: string, language: Language = 'en') => features(text, language).features[0]!.cues.ask.some((hit) => hit.weight >= 1.6)
  assert.equal(clear('Please sign this petition and share it with your neighbours!'), true)
  assert.equal(clear('Vote Whitcombe on 7 May!'), true)
  assert.equal(clear('Skriv under och dela vidare!', 'sv'), true)
  assert.equal(clear('Allekirjoita adressi ja jaa se naapureillesi!', 'fi'), true)
  // Only as the sentence's first words: a report of signatures or votes asks nothing.
  assert.equal(clear('Last year 400 residents did sign a petition, and the board did not vote on it.'), false)
})

test('features: a heading that says what the team seeks opens the ask, in each language', () => {
  for (const [language, heading] of [['en', 'What we are looking for'], ['sv', 'Vi letar efter'], ['fi', 'Haemme'], ['fi', 'Dia 10 – Etsimme']] as const) {
    assert.deepEqual(features(`# ${heading}\n\n- 300 000 € siemenrahoitusta`, language).features[0]!.opens, ['ask'], heading)
  }
})

test('features: a heading that asks what is needed, or what the reader needs to give, or that proposes a decision opens the ask; why something is needed opens none', () => {
  // A handover note's or a form's "What is needed next", "Vad behövs nu?", "Mitä tarvitsette?": the list under it is the ask.
  const asks = [
    ['en', 'What is needed next'], ['en', 'What do you need from us?'], ['en', 'What I need'],
    ['sv', 'Vad behövs nu?'], ['sv', 'Vad som behövs framåt'], ['sv', 'Vad behöver ni nu?'], ['sv', 'Vad jag behöver'],
    ['fi', 'Mitä tarvitaan'], ['fi', 'Mitä tarvitsen'], ['fi', 'Mitä tarvitsette nyt?']
  ] as const
  for (const [language, heading] of asks) assert.deepEqual(features(`# ${heading}\n\n- A decision by the board.`, language).features[0]!.opens, ['ask'], heading)
  // A memo's or a motion's proposed decision is what it asks the body to decide.
  for (const [language, heading] of [['en', 'Proposed decision'], ['sv', 'Förslag till beslut'], ['sv', 'Beslutsförslag'], ['fi', 'Päätösehdotus']] as const) {
    assert.deepEqual(features(`# ${heading}\n\n- A decision by the board.`, language).features[0]!.opens, ['ask'], heading)
  }
  // Why a project is needed is its problem, not what it asks for.
  for (const [language, heading] of [['en', 'Why is it needed?'], ['sv', 'Varför behövs det?'], ['fi', 'Miksi tätä tarvitaan?']] as const) {
    assert.ok(!features(`# ${heading}\n\n- Many wait.`, language).features[0]!.opens.includes('ask'), heading)
  }
})

test('features: a proposal put to a meeting is a motion, as one put to a board is', () => {
  const motion = (text: string, language: Language = 'en') => features(text, language).features[0]!.cues.ask.some((hit) => hit.weight === 1.6)
  assert.equal(motion('The board proposes that the annual meeting decides to start a gear library.'), true)
  assert.equal(motion('Styrelsen föreslår att årsmötet beslutar att starta ett prylbibliotek.', 'sv'), true)
  assert.equal(motion('Ehdotan, että kokous perustaa työryhmän.', 'fi'), true)
  assert.equal(motion('Hallitus ehdottaa, että vuosikokous päättää perustaa varustepankin.', 'fi'), true)
  assert.equal(motion('Vi rekommenderar att fler regioner inför funktionen.', 'sv'), true)
  // The team proposing its own act is no motion, meeting or none.
  assert.equal(motion('I suggest that we meet after the meeting.'), false)
})

/**
 * The ask's status when only the pitch's last line reads as the ask, at `score`, and every line's own words give
 * the ask content evidence (1.5): what the rules make of that line's features alone.
 */
function askOfLastLine(text: string, language: Language, score: number): string {
  const {features: f} = features(text, language)
  const scores = f.map((_, i) => ({score: {problem: 0, hero: 0, change: 0, outcome: 0, ask: i === f.length - 1 ? score : 0}, content: {problem: 0, hero: 0, change: 0, outcome: 0, ask: 1.5}}))
  return judge('ask', scores, f, language).status
}

test('status: an ask for a sum of money is concrete whatever its score; money without a request, or a request without a sum, is not', () => {
  // Features: a figure with a currency sign or word, in each language.
  const money = (text: string, language: Language = 'en'): boolean => features(text, language).features[0]!.money
  assert.equal(money('We need €9,000 for equipment.'), true)
  assert.equal(money('We need 9,000 euros for equipment.'), true)
  assert.equal(money('Vi behöver 92 000 kronor.', 'sv'), true)
  assert.equal(money('Tarvitsemme 40 000 euroa.', 'fi'), true)
  assert.equal(money('We need money for equipment.'), false)
  assert.equal(money('We need 40 volunteers.'), false)
  // A request for a sum that reads only a little as the ask (0.48) is a present ask.
  const ask = (line: string) => analyzeSync([...pupils.en, line].join('\n\n'), {language: 'en'}).structure.ask
  const sum = ask('For this we need €9,000.')
  assert.ok(sum.score < weights.status.present.ask, String(sum.score))
  assert.equal(sum.status, 'present')
  assert.equal(ask('We need money for equipment and training in the schools.').status, 'weak')
  // A cost line asks for nothing.
  assert.notEqual(ask('Equipment and training cost 9,000 euros.').status, 'present')
  // The rule reads the features, not the language: a Swedish request for a sum scoring 0.5 is present, a request for money is not.
  const judged = (text: string) => askOfLastLine(text, 'sv', 0.5)
  assert.equal(judged('Eleverna sitter stilla hela dagen.\n\nVi behöver 92 000 kronor till utrustning.'), 'present')
  assert.equal(judged('Eleverna sitter stilla hela dagen.\n\nVi behöver pengar till utrustning.'), 'weak')
})

test('status: a sum asked for in the third person or the passive is a present ask, as a first-person request for one is', () => {
  // "The team applies for 80,000 euros", "48,600 euros is applied for from the programme": verbs that ask only
  // beside a sum of money (the profiles' `amountVerbs`), which alone may fetch the post or seek new members.
  const asks = (text: string, language: Language): boolean => features(text, language).features[0]!.asksForMoney
  assert.equal(asks('Tiimi hakee 80 000 euroa kolmen uuden kohteen toteutukseen.', 'fi'), true)
  assert.equal(asks('Nordplus-ohjelmasta haetaan 48 600 euroa kaksivuotiselle hankkeelle.', 'fi'), true)
  assert.equal(asks('Projektet behöver 450 000 kronor till armband och analys.', 'sv'), true)
  assert.equal(asks('Asking for €40,000 and an introduction to the housing company.', 'en'), true)
  assert.equal(asks('Hän hakee nyt postinsa itse joka aamu.', 'fi'), false)
  assert.equal(asks('Föreningen söker nya medlemmar.', 'sv'), false)
  assert.equal(asks('The team asks for feedback.', 'en'), false)
  // Neither an ask cue nor a verb that asks: a cost line.
  assert.equal(asks('Laitteet maksavat 80 000 euroa.', 'fi'), false)
  const judged = (text: string) => askOfLastLine(text, 'fi', 0.6)
  assert.equal(judged('Kylätaloissa on kylmä.\n\nTiimi hakee 80 000 euroa kolmen uuden kohteen toteutukseen.'), 'present')
  assert.equal(judged('Kylätaloissa on kylmä.\n\nLaitteet maksavat 80 000 euroa.'), 'weak')
})

test('status: a clear request for an open end (a journey, a vision, the next step, just "partners") is a weak ask, unless it says how much or when', () => {
  const ask = askAfter(pupils)
  // The same clear request, with and without an open end.
  assertAskPairs(ask, [
    ['en', 'We are looking for a school and an investor who share our vision.', 'We are looking for a school and an investor.'],
    ['sv', 'Vi söker nu en skola och finansiering för nästa steg.', 'Vi söker nu en skola och finansiering.'],
    ['fi', 'Etsimme nyt koulua ja rahoitusta seuraavaan vaiheeseen.', 'Etsimme nyt koulua ja rahoitusta.']
  ], ['weak', 'present'])
  // Partners, sponsors or any support, and nothing more, leave the request open too (the corpus calls 29 of 33
  // such asks weak); a number or a time makes it specific.
  assert.equal(ask('en', 'We are looking for partners and investors.'), 'weak')
  assert.equal(ask('sv', 'Vi söker partners!'), 'weak')
  assert.equal(ask('fi', 'Etsimme yhteistyökumppaneita.'), 'weak')
  assert.equal(ask('en', 'We are looking for two pilot partners for next spring.'), 'present')
  // How much or when makes it specific again.
  assert.equal(ask('sv', 'Nästa steg är ett kylrum, och för det söker vi 180 000 kronor.'), 'present')
  assert.equal(ask('en', 'Join us on the journey: we are looking for two schools to run it next spring.'), 'present')
  assert.equal(features('Join us on our journey!').features[0]!.openEnded, true)
  assert.equal(features('Vi söker tre skolor.', 'sv').features[0]!.openEnded, false)
})

test('status: a hope that someone acts is a vague ask, weak rather than missing', () => {
  assert.deepEqual(ask('Hoppas att någon tar tag i det här!', 'sv'), ['hoppas att'])
  assert.deepEqual(ask('Vi hoppas på ert stöd.', 'sv'), ['vi hoppas'])
  assert.deepEqual(ask('Toivottavasti tätä mietitään!', 'fi'), ['toivottavasti'])
  // Weaker than the weight that makes an ask specific (1.6): such an ask is never present by its hope alone.
  for (const hit of [...features('Hoppas att någon tar tag i det här!', 'sv').features[0]!.cues.ask, ...features('Toivottavasti tätä mietitään!', 'fi').features[0]!.cues.ask]) assert.ok(hit.weight < 1.6)
  const closing = (line: string) => analyzeSync([...kaleva, line].join('\n\n'), {language: 'sv'}).structure.ask
  assert.equal(closing('').status, 'missing')
  const hoped = closing('Hoppas att någon tar tag i det här!')
  assert.equal(hoped.status, 'weak')
  assert.equal(hoped.evidence[0]!.text, 'Hoppas att någon tar tag i det här!')
})

test('cues: a call to submit, a need in the conditional and a proposal to a jury or a steering group ask', () => {
  // A challenge owner's call to send in a proposal is an act the audience can do at once, in a sentence's first words.
  assert.ok(ask('Submit your proposal by 15 May.', 'en').includes('submit'))
  assert.deepEqual(ask('Skicka in ert förslag senast den 15 februari.', 'sv'), ['skicka in'])
  assert.deepEqual(ask('Jätä ehdotuksesi 15. maaliskuuta mennessä.', 'fi'), ['jätä'])
  assert.deepEqual(ask('Han skickade in en ansökan förra året.', 'sv'), [])
  assert.deepEqual(ask('Hae kirja hyllystä.', 'fi'), [])
  // A need in the conditional, with a sum: the amount rule then makes the ask present.
  assert.deepEqual(ask('Tänä vuonna tarvitsisimme 3 000 euroa.', 'fi'), ['tarvitsisimme', 'euroa'])
  assert.deepEqual(ask('For the camp we would need 3,000 euros.', 'en'), ['we would need', 'euros'])
  // A proposal put to a jury or a steering group, in a nomination or a memo.
  assert.ok(ask('Esitetään, että ohjausryhmä varaa kokeiluun 58 000 euroa.', 'fi').includes('esitetään että'))
  assert.deepEqual(ask('Vi föreslår att juryn ger priset till Måndagsverkstaden.', 'sv'), ['föreslår att'])
  assert.deepEqual(ask('We propose that the jury gives the award to the workshop.', 'en'), ['propose that'])
  // A proposal put to no one proposes the solution and asks for nothing.
  assert.deepEqual(ask('Esitetään, että kokeilua jatketaan.', 'fi'), [])
})

test('cues: an imperative that opens running text or a clause asks the reader to act; in a list item, a question or mid-sentence it does not', () => {
  assert.deepEqual(ask('Book a free visit on 0800 046 1120.', 'en'), ['book'])
  assert.deepEqual(ask('Suggestion: empty it on Friday afternoons as well.', 'en'), ['empty'])
  assert.deepEqual(ask('Fråga oss i informationsdisken eller reservera i bibliotekets app.', 'sv'), ['fråga'])
  assert.deepEqual(ask('Luo profiili ja kutsu läheisesi mukaan – se vie vain hetken.', 'fi'), ['luo'])
  assert.deepEqual(ask('Jos asut lähellä, poikkea kahvilaan keskiviikkona.', 'fi'), ['poikkea'])
  // After a label in bold, whose colon stands inside the emphasis.
  assert.deepEqual(ask('**Speaker:** Book a free visit today.', 'en'), ['book'])
  // The hit explains the ask: "says “Book”".
  const evidence = analyzeSync('Many older people never get their hearing checked.\n\nOur van visits eleven villages.\n\nBook a free visit on 0800 046 1120.').structure.ask.evidence[0]
  assert.ok(evidence?.reasons.includes('says “Book”'), JSON.stringify(evidence))
  // A feature in a list, a question, a verb inside the sentence, and a story's opening are no ask.
  const list = features('Features:\n\n- Book appointments online\n- Fråga en expert', 'en').features
  assert.deepEqual(list.slice(1).map((f) => f.cues.ask.map((hit) => hit.phrase)), [[], []])
  assert.deepEqual(ask('Book clubs?', 'en'), [])
  assert.deepEqual(ask('Residents book the hall through the caretaker.', 'en'), [])
  assert.deepEqual(ask('Take Anna, 82, who lives alone.', 'en'), [])
  assert.deepEqual(ask('Tänk dig en vanlig dag i kommunen.', 'sv'), [])
  // A verb the ask cues already weigh stays there only: the two lists share no phrase, so no phrase is weighed twice.
  for (const [code, profile] of Object.entries(profiles)) {
    const cues = new Set(profile.cues.ask.map((cue) => cue.phrase))
    assert.deepEqual((profile.imperatives ?? []).filter((phrase) => cues.has(phrase)), [], code)
  }
})

test('cues: an organisation asking in the third person asks, as "we" does; people who seek something themselves do not', () => {
  assert.deepEqual(ask('Föreningen söker 92 000 kronor.', 'sv'), ['söker', 'kronor'])
  assert.deepEqual(ask('Arrangörerna söker frivilliga som kan sy.', 'sv'), ['söker', 'frivilliga'])
  assert.deepEqual(ask('Unga som söker jobb får sällan svar.', 'sv'), [])
  assert.deepEqual(ask('Många äldre söker sig till gymmet i stället.', 'sv'), [])
  assert.deepEqual(ask('Hon söker vård först när det är för sent.', 'sv'), [])
  assert.deepEqual(ask('The club is seeking two volunteer drivers.', 'en'), ['is seeking'])
  assert.deepEqual(ask('The association seeks 9,000 euros.', 'en'), ['seeks', 'euros'])
  assert.deepEqual(ask('The project seeks to reduce loneliness.', 'en'), [])
  assert.deepEqual(ask('Families who seek help wait for weeks.', 'en'), [])
  assert.deepEqual(ask('Yhdistys etsii vapaaehtoisia kuljettajia.', 'fi'), ['etsii vapaaehtoisi*'])
  assert.deepEqual(ask('Hankkeeseen haetaan kumppaneita Norjasta.', 'fi'), ['haetaan kumppan*'])
  // An app that looks for a ride, or a bag that is fetched, asks for nothing.
  assert.deepEqual(ask('Sovellus etsii samalta suunnalta muut perheet.', 'fi'), [])
  assert.deepEqual(ask('Kassi haetaan tiskiltä ennen sulkemista.', 'fi'), [])
  // In a pitch, the association's request for a sum is its ask: present, where it read as weak (0.63) before.
  assert.equal(analyzeSync([...kaleva, 'Föreningen söker 92 000 kronor.'].join('\n\n'), {language: 'sv'}).structure.ask.status, 'present')
})

test('features: a proposal put to the body that decides it is an ask cue; a proposal to no one stays the change', () => {
  const motion = (text: string, language: Language = 'en') => features(text, language).features[0]!.cues.ask.find((hit) => hit.weight === 1.6)
  const english = motion('I propose that the council instructs the town board to investigate the vacant flats.')
  assert.deepEqual(english && {phrase: english.phrase, first: english.first, last: english.last}, {phrase: 'propose that', first: 1, last: 4})
  assert.ok(motion('We recommend that the school board funds two more tutors.'))
  // The body at a compound's end in Swedish and Finnish; in English only a word of its own ("the dashboard" is none).
  assert.ok(motion('Jag föreslår att kommunstyrelsen inför Fixartimmen på alla gårdar.', 'sv'))
  assert.ok(motion('Med hänvisning till ovanstående föreslår jag att kommunfullmäktige beslutar', 'sv'))
  assert.ok(motion('Ehdotamme, että hyvinvointialue laajentaa mallin neljälle terveysasemalle.', 'fi'))
  assert.ok(motion('Esitämme, että kaupunginhallitus varaa tähän rahat.', 'fi'))
  assert.equal(motion('We propose that the dashboard shows every free bed.'), undefined)
  // A Swedish motion's "att"-lines are proposals as their first words only.
  assert.ok(motion('att kommunstyrelsen återrapporterar utfallet till fullmäktige senast i december 2027.', 'sv'))
  assert.equal(motion('Vi vill att kommunstyrelsen lyssnar.', 'sv'), undefined)
  assert.equal(motion('Det är svårt att kommunen inte svarar.', 'sv'), undefined)
  // A wish put to the body is a hope, in Finnish as "we hope that" is in English and Swedish: no motion, and no
  // cue that makes the ask specific (the corpus calls 22 of 26 asks that only hope so weak).
  assert.equal(motion('Toivoisin, että säätiö harkitsisi meidän tukemistamme.', 'fi'), undefined)
  assert.ok(features('Toivomme, että säätiö voisi tukea hankettamme.', 'fi').features[0]!.cues.ask.every((hit) => hit.weight < 1.6))
  // No body within four words: the team proposes its solution.
  assert.equal(motion('I propose that we start welcome visits for new tenants, which the council could later fund.'), undefined)
  assert.equal(motion('Ehdotamme, että kielenopetus tuodaan työpaikalle.', 'fi'), undefined)
  assert.equal(motion('Jag föreslår att vi installerar larmen i alla lägenheter.', 'sv'), undefined)
  // The proposal's ask cue takes the place of an ask cue inside its words ("we recommend that" is one of its own).
  const recommended = features('We recommend that the board approves the model.').features[0]!.cues.ask
  assert.equal(recommended.filter((hit) => hit.first <= 3).length, 1)
})

test('features: Finnish says "we" with a verb ending and "our" with a suffix', () => {
  const [lend, live, association] = features(
    'Lainaamme työpaikoille sähköpyöriä kuukaudeksi kerrallaan.\n\nKaupungissamme asuu 4 000 ikäihmistä.\n\nYhdistyksemme välittää perheille varamummoja.',
    'fi'
  ).features
  assert.deepEqual([lend!.team, lend!.teamSubject], [1, true])
  // "In our town" places the team; the old people are the subject.
  assert.deepEqual([live!.team, live!.teamSubject], [1, false])
  assert.deepEqual([association!.team, association!.teamSubject], [1, true])
})

test('features: a run-in head ("**Background.** …") opens its section; a short sentence with other words is content', () => {
  const opens = (text: string, language: Language = 'en'): Element[][] => features(text, language).features.map((f) => f.opens)
  assert.deepEqual(opens('**Background.** The unit handles 900 applications a year. Decisions are signed on paper.'), [['problem'], [], []])
  assert.deepEqual(opens('**Aim.** All decisions are signed electronically.\n\n**Expected results.** Faster delivery.'), [['outcome'], [], ['outcome'], []])
  assert.deepEqual(opens('Bakgrund. Föreningen har 84 lägenheter.', 'sv'), [['problem'], []])
  assert.deepEqual(opens('Tavoite. Kaikki päätökset allekirjoitetaan sähköisesti.', 'fi'), [['outcome'], []])
  // Any other word makes it a sentence of the pitch: "We need funding." is an ask, not the ask's title.
  assert.deepEqual(opens('We need funding. Our problem is real. Thanks.'), [[], [], []])
  // The sentences after a run-in head are read in its section.
  const {document, features: f} = features('**Background.** Decisions are still signed on paper and posted.')
  const x = vectors(document.sentences, f)
  assert.equal(x[1]!['section.problem'], 1)
})

test('features: the form prompts and report headings of grant forms open their sections', () => {
  const cases: Array<[string, Language, Element]> = [
    ['What did we do?', 'en', 'change'], ['Activities', 'en', 'change'], ['What will change?', 'en', 'outcome'],
    ['What has happened so far?', 'en', 'outcome'], ['Our request', 'en', 'ask'], ['Aims', 'en', 'outcome'], ['Objectives', 'en', 'outcome'],
    ['Genomförda aktiviteter', 'sv', 'change'], ['Vad vill ni göra?', 'sv', 'change'], ['Funktioner', 'sv', 'change'],
    ['Det vi ber om', 'sv', 'ask'], ['Sökta medel', 'sv', 'ask'],
    ['Toimenpiteet', 'fi', 'change'], ['Mitä kokeiltiin', 'fi', 'change'], ['Ominaisuudet', 'fi', 'change'],
    ['Haettava avustus', 'fi', 'ask'], ['Mitä pyydän', 'fi', 'ask']
  ]
  for (const [title, language, element] of cases) assert.deepEqual(features(`## ${title}`, language).features[0]!.opens, [element], title)
})

test('scoring: a past report after the story turns reads as a result, before it as the problem', () => {
  const report = 'In eight months, 1,940 loans went to 610 households.'
  const turn = 'So we opened a tool library in the town library.'
  const input = (text: string, index: number): number => {
    const {document, features: f} = features(text)
    return vectors(document.sentences, f)[index]!.reportAfterChange
  }
  const after = `Families buy tools they use once.\n\n${turn}\n\n${report}`
  const before = `Families buy tools they use once.\n\n${report}\n\n${turn}`
  assert.equal(input(after, 2), 1)
  assert.equal(input(before, 1), 0)
  // Only a report in the past: a present-tense sentence after the turn is not one.
  assert.equal(input(`${turn}\n\nFamilies borrow 1,940 tools a year.`, 1), 0)
  const outcome = (text: string, index: number): number => {
    const {document, features: f} = features(text)
    return scoreSentences(document.sentences, f)[index]!.score.outcome
  }
  assert.ok(outcome(after, 2) > outcome(before, 1) + 0.1, `${outcome(after, 2)} vs ${outcome(before, 1)}`)
  const evidence = analyzeSync(after).structure.outcome.evidence.find((e) => e.text === report)
  assert.ok(evidence?.reasons.includes('reports what happened after the change'), JSON.stringify(evidence?.reasons))
})

test('scoring: a sentence that dates when the change began ("Since March, …") turns the story', () => {
  const started = (text: string, language: Language = 'en'): boolean => features(text, language).features[0]!.started
  assert.equal(started('Since March, the branch library lends out drills with an ordinary library card.'), true)
  assert.equal(started('Sedan i mars sitter det uppkopplade brandvarnare i 310 lägenheter.', 'sv'), true)
  assert.equal(started('Sedan 2024 har vi testat tjänsten i tre kyrkor.', 'sv'), true)
  assert.equal(started('Maaliskuusta lähtien kirjasto on lainannut poria kirjastokortilla.', 'fi'), true)
  // "since" with an event, "sedan" as "then", an aim, or a date further in: none dates the start of the change.
  assert.equal(started('Since rental e-scooters arrived in Helsinki, pavements have become an obstacle course.'), false)
  assert.equal(started('Sedan injusterade vi radiatorerna.', 'sv'), false)
  assert.equal(started('Since March, we plan to lend out drills.'), false)
  assert.equal(started('The library has lent out drills since March.'), false)
  // After it, a report is what the change did: the outcome is weak, not missing, even with no change cue before.
  const text = [
    'An average drill is used for fifteen minutes in its whole life, yet families in rental blocks still buy one.',
    'Since March, the branch library lends out drills, ladders and tents with an ordinary library card.',
    'In eight months, 1,940 loans went to 610 households, half of whom had never borrowed a book there.',
    'We ask the culture committee for 120,000 kronor to open tool shelves in three more branches.'
  ].join('\n\n')
  const {document, features: f} = features(text)
  assert.equal(vectors(document.sentences, f)[2]!.reportAfterChange, 1)
  assert.notEqual(analyzeSync(text).structure.outcome.status, 'missing')
})

test('features: an after-state ("now", "so far", "after eight months") in a sentence without an aim or the team as its subject', () => {
  const after = (text: string, language: Language = 'en'): boolean => features(text, language).features[0]!.afterState !== undefined
  assert.equal(after('Britt now goes to town every Thursday.'), true)
  assert.equal(after('In the first four months, 57 households booked a pickup.'), true)
  assert.equal(after('After one winter, Aino went out 40 times.'), true)
  assert.equal(after('Rut handlar nu två gånger i veckan.', 'sv'), true)
  assert.equal(after('Efter åtta månader har butiken 290 registrerade kunder.', 'sv'), true)
  assert.equal(after('Raililla on nykyään oma paikka ikkunan vieressä.', 'fi'), true)
  // "Today", read after the story's turn, tells how things stand since: "I dag går Ingrid själv till Ica".
  assert.equal(after('Today Aino walks to the pharmacy herself.'), true)
  assert.equal(after('I dag går Ingrid själv till affären varje förmiddag.', 'sv'), true)
  assert.equal(after('Idag går Ingrid själv till affären.', 'sv'), true)
  assert.equal(after('Tänään Aune käy itse kaupassa.', 'fi'), true)
  assert.equal(after('For the first time, Aino went to the library on her own.'), true)
  assert.equal(after('Föräldrarna behöver inte längre skjutsa varje kväll.', 'sv'), true)
  assert.equal(after('Matti pääsi vihdoin oikeaan bussiin.', 'fi'), true)
  // Finnish puts the unit before its postposition.
  assert.equal(after('Kahdeksan kuukauden aikana nappia painettiin yli 9 000 kertaa.', 'fi'), true)
  // The team's own plans and aims are not after-states.
  assert.equal(after('We are now raising a pre-seed round.'), false)
  assert.equal(after('Residents will now get a reply within a day.'), false)
  // A deadline is not time counted from the start, and a future span is not an after-state.
  assert.equal(after('Patients are twice as likely to come back within a week.'), false)
  assert.equal(after('Kolmen vuoden kuluttua jokaisella nuorella on oma osoite.', 'fi'), false)
  assert.equal(after('Residents wait for the bus in the cold.'), false)
  // "Right now" and "just nu" tell the present, the status quo a pitch starts from.
  assert.equal(after('Right now, families wait two hours for the bus.'), false)
  assert.equal(after('Just nu står 40 familjer i kö.', 'sv'), false)
})

test('scoring: an after-state after the story turns reads as a result, before it as the problem', () => {
  const input = (text: string, index: number, language: Language = 'en'): number => {
    const {document, features: f} = features(text, language)
    return vectors(document.sentences, f)[index]!.reportAfterChange
  }
  const turn = 'So we started a dial-a-bus that villagers book by phone the day before.'
  assert.equal(input(`Britt, 81, lives alone in Ylämaa.\n\n${turn}\n\nBritt now goes to town every Thursday.`, 2), 1)
  assert.equal(input(`Britt now waits two hours for the bus.\n\n${turn}`, 0), 0)
  // In Swedish and Finnish the team acting with a change cue turns the story, as "We built …" does in English.
  const sv = 'Rut, 84, bor ensam i Kläppe.\n\nDärför öppnade vi byns butik igen, som en obemannad butik.\n\nRut handlar nu två gånger i veckan.'
  assert.equal(input(sv, 2, 'sv'), 1)
  assert.equal(input('Rut handlar nu två gånger i veckan.\n\nDärför öppnade vi byns butik igen.', 0, 'sv'), 0)
})

test('features: Swedish and Finnish past forms by the profile\'s patterns, never with an aim word', () => {
  const past = (text: string, language: Language): boolean => features(text, language).features[0]!.pastForm
  assert.equal(past('Reparationerna kostade i snitt 14 000 kronor.', 'sv'), true)
  assert.equal(past('Under första året genomfördes 26 ceremonier.', 'sv'), true)
  assert.equal(past('Väntetiden har minskat från tre veckor till fyra dagar.', 'sv'), true)
  assert.equal(past('Kahdeksan kuukauden aikana nappia painettiin yli 9 000 kertaa.', 'fi'), true)
  assert.equal(past('Jono on lyhentynyt kolmesta viikosta neljään päivään.', 'fi'), true)
  // A noun or an illative that ends like a past form is none.
  assert.equal(past('Alla har rätt till en kontaktperson.', 'sv'), false)
  assert.equal(past('Skolresultaten i matematik är låga.', 'sv'), false)
  assert.equal(past('Osuus nousee 40 prosenttiin.', 'fi'), false)
  // Present tense, and a past form under an aim word.
  assert.equal(past('Rut handlar två gånger i veckan.', 'sv'), false)
  assert.equal(past('Vi hoppas att väntetiden har minskat till hösten.', 'sv'), false)
  // The first person plural of the Finnish imperfect ends in "-imme"; the present and the conditional do not count.
  assert.equal(past('Asensimme pysäkeille puhuvan napin.', 'fi'), true)
  assert.equal(past('Voimme asentaa pysäkeille puhuvan napin.', 'fi'), false)
  assert.equal(past('Asentaisimme pysäkeille puhuvan napin.', 'fi'), false)
  // English reads its tense with compromise (`past`), not with word patterns.
  assert.equal(past('Waiting fell from three weeks to four days.', 'en'), false)
})

test('scoring: a Swedish or Finnish past report after the story turns reads as a result, before it as the problem', () => {
  const input = (text: string, index: number, language: Language): number => {
    const {document, features: f} = features(text, language)
    return vectors(document.sentences, f)[index]!.reportAfterChange
  }
  // The team as the subject of a past form turns the story ("Perustimme …", "Vi startade …").
  const fi = 'Yksinhuoltajilla ei ole aikaa etsiä lasten vaatteita.\n\nPerustimme päiväkotien yhteyteen vaatelainaamon.\n\nEnsimmäisenä vuonna lainaamosta lainattiin 1 200 vaatekappaletta.'
  assert.equal(input(fi, 2, 'fi'), 1)
  const sv = 'Bo sjöng i kyrkokör i femtio år.\n\nSå startade vi en kör för personer med demenssjukdom.\n\nI dag har kören 46 medlemmar, och 38 kom förra tisdagen.'
  // Before the turn the past tells the problem's story; after it, what the change did.
  assert.equal(input(sv, 0, 'sv'), 0)
  assert.equal(input(sv, 2, 'sv'), 1)
})

test('features: a label before a colon ("Problem: …", "Idé: …") puts its own sentence in that section, and no other', () => {
  const label = (text: string, language: Language = 'en'): Element[] => features(text, language).features[0]!.label
  assert.deepEqual(label('Problem: parents drive the same route to practice every evening.'), ['problem'])
  assert.deepEqual(label('Idé: en app som visar om laddplatserna är lediga.', 'sv'), ['change'])
  assert.deepEqual(label('Ongelma: vanhemmat kuskaavat lapsia harrastuksiin joka ilta.', 'fi'), ['problem'])
  // A possessive or an article before the section word is still the label.
  assert.deepEqual(label('Mitt förslag: sätt upp en skärm vid hållplatsen.', 'sv'), ['change'])
  assert.deepEqual(label('My idea: a shared freezer in the stairwell.'), ['change'])
  assert.deepEqual(label('Our goal: no pupil goes without lunch.'), ['outcome'])
  assert.deepEqual(label('Meidän ideamme: yhteinen pakastin porraskäytävään.', 'fi'), ['change'])
  // Not alone, nor before a word that is no section word: "My name:", "Vår adress:".
  assert.deepEqual(label('My name: Anna Virtanen'), [])
  assert.deepEqual(label('Vår adress: Storgatan 4', 'sv'), [])
  // A field whose first word only happens to name a section is no label, nor is a colon later in the sentence.
  assert.deepEqual(label('Project owner: Highways Operations, Northshire County Council'), [])
  assert.deepEqual(label('Our model is simple: families pay a monthly fee.'), [])
  const text = 'Problem: parents drive the same route to practice every evening.\n\nThe hall is across town.'
  const {document, features: f} = features(text)
  const v = vectors(document.sentences, f)
  assert.equal(v[0]!['section.problem'], 1)
  assert.equal(v[0]!.title, 0)
  assert.equal(v[1]!['section.problem'], 0)
  const evidence = analyzeSync(text).structure.problem.evidence.find((e) => e.text.startsWith('Problem:'))
  assert.ok(evidence?.reasons.includes('under the heading “Problem”'), JSON.stringify(evidence))
})

test('status: a Swedish or Finnish result after the turn is never missing, and its reason quotes the time counted', () => {
  const fi =
    'Näkövammaiset eivät tiedä, mikä bussi pysäkille tulee.\n\nAsensimme pysäkeille puhuvan napin, joka kertoo seuraavan bussin numeron.\n\n' +
    'Kahdeksan kuukauden aikana nappia painettiin yli 9 000 kertaa.'
  const outcome = analyzeSync(fi, {language: 'fi'}).structure.outcome
  assert.notEqual(outcome.status, 'missing')
  assert.ok(outcome.evidence[0]?.reasons.includes('kertoo, miten asiat ovat muutoksen jälkeen: ”Kahdeksan kuukauden aikana”'), JSON.stringify(outcome.evidence))
  const sv = 'Rut, 84, bor ensam i Kläppe.\n\nDärför öppnade vi byns butik igen, som en obemannad butik.\n\nEfter åtta månader har butiken 290 registrerade kunder.'
  const reasons = analyzeSync(sv, {language: 'sv'}).structure.outcome.evidence.flatMap((e) => e.reasons)
  assert.ok(reasons.includes('berättar hur det är efter förändringen: ”Efter åtta månader”'), JSON.stringify(reasons))
})

test('status: an outcome observed after the change is present, the same after-state as an aim is weak', () => {
  const pitch = (outcome: string): string =>
    "Britt, 81, lives alone in Ylämaa, 30 kilometres from town. The bus stopped running in 2022, and she has missed two doctor's appointments since.\n\n" +
    `So we started a dial-a-bus that villagers book by phone the day before.\n\n${outcome}`
  const observed = analyzeSync(pitch('Britt now goes to town every Thursday again, to shop and see friends.')).structure.outcome
  assert.equal(observed.status, 'present')
  // The reason quotes the words that place the sentence after the change.
  assert.ok(observed.evidence[0]!.reasons.includes('tells how things stand after the change: “now”'), JSON.stringify(observed.evidence))
  assert.equal(analyzeSync(pitch('Britt will be able to go to town every Thursday again, to shop and see friends.')).structure.outcome.status, 'weak')
})

test('status: a change told without a change word still turns the story for the after-state observed after it', () => {
  // "opened" and "avattiin" are no change cues: the turn is the first sentence that carries the change.
  const en = analyzeSync(
    'The village shop closed two years ago, and older residents now drive 30 km for milk.\n\nThis spring a self-service shop opened in the old post office, unlocked with a phone.\n\nBrenda, 84, now walks there twice a week on her own.\n\nShe says she finally feels part of the village again.'
  )
  assert.ok(en.sentences[1]!.roles.includes('change'), JSON.stringify(en.sentences[1]!.roles))
  assert.equal(en.structure.outcome.status, 'present')
  const fi = analyzeSync(
    'Kylän kauppa suljettiin kaksi vuotta sitten, ja moni vanhus ajaa nyt 30 kilometriä maitoon.\n\nKeväällä vanhaan postiin avattiin miehittämätön kauppa, jonka ovi avataan puhelimella.\n\nAino, 84, käy siellä nyt itse kahdesti viikossa.\n\nHän sanoo tuntevansa itsensä taas kyläläiseksi.',
    {language: 'fi'}
  )
  assert.equal(fi.structure.outcome.status, 'present')
  // Without the sentence that carries the change, nothing turns the story: the same after-state is only claimed.
  const unturned = analyzeSync(
    'The village shop closed two years ago, and older residents now drive 30 km for milk.\n\nBrenda, 84, now walks there twice a week on her own.\n\nShe says she finally feels part of the village again.'
  )
  assert.equal(unturned.structure.outcome.status, 'weak')
})

test('status: a reaction reported after the change is an observed outcome, in each language', () => {
  const outcome = (language: Language, lines: string[]) => analyzeSync(lines.join('\n\n'), {language}).structure.outcome
  const story = {
    en: ['Children in long-term hospital care spend weeks in rooms where nothing happens.', 'So we started music visits: every week our musicians sing with the children at their beds.'],
    sv: ['Barn som ligger länge på sjukhus tillbringar veckor i rum där ingenting händer.', 'Därför startade vi musikbesök: varje vecka sjunger våra musiker med barnen vid sängen.'],
    fi: ['Pitkään sairaalassa olevat lapset viettävät viikkoja huoneissa, joissa mitään ei tapahdu.', 'Siksi aloitimme musiikkivierailut: joka viikko muusikkomme laulavat lasten kanssa sängyn vieressä.']
  }
  const reported: Array<[Language, string, string]> = [
    ['en', 'Nurses say the children eat better and sleep more calmly on music days.', 'tells what people said after the change'],
    ['sv', 'Sjuksköterskorna berättar att barnen äter bättre och sover lugnare på musikdagarna.', 'berättar vad folk sagt efter förändringen'],
    ['fi', 'Hoitajat kertovat, että lapset syövät paremmin ja nukkuvat rauhallisemmin musiikkipäivinä.', 'kertoo, mitä ihmiset sanoivat muutoksen jälkeen']
  ]
  for (const [language, line, reason] of reported) {
    const found = outcome(language, [...story[language as 'en'], line])
    assert.equal(found.status, 'present', line)
    assert.ok(found.evidence[0]?.reasons.includes(reason), JSON.stringify(found.evidence[0]?.reasons))
  }
  // Without anyone reporting it, the same after-state is only claimed; the team saying it, or an aim, is no observation.
  assert.equal(outcome('en', [...story.en, 'The children eat better and sleep more calmly on music days.']).status, 'weak')
  assert.equal(outcome('en', [...story.en, 'We say the children will eat better and sleep more calmly on music days.']).status, 'weak')
  // Features: whose words they are.
  const speech = (text: string, language: Language = 'en'): boolean => reportsSpeech(features(text, language).features[0]!)
  assert.equal(speech('Residents told us they booked visits they had put off for months.'), true)
  assert.equal(speech('Yövuoron hoitajat sanovat, että yö tuntuu hallitummalta.', 'fi'), true)
  assert.equal(speech('We told the council about it.'), false)
  assert.equal(speech('Teachers say the club should open in May.'), false, 'an aim word')
})

test('features: a modal in a counterfactual past is no aim: "a tool they would otherwise have bought" reports a result', () => {
  const aims = (text: string, language: Language = 'en'): number => features(text, language).features[0]!.aims
  assert.equal(aims('87 percent said they did not buy a tool they would otherwise have bought.'), 0)
  assert.equal(aims('Several men talked to the crisis worker, something they would never have done at a clinic.'), 0)
  assert.equal(aims('Butikerna sålde 400 kassar mat som annars skulle ha slängts.', 'sv'), 0)
  assert.equal(aims('Leipomot myivät 900 kassia tuotteita, jotka olisivat muuten menneet hukkaan.', 'fi'), 0)
  // The same modals looking ahead stay aims.
  assert.equal(aims('The tool library would save each household a drill.'), 1)
  assert.equal(aims('Vi skulle spara 400 kassar mat i veckan.', 'sv'), 1)
  assert.equal(aims('Kerho olisi auki joka ilta.', 'fi'), 1)
  // In a pitch, the trial's report is a present outcome.
  const pitch = [
    'Leena, 34, rents a flat in Hervanta and bought a 90-euro drill she has used once.',
    'Branch libraries lend drills and ladders with the same card as books.',
    'In a six-month trial at Hervanta library, 620 residents borrowed tools 1,480 times, and 87 percent said they did not buy a tool they would otherwise have bought.'
  ].join('\n\n')
  assert.equal(analyzeSync(pitch, {language: 'en'}).structure.outcome.status, 'present')
})

test('features: the team is the subject after a fronted time or place ("In January we started …")', () => {
  const subject = (text: string, language: Language = 'en'): boolean => features(text, language).features[0]!.teamSubject
  assert.equal(subject('In January we started inviting a reading dog to the library.'), true)
  assert.equal(subject('After the first pilot, we moved the service to three more schools.'), true)
  assert.equal(subject('Sedan i våras har vi testat tjänsten i tre kyrkor.', 'sv'), true)
  assert.equal(subject('Tammikuussa me aloitimme lukukoirakokeilun.', 'fi'), true)
  // "our" after a preposition places the team; it does not make it act.
  assert.equal(subject('In our pilot, residents waited less.'), false)
  // Beyond the first five words the pronoun belongs to a later clause.
  assert.equal(subject('Residents in the three villages told us what we should build.'), false)
  // The reason quotes the team acting, not the time before it.
  const r = analyzeSync('Older residents cannot reach the shop in winter.\n\nIn January we started a volunteer snow service for them.')
  const reasons = r.structure.change.evidence.flatMap((e) => e.reasons)
  assert.ok(reasons.some((reason) => reason.includes('we started')), JSON.stringify(reasons))
})

test('features: a word with a digit that names something (a ward, a class, a code) is no figure', () => {
  const figures = (text: string, language: Language = 'en'): number => features(text, language).features[0]!.numbers.length
  assert.equal(figures('On Ward 4B most falls happen between two and four in the morning.'), 2, 'two, four; not 4B')
  assert.equal(figures('The pupils of class 8B built two 3D printers.'), 1)
  assert.equal(figures('This work helped deepen 18F’s portfolio.'), 0)
  assert.equal(figures('The sensor measures CO2 in every classroom.'), 0)
  assert.equal(figures('Potilaat soittavat osastolle 4B:lle.', 'fi'), 0)
  // Figures with a unit or an ending stay figures: "2M", "5K", "19:stä", "1st".
  assert.equal(figures('We raised 2M euros and ran a 5K race.'), 2)
  assert.equal(figures('Jono lyheni 19:stä seitsemään.', 'fi'), 2)
  // So a past sentence that names a code reports no result with a figure.
  const {document, features: f} = features('We built a dashboard.\n\nThis work helped deepen 18F’s portfolio.')
  assert.equal(vectors(document.sentences, f)[1]!.pastFigure, 0)
})

test('scoring: a Swedish or Finnish past report with a figure after the story turns is a past report with a figure, as in English', () => {
  const input = (text: string, index: number, language: Language): number => {
    const {document, features: f} = features(text, language)
    return vectors(document.sentences, f)[index]!.pastFigure
  }
  const fi = 'Yksinhuoltajilla ei ole aikaa etsiä lasten vaatteita.\n\nPerustimme päiväkotien yhteyteen vaatelainaamon.\n\nEnsimmäisenä vuonna lainaamosta lainattiin 1 200 vaatekappaletta.'
  assert.equal(input(fi, 2, 'fi'), 1)
  const sv = 'Äldre i Kläppe har inte råd med taxi.\n\nDärför startade vi en bybil.\n\nUnder första året gjordes 1 100 resor.'
  assert.equal(input(sv, 2, 'sv'), 1)
  // Not before the turn, where a past count tells the problem ("Förra vintern föll 40 äldre"), and not without a figure.
  assert.equal(input('Förra vintern föll 40 äldre på isen.\n\nDärför startade vi en bybil.', 0, 'sv'), 0)
  assert.equal(input('Äldre i Kläppe har inte råd med taxi.\n\nDärför startade vi en bybil.\n\nResorna blev fler.', 2, 'sv'), 0)
})

test('features: a year is a date, not a quantity: it neither measures a result nor makes a before → after', () => {
  const [started, borrowed, span, amount] = features(
    'In 2023 we started the project.\n\nIn 2023, 412 families borrowed a bike.\n\nUse of the service rose from 2019 to 2024.\n\nThe fund pays 2000 euros a year.'
  ).features
  assert.deepEqual([started!.numbers.length, started!.quantities], [1, []])
  assert.equal(borrowed!.quantities.length, 1)
  assert.equal(span!.comparison, false)
  // Four digits before a unit are an amount.
  assert.equal(amount!.quantities.length, 1)
})

test('features: a clock time is no quantity: "before 8 a.m." reports no result, "40 paths" does', () => {
  const [app, cleared] = features('We built an app that clears the path before 8 a.m. every morning.\n\nBy 7 am we had cleared 40 paths.').features
  assert.deepEqual([app!.numbers.length, app!.quantities, app!.past], [1, [], true])
  assert.deepEqual(cleared!.quantities.length, 1, 'the paths count; the clock time does not')
  assert.deepEqual(features('Bussen gick kl. 7.10 och klockan 8.', 'sv').features[0]!.quantities, [])
  assert.deepEqual(features('Bussi lähti klo 7.10 ja kello 8.', 'fi').features[0]!.quantities, [])
  // A figure is a quantity when no clock word stands beside it.
  assert.equal(features('Bussen gick 8 gånger.', 'sv').features[0]!.quantities.length, 1)
  // The rule page's example: a pitch with no outcome is told so, not that its change "reports what happened".
  const report = analyzeSync("Maria, 84, misses her doctor's appointments when nobody clears her path.\n\nWe built SnowBuddy, an app that matches older residents with a neighbour who clears their path before 8 a.m.")
  assert.equal(report.structure.outcome.status, 'missing', JSON.stringify(report.structure.outcome))
})

test('features: "May" the month is not the aim word "may"', () => {
  const [month, aim] = features('By May, the eight pupils had improved their reading speed by 34 words a minute.\n\nPupils may read faster after a term.').features
  assert.equal(month!.aims, 0)
  assert.equal(month!.past, true)
  assert.equal(aim!.aims, 1)
  assert.equal(aim!.past, false)
  // A sentence's first word is capitalised anyway: there it is still an aim.
  assert.equal(features('Will this work? We hope so.').features[0]!.aims, 1)
})

test('features: a before → after needs its comparative next to a figure, and a range is one figure', () => {
  const comparison = (text: string, language: Language = 'en'): boolean => features(text, language).features[0]!.comparison
  assert.equal(comparison('Waiting fell from 3 days to 4 hours.'), true)
  assert.equal(comparison('In our first year, 36 couples walked on average 2.5 kilometres a week more.'), true)
  assert.equal(comparison('Families waited 4 minutes instead of 45.'), true)
  assert.equal(comparison('Väntetiden sjönk från 52 till 19 minuter.', 'sv'), true)
  // "to" in "talk to" is far from no figure but compares nothing; "2–3" is one figure, a range.
  assert.equal(comparison('Next: talk to 2–3 schools about testing in spring.'), false)
  // A request with an amount and a purpose: "to run" is not the "to" of "from … to …".
  assert.equal(comparison('We ask the committee for 420,000 kronor a year so that the register can keep running and grow to cover the whole region.'), false)
  assert.equal(comparison('A farmer may use five different apps and still not know why milk yield dropped last month.'), false)
  // Two clock hours in "from … to …" beside a day or a time of day are opening hours, not a before → after,
  // unless another comparative says so ("fell").
  assert.equal(comparison('Saturdays from 10 to 16'), false)
  assert.equal(comparison('A sign language interpreter joins within two minutes, from 8 to 18 on weekdays.'), false)
  assert.equal(comparison('Accidents fell from 17 to 5 every winter.'), true)
  assert.equal(comparison('Waiting went from 8 to 18 minutes every morning.'), true, 'a unit after the second figure')
  assert.equal(comparison('Vi har öppet på lördagar från 10 till 16.', 'sv'), false)
  assert.equal(comparison('Kirjasto on avoinna arkisin 8:sta 20:een.', 'fi'), false)
  // Swedish "från"/"till" and the Finnish from- and to-cases compare only between two figures too.
  assert.equal(comparison('Varje söndag ringer Karl-Erik, 91, till radions önskeprogram.', 'sv'), false)
  assert.equal(comparison('Poissaolot laskivat 64:stä 29:ään.', 'fi'), true)
  // A numeral in the from- or to-case is its own half of the pair: "19:stä seitsemään", "kahdesta kolmeen".
  assert.equal(comparison('Yksinäisten määrä oli pudonnut 19:stä seitsemään.', 'fi'), true)
  assert.equal(comparison('Jonot lyhenivät kahdesta viikosta kolmeen päivään.', 'fi'), true)
  assert.equal(comparison('Kerho kokoontuu kolmeen kertaan viikossa.', 'fi'), false)
  assert.equal(comparison('Ilmoittautumisia tuli 12:sta koulusta.', 'fi'), false)
  // "against", "compared with", "mot" (`versusComparatives`) set a figure told before them against one just after.
  assert.equal(comparison('On those days 212 pupils cycled to school, against 131 in the two weeks before.'), true)
  assert.equal(comparison('In the first round, 512 young people got a two-week job, compared with 370 the year before.'), true)
  assert.equal(comparison('Eleverna lånade 240 böcker på tio veckor, mot 60 under samma period året innan.', 'sv'), true)
  assert.equal(comparison('Lainoja tehtiin 240, kun vuotta aiemmin niitä oli 60.', 'fi'), true)
  assert.equal(comparison('Poissaoloja oli 12 prosenttia vähemmän edelliseen syksyyn verrattuna.', 'fi'), true)
  // With no figure before them, or none just after, they oppose or direct: no before → after.
  assert.equal(comparison('We campaign against 3 new car parks in the centre.'), false)
  assert.equal(comparison('The 14 volunteers stood against the plan for months.'), false)
  assert.equal(comparison('Vi är 40 som kör mot målet varje vår.', 'sv'), false)
  // "from" and "to" compare only as a pair: one alone gives a range or a purpose, however many figures.
  assert.equal(comparison('Pupils in grades 4 to 6 sit still for about seven hours a day.'), false)
  assert.equal(comparison('A full set of gear costs a family 250 to 400 euros a season.'), false)
  assert.equal(comparison('We ask the foundation for 22,000 euros to build the platform for one year.'), false)
  assert.equal(comparison('Vi ber om 180 000 kronor och om att få pröva modellen på två förskolor till.', 'sv'), false)
  assert.equal(comparison('Delays went from 40 minutes up to 55 minutes.'), true)
  // "up" and "down" only as a change of level, not "set up" or "up to" a limit.
  assert.equal(comparison('Together with the parents, we set up four walking routes in 3 weeks.'), false)
  assert.equal(comparison('The round trip takes up to five hours.'), false)
  assert.equal(comparison('Many wait in the cold for up to 40 minutes.'), false)
  assert.equal(comparison('66 percent of pupils met the standard, up from 54 percent the year before.'), true)
  assert.equal(comparison('Många står ute i kylan i upp till 40 min.', 'sv'), false)
  assert.equal(comparison('Antalet personal hos en brukare har gått ner från 16 till 9.', 'sv'), true)
  assert.equal(comparison('Gunnel har gått upp tre kilo.', 'sv'), true)
  assert.equal(comparison('Sjukfrånvaron har sjunkit till 7,5 procent.', 'sv'), true)
  // "more than" is a magnitude; "more … than" with a baseline still compares.
  assert.equal(comparison('Together we have more than 300 researchers.'), false)
  assert.equal(comparison('Mer än hälften av de 200 eleverna sover för lite.', 'sv'), false)
  assert.equal(comparison('Kyselyyn vastasi enemmän kuin 300 asukasta.', 'fi'), false)
  assert.equal(comparison('The counter showed 18 percent more pedestrians on Saturdays than the year before.'), true)
})

test('features: "from" after "to" is no purpose: a comparison word says nothing of an aim', () => {
  const [hours] = features('Tuesday to Thursday from 14 to 20').features
  assert.deepEqual(hours!.purpose, [])
})

test('features: an outcome cue in a purpose clause is what the change is for, not a result', () => {
  const en = features('We built a booking system to reduce waiting, thereby saving money.\n\nWaiting fell from 3 days to 4 hours.').features
  assert.deepEqual(en[0]!.purpose.map((hit) => hit.phrase), ['reduc*', 'saving*'])
  assert.equal(en[0]!.cueScore.outcome, 0, 'no outcome cue is left outside the purpose clause')
  assert.ok(en[0]!.purposeScore > 0)
  assert.deepEqual(en[1]!.purpose, [], 'a result is not a purpose')
  assert.ok(en[1]!.cueScore.outcome > 0)
  const sv = features('Vi inför läxhjälp på biblioteket för att förbättra skolresultaten.', 'sv').features
  assert.deepEqual(sv[0]!.purpose.map((hit) => hit.phrase), ['förbättr*'])
  const fi = features('Palvelu ohjaa asiakkaan oikeaan paikkaan, jotta jonot lyhenisivät.', 'fi').features
  assert.deepEqual(fi[0]!.purpose.map((hit) => hit.phrase), ['lyhen*'])
  // The reason names the clause, not the bare cue.
  const {document, features: f} = features('Residents over 80 wait three days for their medicine.\n\nWe built a booking system to reduce waiting, thereby saving money.')
  const outcome = scoreSentences(document.sentences, f)[1]!.reasons.outcome
  assert.ok(outcome.some((r) => r.key === 'purpose' && r.value === 'to reduce'), JSON.stringify(outcome))
  assert.ok(!outcome.some((r) => r.key === 'cue'), JSON.stringify(outcome))
})

test('features: "to" as a preposition is no purpose: before a determiner, a pronoun or a past form', () => {
  const [school, city, zero, least, passive] = features(
    [
      'Calls from parents to school dropped from four a day to fewer than one.',
      'Tenants reported damp to the city more often.',
      'Missed doses went down to zero, which saved the ward hours.',
      'We rebuilt the routes to at least halve the waiting.',
      'Every repair is to be completed within a week.'
    ].join('\n\n')
  ).features
  // A result, read as one: its cue counts as an outcome cue, not as what a change is for.
  assert.deepEqual(school!.purpose, [])
  assert.ok(school!.cueScore.outcome > 0, JSON.stringify(school!.cues.outcome))
  assert.deepEqual(city!.purpose, [])
  assert.deepEqual(zero!.purpose, [])
  // "so" before a degree word is no purpose either; "so that" is one.
  const [much, far, that] = features(
    ['The children found reading to the dog so much more fun.', 'Nothing has so far been measured.', 'We moved the bins so that fewer bags split.'].join('\n\n')
  ).features
  assert.deepEqual(much!.purpose, [])
  assert.deepEqual(far!.purpose, [])
  assert.deepEqual(that!.purpose.map((hit) => hit.phrase), ['fewer'])
  // "to at least halve" and a passive infinitive still say what the change is for.
  assert.deepEqual(least!.purpose.map((hit) => hit.phrase), ['halv*'])
  assert.equal(passive!.purpose.length, 1, JSON.stringify(passive!.cues.outcome))
})

test('features: "to" before a figure is a before → after, not what a change is for', () => {
  const [range, aim] = features('Sealing cuts heating bills from 2,400 to 2,100 euros a year.\n\nWe seal windows to cut heating bills.').features
  assert.deepEqual(range!.purpose, [])
  assert.ok(range!.cueScore.outcome > 0, JSON.stringify(range!.cues.outcome))
  assert.deepEqual(aim!.purpose.map((hit) => hit.phrase), ['cut'])
})

test('features: the team is the subject when a team word opens the sentence, not after a preposition', () => {
  const en = features('We built an app.\n\nSo we built an app.\n\nOur app books a ride.\n\nIn our pilot, waiting fell from 3 days to 4 hours.').features
  assert.deepEqual(en.map((f) => f.teamSubject), [true, true, true, false])
  const sv = features('Vi byggde en app.\n\nI vår pilot sjönk väntetiden från 3 dagar till 4 timmar.', 'sv').features
  assert.deepEqual(sv.map((f) => f.teamSubject), [true, false])
})

test('scoring: "they" and "them" speak for the hero only next to people', () => {
  const {document, features: f} = features(
    'Icy pavements keep the district indoors, and clearing them costs the city a lot.\n\nOlder residents in Tesoma live alone.\n\nThey wait for days.'
  )
  const v = vectors(document.sentences, f)
  assert.equal(v[0]!.pronoun, 0, 'pavements are not people')
  assert.equal(v[2]!.pronoun, 1, 'after residents, "they" are people')
  assert.equal(features('She waits for days.').features[0]!.plural, 0)
})

test('features: Swedish "de" before a definite plural noun is an article, not "they"', () => {
  const [article, quantity, they, those] = features(
    'De förväntade effekterna är bättre skolresultat.\n\nDe tre kommunerna deltar.\n\nDe bor ensamma och väntar i dagar.\n\nDe som bor här får hjälp.',
    'sv'
  ).features
  assert.deepEqual([article!.pronouns, article!.personFirst], [0, false])
  assert.equal(quantity!.pronouns, 0)
  assert.deepEqual([they!.pronounWords, they!.personFirst], [['de'], true])
  assert.deepEqual(those!.pronounWords, ['de'])
  // English has no such rule: "they" stays a pronoun before any noun.
  assert.equal(features('They give the pupils lunch.').features[0]!.pronouns, 1)
})

test('features: a people stem inside a compound is not people (Swedish and Finnish)', () => {
  const words = (text: string, language: Language): string[] => {
    const {document, features: [f]} = features(text, language)
    return f!.people.map((m) => document.sentences[0]!.lower.slice(m.first, m.last + 1).join(' '))
  }
  // The head of a compound is its last part: school results, the pupil council, pupil welfare.
  assert.deepEqual(words('Målet är bättre skolresultat, och elevrådet ska höras.', 'sv'), [])
  assert.deepEqual(words('Hanke parantaa oppilashuoltoa.', 'fi'), [])
  // Inflected forms of the same stems still name people.
  assert.deepEqual(words('Eleverna och skolorna i Malmö får hjälp.', 'sv'), ['eleverna', 'skolorna'])
  assert.deepEqual(words('Oppilaille ja opiskelijoille tarjotaan apua.', 'fi'), ['oppilaille', 'opiskelijoille'])
  // The rule is a length: a head as short as an ending would slip through, so the profiles list those
  // compounds as no people (`notPeople`: "elevråd", "skolmat", "koulupäivä").
  assert.deepEqual(words('Ett starkare elevråd och bättre skolmat.', 'sv'), [])
  assert.deepEqual(words('Koulupäivä on pitkä.', 'fi'), [])
  // A library bus, school nights and a school bus are no people either.
  assert.deepEqual(words('Kirjastoauto pysähtyy kylällä, mutta kouluöinä koulubussi ei kulje.', 'fi'), [])
  // Nor is skipping school, a preschool kitchen or a library loan.
  assert.deepEqual(words('Hon har inte skolkat, och förskoleköket erbjuder bibliotekslån.', 'sv'), ['hon'])
  // A school or a library in a case of place is where the story happens, whatever the case (`organisations`).
  assert.deepEqual(words('Kouluun tulee uusi opettaja, ja kirjastosta lainataan kirjoja oppilaille.', 'fi'), ['opettaja', 'oppilaille'])
  // "-skap" makes an abstract noun of a role, and "pendlar" is the verb (the commuters are "pendlarna").
  assert.deepEqual(words('Vårt medarbetarskap och medlemskap är starkt.', 'sv'), [])
  assert.deepEqual(words('Många pendlar till Skövde, och pendlarna väntar på bussen.', 'sv'), ['pendlarna'])
  assert.deepEqual(words('Skolmaten blir bättre för eleverna på Ekbackens skola.', 'sv'), ['eleverna'])
  assert.deepEqual(words('Skolmaten blir bättre för eleverna och Ekbackens skola.', 'sv'), ['eleverna', 'skola'])
  // English writes compounds apart, so no limit applies: "schoolchildren" stays a group.
  assert.equal(profiles.en.compoundRest, undefined)
})

test('features: a compound whose head is a people word names people (Swedish and Finnish); a word that only ends like one does not', () => {
  const words = (text: string, language: Language): string[] => {
    const {document, features: [f]} = features(text, language)
    return f!.people.map((m) => document.sentences[0]!.lower.slice(m.first, m.last + 1).join(' '))
  }
  // Families with children, first-graders, pupils of the upper grades, patients at risk, a nurse for the heart.
  assert.deepEqual(words('Talossa asuu useita lapsiperheitä.', 'fi'), ['lapsiperheitä'])
  assert.deepEqual(words('Syksyllä 17 ekaluokkalaista vietti välitunnit yksin.', 'fi'), ['ekaluokkalaista'])
  assert.deepEqual(words('Kolmannes yläkoululaisista nukkuu liian vähän.', 'fi'), ['yläkoululaisista'])
  assert.deepEqual(words('Riskipotilaat soittavat sydänhoitajalle.', 'fi'), ['riskipotilaat', 'sydänhoitajalle'])
  assert.deepEqual(words('Många barnfamiljer och gymnasieelever saknar bil.', 'sv'), ['barnfamiljer', 'gymnasieelever'])
  assert.deepEqual(words('Lungsjuksköterskor ringer upp kol-patienter.', 'sv'), ['lungsjuksköterskor', 'kol-patienter'])
  // The longest head wins: a youth worker is a worker ("nuoriso|työntekijä"), and one match per word.
  assert.deepEqual(features('Nuorisotyöntekijä soitti.', 'fi').features[0]!.people.map((m) => m.phrase), ['työntekijä*'])
  // Words that end like a people word and are none: actual, authorities, from the café, ways of working,
  // careful, a block of flats, co-teaching, a loyal customer's benefits, a care home (no head the profile lists).
  assert.deepEqual(words('Varsinainen päätös on viranomaisten, ja kahvilasta tulee uusia toimintatapoja.', 'fi'), [])
  assert.deepEqual(words('Yhteisopettajuus ja kanta-asiakasedut kiinnostavat.', 'fi'), [])
  assert.deepEqual(words('En noggrann plan för flerfamiljshus och omsorgsboende.', 'sv'), [])
  // A head needs a first part of three letters or more: "käveli" (walked) is no "veli" (brother).
  assert.deepEqual(words('Hän käveli kotiin.', 'fi'), ['hän'])
  // A head is no compound of its own: "elevrådet" stays the pupils' council (`notPeople`).
  assert.deepEqual(words('Skolelevrådet träffas i dag.', 'sv'), [])
  assert.equal(profiles.en.compoundHeads, undefined)
})

test('features: an ask in the first person singular is an ask cue, as in the plural', () => {
  const cases: Array<[string, Language]> = [
    ['I am looking for one municipality to test it.', 'en'],
    ['Jag söker 50 000 kronor från kommunen.', 'sv'],
    ['Nästa steg är ett kylrum, och för det behöver jag 180 000 kronor.', 'sv'],
    ['Tarvitsen 60 000 euroa maalaamon ilmanvaihtoon.', 'fi']
  ]
  for (const [text, language] of cases) {
    const f = features(text, language).features[0]!
    assert.ok(f.cues.ask.some((hit) => hit.weight >= 1), `${text}: ${JSON.stringify(f.cues.ask)}`)
  }
})

test('features: applying for a grant in the first person is an ask, as "vi ansöker" and "haemme" are; helping others apply is not', () => {
  const asks = (text: string, language: Language = 'en'): number => Math.max(0, ...features(text, language).features[0]!.cues.ask.map((hit) => hit.weight))
  assert.ok(asks('We are applying for 600,000 kronor from the innovation agency.') >= 2)
  assert.ok(asks('We apply to the district council for 350,000 kronor.') >= 1.9)
  assert.ok(asks('Vi ansöker om 350 000 kronor.', 'sv') >= 2)
  assert.ok(asks('Haemme 180 000 euroa.', 'fi') >= 2)
  assert.ok(asks('Our app helps carers with applying for benefits.') < 1)
  const r = analyzeSync('Many carers in Lund juggle calls to five services every week.\n\nOur app gathers them in one calendar.\n\nWe are applying for 600,000 kronor from the innovation agency to run a study with 200 families.')
  assert.equal(r.structure.ask.status, 'present')
  assert.equal(r.structure.ask.evidence[0]?.reasons[0], 'says “We are applying”')
})

test('evidence: a first sentence never "continues the previous sentence"; one lifted by the next "leads into the next sentence"', () => {
  const texts = [
    story,
    'Icy pavements keep the district indoors for weeks every winter, and clearing the snow costs the city a lot.\n\nWe built SnowBuddy, an app that books a snow clearer for any path before 8 a.m.',
    'Residents over 80 in Tesoma wait three days for medicine.\n\nThey cannot reach the pharmacy when the pavements are icy.'
  ]
  let next = 0
  for (const text of texts) {
    const {document, features: f} = features(text)
    const first = scoreSentences(document.sentences, f)[0]!
    for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) {
      const keys = first.reasons[element].map((r) => r.key)
      assert.ok(!keys.includes('neighbour'), `${element}: ${keys.join(', ')}`)
      if (keys.includes('next')) next++
    }
  }
  assert.ok(next > 0, 'some first sentence is read with the one after it')
})

test('evidence: what the team did or does explains a change, and what the change is for explains its outcome', () => {
  const {document, features: f} = features('Residents over 80 wait for days.\n\nWe teamed up with the pharmacy and delivered medicine to 40 homes.\n\nOur van delivers medicine within a day to reduce waiting.')
  const scores = scoreSentences(document.sentences, f)
  assert.deepEqual(scores[1]!.reasons.change.filter((r) => r.key === 'teamPast'), [{key: 'teamPast', value: 'We teamed'}])
  assert.ok(scores[2]!.reasons.change.some((r) => r.key === 'teamActs' && r.value === 'Our van'), JSON.stringify(scores[2]!.reasons.change))
  // A purpose clause explains the outcome it aims at, and the change too while the change model weighs it.
  assert.ok(scores[2]!.reasons.outcome.some((r) => r.key === 'purpose' && r.value === 'to reduce'), JSON.stringify(scores[2]!.reasons.outcome))
  assert.equal(scores[2]!.reasons.change.some((r) => r.key === 'purpose'), (weights.change.purpose ?? 0) > 0, JSON.stringify(scores[2]!.reasons.change))
  const report = analyzeSync('Residents over 80 wait for days.\n\nWe teamed up with the pharmacy and delivered medicine to 40 homes.\n\nOur van delivers medicine within a day to reduce waiting.')
  assert.ok(report.structure.change.evidence.flatMap((e) => e.reasons).includes('says what the team did: “We teamed …”'), JSON.stringify(report.structure.change))
  // The team as the subject in the present says what it does; "We teamed up" keeps its own reason only.
  assert.deepEqual(scores[1]!.reasons.change.filter((r) => r.key === 'teamActs'), [])
  const acts = analyzeSync(
    [
      'Pupils in our school sit still for most of the day, and a third of them move less than an hour a week.',
      'We train older pupils to lead ten-minute movement games in every break, with a box of equipment in each classroom.',
      'We ask the city for 3,000 euros for equipment.'
    ].join('\n\n')
  )
  assert.deepEqual(acts.structure.change.evidence.map((e) => e.reasons), [['says what the team does: “We train …”']])
  // "I propose" is a change cue as "we propose" is, in every language.
  const proposal = analyzeSync('Kylän asukkaat ajavat omilla autoillaan, koska bussia ei ole.\n\nEhdotan, että virka-autot avataan asukkaiden yhteiskäyttöön iltaisin.\n\nPyydämme kunnalta 20 000 euroa.', {language: 'fi'})
  assert.deepEqual(proposal.structure.change.evidence[0]!.reasons, ['sanoo ”Ehdotan”'])
})

test('evidence: a pronoun is explained as referring back, not as a group or a neighbour, in every language', () => {
  const cases: Array<[string, Language, string, string]> = [
    ['Maria, 84, lives alone in Kallio.\n\nLast winter she missed her heart medicine twice because the pavement was icy.\n\nOur app matches her with a neighbour, and she gets her medicine on time.', 'en', 'refers to someone named before: she', 'names the people served: neighbour'],
    ['Rut, 81, bor ensam i byn.\n\nI vintras missade hon sin medicin två gånger.\n\nVår app kopplar ihop henne med en granne, och hon får sin medicin i tid.', 'sv', 'syftar på någon som nämnts förut: hon', 'nämner dem det gäller: granne'],
    ['Aino, 84, asuu yksin kylässä.\n\nViime talvena hän jäi kahdesti ilman lääkkeitään.\n\nSovelluksemme yhdistää hänet naapuriin, ja hän saa lääkkeensä ajallaan.', 'fi', 'viittaa aiemmin mainittuun ihmiseen: hän', 'nimeää ihmiset, joita palvellaan: naapuriin']
  ]
  for (const [text, language, pronoun, group] of cases) {
    const evidence = analyzeSync(text, {language}).structure.hero.evidence
    const [, second, third] = text.split('\n\n')
    const reasonsOf = (sentence: string | undefined) => evidence.find((e) => e.text === sentence)?.reasons
    // "she", "hon", "hän": someone the pitch named before; the Swedish and Finnish people lists hold the
    // pronouns too, and "hon sin medicin" was quoted as if it named a group.
    assert.deepEqual(reasonsOf(second), [pronoun], JSON.stringify(evidence))
    // Beside a group, the group is what the sentence names ("her with a neighbour").
    assert.deepEqual(reasonsOf(third), [group], JSON.stringify(evidence))
  }
  // A sentence that names its people itself needs no pronoun reason ("residents … with their own yard").
  const named = analyzeSync('In Tampere, 2,300 residents over 75 live alone with their own yard duty.\n\nWe clear their paths.')
  assert.ok(!named.structure.hero.evidence.flatMap((e) => e.reasons).some((r) => r.startsWith('refers to')), JSON.stringify(named.structure.hero.evidence))
})

test('evidence: a group is quoted with what qualifies it, not with the verb after it', () => {
  const group = (text: string, language: Language = 'en'): string[] => {
    const {document, features: f} = features(text, language)
    return scoreSentences(document.sentences, f)[0]!.reasons.hero.filter((r) => r.key === 'people').map((r) => r.value ?? '')
  }
  assert.deepEqual(group('In Tampere, 2,300 residents over 75 live alone.'), ['residents over 75'])
  assert.deepEqual(group('Many pupils in Vantaa give up on their homework.'), ['pupils in Vantaa'])
  // A verb after the group is what the group does: "Teachers report that" and "daughter lives in" read as if
  // they were the people's names.
  assert.deepEqual(group('Teachers report that these children hand in half of their homework.'), ['Teachers'])
  assert.deepEqual(group('Sjuksköterskan lägger upp en dosett för en vecka.', 'sv'), ['Sjuksköterskan'])
  // Nor an infinitive or an object after a preposition: only a figure or a name qualifies a group there.
  assert.deepEqual(group('Residents in the north wait for days.'), ['Residents'])
  assert.deepEqual(group('Every morning 300 parents stop outside the school to drop off children.'), ['parents'])
  // A figure right after the group is its age when an age word follows (the profile's `ageWords`), up to that
  // word; one with a currency sign between is a sum a verb gives, and any other is what the sentence counts.
  assert.deepEqual(group('A studio costs students €480 a month, and the students pay it alone.'), ['students'])
  assert.deepEqual(group('Patients 75 and older wait longest.'), ['Patients 75 and older'])
  assert.deepEqual(group('Unga 13–17 år i Fagersta har ingenstans att vara.', 'sv'), ['Unga 13–17 år'])
  const reaches = (text: string): string[] => {
    const {document, features: f} = features(text, 'en')
    const sentence = document.sentences[0]!
    return f[0]!.people.map((p) => sentence.words.slice(p.first, p.reach + 1).map((w) => w.value).join(' '))
  }
  assert.deepEqual(reaches('A nurse phones the patient 48 hours after discharge.'), ['nurse', 'patient'])
  // Finnish says an age before the group ("yli 75-vuotiaat"): a figure after it counts ("of the participants, 62 %").
  assert.deepEqual(group('Osallistujista 62 prosenttia kertoi tarkistavansa jään ennusteesta.', 'fi'), ['Osallistujista'])
  // Two groups side by side are one; a comma between them keeps them two.
  assert.deepEqual(group('Kotihoidon hoitajien mukaan moni asiakas jää ilman apua.', 'fi'), ['Kotihoidon hoitajien'])
  assert.deepEqual(group('Wheelchair users, people with prams and visitors wait at the door.'), ['Wheelchair users'])
})

test('evidence: a title that names the change says why it is evidence (where such sentences stand)', () => {
  // A pitch's first line is often its solution ("Text alerts when the ferry is late"); the change's model
  // weighs the first place up, and that is a reason to give, not none. ("Ferry times that passengers can trust",
  // the title here until the thirty-third session, sits at the evidence floor: 0.39–0.41 over the last refits.)
  const r = analyzeSync(
    [
      '# Text alerts when the ferry is late',
      'Last winter the ferry was late on 19 days, and nobody told the passengers.',
      'We send a text message to every passenger when the ferry is late.',
      'Complaints fell from 40 to 6.'
    ].join('\n\n')
  )
  const title = r.structure.change.evidence.find((e) => e.text === 'Text alerts when the ferry is late')
  assert.ok(title, JSON.stringify(r.structure.change.evidence))
  assert.ok(title.reasons.includes('where such sentences usually stand'), JSON.stringify(title.reasons))
  assert.ok(r.structure.change.evidence.every((e) => e.reasons.length > 0), JSON.stringify(r.structure.change.evidence))
})

test('features: the team words in someone else\'s quotation are the speaker\'s, not the team\'s', () => {
  const read = (text: string, language: Language = 'en'): SentenceFeatures[] => {
    const document = modelDocument(text, resolveOptions({language}))
    return pitchFeatures(document.sentences, featureLists(profiles[language]))
  }
  const voice = (f: SentenceFeatures): [number, boolean, string | undefined] => [f.team, f.teamSubject, f.speech && `${f.speech.first}-${f.speech.last}`]
  // A resident quoted: her "we" is no team, and she speaks in the first person.
  const raili = read('"We had talked about this since 2015," says Raili Lehto. "This time we just said yes, and it happened."')
  assert.deepEqual(raili.map(voice), [[0, false, '0-6'], [0, false, '0-8']])
  // Curly quotes, and Swedish ”…” with "jag".
  assert.deepEqual(read('“I still call Päivi when I do not know something,” she says.').map(voice), [[0, false, '0-9']])
  assert.deepEqual(read('”För första gången på tio år behöver jag inte sova med raggsockor”, säger Ingrid.', 'sv').map(voice), [[0, false, '0-11']])
  // The team asks and she answers: the quotation is hers, though the team stands outside it (fi "kysyimme").
  const fi = read('Kun kysyimme häneltä, mikä muuttui, hän vastasi: ”Nyt mä tiedän, missä mä herään huomenna.”', 'fi')[0]!
  assert.equal(fi.teamVoice, false)
  assert.deepEqual(fi.speech, {first: 7, last: 13})
  // The team alone stands outside: the quotation is the team's own, and so are its words.
  const ours = read('We always tell new members: "we fix the bike first and talk later."')[0]!
  assert.deepEqual([ours.teamVoice, ...voice(ours)], [true, 2, true, undefined])
  // A short quotation is a name or a scare quote, not speech: "bus stops", "don't know".
  assert.deepEqual(read('We usually say "we know" when asked.').map(voice), [[2, true, undefined]])
  assert.equal(read('Children join at "bus stops" marked with yellow signs.')[0]!.quotes.length, 0)
  // A quotation in the third person is not first-person speech.
  assert.equal(read('The survey said "most tenants wait too long for repairs".')[0]!.speech, undefined)
  // A quotation runs on through the sentences of its block that have no mark, and stops at the block's end.
  const long = read('“We talked about a lift for years. Every year we gave up. This time we said yes,” says Raili.\n\nWe act as project manager.')
  assert.deepEqual(long.map((f) => f.team), [0, 0, 0, 1])
  assert.deepEqual(long.map((f) => f.speech !== undefined), [true, true, true, false])
  // Every run-on sentence is the same object each time the same pitch is read (the scoring cache relies on it).
  const text = '“We talked about a lift for years. Every year we gave up. This time we said yes,” says Raili.'
  const document = modelDocument(text, resolveOptions({language: 'en'}))
  const lists = featureLists(profiles.en)
  const own = document.sentences.map((s) => sentenceFeatures(s, lists))
  assert.equal(own[1]!.team, 1)
  assert.equal(inDocument(document.sentences, own, lists)[1], inDocument(document.sentences, own, lists)[1])
})

test('features: an unknown capitalised word after a verb that attributes a quotation is a name ("says Raili Lehto")', () => {
  const {features: f} = features('"We had talked about this since 2015," says Raili Lehto, who chairs the board.\n\n"My radio plays again," wrote Tove in the guestbook.')
  assert.deepEqual(f[0]!.names, ['Raili Lehto'])
  assert.deepEqual(f[1]!.names, ['Tove'])
  // In Swedish and Finnish too, with a name no list knows: "”…”, säger Aili Korhonen".
  const sv = features('”Förra vintern gick jag inte ut på sex veckor”, säger Aili Korhonen, 86, i Gävle.', 'sv').features[0]!
  assert.deepEqual([sv.names, sv.namesTagged], [['Aili Korhonen'], true])
  assert.deepEqual(features('”Nyt mä tiedän, missä mä herään”, sanoo Jonte.', 'fi').features[0]!.names, ['Jonte'])
  // The spine names her, and its clauses leave no quotation mark of the pitch's open.
  const pitch = [
    '”Vi har bott på fjärde våningen sedan 1978. Förra vintern gick jag inte ut på sex veckor”, säger Aili Korhonen, 86, i Gävle.',
    'Omkring 900 personer över 75 år i Gävle bor i hus utan hiss.',
    'Vi tar hand om hela projektet åt föreningen: vi inventerar trapphuset och söker det statliga stödet.',
    'I fjol testade vi modellen med fem föreningar, och kostnaden per lägenhet sjönk från 98 000 till 61 000 kronor. ”Nu går jag till torget varje lördag”, säger Aili.',
    'Vi söker 600 000 kronor från kommunen.'
  ].join('\n\n')
  const spine = analyzeSync(pitch, {language: 'sv'}).spine ?? ''
  assert.match(spine, /^Aili Korhonen \(huvudperson\); /)
  assert.equal((spine.match(/”/g) ?? []).length % 2, 0, spine)
  // Only a verb after a quotation names its speaker: "We ask Vinnova" addresses an agency, "visited Kotka" names a place.
  assert.deepEqual(features('We ask Vinnova for 500,000 kronor to run the pilot.').features[0]!.names, [])
  assert.deepEqual(features('Last spring we visited Kotka with the bus.').features[0]!.names, [])
})

test('story: a pitch that quotes the people it serves is no team-as-hero pitch, and the quote names its hero', () => {
  const pitch = [
    '"We had talked about a lift since 2015," says Raili Lehto, who chairs the Koivukuja board. "Every year we gave up, because nobody had time to compare offers."',
    'Lift Together runs the whole project for the housing company: offers, subsidies and the contractor.',
    '"This time we just said yes, and it happened," Lehto says. The lift was ready in eight months.',
    'We ask the city for 20,000 euros to run the model in five more buildings.'
  ].join('\n\n')
  const r = analyzeSync(pitch)
  assert.equal(r.messages.filter((m) => m.ruleId === 'team-as-hero').length, 0)
  assert.equal(r.structure.hero.status, 'present')
  assert.ok(reasons(r, 'hero').some((reason) => reason.startsWith('quotes a person in their own words: “')), JSON.stringify(reasons(r, 'hero')))
  assert.ok(reasons(r, 'hero').includes('names a person: Raili Lehto'), JSON.stringify(reasons(r, 'hero')))
  // The same pitch told by the team, in its own words, is.
  const told = pitch.replaceAll('"', '').replace(' says Raili Lehto, who chairs the Koivukuja board.', '.').replace(' Lehto says.', '.')
  assert.equal(analyzeSync(told).messages.filter((m) => m.ruleId === 'team-as-hero').length, 1)
  // A person quoted in the first person counts among the people served when the coach weighs "we" against them.
  const beds = [
    'Residents walk for hours between full shelters.',
    'We built one shared bed register. We connect all twelve shelters to it.',
    '"For the first time, I went straight to a place and they were expecting me," one visitor wrote.',
    'We ask the city for 420,000 kronor, and we will add the day centres.'
  ].join('\n\n')
  assert.equal(analyzeSync(beds).messages.filter((m) => m.ruleId === 'team-as-hero').length, 0)
  assert.equal(analyzeSync(beds.replace(/"For .*" one visitor wrote\./, 'One visitor wrote a note.')).messages.filter((m) => m.ruleId === 'team-as-hero').length, 1)
})

test('features depend only on the sentence (the engine caches them by text)', () => {
  const a = features('# The problem\n\nNurses on night shift cannot reach a doctor.').features[1]!
  const b = features('Some other text first.\n\nNurses on night shift cannot reach a doctor.\n\nAnd more after.').features[1]!
  assert.deepEqual(a, b)
})

test('features: form prompts and headings open sections', () => {
  const {document, features: f} = features('What is the problem you are trying to solve?\n\nThe bus is late.\n\n## Our solution\n\nA shared taxi.')
  assert.deepEqual(f[0]!.opens, ['problem'])
  assert.deepEqual(f[2]!.opens, ['change'])
  // "How much …" asks for an amount, not how the solution works; a difference made is an outcome.
  assert.deepEqual(features('How much are you applying for?').features[0]!.opens, ['ask'])
  assert.deepEqual(features('Hur mycket söker ni?', 'sv').features[0]!.opens, ['ask'])
  assert.deepEqual(features('Kuinka paljon haette?', 'fi').features[0]!.opens, ['ask'])
  assert.ok(features('What difference will it make?').features[0]!.opens.includes('outcome'))
  const v = vectors(document.sentences, f)
  assert.equal(v[1]!['section.problem'], 1)
  assert.equal(v[3]!['section.change'], 1)
  assert.equal(v[0]!['section.problem'], 0, 'the prompt itself is not in its section')
})

test('scoring: a bare title or form prompt carries no element, but a list item or a long rhetorical question can', () => {
  const text = [
    'What is the problem you are trying to solve?',
    'Residents over 80 wait three days for their medicine because the pharmacy closed.',
    '## Results',
    'Waiting fell from 3 days to 4 hours.',
    'Why do so many young people feel that nobody would notice if they disappeared?',
    '- Support for lonely residents in 14 languages'
  ].join('\n\n')
  const {document, features: f} = features(text)
  const scores = scoreSentences(document.sentences, f)
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) {
    assert.equal(scores[0]!.score[element], 0, `the prompt carries no ${element}`)
    assert.equal(scores[2]!.score[element], 0, `the bare heading carries no ${element}`)
  }
  // The prompt and the heading still open their sections.
  assert.deepEqual(f[0]!.opens, ['problem'])
  assert.deepEqual(f[2]!.opens, ['outcome'])
  assert.ok(scores[4]!.score.problem > 0, 'a rhetorical question of 14 words is content')
  assert.ok(scores[5]!.score.change > 0, 'a list item is content')
  assert.deepEqual(f[5]!.opens, [], 'and opens no section, though it says "support"')
  const report = analyzeSync(text)
  assert.deepEqual(report.sentences[0]!.roles, [])
  assert.deepEqual(report.sentences[2]!.roles, [])
})

test('scoring: a line that names the ask\'s section and asks clearly is the ask, not a bare title; a heading stays a title', () => {
  const pitch = 'Järvikuva-sovellus arvioi järviveden levätilanteen rannalta otetusta kuvasta.\n\nEnsimmäisenä kesänä kuvia tuli yli 9 000.\n\nLataa sovellus ja lähde mukaan: [linkki]'
  const {document, features: f} = features(pitch, 'fi')
  assert.ok(f[2]!.titleLike && f[2]!.opens.includes('ask'), 'short, unpunctuated, and "lähde mukaan" opens the ask')
  assert.equal(bareTitle(document.sentences[2]!, f[2]!), false)
  const report = analyzeSync(pitch, {language: 'fi'})
  assert.ok(report.sentences[2]!.roles.includes('ask'), JSON.stringify(report.sentences[2]!.roles))
  assert.notEqual(report.structure.ask.status, 'missing')
  // The lead-in to a list of requests.
  const lead = features('We ask the Board to:\n\n- approve the pilot\n- name a contact person')
  assert.equal(bareTitle(lead.document.sentences[0]!, lead.features[0]!), false)
  // The same words as a heading open the section and carry nothing themselves.
  const heading = features('## Lähde mukaan\n\nLataa sovellus osoitteesta jarvikuva.fi.', 'fi')
  assert.equal(bareTitle(heading.document.sentences[0]!, heading.features[0]!), true)
})

test('scoring: the second stage reads neighbours within a part of the text: a heading, a paragraph or one list', () => {
  const {document} = features('# Title\n\nFirst one. Second one.\n\n- Item a.\n- Item b.\n\nLast one.\n\n- Item c.')
  assert.deepEqual([...parts(document.sentences)], [0, 1, 1, 2, 2, 3, 4])
  // A sentence after a paragraph break reads none of the sentences before it; one inside a paragraph does.
  const {document: d, features: f} = features('Our volunteers visit older residents every week.\n\nMany of them live alone and cannot leave home in winter.')
  const first = firstStage(vectors(d.sentences, f))
  const v = vectors(d.sentences, f)
  const best = Math.max(first[0]!.problem, first[1]!.problem)
  assert.equal(stackInputs(first, 1, 'problem', v[1]!, parts(d.sentences), best).prev, 0)
  assert.ok(stackInputs(first, 1, 'problem', v[1]!, new Int32Array([0, 0]), best).prev > 0)
})

test('scoring: the second stage reads how far a sentence falls short of the pitch\'s clearest one (gap), never counting a bare title', () => {
  const {document, features: f} = features(
    '## What is the problem?\n\nMany older residents in Kotka cannot leave home in winter because the pavements are icy, and last winter 40 of them fell.\n\nThey wait for days for a ride to the shop.\n\nWe clear paths with volunteers.'
  )
  const v = vectors(document.sentences, f)
  const first = firstStage(v)
  const part = parts(document.sentences)
  const best = Math.max(first[1]!.problem, first[2]!.problem, first[3]!.problem)
  assert.ok(first[1]!.problem === best && best >= gapLeast, String(best))
  assert.equal(stackInputs(first, 1, 'problem', v[1]!, part, best).gap, 0)
  const gap = stackInputs(first, 2, 'problem', v[2]!, part, best).gap
  assert.ok(gap < 0 && gap > gapFloor, String(gap))
  assert.equal(stackInputs(first, 3, 'problem', v[3]!, part, best).gap, gapFloor, 'far below the clearest')
  // The scorer reads the pitch's best over the sentences that are no bare title: the prompt above does not set it.
  const scores = scoreSentences(document.sentences, f)
  const stack = weights.stack.problem
  for (const i of [1, 2, 3]) {
    const along = 1 / (1 + Math.exp(-stackLogit(stack, stackInputs(first, i, 'problem', v[i]!, part, best))))
    assert.ok(Math.abs(Math.max(along, 1 / (1 + Math.exp(-first[i]!.problem))) - scores[i]!.score.problem) < 1e-9)
  }
  // Where nothing reads as the element (the best under `gapLeast`), or every sentence is a bare title, no
  // sentence is its likeliest carrier: none is lifted.
  assert.equal(gapInput(gapLeast - 0.5, gapLeast - 0.5), gapFloor)
  assert.equal(gapInput(1.5, -Infinity), gapFloor)
  // The pitch's clearest problem sentence is lifted beside a weaker one that reads the same on its own.
  assert.ok((weights.stack.problem.gap ?? 0) > 0)
})

test('scoring: a first stage sigmoid(bias + Σ weight · input), lifted by a second that reads the sequence, scores in 0..1', () => {
  const {document, features: f} = features(story)
  const scores = scoreSentences(document.sentences, f)
  const v = vectors(document.sentences, f)
  const first = firstStage(v)
  const part = parts(document.sentences)
  scores.forEach((s, i) => {
    for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) {
      const score = s.score[element]
      assert.ok(score > 0 && score < 1)
      const model = weights[element]
      // The first stage is the bias plus the contributions.
      const sum = model.bias + contributions(model, v[i]!).reduce((t, c) => t + c.value, 0)
      assert.ok(Math.abs(sum - logit(model, v[i]!)) < 1e-9)
      assert.ok(Math.abs(sum - first[i]![element]) < 1e-9)
      // The second stage combines it with the neighbours' first-stage scores.
      const best = Math.max(...first.map((row, k) => (bareTitle(document.sentences[k]!, f[k]!) ? -Infinity : row[element])))
      const inputs = stackInputs(first, i, element, v[i]!, part, best)
      assert.equal(inputs.prev, i === 0 || part[i - 1] !== part[i] ? 0 : 1 / (1 + Math.exp(-first[i - 1]![element])))
      // … and may lift the sentence but not sink it below what it says alone (headings, questions and titles excepted).
      const alone = 1 / (1 + Math.exp(-first[i]![element]))
      const along = 1 / (1 + Math.exp(-stackLogit(weights.stack[element], inputs)))
      const expected = inputs.heading + inputs.question + inputs.title > 0 ? along : Math.max(alone, along)
      assert.ok(Math.abs(expected - score) < 1e-9)
    }
  })
  for (const name of Object.keys(weights.problem)) assert.ok(name === 'bias' || (featureNames as readonly string[]).includes(name), `unknown input ${name}`)
})

test('scoring: inputs that speak for an element never weigh against it', () => {
  assert.ok((weights.outcome.comparison ?? 0) >= 0)
  assert.ok((weights.outcome['cue.outcome'] ?? 0) > 0)
  assert.ok((weights.problem['cue.problem'] ?? 0) > 0)
  assert.ok((weights.hero.people ?? 0) > 0)
  assert.ok((weights.change['cue.change'] ?? 0) > 0)
  assert.ok((weights.ask['cue.ask'] ?? 0) > 0)
  // The last sentence is read from its words, not its place.
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) assert.equal(weights[element]['position.last'] ?? 0, 0, element)
})

test('story: the spine tells the change where the pitch first says it, not at a detail that scores higher', () => {
  const pitch = [
    '# Beds for the night',
    'Every night in Tampere, people who sleep rough call shelter after shelter to find a free bed, and some give up before they find one.',
    '## What we did',
    'In May we launched one shared bed register for the twelve emergency shelters.',
    '- Staff update it with a single tap when someone checks in or out.\n- Outreach workers see free beds on their phones.',
    '## What happened',
    'Calls between shelters fell from 140 to 20 a night, and nobody was turned away in March.',
    'We ask the city for 30,000 euros to keep the register running next year.'
  ].join('\n\n')
  // A list item scores highest ("Staff update it with a single tap"), but the spine takes the sentence that
  // introduces the change, when it scores within 0.05 of it; further under, the best sentence.
  const told = (introduced: number): string | undefined => {
    const result = storyWith(pitch, {'Staff update it': {change: 0.97}, 'In May we launched': {change: introduced}, 'We ask the city': {ask: 0.97}})
    assert.equal(result.structure.change.status, 'present')
    return result.spine.find((part) => part.element === 'change')?.text
  }
  assert.equal(told(0.93), 'In May we launched one shared bed register for the twelve emergency shelters')
  assert.equal(told(0.9), 'Staff update it with a single tap when someone checks in or out')
  const r = analyzeSync(pitch)
  // A group that ends on a word that leads on is named with the words it leads to, in the spine and the reasons.
  assert.match(r.spine ?? '', /^people who sleep rough \(hero\); /)
  assert.ok(reasons(r, 'hero').includes('names the people served: people who sleep rough'), JSON.stringify(reasons(r, 'hero')))
  // A group with a place after it keeps the place: "Drivers in Tampere".
  assert.match(analyzeSync('Drivers in Tampere spend 15 minutes searching for parking.\n\nOur app shows free spaces.\n\nSearch time fell from 15 to 4 minutes.').spine ?? '', /^Drivers in Tampere \(hero\); /)
})

test('story: a weak element joins the spine only in a sentence its question would quote, never one that reads as another element', () => {
  const pitch = [
    '# Binwatch',
    'We are three students from the technical college who love building things. Our first product is a small sensor that tells how full a recycling bin is. It runs on a cheap board and needs no cloud connection. We have built two prototypes and tested them at our school. We are looking for a housing company that lets us try ten sensors this spring.'
  ].join('\n\n')
  // The problem is only hinted at, in a sentence that reads more as the change; the outcome is hinted at in a
  // sentence that reads as nothing else.
  const result = storyWith(pitch, {
    'Our first product': {change: 0.95},
    'It runs on a cheap board': {change: 0.9, problem: 0.3},
    'We have built two prototypes': {outcome: 0.3},
    'We are looking for': {ask: 0.95}
  })
  const part = (element: Element): string | undefined => result.spine.find((p) => p.element === element)?.text
  // The coach asks the problem's open question, quoting nothing ...
  assert.equal(result.structure.problem.status, 'weak')
  const problemQuestion = result.questions.find((q) => q.element === 'problem')
  assert.ok(problemQuestion && problemQuestion.quote === undefined, JSON.stringify(problemQuestion))
  // ... and the spine does not tell that sentence as the problem: it tells the story without one.
  assert.equal(part('problem'), undefined, JSON.stringify(result.spine))
  assert.match(part('change') ?? '', /^Our first product is a small sensor/)
  assert.match(part('ask') ?? '', /^We are looking for a housing company/)
  // A weak element whose question quotes its sentence is told in the spine as the question quotes it.
  assert.equal(result.structure.outcome.status, 'weak')
  const outcomeQuestion = result.questions.find((q) => q.element === 'outcome')
  assert.ok(outcomeQuestion?.quote, JSON.stringify(outcomeQuestion))
  assert.equal(part('outcome'), outcomeQuestion.quote.text)
  // Read as the problem more than as anything else, the same sentence is quoted and told as the problem.
  const problem = storyWith(pitch, {'Our first product': {change: 0.95}, 'It runs on a cheap board': {problem: 0.3}, 'We are looking for': {ask: 0.95}})
  assert.ok(problem.questions.find((q) => q.element === 'problem')?.quote, JSON.stringify(problem.questions))
  assert.match(problem.spine.find((p) => p.element === 'problem')?.text ?? '', /^It runs on a cheap board/)
})

test('reasons: people named only generically is said of a sentence that names no group, never beside the group it is part of', () => {
  const pitch = (sentence: string): PitchReport => analyzeSync(`${sentence}\n\nWe will open the school gym on Friday evenings with two youth workers.`, {language: 'en'})
  // "people" is part of "Young people in Kallio": the group is the reason, not "only generically".
  for (const [sentence, group] of [
    ['Young people in Kallio have nowhere to go in the evening.', 'Young people in Kallio'],
    ['Wheelchair users cannot board the old trams.', 'Wheelchair users']
  ] as const) {
    const said = reasons(pitch(sentence), 'hero')
    assert.ok(said.includes(`names the people served: ${group}`), said.join('; '))
    assert.ok(!said.some((reason) => reason.startsWith('names people only generically')), said.join('; '))
  }
  // Whenever the generic word speaks for the hero (however much a refit weighs it), the reason is the group
  // it is part of, and "only generically" only when the sentence names no group.
  const generic = (text: string) => {
    const {document, features: f} = features(text)
    return explain('hero', [{feature: 'generic', value: 1}], document.sentences[0]!, f[0]!, '')
  }
  assert.deepEqual(generic('Young people in Kallio have nowhere to go in the evening.'), [{key: 'people', value: 'Young people in Kallio'}])
  assert.deepEqual(generic('People wait for hours at the clinic.'), [{key: 'generic', value: 'People'}])
})

test('story: a name the pitch gives an animal is not a person, and the spine follows the child', () => {
  const dog = features('In January we started inviting Rufus, a calm golden retriever, and his owner.').features[0]!
  assert.deepEqual([dog.names, dog.animals], [[], ['Rufus']])
  const hund = features('Varje vecka kommer Sigge, en lugn labrador, till biblioteket.', 'sv').features[0]!
  assert.deepEqual([hund.names, hund.animals], [[], ['Sigge']])
  // An appositive without an animal keeps the name: "Eino, a retired teacher".
  assert.deepEqual(features('We met Eino, a retired teacher, at the library.').features[0]!.names, ['Eino'])
  const pitch = [
    '# Reading to Rufus',
    'Last autumn, one of my pupils, Elias, refused to read aloud at all.',
    'In January we started inviting Rufus, a calm golden retriever, to the library.',
    'Once a week, pupils who struggle read to Rufus for fifteen minutes.',
    'By May, Elias read a whole page aloud in front of his parents.',
    'We ask the city for 4,800 euros to bring reading dogs to five more schools.'
  ].join('\n\n')
  assert.match(analyzeSync(pitch).spine ?? '', /^Elias \(hero\); /)
})

test('features: a name the pitch shows to be a place or a thing names no person anywhere in it', () => {
  const read = (text: string, language: Language = 'en'): SentenceFeatures[] => {
    const document = modelDocument(text, resolveOptions({language}))
    return pitchFeatures(document.sentences, featureLists(profiles[language]))
  }
  // The solution defined by "is a" and a change cue, or named at the head of a heading before a colon.
  const app = read('# Kinly\n\nKinly is a mobile app with a shared calendar.\n\nWe have built Kinly over the past year.\n\nAnna looks after her mother.')
  assert.deepEqual(app.map((f) => f.names), [[], [], [], ['Anna']])
  const title = read('# Snowline: our story\n\nSnowline started at a kitchen table in Tampere.')
  assert.deepEqual(title.map((f) => [f.names, f.personFirst]), [[[], false], [[], false]])
  // A place after "in" or "i" anywhere in the pitch.
  const village = read('Visuvesi is not unique.\n\nHer family moved to Visuvesi from Tampere, to the school in Visuvesi.')
  assert.deepEqual(village[0]!.names, [])
  const ort = read('Vi har testat modellen i Gävle.\n\nSkolorna i Gävle har 4 000 elever, och Gävle växer.', 'sv')
  assert.deepEqual(ort[1]!.names, [])
  // Its inflected forms too ("Tyhjän"), in a language that inflects names.
  const palvelu = read('Tyhjä on palvelu taloyhtiöille.\n\nAsukkaat varaavat noudon, ja Tyhjän auto hakee sohvan.', 'fi')
  assert.ok(palvelu.every((f) => f.names.length === 0), JSON.stringify(palvelu.map((f) => f.names)))
  // A known given name stays a person's before a heading's colon, and after "at" or "på", where a person can
  // stand ("smiled at Maria", "väntar på Anna").
  const maria = read('# Maria: a day without a bus\n\nEvery morning, Maria, 84, waits for the bus.')
  assert.deepEqual(maria.map((f) => f.names), [['Maria'], ['Maria']])
  assert.deepEqual(read('The nurse smiled at Maria.\n\nMaria, 84, waits for the bus.').map((f) => f.names), [['Maria'], ['Maria']])
  assert.deepEqual(read('Sköterskan väntar på Anna.\n\nAnna, 84, väntar på bussen.', 'sv').map((f) => f.names), [['Anna'], ['Anna']])
  // After "in" or "i" (`placeLocatives`) a given name is a place too ("Devon", "Mora", "Wilma", the school
  // system), but not a full name ("in Maria Lind's class").
  assert.deepEqual(read('Three hundred households in Devon now have one.\n\nDevon has many bats.').map((f) => f.names), [[], []])
  assert.deepEqual(read('För patienterna i Orsa är det fem mil till Mora lasarett.\n\nPiloten bygger på en förstudie i Mora.', 'sv').map((f) => f.names), [[], []])
  assert.deepEqual(read('Guardians can register their child in Wilma by 15 May.')[0]!.names, [])
  assert.deepEqual(read('The pupils in Maria Lind\'s class read every day.')[0]!.names, ['Maria Lind'])
  // A second place joined to the first by "and" ("in Glaisdale and Lealholm", "i Sundsvall och Härnösand"), in
  // every sentence; not a given name there ("in Lempäälä and Maria, 58, …").
  const villages = read('Over-70s in Glaisdale and Lealholm told us they miss appointments.\n\nLealholm has no bus after four.')
  assert.deepEqual(villages.map((f) => f.names), [[], []])
  assert.deepEqual(read('Vi har kört en pilot i Sundsvall och Härnösand.\n\nI Härnösand fortsätter den.', 'sv').map((f) => f.names), [[], []])
  assert.deepEqual(read('Many older people live alone in Lempäälä and Maria, 58, is one of them.')[0]!.names, ['Maria'])
  // After "the" (`thingArticles`) a given name names a thing or a place, in every sentence of the pitch: a river,
  // a room, a song. A person's name takes no article, and one after "a", or standing alone, stays a person.
  const river = read('My mother watched the Eden come up the street.\n\nThe Eden rises within hours.\n\nThe upper Eden has no gauge.')
  assert.deepEqual(river.map((f) => f.names), [[], [], []])
  assert.deepEqual(read('Children go straight to the Willow Room.\n\nWillow Room staff greet them.').map((f) => f.names), [[], []])
  assert.deepEqual(read('The children sing the Wally song.')[0]!.names, [])
  assert.deepEqual(read('Every morning, Maria, 84, waits for the bus.\n\nThe nurse calls Maria.').map((f) => f.names), [['Maria'], ['Maria']])
  // Only in English: Swedish and Finnish names take no article, and "the" is no Swedish word.
  assert.deepEqual(read('Anna, 84, väntar på bussen.', 'sv')[0]!.names, ['Anna'])
  // A name the pitch gives an animal, wherever it stands: "pupils read to Rufus".
  const dog = read('In January we started inviting Rufus, a calm golden retriever.\n\nOnce a week, pupils read to Rufus for fifteen minutes.')
  assert.deepEqual(dog.map((f) => f.names), [[], []])
  // A person is a person: "Leena is a home care nurse who lives on Nagu".
  assert.deepEqual(read('Leena is a home care nurse who lives on Nagu and works in Pargas.')[0]!.names, ['Leena'])
})

test('features: people named by their age are a group of people, in every language', () => {
  const groups = (text: string, language: Language = 'en'): string[][] => {
    const document = modelDocument(text, resolveOptions({language}))
    const {sentences} = document
    return pitchFeatures(sentences, featureLists(profiles[language])).map((f, i) => f.people.map((m) => text.slice(sentences[i]!.words[m.first]!.start, sentences[i]!.words[m.last]!.end)))
  }
  assert.deepEqual(groups('A hip fracture keeps an 85-year-old in hospital for weeks.\n\nThink of a fourteen-year-old with a maths test tomorrow.\n\nA culture card for every 16-year-old.\n\nMost 16-year-olds have none.\n\nOver-75s wait longest.'), [
    ['85-year-old'], ['fourteen-year-old'], ['16-year-old'], ['16-year-olds'], ['Over-75s']
  ])
  // Before a word that names something, the age is that thing's: "70-year-old spruce".
  assert.deepEqual(groups('He lost four hectares of 70-year-old spruce.'), [[]])
  // Inflected, and after a range of ages.
  assert.deepEqual(groups('Kunnassa yli 1 200 yli 80-vuotiasta asuu yksin.\n\nAlueen 13–17-vuotiaista vain joka kymmenes harrastaa.', 'fi'), [['yli 80-vuotiasta'], ['13–17-vuotiaista']])
  assert.deepEqual(groups('Många 16-åringar saknar sommarjobb.', 'sv'), [['16-åringar']])
  // A Finnish age written with a number word is one word ("yhdeksänvuotias"); a word that is not a number
  // before "vuotias" is no age ("monivuotinen" is not even that word), and the elderly and age groups told by a
  // word of their own are people too ("iäkkäät", "alaikäiset", "eläkeikäiset").
  assert.deepEqual(groups('Yhdeksänvuotias odottaa terapiaa puoli vuotta.\n\nIäkkäät eivät käyttäneet sovellusta.\n\nAlaikäisille ei myydä energiajuomia.\n\nSuunnitelma on monivuotinen.', 'fi'), [
    ['Yhdeksänvuotias'], ['Iäkkäät'], ['Alaikäisille'], []
  ])
  // Not a figure alone, nor an age in years.
  assert.deepEqual(groups('The bridge is 85 years old.'), [[]])
})

test('features: a person is named in full, as the pitch writes the name', () => {
  const names = (text: string, language: Language = 'en'): string[] => features(text, language).features[0]!.names
  assert.deepEqual(names('Hamest Melikyan confessed: it was hard.'), ['Hamest Melikyan'])
  assert.deepEqual(names('We met Jonna Virtanen at the shelter.'), ['Jonna Virtanen'])
  assert.deepEqual(names('Anna Lindqvist, 54, is a nurse.'), ['Anna Lindqvist'])
  assert.deepEqual(names('Yesterday Maria told us.'), ['Maria'], 'a word the lexicon knows is no part of a name')
  assert.deepEqual(names('Rektorn Anna Lindqvist, 54, säger att Ebba trivs.', 'sv'), ['Anna Lindqvist', 'Ebba'])
  const sv = features('Anna Lindqvist är rektor på skolan.', 'sv').features[0]!
  assert.deepEqual([sv.names, sv.namesTagged], [['Anna Lindqvist'], true], 'a known given name makes the full name a person')
  assert.deepEqual(names('Rektori Kaisa Korhonen kertoo, että Aleksi viihtyy.', 'fi'), ['Kaisa Korhonen', 'Aleksi'])
  // A longer proper name is still no person: "Wikimedia Sverige", "Treharris Community Pantry".
  assert.deepEqual(names('Vi samarbetar med Wikimedia Sverige.', 'sv'), [])
  assert.deepEqual(names('Treharris Community Pantry helps older residents.'), [])
  // The spine names the protagonist in full, and counts the later mentions of the given name.
  const pitch = [
    'Jonna Virtanen turned eighteen in a foster home in Hämeenlinna and had to leave within a month.',
    'Jonna had no deposit and no one to sign the lease with her.',
    'Our programme gives young people leaving care a guaranteed lease and a mentor for a year.',
    'Of the 40 young people in our first groups, 36 still live in their first flat.',
    'We ask the city for 60,000 euros to run two more groups next year.'
  ].join('\n\n')
  assert.match(analyzeSync(pitch).spine ?? '', /^Jonna Virtanen \(hero\); /)
})

test('features: a sentence the rest of the pitch does not change keeps its own features object, and a changed one the same copy', () => {
  // "Priya wakes …" alone names no one: at the start of a sentence every word has a capital, and an unknown one
  // before a verb is as often a product ("Kinly sends …"). The pitch, which gives Priya an age, makes it her.
  const text = '# Bakery\n\nPriya, 34, runs a bakery in Kotka.\n\nPriya wakes at four every morning.'
  const document = modelDocument(text, resolveOptions({language: 'en'}))
  const lists = featureLists(profiles.en)
  const own = document.sentences.map((s) => sentenceFeatures(s, lists))
  const first = inDocument(document.sentences, own, lists)
  const again = inDocument(document.sentences, own, lists)
  assert.equal(first[0], own[0], 'a heading without names')
  assert.notEqual(first[2], own[2])
  assert.deepEqual(own[2]!.names, [])
  assert.deepEqual(first[2]!.names, ['Priya'])
  assert.equal(again[2], first[2])
  const alone = modelDocument('Kinly started at a kitchen table.', resolveOptions({language: 'en'}))
  const f = sentenceFeatures(alone.sentences[0]!, lists)
  assert.equal(inDocument(alone.sentences, [f], lists)[0], f)
})

test('features: an English sentence that opens with an unknown capitalised word names no one, unless it is a known given name, a full name or has an age', () => {
  const names = namesIn
  // A product, a place or a noun before a verb is no person.
  assert.deepEqual(names('Kinly sends a reminder the evening before.'), [])
  assert.deepEqual(names('Status goes on the city website every morning.'), [])
  assert.deepEqual(names('Culture should be for everyone.'), [])
  // A Finnish or Swedish given name (the profiles' lists, which the English one shares), a name with an age, a
  // full name and a name inside a sentence still are.
  assert.deepEqual(names('Raimo walks to the shop every morning.'), ['Raimo'])
  assert.deepEqual(names('Gunnel waits for the bus.'), ['Gunnel'])
  assert.deepEqual(names('Priya, 34, runs a bakery.'), ['Priya'])
  assert.deepEqual(names('Hamest Melikyan confessed that he was lonely.'), ['Hamest Melikyan'])
  assert.deepEqual(names('Every morning Priya opens the bakery.'), ['Priya'])
})

test('story: a product name is no person in the evidence', () => {
  const pitch = [
    '# Tyhjä: bulky-waste pickup on the building’s own calendar',
    'Tyhjä is a booking service for housing companies.',
    'Residents book a pickup slot in the building’s booking app, and a van collects the old sofa within three hours.',
    'Before Tyhjä, residents left furniture in the basement waste room, and the caretaker spent eight hours a month carrying it out.',
    'In the first four months, 57 households booked a pickup, and the caretaker now spends under an hour a month on bulky waste.',
    'We are looking for five more housing companies in Tampere for a paid pilot from September.'
  ].join('\n\n')
  const r = analyzeSync(pitch)
  const all = (['problem', 'hero', 'change', 'outcome', 'ask'] as const).flatMap((element) => reasons(r, element))
  assert.ok(!all.some((reason) => reason.includes('Tyhjä')), all.join('; '))
  assert.ok(!(r.spine ?? '').startsWith('Tyhjä'), String(r.spine))
})

test('story: a hero from a name, with evidence and a spine that reads like a story', () => {
  const r = analyzeSync(story)
  assert.equal(r.structure.hero.status, 'present')
  assert.ok(reasons(r, 'hero').some((reason) => reason === 'names a person: Maria'), reasons(r, 'hero').join('; '))
  for (const element of ['problem', 'change', 'outcome', 'ask'] as const) assert.equal(r.structure[element].status, 'present', element)
  assert.ok(reasons(r, 'outcome').includes('before → after with numbers'), reasons(r, 'outcome').join('; '))
  assert.ok(reasons(r, 'ask').some((reason) => reason.startsWith('says “We ask”')), reasons(r, 'ask').join('; '))
  assert.ok(r.spine?.startsWith('Maria (hero); '), String(r.spine))
  assert.match(r.spine!, /\(problem\); .*\(change\); .*\(outcome\); .*\(ask\)$/)
  // Sentences can carry several roles: the first is both problem and hero.
  assert.ok(r.arc[0]!.includes('problem') && r.arc[0]!.includes('hero'), JSON.stringify(r.arc[0]))
})

test('status: a sentence that says an element needs a score of 0.1 to keep it from missing, one that reports a result 0.05', () => {
  const {features: f} = features('In eight months, 1,940 loans went to 610 households.\n\nMissed appointments are a burden for the clinic.')
  const at = (outcome: number, problem: number) => [
    {score: {problem: 0, hero: 0, change: 0, outcome, ask: 0}, content: {problem: 0, hero: 0, change: 0, outcome: 1, ask: 0}},
    {score: {problem, hero: 0, change: 0, outcome: 0, ask: 0}, content: {problem: 1, hero: 0, change: 0, outcome: 0, ask: 0}}
  ]
  assert.ok(f[0]!.past && f[0]!.quantities.length > 0, 'a past report with figures')
  assert.ok(f[1]!.cueScore.problem > 0, 'a problem cue')
  assert.equal(judge('outcome', at(0.12, 0), f, 'en').status, 'weak')
  assert.equal(judge('outcome', at(0.06, 0), f, 'en').status, 'weak', 'a report with figures says what happened even when it reads faintly')
  assert.equal(judge('outcome', at(0.03, 0), f, 'en').status, 'missing')
  // Lower, and an outcome sentence that says "missed appointments fell" would make a pitch without a
  // problem weak on it, and a problem told in the past ("Last winter she missed three appointments") an outcome.
  assert.equal(judge('problem', at(0, 0.05), f, 'en').status, 'missing')
  assert.equal(judge('problem', at(0, 0.12), f, 'en').status, 'weak')
})

test('status: a past tense beside what the change is for reports no result, however high it reads as the outcome', () => {
  const at = (outcome: number) => [{score: {problem: 0, hero: 0, change: 0.9, outcome, ask: 0}, content: {problem: 0, hero: 0, change: 3, outcome: 3, ask: 0}}]
  const {features: aim} = features('We built a delivery service: volunteer cyclists bring medicine from the pharmacy within a day to reduce waiting and to improve their health.')
  assert.ok(aim[0]!.past && aim[0]!.purposeScore > 0, 'a past tense and what the change is for')
  assert.equal(judge('outcome', at(0.99), aim, 'en').status, 'weak')
  // The same past report with a figure and no purpose tells what happened.
  const {features: report} = features('Last winter volunteer cyclists brought medicine to 400 residents.')
  assert.equal(judge('outcome', at(0.99), report, 'en').status, 'present')
})

test('status: a sentence that reads as the ask reports no result, whatever figures it compares', () => {
  // "two more districts" is a figure beside a comparative, as in a before → after; in an ask it is what the
  // money is for, and a faint outcome reading of it must not keep a missing outcome from being called missing.
  const {features: f} = features('We ask the city for 20,000 euros to run the pilot in two more districts next winter.')
  assert.ok(f[0]!.comparison, 'a figure beside a comparative')
  const at = (ask: number) => [{score: {problem: 0, hero: 0, change: 0, outcome: 0.06, ask}, content: {problem: 0, hero: 0, change: 0, outcome: 1, ask: 1}}]
  assert.equal(judge('outcome', at(0.9), f, 'en').status, 'missing')
  assert.equal(judge('outcome', at(weights.roleThreshold), f, 'en').status, 'missing')
  // A sentence that does not read as the ask keeps the rule for a reported result.
  assert.equal(judge('outcome', at(0.1), f, 'en').status, 'weak')
})

test('status: an ask in its own words stays weak from 0.1 and a hero told generically from 0.04, under the role threshold', () => {
  const {features: f} = features('Contact us about it.\n\nMany people stay indoors for weeks.\n\nApplications arrive as PDF files by e-mail.')
  const at = (ask: number, hero: number, heroWords = 1, nobody = 0) => [
    {score: {problem: 0, hero: 0, change: 0, outcome: 0, ask}, content: {problem: 0, hero: 0, change: 0, outcome: 0, ask: 1}},
    {score: {problem: 0, hero, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: heroWords, change: 0, outcome: 0, ask: 0}},
    {score: {problem: 0, hero: nobody, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 1, change: 0, outcome: 0, ask: 0}}
  ]
  assert.ok(f[0]!.cueScore.ask > 0, 'an ask cue')
  assert.equal(f[1]!.people.length, 0, 'no role or group')
  assert.ok(f[1]!.generic.length > 0, 'only "people"')
  // The rule keeps the ask, not its score: 0.15 is far under the 0.4 evidence otherwise needs.
  assert.equal(judge('ask', at(0.15, 0), f, 'en').status, 'weak')
  assert.equal(judge('ask', at(0.05, 0), f, 'en').status, 'missing')
  assert.equal(judge('hero', at(0, 0.15), f, 'en').status, 'weak')
  assert.equal(judge('hero', at(0, 0.15), f, 'en').ranked[0]?.sentence, 1)
  assert.equal(judge('hero', at(0, 0.05), f, 'en').status, 'weak')
  assert.equal(judge('hero', at(0, 0.03), f, 'en').status, 'missing')
  // Its own words must read as the hero's (`status.hint`), not only its place or its neighbours.
  assert.equal(judge('hero', at(0, 0.15, 0.1), f, 'en').status, 'missing')
  // A sentence that names nobody keeps no hero, however its words read.
  assert.equal(judge('hero', at(0, 0, 1, 0.3), f, 'en').status, 'missing')
})

test('status: Finnish "moni" and "kukaan" name people generically, so a hero told only through them is weak, not missing', () => {
  // "Moni" (many a person) and "kukaan" (nobody) stand for people on their own, as "everyone" does in English.
  assert.ok(features('Kukaan ei jaksa laskea sitä itse.', 'fi').features[0]!.generic.length > 0)
  assert.ok(features('Moni pitää pyöräänsä nyt pihalla sateessa.', 'fi').features[0]!.generic.length > 0)
  assert.ok(features('Kenelläkään ei ole aikaa.', 'fi').features[0]!.generic.length > 0)
  const hero = (text: string): string => analyzeSync(text, {language: 'fi'}).structure.hero.status
  assert.equal(hero('Ruoan ilmastovaikutus on iso, mutta kaupassa sitä ei näe.\n\nKukaan ei jaksa laskea sitä itse.\n\nSovelluksemme näyttää kuitin päästöt heti kassalla.'), 'weak')
  assert.equal(hero('Kaupan ruoka-apu loppuu usein kesken.\n\nAvaamme jakelupisteen kirjastoon.\n\nToivomme, että mahdollisimman moni löytää sen.'), 'weak')
  // Nobody in the text: still missing; a served organisation in a locative case is a place ("kirjastoon", into
  // the library), not a mention of people (`placeEndings`; before the thirty-first session it made a weak hero).
  assert.equal(hero('Kaupan ruoka-apu loppuu usein kesken.\n\nAvaamme jakelupisteen ensi kuussa.'), 'missing')
  assert.equal(hero('Kaupan ruoka-apu loppuu usein kesken.\n\nAvaamme jakelupisteen kirjastoon.'), 'missing')
})

test('status: a capitalised word that may name the team is no mention of people for a hero told generically', () => {
  // "Team Lämpösilta presented how …": the only capitalised word names the team, and the generic-hero rule
  // (a hero score from 0.1) once made it a weak hero with no reason to give. A known given name still counts.
  const {features: f} = features('Tiimi Lämpösilta esitti, miten kaupan hukkalämpö johdetaan kerrostalon lämmitykseen.\n\nAino odottaa bussia joka aamu.', 'fi')
  const at = (first: number, second: number) => [
    {score: {problem: 0, hero: first, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 1, change: 0, outcome: 0, ask: 0}},
    {score: {problem: 0, hero: second, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 1, change: 0, outcome: 0, ask: 0}}
  ]
  assert.deepEqual(f[0]!.names, ['Lämpösilta'])
  assert.equal(f[0]!.namesTagged, false)
  assert.equal(f[0]!.people.length + f[0]!.generic.length + f[0]!.pronouns, 0)
  assert.equal(judge('hero', at(0.15, 0), f, 'fi').status, 'missing')
  const named = judge('hero', at(0, 0.15), f, 'fi')
  assert.equal(named.status, 'weak')
  assert.equal(named.ranked[0]?.sentence, 1)
})

/** Scores for a two-sentence pitch: the first reads as `element` at `score` with `content` evidence of its own, the second clearly as `other`. */
function twoSentences(element: Element, score: number, content: number, other: Element): Array<{score: Record<Element, number>; content: Record<Element, number>}> {
  const read = (as: Element, value: number, evidence: number) => {
    const scores: Record<Element, number> = {problem: 0, hero: 0, change: 0, outcome: 0, ask: 0}
    const contents: Record<Element, number> = {problem: 0, hero: 0, change: 0, outcome: 0, ask: 0}
    scores[as] = value
    contents[as] = evidence
    return {score: scores, content: contents}
  }
  return [read(element, score, content), read(other, 0.9, 1)]
}

/**
 * A sentence whose own words faintly read as `element` (a cue or none) keeps it weak from `floor`: weak with
 * that sentence as its evidence at `above`, missing under the floor at `below`, and missing from its place
 * alone (content evidence of 0.1).
 */
function assertReadFaintly(element: 'problem' | 'change', f: SentenceFeatures[], language: Language, other: Element, above: number, below: number): void {
  const at = (score: number, content: number) => twoSentences(element, score, content, other)
  const hinted = judge(element, at(above, 1.2), f, language)
  assert.equal(hinted.status, 'weak')
  assert.deepEqual(hinted.ranked.map((r) => r.sentence), [0])
  assert.equal(judge(element, at(below, 1.2), f, language).status, 'missing')
  assert.equal(judge(element, at(above, 0.1), f, language).status, 'missing')
}

test('status: a problem that a sentence\'s own words read as is weak, not missing, from a score of 0.1, cue or none', () => {
  // "It is a long way from the evening snack to breakfast": a problem only hinted at, in no problem word.
  const {features: f} = features('Det är ju väldigt långt mellan kvällsmålet och frukosten.\n\nVi erbjuder en nattfikavagn med smörgås och välling.', 'sv')
  assert.equal(f[0]!.cueScore.problem, 0, 'no problem cue')
  assert.equal(f[0]!.negations, 0, 'no negation')
  assertReadFaintly('problem', f, 'sv', 'change', 0.12, 0.08)
})

test('status: a change that a sentence\'s own words hint at is weak, not missing, from a score of 0.1, cue or none', () => {
  // Every labelled pitch tells some change, so a faint reading of one is asked about, not called absent.
  const {features: f} = features('Our scale sits under the waste bin and photographs each tray as it is emptied.\n\nRestaurants throw away a fifth of their food.')
  assert.equal(f[0]!.cueScore.change, 0, 'no change cue')
  assertReadFaintly('change', f, 'en', 'problem', 0.24, 0.05)
})

test('status: an outcome hoped for with an aim word is weak, not missing, from a score of 0.1', () => {
  const {features: f} = features('Parking could become easy.\n\nParking rules explained in plain language.')
  assert.ok(f[0]!.aims > 0, '“could” hopes')
  assert.equal(f[1]!.aims, 0)
  const at = (hoped: number, plain: number) => [
    {score: {problem: 0, hero: 0, change: 0, outcome: hoped, ask: 0}, content: {problem: 0, hero: 0, change: 0, outcome: 0.2, ask: 0}},
    {score: {problem: 0, hero: 0, change: 0, outcome: plain, ask: 0}, content: {problem: 0, hero: 0, change: 0, outcome: 0.2, ask: 0}}
  ]
  const hoped = judge('outcome', at(0.16, 0), f, 'en')
  assert.equal(hoped.status, 'weak')
  assert.deepEqual(hoped.ranked.map((r) => r.sentence), [0])
  assert.equal(judge('outcome', at(0.05, 0), f, 'en').status, 'missing', 'a sentence that does not read as an outcome at all')
  assert.equal(judge('outcome', at(0, 0.3), f, 'en').status, 'missing', 'no aim word, no figure, no outcome cue')
})

test('features: doubt and labels, not degree words, make a sentence unsure', () => {
  const cases: Array<[Language, string, number, number]> = [
    ['en', 'Maybe we could start a club for older pupils.', 1, 0],
    ['en', 'We train very young pupils to lead games in every break.', 0, 0],
    ['en', 'Our solution is scalable and data-driven.', 0, 2],
    ['sv', 'Därför vill vi kanske starta någon ny verksamhet.', 1, 0],
    ['sv', 'Vi lånar ut ganska nya elcyklar i fyra veckor.', 0, 0],
    ['fi', 'Järjestämme ehkä ensi kesänä festarin.', 1, 0],
    ['fi', 'Avaamme koulujen ruokalat ikäihmisille, ja se on tosi helppoa.', 0, 0],
    ['fi', 'Ratkaisumme on modulaarinen ja skaalautuva.', 0, 1],
    // A one-word hedge right after "and" qualifies the item it adds, not what the sentence proposes.
    ['en', 'Our idea is a quiet table in the dining hall, and maybe a traffic light that turns red when it is loud.', 0, 0],
    ['sv', 'Vi ställer ett tyst bord i matsalen och kanske ett trafikljus som visar ljudnivån.', 0, 0],
    ['fi', 'Pihalle tulee viljelylaatikoita, grillipaikka ja ehkä myös pieni kirjanvaihtohylly.', 0, 0],
    // Not a hedge of more than one word, and not one before the proposal itself.
    ['en', 'We will open the club, and we hope the school joins.', 1, 0],
    ['sv', 'Kanske kunde vi ha en nattfikavagn och ett tyst rum.', 1, 0]
  ]
  for (const [language, text, unsure, buzzwords] of cases) {
    const [f] = features(text, language).features
    assert.equal(f!.unsure.length, unsure, `${text}: unsure`)
    assert.equal(f!.buzzwords.length, buzzwords, `${text}: buzzwords`)
  }
})

test('status: a change whose best sentence is hedged or told in buzzwords is weak', () => {
  const {features: f} = features([
    'Maybe we could start a club for older pupils.',
    'Our solution is scalable and data-driven.',
    'We train older pupils to lead ten-minute movement games in every break.'
  ].join('\n\n'))
  const at = (hedged: number, buzz: number, plain: number) =>
    [hedged, buzz, plain].map((change) => ({score: {problem: 0, hero: 0, change, outcome: 0, ask: 0}, content: {problem: 0, hero: 0, change: 2, outcome: 0, ask: 0}}))
  assert.equal(judge('change', at(0.95, 0, 0), f, 'en').status, 'weak', 'hedged')
  assert.equal(judge('change', at(0, 0.95, 0), f, 'en').status, 'weak', 'buzzwords')
  assert.equal(judge('change', at(0, 0, 0.95), f, 'en').status, 'present', 'said plainly')
  // Only the best sentence counts: a plain change stays present beside a hedged aside, and the other way round.
  assert.equal(judge('change', at(0.8, 0.8, 0.95), f, 'en').status, 'present')
  assert.equal(judge('change', at(0.95, 0, 0.8), f, 'en').status, 'weak')
})

test('status: a problem told in one generic sentence is weak; who suffers, a figure or a second sentence makes it present', () => {
  const {features: f} = features(
    [
      'Climate change is the biggest challenge of our time.',
      'Matsvinn är ett enormt problem för klimatet.',
      'Cafés in Tampere throw away 40 kilos of pastries every evening.',
      'Older residents cannot get to the pharmacy.',
      'Maria cannot get to the pharmacy.',
      'Everything takes too long.'
    ].join('\n\n')
  )
  const problem = (...carrying: number[]) =>
    judge(
      'problem',
      f.map((_, index) => ({
        score: {problem: carrying.includes(index) ? 0.95 : 0, hero: 0, change: 0, outcome: 0, ask: 0},
        content: {problem: 2, hero: 0, change: 0, outcome: 0, ask: 0}
      })),
      f,
      'en'
    ).status
  assert.equal(problem(0), 'weak', 'a world problem, nobody in it')
  assert.equal(problem(1), 'weak', 'Swedish: a world problem')
  assert.equal(problem(5), 'weak', 'a complaint about nobody in particular')
  assert.equal(problem(2), 'present', 'a figure')
  assert.equal(problem(3), 'present', 'a group that suffers')
  assert.equal(problem(4), 'present', 'a named person')
  assert.equal(problem(0, 5), 'present', 'told over two sentences')
})

test('status: an elevator pitch (six sentences or fewer) has its change present from a lower score', () => {
  const sentences = ['We train older pupils to lead ten-minute movement games in every break.', 'Pupils sit still for seven hours a day.']
  const judged = (count: number, change: number) => {
    const {features: f} = features([sentences[0], ...Array.from({length: count - 1}, () => sentences[1])].join('\n\n'))
    const scores = f.map((_, i) => ({score: {problem: 0, hero: 0, change: i === 0 ? change : 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 0, change: 1, outcome: 0, ask: 0}}))
    return judge('change', scores, f, 'en').status
  }
  assert.equal(weights.status.short.sentences, 6)
  assert.equal(judged(4, 0.6), 'present', 'four sentences: from status.short.present.change')
  assert.equal(judged(6, 0.6), 'present')
  assert.equal(judged(7, 0.6), 'weak', 'a longer pitch needs status.present.change')
  assert.equal(judged(4, 0.5), 'weak', 'under the short threshold')
  // A longer English pitch needs the English change's own threshold where it has one.
  const long = weights.status.language.en?.change ?? weights.status.present.change
  assert.equal(judged(7, long), 'present')
  assert.equal(judged(7, long - 0.01), 'weak')
  assert.ok((weights.status.short.present.change ?? 1) < long)
})

test('status: a title, headings and a sign-off do not make an elevator pitch long', () => {
  const story = ['Parents in Kallio wait 40 minutes for the school bus in the dark.', 'We run a walking bus with volunteer parents.', 'Since March, 30 children walk to school together.', 'Join us on Monday!']
  const count = (text: string) => storySentences(features(text).features)
  assert.equal(count(story.join('\n\n')), 4)
  // A title, a heading, a greeting, a rhetorical hook on its own line and a signature are lines, not the story.
  const framed = ['# Walking bus for Kallio', 'Hi neighbours', 'Tired of the morning rush?', ...story.slice(0, 2), '## Results', ...story.slice(2), '/Lena, Year 3 parent']
  assert.equal(framed.length, 9)
  assert.equal(count(framed.join('\n\n')), 4)
  // So the pitch's change is judged as an elevator pitch's is, from `status.short.present.change`.
  const {features: f} = features(framed.join('\n\n'))
  const change = f.map((_, i) => ({score: {problem: 0, hero: 0, change: i === 4 ? 0.6 : 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 0, change: 1, outcome: 0, ask: 0}}))
  assert.ok(0.6 >= weights.status.short.present.change! && 0.6 < weights.status.present.change)
  assert.equal(judge('change', change, f, 'en').status, 'present')
  // Seven sentences of story are a longer pitch, whatever frames them.
  assert.equal(count([...story, ...story.slice(0, 3)].join('\n\n')), 7)
})

test('status: an elevator pitch (six sentences or fewer) has its problem present from a lower score too', () => {
  const sentences = ['Parents in Kallio wait 40 minutes for the school bus in the dark.', 'We run a walking bus with volunteer parents.']
  const judged = (count: number, problem: number) => {
    const {features: f} = features([sentences[0], ...Array.from({length: count - 1}, () => sentences[1])].join('\n\n'))
    const scores = f.map((_, i) => ({score: {problem: i === 0 ? problem : 0, hero: 0, change: 0, outcome: 0, ask: 0}, content: {problem: 2, hero: 0, change: 0, outcome: 0, ask: 0}}))
    return judge('problem', scores, f, 'en').status
  }
  const short = weights.status.short.present.problem!
  assert.ok(short < weights.status.present.problem)
  assert.equal(judged(5, short), 'present', 'five sentences: from status.short.present.problem')
  assert.equal(judged(5, short - 0.01), 'weak')
  assert.equal(judged(7, short), 'weak', 'a longer pitch needs status.present.problem')
  assert.equal(judged(7, weights.status.present.problem), 'present')
  // The hero and the outcome have no such threshold: an elevator pitch's hero is as present as a long pitch's.
  assert.equal(weights.status.short.present.hero, undefined)
  assert.equal(weights.status.short.present.outcome, undefined)
})

test('status: a pitch\'s title is never its ask, however its words read', () => {
  // "i samarbete" (in partnership) is an ask cue; in the title it names the project.
  const titled = analyzeSync('Modell för en social investering i samarbete\n\nElever i Västerås rör sig för lite.\n\nVi inför en extra idrottslektion varje vecka.')
  assert.equal(titled.language, 'sv')
  assert.equal(titled.structure.ask.status, 'missing')
  assert.ok(!titled.questions.some((q) => q.quoted?.text.startsWith('Modell')), JSON.stringify(titled.questions))
  // The same kind of words closing the pitch, as a sentence, are its ask.
  const closing = analyzeSync('Students in Turku wait an hour for a bus home at night.\n\nWe run the tram every half hour on weekend nights.\n\nJoin the night tram pilot.')
  assert.equal(closing.structure.ask.status, 'weak')
  assert.equal(closing.structure.ask.evidence[0]?.text, 'Join the night tram pilot.')
})

test('status: a hero only hinted at (people named, a score from 0.2) is weak, not missing', () => {
  const {features: f} = features('Drivers in Tampere spend up to 15 minutes looking for parking.\n\nThe world needs better parking.')
  assert.ok(f[0]!.people.length > 0, 'drivers are people')
  assert.equal(f[1]!.people.length + f[1]!.names.length, 0, 'nobody named')
  const at = (drivers: number, world: number) => [
    {score: {problem: 0, hero: drivers, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 0.2, change: 0, outcome: 0, ask: 0}},
    {score: {problem: 0, hero: world, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 0.2, change: 0, outcome: 0, ask: 0}}
  ]
  const hinted = judge('hero', at(0.22, 0), f, 'en')
  assert.equal(hinted.status, 'weak')
  assert.deepEqual(hinted.ranked.map((r) => r.sentence), [0], 'the sentence that hints at the hero is its evidence')
  assert.equal(judge('hero', at(0.18, 0), f, 'en').status, 'missing', 'too faint a reading')
  // A sentence that names nobody does not hint at a hero, however it scores under the evidence's floor.
  assert.equal(judge('hero', at(0, 0.35), f, 'en').status, 'missing')
})

test('story: a pitch that only hints at the people it serves gets a weak hero and a question that quotes them', () => {
  const r = analyzeSync([
    '# Parking made easy',
    'Drivers in Tampere spend up to 15 minutes searching for parking in the city centre.',
    'Our app shows free spaces on a map.',
    'Parking could become easy.'
  ].join('\n\n'))
  // The drivers read only a little as the hero (about 0.4, near the line evidence needs; when a refit moves them
  // under it, the hinted-hero rule tested above keeps them, so the hero is weak either way, never missing).
  assert.ok(r.structure.hero.score < 0.6, String(r.structure.hero.score))
  assert.equal(r.structure.hero.status, 'weak')
  assert.ok(r.structure.hero.evidence.some((e) => e.text.startsWith('Drivers in Tampere')), JSON.stringify(r.structure.hero.evidence))
  const question = r.questions.find((q) => q.element === 'hero')
  assert.ok(question?.question.includes('Drivers in Tampere'), question?.question)
})

test('status: an outcome is measured only by a sentence that reads as an outcome', () => {
  const {features: f} = features([
    'Our goal is that at least 3,000 pupils use the chat in the first year.',
    'That is around 140 euros per pupil for a whole year.'
  ].join('\n\n'))
  assert.ok(f[0]!.aims > 0, 'the goal is an aim')
  assert.ok(f[1]!.aims === 0 && f[1]!.measured > 0, 'the cost is a figure with a unit')
  const scored = (goal: number, cost: number) => [
    {score: {problem: 0, hero: 0, change: 0, outcome: goal, ask: 0}, content: {problem: 0, hero: 0, change: 0, outcome: 3, ask: 0}},
    {score: {problem: 0, hero: 0, change: 0, outcome: cost, ask: 0}, content: {problem: 0, hero: 0, change: 0, outcome: 2, ask: 0}}
  ]
  // The cost sentence barely reads as an outcome: the outcome is only aimed at.
  assert.equal(judge('outcome', scored(0.99, 0.5), f, 'en').status, 'weak')
  // When the measured sentence reads as an outcome itself, the outcome is present.
  assert.equal(judge('outcome', scored(0.99, 0.8), f, 'en').status, 'present')
})

test('evidence: a weak second cue is not named beside a strong one', () => {
  const r = analyzeSync(story)
  const outcome = reasons(r, 'outcome')
  // "the waiting time fell from 3 days to 4 hours": "fell" explains it, and so does the before → after;
  // "from" (a cue of weight 0.2) adds nothing.
  assert.ok(outcome.includes('says “fell”'), outcome.join('; '))
  assert.ok(!outcome.includes('says “from”'), outcome.join('; '))
})

test('story: a hero from a role, without a name', () => {
  const r = analyzeSync(
    'Nurses on night shift in Oulu cannot reach a doctor when a patient gets worse. They wait up to an hour for a call back.\n\n' +
      'Our service connects them to an on-call doctor by video within two minutes.\n\n' +
      'In the pilot, the nurses waited 4 minutes on average instead of 45.\n\n' +
      'We ask the hospital district for 60,000 euros to cover all wards.'
  )
  assert.equal(r.structure.hero.status, 'present')
  assert.ok(reasons(r, 'hero').some((reason) => reason.startsWith('names the people served: Nurses')), reasons(r, 'hero').join('; '))
  assert.match(r.spine ?? '', /^Nurses \(hero\); .+ \(problem\); .+ \(change\); .+ \(outcome\); .+ \(ask\)$/)
})

test('story: the spine names a group with an age after it, not with the verb and figure after it', () => {
  const spineHero = (text: string): string | undefined => analyzeSync(text).spine?.split('; ').find((part) => part.endsWith('(hero)'))
  const pitch = (first: string): string =>
    `${first}\n\nOur service connects them to an on-call doctor by video within two minutes.\n\n` +
    'In the pilot, the nurses waited 4 minutes on average instead of 45.\n\nWe ask the hospital district for 60,000 euros to cover all wards.'
  assert.equal(spineHero(pitch('Residents over 75 in Oulu cannot reach a doctor at night. They wait up to an hour for a call back.')), 'Residents over 75 (hero)')
  assert.equal(spineHero(pitch('Night nurses stay 20–30 minutes over almost every morning, and they cannot reach a doctor at night.')), 'nurses (hero)')
})

test('story: a Finnish spine clause ends before a preposition that opens a new phrase ("ennen", "ilman")', () => {
  const spine = analyzeSync(
    'Moni oppilas odottaa iltapäivisin bussia pihalla tunnin.\n\nAvasimme koulun kirjaston kello 17:ään kahtena päivänä viikossa.\n\n' +
      'Kirjastossa kävi keskimäärin 35 oppilasta iltapäivässä, ja moni teki siellä läksynsä valmiiksi ennen kotiinlähtöä.\n\nPyydämme, että lautakunta varaa talousarvioon 6 000 euroa.',
    {language: 'fi'}
  ).spine
  assert.ok(spine?.includes('moni teki siellä läksynsä valmiiksi… (tulos)'), spine ?? '')
})

test('story: the spine names no served organisation as the hero: a people group in the sentence, or no hero', () => {
  const spine = (text: string, language: Language = 'en'): string => analyzeSync(text, {language}).spine ?? ''
  // "Kommunens parker" and "the library" are where the story happens, not whom it follows.
  assert.ok(!spine('Kommunens parker är mörka på kvällen.\n\nVi sätter upp solcellslampor längs gångvägarna.\n\nVi söker 80 000 kronor.', 'sv').includes('(huvudperson)'))
  assert.ok(!spine('The library closes at four, and the school has nowhere for homework.\n\nWe open the library until eight on weekdays.\n\nWe ask the council for 12,000 euros.').includes('(hero)'))
  // A group of people beside the organisation still names the hero.
  assert.match(spine('The school has no quiet room, so pupils who get overwhelmed end up in the corridor.\n\nWe turn a storeroom into a quiet room.\n\nWe ask the board for 2,000 euros.'), /^pupils \(hero\); /)
})

test('story: the spine follows the group the story comes back to, not the helpers of its change', () => {
  const spineHero = (text: string): string | undefined => analyzeSync(text).spine?.split('; ').find((part) => part.endsWith('(hero)'))
  const ward = [
    'Children in long-term hospital care spend weeks in rooms where nothing happens except tests and meals.',
    'Our musicians visit the children\'s ward every week and play, sing and write songs together with the children at their beds.',
    'Since the visits began, nurses say the children eat better and sleep more calmly on music days.',
    'We ask the hospital foundation for 30,000 euros to visit two more wards.'
  ].join('\n\n')
  assert.equal(spineHero(ward), 'Children (hero)')
  // A name said once, in a list of languages, does not stand before the workers the pitch is about.
  const workers = [
    'Every summer, around 9,000 seasonal workers come to Herefordshire to pick fruit.',
    'Workers rarely complain, because their visa and their bed depend on the same employer.',
    'We run short welcome sessions for workers on arrival, in Ukrainian, Bulgarian, Romanian and Nepali.',
    'Last summer, 410 workers used the text line, and hazards at re-inspection fell from 41 sites to 12.',
    'We ask the fund for 150,000 pounds.'
  ].join('\n\n')
  // Which of its sentences the spine quotes moves with a refit ("seasonal workers …" or "Workers rarely complain …").
  assert.equal(spineHero(workers)?.toLowerCase(), 'workers (hero)')
})

test('features: a given name the pitch shows to be a person\'s is a name at the start of a sentence too', () => {
  const read = (text: string): SentenceFeatures[] => {
    const document = modelDocument(text, resolveOptions({language: 'en'}))
    return pitchFeatures(document.sentences, featureLists(profiles.en))
  }
  const jonna = read('# Jonna\'s eighteenth birthday\n\nOn the day she turned eighteen, Jonna Virtanen had to leave her foster home.\n\nJonna did not call anyone.\n\nWe matched children like Jonna with a mentor.')
  assert.deepEqual(jonna.map((f) => f.names), [['Jonna'], ['Jonna Virtanen'], ['Jonna'], []])
  assert.equal(jonna[2]!.personFirst, true)
  // Without the name elsewhere, an opening word no list knows stays what the sentence alone makes of it; a given
  // name the lists know ("Jonna" is a common Finnish and Swedish name) is a name there too.
  assert.deepEqual(read('Priya did not call anyone.\n\nWe matched children with a mentor.')[0]!.names, [])
  assert.deepEqual(read('Jonna did not call anyone.\n\nWe matched children with a mentor.')[0]!.names, ['Jonna'])
})

test('features: a given name compromise files as a common noun ("Leo", "Max") is a name when the sentence says so', () => {
  const {features: f} = features('After his father died, twelve-year-old Leo stopped going to football.\n\nMax, 9, likes trains.\n\nThe Home was closed in May.')
  assert.deepEqual(f.map((x) => x.names), [['Leo'], ['Max'], []])
})

test('story: the spine follows the person the pitch names most, not the first name in a hero sentence', () => {
  const r = analyzeSync(
    'Every morning Anna drives her father Eino to the health centre.\n\n' +
      'Eino, 84, waits there for two hours because the bus back runs only at noon.\n\n' +
      'Eino has missed his physiotherapy twice this month.\n\n' +
      'Our service matches Eino with a neighbour who drives back at ten.\n\n' +
      'We ask the city for 20,000 euros.'
  )
  assert.ok(r.sentences[0]!.roles.includes('hero'), 'Anna\'s sentence is a hero sentence too')
  assert.ok(r.spine?.startsWith('Eino (hero); '), String(r.spine))
})

test('story: the spine names a person or a group, never a place or a pronoun (Swedish)', () => {
  const spineHero = (text: string): string | undefined => analyzeSync(text, {language: 'sv'}).spine?.split('; ').find((part) => part.endsWith('(huvudperson)'))
  const village =
    'I Bollnäs sitter många äldre ensamma hemma hela vintern, och flera av dem har inte pratat med någon på flera dagar.\n\n' +
    'Därför har vi startat en fikatelefon där frivilliga ringer upp varje vecka.\n\n' +
    'Efter ett halvår säger 40 av 52 deltagare att de känner sig mindre ensamma.\n\n' +
    'Vi söker 80 000 kronor från kommunen för att fortsätta nästa år.'
  // "Bollnäs" is a capitalised word without a tagger behind it: a place as likely as a person.
  assert.equal(spineHero(village), 'äldre (huvudperson)')
  // A known given name in a hero sentence is the protagonist.
  assert.equal(spineHero(village.replace('I Bollnäs sitter många äldre', 'I byn sitter Birgitta och många andra äldre')), 'Birgitta (huvudperson)')
  // A pronoun is not a protagonist's name: "Hon" leads nowhere on its own.
  const pronoun = 'Hon sitter ensam hemma hela vintern och har inte pratat med någon på flera dagar.\n\n' + village.split('\n\n').slice(1).join('\n\n')
  assert.ok(!/^(Hon|hon) /.test(spineHero(pronoun) ?? ''), String(spineHero(pronoun)))
})

test('story: only "people" makes a weak hero, and the question quotes the pitch', () => {
  const r = analyzeSync(
    'People find it hard to get around town in the winter, and many stay at home.\n\n' +
      'Our app shows which pavements have been cleared.\n\nWe ask the city for 10,000 euros.'
  )
  assert.notEqual(r.structure.hero.status, 'present')
  const question = r.questions.find((q) => q.element === 'hero')
  assert.ok(question)
  if (r.structure.hero.status === 'weak') assert.match(question.question, /“People find it/)
})

test('story: the team as the only protagonist is a finding of its own', () => {
  const r = analyzeSync(
    'We are a team of four engineers. We love hard problems and we have won two hackathons.\n\n' +
      'We built a platform that we designed ourselves. Our platform uses our own algorithm.\n\nWe ask for 50,000 euros.'
  )
  assert.ok(r.messages.some((m) => m.ruleId === 'team-as-hero'))
  assert.notEqual(r.structure.hero.status, 'present')
})

test('scoring: a pitch that opens with its solution and turns to its problem later reads its opening as the change', () => {
  const opening = [
    '# The alarm that tests itself',
    'Since March, connected smoke alarms hang in 310 flats in Västerås.',
    'The alarms test themselves every night, and if a battery runs out, the housing company gets a signal.',
    'Within a week a caretaker comes and puts up a new one.'
  ]
  const problem = [
    '## Why does this matter?',
    'Last November a fire started in a flat where the tenant, a woman of 81, had taken the alarm down because it beeped and she could not reach the ceiling.',
    'One flat in four had no working alarm.',
    'Older people are the ones who cannot change batteries themselves, and the ones who most often die in fires at home.',
    'Come to our demonstration at the fire station on 14 October.'
  ]
  const text = [...opening, ...problem].join('\n\n')
  const {document, features: f} = features(text)
  const all = pitchFeatures(document.sentences, featureLists(profiles.en))
  // The problem's heading, after three sentences and in the first half of the pitch.
  assert.equal(problemLater(document.sentences, all), 4)
  const v = vectors(document.sentences, all)
  assert.deepEqual(v.map((row) => row.beforeProblem), [0, 1, 1, 1, 0, 0, 0, 0, 0])
  assert.equal(f.length, 9)
  const r = analyzeSync(text)
  // Read as the change, the opening is never a missing change; whether it is present rests on the fitted weights
  // (0.88 at 1,312 corpus pitches, 0.84 at 1,372, against the English change's 0.85).
  assert.notEqual(r.structure.change.status, 'missing', JSON.stringify(r.structure.change))
  // No opening sentence carries the problem, and the two that tell what the alarms do carry the change. The first
  // tells a state ("alarms hang in 310 flats"), read as the change at 0.37–0.42 over the last refits (role from
  // 0.4): whether it carries the change rests on the weights too.
  for (const i of [1, 2, 3]) assert.ok(!r.sentences[i]!.roles.includes('problem'), `${r.sentences[i]!.text}: ${r.sentences[i]!.roles.join(', ')}`)
  for (const i of [2, 3]) assert.ok(r.sentences[i]!.roles.includes('change'), `${r.sentences[i]!.text}: ${r.sentences[i]!.roles.join(', ')}`)
  // A problem section late in the pitch ("Why wait?" before the ask) says nothing about its opening, and
  // neither does one right after the title.
  const late = [...problem.slice(1, 4), ...opening.slice(1), 'Why wait?', 'Call us today.'].join('\n\n')
  const lateDoc = features(late).document
  assert.equal(problemLater(lateDoc.sentences, pitchFeatures(lateDoc.sentences, featureLists(profiles.en))), -1)
  const first = ['# The alarm that tests itself', ...problem, ...opening.slice(1)].join('\n\n')
  const firstDoc = features(first).document
  assert.equal(problemLater(firstDoc.sentences, pitchFeatures(firstDoc.sentences, featureLists(profiles.en))), -1)
})

test('story: a solution before any problem is an order finding', () => {
  const r = analyzeSync(
    'Our app matches lonely pensioners with student volunteers for a weekly walk.\n\n' +
      'Today, many pensioners in Espoo are lonely and cannot leave home alone; they struggle to find company.\n\n' +
      'In a pilot, 30 pensioners walked twice a week instead of never.'
  )
  const order = r.messages.filter((m) => m.ruleId === 'story-order')
  assert.ok(order.length > 0, JSON.stringify(r.arc))
  assert.match(order[0]!.reason, /solution comes before any problem/)
})

test('story: only a sentence that reads clearly as the change puts the solution before the problem', () => {
  const {document, features: f} = features('We have a friendly team and a new building.\n\nMany patients miss their appointments, and nobody follows up.')
  const roles: Element[][] = [['change'], ['problem']]
  const scored = (change: number) => [
    {score: {problem: 0.1, hero: 0.1, change, outcome: 0, ask: 0}},
    {score: {problem: 0.9, hero: 0.3, change: 0.1, outcome: 0, ask: 0}}
  ]
  const flagged = (scores?: ReturnType<typeof scored>): boolean => order(document.sentences, roles, f, scores).some((x) => x.reason === 'story-order-change')
  // A change the arc gives the sentence at 0.45 reads too faintly to call the pitch out of order; one that
  // reads as the change more likely than not (weights.orderChange) does, below the 0.7 from which one
  // sentence makes the change present.
  assert.equal(weights.orderChange, 0.5)
  assert.equal(flagged(scored(0.45)), false)
  assert.equal(flagged(scored(0.5)), true)
  assert.equal(flagged(scored(0.6)), true)
  // The gold roles come without scores: every change sentence counts.
  assert.equal(flagged(), true)
})

test('features: an opening cue counts only where a sentence or a clause after a colon begins', () => {
  const ask = (text: string): string[] => features(text, 'sv').features[0]!.cues.ask.map((hit) => hit.phrase)
  // "Var med" calls the audience to act as the first words, and tells the past ("was involved") elsewhere.
  assert.deepEqual(ask('Var med och bygg framtidens bibliotek!'), ['var med'])
  assert.deepEqual(ask('Vår uppmaning: var med och bygg framtidens bibliotek!'), ['var med'])
  assert.deepEqual(ask('Elevrådens engagemang var störst där rektorn var med från början.'), [])
  assert.deepEqual(ask('Undersköterskorna var med och testade varje version.'), [])
  assert.equal(analyzeSync('Elevrådens engagemang var störst där rektorn var med från början.', {language: 'sv'}).structure.ask.status, 'missing')
})

test('features: the audience told to act in the first words is an ask cue, in every language; the same word later is not', () => {
  assert.deepEqual(ask('Donate a moving box for a young person leaving care.', 'en'), ['donate'])
  assert.deepEqual(ask('Comment below with the names of good cafés.', 'en'), ['comment'])
  assert.deepEqual(ask('Swisha en gåva till julinsamlingen.', 'sv'), ['swisha'])
  assert.deepEqual(ask('Bli kulturkompis för en termin.', 'sv'), ['bli'])
  assert.deepEqual(ask('Tule vapaaehtoiseksi yhdeksi illaksi kuussa.', 'fi'), ['tule'])
  assert.deepEqual(ask('Laita viestiä, jos haluat mukaan.', 'fi'), ['laita'])
  // Inside a sentence the same words tell something else: "could become", "det kan bli", "tule" as a verb of the story.
  assert.deepEqual(ask('Within a year the shop could become a meeting place.', 'en'), [])
  assert.deepEqual(ask('Det kan bli ensamt på kvällarna.', 'sv'), [])
  assert.deepEqual(ask('Kyyti ei tule ajoissa, ja Aino jää kotiin.', 'fi'), [])
  // A request asked as a question, in the first words; not a hook ("Could you imagine …?", "Kan ni tänka er …?").
  assert.deepEqual(ask('Could we try it on one corridor for a month?', 'en'), ['could we'])
  assert.deepEqual(ask('Could someone from IT look at whether this is possible?', 'en'), ['could someone'])
  assert.deepEqual(ask('Vill er förening vara med?', 'sv'), ['vill er'])
  assert.deepEqual(ask('Voisiko tätä asiaa miettiä?', 'fi'), ['voisiko'])
  assert.deepEqual(ask('Jaa tätä viestiä myös muille!', 'fi'), ['jaa'])
  assert.deepEqual(ask('Let me know what you think!', 'en'), ['let me know', 'you'])
  assert.deepEqual(ask('Could you imagine a winter without a single fall?', 'en'), [])
  assert.deepEqual(ask('Kan ni tänka er en vinter utan fallolyckor?', 'sv'), [])
  assert.deepEqual(ask('How could we reach them before they fall?', 'en'), [])
  // A request for an act asked as a question ("could", "would", "kan ni", "voisiko") is one clear request, as "we
  // ask" is (`clearRequest`); asking whether "you" want to know more ("Vill du veta mer?", "Haluatko kuulla lisää?")
  // only opens a door. In the corpus the first kind is 9 of 12 present asks where it is the ask's best sentence.
  const weight = (text: string, language: Language) => Math.max(0, ...features(text, language).features[0]!.cues.ask.map((hit) => hit.weight))
  for (const [text, language] of [['Could we try it on one corridor for a month?', 'en'], ['Would you use it?', 'en'], ['Kan ni testa det på Ekbacken?', 'sv'], ['Skulle ni själva använda nåt sånt?', 'sv'], ['Voisiko asian ottaa esille seuraavassa palaverissa?', 'fi']] as const)
    assert.ok(weight(text, language) >= clearRequest, text)
  for (const [text, language] of [['Vill du veta mer?', 'sv'], ['Haluatteko kuulla lisää?', 'fi'], ['Let me know what you think!', 'en']] as const)
    assert.ok(weight(text, language) < clearRequest, text)
  // A written question asks the body it is put to as clearly, also after "Kysyn siksi:"; not the same words inside a sentence.
  for (const [text, language] of [
    ['Will the Chair ask officers to add two late journeys on the 110 from January?', 'en'],
    ['Could the council turn the verge into a rain garden?', 'en'],
    ['Avser ministern att ta initiativ till att vårdgarantin utvidgas?', 'sv'],
    ['Kysyn siksi: aikooko sivistyslautakunta huolehtia siitä, että kerhoissa tarjotaan välipala?', 'fi']
  ] as const)
    assert.ok(weight(text, language) >= clearRequest, text)
  assert.deepEqual(ask('Nobody knows when the council will ask for bids.', 'en'), [])
  assert.deepEqual(ask('Vi undrar vad ministern avser att göra.', 'sv'), [])
  // A closing call in Swedish and Finnish is read as the ask.
  const closing = (text: string, language: Language) => analyzeSync(text, {language}).structure.ask.status
  assert.notEqual(closing('Många äldre är ensamma i jul.\n\nVi ordnar julbord med skjuts för 40 gäster.\n\nSwisha en gåva eller bli medlem redan i dag.', 'sv'), 'missing')
  assert.notEqual(closing('Nuorilla ei ole iltaisin paikkaa, jossa olla.\n\nAvaamme olohuoneen arki-iltaisin.\n\nTule vapaaehtoiseksi edes yhdeksi illaksi kuussa.', 'fi'), 'missing')
})

test('features: an act the audience can do at once is one clear request; a door opened is not', () => {
  // The weight from which an ask is specific (elements.ts: a figure, or a cue of 1.6 or more) is the line.
  const weight = (text: string, language: Language): number => Math.max(0, ...features(text, language).features[0]!.cues.ask.map((hit) => hit.weight))
  for (const [text, language] of [
    ['Donate a moving box for a young person leaving care.', 'en'],
    ['Vote for the stage in OmaStadi!', 'en'],
    ['Rösta på förslag 7 i medborgarbudgeten!', 'sv'],
    ['Boka en tid på kommunens webbplats.', 'sv'],
    ['Äänestäkää tätä, jos tykkäätte ajatuksesta!', 'fi'],
    ['Ilmoittaudu osoitteessa nuortenolohuone.fi.', 'fi'],
    // Ordering, downloading, buying and signing up are such acts too.
    ['Download the app and log your first ride.', 'en'],
    ['Order a compost bin on the council website.', 'en'],
    ['Beställ kärlet senast den 30 april.', 'sv'],
    ['Anmäl dig på biblioteket.', 'sv'],
    ['Tilaa astia osoitteessa jatehuolto.fi.', 'fi'],
    ['Lataa sovellus ja kokeile.', 'fi']
  ] as const) {
    assert.ok(weight(text, language) >= 1.6, text)
  }
  // Not the same words later in a sentence, where they tell the story.
  assert.ok(weight('Last year 300 residents ordered a compost bin.', 'en') < 1.6)
  for (const [text, language] of [
    ['Comment below with the names of good cafés.', 'en'],
    ['Reach out if this sounds like you.', 'en'],
    ['Skriv till oss om du vill veta mer.', 'sv'],
    ['Tutustu hankkeeseen verkkosivuillamme.', 'fi']
  ] as const) {
    const w = weight(text, language)
    assert.ok(w > 0 && w < 1.6, `${text}: ${w}`)
  }
  // In a pitch: the same closing ask, a vote, is present where "get in touch" stays weak.
  const closing = (last: string) =>
    analyzeSync(['Lapsilla ei ole kesällä tekemistä puistossa.', 'Näytämme elokuvia puistossa kerran kuussa.', last].join('\n\n'), {language: 'fi'}).structure.ask.status
  assert.equal(closing('Äänestäkää tätä ehdotusta OmaStadissa!'), 'present')
  assert.equal(closing('Ottakaa yhteyttä, jos kiinnostuit!'), 'weak')
})

test('features: an opening cue also opens the main clause after a leading conditional, or after a polite word', () => {
  assert.ok(ask('Please vote for us!', 'en').includes('vote for'))
  assert.ok(ask('If you live in the eastern area, vote for the underpass lights.', 'en').includes('vote for'))
  assert.ok(ask('If you live nearby, please vote for the underpass lights.', 'en').includes('vote for'))
  assert.ok(ask('Om du vill vara med, skriv till oss senast i maj.', 'sv').includes('skriv'))
  assert.ok(ask('Vänligen rösta på förslag 7.', 'sv').includes('rösta'))
  assert.ok(ask('Jos teitä kiinnostaa, tulkaa juttelemaan meidän pöydälle!', 'fi').includes('tulkaa'))
  // Not after any comma: only the first one, and only when the sentence opens with the condition.
  assert.ok(!ask('Last year, give or take a week, the ferry ran late.', 'en').includes('give'))
  assert.ok(!ask('If it snows, and if the road is closed, give the driver a call.', 'en').includes('give'))
  assert.ok(!ask('Hon sa, skriv det här.', 'sv').includes('skriv'))
})

test('features: a report\'s recommendation and a spoken Finnish need are ask cues, as in English', () => {
  assert.ok(ask('We recommend that the trial becomes permanent.', 'en').includes('we recommend that'))
  assert.ok(ask('Styrgruppen rekommenderar att anropsstyrd trafik permanentas.', 'sv').includes('rekommenderar att'))
  assert.ok(ask('Ohjausryhmä suosittelee, että kutsuliikenne vakinaistetaan.', 'fi').includes('suosittelee että'))
  // Spoken Finnish drops the passive's ending: "tarvittais" is "tarvittaisiin".
  assert.ok(ask('Me tarvittais koulun ideakisan rahasta 400 euroa välineisiin.', 'fi').includes('tarvittais'))
  assert.deepEqual(ask('Personalen rekommenderar inte något.', 'sv'), [])
})

test('features: the storyteller introducing themselves names no person served', () => {
  const names = (text: string, language: Language = 'en'): string[] => features(text, language).features[0]!.names
  // "Jag heter Annika och är enhetschef …": the storyteller, whom the labelling rules never count as the hero.
  assert.deepEqual(names('Jag heter Annika och är enhetschef för hemtjänsten i Västra distriktet.', 'sv'), [])
  assert.deepEqual(names('Olen Heidi, terveydenhoitaja Karhulan neuvolasta.', 'fi'), [])
  assert.deepEqual(names("Hi, I'm Sara Lind, a nurse in Oulu."), [])
  // Someone else named in the introduction, or later in the sentence, is a person.
  assert.deepEqual(names("I'm Maria's daughter, and she is 84."), ['Maria'])
  assert.deepEqual(names('Jag heter Annika och min mamma Britt bor ensam.', 'sv'), ['Britt'])
  assert.deepEqual(names('Maria is 84 and lives alone.'), ['Maria'])
  const r = analyzeSync('Jag heter Annika och är enhetschef för hemtjänsten.', {language: 'sv'})
  assert.ok(!reasons(r, 'hero').some((reason) => reason.includes('Annika')), JSON.stringify(reasons(r, 'hero')))
})

test('features: a short sentence that announces how many parts follow carries no element', () => {
  const read = (text: string, language: Language = 'en'): boolean[] => features(text, language).features.map((f) => f.announces)
  assert.deepEqual(read('It has four parts.'), [true])
  assert.deepEqual(read('Our solution combines three simple things:'), [true])
  assert.deepEqual(read('Lösningen har tre delar:', 'sv'), [true])
  assert.deepEqual(read('Malli koostuu kolmesta osasta.', 'fi'), [true])
  // A count of something else, or a longer sentence, is content.
  assert.deepEqual(read('We trained four volunteers.'), [false])
  assert.deepEqual(read('The app has four parts: a calendar, a map, a chat and a list of the week’s tasks for each family.'), [false])
  const r = analyzeSync('It has four parts.\n\n- A calendar that families share.\n- A map of the pharmacies.')
  assert.deepEqual(r.sentences[0]!.roles, [])
})

test('story: a list of what a product does is evidence of the change, and says so', () => {
  const r = analyzeSync(
    'Most commuters never claim the refund they are owed when a train is late: the form takes ten minutes.\n\n' +
      '- links to your rail account or scans the e-ticket\n- watches live running data for your train\n- sends a pre-filled claim after a delay of 15 minutes'
  )
  const items = r.structure.change.evidence.filter((e) => /^(links|watches|sends)/.test(e.text))
  assert.ok(items.length > 0, JSON.stringify(r.structure.change))
  for (const item of items) assert.ok(item.reasons.includes('an item of a list, as features and steps are'), JSON.stringify(item.reasons))
})

test('features: a role or a service named after a crisis is no crisis', () => {
  const problem = (text: string, language: Language = 'en'): string[] => features(text, language).features[0]!.cues.problem.map((hit) => hit.phrase)
  assert.deepEqual(problem('Several men have asked the crisis worker for a private talk.'), [])
  assert.deepEqual(problem('Kriisityöntekijä istuu pukuhuoneessa kuten kuka tahansa.', 'fi'), [])
  assert.deepEqual(problem('The crisis in elder care deepens every winter.'), ['crisis'])
  assert.deepEqual(problem('Vanhustenhoidon kriisi syvenee joka talvi.', 'fi'), ['kriisi*'])
})

test('features: a form field carries no element, a section label is content', () => {
  const read = (text: string, language: Language = 'en') => {
    const {features: f} = features(text, language)
    return {field: f.map((x) => x.field), roles: analyzeSync(text, {language}).sentences.map((x) => x.roles)}
  }
  const form = read('**From:** Parks & Rec desk, D. Okafor\n\n**Applicant:** Leeds Hard of Hearing Club (registered charity, 140 members)')
  assert.deepEqual(form.field, [true, true])
  assert.deepEqual(form.roles, [[], []])
  assert.deepEqual(read('__Sökande:__ Hallens bygdegårdsförening, Åre kommun', 'sv').field, [true])
  // A section's label is content, and so is a long value or a label without bold.
  assert.deepEqual(read('**Problem:** Many older people wait for days.').field, [false])
  assert.deepEqual(read('**Note:** we asked the caretakers, and all of them said that the rinks are checked every morning before eight.').field, [false])
  assert.deepEqual(read('From: Parks & Rec desk').field, [false])
})

test('story: a title that names the solution is not a change told before the problem', () => {
  const body =
    'Today, many pensioners in Espoo are lonely and cannot leave home alone; they struggle to find company.\n\n' +
    'Our app matches lonely pensioners with student volunteers for a weekly walk.\n\n' +
    'In a pilot, 30 pensioners walked twice a week instead of never.'
  const titled = analyzeSync('# Walking buddies: an app that matches pensioners with students\n\n' + body)
  assert.ok(titled.sentences[0]!.roles.includes('change'), 'the descriptive title carries the change: ' + JSON.stringify(titled.arc))
  assert.deepEqual(titled.messages.filter((m) => m.ruleId === 'story-order'), [])
  // The same title as a first paragraph is part of the story, and is out of order.
  const told = analyzeSync('Walking buddies is an app that matches pensioners with students.\n\n' + body)
  assert.ok(told.messages.some((m) => m.ruleId === 'story-order'), JSON.stringify(told.arc))
})

test('story: an outcome that is only an aim is weak, says so, and the question quotes it', () => {
  const r = analyzeSync(
    'Older residents in Kotka are lonely: half of them meet nobody for days.\n\n' +
      'Our volunteers visit them every week and bring a newspaper.\n\n' +
      'We hope that the visits will make life better and that loneliness will be reduced.'
  )
  assert.equal(r.structure.outcome.status, 'weak')
  assert.ok(reasons(r, 'outcome').includes('an aim, not yet a result'), reasons(r, 'outcome').join('; '))
  const question = r.questions.find((q) => q.element === 'outcome')
  assert.ok(question && /^You say “.+” — how will you measure it/.test(question.question), question?.question)
})

test('story: a weak outcome that counts people asks what changed for them, quoting the count', () => {
  const outcome = (text: string, language: Language = 'en'): {status: string; question: string | undefined; quoted: string | undefined} => {
    const r = analyzeSync(text, {language})
    const q = r.questions.find((item) => item.element === 'outcome')
    return {status: r.structure.outcome.status, question: q?.question, quoted: q?.quoted?.text}
  }
  const en = outcome(
    [
      'Before our service, residents left furniture in the basement waste room, and the caretaker spent eight hours a month carrying it out.',
      'Residents book a pickup slot in the building’s booking app, and a van collects the old sofa within three hours.',
      // A count of people who did something, with no before → after and nothing different for them yet. (A
      // count of users, "So far, 57 households have used the service", reads as a measured result and a present
      // outcome since the thirty-third session's word tables.)
      'In the first month, 57 households booked a pickup.',
      'We are looking for five more housing companies in Tampere for a paid pilot from September.'
    ].join('\n\n')
  )
  assert.deepEqual(en, {
    status: 'weak',
    question: 'You report “57 households booked a pickup” — what is different for them now, and what was the figure before?',
    quoted: '57 households booked a pickup'
  })
  const sv = outcome(
    [
      'Många äldre orkar inte längre gå till biblioteket.',
      'Vi har börjat stanna med bokbussen vid tvättstugan varannan onsdag.',
      'Under våren lånade 120 hushåll böcker vid tvättstugan.',
      'Vi söker 40 000 kronor för att fortsätta nästa år.'
    ].join('\n\n'),
    'sv'
  )
  assert.equal(sv.status, 'weak')
  assert.equal(sv.quoted, 'Under våren lånade 120 hushåll böcker vid tvättstugan')
  assert.match(sv.question ?? '', /vad var siffran innan\?$/)
  // A count of things, or an aim, gets the question about measuring.
  const things = outcome(
    [
      'Many older residents can no longer walk to the library.',
      'We started stopping the book bus at the laundry room every other Wednesday.',
      'In the spring, 300 books were borrowed at the laundry room.',
      'We ask the city for 4,000 euros to go on next year.'
    ].join('\n\n')
  )
  assert.equal(things.status, 'weak')
  assert.match(things.question ?? '', /how will you measure it/)
})

test('story: a weak hero question quotes the people, reads on to a whole phrase, and never quotes an organisation', () => {
  const question = (text: string): string | undefined => analyzeSync(text).questions.find((q) => q.element === 'hero')?.question
  assert.equal(
    question('Commuters in the villages wait for the bus for an hour every morning in winter.\n\nWe propose a bus that comes when you call it.'),
    'You mention “Commuters in the villages wait” — who is one of them, and what does the problem cost her?'
  )
  // "the municipality" is a served organisation: there is no "one of them" to ask about, so the question asks for a person.
  const organisation = analyzeSync('The municipality currently needs an average of 94 days to process a building permit.\n\nWe propose a structured digital application form that checks attachments at once.')
  assert.equal(organisation.structure.hero.status, 'weak')
  assert.equal(
    organisation.questions.find((q) => q.element === 'hero')?.question,
    'Who is one person whose life this changes — what is her name, and what does her day look like?'
  )
  // Cut short before "and", the quote still starts at the people, not words earlier in the clause.
  assert.equal(
    question('We believe the festival will put the town on the map and benefit residents and businesses alike.\n\nWe ask the council for 5,000 euros.'),
    'You mention “residents” — who is one of them, and what does the problem cost her?'
  )
  // A pronoun is no group to ask "one of them" about (the Swedish people list holds "hon").
  const pronoun = analyzeSync('Folk tycker att det är för mörkt på gångvägen, och hon har rätt.\n\nVi föreslår nya lampor längs vägen.', {language: 'sv'})
  // The group alone, not what it thinks ("Folk tycker", before the thirty-eighth session).
  assert.equal(pronoun.questions.find((q) => q.element === 'hero')?.question, 'Du skriver ”Folk” – vem är en av dem, och vad kostar problemet henne?')
})

test('story: a question quotes one clause and does not end on a word that leads on', () => {
  // (The hedge keeps the change weak, so that it is asked about too: told plainly, an elevator pitch's change is present.)
  const r = analyzeSync(
    'Older residents in Kotka are lonely: half of them meet nobody for days.\n\n' +
      'Our volunteers could maybe visit them every week and bring a newspaper.\n\n' +
      'We hope the visits could reduce loneliness, and we would like to grow.\n\n' +
      'Thank you for listening.'
  )
  const asked = Object.fromEntries(r.questions.map((q) => [q.element, q.question]))
  // Not across the comma into "and we would like"; a clause this short is quoted whole.
  assert.match(asked.outcome ?? '', /^You say “We hope the visits could reduce loneliness” — /)
  // Not starting on "and", which only ties the clause to the one before.
  assert.match(asked.ask ?? '', /^You say “we would like to grow” — /)
  assert.match(asked.change ?? '', /^You say “Our volunteers could maybe visit them every week and bring a newspaper” — /)
  // A long clause is cut where a phrase ends: before "among", not on it, and not on "the".
  const long = analyzeSync(
    'Older residents in Kotka are lonely: half of them meet nobody for days.\n\n' +
      'Our volunteers visit them every week and bring a newspaper.\n\n' +
      'We hope that the weekly visits will reduce loneliness among the older residents of Kotka who live alone in the rural districts.'
  )
  assert.match(long.questions.find((q) => q.element === 'outcome')?.question ?? '', /^You say “visits will reduce loneliness” — /)
  // It runs on to the end of the phrase it would cut into: "the next step", not "like to take".
  const step = analyzeSync('Older residents in Kotka are lonely.\n\nOur volunteers visit them every week.\n\nWe would like to take the next step with the city and the parishes of the whole region.')
  const quoted = step.questions.map((q) => q.quoted?.text ?? '')
  assert.ok(quoted.includes('We would like to take the next step'), JSON.stringify(quoted))
  // A currency sign is part of the figure it quotes: "€40,000", not "40,000".
  const euros = analyzeSync('Older residents in Kotka are lonely.\n\nOur volunteers visit them every week.\n\nWe hope to save the city €40,000 a year.')
  assert.match(euros.questions.find((q) => q.element === 'outcome')?.question ?? '', /“We hope to save the city €40,000 a year”/)
  // An outcome told as what the change is for is quoted from its purpose, not from the change before it.
  const purpose = analyzeSync('Residents over 80 in Kallio wait three days for their medicine.\n\nOur service delivers medicine within a day to reduce waiting and to improve their health.\n\nWe ask for 20,000 euros.')
  assert.match(purpose.questions.find((q) => q.element === 'outcome')?.question ?? '', /^You say “to reduce waiting” — /)
  const short = analyzeSync('Farms waste 60% of their water.\n\nWaterBee has developed a smart irrigation system to reduce this wastage, thereby saving money.')
  assert.match(short.questions.find((q) => q.element === 'outcome')?.question ?? '', /^You say “to reduce this wastage” — /)
  // Not ending on a stub after "and" ("huge global problem and it"): it stops before "and" and starts earlier in its clause.
  // A quote that would keep only an aim's first words takes up to eight and then finishes its phrase: "Our goal
  // is that by the end of 2028", not "… by the end".
  const goal = analyzeSync(
    'Older homes in the valley burn oil all winter.\n\nHeat Pilots trains local volunteers to advise on heat pumps.\n\nOur goal is that by the end of 2028 at least 150 households have replaced their oil boilers.\n\nWe ask the fund for 40,000 euros.'
  )
  assert.equal(goal.questions.find((q) => q.element === 'outcome')?.quoted?.text, 'Our goal is that by the end of 2028')
  const stubbed = analyzeSync('Food waste is a huge global problem and it is getting worse every year.\n\nOur app lets cafés sell the day\'s leftover pastries at half price before closing.')
  assert.match(stubbed.questions.find((q) => q.element === 'problem')?.question ?? '', /^You say “Food waste is a huge global problem” — /)
  // Not at the "och" of a shared compound head ("energi- och klimatrådgivningen").
  const shared = analyzeSync(
    'Många föreningar vet inte hur de ska spara energi i sina lokaler.\n\nVi gör en energigenomgång tillsammans med föreningen.\n\n' +
      'Kontakta energi- och klimatrådgivningen i din kommun så berättar vi mer om hur ni kommer i gång.',
    {language: 'sv'}
  )
  assert.equal(shared.questions.find((q) => q.element === 'ask')?.quoted?.text, 'Kontakta energi- och klimatrådgivningen')
  // "Our vision is, that …": a clause of two words takes the next one with it.
  const vision = analyzeSync('Ikäihmiset ovat yksinäisiä.\n\nVapaaehtoisemme käyvät heidän luonaan joka viikko.\n\nVisiomme on, että yksikään ikäihminen ei ole yksin.', {language: 'fi'})
  const visionQuotes = vision.questions.map((q) => q.quoted?.text ?? '')
  assert.ok(visionQuotes.includes('Visiomme on, että yksikään ikäihminen ei ole yksin'), JSON.stringify(visionQuotes))
})

test('story: a weak element\'s question quotes only a sentence that reads as that element', () => {
  // The outcome's only evidence is a change sentence ("our code is tested automatically"): quoting it would ask
  // how to measure a testing setup, so the open question is asked. The problem's and the ask's sentences read
  // as nothing else, and are quoted. (Scores set, so that the check does not rest on what a refit reads.)
  const club = storyWith(
    'Sports clubs still use spreadsheets. We built ClubHub, an app for sports clubs. It handles bookings, payments and messages. ' +
      'We built everything on a modern cloud stack, and our code is tested automatically. Contact us to get a demo.',
    {
      'Sports clubs': {problem: 0.3},
      'We built ClubHub': {change: 0.95},
      'It handles': {change: 0.9},
      'We built everything': {change: 0.7, outcome: 0.3},
      'Contact us': {ask: 0.5}
    }
  )
  const quoted = (element: Element): string | undefined => {
    const question = club.questions.find((q) => q.element === element)
    assert.ok(question, `a question about the ${element}`)
    return question.quote?.text
  }
  assert.deepEqual([club.structure.problem.status, club.structure.outcome.status, club.structure.ask.status], ['weak', 'weak', 'weak'])
  assert.equal(quoted('outcome'), undefined)
  assert.equal(quoted('problem'), 'Sports clubs still use spreadsheets')
  assert.equal(quoted('ask'), 'Contact us to get a demo')
  // Read as the outcome more than as anything else, the same sentence is quoted.
  const outcome = storyWith('Sports clubs still use spreadsheets. We built ClubHub, an app for sports clubs. Our code is tested automatically.', {
    'We built ClubHub': {change: 0.95},
    'Our code': {outcome: 0.3}
  })
  assert.match(outcome.questions.find((q) => q.element === 'outcome')?.quote?.text ?? '', /tested automatically/)
  // A result reported with figures, or an aim, is quoted even where the sentence reads as something else.
  const lonely = {'Older residents': {problem: 0.9, hero: 0.9}, 'Our volunteers visit': {change: 0.9}}
  const outcomeQuote = (last: string): string | undefined =>
    storyWith(`Older residents in Kotka are lonely.\n\nOur volunteers visit them every week.\n\n${last}`, {...lonely, [last]: {change: 0.6, outcome: 0.2}}).questions.find(
      (q) => q.element === 'outcome'
    )?.quote?.text
  assert.equal(outcomeQuote('We recruited 40 volunteers in March.'), 'We recruited 40 volunteers in March')
  assert.equal(outcomeQuote('Our aim is that 340 residents join the visits.'), 'Our aim is that 340 residents join the visits')
  // Neither, and the sentence that reads as the change is not quoted for the outcome.
  assert.equal(outcomeQuote('We recruited volunteers in the spring.'), undefined)
  // A title-like line (a greeting, a title, a question on a line of its own) that reads only faintly as the
  // element, under the role threshold, is not quoted: "You say “nyt vähän pidempi viesti …” — how will you
  // measure it" would ask about a post's greeting. The same words told as a sentence may be quoted. (Scores set
  // here, so that the check does not rest on what a refit makes of the greeting.)
  const faint = {score: {problem: 0.05, hero: 0.05, change: 0.05, outcome: 0.3, ask: 0.05}}
  const greeting = features('Hei naapurit, nyt vähän pidempi viesti pihajutuista! 🌳', 'fi').features[0]!
  assert.ok(greeting.titleLike)
  assert.equal(readsAs('outcome', faint, greeting, false), false)
  assert.equal(readsAs('outcome', {score: {...faint.score, outcome: weights.roleThreshold}}, greeting, false), true)
  const told = features('Hei naapurit, nyt vähän pidempi viesti pihajutuista.', 'fi').features[0]!
  assert.ok(!told.titleLike)
  assert.equal(readsAs('outcome', faint, told, false), true)
})

test('story: a problem question never quotes the team telling what it did, read faintly as the problem, unless a problem word says it hurts', () => {
  // Scores as a sentence reads under the role threshold, more as the problem than as anything else: a
  // question may quote such a sentence, but not the team's own history ("You say “We met at a hackathon in
  // 2023” — how often does it happen, to how many?").
  const faint = {score: {problem: 0.3, hero: 0.1, change: 0.1, outcome: 0.05, ask: 0.05}}
  const quotable = (text: string, language: Language = 'en'): boolean => readsAs('problem', faint, features(text, language).features[0]!, false)
  assert.equal(quotable('We met at a hackathon in 2023 and we have been building together ever since.'), false)
  assert.equal(quotable('Vi startade föreningen 2019 tillsammans med två grannar.', 'sv'), false)
  // The team's report of a pain it saw, with a problem word or a negation, is quotable; so is a sentence not in
  // the team's voice, and a team history that reads as the problem from the role threshold.
  assert.equal(quotable('We found that families waited three weeks for a place.'), true)
  assert.equal(quotable('We could not find a single free sports hall on weekday evenings.'), true)
  assert.equal(quotable('Families wait three weeks for a place.'), true)
  assert.equal(readsAs('problem', {score: {...faint.score, problem: 0.5}}, features('We met at a hackathon in 2023.').features[0]!, false), true)
})

test('story: a change sentence that no cue explains names the words that read as a change', () => {
  // A sentence that tells what happens, with no cue, is read as the solution by its words: its evidence names
  // the words of it that the change's sentences use most (the learned word table), rather than no reason.
  const text =
    'Families in rental blocks buy drills they use for fifteen minutes in their whole life.\n\n' +
    'The branch library lends out drills, ladders and tents with an ordinary library card. ' +
    'In eight months, 1,940 loans went to 610 households.'
  const evidence = analyzeSync(text).structure.change.evidence[0]!
  assert.match(evidence.text, /^The branch library lends out drills/)
  assert.equal(evidence.reasons.length, 1, JSON.stringify(evidence.reasons))
  const words = /^uses words such sentences often use: “(.+)”$/.exec(evidence.reasons[0]!)?.[1]
  assert.ok(words, evidence.reasons[0])
  for (const word of words.split(', ')) assert.ok(evidence.text.includes(word), word)
  // Not beside a reason a reader would give: a cue explains the Swedish one.
  const sv = analyzeSync('Familjer i hyreshus köper borrmaskiner. Filialbiblioteket lånar ut borrmaskiner på ett vanligt lånekort. På åtta månader gick 1 940 lån till 610 hushåll.', {language: 'sv'})
  const reasons = sv.structure.change.evidence[0]!.reasons
  assert.equal(reasons[0], 'säger ”lånar ut”', JSON.stringify(reasons))
  assert.ok(!reasons.some((reason) => reason.startsWith('använder ord')), JSON.stringify(reasons))
})

test('story: a question\'s quote that would leave out only its clause\'s preposition or article starts with the clause; a hero\'s takes an article or the figure that counts its group back', () => {
  const quoted = (text: string, element: Element, language: Language = 'en'): string | undefined =>
    analyzeSync(text, {language}).questions.find((q) => q.element === element)?.quoted?.text
  const lonely = 'Older residents in Kotka are lonely.\n\nOur volunteers visit them every week.\n\n'
  assert.equal(quoted(lonely + 'In March we signed up 40 residents.', 'outcome'), 'In March we signed up 40 residents')
  assert.equal(
    quoted('Äldre i Kaleva slutar simma på vintern eftersom vattnet är för kallt.\n\nVi höjer vattentemperaturen till 31 grader varje onsdag.\n\nPå sikt förväntas fler äldre simma hela vintern.', 'outcome', 'sv'),
    'På sikt förväntas fler äldre simma hela vintern'
  )
  // A hero's quote takes the article or possessive before its group at the clause's start, never a preposition.
  assert.equal(
    quoted('Our pupils spend a lot of time on screens, and many find it hard to concentrate.\n\nWe add ten minutes of movement to every lesson.\n\nWe ask the school board for 5,000 euros.', 'hero'),
    'Our pupils spend a lot of time'
  )
  assert.equal(
    quoted('Många barn i byn har aldrig sett en teaterföreställning.\n\nVi tar teatern till bygdegårdarna.\n\nVi söker 50 000 kronor.', 'hero', 'sv'),
    'Många barn i byn har aldrig sett en teaterföreställning'
  )
  // And the figure that counts its group, so that the quote says how many ("one household in five", not
  // "household in five"), but not a year that dates the sentence.
  assert.equal(
    quoted('Around one household in five spends more than a tenth of its income on energy.\n\nWe install solar panels on shared roofs.\n\nWe ask the council for a roof.', 'hero'),
    'one household in five spends more than a tenth of its income'
  )
  assert.equal(
    quoted('Tre sjuksköterskor har sagt upp sig sedan i våras.\n\nVi inför ett nytt schema.\n\nVi ber ledningen om ett beslut.', 'hero', 'sv'),
    'Tre sjuksköterskor har sagt upp sig sedan'
  )
  assert.equal(quoted('In 2030 residents will still drive to the shop.\n\nWe run a bus.\n\nWe ask the council for a grant.', 'hero'), 'residents will still drive to the shop')
  // A group the quote names as one person is asked about as that person, not as "one of them"; a share is still a group.
  const asked = (text: string, language: Language = 'en'): string | undefined => analyzeSync(text, {language}).questions.find((q) => q.element === 'hero')?.question
  const corridor = 'One nurse has the whole corridor at night, and call bells ring for minutes.\n\nWe add a second bell panel.\n\nWe ask the ward for 2,000 euros.'
  assert.equal(asked(corridor), 'You mention “One nurse has the whole corridor” — who is that, and what does the problem cost them?')
  assert.match(asked('Around one household in five spends more than a tenth of its income on energy.\n\nWe install solar panels on shared roofs.\n\nWe ask the council for a roof.') ?? '', /who is one of them/)
  assert.match(asked('Förra veckan fick en boende fel medicin eftersom listan saknades.\n\nVi inför en digital lista.\n\nVi ber ledningen om ett beslut.', 'sv') ?? '', /^Du skriver ”en boende .*” – vem är det, och vad kostar problemet den personen\?$/)
  assert.match(asked('Residents wait for days for a ride.\n\nWe run a bus.\n\nWe ask the council for a grant.') ?? '', /who is one of them/)
  // A whole clause does not end on a preposition that leads across its comma into a subordinate clause.
  const eetu = quoted('Eetu ei uskalla kävellä kouluun yksin, koska risteyksessä ei ole suojatietä.\n\nSuojatie korotetaan.\n\nToivon, että Eetu voisi taas kävellä kouluun ilman, että vanhempien tarvitsee saattaa häntä.', 'outcome', 'fi')
  assert.ok(eetu !== undefined && !/ ilman$/.test(eetu), eetu)
  // Inside its clause too: "the young people here", not "young people here".
  assert.equal(quoted('Every winter the young people here have nowhere to go in the evenings.\n\nWe open the hall on Fridays.\n\nWe ask the council for a key.', 'hero'), 'the young people here have nowhere to go')
  // A preposition inside the clause, before its subject, stays out: the quote does not reach back into the phrase before.
  const quote = quoted(lonely + 'Information about the visits is scattered across many websites, so families cannot find it.', 'problem')
  assert.ok(quote === undefined || !/^about /.test(quote), quote)
})

test('story: the team\'s own helpers ("Our volunteers", "Våra volontärer", "Vapaaehtoisemme") are not the people a hero question asks about', () => {
  const asked = (text: string, language: Language = 'en'): string | undefined => analyzeSync(text, {language}).questions.find((q) => q.element === 'hero')?.question
  // They are not the people the team serves: no question asks what the problem costs them, and
  // the spine does not make them the hero.
  const volunteers = 'Our volunteers come from all walks of life and give two evenings a month.\n\nWe walk the town centre on Friday nights.\n\nWe ask the council for 3,000 euros.'
  assert.match(asked(volunteers) ?? '', /^Who is one person whose life this changes/)
  assert.match(asked('Våra volontärer kommer från hela kommunen och ger två kvällar i månaden.\n\nVi går runt i centrum på fredagskvällar.\n\nVi ber kommunen om 30 000 kronor.', 'sv') ?? '', /^Vem är en person vars liv/)
  assert.match(asked('Vapaaehtoisemme tulevat eri puolilta kaupunkia ja antavat kaksi iltaa kuussa.\n\nKierrämme keskustaa perjantai-iltaisin.\n\nPyydämme kaupungilta 3 000 euroa.', 'fi') ?? '', /^Kuka on yksi ihminen/)
  const musicians = analyzeSync('Our musicians play for residents.\n\nWe play short concerts in the day rooms.\n\nWe ask the foundation for 12,000 euros.')
  assert.equal(musicians.questions.find((q) => q.element === 'hero')?.quoted?.text, 'residents')
  assert.match(musicians.spine ?? '', /^residents \(hero\); /)
  // Nor are they the people a reason says the sentence serves, when it names others.
  const visit = analyzeSync('Our musicians visit older people in care homes who rarely hear live music.\n\nWe play short concerts in the day rooms.\n\nWe ask the foundation for 12,000 euros.')
  const visitReasons = visit.structure.hero.evidence[0]?.reasons ?? []
  assert.ok(visitReasons.includes('names the people served: older people') && !visitReasons.some((r) => r.includes('musicians')), JSON.stringify(visitReasons))
  assert.match(visit.spine ?? '', /^older people \(hero\); /)
  // Not the helpers' group by its last word either ("drivers" in "Our volunteer drivers"), in a reason, a
  // question or the spine.
  const drivers = analyzeSync('Our volunteer drivers take older people to the hospital and back.\n\nWe ask the council for 4,000 euros.')
  const driverReasons = drivers.structure.hero.evidence[0]?.reasons ?? []
  assert.ok(driverReasons.includes('names the people served: older people') && !driverReasons.some((r) => r.includes('drivers')), JSON.stringify(driverReasons))
  const burnout = analyzeSync('Our volunteer drivers often burn out within a year.\n\nWe share the shifts in an app.\n\nWe ask the council for 3,000 euros.')
  assert.match(burnout.questions.find((q) => q.element === 'hero')?.question ?? '', /^Who is one person whose life this changes/)
  assert.ok(!(burnout.spine ?? '').includes('(hero)'), String(burnout.spine))
  // Without the team's word they may be the people served ("Volunteers often burn out"), and the quote stays.
  assert.match(asked('Volunteers at food banks often burn out within a year.\n\nWe share the shifts in an app.\n\nWe ask the council for 3,000 euros.') ?? '', /“Volunteers at food banks often burn out/)
})

test('story: the group the team says it is ("We are three students", "Vi är fem utvecklare", "Olemme kolme opiskelijaa") is not the people a hero question asks about', () => {
  const hero = (text: string, language: Language = 'en'): PitchReport['questions'][number] | undefined => analyzeSync(text, {language}).questions.find((q) => q.element === 'hero')
  const students =
    'We are three students from the technical college who love building things. Our first product is a small sensor that tells how full a recycling bin is. ' +
    'We have built two prototypes and tested them at our school. We are looking for a housing company that lets us try ten sensors this spring.'
  // The team is not the people it serves: the question asks openly, and the spine names no hero.
  const en = analyzeSync(students)
  assert.match(hero(students)?.question ?? '', /^Who is one person whose life this changes/)
  assert.ok(!(en.spine ?? '').includes('(hero)'), String(en.spine))
  assert.match(hero('Vi är fem utvecklare som har byggt appen på kvällar och helger. Appen visar hur full varje återvinningsstation är. Vi söker en kommun som vill testa den i vår.', 'sv')?.question ?? '', /^Vem är en person vars liv/)
  // A figure right before the group counts the team, and gives no age ("är tre" would read as "is three" years old).
  const swedish = analyzeSync('Vi är tre studenter från Umeå som har utvecklat ett system med återanvändbara matlådor. Restauranger slänger mycket plast. Vi söker en restaurang som vill testa.', {language: 'sv'})
  assert.match(swedish.questions.find((q) => q.element === 'hero')?.question ?? '', /^Vem är en person vars liv/)
  assert.ok(!(swedish.spine ?? '').includes('(huvudperson)'), String(swedish.spine))
  assert.match(hero('Olemme kolme opiskelijaa, jotka rakentavat mielellään laitteita. Anturimme kertoo, kuinka täynnä kierrätysastia on. Etsimme taloyhtiötä, joka kokeilee kymmentä anturia keväällä.', 'fi')?.question ?? '', /^Kuka on yksi ihminen/)
  // Served people further on in the sentence are still asked about, and so are the people a team asks for
  // help with, or stands among without being: "not the only parents".
  const parents = hero('We are parents of children with diabetes in Espoo, and the school nurse is there only on Mondays. We built a shared glucose log for the school staff. We ask the city for 8,000 euros.')
  assert.match(parents?.quoted?.text ?? '', /children with diabetes/, JSON.stringify(parents))
  const notOnly = hero('We are not the only parents whose children wait an hour for the school bus. We made a timetable app. We ask the council for 2,000 euros.')
  assert.match(notOnly?.quoted?.text ?? '', /parents/, JSON.stringify(notOnly))
  // Only a group that completes the introduction: not one after a clause ("We are worried that …", "Olemme
  // huomanneet, että …") or after a verb and its phrase ("We're seeing more and more …").
  for (const [text, group, language] of [
    ['We are worried that elderly residents in Kallio skip meals for days. We deliver a hot lunch twice a week. We ask the city for 5,000 euros.', 'elderly residents', 'en'],
    ["We're seeing a lot more families at the food bank every week. We open a second evening. We ask the council for 4,000 euros.", 'families', 'en'],
  ] as const) {
    const question = hero(text, language)
    assert.match(question?.quoted?.text ?? '', new RegExp(group), `${text}: ${JSON.stringify(question)}`)
  }
  // A present hero is named in the spine by the same rule: the residents the team has noticed, not the team.
  assert.match(analyzeSync('Olemme huomanneet, että asukkaat eivät uskalla lähteä ulos talvella. Aurattu reitti kulkee kaupalle. Pyydämme kaupungilta 3 000 euroa.', {language: 'fi'}).spine ?? '', /^asukkaat \(päähenkilö\); /)
  // The group the story comes back to is named where the story tells it, not where the team says it is one of them:
  // the second sentence's "Teachers at Kallio", not the first's "teachers at Kallio".
  const team = analyzeSync(
    'We are two teachers at Kallio school who got tired of the photocopier. Teachers at Kallio spend an hour a day printing worksheets. ' +
      "Our app sends the worksheets to the pupils' tablets instead. Teachers at Kallio now spend ten minutes a day on it. We ask the city for 5,000 euros."
  )
  assert.match(team.spine ?? '', /^Teachers at Kallio \(hero\); /)
})

test('story: a spine names its hero by the base form, not by a case ending ("asukkaat", not "asukkaista"; "Sanna", not "Sannan"; "Theo", not "Theos")', () => {
  const fi = (text: string): string => analyzeSync(text, {language: 'fi'}).spine ?? ''
  // The residents are first named "from the residents" (elative), then as themselves: the spine says "asukkaat".
  const residents = fi(
    'Kerrostalojen asukkaista moni ei uskalla lähteä ulos talvella, kun jalkakäytävät ovat jäässä. Iäkkäät asukkaat jäävät viikoiksi sisälle. ' +
      'Lumikaverit auraa reitin kaupalle joka aamu. Nyt asukkaat käyvät kaupassa joka viikko. Pyydämme kaupungilta 3 000 euroa.'
  )
  assert.match(residents, /^asukkaat \(päähenkilö\); Kerrostalojen asukkaista moni/)
  // A person named in the genitive in the hero's sentences ("Sannan koulumatka", Sanna's way to school) by the
  // name the pitch gives her elsewhere: "Sanna".
  const sanna = fi(
    'Sannan koulumatka kestää tunnin, koska bussi kulkee harvoin. Sannalle pimeä pysäkki on pelottava. ' +
      'Kyytirinki yhdistää vanhemmat, jotka ajavat samaan suuntaan. Pyydämme kunnalta 2 000 euroa.\n\nTerveisin Sanna ja äiti'
  )
  assert.match(sanna, /^Sanna \(päähenkilö\); /)
  // Without the bare form in the pitch, by the given name its ending inflects; Swedish too, with its genitive
  // "-s" ("Theos", Theo's), and a given name that ends so itself stays whole ("Jonas").
  assert.match(fi('Sannan koulumatka kestää tunnin, koska bussi kulkee harvoin. Sannalle pimeä pysäkki on pelottava. Kyytirinki yhdistää vanhemmat, jotka ajavat samaan suuntaan. Pyydämme kunnalta 2 000 euroa.'), /^Sanna \(päähenkilö\); /)
  // A town in the inessive ("in Kajaani") is no person, not even with a figure after a comma, which reads as
  // an age ("Kajaanissa, 110 kilometrin päässä"): the pupils are the hero.
  const town = analyzeSync(
    'Koulussa on 27 oppilasta, ja lähin kuraattori työskentelee Kajaanissa, 110 kilometrin päässä. Oppilas odottaa kuraattoria viisi viikkoa. ' +
      'Kokeilussa kuraattori tapaa oppilaat videoyhteydellä joka päivä. Nyt oppilaat pääsevät puhumaan kahdessa päivässä. Pyydämme kaupungilta 40 000 euroa.',
    {language: 'fi'}
  )
  const reasons = town.structure.hero.evidence.flatMap((e) => e.reasons)
  assert.ok(!reasons.some((reason) => reason.includes('Kajaanissa')), reasons.join(' | '))
  assert.match(town.spine ?? '', /^oppilaat \(päähenkilö\); /)
  // People named by their age, a range too, in the plural: "13–17-vuotiaat" of "13–17-vuotiaille".
  const teens = fi(
    'Järjestämme kesäleirin 13–17-vuotiaille, joilla ei ole kotikylässään paikkaa soittaa. Moni 13–17-vuotiaista lopettaa soittamisen. ' +
      'Leirillä nuoret soittavat bändeissä viikon. Viime kesänä syntyi yhdeksän bändiä. Tarvitsemme 3 000 euroa.'
  )
  assert.match(teens, /^13–17-vuotiaat \(päähenkilö\); /)
  // With the bound before the age ("yli 75-vuotiaat").
  const over = fi(
    'Kunnassa asuu 1 200 yli 75-vuotiasta yksin. Moni yli 75-vuotiaista ei pääse ulos talvella. Kerran 80-vuotiaat kokoontuivat kylätalolla. ' +
      'Lumikaverit auraa reitin kaupalle joka aamu. Nyt yli 75-vuotiaat käyvät kaupassa joka viikko. Pyydämme kaupungilta 3 000 euroa.'
  )
  assert.match(over, /^yli 75-vuotiaat \(päähenkilö\); /)
  const sv = (name: string): string =>
    analyzeSync(`${name} skolväg är lång och mörk på vintern. ${name} mamma kör honom varje morgon eftersom bussen går för tidigt. Vi startar en gående skolbuss med två vuxna. Vi söker 10 000 kronor.`, {language: 'sv'}).spine ?? ''
  // A surname by its base form too, when the pitch never writes it bare (the profile's `surnameEndings`): a
  // Finnish "-nen" name ("Niemisellä", Nieminen's adessive) and a foreign one after its "i" ("Hansenilla"); a
  // surname that ends like a case form itself stays ("Lundin").
  const surname = (name: string, other: string): string =>
    fi(`Pihlajavedellä asuvalla ${name}, 82, ei ole autoa. ${other} kauppamatka on vaikea. Digiapu tuo kaupan kylään. Nyt hän käy kaupassa joka viikko. Pyydämme kunnalta 2 000 euroa.`)
  assert.match(surname('Raili Niemisellä', 'Raili Niemiselle'), /^Raili Nieminen \(päähenkilö\); /)
  assert.match(surname('Ingrid Hansenilla', 'Ingrid Hansenille'), /^Ingrid Hansen \(päähenkilö\); /)
  assert.match(fi('Sari Lundin, 82, asuu Pihlajavedellä ilman autoa. Sari Lundin ei pääse kauppaan. Digiapu tuo kaupan kylään. Nyt Sari käy kaupassa joka viikko. Pyydämme kunnalta 2 000 euroa.'), /^Sari Lundin \(päähenkilö\); /)
  assert.match(sv('Theos'), /^Theo \(huvudperson\); /)
  assert.match(sv('Jonas'), /^Jonas \(huvudperson\); /)
  // English keeps the first mention, with what qualifies it, rather than the shorter "resident".
  assert.match(analyzeSync('Residents over 80 in Kallio stay indoors for weeks when the pavements are icy. A resident told us she had not been out since December. Snow Buddies clears a path to the shop every morning. Now the residents shop every week. We ask the city for 3,000 euros.').spine ?? '', /^Residents over 80 \(hero\); /)
})

test('story: a Finnish spine names a group it meets only in other cases by its nominative plural ("oppilaat" of "32 oppilasta"; "Yläkoululaiset"), and a word the profile lacks as written', () => {
  const fi = (text: string): string => analyzeSync(text, {language: 'fi'}).spine ?? ''
  // Partitive after a figure, genitive, partitive plural: never "oppilaat" itself, nor "oppi" and "lasta" (a child).
  const pupils = fi(
    'Koulussamme 32 oppilasta odottaa kuraattoria viisi viikkoa. Oppilaiden huolet kasvavat odottaessa. ' +
      'Kokeilussa kuraattori tapaa oppilaita videoyhteydellä joka päivä. Nyt oppilaiden odotus on kaksi päivää. Pyydämme kaupungilta 40 000 euroa.'
  )
  // In both pitches the two problem sentences read as the problem within a few hundredths of each other, so
  // which one the spine quotes is the fitted model's; either way it quotes the pitch, not a base form.
  assert.match(pupils, /^oppilaat \(päähenkilö\); (Koulussamme 32 oppilasta odottaa|Oppilaiden huolet kasvavat odottaessa)/)
  // A compound keeps its first part and the sentence's capital; the clauses still quote the pitch.
  const teens = fi(
    'Yläkoululaisista joka kolmas nukkuu alle seitsemän tuntia. Yläkoululaisille väsymys näkyy arvosanoissa. ' +
      'Univalmennus opettaa yläkoululaisille unirytmin. Nyt yläkoululaisista puolet nukkuu kahdeksan tuntia. Pyydämme kaupungilta 40 000 euroa.'
  )
  assert.match(teens, /^Yläkoululaiset \(päähenkilö\); (Yläkoululaisista joka kolmas|Yläkoululaisille väsymys näkyy)/)
  // Midwives ("kätilö") are not in the profile's list: shown as the pitch writes them, in whichever hero
  // sentence the spine follows ("Kätilöille", "kätilöitä").
  const text = 'Synnytysosastolla kätilöitä on yövuorossa liian vähän. Kätilöille kertyy ylitöitä joka viikko. ' +
    'Uusi vuorolista jakaa kätilöille tauot. Nyt kätilöiden ylityöt puolittuivat. Pyydämme sairaalalta 40 000 euroa.'
  const midwives = /^(\S+) \(päähenkilö\); /.exec(fi(text))?.[1] ?? ''
  assert.match(midwives, /^kätilö/i)
  assert.ok(text.split(/[\s.]+/).includes(midwives), midwives)
})

test('story: a group\'s base forms by the profile: its stem is the word\'s head, not letters inside another stem, and a word that runs on is another word', () => {
  const fi = profiles.fi
  assert.deepEqual(groupBaseForm('oppilasta', fi), {singular: 'oppilas', plural: 'oppilaat', stems: ['oppilas', 'oppila'], nominative: false})
  assert.deepEqual(groupBaseForm('omaishoitajille', fi)?.plural, 'omaishoitajat')
  assert.deepEqual(groupBaseForm('koululasten', fi)?.plural, 'koululapset')
  assert.deepEqual(groupBaseForm('asukkaat', fi)?.nominative, true)
  assert.deepEqual(groupBaseForm('asukas', fi)?.nominative, true)
  // Eight letters past "oppila": a compound whose head is another word, not a case form.
  assert.equal(groupBaseForm('oppilashuollon', fi)?.plural, undefined)
  assert.equal(groupBaseForm('naapurusto', fi), undefined)
  assert.equal(groupBaseForm('oppilaista', profiles.en), undefined)
})

test('story: a spine names its hero with whose they are ("My father", "Pertti\'s wife", "Eriks fru", "Min pappa"), not a contraction ("There\'s"), and a group, not what it owns ("customers", not "customer\'s")', () => {
  const spine = (text: string, language: Language = 'en'): string => analyzeSync(text, {language}).spine ?? ''
  assert.match(
    spine("My father is 84 and lives alone. My father can't read the small print on his pill boxes, so he often takes the wrong pill. We built an app that reads the label aloud. We ask the health centre to try it with 50 patients."),
    /^My father \(hero\); /
  )
  // A person's name in the genitive, with the wife the story comes back to more often than to him.
  assert.match(
    spine(
      "When Pertti's wife got dementia, he stopped taking her for walks because she kept wandering off. His wife sat at home all day and grew restless. " +
        'Walking Pairs sends a trained volunteer along twice a week, so that his wife can walk safely again. Now his wife walks three times a week. We need 15,000 euros to train volunteers.'
    ),
    /^Pertti's wife \(hero\); /
  )
  assert.match(
    spine(
      'När Eriks fru fick demens slutade han ta med henne på promenader. Hans fru satt hemma hela dagarna och blev rastlös. Promenadvän skickar en utbildad volontär två gånger i veckan så att hans fru kan gå ut igen. Nu går hans fru ut tre gånger i veckan. Vi söker 20 000 kronor.',
      'sv'
    ),
    /^Eriks fru \(huvudperson\); /
  )
  assert.match(
    spine('Min pappa är 84 år och bor ensam. Min pappa kan inte läsa de små texterna på medicinburkarna. Vi har byggt en app som läser upp etiketten. Vi söker 20 000 kronor.', 'sv'),
    /^Min pappa \(huvudperson\); /
  )
  // A group named as the owner of something ("the customer's home", "Mina föräldrars frisörsalong") by a mention
  // that names the group itself, or else without the genitive's ending.
  assert.match(
    spine("I fix bikes at the customer's home, so riders do not lose a day's earnings. Many of my regular customers are riders on zero-hours contracts. A lost day costs them 80 pounds. I bring a loan bike while I repair theirs. Since May, 40 riders kept working through a repair. I ask the council for 3,000 pounds for a second loan bike."),
    /^customers \(hero\); /
  )
  assert.match(
    spine('Mina föräldrars frisörsalong i Umeå förlorar en kund varje dag på avbokningar. Föräldrarnas kalender har luckor varje vecka. Vi byggde en app som fyller avbokade tider. Nu fylls nio av tio luckor. Vi söker 50 000 kronor.', 'sv'),
    /^Mina föräldrar \(huvudperson\); /
  )
  // "There's" is "there is": it owns nothing.
  assert.match(
    spine("There's kids crossing the road every morning without a crossing. Kids wait for gaps in the traffic for minutes. We ask the council to paint a zebra crossing. Kids would then cross safely."),
    /^kids \(hero\); /
  )
})

test('story: an English people word that says what a noun is for is no group ("our customer feedback", "the toddler group"), while one that acts still is', () => {
  const read = (text: string): {spine: string; quoted: string | undefined} => {
    const report = analyzeSync(text)
    return {spine: report.spine ?? '', quoted: report.questions.find((q) => q.element === 'hero')?.quoted?.text}
  }
  const feedback = read('I think we should move our customer feedback over to Loopback. It tags feedback from email automatically and links it to tickets. We would save about four hours a week. Can we try it for a month?')
  assert.doesNotMatch(feedback.spine, /customer \(hero\)/, feedback.spine)
  assert.equal(feedback.quoted, undefined, 'the hero question asks openly, without quoting the feedback')
  const toddlers = read('The toddler group meets in the hall, but its door opens straight onto the B4520, where cars take the bend at 50. Parents with toddlers step out into the road. A raised crossing would slow the cars. We ask the council for 30,000 pounds.')
  assert.doesNotMatch(toddlers.spine, /^toddler \(hero\)/, toddlers.spine)
  assert.equal(toddlers.quoted, undefined)
  // A verb after the group, with its -s or after "does", is what the person does: the group stays.
  assert.match(read('Where does a teenager turn when anxiety keeps her awake at midnight? A teenager often ends up on a forum with dangerous advice. We open a night chat staffed by trained counsellors. In the pilot, 300 teenagers used it. We ask the city for 40,000 euros.').spine, /^teenager \(hero\); /)
  assert.match(read('The customer pays at the till and waits ten minutes for a receipt. The customer often leaves without one. Our app sends the receipt to the phone at once. We ask the shop owners for a pilot.').spine, /^customer \(hero\); /)
})

test('questions: a hero question quotes its group alone rather than stop inside what the group does, and keeps a relative clause that says who they are', () => {
  const quoted = (text: string, language: Language = 'en'): string | undefined => analyzeSync(text, {language}).questions.find((q) => q.element === 'hero')?.quoted?.text
  // "The students said the park" stops inside what they said.
  assert.equal(quoted('Our civics club asked pupils about the skate park. The students said the park is not a very nice place to be after school at the moment. We want lights and a bench there. We ask the council for 4,000 pounds.'), 'The students')
  assert.equal(
    quoted('Vi startade 2019. Det var 64 personer som gått kommunens starta eget-rådgivning som svarade på vår enkät. Vi vill starta en grundarfika varje månad. Vi söker 10 000 kronor.', 'sv'),
    '64 personer som gått kommunens starta eget-rådgivning'
  )
})

test('story: a people word inside a proper name is no group a question asks about ("the Youth Council", "Bright Futures Youth Trust"), and a place after a group is named whole', () => {
  const hero = (text: string, language: Language = 'en'): PitchReport['questions'][number] | undefined => analyzeSync(text, {language}).questions.find((q) => q.element === 'hero')
  // The charity's name is no group; the people it works with are, with the whole name of where they live.
  const trust = analyzeSync(
    "I'm reaching out from Bright Futures Youth Trust, a charity working with young people across Greater Manchester. We run a weekly coding club in two libraries. We would like to talk to you about a partnership."
  )
  assert.equal(trust.questions.find((q) => q.element === 'hero')?.quoted?.text, 'young people across Greater Manchester')
  assert.match(trust.spine ?? '', /^young people across Greater Manchester \(hero\); /)
  // A council or an association that proposes is asked openly about the people it speaks for, in English and Swedish.
  assert.match(hero('The Youth Council proposes that the schools in the municipality should offer breakfast in the morning. Breakfast would be free. We ask the board to decide on it in May.')?.question ?? '', /^Who is one person whose life this changes/)
  assert.match(hero('Föreningen Läsande Barn i Sandviken vill starta läsgrupper. Vi träffas varje lördag. Vi söker 20 000 kronor.', 'sv')?.question ?? '', /^Vem är en person vars liv/)
  // A title before a name tells who the person is: the spine still follows Aino.
  assert.match(analyzeSync('Out jumped Nurse Aino with a big blue bag. She checks on Grandpa every morning. We ask the hospital to keep the service.').spine ?? '', /^Aino \(hero\); /)
})

test('story: a quote and the spine start after the label a line opens with ("Reason:", "**Perustelu:**"), and a colon inside a word is no label', () => {
  const en = analyzeSync(
    '**Idea:** Put the key code on the visit list.\n\n**Reason:** In September the nurses in the east called the office 230 times about key codes, and each call took five minutes.\n\n**Amount applied for:** £6,800 for the software change.'
  )
  const quotes = en.questions.map((q) => q.quoted?.text).filter((text) => text !== undefined)
  assert.ok(quotes.length > 0, JSON.stringify(en.questions))
  for (const text of quotes) assert.doesNotMatch(text, /^(?:Idea|Reason|Amount applied for):/, text)
  // The spine tells the story, not the form: no labels, and the pound sign before the sum stays.
  assert.doesNotMatch(en.spine ?? '', /(?:^|; )(?:Idea|Reason|Amount applied for):/, String(en.spine))
  assert.match(en.spine ?? '', /; Put the key code on the visit list \(change\)/)
  assert.match(en.spine ?? '', /; £6,800 for the software change \(ask\)$/)
  const fi = analyzeSync(
    '**Ehdotus:** Avainkoodi lisätään käyntilistalle.\n\n**Perustelu:** Syyskuussa itäisen alueen hoitajat soittivat toimistoon avainkoodin takia 230 kertaa, ja jokainen puhelu vei viisi minuuttia.\n\nPyydämme päätöstä lokakuun kokouksessa.',
    {language: 'fi'}
  )
  for (const q of fi.questions) assert.doesNotMatch(q.quoted?.text ?? '', /^(?:Ehdotus|Perustelu):/, q.question)
  assert.match(fi.spine ?? '', /Avainkoodi lisätään käyntilistalle \(muutos\)/)
  // "5:n" is Kaarnatie 5's, a case ending: neither a label nor the end of a clause a quote starts after.
  const house = analyzeSync(
    'Kaarnatie 5:n asukkaat odottavat pyöräparkkia jo kolmatta vuotta, ja pyörät seisovat rappukäytävissä.\n\nMuutamme väestönsuojan lukittavaksi pyöräparkiksi.\n\n**Kustannukset:** 6 800 euroa, jotka pyydämme hallitukselta.',
    {language: 'fi'}
  )
  const problem = house.questions.find((q) => q.element === 'problem')?.quoted?.text
  assert.equal(problem, 'Kaarnatie 5:n asukkaat odottavat pyöräparkkia jo kolmatta vuotta')
  assert.match(house.spine ?? '', /Kaarnatie 5:n asukkaat odottavat/)
  assert.match(house.spine ?? '', /; 6 800 euroa, jotka pyydämme hallitukselta \(pyyntö\)$/)
})

test('story: the spine cuts a clause where a phrase ends, not inside a range or after a bare figure', () => {
  const spine = analyzeSync(
    'Deaf residents in Tampere wait 20–30 minutes for an interpreter at every service point in the city centre. ' +
      'We built a video link that brings a sign language interpreter to the desk within two minutes. ' +
      'Complaints fell from 31 to 4 within a year. ' +
      'We ask the city board to fund the service at all 14 service points from next year on and to train the staff.'
  ).spine
  // Before: "wait 20…", "to the desk… " cut on "to", "at all 14…".
  assert.match(spine ?? '', /Deaf residents in Tampere wait 20–30 minutes for an interpreter at every service point… \(problem\)/)
  assert.match(spine ?? '', /We built a video link that brings a sign language interpreter to the desk… \(change\)/)
  assert.match(spine ?? '', /We ask the city board to fund the service at all 14 service points… \(ask\)/)
  // A colon inside a Finnish word is a case ending, not the end of a clause.
  const fi = analyzeSync(
    'Yksinäisiä ikäihmisiä oli kyselyssä 19 ja heistä moni ei tavannut ketään viikkoihin. Avasimme kerhohuoneen joka arkipäivä. ' +
      'Syksyn uusintakyselyssä yksinäisyyttä kokevien määrä oli pudonnut 19:stä seitsemään kaikissa kolmessa talossa.',
    {language: 'fi'}
  ).spine
  assert.match(fi ?? '', /pudonnut 19:stä seitsemään/)
})

test('story: a question that quotes the pitch says where, and a question that does not has no span', () => {
  const text =
    'Older residents in Kotka are lonely: half of them meet nobody for days.\n\n' +
    'Our volunteers visit them every week and bring a newspaper.\n\n' +
    'We hope the visits could reduce *loneliness*, and we would like to grow.\n\n' +
    'Please reach out if you want to help.'
  const r = analyzeSync(text)
  const outcome = r.questions.find((q) => q.element === 'outcome')!
  assert.match(outcome.question, /^You say “We hope the visits could reduce loneliness” — /)
  // The span is the source from the first word to the last, markup included; the question's quote is plain text.
  assert.equal(outcome.quoted?.text, 'We hope the visits could reduce *loneliness')
  assert.equal(text.slice(outcome.quoted!.position.start.offset, outcome.quoted!.position.end.offset), outcome.quoted!.text)
  assert.equal(outcome.quoted!.position.start.line, 5)
  // A missing element's question quotes nothing.
  const bare = analyzeSync('Older residents in Kotka are lonely.\n\nPlease reach out if you want to help.')
  const change = bare.questions.find((q) => q.element === 'change')!
  assert.equal(change.quoted, undefined)
  assert.ok(!('quoted' in change))
})

test('story: a question does not quote into a parenthesis or leave a quotation mark open', () => {
  const asked = (text: string, element: 'problem' | 'outcome', language: Language = 'en'): string =>
    analyzeSync(text, {language}).questions.find((q) => q.element === element)?.question ?? ''
  // The parenthesis closes before the quote would start: it begins after it. (A generic problem, so that it is
  // weak and asked about: "grade two" gave it a figure. Scores set, so that it does not rest on a refit.)
  const parenthesis = storyWith('Reading aloud (especially in the early grades) can be a struggle.', {Reading: {problem: 0.5}})
  assert.equal(parenthesis.structure.problem.status, 'weak')
  assert.equal(parenthesis.questions.find((q) => q.element === 'problem')?.quote?.text, 'can be a struggle')
  // Whatever the quote cuts, its quotation marks stay in pairs.
  for (const [text, language] of [
    ['Couples receive a "goodwill package" that could improve the local "goodwill bank" and its reach.', 'en'],
    ['Paret får ett ”välkomstpaket” som ska förbättra den lokala ”godhetsbanken” och dess räckvidd.', 'sv'],
    ['Couples receive a “goodwill package” that could improve the local “goodwill bank” and its reach.', 'en']
  ] as const) {
    // The template's own marks: “…” — in English, ”…” – in Swedish.
    const quoted = /^[^“”]*[“”](.*)” [—–] /.exec(asked(text, 'outcome', language))?.[1]
    assert.ok(quoted, asked(text, 'outcome', language))
    for (const mark of ['"', '”']) assert.equal((quoted.split(mark).length - 1) % 2, 0, `${mark} in ${quoted}`)
    assert.equal(quoted.split('“').length, quoted.split('”').length, quoted)
  }
})

test('features: a cue of weight 0 is a stop phrase: "lower secondary" is a school level, not an outcome', () => {
  const [level, result] = features('Amir is one of 900 pupils in lower secondary schools.\n\nThe clinic now has lower costs.').features
  assert.deepEqual(level!.cues.outcome, [])
  assert.equal(level!.cueScore.outcome, 0)
  assert.deepEqual(result!.cues.outcome.map((hit) => hit.phrase), ['now', 'lower'])
})

test('features: an English people stem names people only with an inflection after it', () => {
  const people = (text: string): number => features(text).features[0]!.people.length
  assert.equal(people('Residents, families and midwives came, and the municipality\'s staff.'), 5)
  assert.equal(people('At that moment, the clinical tests were familiar to the membership.'), 0)
  assert.equal(people('Volunteering is a way to meet the neighbourhood.'), 0)
})

test('features: the family of the people served are people too', () => {
  const people = (text: string, language: Language = 'en'): number => features(text, language).features[0]!.people.length
  assert.equal(people("When Pertti's wife got dementia, he stopped taking her for walks."), 1)
  assert.equal(people('His brother and her husband came every week.'), 2)
  // Not a word that only starts the same way.
  assert.equal(people('The brotherhood of the sisterhood met once.'), 0)
  const named = (text: string, language: Language): string[] => {
    const {document, features: f} = features(text, language)
    return f[0]!.people.map((p) => document.sentences[0]!.lower.slice(p.first, p.last + 1).join(' '))
  }
  assert.ok(named('Hans fru Gun berättar att han blev tyst.', 'sv').includes('fru'))
  assert.ok(['make', 'syster'].every((word) => named('Hennes make och hans syster hälsar på.', 'sv').includes(word)))
  assert.equal(people('Kaisa hoitaa puolisoaan kotona.', 'fi'), 1)
  assert.equal(people('Vaimo ja veli tulivat mukaan.', 'fi'), 2)
})

test('features: a Finnish people stem does not name people in a word of another meaning', () => {
  const people = (text: string): number => features(text, 'fi').features[0]!.people.length
  // "koulutus" is training, "koulutimme" we trained; "koulun" is the school's.
  assert.equal(people('Järjestämme koulutusta ja koulutimme ohjaajat.'), 0)
  assert.equal(people('Koulun pihalla on hiljaista.'), 1)
})

test('features: a cue stem does not match a longer word of another meaning', () => {
  const phrases = (text: string, language: Language, element: 'problem' | 'change'): string[] => features(text, language).features[0]!.cues[element].map((hit) => hit.phrase)
  // "organisations" are groups; "organise" is what the change does.
  assert.deepEqual(phrases('Local organisations organise the events.', 'en', 'change'), ['organis*', 'event*'])
  // "räddningstjänsten" is the rescue service, not fear ("rädd").
  assert.deepEqual(phrases('Räddningstjänsten testar varnarna.', 'sv', 'problem'), [])
  assert.deepEqual(phrases('Många äldre är rädda för att ramla.', 'sv', 'problem'), ['rädd*'])
  // "ulkopuolella" places something outside; "jää ulkopuolelle" is to be left out.
  assert.deepEqual(phrases('Auto on käytössä virka-ajan ulkopuolella.', 'fi', 'problem'), [])
  assert.deepEqual(phrases('Moni nuori jää harrastusten ulkopuolelle.', 'fi', 'problem'), ['ulkopuolelle'])
  // "delaktiga" take part, "systematiskt" is a manner and "utbildningsnämnden" a committee; "delar" and "systemet" are
  // what the change shares and builds. Finnish "palvelutalo" is a home for older people, not a service.
  assert.deepEqual(phrases('Eleverna är delaktiga och följs upp systematiskt av utbildningsnämnden.', 'sv', 'change').filter((p) => p !== 'följs upp'), [])
  assert.deepEqual(phrases('Vi delar ut utbildning i systemet.', 'sv', 'change'), ['dela*', 'utbildning*', 'system*'])
  assert.deepEqual(phrases('Hän muutti palvelutaloon viime keväänä.', 'fi', 'change'), [])
  assert.deepEqual(phrases('Palvelu on maksuton.', 'fi', 'change'), ['palvelu*'])
})

test('features: a word that opens a sentence as a verb or a pronoun is no name there, and is one elsewhere', () => {
  const names = namesIn
  // "Toivon, että …" is I hope that …; "Eli …" is so; "Sama juttu …" the same; "Avaa sovellus" open the app.
  assert.deepEqual(names('Toivon, että kunta ohjaisi pyörät kierrätykseen.', 'fi'), [])
  assert.deepEqual(names('Eli me korjaamme pyörät. Sama juttu koskee rattaita. Avaa sovellus ja varaa aika.', 'fi'), [])
  // Inside a sentence "Toivon" is Toivo's, and a sentence can still open with a name.
  assert.deepEqual(names('Eilen Toivon tytär soitti meille.', 'fi'), ['Toivon'])
  assert.deepEqual(names('Aino odottaa bussia tunnin.', 'fi'), ['Aino'])
  // Swedish "Mina barn …" is my children; "Dela …" share.
  assert.deepEqual(names('Mina barn går i skolan här. Dela gärna filmen med någon som pendlar!', 'sv'), [])
})

test('features: cue and people stems skip the words of another meaning that eval/matches.ts found across the corpora', () => {
  type Element = 'problem' | 'change' | 'outcome'
  const phrases = (text: string, language: Language, element: Element): string[] => features(text, language).features[0]!.cues[element].map((hit) => hit.phrase)
  const people = (text: string, language: Language): number => features(text, language).features[0]!.people.length
  const cases: Array<[string, Language, Element, string[]]> = [
    // Free of charge, a cost estimate and cost-effectiveness are no cost that hurts; a cost is.
    ['Vi erbjuder en kostnadsfri genomgång och en kostnadsuppskattning.', 'sv', 'problem', []],
    ['Kostnaden för kommunen är hög.', 'sv', 'problem', ['kostnad*']],
    ['Hankkeen kustannusarvio on kustannustehokas.', 'fi', 'problem', []],
    ['Kustannukset ovat suuret.', 'fi', 'problem', ['kustannu*']],
    ['The costumes were cost-effective.', 'en', 'problem', []],
    // Saving food is no fear; being afraid is.
    ['Vi räddade 6 ton mat.', 'sv', 'problem', []],
    // Civil servants, an official memo and a projector are no service and no project.
    ['Tjänstepersonerna skrev en tjänsteskrivelse och tog fram projektorn.', 'sv', 'change', []],
    // Finnish "palautettiin" (was returned) is no feedback, "palautetta" is; "saavutettavuus" (accessibility) is
    // nothing reached, "saavutti" is; a measuring device is no measurement.
    ['Hakemus palautettiin ja palvelun saavutettavuus heikkeni.', 'fi', 'outcome', []],
    ['Saimme palautetta ja saavutimme sen.', 'fi', 'outcome', ['palaute*', 'saavut*']],
    ['Vi köpte mätutrustning och mätare.', 'sv', 'outcome', []],
    ['Vi mäter effekten.', 'sv', 'outcome', ['mät*', 'effekt*']]
  ]
  for (const [text, language, element, expected] of cases) assert.deepEqual(phrases(text, language, element), expected, text)
  // "koulutamme" is we train, "työttömyys" unemployment, "lääkäriaika" a doctor's appointment; "läkartid" and
  // "barndom" the same in Swedish. The people themselves still count.
  assert.equal(people('Koulutamme heitä, koska työttömyys ja lääkäriaika huolettavat.', 'fi'), 0)
  assert.equal(people('Työttömät ja koululaiset tulivat.', 'fi'), 2)
  assert.equal(people('Ingen läkartid under barndomen.', 'sv'), 0)
  assert.equal(people('Läkaren och barnen kom.', 'sv'), 2)
})

test('story: nothing about the elements leaves them missing, with the missing questions', () => {
  const r = analyzeSync('Hello.')
  for (const element of ['problem', 'hero', 'outcome'] as const) assert.equal(r.structure[element].status, 'missing', element)
  assert.equal(r.spine, null)
  assert.ok(r.questions.length >= 3)
})

test('Finnish: an inflected role is found as the people served', {skip: profiles.fi.code !== 'fi' && 'Finnish profile not there yet'}, () => {
  const {features: f} = features('Palvelu auttaa kunnan asukkaita ja heidän omaisiaan joka päivä.', 'fi')
  assert.ok(f[0]!.people.length >= 1, JSON.stringify(f[0]!.people))
  const r = analyzeSync(
    'Kunnan yli 80-vuotiaat asukkaat odottavat kotihoitoa usein tunteja.\n\n' +
      'Kokeilussa hoitajat saavat käyntilistan puhelimeen aamulla.\n\n' +
      'Odotusaika lyheni kokeilussa kolmesta tunnista puoleen tuntiin.',
    {language: 'fi'}
  )
  assert.notEqual(r.structure.hero.status, 'missing')
  assert.ok(r.structure.hero.evidence[0]!.text.includes('asukkaat'), JSON.stringify(r.structure.hero.evidence))
  assert.ok(r.structure.hero.evidence[0]!.reasons.length > 0)
})

/** Whether each sentence of a text tells the pitch's frame (`frame`). */
const frame = (text: string, language: Language = 'en'): boolean[] => features(text, language).features.map((f) => f.frame)

test('features: a form field, the organisation introducing itself or the project\'s dates tell the frame, not the story', () => {
  assert.deepEqual(
    frame(
      'Prepared by: Kestrel Energy Advice, June 2026\n\nWikimedians of the Northern Lakes was founded in 2019.\n\nThe pilot ran from March 2025 to February 2026.\n\n' +
        'Date night: a free evening for carers while volunteers sit with their partner.\n\nResidents in Kallio wait three days for help.'
    ),
    [true, true, true, false, false],
    'a whole label of the profile before the colon, not one that starts with such a word'
  )
  assert.deepEqual(frame('Sökande: Föreningen Läsglädje\n\nProjektet pågår i tre år.\n\nÄldre i Skärholmen läser allt mindre.', 'sv'), [true, true, false])
  assert.deepEqual(frame('Hakija: Itä-Suomen Energianeuvonta ry\n\nVälitä ry on vuonna 2009 perustettu yhdistys.\n\nNuoret odottavat apua viikkoja.', 'fi'), [true, true, false])
  // The model reads such a sentence as none of the elements: every element's weight on it is negative.
  for (const element of ['problem', 'hero', 'change', 'outcome', 'ask'] as const) assert.ok((weights[element].frame ?? 0) < 0, element)
})

test('features: the storyteller introducing themselves by a role or a name tells the frame, in every language', () => {
  assert.deepEqual(
    frame(
      "My name is Sanna and I have been a nurse on the cardiology ward for eleven years.\n\nI'm a social worker at Stödhuset.\n\n" +
        'I teach Swedish to pupils in years 7 to 9.\n\nI am not the only caretaker with a story like that.\n\nI am worried about the winter.\n\nAino, 84, lives alone.'
    ),
    [true, true, true, false, false, false],
    'a negated introduction tells the problem, and one without a role or a name is no introduction'
  )
  assert.deepEqual(
    frame('Jag heter Mikael Holm och är fastighetsskötare på Åsgården.\n\nJag arbetar som undersköterska på natten.\n\nJag är orolig för vintern.', 'sv'),
    [true, true, false]
  )
  assert.deepEqual(frame('Olen Sanna Leinonen, sairaanhoitaja osastolta 3.\n\nOlen ollut talonmiehenä kaksikymmentä vuotta.\n\nOlen huolissani talvesta.', 'fi'), [true, true, false])
  // The storyteller's role is no hero: "I'm a social worker" does not make the hero present or lend it evidence.
  const pitch = analyzeSync("I'm a social worker at Stödhuset in Västerås.\n\nYoung people leaving care move into empty flats.\n\nWe bring a box of basics on moving day.")
  assert.ok(!pitch.structure.hero.evidence.some((e) => e.text.startsWith("I'm a social worker")), JSON.stringify(pitch.structure.hero.evidence))
})

test('features: a storyteller who gives their own age tells their own story, in every language: no frame, and the name is a person', () => {
  const read = (text: string, language: Language = 'en'): {frame: boolean; names: string[]} => {
    const f = features(text, language).features[0]!
    return {frame: f.frame, names: f.names}
  }
  // A served person writing about their own life: a child's letter, a testimony (the labelling rules call them the hero).
  assert.deepEqual(read('My name is Ella and I am 10 and I live in Harrogate near the skate park.'), {frame: false, names: ['Ella']})
  assert.deepEqual(read("I'm Margaret Ellery, I'm 86, and two years ago I fell on my kitchen floor."), {frame: false, names: ['Margaret Ellery']})
  assert.deepEqual(read('Jag heter Nour och jag är sexton.', 'sv'), {frame: false, names: ['Nour']})
  assert.deepEqual(read('Jag heter Kjell Nordin och är 78 år.', 'sv'), {frame: false, names: ['Kjell Nordin']})
  assert.deepEqual(read('Olen Aino Salminen, 82-vuotias eläkkeellä oleva opettaja Ylöjärveltä.', 'fi'), {frame: false, names: ['Aino Salminen']})
  // A figure that is no age keeps the introduction a frame: a span of years, a share.
  assert.equal(read('My name is Sanna and I have been a nurse for eleven years.').frame, true)
  assert.equal(read('Olen Heidi, terveydenhoitaja, ja olen ollut neuvolassa 12 vuotta.', 'fi').frame, true)
  assert.equal(read("I'm Sara Lind, a nurse in Oulu, and I am 100 % sure this works.").frame, true)
  // So the pitch's hero can rest on the storyteller.
  const letter = analyzeSync('My name is Ella and I am 10 and I live in Harrogate near the skate park.\n\nThe skate park has no lights, so I cannot skate after school in winter.\n\nPlease put up two lights.')
  assert.ok(letter.structure.hero.evidence.some((e) => e.text.startsWith('My name is Ella')), JSON.stringify(letter.structure.hero))
})

test('status: a result told under "Expected results" is hoped for, and keeps the outcome weak', () => {
  const pitch = (heading: string, language: Language = 'en'): PitchReport =>
    analyzeSync(
      language === 'en'
        ? `# Warm homes\n\nOlder residents in Kotka live in cold flats and pay too much for heating.\n\n## Solution\n\nWe seal windows and balance radiators in every flat.\n\n## ${heading}\n\nHeating bills fell from 1,200 to 900 euros a year in the 40 flats we fixed.`
        : `# Varma hem\n\nÄldre i Kotka bor i kalla lägenheter och betalar för mycket för värmen.\n\n## Lösning\n\nVi tätar fönster och injusterar elementen i varje lägenhet.\n\n## ${heading}\n\nUppvärmningen minskade från 1 200 till 900 kronor per år i de 40 lägenheter vi åtgärdade.`,
      {language}
    )
  const reported = pitch('Results')
  assert.equal(reported.structure.outcome.status, 'present', JSON.stringify(reported.structure.outcome))
  assert.ok(!reasons(reported, 'outcome').includes('hoped for, as the heading says, not yet a result'))
  const expected = pitch('Expected results')
  assert.equal(expected.structure.outcome.status, 'weak', JSON.stringify(expected.structure.outcome))
  assert.ok(reasons(expected, 'outcome').includes('hoped for, as the heading says, not yet a result'), JSON.stringify(reasons(expected, 'outcome')))
  assert.equal(pitch('Goals').structure.outcome.status, 'weak', 'a goal is hoped for too')
  assert.equal(pitch('Resultat', 'sv').structure.outcome.status, 'present')
  const sv = pitch('Förväntade resultat', 'sv')
  assert.equal(sv.structure.outcome.status, 'weak')
  assert.ok(reasons(sv, 'outcome').includes('en förhoppning, som rubriken säger, ännu inget resultat'), JSON.stringify(reasons(sv, 'outcome')))
})

test('story: the spine never follows the people of the organisation telling the story, as its frame names them', () => {
  const text = [
    '# Stream watch',
    'Kallio Stream Watch was founded in 2021 by Maria Lind, 67, a retired teacher who has fished the river all her life.',
    'After every storm the river turns brown, and families in Kallio can no longer swim or fish in it.',
    'We will install six loggers that send turbidity readings to an open map every hour.',
    'Families will know when the water is clean again.',
    'We apply for 45,500 euros from the Baltic Waters Foundation.'
  ].join('\n\n')
  // The founder reads as a hero (a name with an age), more than the families do, but the sentence tells who
  // the applicant is. (Scores set, so that it does not rest on what a refit reads.)
  const set = {
    'After every storm': {problem: 0.95, hero: 0.8},
    'We will install': {change: 0.95},
    'Families will know': {outcome: 0.8, hero: 0.6},
    'We apply': {ask: 0.95}
  }
  const told = storyWith(text, {...set, 'Kallio Stream Watch': {hero: 0.95}})
  assert.deepEqual(told.roles[1], ['hero'])
  assert.match(told.spine[0]?.text ?? '', /^families in Kallio$/)
  // Told as a story of its own, the same person is the protagonist.
  const story = storyWith(text.replace('Kallio Stream Watch was founded in 2021 by Maria Lind, 67, a retired teacher', 'Maria Lind, 67, is a retired teacher'), {...set, 'Maria Lind': {hero: 0.95}})
  assert.equal(story.spine[0]?.text, 'Maria Lind')
})

test('story: an outcome only hoped for is quoted on past its aim, to what it hopes for', () => {
  const question = (closing: string, language: Language = 'en'): string | undefined =>
    analyzeSync(
      language === 'en'
        ? ['# Stream watch', 'After every storm the river turns brown, and families in Kallio can no longer swim or fish in it.', 'We will install six loggers that send turbidity readings to an open map every hour.', closing, 'We apply for 45,500 euros from the Baltic Waters Foundation.'].join('\n\n')
        : ['Tvättstugan i vårt hus är alltid fullbokad på kvällarna och folk bråkar om tiderna.', 'Vi föreslår ett digitalt bokningssystem med lås som öppnas med en bricka.', closing].join('\n\n'),
      {language}
    ).questions.find((q) => q.element === 'outcome')?.question
  // Cut after eight words, the quote had ended on the hope itself: “In the longer run we hope”.
  assert.equal(
    question('In the longer run we hope this will help the sea trout return to the river.'),
    'You say “In the longer run we hope this will help the sea trout return to the river” — how will you measure it, and what is the figure today?'
  )
  assert.match(question('Det skulle bli smidigare för alla och vi skulle nog slippa en hel del samtal och bråk.', 'sv') ?? '', /^Du skriver ”Det skulle bli smidigare för alla och vi skulle nog slippa en hel del samtal” – /)
  // A hope early in the sentence leaves the cut where it was.
  assert.match(question('We hope that families can swim in the river again.') ?? '', /^You say “We hope that families can swim in the river again” — /)
})

test('status: a language with its own threshold (Finnish hero) judges the same scores by it', () => {
  // compromise tags people in English only, so a Finnish hero sentence scores lower than an English one
  // that says as much; `status.language` gives Finnish its own hero threshold, the other languages keep theirs.
  const {features: f} = features('Kaisa, 34, ajaa joka aamu autolla töihin, koska bussi kiertää keskustan kautta.\n\nLainaamme työpaikoille sähköpyöriä.', 'fi')
  assert.ok(f[0]!.names.length > 0 || f[0]!.people.length > 0, 'the first sentence names its person')
  const own = weights.status.language.fi?.hero
  assert.ok(own !== undefined && own < weights.status.present.hero)
  const hero = (value: number, language: Language) =>
    judge(
      'hero',
      [value, 0].map((v) => ({score: {problem: 0, hero: v, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 1.5, change: 0, outcome: 0, ask: 0}})),
      f,
      language
    ).status
  assert.equal(hero(own, 'fi'), 'present')
  assert.equal(hero(own - 0.01, 'fi'), 'weak')
  assert.equal(hero(own, 'sv'), 'weak', 'Swedish keeps the threshold of all languages')
  assert.equal(hero(own, 'en'), 'weak')
  assert.equal(hero(weights.status.present.hero, 'en'), 'present')
})

test('status: a Swedish outcome is present from its own threshold, 0.85, when it is measured', () => {
  // Chosen by the threshold rule at 1,432 and 1,492 pitches (thirty-first session): CV status +9, one deletion fewer.
  const {features: f} = features('Familjerna sparar 4 000 kronor per år på elräkningen.\n\nVi sätter upp solceller på taken.', 'sv')
  assert.ok(f[0]!.measured > 0 && f[0]!.aims === 0 && !f[0]!.comparison && !f[0]!.past, 'measured, told in the present, no aim')
  const own = weights.status.language.sv?.outcome
  assert.equal(own, 0.85)
  const outcome = (value: number, language: Language) =>
    judge(
      'outcome',
      [value, 0].map((v) => ({score: {problem: 0, hero: 0, change: 0, outcome: v, ask: 0}, content: {problem: 0, hero: 0, change: 0, outcome: 1, ask: 0}})),
      f,
      language
    ).status
  assert.equal(outcome(0.85, 'sv'), 'present')
  assert.equal(outcome(0.84, 'sv'), 'weak')
  assert.equal(outcome(0.85, 'en'), 'weak', 'English keeps the threshold of all languages')
  assert.equal(outcome(0.85, 'fi'), 'weak')
})

test('status: a hero the story follows is present from a lower score, when four sentences carry it (two in an elevator pitch)', () => {
  const {features: f} = features(
    'Maria, 84, lives alone in Kallio.\n\nLast winter she missed her medicine twice.\n\nShe waits for her daughter to drive her.\n\nNow she walks to the pharmacy herself.\n\nThe world needs better pavements.\n\nThe city plans to fix them.\n\nWe ask for 5,000 euros.'
  )
  const hero = (scores: number[], read = f) =>
    judge(
      'hero',
      scores.map((score) => ({score: {problem: 0, hero: score, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 1.5, change: 0, outcome: 0, ask: 0}})),
      read,
      'en'
    ).status
  const {best, score, sentences, short} = weights.status.followed
  assert.ok(best < weights.status.present.hero)
  assert.equal(sentences, 4)
  assert.equal(hero([best, score, score, score, 0, 0, 0]), 'present', 'a named person four sentences follow')
  assert.equal(hero([best, score, score, score - 0.01, 0, 0, 0]), 'weak', 'only three sentences carry her')
  assert.equal(hero([best - 0.01, score, score, score, 0, 0, 0]), 'weak', 'no sentence reads clearly enough as the hero')
  // An elevator pitch (six sentences or fewer) follows its hero in two.
  assert.equal(short, 2)
  assert.ok(weights.status.short.sentences >= 4)
  const {features: elevator} = features('Maria, 84, lives alone in Kallio.\n\nLast winter she missed her medicine twice.\n\nOur volunteers now bring it.\n\nWe ask for 5,000 euros.')
  assert.equal(hero([best, score, 0, 0], elevator), 'present', 'two of four sentences follow her')
  assert.equal(hero([best, score - 0.01, 0, 0], elevator), 'weak', 'one sentence alone is no story that follows her')
  // Four sentences about nobody in particular are no hero the story follows.
  const {features: nobody} = features('It is hard.\n\nIt takes time.\n\nIt costs money.\n\nIt is slow.\n\nThe world needs better pavements.')
  assert.equal(
    judge('hero', [best, score, score, score, 0].map((value) => ({score: {problem: 0, hero: value, change: 0, outcome: 0, ask: 0}, content: {problem: 0, hero: 1.5, change: 0, outcome: 0, ask: 0}})), nobody, 'en').status,
    'weak'
  )
})

test('features: a question that follows another sentence of its paragraph is running text, not a title', () => {
  const document = modelDocument(
    'Why does this matter?\n\nThe library has a waiting list of 90 children. Why should a child wait a year for a violin?\n\nWho pays?',
    resolveOptions({language: 'en'})
  )
  // The pitch reads it so (`inDocument`); the sentence alone cannot tell where it stands.
  const f = pitchFeatures(document.sentences, featureLists(profiles.en))
  const at = (start: string): number => document.sentences.findIndex((s) => s.text.startsWith(start))
  // A question alone on its line opens a section, or reads as a title.
  assert.equal(f[at('Why does this matter')]!.titleLike, true)
  assert.equal(f[at('Who pays')]!.titleLike, true)
  // In running text it is a sentence of the story.
  const running = f[at('Why should a child')]!
  assert.equal(running.titleLike, false)
  assert.equal(bareTitle(document.sentences[at('Why should a child')]!, running), false)
  assert.equal(storySentences(f), 2)
  assert.equal(features('Why should a child wait a year for a violin?').features[0]!.titleLike, true)
})

test('ask: a request asked as a question is the ask, in running text or on a line of its own', () => {
  const pitch = (last: string): string =>
    'Most kids here cannot afford the 1,900 kronor a term that the music school charges.\n\nSince March the library lends violins and guitars like books, and 140 children have borrowed one.\n\n' + last
  for (const last of ['We have a waiting list of 90 children. Could you put 60 more instruments in next year’s budget?', 'Could you put 60 more instruments in next year’s budget?']) {
    const ask = analyzeSync(pitch(last)).structure.ask
    assert.notEqual(ask.status, 'missing', last)
    assert.match(ask.evidence[0]!.text, /^Could you put 60 more instruments/, last)
  }
})

test('features: a request asked as a question is never a title, even on a line of its own', () => {
  const lists = featureLists(profiles.en)
  const alone = (text: string, language: Language = 'en'): SentenceFeatures => features(text, language).features[0]!
  for (const request of ['Could you put 60 more instruments in next year’s budget?', 'Will you help us say yes to all 25?']) {
    assert.equal(alone(request).titleLike, false, request)
    assert.deepEqual(alone(request).opens, [], request)
  }
  assert.equal(alone('Kan ni ställa upp en lördag i månaden?', 'sv').titleLike, false)
  assert.equal(alone('Voisitteko tulla mukaan ensi syksynä?', 'fi').titleLike, false)
  // A prompt or a hook asked on its own line still reads as a title.
  for (const prompt of ['What do we need?', 'Why does this matter?', 'Can we afford to wait?']) assert.equal(alone(prompt).titleLike, true, prompt)
  assert.ok(lists.openingCues.ask.has('could you'))
})

test('status: a change is hinted at only by words a reader would call a change, not by people or an aim word', () => {
  const read = features(
    'The teacher sent emails, the school nurse phoned, the school social worker had a meeting with us, and then there was a bigger meeting with more people and a plan with a lot of boxes in it.\n\nWe built a booking app.'
  ).features
  // The learned table's reading of the first sentence, fixed so that a refit cannot move this test: below 0.
  const f = [{...read[0]!, vocabulary: [0, 0, -0.5, 0, 0]}, read[1]!]
  const at = (first: number, second: number) => [
    {score: {problem: 0, hero: 0, change: first, outcome: 0, ask: 0}, content: {problem: 0, hero: 0, change: 1, outcome: 0, ask: 0}},
    {score: {problem: 0, hero: 0, change: second, outcome: 0, ask: 0}, content: {problem: 0, hero: 0, change: 1, outcome: 0, ask: 0}}
  ]
  assert.equal(f[0]!.cueScore.change, 0)
  // People and "plan" give it content evidence, but nothing the report could name as a change.
  assert.equal(judge('change', at(0.2, 0), f, 'en').status, 'missing')
  // The team reporting what it did hints at the change, with no cue needed.
  assert.equal(judge('change', at(0, 0.2), f, 'en').status, 'weak')
})

test('ask: nominating someone for an award asks the jury for it, in each language', () => {
  const cases: Array<[Language, string, string]> = [
    ['en', 'We nominate Leena Aho for the Community Award.', 'we nominate'],
    ['en', "I'd like to nominate Abdi Warsame for the Community Arts Award.", 'like to nominate'],
    ['sv', 'Jag vill nominera Bengt Persson till Årets eldsjäl.', 'vill nominera'],
    ['sv', 'Vi nominerar måltidsvärdarna till årets kvalitetspris.', 'vi nominerar'],
    ['fi', 'Ehdotamme erityisopettaja Mikko Heinosta Vuoden kasvattaja -palkinnon saajaksi.', 'saajaksi']
  ]
  for (const [language, line, phrase] of cases) {
    const hits = features(line, language).features[0]!.cues.ask
    assert.ok(hits.some((hit) => hit.phrase === phrase && hit.weight >= 1.6), `${line}: ${JSON.stringify(hits)}`)
    const story = {
      en: 'For three years she has run a Saturday reading club for children who struggle with reading.',
      sv: 'I tre år har han hållit fritidsgården öppen på kvällarna för ungdomarna i området.',
      fi: 'Hän perusti koululle lukukerhon lapsille, joilla lukeminen takkuaa.'
    }[language]
    const ask = analyzeSync(`${story}\n\n${line}`, {language}).structure.ask
    assert.notEqual(ask.status, 'missing', line)
  }
  // A form's prompt about the nomination asks nothing.
  assert.deepEqual(features('Why are you nominating this person?').features[0]!.cues.ask.filter((hit) => hit.weight >= 1.6), [])
})

test('ask: asking readers what they think of an idea is an ask, in each language', () => {
  const cases: Array<[Language, string]> = [
    ['en', 'Thoughts welcome!'],
    ['en', "I'd love your honest feedback on the wording."],
    ['sv', 'Tacksam för all feedback, även sågningar.'],
    ['fi', 'Kaikki kommentit tervetulleita, myös kriittiset!'],
    ['fi', 'Kaikki ideat ja ajatukset ovat tervetulleita.'],
    ['en', 'Honest opinions welcome.'],
    ['sv', 'Ärlig feedback önskas!'],
    ['fi', 'Rehellisiä mielipiteitä kaivataan!'],
    ['fi', 'Otan mielelläni vastaan kaiken palautteen.']
  ]
  const idea = {
    en: 'I want to build an app that tells you when the grid is cleanest, so you can run the washing machine then.',
    sv: 'Jag funderar på en app där grannar lånar verktyg av varandra i stället för att köpa nya.',
    fi: 'Mietin sovellusta, jolla saman rapun asukkaat voisivat lainata toisiltaan työkaluja.'
  }
  for (const [language, line] of cases) {
    assert.ok(features(line, language).features[0]!.cueScore.ask >= 1.3, line)
    // The coach points at the line as the pitch's ask (how strongly is the fitted weights' business: a refit
    // may read it as present or as weak).
    const report = analyzeSync(`${idea[language]}\n\n${line}`, {language})
    assert.equal(report.structure.ask.evidence[0]?.text, line, JSON.stringify(report.structure.ask))
  }
  // Feedback someone got is a report, not a request.
  assert.equal(features('We got a lot of honest feedback from the first users.').features[0]!.cueScore.ask < 1.3, true)
})

test('ask: a Finnish request asked of "you" in one conditional word is an ask, as "would you" is', () => {
  const idea = 'Mietin sovellusta, jolla saman rapun asukkaat voisivat lainata toisiltaan työkaluja.'
  for (const line of ['Ehtisitkö puolen tunnin puheluun ensi viikolla?', 'Lainaisitteko itse naapurilta porakoneen?', 'Käyttäisittekö tällaista palvelua?', 'Eli kysymys: käyttäisittekö tällaista palvelua?']) {
    const hits = features(line, 'fi').features[0]!.cues.ask
    assert.ok(hits.some((hit) => hit.weight === 1.6 && hit.first === hit.last), `${line}: ${JSON.stringify(hits)}`)
  }
  // A request for a concrete act reads as the ask.
  const report = analyzeSync(`${idea}\n\nEhtisitkö puolen tunnin puheluun ensi viikolla?`, {language: 'fi'})
  assert.ok(report.sentences[1]!.roles.includes('ask'), JSON.stringify(report.sentences[1]!.roles))
  assert.notEqual(report.structure.ask.status, 'missing')
  // Not inside a clause, not a hook ("would you believe"), and nothing in a language without such endings.
  for (const line of ['Kysyin häneltä, ehtisikö hän mukaan.', 'Uskoisitko, että jono on kolme kuukautta?', 'Sanoin, että lainaisitteko te sen minulle.'])
    assert.deepEqual(features(line, 'fi').features[0]!.cues.ask.filter((hit) => hit.first === hit.last && /isit/.test(hit.phrase)), [], line)
  assert.deepEqual(features('Ehtisitkö puolen tunnin puheluun?', 'sv').features[0]!.cues.ask, [])
})

test('ask: Swedish "säg till", "berätta" and "meddela" open a request, as "tell us" and "kerro" do', () => {
  for (const line of ['Säg till mig senast på fredag om ni vill vara med i första omgången.', 'Berätta vad du tycker i medborgardialogen senast den 15 februari.', 'Meddela mig senast fredag vilka kollegor ni vill jobba med.', 'Om ni vill vara med, säg till senast på fredag.']) {
    const hits = features(line, 'sv').features[0]!.cues.ask
    assert.ok(hits.some((hit) => hit.weight === 1.3), `${line}: ${JSON.stringify(hits)}`)
  }
  // Only as a request's first words: told of someone else, they are a report.
  for (const line of ['Hon berättar att bussen ofta är sen.', 'Kommunen meddelade i våras att skolan stängs.'])
    assert.ok(!features(line, 'sv').features[0]!.cues.ask.some((hit) => hit.weight >= 1.3), line)
})

test('features: people named by words the lists once lacked (Finnish partitives and trades, Swedish trades)', () => {
  const people = (text: string, language: Language): number => features(text, language).features[0]!.people.length
  for (const line of ['Kajaanissa asuu yksin noin 1 900 yli 65-vuotiasta miestä.', 'Pisteessä asioi 214 kyläläistä.', 'Leipurin päässä ennuste syntyy aamuneljältä.', 'Toimintaterapeutti toi suihkuun tuolin.', 'Olen eläkkeellä oleva leski.'])
    assert.ok(people(line, 'fi') > 0, line)
  assert.ok(features('Jakeluun tulee joka viikko yli 200 ihmistä.', 'fi').features[0]!.generic.length > 0)
  for (const line of ['Varje eftermiddag får bagaren ett förslag på morgondagens bak.', 'För frilansare och hantverkare som hellre jobbar än bokför.', 'Fyra av de sju praktikanterna har i dag en anställning.'])
    assert.ok(people(line, 'sv') > 0, line)
})

test('features: a group after a short fronted time or place still opens the sentence as its likely subject', () => {
  const first = (text: string, language: Language = 'en'): boolean => features(text, language).features[0]!.personFirst
  assert.equal(first('Last winter 1,140 children went home in a coat that fitted.'), true)
  assert.equal(first('I fjol gick 84 barn hela kursen.', 'sv'), true)
  assert.equal(first('Viime lukuvuonna 14 lasta sai lukukaverin.', 'fi'), true)
  // Further in, the group is no longer the sentence's opening: the team acts on it.
  assert.equal(first('We ran a weekly reading course at the library for 40 children.'), false)
})
