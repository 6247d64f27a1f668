/**
 * The shape of a language's data. Analysers read these tables and never test
 * which language they run in: adding a language is adding a profile.
 *
 * Phrases are lower-case words separated by single spaces. A word ending in
 * `*` matches any word that starts with it (`asukka*` matches `asukkaille`),
 * which is how inflected forms are matched in Finnish and Swedish.
 *
 * @module
 */
import type {Element, Language} from '../types.js'

/** A cue: a phrase that hints at an element, with its weight. */
export interface Cue {
  /** The phrase (see the module doc for the syntax). */
  phrase: string
  /**
   * How strongly it hints (about 0.5 weak … 2 strong); negative to count
   * against. 0 makes it a stop phrase: it is no cue, but it keeps a shorter
   * cue from matching inside it ("lower secondary" is a school level, so
   * "lower" there is no outcome).
   */
  weight: number
  /**
   * Only as the sentence's first words: an imperative that elsewhere reads
   * as something else. Swedish "Var med och bygg …" calls the audience to
   * act, while "rektorn var med från början" ("was involved") tells the past.
   */
  opening?: boolean
}

/** Per-element cues. */
export type Cues = Record<Element, readonly Cue[]>

/** Texts that depend on a value: `{0}` and `{1}` are replaced. */
export type Template = string

/** The texts of findings, questions and explanations in one language. */
export interface MessageTexts {
  /** Reasons, by rule id (`{0}` = the actual text or a figure). */
  reasons: Record<string, Template>
  /** Longer notes, by rule id. */
  notes: Record<string, Template>
  /** Status words for a weak or missing element, used in `story-*` reasons. */
  status: {weak: string; missing: string}
  /** Names of the elements. */
  elements: Record<Element, string>
  /** Mentor questions for a missing element. */
  missing: Record<Element, Template>
  /** Mentor questions for a weak element; `{0}` quotes the weak evidence. */
  weak: Record<Element, Template>
  /**
   * The mentor question for a weak outcome whose evidence already reports a
   * count without a before ("57 households booked a pickup"); `{0}` quotes
   * the count's clause.
   */
  reported: Template
  /**
   * The mentor question for a weak hero whose quote names one person ("a pupil
   * just needs a break", "one nurse has the whole corridor"; see the profile's
   * `onePerson`), where "who is one of them" cannot be asked; `{0}` quotes it.
   */
  one: Template
  /** Short explanations of evidence (`names a person: {0}`). */
  evidence: Record<string, Template>
  /** The caveat of the Narrative Index below 1,000 words (`{0}` = words). */
  narrativeCaveat: Template
  /** Joins the parts of a story spine (`;` in English). */
  spineSeparator: string
}

/** Everything pitch-coach knows about a language. */
export interface LanguageProfile {
  code: Language
  /** The language's own name. */
  name: string
  /** Abbreviations that do not end a sentence: lower case, without the final dot (`e.g`, `t.ex`, `esim`). */
  abbreviations: readonly string[]
  /**
   * Those of `abbreviations` that often close a sentence (`etc`, `osv`,
   * `jne`): followed by a capitalised word, they end it.
   */
  sentenceFinalAbbreviations?: readonly string[]
  /** Narrative Index connectives. */
  connectives: {
    /** "and". */
    and: readonly string[]
    /** "but". */
    but: readonly string[]
    /** Other contrast words ("however", "yet"). */
    contrast: readonly string[]
    /** Consequence words ("therefore", "so"). */
    consequence: readonly string[]
  }
  /** Words for the team telling the story (we, our, us). */
  team: readonly string[]
  /**
   * The team's subject pronouns (`we`, `vi`, `me`): the team acts in a
   * sentence that has one among its first five words, after a fronted time
   * or place ("In January we started …", "Sedan i våras har vi testat …").
   */
  teamSubjects?: readonly string[]
  /**
   * Endings that make a word a team word, for a language that marks "we"
   * and "our" on the word itself: Finnish "lainaamme" (we lend), "teimme"
   * (we did), "yhdistyksemme" (our association). At least three letters
   * must come before the ending.
   */
  teamEndings?: readonly string[]
  /**
   * Of the words with a `teamEndings` ending, those whose case places the
   * team instead of making it the subject: Finnish "kaupungissamme" (in our
   * town), "alueellamme" (in our region). They count as team words, as
   * "our" does after a preposition, but never as the team acting.
   */
  teamCaseEndings?: readonly string[]
  /** Words and phrases for people served: roles and groups (residents, nurses, pupils). */
  people: readonly string[]
  /**
   * The entries of `people` that name a served organisation (a school, a
   * municipality), in the forms they take: a hero by the labelling rules,
   * but not someone a mentor's question can ask about as "one of them".
   */
  organisations?: readonly string[]
  /**
   * Animals, for names that belong to one: a capitalised word followed by a
   * comma and one of these within six words ("Rufus, a calm golden
   * retriever", "Sigge, en lugn labrador") is the animal's name, not a
   * person's, in that sentence and in the story spine.
   */
  animals?: readonly string[]
  /** Generic people words that make a hero weak on their own (people, users, everyone). */
  genericPeople: readonly string[]
  /** Third-person personal pronouns (she, he, they) that keep a hero in focus. */
  personPronouns: readonly string[]
  /**
   * The person pronouns that refer to things as often as to people (en
   * `they`, `them`, `their`; sv `de`, `dem`, `deras`): they count for the hero
   * only next to a mention of people, in the same or the previous sentence.
   */
  pluralPronouns?: readonly string[]
  /**
   * Words that open a new phrase or clause (conjunctions, relative words,
   * subordinators and most prepositions: en `and`, `which`, `because`, `for`,
   * `in`; not `of`, which holds a phrase together). A mentor's question ends
   * its quote of the pitch before one, not in the middle of a phrase: "You
   * say “Our vision is to become the leading workflow platform” …", not
   * "“Our vision is to become”".
   */
  phraseBreaks?: readonly string[]
  /**
   * First-person singular words (en `i`, `me`, `my`; sv `jag`, `mig`; fi
   * `minä`, `mä`). In a quotation, they and the team's words are the
   * speaker's: "“This time we just said yes,” says Raili" quotes a person
   * about her own situation, which names a hero, and says nothing of the
   * team (see `SentenceFeatures.speech`).
   */
  firstPerson?: readonly string[]
  /**
   * Verbs that attribute a quotation (en `says`, `wrote`, `recalls`; sv
   * `säger`; fi `sanoo`, and `sanomme`, which says "we" itself). The word
   * beside one tells whose a quotation is: the team's ("We always tell new
   * members: “…”") or someone else's ("“…,” says Raili"). In English, a
   * capitalised word the lexicon does not know right after one that follows
   * a quotation is the speaker's name ("“…,” says Raili Lehto").
   */
  speechVerbs?: readonly string[]
  /**
   * Endings of a definite plural noun (sv `-arna`, `-erna`, `-orna`). A plural
   * pronoun with such a noun among the next two words is an article, not a
   * person: sv "de förväntade effekterna" is "the expected effects".
   */
  definitePlural?: readonly string[]
  /** Capitalised words that are not names (sentence starters, weekdays, months…), lower case. */
  notNames: readonly string[]
  /**
   * Words that open a sentence as a verb or a pronoun but are a given name, or
   * one inflected, anywhere else, lower case: Finnish "Toivon, että …" (I hope
   * that …) against "Toivon tytär" (Toivo's daughter), Swedish "Mina barn …"
   * (my children) against "Mina" (a name). Only the sentence's first word is
   * left out as a name.
   */
  openingNotNames?: readonly string[]
  /**
   * Languages without a tagger: common given names, lower case, that
   * compromise's lexicon of given names lacks. A capitalised word that is one
   * of these or of the lexicon's (`Aino`, `Pentti`), bare or with one of
   * `nameEndings` (`Sannan`, `Aleksille`, `Ebbas`), names a person; another
   * capitalised word (`Kungliga`, `Vinnova`) may as well be an organisation
   * or a place, and is weaker evidence.
   */
  givenNames?: readonly string[]
  /** Inflection endings a given name may carry (`n`, `lle`; `s`). */
  nameEndings?: readonly string[]
  /**
   * How a surname's case forms give back its base form, for the story spine, when the pitch never writes it
   * bare: each an ending, what replaces it, and whether the letter before the ending is a vowel or a
   * consonant (Finnish `['sellä', 'nen', 'vowel']`: "Niemisellä" → "Nieminen"; `['ilta', '', 'consonant']`:
   * "Lundqvistilta" → "Lundqvist"). The longest ending that fits is taken; a stem shorter than three letters
   * is left alone. Only endings that no other paradigm or surname shares: Finnish "-sta" is both the partitive
   * of "Heinonen" ("Heinosta") and the elative of "Hakala" ("Hakalasta"), and "-in" ends "Lundin" itself, so
   * neither is listed.
   */
  surnameEndings?: ReadonlyArray<readonly [ending: string, base: string, after: 'vowel' | 'consonant']>
  /**
   * Prepositions after which a capitalised word names a place or a thing,
   * not a person (`in`, `at`; `i`, `på`). A word a pitch puts after one
   * anywhere ("in Visuvesi", "In Kinly, every task …") is no person's name
   * anywhere in that pitch, unless it is a known given name. A served
   * organisation after one (`organisations`: "in hospital", "at Kaukajärvi
   * school", "på biblioteket") is a place too, not the people served. Finnish
   * says both with case endings and lists none (see `placeEndings`).
   */
  locatives?: readonly string[]
  /**
   * The `locatives` after which even a known given name names a place, when
   * no other capitalised word follows it ("households in Devon", "i Mora",
   * "in Wilma", the school system): a person rarely stands "in" anything.
   * Not `at` or `på`, after which one does ("smiled at Maria", "väntar på
   * Anna"), nor a full name ("in Maria Lind's class").
   */
  placeLocatives?: readonly string[]
  /**
   * Articles after which a capitalised word, a known given name too, names a
   * thing or a place and never a person: English "the" ("watching the Eden
   * come up", "the Willow Room", "the Victoria Hospital", "the Wally song").
   * A person's name takes no article. None in Swedish and Finnish, whose
   * names take none either way.
   */
  thingArticles?: readonly string[]
  /**
   * Case endings with which a served organisation (`organisations`) names
   * the place where something happens or the body something comes from,
   * not the people served: Finnish inessive, elative, adessive, ablative and
   * illative (`ssa`, `sta`, `lla`, `lta`, `oon`, `een`, …: "kirjastoon",
   * "sairaalassa", "kunnalta"), as `locatives` do it with a word before.
   */
  placeEndings?: readonly string[]
  /**
   * Case endings that say "in a place" and that a person's name does not
   * take in a pitch: the Finnish inessive (`ssa`, `ssä`: "Kajaanissa",
   * "Wilmassa", the school system). A capitalised word with one of them is
   * no person's name, even when its stem is a given name, unless the word as
   * it stands is one ("Vanessa") or it follows a known given name as a
   * surname ("Aino Mussa").
   */
  placeCases?: readonly string[]
  /**
   * Forms of "be" (`is`, `was`; `är`; `on`). A sentence that opens with a
   * capitalised word, one of these and a change cue within the next six
   * words ("Kinly is a mobile app", "BoPortalen är en app") names the
   * solution, not a person, wherever the pitch names it again.
   */
  copulas?: readonly string[]
  /** Structure cues. */
  cues: Cues
  /** Words that mark an aim rather than a result (will, aim, goal). */
  aims: readonly string[]
  /**
   * What marks a modal as a counterfactual past, not an aim: "they would
   * otherwise have bought", "som annars skulle ha slängts", "jotka olisivat
   * muuten menneet hukkaan". An aim word inside such a phrase says what did
   * not happen because of the change, which a report of a result tells.
   */
  counterfactuals?: readonly string[]
  /**
   * Words that open a purpose or result clause ("so that", "to", "för att",
   * "jotta"). An outcome cue up to three words after one says what the change
   * is for ("… a booking system to reduce waiting"): the `purpose` input, an
   * aim rather than a result, and no longer a sign against change.
   */
  purpose?: readonly string[]
  /**
   * Phrases that open with a purpose word and open no purpose clause: "so"
   * as a degree ("so much more fun", "so far been measured"). A purpose word
   * inside one is not read as one.
   */
  notPurpose?: readonly string[]
  /**
   * Prepositions: a team word right after one ("In our pilot …", "I vår
   * pilot …") is not the subject of the sentence.
   */
  prepositions?: readonly string[]
  /**
   * Words that lead into what follows (articles, subordinators, auxiliaries:
   * `the`, `if`, `that`, `being`). With `prepositions` and the "and"/"but"
   * connectives, a quote in a mentor's question does not end on one.
   */
  leading?: readonly string[]
  /**
   * Articles, possessives and quantifiers that open a noun phrase (`the`,
   * `our`, `every`; `våra`, `varje`; `jokainen`). A mentor's quote that
   * would leave out only such words or a preposition at the start of its
   * clause starts with the clause ("In March we signed up …"); a hero's
   * quote takes such words before its group wherever the group stands, and
   * never a preposition ("Our pupils spend …", "my neighbour Britt").
   */
  articles?: readonly string[]
  /**
   * Possessive words that say whose a group is (`my`, `their`; `min`,
   * `hennes`; `hänen`). The story spine names its hero with the one right
   * before the group, as it names a person's relative with their name in
   * the genitive: "my father (hero)", "Pertti's wife (hero)", "min mamma
   * (huvudperson)", not "father", "wife", "mamma". Not a reflexive one
   * (Swedish `sin`, `sina`), which needs the sentence's subject.
   */
  possessives?: readonly string[]
  /**
   * Words that, within three words after a figure right after a group of people, make the figure the group's
   * age ("residents 75 and older", "unga 13–17 år"), so that the group's words take it in (its reason, its quote
   * and the spine's hero). Any other figure there is what the sentence counts or costs ("costs a family 250 to
   * 400 euros", "kommunen 18 miljoner", Finnish "oppilaista 64 oli …", of the pupils, 64 were …). A language
   * without them takes no figure into a group.
   */
  ageWords?: readonly string[]
  /**
   * Languages that write compounds as one word: the most letters a people
   * stem (`elev*`, `oppila*`) may run on by and still be that word
   * inflected (`eleverna`, `oppilaille`). A longer word is a compound whose
   * head is another word (sv `elevrådet`, `skolresultat`; fi `oppilashuolto`),
   * and names no people.
   */
  compoundRest?: number
  /**
   * Languages that write compounds as one word: people words a compound may
   * end in, and then names those people, as its head is what the word is (fi
   * "lapsi|perheet", families with children; "eka|luokkalaiset", first-graders;
   * sv "barn|familjer", "gymnasie|elever"). A trailing `*` takes the endings
   * `compoundRest` allows. Only words that are no other word when they end so:
   * not Finnish "nainen" ("varsinainen", actual) nor Swedish "grann"
   * ("noggrann", careful). A word a people entry matches from its start is that
   * entry's.
   */
  compoundHeads?: readonly string[]
  /**
   * Whether the language's nouns take case endings a label can do without
   * (Finnish "oppilaista", from the pupils; "asukkaiden", the residents'). The
   * story spine then names the group its hero follows by the form among the
   * hero's sentences likeliest its base one, the nominative plural's "-t"
   * ("oppilaat") or else the shortest, rather than by its first mention. A
   * person's name drops its ending by `nameEndings` in any language that
   * lists them.
   */
  caseForms?: boolean
  /**
   * In a language with `caseForms`: the people words whose every case form the
   * spine may name a group by, each as its nominative singular, its
   * nominative plural and the stems its case forms start with (fi
   * `['oppilas', 'oppilaat', 'oppilas', 'oppila']`). When none of the hero's
   * sentences names the group in a nominative, the spine shows the plural
   * ("oppilaat", of "32 oppilasta", "oppilaiden") with any compound's first
   * part ("yläkoululaiset", of "yläkoululaisista"); a word that runs on more
   * than six letters past its stem is another word ("oppilashuollon") and
   * is shown as written. The list is curated, not a
   * model of the language's morphology: a word it lacks is shown as written.
   */
  groupBaseForms?: ReadonlyArray<readonly [singular: string, plural: string, ...stems: string[]]>
  /**
   * What may follow a stem of `people` in a language that does not build
   * compounds: its inflections (English "residents", "families",
   * "midwives", "pupil's"). A stem that runs on into any other ending is
   * another word ("moment", "familiar", "clinical", "membership",
   * "volunteering") and names no people.
   */
  peopleEndings?: readonly string[]
  /**
   * Words a people stem matches that name no people, another word that
   * starts the same way (Finnish `koulu*`, school, also matches "koulutus",
   * training, and "kouluttaa", to train). A trailing `*` matches any ending.
   */
  notPeople?: readonly string[]
  /**
   * Aim words that may also tell the past (English "could"): one counts as an
   * aim only in a sentence not otherwise in the past tense ("This could help
   * farms" hopes; "the share that a second group could repeat rose from 34
   * to 71 percent" reports), and never before a negation ("they could not
   * reach the stage" is a lack). Read only where the tense is known (English).
   */
  pastModals?: readonly string[]
  /** Units and currency words that make a number a measurement. */
  units: readonly string[]
  /**
   * Phrases whose negation states no lack, so that a negation inside one
   * does not count: a burden the change lifts ("no one has to", "ingen
   * behöver", "ei tarvitse") and an open alternative ("whether … or not",
   * "om … eller ej", "… vai ei").
   */
  noLack?: readonly string[]
  /**
   * Words that lessen a problem word beside them, so that it names a problem
   * relieved (a result or an aim), not a pain: `before` it, up to four words
   * ahead ("fewer sleep problems", "reduce waste", "färre fallolyckor",
   * "vähemmän yksin"), or `after` it, up to four words on ("food waste fell
   * from 40 to 17 kilos", "kostnaden minskade", "odotusaika lyheni"). The
   * `before` words also hold what solves a problem ("our app solves the
   * problem", "vi löser problemet") and what welcomes one ("we love hard
   * problems": the team's taste, not anyone's pain). Such a problem cue does
   * not count. A trailing `*` matches any ending.
   */
  relief?: {before: readonly string[]; after: readonly string[]}
  /**
   * Nouns with which a short sentence announces how many parts what follows
   * has ("It has four parts.", "It combines three things.", "Lösningen har
   * tre delar:", "Malli koostuu kolmesta osasta."): a count of one of them in
   * a sentence of up to eight words makes it an announcement, which carries
   * no element itself, as a heading does not. A trailing `*` matches any
   * ending.
   */
  announcedParts?: readonly string[]
  /**
   * How the storyteller introduces themselves before their own name, among a
   * sentence's first words ("I'm Sara", "Jag heter Annika och är
   * enhetschef …", "Olen Heidi, terveydenhoitaja …"). That name is the
   * storyteller's, which the labelling rules never count as the hero, so it
   * names no person served. Not when the name is a possessive or a
   * lower-case word follows it other than "and" ("I'm Maria's daughter",
   * "Jag är Annas dotter"): then the person named is someone else.
   */
  selfIntroductions?: readonly string[]
  /**
   * How the storyteller tells their own role among a sentence's first words, besides
   * `selfIntroductions` ("I work as", "I have been", "jag arbetar som", "olen ollut"). A sentence
   * whose first words introduce the storyteller by a role or a name ("My name is Sanna and I have
   * been a nurse …", "Jag heter Mikael Holm och är fastighetsskötare …", "Olen ollut talonmiehenä …")
   * tells the pitch's frame, as a cover line does: the labelling rules never count the storyteller
   * as the hero.
   */
  selfRoles?: readonly string[]
  /**
   * How the team tells what it is among a sentence's first words, as the storyteller does with
   * `selfIntroductions` ("We are three students …", "Vi är en grupp föräldrar …", "Olemme kolme
   * opiskelijaa …"). The group the team says it is, or the one the storyteller says they are ("I'm a
   * social worker"), is the storyteller, which the labelling rules never count as the hero: a hero's
   * question does not ask "who is one of them, and what does the problem cost her?" of it, and the spine
   * does not name it as the hero. The corpus labels 8 of its 304 sentences that open so with the hero.
   */
  teamIntroductions?: readonly string[]
  /**
   * How a storyteller who introduces themselves gives their own age: a figure right after one of
   * `copulas` ("I'm 86", "jag är sexton", "och är 78 år", "olen 15"), or a word of a figure and one of
   * `suffixes` ("a 12-year-old", "82-vuotias", "16-åring"). A storyteller who gives their age is a person
   * telling their own story, whom the labelling rules call the hero ("My name is Ella and I am 10",
   * "Jag heter Nour och jag är sexton", "Olen Aino Salminen, 82-vuotias …"), not a team member
   * introducing the pitch ("My name is Sanna and I have been a nurse for eleven years"): such a sentence
   * tells no frame, and the name stays a person's.
   */
  selfAge?: {readonly copulas: readonly string[]; readonly suffixes: readonly string[]}
  /**
   * Words that name people by their age, with `#` where the figure stands: "#-year-olds" ("16-year-olds"),
   * "over-#s" ("over-75s"), "#-vuotia*" ("80-vuotiaat", "yli 75-vuotiaille"), "#-åring*" ("16-åringar").
   * An entry ending in `*` takes any inflection; one without takes none. The figure is digits, a range of
   * them ("13–17-vuotiaista") or a number word ("a fourteen-year-old"; written as one word in Finnish,
   * "#vuotia*": "yhdeksänvuotias"). Such a word is a group of people,
   * as "residents" is: in the project corpus 177 of the 195 sentences that name people so carry the hero,
   * and 50 of the 61 that name no one else. See `ageAdjectives` for a word that can also say how old a
   * thing is.
   */
  agePeople?: readonly string[]
  /**
   * Words of `agePeople`'s form that name people only where no noun follows them: "an 85-year-old in
   * hospital", "every 16-year-old.", but "70-year-old spruce". In English, before a word that compromise's
   * lexicon knows as a verb or a function word, or before punctuation or the end.
   */
  ageAdjectives?: readonly string[]
  /** Words that bound an age right before such a word, as part of the group: "yli 75-vuotiaat", "över 80-åringar", "under 16-year-olds". */
  ageBounds?: readonly string[]
  /**
   * A proposal put to the body that decides it: a motion to a council, a report's recommendation to a board,
   * a staff member's proposal to the management ("I propose that the council instructs …", "Jag föreslår att
   * kommunstyrelsen …", "Ehdotamme, että hyvinvointialue laajentaa …"). `phrases` open the proposal; a word
   * among the next four that is one of `bodies` names who is to decide ("council", "styrelsen",
   * "fullmäktige", "kaupunki", "valtuusto"; in a language with `compoundRest`, a word that ends in one, so that
   * compounds count: "kommunstyrelsen", "kaupunginhallitus"). Such a sentence asks for a decision: an ask cue. A proposal
   * with no body after it ("Ehdotamme, että kielenopetus tuodaan työpaikalle", "I propose that we start …")
   * is read by its other cues: it may propose the solution or, where the pitch is put to a body named elsewhere,
   * ask; as an ask cue of its own it moved no status (docs/structure-history.md, thirty-fifth and thirty-sixth
   * sessions).
   */
  motions?: {
    phrases: readonly string[]
    bodies: readonly string[]
    /**
     * Phrases that open a proposal only as a sentence's first words: a Swedish motion's "att"-clauses, one per
     * line ("att kommunfullmäktige ger Stenvikahem i uppdrag att …"), where "att" elsewhere is "to" or "that".
     */
    openings?: readonly string[]
  }
  /**
   * What may stand before a clause that an opening cue opens (`Cue.opening`), besides a sentence's start, a colon
   * or a dash: `polite` words that soften an imperative ("Please vote for us!", "Vänligen anmäl er …"), and the
   * `conditional` words that open a clause ending in a comma, after which the main clause begins ("If you live in
   * the eastern area, please vote …", "Om du vill vara med, skriv till …", "Jos teitä kiinnostaa, tulkaa
   * juttelemaan …").
   */
  openingLeads?: {
    polite: readonly string[]
    conditional: readonly string[]
  }
  /**
   * A request asked of "you" in one inflected word: the endings of a verb in the conditional with a question
   * clitic that opens a sentence or a clause (Finnish "-isitkö", "-isittekö": "Ehtisitkö puolen tunnin
   * puheluun?", "Lainaisitteko itse naapurilta?", "Käyttäisittekö lasten talvivaatteiden vuokrapalvelua?").
   * Such a word asks as "would you" and "skulle ni" do in English and Swedish, which say it with two words
   * (their `cues.ask` hold them as opening cues): an ask cue that only opens a door (1.3). `stops` are verbs
   * with such an ending that open a hook, not a request ("Uskoisitko, että …?", would you believe).
   */
  askingEndings?: {
    endings: readonly string[]
    stops?: readonly string[]
  }
  /**
   * A burden that rises is the pain, not a result: "their heating bill rose
   * from 21,000 to 38,000 euros", "steg föreningens fjärrvärmekostnad med 34
   * procent", "lasku on noussut 70 prosenttia", "increased risk". A `rising`
   * word up to four words before or after a `burdens` word or a problem cue
   * (one that nothing relieves) makes the sentence a worsening: a problem cue
   * of its own, and neither its rising word an outcome cue nor its figures a
   * before → after or a report of a result. Burdens are what costs people
   * something when it grows (bills, fees, rents, mortality); a trailing `*`
   * matches any ending.
   */
  worsening?: {rising: readonly string[]; burdens: readonly string[]}
  /**
   * Phrases that date when what the pitch runs began, at the start of a
   * sentence ("Since March, the branch library lends out drills …", "Sedan i
   * mars sitter det uppkopplade brandvarnare …", "Maaliskuusta lähtien …"): such
   * a sentence, without an aim word, turns the story, as a change cue or the
   * team reporting what it did does, so what follows it can report a result.
   * A trailing `*` matches any ending ("since 20*" for a year).
   */
  started?: readonly string[]
  /**
   * Words that tell how things stand after the change, read only after the
   * story's turn (the first sentence with a clear change cue, the team
   * reporting what it did, or a change section's title), and only in a
   * sentence with no aim word whose subject is not the team:
   * - `words`: an after-state or a count from the start on its own ("now",
   *   "again", "so far"; "nu", "igen", "hittills"; "nyt", "taas", "tähän
   *   mennessä"), whole phrases;
   * - `elapsed`: time counted from the start, a `lead` with one of the
   *   `units` up to three words after it ("after eight months", "in the
   *   first year", "efter åtta månader"), or right before it when
   *   `unitFirst` (Finnish: "kahdeksan kuukauden aikana");
   * - `except`: phrases in which those words tell the present, not an
   *   after-state ("right now", "until now", "just nu").
   *
   * "Britt now goes to town every Thursday" after "We started a dial-a-bus"
   * is an observed after-state; "Now she waits two hours for the bus" before
   * any change is the problem.
   */
  afterState?: {
    words: readonly string[]
    elapsed?: {lead: readonly string[]; units: readonly string[]; unitFirst?: boolean}
    except?: readonly string[]
  }
  /**
   * Past forms by word patterns, for a language without a tagger (Swedish,
   * Finnish; English reads its tenses with compromise). They are read
   * narrowly: after the story's turn a sentence with a past form reports
   * what the change did ("Reparationerna kostade i snitt 14 000 kronor"),
   * and the team as the subject of one turns the story ("Därför öppnade vi
   * butiken igen"). A past form is no sign of a result anywhere else, since
   * problem stories are told in the past as often ("Bo sjöng i kyrkokör i
   * femtio år").
   */
  pastTense?: PastTense
  /** Negation and lack (not, no, without, lack). */
  negations: readonly string[]
  /** Words that say a figure will be compared (from, to, fewer, less, more, reduce). */
  comparatives: readonly string[]
  /**
   * Phrases that hold a comparative word but compare nothing: a magnitude
   * ("more than 300 researchers", "mer än hälften", "enemmän kuin"). The
   * longest phrase wins, so "more than" is no comparative where it stands
   * together; "18 percent more pedestrians than the year before" still is.
   */
  notComparatives?: readonly string[]
  /**
   * The comparatives that compare only as a pair around two figures ("from 3
   * days to 4 hours", "64:stä 29:ään"): one alone only places or directs a
   * figure ("talk to 2 schools", "ringer Karl-Erik, 91, till radion",
   * "64:stä"), gives a range ("grades 4 to 6") or a purpose ("22,000 euros
   * to build …"). English "from" and "to", Swedish "från" and "till", the
   * Finnish from- and to-case endings.
   */
  pairedComparatives?: readonly string[]
  /**
   * Words that set one figure against another ("212 pupils cycled to school,
   * against 131 in the two weeks before", "240 böcker på tio veckor, mot 60
   * året innan", "78 percent, compared with 52 percent"): a before → after
   * only with a figure before them in the sentence and one just after them.
   * Alone they oppose or direct ("fraud against people", "på väg mot
   * målet"). Read beside `comparatives`, which need not list them.
   */
  versusComparatives?: readonly string[]
  /**
   * Words that place a "from … to …" between two clock hours in the day or
   * the week ("Saturdays from 10 to 16", "open every evening from 17 to
   * 21", "from 8 to 18 on weekdays"): then it gives opening hours, not a
   * before → after.
   */
  timeOfDay?: readonly string[]
  /**
   * Words that make the figure beside them a clock time, not a quantity: `before` it ("kl. 8", "klo 7.10") or
   * `after` it ("8 a.m.", "5 pm"). A clock time counts nothing, so "We built an app that clears the path
   * before 8 a.m." reports no result.
   */
  clock?: {readonly before?: readonly string[]; readonly after?: readonly string[]}
  /**
   * Number words (two, dozen, half) that make a sentence quantified without
   * digits. An entry ending in `*` is a numeral's stem that takes a case
   * ending of up to four letters (Finnish "seitsemä*": "seitsemän",
   * "seitsemään", "seitsemällä"), not a longer word built on it
   * ("seitsemäsluokkalainen").
   */
  numberWords?: readonly string[]
  /**
   * Words in headings or prompt lines that open a section about an element
   * ("The problem", "Our solution", "Impact", "What we need"). A label of
   * such words before a colon at the start of a sentence ("Problem: …",
   * "Idé: …") puts that sentence alone in the section.
   */
  sections?: Partial<Record<Element, readonly string[]>>
  /**
   * Labels of a form line that states the amount applied for ("Amount applied for: 28,500 €", "Sökt belopp:
   * …", "Haettava summa: …"), each a label of `sections.ask`. Such a line with a figure after its colon is the
   * pitch's ask, as the labelling rules say, and a clear one: an ask cue of the weight of "we are applying",
   * in place of any ask cue in its label. Budget lines and cost breakdowns ("Budget:", "Kostnader:") are no
   * such label: a budget says what money is for, not that it is asked for.
   */
  amountLabels?: readonly string[]
  /**
   * Words and phrases that name a time without figures: months, weekdays,
   * seasons, school holidays, "next year" ("this spring", "efter
   * sportlovet", "ensi keväänä"). An ask that says when is specific, as one
   * with a date or an amount in figures is: "We need two wards to try it for
   * four weeks this spring", not "We hope the city will support us".
   */
  times?: readonly string[]
  /**
   * Words for a concrete way to act on an ask: a sign-up list, a form, a
   * website or a link, an e-mail, a direct message, a phone call ("write
   * your name on the list below", "anmäl dig på webbplatsen", "laita
   * puumerkki listaan"). An ask that says where or how to act is specific, as
   * one with a date or an amount is; "Get in touch!" says neither. A web or
   * e-mail address in the sentence counts too, in every language.
   */
  askChannels?: readonly string[]
  /**
   * Verbs in the imperative that ask the reader to act when they open the sentence or a clause (after a
   * colon, a polite word or a leading "if" clause: "Book a free visit on 0800 046 1120", "Suggestion: empty it
   * on Friday afternoons as well", "Fråga oss i informationsdisken", "Luo profiili ja kutsu läheisesi mukaan").
   * Each is an opening ask cue (`imperativeWeight` in the features), not in a list item or a question. A verb
   * `cues.ask` already weighs ("donate", "swisha", "tule") stays there only (a test checks the two lists share
   * no phrase). Not verbs that open a story or a vision ("Take Anna, 82", "Imagine", "Tänk dig", "Kuvittele").
   */
  imperatives?: readonly string[]
  /**
   * `words`: words that, right before a group of people, make it one person:
   * an article or the numeral one ("a pupil", "one nurse", "en boende", "yksi
   * asukas"), not a word for every one of a group ("every pupil"). A weak
   * hero's question that quotes such a group asks who that person is
   * (`messages.one`), not who is one of them. `shares`: the words of a share
   * that, right after the group and before a number, keep it a group ("one
   * household in five", "en av tre").
   */
  onePerson?: {words: readonly string[]; shares: readonly string[]}
  /**
   * The first letters of words for the people who deliver a service rather than receive it (volunteers,
   * staff, mentors; "volontär", "personal"; "vapaaehtois", "henkilökun"). After a team word, or with the
   * team's ending ("Our volunteers", "våra volontärer", "vapaaehtoisemme"), such a group is the team's own
   * people: a hero question and the spine do not name it as the people the pitch serves.
   */
  helpers?: readonly string[]
  /**
   * Verbs that ask for a sum of money when the sentence gives one, in any person or the passive: "The
   * association applies for 38,500 euros", "Asking for €40,000", "Föreningen ansöker om 45 000 kronor",
   * "Tiimi hakee 80 000 euroa", "Ohjelmasta haetaan 48 600 euroa". Alone they may name something else ("Hän
   * hakee postinsa", she fetches her post; "Föreningen söker nya medlemmar"), so they are no ask cue: beside a
   * sum of money, in a sentence that reads as the ask, they make the ask present as an ask cue with a sum does
   * (`status.askAmount`).
   */
  amountVerbs?: readonly string[]
  /**
   * Currency words ("euros", "kronor", "euroa", "kr"); the signs €, $ and £
   * count in every language. A request for a sum of money (a figure and a
   * currency) is a concrete ask: "We need 9,000 euros for equipment and
   * training in five schools".
   */
  currencies?: readonly string[]
  /**
   * Words that leave an ask open-ended: a journey, a vision, the next step,
   * growth ("We are looking for partners who share our vision", "Vi söker
   * partners och finansiering för nästa steg"). A clear request made with
   * them is no more than "support us" unless it also says how much or when;
   * "Nästa steg är ett kylrum, och för det behöver jag 180 000 kronor" is
   * specific by its sum.
   */
  openEnded?: readonly string[]
  /**
   * Whole titles of sections about no element ("Introduction", "Summary",
   * "Om oss", "Tiivistelmä"): such a heading carries nothing and ends the
   * section before it, as the labelling rules read a bare section title.
   */
  neutralSections?: readonly string[]
  /**
   * What tells a pitch's frame rather than its story, read as the structure's `frame` input: `labels`, the
   * fields of a form or a report's cover before a colon ("Applicant:", "Prepared by:", "Hakija:",
   * "Projektperiod:"), and `phrases`, the organisation introducing itself or giving the project's dates
   * ("was founded in", "is led by", "the project runs from", "projektet pågår", "hanke kestää").
   */
  frame?: {labels?: readonly string[]; phrases?: readonly string[]}
  /** Style lists. */
  style: {
    hedges: readonly string[]
    /**
     * The hedges that only soften or strengthen a degree ("very", "quite",
     * "ganska", "tosi"), each also in `hedges`. The `hedge` rule flags them
     * all; the structure reads only the other hedges ("maybe", "we hope",
     * "kanske", "ehkä") as a writer unsure of what they say, and a change
     * whose best sentence is unsure is weak.
     */
    degreeHedges?: readonly string[]
    buzzwords: readonly string[]
    vague: readonly string[]
    fillers: readonly string[]
    /** Phrase → simpler alternatives. */
    simpler: Readonly<Record<string, readonly string[]>>
    /** Auxiliaries that form the passive (be, was, were) — empty where the passive is morphological. */
    passiveAuxiliaries: readonly string[]
    /** Word endings that mark a passive verb form on their own (Swedish `-s`, Finnish `-taan`). */
    passiveEndings: readonly string[]
    /** Past participles that do not end in a regular suffix (English `built`, `given`). */
    irregularParticiples?: readonly string[]
    /** Participles that after "be" are adjectives, not a passive (`interested`, `based`). */
    adjectivalParticiples?: readonly string[]
  }
  /**
   * The sentence LIX from which `hard-sentence` reports a Swedish or Finnish
   * sentence, unless the options set one (default 60, Björnsson's "very
   * hard"). Finnish words are long, so its sentences score higher at the
   * same difficulty: 85 flags about the same share as 60 does in Swedish.
   */
  hardSentenceLix?: number
  /** The readability formulas that apply. */
  readability: 'english' | 'lix'
  /** Words per minute at a calm speaking pace. */
  wordsPerMinute: number
  messages: MessageTexts
}

/** Word patterns of the past tense and the perfect (see `LanguageProfile.pastTense`). */
export interface PastTense {
  /** Past forms in full: strong and common verbs (sv `var`, `blev`, `minskade`; fi `oli`, `kävi`, `laski`). */
  forms: readonly string[]
  /**
   * Endings that make a word a past form by themselves, `-` then the ending,
   * with at least three letters before it (sv `-ades`, "genomfördes" is not
   * one; fi `-ttiin`, "järjestettiin").
   */
  endings: readonly string[]
  /** Auxiliaries of the perfect and pluperfect (sv `har`, `hade`; fi `on`, `oli`, `ei`). */
  auxiliaries: readonly string[]
  /**
   * Endings of the participle (supine) that makes an auxiliary a perfect,
   * within `reach` words after it (sv "har `minskat`", "har inte `kunnat`";
   * fi "on `loppunut`", "ei ole `käynyt`"), at least four letters long.
   */
  participles: readonly string[]
  /** How many words after the auxiliary the participle may stand. */
  reach: number
  /**
   * Words that match a pattern without being past forms: fi `budjettiin`
   * (an illative), sv `rätt` ("har rätt till"). An entry that starts with
   * `-` is an ending: sv `-resultat` also covers "skolresultat".
   */
  exceptions: readonly string[]
}
