/**
 * Finnish. Written for Finnish pitches, not translated from the English
 * profile. Finnish inflects nouns in some fifteen cases and adds possessive
 * suffixes, so almost every noun is a prefix with a star: `asukka*` matches
 * `asukkaat`, `asukkaille`, `asukkaiden`. Where consonant gradation changes
 * the stem, each stem is listed (`asukas*` for the nominative `asukas`,
 * `asukka*` for the rest; `lapsi*` and `lapse*`, plus `lasta` and `lasten`).
 *
 * Finnish says "we" with a verb ending (`teemme`, "we do") and "our" with a
 * possessive suffix (`ideamme`, "our idea"), which a prefix cannot match;
 * the team list holds the pronoun forms, and the change cues hold the
 * first-person plural verbs a pitch uses most.
 *
 * @module
 */
import {openingCues} from './cues.js'
import {finnishGivenNames} from './names.js'
import type {LanguageProfile} from './types.js'

export const fi: LanguageProfile = {
  code: 'fi',
  name: 'suomi',
  // Without the final dot. "eli" (that is) is a word, not an abbreviation.
  // "mm." is also millimetres, and "s." and "v." stand alone only before a
  // number ("s. 12", "v. 2025"), so a sentence ending in them is not split.
  abbreviations: [
    'esim', 'ym', 'jne', 'n', 'mm', 'ks', 'vrt', 'yms', 'ns', 'ts', 'tms', 'tjsp', 'klo', 'puh', 'nro', 's', 'v',
    'os', 'o.s', 'ed', 'em', 'huom', 'ko', 'ao', 'alk', 'yht', 'kk', 'vk', 'milj', 'mrd', 'tri', 'prof', 'toim',
    'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su', 'tammik', 'helmik', 'maalisk', 'huhtik', 'toukok', 'kesäk',
    'heinäk', 'elok', 'syysk', 'lokak', 'marrask', 'jouluk', 'ekr', 'jkr', 'ip', 'ap', 'lk', 'vs', 'ent'
  ],  sentenceFinalAbbreviations: ['jne', 'ym', 'yms', 'tms', 'tjsp'],

  // Olson's And–But–Therefore in Finnish. "ja" is the additive, "mutta" the
  // contrast. Other contrast: "vaan" (after a negation: "ei X vaan Y"),
  // "kuitenkin", "silti", "sen sijaan", "toisaalta", "sitä vastoin",
  // "valitettavasti". Consequence: "siksi", "joten", "niin", "siis", "näin
  // ollen", "tämän/sen vuoksi", "sen/tämän takia", "tästä syystä". "niin"
  // also means "so (much)" and "then" after "jos" ("jos…, niin…"), and
  // "siis" is often a filler in speech, so both count a little too often.
  // "sekä" (a formal "and") is not counted as an "and": it lists, it does
  // not tell.
  connectives: {
    and: ['ja'],
    but: ['mutta'],
    contrast: ['vaan', 'kuitenkin', 'silti', 'sen sijaan', 'toisaalta', 'sitä vastoin', 'valitettavasti', 'kuitenkaan'],
    consequence: ['siksi', 'joten', 'niin', 'tämän vuoksi', 'sen vuoksi', 'siis', 'näin ollen', 'sen takia', 'tämän takia', 'tästä syystä', 'siksipä', 'minkä vuoksi']
  },
  teamSubjects: ['me', 'mekin'],
  team: ['me', 'meidän', 'meille', 'meitä', 'meillä', 'meistä', 'meihin', 'meiltä', 'meissä', 'meidät', 'mekin', 'emme'],
  // Finnish often leaves out "me": the verb says "we" ("Lainaamme työpaikoille sähköpyöriä"), and a
  // possessive suffix says "our" ("yhdistyksemme").
  teamEndings: ['mme', 'mmekin', 'mmeko', 'mmekö', 'mmehan', 'mmehän'],
  teamCaseEndings: ['ssamme', 'ssämme', 'llamme', 'llämme', 'stamme', 'stämme', 'ltamme', 'ltämme', 'llemme', 'iksemme'],
  // "vanhem*" is also the comparative "older" ("vanhempi"), and "omai*" also
  // "omaisuus" (property): both kept, because in these pitches they mostly
  // name people. "sair*" is not used: it would match "sairaanhoitaja". Age groups told by a word of their own
  // are people ("iäkkäät", the elderly; "alaikäiset", "eläkeikäiset"), as a figure with "vuotias" is (`agePeople`).
  people: [
    'asukas*', 'asukka*', 'kuntalai*', 'kaupunkilai*', 'kansalai*', 'vanhu*', 'ikäihmi*', 'ikäänty*', 'iäkä*', 'iäkkä*', 'alaikäi*', 'eläkeikäi*', 'kouluikäi*', 'työikäi*', 'seniori*',
    'eläkeläi*', 'hoitaj*', 'sairaanhoitaj*', 'lähihoitaj*', 'kotihoitaj*', 'terveydenhoitaj*', 'hoitohenkilö*',
    'henkilökun*', 'henkilöstö*', 'työntekijä*', 'sosiaalityöntekijä*', 'lääkär*', 'kätilö*', 'oppila*',
    'opiskelij*', 'koululai*', 'opettaj*', 'rehtor*', 'vanhem*', 'isovanhem*', 'huoltaj*', 'potila*', 'asiakas*',
    'asiakka*', 'lapsi*', 'lapse*', 'lasta', 'lasten', 'nuor*', 'perhe*', 'kotitalou*', 'äiti*', 'äid*', 'isä', 'isän', 'isälle',
    'isät', 'miestä', 'miesten', 'kyläläi*', 'lukij*', 'kokki', 'kokin', 'kokit', 'kokkia', 'leipur*', 'sihteer*', 'terapeut*', 'fysioterapeut*', 'toimintaterapeut*', 'kampaaj*', 'parturi*', 'leski', 'lesken', 'leskeä', 'ruokailij*', 'tutkittav*', 'mummo*', 'mummu*', 'isoäiti*', 'isoisä*', 'vaari*', 'ukki*', 'tytär', 'tyttär*', 'poika', 'poja*', 'vaimo*', 'puoliso*', 'aviomie*', 'veli', 'velje*', 'sisar*',
    'tyttö*', 'tytö*', 'nainen', 'naise*', 'naisi*', 'mies', 'miehe*', 'miehi*', 'omai*', 'omaishoitaj*',
    'kotihoi*', 'vapaaehtoi*', 'kuljettaj*', 'bussinkuljettaj*', 'matkustaj*', 'pyöräilij*', 'naapur*',
    'vuokralai*', 'maahanmuuttaj*', 'pakolai*', 'työnhakij*', 'työtön', 'työttöm*', 'kodittom*', 'asunnottom*',
    'vierailij*', 'matkailij*', 'kävijä*', 'yrittäj*', 'kauppia*', 'viljelij*', 'tutkij*', 'siivooj*',
    'talonmie*', 'kirjastonhoitaj*', 'pyörätuolin käyttäj*', 'vammai*', 'kuuro*', 'sokea*', 'sokei*', 'koulu*',
    'päiväkod*', 'päiväkoti*', 'sairaala*', 'terveyskeskus*', 'terveysasem*', 'hoivakod*', 'hoivakoti*',
    'palvelutalo*', 'kirjasto*', 'kunta', 'kunnan', 'kunnat', 'kuntien', 'kunnille', 'kunnassa', 'kunnissa',
    'osallistuj*', 'jäsen', 'jäsenet', 'jäsenten', 'jäsenille', 'jäseniä', 'jäsenistä', 'kuntoutuj*', 'vastaaj*',
    'yksinhuoltaj*', 'osakas', 'osakkaat', 'osakkaita', 'osakkaiden', 'osakkaille', 'osakasta', 'taloyhtiö*', 'esiintyj*',
    'muusiko*', 'muusikko', 'hakij*', 'retkeilij*', 'yritykset', 'yrityksiä', 'yritysten', 'yrityksille', 'yrityksissä',
    'hän', 'häntä', 'hänen', 'hänelle', 'hänet', 'hänellä', 'hänestä', 'häneen'
  ],
  animals: ['koira', 'koiramme', 'pentu', 'kissa', 'hevonen', 'poni', 'labradori', 'noutaja', 'terrieri', 'spanieli', 'villakoira', 'kani', 'papukaija', 'vuohi', 'lammas', 'kana', 'aasi', 'alpakka'],
  organisations: ['koulu', 'koulun', 'koulut', 'koulujen', 'kouluille', 'koulussa', 'kouluissa', 'koulua', 'kouluja', 'kouluun', 'kouluihin', 'koulusta', 'kouluista', 'koululle', 'koululla', 'kouluilla', 'koululta', 'kouluilta', 'kouluna', 'koulumme', 'koulunsa', 'päiväkod*', 'päiväkoti*', 'sairaala*', 'terveyskeskus*', 'terveysasem*', 'hoivakod*', 'hoivakoti*', 'palvelutalo*', 'kirjasto', 'kirjaston', 'kirjastot', 'kirjastojen', 'kirjastossa', 'kirjastoissa', 'kirjastoon', 'kirjastoa', 'kirjastoja', 'kirjastoihin', 'kirjastosta', 'kirjastoista', 'kirjastolle', 'kirjastolla', 'kirjastolta', 'kunta', 'kunnan', 'kunnat', 'kuntien', 'kunnille', 'kunnassa', 'kunnissa', 'taloyhtiö*', 'yritykset', 'yrityksiä', 'yritysten', 'yrityksille', 'yrityksissä'],
  genericPeople: [
    'ihmiset', 'ihmisiä', 'ihmistä', 'ihmisten', 'ihmisille', 'ihminen', 'käyttäjät', 'käyttäjä', 'käyttäjiä', 'käyttäjien',
    'käyttäjille', 'kaikki', 'kaikille', 'jokainen', 'moni', 'monelle', 'monella', 'monen', 'kukaan', 'kenenkään', 'kenellekään', 'kenelläkään', 'ketään', 'yhteiskunta', 'yhteiskunnan', 'sidosryhmät', 'sidosryhmi*',
    'henkilöt', 'henkilöä', 'yksilöt', 'yksilöitä', 'kohderyhmä*', 'ihmiskunta', 'suuri yleisö'
  ],
  // Finnish has one third-person singular pronoun for everyone: "hän".
  personPronouns: ['hän', 'häntä', 'hänen', 'hänelle', 'hänet', 'hänellä', 'hänestä', 'he', 'heidän', 'heille', 'heitä', 'heillä', 'heistä', 'heidät'],
  // The few prepositions Finnish has (it says most with case endings and postpositions): a mentor's quote does
  // not end on one ("… voisivat taas kävellä kouluun", not "… kouluun ilman", of "… ilman, että vanhempien …").
  // Not "kohti", a postposition as often ("kameraa kohti").
  prepositions: ['ilman', 'ennen', 'vastoin'],
  phraseBreaks: [
    'ja', 'sekä', 'mutta', 'tai', 'vai', 'eli', 'joka', 'jotka', 'jonka', 'joiden', 'jota', 'joita', 'jossa', 'joissa', 'jolla', 'joilla',
    'missä', 'mihin', 'kun', 'jos', 'koska', 'että', 'jotta', 'vaikka', 'esim', 'mm', 'kuten', 'ilman', 'ennen', 'vastoin'
  ],
  firstPerson: [
    'minä', 'mä', 'mie', 'minua', 'mua', 'minun', 'mun', 'minulle', 'mulle', 'minulla', 'mulla', 'minusta',
    'minut', 'minuun', 'muhun', 'minulta', 'multa'
  ],
  speechVerbs: [
    'sanoo', 'sanoi', 'kertoo', 'kertoi', 'kirjoittaa', 'kirjoitti', 'vastaa', 'vastasi', 'kysyy', 'kysyi', 'muistelee',
    'muisteli', 'toteaa', 'totesi', 'sanovat', 'sanoivat', 'kertovat', 'kertoivat', 'toteavat', 'totesivat', 'sanomme', 'sanoimme', 'kerromme', 'kerroimme', 'vastaamme', 'vastasimme'
  ],
  // Finnish writes weekdays, months and nationalities in lower case, so they
  // are capitalised only at the start of a sentence. Countries, cities and
  // the public bodies pitches mention most are proper nouns but not people;
  // their most frequent case forms are listed.
  notNames: [
    'se', 'ne', 'me', 'he', 'hän', 'te', 'sinä', 'minä', 'tämä', 'tämän', 'nämä', 'tässä', 'siksi', 'mutta', 'ja',
    'kun', 'jos', 'nyt', 'sitten', 'tänään', 'huomenna', 'eilen', 'myös', 'kaikki', 'jokainen', 'meidän', 'mikä',
    'kuka', 'miten', 'miksi', 'ehkä', 'valitettavasti', 'kiitos', 'hei', 'moi', 'kyllä', 'ei', 'monet', 'usein',
    'maanantai', 'maanantaina', 'tiistai', 'tiistaina', 'keskiviikko', 'keskiviikkona', 'torstai', 'torstaina',
    'perjantai', 'perjantaina', 'lauantai', 'lauantaina', 'sunnuntai', 'sunnuntaina', 'tammikuu', 'tammikuussa',
    'helmikuu', 'helmikuussa', 'maaliskuu', 'maaliskuussa', 'huhtikuu', 'huhtikuussa', 'toukokuu', 'toukokuussa',
    'kesäkuu', 'kesäkuussa', 'heinäkuu', 'heinäkuussa', 'elokuu', 'elokuussa', 'syyskuu', 'syyskuussa', 'lokakuu',
    'lokakuussa', 'marraskuu', 'marraskuussa', 'joulukuu', 'joulukuussa', 'suomi', 'suomen', 'suomessa',
    'suomeen', 'suomalainen', 'suomalaiset', 'ruotsi', 'ruotsin', 'ruotsissa', 'ruotsalainen', 'englanti',
    'englanniksi', 'eurooppa', 'euroopan', 'euroopassa', 'pohjoismaat', 'eu', 'eu:n', 'helsinki', 'helsingin',
    'helsingissä', 'espoo', 'espoon', 'espoossa', 'vantaa', 'vantaan', 'vantaalla', 'tampere', 'tampereen',
    'tampereella', 'turku', 'turun', 'turussa', 'oulu', 'oulun', 'oulussa', 'kela', 'kelan', 'thl', 'sitra',
    'kuntaliitto', 'kuntaliiton', 'hyvinvointialue', 'hyvinvointialueen', 'omakanta', 'omakantaa', 'omakannan',
    'omakannassa', 'omakantaan', 'kanta', 'mobilepay', 'whatsapp', 'teams', 'zoom', 'facebook', 'instagram',
    'tiktok', 'google', 'excel', 'ai', 'it', 'äppi', 'sovellus', 'sms', 'gps', 'covid', 'ok',
    // Words that open a sentence and look like a given name with a case ending: "Eli …" (so, that is), "Sama
    // juttu …" (the same), "Samalla …" (at the same time), "Avaa sovellus" (open the app), "Tammi–maaliskuu".
    'eli', 'sama', 'saman', 'samaa', 'samat', 'samassa', 'samalla', 'avaa', 'tammi',
    // Common words that read as an English given name with a case ending (compromise's lexicon knows the names):
    // "Kenen" (whose; Ken), "Kylien" (the villages'; Kylie), "Kassien" (the bags'), "Pienempi" (smaller), "Avain"
    // (key), "Kato" (look; roof), "Torilla" (at the market square), "Pellossa" (in the field). Found in the
    // corpus's names (`eval/matches.ts --lang fi --list names`) and in its spines' heroes.
    'kenen', 'kenelle', 'keneltä', 'kenestä', 'kylien', 'kassien', 'pienempi', 'avain', 'kato', 'katon', 'katolle',
    'katos', 'torilla', 'pellossa', 'oulusta', 'ouluun'
  ],
  // "Toivon, että …" (I hope that …) opens a sentence; elsewhere "Toivon" is Toivo's.
  openingNotNames: ['toivon'],
  cues: {
    problem: [
      {phrase: 'ongelma*', weight: 1.4}, {phrase: 'ongelmi*', weight: 1.4}, {phrase: 'haaste*', weight: 0.9},
      {phrase: 'haastav*', weight: 0.9}, {phrase: 'rajallinen', weight: 0.7}, {phrase: 'rajallise*', weight: 0.7}, {phrase: 'epäluotetta*', weight: 1.0},
      {phrase: 'haittaa', weight: 1.0}, {phrase: 'estää', weight: 0.8}, {phrase: 'haavoittuv*', weight: 0.9},
      {phrase: 'vaike*', weight: 1.1}, {phrase: 'kärsi*', weight: 1.5}, {phrase: 'kärsivällis*', weight: 0}, {phrase: 'kamppail*', weight: 1.3},
      {phrase: 'puute*', weight: 1.3}, {phrase: 'puutteel*', weight: 1.3}, {phrase: 'puuttu*', weight: 1.2},
      {phrase: 'pula*', weight: 1.4}, {phrase: 'jono*', weight: 0.8}, {phrase: 'odotusai*', weight: 1.3},
      {phrase: 'odott*', weight: 0.7}, {phrase: 'yksinäi*', weight: 1.4}, {phrase: 'yksin', weight: 0.9},
      {phrase: 'eristäyty*', weight: 1.2}, {phrase: 'eristy*', weight: 1.2}, {phrase: 'jumissa', weight: 1.2},
      {phrase: 'epäonnistu*', weight: 1.0}, {phrase: 'hukka*', weight: 1.1}, {phrase: 'tuhla*', weight: 1.1},
      // A cost estimate and cost-effectiveness are no cost that hurts; "kärsivällisyys" (patience) is no suffering.
      {phrase: 'maksaa', weight: 0.5}, {phrase: 'kustannu*', weight: 0.5}, {phrase: 'kustannusarvi*', weight: 0}, {phrase: 'kustannustehok*', weight: 0},
      {phrase: 'kustannusvaikuttav*', weight: 0}, {phrase: 'liian monta', weight: 1.0},
      {phrase: 'liian moni', weight: 1.0}, {phrase: 'liian vähän', weight: 1.1}, {phrase: 'liian pitkä*', weight: 1.1},
      {phrase: 'liian kauan', weight: 1.1}, {phrase: 'liikaa', weight: 0.9}, {phrase: 'riski*', weight: 0.8},
      {phrase: 'vaara*', weight: 1.0}, {phrase: 'turvaton', weight: 1.2}, {phrase: 'turvattom*', weight: 1.2},
      {phrase: 'loukkaantu*', weight: 1.1}, {phrase: 'kaatu*', weight: 1.0}, {phrase: 'taakka*', weight: 1.2},
      {phrase: 'kuormit*', weight: 1.2}, {phrase: 'ylikuormit*', weight: 1.2}, {phrase: 'uupu*', weight: 1.1},
      {phrase: 'työuupumu*', weight: 1.3}, {phrase: 'väsy*', weight: 1.0}, {phrase: 'stressi*', weight: 1.0},
      {phrase: 'huoli', weight: 1.0}, {phrase: 'huolta', weight: 1.0}, {phrase: 'huolissaan', weight: 1.1},
      {phrase: 'huolestu*', weight: 1.0}, {phrase: 'pelko*', weight: 0.9}, {phrase: 'pelkää*', weight: 0.9},
      {phrase: 'turhaut*', weight: 1.2}, {phrase: 'vain', weight: 0.2}, {phrase: 'este', weight: 1.1},
      {phrase: 'esteet', weight: 1.1}, {phrase: 'esteitä', weight: 1.1}, {phrase: 'kuilu*', weight: 0.8},
      {phrase: 'köyhyy*', weight: 1.3}, {phrase: 'köyh*', weight: 0.8}, {phrase: 'työttömyy*', weight: 1.0},
      {phrase: 'keskeyt*', weight: 1.0}, {phrase: 'syrjäyty*', weight: 1.3}, {phrase: 'päästö*', weight: 0.6},
      {phrase: 'saaste*', weight: 1.0}, {phrase: 'ei kukaan', weight: 1.0}, {phrase: 'kukaan', weight: 0.7},
      {phrase: 'ei koskaan', weight: 0.6}, {phrase: 'tuntia', weight: 0.2}, {phrase: 'joka päivä', weight: 0.3},
      {phrase: 'päivittäin', weight: 0.3}, {phrase: 'viikoittain', weight: 0.3}, {phrase: 'edelleen', weight: 0.4},
      {phrase: 'yhä', weight: 0.4}, {phrase: 'tänään', weight: 0.3}, {phrase: 'nykyään', weight: 0.6},
      {phrase: 'nykyisin', weight: 0.6}, {phrase: 'tällä hetkellä', weight: 0.5}, {phrase: 'joutu*', weight: 1.0},
      {phrase: 'täytyy', weight: 0.4}, {phrase: 'pakko', weight: 0.8}, {phrase: 'rikki', weight: 1.0},
      {phrase: 'hidas*', weight: 0.6}, {phrase: 'hitaa*', weight: 0.6}, {phrase: 'kallis*', weight: 0.9},
      {phrase: 'kallii*', weight: 0.9}, {phrase: 'tehoton*', weight: 1.0}, {phrase: 'tehottom*', weight: 1.0},
      {phrase: 'kriisi*', weight: 1.3}, {phrase: 'kriisityöntekij*', weight: 0}, {phrase: 'kriisikesku*', weight: 0},
      {phrase: 'kriisipuhelin*', weight: 0}, {phrase: 'kriisiryhm*', weight: 0}, {phrase: 'uhka*', weight: 1.0}, {phrase: 'tarve*', weight: 0.4},
      {phrase: 'tarpee*', weight: 0.4}, {phrase: 'tarpeellis*', weight: 0}, {phrase: 'kipu*', weight: 1.0}, {phrase: 'kivu*', weight: 1.0},
      {phrase: 'sairau*', weight: 0.6}, {phrase: 'sairast*', weight: 0.6}, {phrase: 'menettä*', weight: 0.8},
      {phrase: 'menety*', weight: 0.8}, {phrase: 'tyhjä*', weight: 0.6}, {phrase: 'ulkopuolelle', weight: 1.0}, {phrase: 'ulkopuolisuu*', weight: 1.0},
      {phrase: 'eriarvoi*', weight: 1.1}, {phrase: 'laiminly*', weight: 1.1}, {phrase: 'hätä*', weight: 1.0},
      {phrase: 'riittämät*', weight: 1.1}, {phrase: 'ei riitä', weight: 1.1}, {phrase: 'eivät riitä', weight: 1.1},
      {phrase: 'ei pysty', weight: 1.0},
      {phrase: 'ei enää voi*', weight: 1.2}, {phrase: 'eivät enää voi*', weight: 1.2}, {phrase: 'ei enää pysty*', weight: 1.2},
      {phrase: 'eivät enää pysty*', weight: 1.2}, {phrase: 'ei enää jaksa*', weight: 1.2}, {phrase: 'eivät enää jaksa*', weight: 1.2},
      {phrase: 'ei enää ehdi*', weight: 1.2}, {phrase: 'eivät enää ehdi*', weight: 1.2}, {phrase: 'eivät pysty', weight: 1.0}, {phrase: 'ei pääse', weight: 1.0},
      {phrase: 'eivät pääse', weight: 1.0}, {phrase: 'ei ehdi', weight: 1.0}, {phrase: 'eivät ehdi', weight: 1.0},
      {phrase: 'jää yksin', weight: 1.3}, {phrase: 'huomaamatta', weight: 0.8}, {phrase: 'valitettavasti', weight: 0.7},
      {phrase: 'ei onnistu', weight: 1.0}, {phrase: 'lopetta*', weight: 0.7}, {phrase: 'masennu*', weight: 1.1}
    ],
    hero: [],
    change: [
      // An evaluation plan is part of the method, not a result: "Vertailussa seurataan …".
      {phrase: 'seurataan', weight: 0.8}, {phrase: 'mitataan', weight: 0.8}, {phrase: 'vertaillaan', weight: 0.8},
      {phrase: 'vertailussa', weight: 0.8}, {phrase: 'mittaamme', weight: 0.8}, {phrase: 'seuraamme', weight: 0.8},
      {phrase: 'ratkaisu*', weight: 1.4}, {phrase: 'ratkaise*', weight: 1.0}, {phrase: 'ratkaista', weight: 1.0},
      {phrase: 'rakensimme', weight: 1.5}, {phrase: 'rakennamme', weight: 1.3}, {phrase: 'loimme', weight: 1.3},
      {phrase: 'luomme', weight: 1.2}, {phrase: 'kehitimme', weight: 1.3}, {phrase: 'kehitämme', weight: 1.2},
      {phrase: 'suunnittelimme', weight: 1.3}, {phrase: 'ehdotamme', weight: 1.5}, {phrase: 'ehdotan', weight: 1.5}, {phrase: 'tarjoamme', weight: 1.3},
      {phrase: 'toteutamme', weight: 1.1}, {phrase: 'tuomme', weight: 0.9}, {phrase: 'sovelluksemme', weight: 1.3},
      {phrase: 'palvelumme', weight: 1.3}, {phrase: 'ideamme', weight: 1.2}, {phrase: 'alustamme', weight: 1.2},
      {phrase: 'työkalumme', weight: 1.2}, {phrase: 'mallimme', weight: 1.1}, {phrase: 'meidän sovellus*', weight: 1.3},
      {phrase: 'meidän palvelu*', weight: 1.3}, {phrase: 'meidän idea*', weight: 1.2}, {phrase: 'otamme käyttöön', weight: 1.2},
      {phrase: 'ottaa käyttöön', weight: 1.0}, {phrase: 'näin se toimii', weight: 1.3}, {phrase: 'toimii näin', weight: 1.3},
      // "alusta" is also "from the start" and "mahdollista" "possible": low weights.
      {phrase: 'ideana on', weight: 1.2}, {phrase: 'idea on', weight: 1.2}, {phrase: 'idea*', weight: 0.7},
      {phrase: 'sovellu*', weight: 0.9}, {phrase: 'äppi*', weight: 0.9}, {phrase: 'alusta', weight: 0.6},
      {phrase: 'alustan', weight: 0.7}, {phrase: 'palvelu*', weight: 0.6}, {phrase: 'palvelutalo*', weight: 0}, {phrase: 'palveluasum*', weight: 0}, {phrase: 'työkalu*', weight: 0.6},
      {phrase: 'järjestelmä*', weight: 0.3}, {phrase: 'anturi*', weight: 0.7}, {phrase: 'sensori*', weight: 0.7},
      {phrase: 'prototyyp*', weight: 0.9}, {phrase: 'pilot*', weight: 0.5}, {phrase: 'kokeilu*', weight: 0.6},
      {phrase: 'ohjelma*', weight: 0.5}, {phrase: 'yhdistä*', weight: 0.7}, {phrase: 'mahdollista*', weight: 0.6},
      {phrase: 'auttaa', weight: 0.7}, {phrase: 'avulla', weight: 0.6}, {phrase: 'sen sijaan', weight: 0.8},
      {phrase: 'sijaan', weight: 0.6}, {phrase: 'siksi', weight: 0.6}, {phrase: 'käyttää', weight: 0.6},
      {phrase: 'käyttäen', weight: 0.5}, {phrase: 'automaatti*', weight: 0.7}, {phrase: 'verkossa', weight: 0.3},
      {phrase: 'digitaali*', weight: 0.4}, {phrase: 'kartta*', weight: 0.3}, {phrase: 'varaus*', weight: 0.6},
      {phrase: 'koulutu*', weight: 0.5}, {phrase: 'työpaja*', weight: 0.6}, {phrase: 'verkosto*', weight: 0.5},
      {phrase: 'menetelmä*', weight: 0.7}, {phrase: 'toimintamalli*', weight: 1.0}, {phrase: 'malli*', weight: 0.5},
      {phrase: 'uusi tapa', weight: 1.2}, {phrase: 'uudenlai*', weight: 0.9}, {phrase: 'hanke*', weight: 0.3},
      {phrase: 'projekti*', weight: 0.3}, {phrase: 'ehdotus*', weight: 0.7}, {phrase: 'tarjoaa', weight: 0.8},
      {phrase: 'korvaa', weight: 0.8}, {phrase: 'lähettää', weight: 0.7}, {phrase: 'hälyttä*', weight: 0.7},
      {phrase: 'muistutta*', weight: 0.6}, {phrase: 'ilmoitu*', weight: 0.5}, {phrase: 'aikatau*', weight: 0.5},
      {phrase: 'jaka*', weight: 0.3}, {phrase: 'reitti*', weight: 0.4}, {phrase: 'vapaaehtoi*', weight: 0.3},
      {phrase: 'nyt', weight: 0.2}, {phrase: 'soittaa', weight: 0.5}, {phrase: 'kotikäyn*', weight: 0.6},
      {phrase: 'käy läpi', weight: 0.5}, {phrase: 'seuraa', weight: 0.4}, {phrase: 'kerää', weight: 0.4},
      {phrase: 'aloitimme', weight: 1.2}, {phrase: 'kokeilimme', weight: 1.2}, {phrase: 'perustimme', weight: 1.2},
      {phrase: 'muutimme', weight: 1.2}, {phrase: 'avaamme', weight: 1.2}, {phrase: 'avasimme', weight: 1.2},
      {phrase: 'järjestämme', weight: 1.0}, {phrase: 'järjestimme', weight: 1.1}, {phrase: 'otimme käyttöön', weight: 1.3},
      {phrase: 'toimme', weight: 0.9}, {phrase: 'koulutamme', weight: 1.0}, {phrase: 'koulutimme', weight: 1.0},
      {phrase: 'olemme kehittäneet', weight: 1.3}, {phrase: 'olemme rakentaneet', weight: 1.3}, {phrase: 'olemme luoneet', weight: 1.3}
    ],
    outcome: [
      {phrase: 'tulos', weight: 1.1}, {phrase: 'tulok*', weight: 1.1}, {phrase: 'vähen*', weight: 1.2},
      {phrase: 'vähemmän', weight: 0.8}, {phrase: 'enemmän', weight: 0.3}, {phrase: 'kasvoi', weight: 0.8},
      {phrase: 'kasvanut', weight: 0.8}, {phrase: 'nousi', weight: 0.7}, {phrase: 'lisäänty*', weight: 0.9},
      {phrase: 'paran*', weight: 1.0}, {phrase: 'parannuskort*', weight: 0}, {phrase: 'parem*', weight: 0.6}, {phrase: 'säästi', weight: 1.3},
      {phrase: 'säästä*', weight: 0.9}, {phrase: 'säästö*', weight: 1.0}, {phrase: 'säästöpank*', weight: 0}, {phrase: 'laski', weight: 1.1},
      {phrase: 'laskenut', weight: 1.0}, {phrase: 'puolitt*', weight: 1.3}, {phrase: 'kaksinkertais*', weight: 1.0},
      {phrase: 'tuplaa*', weight: 1.0}, {phrase: 'kuin', weight: 0.2}, {phrase: 'aiemmin', weight: 0.6},
      {phrase: 'ennen', weight: 0.4}, {phrase: 'nyt', weight: 0.4}, {phrase: 'ei enää', weight: 1.4},
      // A lost ability is a problem, not an outcome: "arvosanaa ei enää voinut antaa".
      {phrase: 'ei enää voi*', weight: 0}, {phrase: 'eivät enää voi*', weight: 0}, {phrase: 'ei enää pysty*', weight: 0},
      {phrase: 'eivät enää pysty*', weight: 0}, {phrase: 'ei enää jaksa*', weight: 0}, {phrase: 'eivät enää jaksa*', weight: 0},
      {phrase: 'ei enää ehdi*', weight: 0}, {phrase: 'eivät enää ehdi*', weight: 0},
      {phrase: 'eivät enää', weight: 1.4}, {phrase: 'taas', weight: 0.4}, {phrase: 'uudelleen', weight: 0.5},
      {phrase: 'jälkeen', weight: 0.4}, {phrase: 'jälkeenpäin', weight: 1.0}, {phrase: 'sisällä', weight: 0.4},
      {phrase: 'kuluessa', weight: 0.6}, {phrase: 'jotta', weight: 0.9}, {phrase: 'niin että', weight: 0.9},
      {phrase: 'vaikutu*', weight: 0.9}, {phrase: 'vaikuttavuu*', weight: 1.0}, {phrase: 'hyöty*', weight: 0.8},
      {phrase: 'hyödyt', weight: 0.8}, {phrase: 'näyttö*', weight: 0.9}, {phrase: 'kokeilu osoitti', weight: 1.6},
      {phrase: 'pilotti osoitti', weight: 1.6}, {phrase: 'osoitti', weight: 1.0}, {phrase: 'johti', weight: 0.9}, {phrase: 'tuloksena', weight: 1.0},
      {phrase: 'huomasimme', weight: 0.9}, {phrase: 'havaitsimme', weight: 0.9}, {phrase: 'vahvisti', weight: 0.6}, {phrase: 'osoittaa', weight: 0.6},
      // "palautettiin", "palautetaan" (was, is returned) are no feedback ("palautetta"); "saavutettavuus" (accessibility) is nothing reached.
      {phrase: 'testasimme', weight: 0.7}, {phrase: 'tyytyväi*', weight: 0.9}, {phrase: 'palaute*', weight: 0.6}, {phrase: 'palautetaan', weight: 0}, {phrase: 'palautettiin', weight: 0},
      {phrase: 'palautettav*', weight: 0}, {phrase: 'palautettu*', weight: 0}, {phrase: 'palautetut', weight: 0},
      {phrase: 'nopeam*', weight: 1.1}, {phrase: 'halvem*', weight: 1.1}, {phrase: 'edullisem*', weight: 1.1},
      {phrase: 'turvallisem*', weight: 1.1}, {phrase: 'helpom*', weight: 0.9}, {phrase: 'terveem*', weight: 1.0},
      {phrase: 'onnellisem*', weight: 1.0}, {phrase: 'voi nyt', weight: 1.3}, {phrase: 'voivat nyt', weight: 1.3},
      {phrase: 'pystyy nyt', weight: 1.3}, {phrase: 'pystyvät nyt', weight: 1.3}, {phrase: 'on nyt', weight: 0.8},
      {phrase: 'ovat nyt', weight: 0.8}, {phrase: 'itsenäi*', weight: 0.6}, {phrase: 'tavoite*', weight: 0.6},
      {phrase: 'tavoitt*', weight: 0.6}, {phrase: 'visio*', weight: 0.6}, {phrase: 'kuvittele', weight: 0.6},
      {phrase: 'vuodessa', weight: 0.6}, {phrase: 'vuosittain', weight: 0.6}, {phrase: 'kuukaudessa', weight: 0.5},
      {phrase: 'tonni*', weight: 0.5}, {phrase: 'co2', weight: 0.5}, {phrase: 'hiilidioksid*', weight: 0.5},
      {phrase: 'prosentti*', weight: 0.6}, {phrase: 'prosenttiyksikkö*', weight: 0.8}, {phrase: 'onnistu*', weight: 0.8},
      {phrase: 'saavut*', weight: 0.9}, {phrase: 'saavutettav*', weight: 0}, {phrase: 'mitata', weight: 0.6}, {phrase: 'mitattu*', weight: 0.6},
      {phrase: 'mittari*', weight: 0.6}, {phrase: 'lyhyem*', weight: 1.0}, {phrase: 'lyhen*', weight: 1.0},
      {phrase: 'alemp*', weight: 0.8}, {phrase: 'korkeam*', weight: 0.6}, {phrase: 'välttä*', weight: 0.6}, {phrase: 'välttämät*', weight: 0},
      {phrase: 'ehkäis*', weight: 0.6}, {phrase: 'ennaltaehkäis*', weight: 0.8}, {phrase: 'vapautu*', weight: 1.0},
      {phrase: 'vapautt*', weight: 0.8}, {phrase: 'pärjää*', weight: 0.9}, {phrase: 'putosi', weight: 1.2},
      {phrase: 'pudonnut', weight: 1.2}, {phrase: 'loppunut', weight: 0.8}, {phrase: 'määrä laski', weight: 1.4},
      {phrase: 'ensimmäistä kertaa', weight: 0.8}
    ],
    ask: [
      {phrase: 'pyydämme', weight: 2.2}, {phrase: 'pyydän', weight: 2.2}, {phrase: 'haluamme että', weight: 1.3},
      {phrase: 'haluan että', weight: 1.3}, {phrase: 'haemme', weight: 2.0}, {phrase: 'etsimme', weight: 2.0},
      // Ehdokkaan esittäminen palkinnon saajaksi pyytää raatia antamaan sen: "Ehdotamme … palkinnon saajaksi …".
      {phrase: 'saajaksi', weight: 1.6},
      {phrase: 'tarvitsemme', weight: 1.0}, {phrase: 'tarvitsen', weight: 1.0}, {phrase: 'tarvitsisimme', weight: 1.0}, {phrase: 'tarvitsisin', weight: 1.0}, {phrase: 'haen', weight: 2.0}, {phrase: 'etsin', weight: 2.0}, {phrase: 'toivon', weight: 1.0}, {phrase: 'kutsumme', weight: 1.8}, {phrase: 'haluaisimme', weight: 1.2},
      {phrase: 'toivomme', weight: 1.0}, {phrase: 'haluamme', weight: 0.6}, {phrase: 'liity', weight: 1.1},
      {phrase: 'liittykää', weight: 1.5}, {phrase: 'lähde mukaan', weight: 1.8}, {phrase: 'lähtekää mukaan', weight: 1.8},
      {phrase: 'tule mukaan', weight: 1.8}, {phrase: 'tulkaa mukaan', weight: 1.8}, {phrase: 'auta meitä', weight: 1.6},
      {phrase: 'auttakaa meitä', weight: 1.6}, {phrase: 'tue meitä', weight: 1.5}, {phrase: 'tukekaa meitä', weight: 1.5},
      {phrase: 'rahoit*', weight: 1.2}, {phrase: 'sijoitus*', weight: 1.0}, {phrase: 'sijoittaj*', weight: 1.0},
      {phrase: 'avustu*', weight: 0.8}, {phrase: 'apuraha*', weight: 0.8}, {phrase: 'kumppan*', weight: 0.8},
      {phrase: 'yhteistyökumppan*', weight: 0.8}, {phrase: 'sponsor*', weight: 1.0}, {phrase: 'ota yhteyttä', weight: 1.5},
      {phrase: 'ottakaa yhteyttä', weight: 1.5}, {phrase: 'yhteyttä', weight: 0.9}, {phrase: 'jutellaan', weight: 1.2},
      {phrase: 'ilmoittau*', weight: 1.0}, {phrase: 'anna meille', weight: 1.5}, {phrase: 'antakaa meille', weight: 1.5},
      {phrase: 'antakaa', weight: 1.0}, {phrase: 'teidän', weight: 0.5}, {phrase: 'te', weight: 0.3},
      {phrase: 'teiltä', weight: 0.8}, {phrase: 'sinun', weight: 0.4}, {phrase: 'päätös*', weight: 0.6},
      {phrase: 'päätöks*', weight: 0.6}, {phrase: 'päättäkää', weight: 1.0}, {phrase: 'hyväksy*', weight: 1.0},
      {phrase: 'budjet*', weight: 0.6}, {phrase: 'euroa', weight: 0.4}, {phrase: 'eur', weight: 0.4},
      {phrase: 'pyyntö*', weight: 1.2}, {phrase: 'olkaa hyvä', weight: 1.0}, {phrase: 'kokeillaan', weight: 1.0},
      {phrase: 'aloitetaan', weight: 1.0}, {phrase: 'tehdään yhdessä', weight: 1.4}, {phrase: 'vapaaehtoisia', weight: 0.3},
      // Asking in the third person ("tutkimusryhmä hakee rahoitusta"; not "hakee" alone, which also fetches), by
      // encouragement, in the conditional passive ("Tarvittaisiin … rahaa"; spoken "Me tarvittais … 400 euroa"), by a
      // report's recommendation ("Ohjausryhmä suosittelee, että …"), by gratitude to come or openness.
      // Not "ehdotamme, että" with no deciding body after it (`motions` reads it with one): the corpus labels it the
      // ask 34 times in 55 since its relabelling, but as an ask cue it moved no status (docs/structure-history.md).
      {phrase: 'hakee rahoitu*', weight: 1.8}, {phrase: 'hakee avustu*', weight: 1.8}, {phrase: 'hakee tuki*', weight: 1.6},
      // Kumppaneita, vapaaehtoisia tai rahoittajia etsitään kolmannessa persoonassa tai passiivissa ("Yhdistys etsii
      // vapaaehtoisia", "Hankkeeseen haetaan kumppaneita"); ei "etsii" yksin, jolla sovellus etsii kyytiä tai asuntoa.
      ...['etsii', 'hakee', 'etsitään', 'haetaan'].flatMap((verb) =>
        ['kumppan*', 'yhteistyökumppan*', 'vapaaehtoisi*', 'sijoittaj*', 'rahoittaj*'].map((object) => ({phrase: `${verb} ${object}`, weight: 1.5}))
      ),
      {phrase: 'etsii rahoitu*', weight: 1.5}, {phrase: 'etsitään rahoitu*', weight: 1.5}, {phrase: 'haetaan rahoitu*', weight: 1.5},
      {phrase: 'toivottavasti', weight: 0.5}, {phrase: 'toivotaan', weight: 0.5}, {phrase: 'kannustamme', weight: 1.2}, {phrase: 'tarvittaisiin', weight: 1.0}, {phrase: 'tarvittais', weight: 1.0},
      {phrase: 'suosittelemme että', weight: 1.4}, {phrase: 'suosittelee että', weight: 1.4}, {phrase: 'kiitollisia', weight: 0.8},
      {phrase: 'avoimia yhteistyölle', weight: 1.0},
      // Yleisöä kehotetaan toimimaan, virkkeen ensimmäisinä sanoina (imperatiivi): "Tule vapaaehtoiseksi …", "Laita viestiä …".
      // Ei "anna" (myös etunimi) eikä "tilaa" (myös "tilaa on").
      // Teko, jonka yleisö voi tehdä heti (lahjoita, äänestä, allekirjoita, ilmoittaudu, varaa), on selvä pyyntö kuten "pyydämme"
      // (1,6: paino, josta kehotus on täsmällinen); "kirjoita", "auta" tai "tutustu" vain avaavat oven.
      ...openingCues(1.6, ['lahjoita', 'lahjoittakaa', 'äänestä', 'äänestäkää', 'allekirjoita', 'allekirjoittakaa', 'varaa', 'ilmoittaudu', 'ilmoittautukaa', 'jätä', 'jättäkää', 'hae mukaan', 'hakekaa mukaan', 'tilaa', 'tilatkaa', 'lataa', 'ladatkaa', 'osta', 'ostakaa']),
      ...openingCues(1.3, [
        'tule', 'tulkaa', 'lähde', 'laita', 'lähetä', 'kirjoita', 'kommentoi', 'auta',
        'tue', 'osallistu', 'osallistukaa', 'soita', 'ryhdy', 'tutustu', 'käy', 'tuokaa', 'jaa', 'jakakaa',
        'kerro', 'kertokaa'
      ]),
      // Tuen toivottaminen tervetulleeksi ("Kaikenlainen tuki on tervetullutta!"), kuten englannin "we welcome".
      {phrase: 'tervetullutta', weight: 1.0},
      // Ajatusten ja kommenttien toivottaminen tervetulleiksi ("Kaikki kommentit tervetulleita", "kaikki ideat ja ajatukset ovat tervetulleita",
      // "Rehellisiä mielipiteitä kaivataan", "otan mielelläni vastaan kaiken palautteen").
      {phrase: 'kommentit tervetulleita', weight: 1.3}, {phrase: 'palaute on tervetullutta', weight: 1.3}, {phrase: 'mielipiteitä kaivataan', weight: 1.3}, {phrase: 'palautetta kaivataan', weight: 1.3}, {phrase: 'kommentteja kaivataan', weight: 1.3}, {phrase: 'otan mielelläni vastaan', weight: 1.3}, {phrase: 'otamme mielellämme vastaan', weight: 1.3}, {phrase: 'ajatukset ovat tervetulleita', weight: 1.3}, {phrase: 'ideat ovat tervetulleita', weight: 1.3}, {phrase: 'vinkit ovat tervetulleita', weight: 1.3}, {phrase: 'ovat enemmän kuin tervetulleita', weight: 1.3},
      // Pyyntö kysymyksenä, virkkeen ensimmäisinä sanoina: "Voisiko tätä asiaa miettiä?", "Lähtisittekö mukaan?".
      ...openingCues(1.6, ['voisiko', 'voisimmeko', 'voisitteko', 'voitteko', 'lähtisittekö']),
      // Kirjallinen kysymys tai valtuustokysymys kysyy siltä, jolle se esitetään: "Aikooko sivistyslautakunta huolehtia
      // siitä, että …?", "Ryhtyykö hallitus toimiin …?".
      ...openingCues(1.6, ['aikooko', 'ryhtyykö']),
      ...openingCues(1.3, ['haluatko', 'haluatteko', 'haluaisitteko'])
    ]
  },
  // Finnish has no future tense: an aim is said with "aikoa", "tavoite",
  // "haluta", or the conditional ("voisi", "olisi", "pitäisi").
  purpose: ['jotta', 'niin että', 'jolloin', 'jonka avulla', 'tarkoituksena'],
  possessives: ['minun', 'sinun', 'hänen', 'meidän', 'teidän', 'heidän'],
  articles: ['jokainen', 'jokaisen', 'kaikki', 'moni', 'monet', 'useimmat', 'tämä', 'nämä', 'se', 'ne'],
  leading: ['jokainen', 'jokaisen', 'kaikki', 'jos', 'että', 'joka', 'jotka', 'jonka', 'joiden', 'kun', 'koska', 'vaikka', 'on', 'ovat', 'oli', 'olivat', 'ei', 'eivät'],
  counterfactuals: ['olisi muuten', 'olisivat muuten', 'muuten olisi', 'muuten olisivat', 'olisi muutoin', 'olisivat muutoin', 'muutoin olisi', 'muutoin olisivat', 'ei olisi muuten', 'eivät olisi muuten'],
  // "Tavoite" (a goal) and "tavoitella" (to aim for), not "tavoittaa" (to reach: "Kokeilu tavoitti 420
  // ikäihmistä" reports); "odotetaan" (is expected), not "odotettiin" (was waited for); a plan as a thing
  // ("teimme suunnitelman") is no aim, planning to do something is ("suunnitteilla", "suunnitelmana on").
  aims: [
    'aiomme', 'aikoo', 'aikovat', 'tavoite', 'tavoitetila*', 'tavoitte*', 'tavoitel*', 'tavoittais*', 'toivo*', 'suunnitellaan', 'suunnitelmissa', 'suunnitteilla', 'suunnitelma on', 'suunnitelmana on', 'suunnitelmamme on', 'haluamme',
    'haluaa', 'pyrimme', 'pyrki*', 'visio*', 'kuvittele', 'pitäisi', 'tulisi', 'voisi*', 'olisi', 'odotamme', 'odotetaan', 'odotetut', 'odotettu', 'odotetun', 'odotettuja', 'odotettavissa',
    'mahdollisesti', 'potentiaali*', 'saattaa', 'tulee olemaan', 'tulevat olemaan', 'arvioidaan', 'arvioitu*',
    'arvioimme'
  ],
  compoundRest: 5,
  // People a compound ends in: families with children ("lapsiperheet"), pupils of a grade ("ekaluokkalaiset",
  // "yläkoululaiset"), "riskipotilaat", "sydänhoitaja", "väitöskirjatutkija", "kesäasukkaat", "varamummo",
  // "isoveli". Not "nainen", "omainen" nor "lasta", which end other words ("varsinainen", "viranomainen",
  // "kahvilasta"), nor schools and libraries ("yläkoulu"), which are places.
  compoundHeads: [
    'perhe*', 'koululai*', 'luokkalai*', 'opettaj*', 'hoitaj*', 'lääkär*', 'tutkij*', 'työntekijä*', 'potila*',
    'vammai*', 'yrittäj*', 'asiakas*', 'asiakka*', 'asukas*', 'asukka*', 'opiskelij*', 'oppila*', 'terapeut*',
    'sihteer*', 'kuljettaj*', 'matkustaj*', 'vapaaehtoi*', 'kyläläi*', 'mummo*', 'mummu*', 'mies', 'miehe*',
    'miehi*', 'miestä', 'miesten', 'henkilöstö*', 'henkilökun*', 'nuor*', 'lapset', 'lapsia', 'lapsille',
    'lapsista', 'lasten', 'tyttö*', 'tytö*', 'poika', 'pojat', 'poikia', 'veli', 'velje*', 'vanhem*', 'äiti*',
    'äidi*', 'jäsen*', 'kävijä*', 'hakij*', 'osallistuj*', 'kauppia*', 'vaimo*', 'puoliso*', 'tytär', 'tyttär*'
  ],
  caseForms: true,
  // The people words a Finnish spine names its hero group by, in every case: singular, plural, and the stems
  // of their case forms ("asukasta", "asukkaiden"). Groups only: a mother or a son the story follows is named
  // by a name or a possessive the pitch gives ("Sannan äiti"), which a plural would misname; so are a girl
  // and a boy ("tytön", "pojan").
  groupBaseForms: [
    ['vuotias', 'vuotiaat', 'vuotia'],
    ['asukas', 'asukkaat', 'asukas', 'asukka'], ['kuntalainen', 'kuntalaiset', 'kuntalai'], ['kaupunkilainen', 'kaupunkilaiset', 'kaupunkilai'],
    ['kansalainen', 'kansalaiset', 'kansalai'], ['kyläläinen', 'kyläläiset', 'kyläläi'], ['vanhus', 'vanhukset', 'vanhu'],
    ['ikäihminen', 'ikäihmiset', 'ikäihmi'], ['iäkäs', 'iäkkäät', 'iäkä', 'iäkkä'], ['alaikäinen', 'alaikäiset', 'alaikäi'],
    ['eläkeikäinen', 'eläkeikäiset', 'eläkeikäi'], ['kouluikäinen', 'kouluikäiset', 'kouluikäi'], ['työikäinen', 'työikäiset', 'työikäi'],
    ['ikääntynyt', 'ikääntyneet', 'ikääntyn'], ['seniori', 'seniorit', 'senior'],
    ['eläkeläinen', 'eläkeläiset', 'eläkeläi'], ['hoitaja', 'hoitajat', 'hoitaj'], ['työntekijä', 'työntekijät', 'työntekij'],
    ['lääkäri', 'lääkärit', 'lääkär'], ['oppilas', 'oppilaat', 'oppilas', 'oppila'], ['opiskelija', 'opiskelijat', 'opiskelij'],
    ['koululainen', 'koululaiset', 'koululai'], ['luokkalainen', 'luokkalaiset', 'luokkalai'], ['opettaja', 'opettajat', 'opettaj'],
    ['vanhempi', 'vanhemmat', 'vanhemp', 'vanhemm'], ['huoltaja', 'huoltajat', 'huoltaj'], ['potilas', 'potilaat', 'potilas', 'potila'],
    ['asiakas', 'asiakkaat', 'asiakas', 'asiakka'], ['lapsi', 'lapset', 'lapsi', 'lapse', 'lasta', 'lasten'], ['nuori', 'nuoret', 'nuor'],
    ['perhe', 'perheet', 'perhe'], ['omainen', 'omaiset', 'omai'], ['vapaaehtoinen', 'vapaaehtoiset', 'vapaaehtoi'],
    ['kuljettaja', 'kuljettajat', 'kuljettaj'], ['matkustaja', 'matkustajat', 'matkustaj'], ['pyöräilijä', 'pyöräilijät', 'pyöräilij'],
    ['naapuri', 'naapurit', 'naapuri', 'naapure'], ['vuokralainen', 'vuokralaiset', 'vuokralai'], ['maahanmuuttaja', 'maahanmuuttajat', 'maahanmuuttaj'],
    ['pakolainen', 'pakolaiset', 'pakolai'], ['työnhakija', 'työnhakijat', 'työnhakij'], ['hakija', 'hakijat', 'hakij'],
    ['vierailija', 'vierailijat', 'vierailij'], ['matkailija', 'matkailijat', 'matkailij'], ['kävijä', 'kävijät', 'kävijä', 'kävijö'],
    ['yrittäjä', 'yrittäjät', 'yrittäj'], ['viljelijä', 'viljelijät', 'viljelij'], ['tutkija', 'tutkijat', 'tutkij'],
    ['osallistuja', 'osallistujat', 'osallistuj'], ['jäsen', 'jäsenet', 'jäsen'], ['kuntoutuja', 'kuntoutujat', 'kuntoutuj'],
    ['vastaaja', 'vastaajat', 'vastaaj'], ['osakas', 'osakkaat', 'osakas', 'osakka'], ['ruokailija', 'ruokailijat', 'ruokailij'],
    ['retkeilijä', 'retkeilijät', 'retkeilij'], ['lukija', 'lukijat', 'lukij'], ['esiintyjä', 'esiintyjät', 'esiintyj'],
    ['muusikko', 'muusikot', 'muusikko', 'muusiko'], ['kotitalous', 'kotitaloudet', 'kotitalou']
  ],
  // `koulu*` (school) also starts "koulutus" (training), "kouluttaa" (to train), "koulutamme" (we train) and
  // "koulutettu" (trained), and compounds whose head is as short as an ending: a school day, year or trip.
  // `työttöm*` (the unemployed) also starts "työttömyys" (unemployment), `kuntalai*` (residents) "kuntalaki" (the
  // Local Government Act); a staff's costs or shortage, a doctor's appointment, a number of customers and a
  // customer's journey name no people either.
  notPeople: [
    'koulutu*', 'koulutt*', 'koulute*', 'koulutim*', 'kouluta*', 'koulupäiv*', 'kouluvuo*', 'koulumatk*', 'työttömyy*',
    'kuntalain', 'kuntalaki*', 'henkilöstökul*', 'henkilöstöpul*', 'lääkäriaik*', 'lääkäriaja*', 'asiakasmäär*',
    'asiakaspolk*', 'asiakaspolu*',
    // Heads of compounds (`compoundHeads`) that run on into another word: teaching together ("yhteisopettajuus"),
    // a loyal customer's benefits ("kanta-asiakasedut").
    'opettajuu*', 'asiakasedu*', 'asiakaset*',
    // Compounds of "koulu" (school) and "kirjasto" (library) whose head is as short as an ending: a school
    // morning, bus, age, ride, hill, yard, path, meal, road or night, and a library bus.
    'kouluaam*', 'koulubuss*', 'kouluikä*', 'koulukyyd*', 'koulukyyti*', 'koulumä*', 'koulupih*', 'koulupol*', 'kouluruo*',
    'koulutie*', 'kouluöi*', 'kouluyö*', 'kirjastoaut*'
  ],
  units: [
    '%', 'prosentti*', 'prosenttiyksikkö*', '€', 'euro*', 'eur', 'milj*', 'miljardi*', 'minuutti*', 'min',
    'tunti*', 'tunni*', 'h', 'päivä*', 'vuorokau*', 'viikko*', 'viiko*', 'kuukau*', 'kk', 'vuosi*', 'vuot*',
    'vuode*', 'km', 'kilometri*', 'm', 'metri*', 'kg', 'kilo*', 'tonni*', 'kwh', 'mwh', 'co2', 'matka*',
    'käynti*', 'soitto*', 'henkeä', 'henkilö*', 'asukas*', 'asukka*', 'potila*', 'oppila*', 'opiskelij*',
    'kertaa', 'sekunti*', 'ateri*', 'paikka*', 'askel*', 'k', 'm²', 'neliö*'
  ],
  // The abessive case ("rahatta", "without money") also negates, and no
  // prefix can match it.
  // Imperfect and perfect (`pastTense` in types.ts: read only after the story's turn, and for the team's
  // turn). Common imperfect forms in full; the passive imperfect by its ending ("järjestettiin",
  // "painettiin"); a form of "olla" or the negation with a participle within two words ("on loppunut",
  // "ei ole käynyt", "on rakennettu"). The active imperfect has no ending that sets it apart ("kävi" and
  // "koti" end alike), so only listed forms count.
  pastTense: {
    forms: [
      'oli', 'olivat', 'olin', 'olimme', 'kävi', 'kävivät', 'kävimme', 'tuli', 'tulivat', 'meni', 'menivät', 'sai',
      'saivat', 'saimme', 'pääsi', 'pääsivät', 'laski', 'nousi', 'putosi', 'päätti', 'päättivät', 'halusi',
      'halusivat', 'kertoi', 'kertoivat', 'sanoi', 'sanoivat', 'totesi', 'kasvoi', 'väheni', 'vähenivät',
      'lisääntyi', 'lisääntyivät', 'parani', 'paranivat', 'lyheni', 'puolittui', 'järjesti', 'järjestimme',
      'aloitti', 'aloittivat', 'aloitimme', 'osallistui', 'osallistuivat', 'teki', 'tekivät', 'teimme', 'syntyi',
      'löysi', 'löysivät', 'löysimme', 'otti', 'ottivat', 'antoi', 'antoivat', 'muutti', 'muuttivat', 'lopetti',
      'jäi', 'jäivät', 'pysyi', 'loppui', 'alkoi', 'alkoivat', 'vieraili', 'vierailivat', 'käytti', 'käyttivät',
      'lainasi', 'lainasivat', 'palasi', 'palasivat', 'vastasi', 'vastasivat', 'kokeilimme', 'testasimme',
      'rakensimme', 'kehitimme', 'perustimme', 'keräsimme', 'tarjosimme', 'sovimme', 'pääsimme',
      'tehtiin', 'saatiin', 'vietiin', 'tuotiin', 'käytiin', 'voitiin', 'syötiin', 'nähtiin', 'luotiin'
    ],
    // "-imme" is the first person plural of the imperfect ("asensimme", "avasimme"); the present has no "i"
    // before it ("asennamme"), except a few verbs listed below, and the conditional ends in "-isimme".
    endings: ['-ttiin', '-imme'],
    auxiliaries: ['on', 'ovat', 'oli', 'olivat', 'olen', 'olemme', 'olin', 'olimme', 'ei', 'eivät', 'en', 'emme'],
    participles: ['nut', 'nyt', 'lut', 'lyt', 'sut', 'syt', 'neet', 'leet', 'seet', 'ttu', 'tty'],
    reach: 2,
    // Illatives of nouns in "-tti" end like the passive imperfect: "prosenttiin", "budjettiin". After a
    // consonant ("-nttiin", "-rttiin") it is always such a noun; after a vowel, the common ones are listed.
    exceptions: [
      '-nttiin', '-rttiin', '-lttiin', 'budjettiin', 'pakettiin', 'pilottiin', 'automaattiin', 'formaattiin',
      'kabinettiin', 'markettiin', 'tablettiin', 'salaattiin', 'sertifikaattiin', 'kasettiin', 'rakettiin',
      // The conditional ("haluaisimme") and present forms whose stem ends in "i" ("voimme").
      '-isimme', 'voimme', 'pyrimme', 'opimme'
    ]
  },
  // Read only after the story's turn, in a sentence without an aim word or the team as its subject.
  // Finnish counts time with a postposition after the unit: "kahdeksan kuukauden aikana", "vuoden jälkeen".
  // A sentence that opens with one of these dates when what the pitch runs began: it turns the story.
  started: [
    'tammikuusta lähtien', 'tammikuusta alkaen', 'helmikuusta lähtien', 'helmikuusta alkaen', 'maaliskuusta lähtien',
    'maaliskuusta alkaen', 'huhtikuusta lähtien', 'huhtikuusta alkaen', 'toukokuusta lähtien', 'toukokuusta alkaen',
    'kesäkuusta lähtien', 'kesäkuusta alkaen', 'heinäkuusta lähtien', 'heinäkuusta alkaen', 'elokuusta lähtien',
    'elokuusta alkaen', 'syyskuusta lähtien', 'syyskuusta alkaen', 'lokakuusta lähtien', 'lokakuusta alkaen',
    'marraskuusta lähtien', 'marraskuusta alkaen', 'joulukuusta lähtien', 'joulukuusta alkaen', 'keväästä lähtien',
    'keväästä alkaen', 'kesästä lähtien', 'kesästä alkaen', 'syksystä lähtien', 'syksystä alkaen',
    'talvesta lähtien', 'talvesta alkaen', 'viime keväästä', 'viime syksystä', 'vuodesta 20*', 'vuoden 20* alusta'
  ],
  afterState: {
    words: ['nyt', 'nykyään', 'tänään', 'taas', 'jälleen', 'ensimmäistä kertaa', 'vihdoin', 'viimein', 'enää', 'tähän mennessä', 'alusta asti', 'alusta lähtien'],
    elapsed: {
      lead: ['aikana', 'jälkeen', 'kuluessa'],
      units: ['vuoden', 'vuosien', 'kuukauden', 'kuukausien', 'viikon', 'viikkojen', 'kauden', 'lukuvuoden', 'lukukauden', 'kevään', 'syksyn', 'kesän', 'talven', 'kokeilun', 'hankkeen', 'pilotin'],
      unitFirst: true
    },
    except: ['juuri nyt', 'nyt ja silloin']
  },
  noLack: ['vai ei', 'ei tarvitse', 'eivät tarvitse', 'ei enää tarvitse', 'eivät enää tarvitse', 'ei tarvitse enää', 'kenenkään ei tarvitse', 'ilman että tarvitsee', 'ei tarvitsisi'],
  announcedParts: ['asiaa', 'asiasta', 'osaa', 'osasta', 'vaihetta', 'vaiheesta', 'tapaa', 'osiota', 'osiosta', 'periaatetta', 'periaatteesta', 'muutosta'],
  selfIntroductions: ['olen', 'minä olen', 'nimeni on', 'oon', 'mä oon'],
  selfRoles: ['työskentelen', 'olen ollut', 'olen toiminut', 'olen tehnyt'],
  teamIntroductions: ['olemme', 'me olemme', 'me ollaan'],
  selfAge: {copulas: ['olen', 'oon'], suffixes: ['-vuotias']},
  agePeople: ['#-vuotia*', '#vuotia*'],
  ageBounds: ['yli', 'alle'],
  openingLeads: {polite: [], conditional: ['jos']},
  // Pyyntö konditionaalin kysymyksenä yhdellä sanalla: "Ehtisitkö …?", "Lainaisitteko …?", "Käyttäisittekö …?".
  // Ei koukkua: "Uskoisitko, että …?", "Arvaisitteko …?".
  askingEndings: {endings: ['isitkö', 'isitko', 'isittekö', 'isitteko'], stops: ['uskoisitko', 'uskoisitkö', 'uskoisitteko', 'uskoisittekö', 'arvaisitko', 'arvaisitkö', 'arvaisitteko', 'arvaisittekö']},
  motions: {
    phrases: [
      'ehdotamme että', 'ehdotan että', 'ehdottaa että', 'ehdottaisin että', 'ehdotetaan että', 'esitämme että', 'esitän että', 'esittää että', 'esitetään että', 'suosittelemme että',
      'suosittelee että'
    ],
    // Not "toivomme, että" (we hope that): a wish put to the body is a hope, as "we hope that" is in English and
    // Swedish, and the corpus calls 22 of the 26 asks that only hope so weak.
    bodies: ['kaupunki', 'kunta', 'hyvinvointialue', 'valtuusto', 'hallitus', 'johto', 'johtoryhmä', 'ministeriö', 'virasto', 'eduskunta', 'koulu', 'kirjasto', 'sairaala', 'säätiö', 'toimisto', 'yhtiö', 'oy', 'yhdistys', 'ohjausryhmä', 'lautakunta', 'raati', 'tuomaristo', 'kokous']
  },
  relief: {
    before: ['vähemmän', 'vähentä*', 'vähens*', 'ehkäis*', 'puolitta*', 'lyhentä*', 'lyhens*', 'pienentä*', 'pienens*', 'ratkais*', 'rakastamme', 'rakastan'],
    after: [
      'laski', 'laskivat', 'laskenut', 'laskeneet', 'laskee', 'väheni', 'vähenivät', 'vähentyi', 'vähentynyt', 'vähenee', 'vähenisi',
      'lyheni', 'lyhenivät', 'lyhentynyt', 'lyhenee', 'puolittui', 'puolittunut', 'pieneni', 'pienentynyt', 'putosi', 'putosivat',
      'pudonnut', 'pudonneet', 'katosi', 'hävisi', 'loppui', 'loppuivat'
    ]
  },
  worsening: {
    rising: [
      'nousi', 'nousivat', 'noussut', 'nousseet', 'nousee', 'nousevat', 'nouseva*', 'kasvoi', 'kasvoivat', 'kasvanut', 'kasvaneet',
      'kasvaa', 'kasvavat', 'kasvava*', 'lisääntyi', 'lisääntyivät', 'lisääntynyt', 'lisääntyneet', 'lisääntyy', 'lisääntyvä*',
      'kaksinkertaistui', 'kaksinkertaistunut', 'kallistui', 'kallistunut', 'kallistuneet', 'kohosi', 'kohonnut', 'korkeampi*',
      'korkeammat', 'paheni', 'pahentunut', 'huonontunut', 'heikentynyt'
    ],
    burdens: [
      'lasku', 'laskun', 'laskua', 'laskut', 'laskuja', 'sähkölasku*', 'lämmityslasku*', 'kulut', 'kuluja', 'kulujen', 'kustannu*',
      'energiakustannu*', 'lämmityskustannu*', 'asumiskustannu*', 'hinta',
      'hinnat', 'hinnan', 'hintoja', 'vuokra', 'vuokrat', 'vuokran', 'vuokria', 'maksu', 'maksut', 'maksuja', 'kuolleisuus', 'velka', 'velat'
    ]
  },
  negations: ['ei', 'eivät', 'en', 'et', 'emme', 'ette', 'eikä', 'ettei', 'jottei', 'ilman', 'vailla', 'vaille', 'puute*', 'puuttu*', 'tuskin', 'mitään', 'kukaan', 'koskaan', 'harvoin'],
  // Finnish says "from 18 to 7" with case endings on the measured word
  // ("18 prosentista 7 prosenttiin"), so those forms are listed. After a
  // bare figure the ending follows a colon ("64:stä 29:ään"), and the
  // tokenizer makes it a word of its own: the elative and illative endings
  // are listed for that.
  comparatives: [
    'vähemmän', 'enemmän', 'kuin', 'vähen*', 'lisää', 'kasvoi', 'laski', 'laskenut', 'nousi', 'noussut',
    'puolitt*', 'kaksinkertais*', 'aiemmin', 'ennen', 'nyt', 'sijaan', 'verrattuna', 'prosentista', 'prosenttiin', 'eurosta',
    'euroon', 'tunnista', 'tuntiin', 'päivästä', 'päivään', 'minuutista', 'minuuttiin', 'viikosta', 'viikkoon',
    'sta', 'stä', 'lta', 'ltä', 'aan', 'ään', 'een', 'iin', 'uun', 'yyn', 'seen', 'hin', 'ksi'
  ],
  clock: {before: ['klo', 'kello']},
  timeOfDay: [
    'maanantai*', 'tiistai*', 'keskiviikko*', 'torstai*', 'perjantai*', 'lauantai*', 'sunnuntai*', 'arki*', 'viikonlop*',
    'aamu*', 'iltapäiv*', 'ilta*', 'yö*', 'päivittäin', 'avoinna', 'auki', 'aukiolo*', 'klo', 'kello'
  ],
  // A magnitude, not a before → after: "enemmän kuin puolet".
  notComparatives: ['enemmän kuin', 'vähemmän kuin'],
  // From and to a figure: a before → after only between two figures ("64:stä 29:ään"), not "nousi 2027:ään".
  pairedComparatives: [
    'prosentista', 'prosenttiin', 'eurosta', 'euroon', 'tunnista', 'tuntiin', 'päivästä', 'päivään', 'minuutista', 'minuuttiin',
    'viikosta', 'viikkoon', 'sta', 'stä', 'lta', 'ltä', 'aan', 'ään', 'een', 'iin', 'uun', 'yyn', 'seen', 'hin', 'ksi'
  ],
  // Common Finnish given names that compromise's lexicon does not know (names.ts).
  givenNames: finnishGivenNames,
  // Case endings a name takes (genitive, partitive, the local cases, essive, translative).
  // Surnames in -nen change their stem in every case ("Virtasen", "Niemisellä", "Koskiseen"); a foreign name that
  // ends in a consonant takes a place's ending after an "i" ("Lundqvistilta"). Not "-sen" after a consonant, a
  // Danish or Norwegian surname's own ending ("Hansen", "Jensen"), nor the genitive's and the partitive's "-in",
  // "-ia", which end surnames too ("Lundin", "Garcia").
  surnameEndings: [
    ['sen', 'nen', 'vowel'], ['selle', 'nen', 'vowel'], ['sella', 'nen', 'vowel'], ['sellä', 'nen', 'vowel'], ['selta', 'nen', 'vowel'],
    ['seltä', 'nen', 'vowel'], ['sessa', 'nen', 'vowel'], ['sessä', 'nen', 'vowel'], ['sesta', 'nen', 'vowel'], ['sestä', 'nen', 'vowel'],
    ['seen', 'nen', 'vowel'], ['sena', 'nen', 'vowel'], ['senä', 'nen', 'vowel'], ['seksi', 'nen', 'vowel'],
    ['ille', '', 'consonant'], ['illa', '', 'consonant'], ['illä', '', 'consonant'], ['ilta', '', 'consonant'], ['iltä', '', 'consonant'],
    ['issa', '', 'consonant'], ['issä', '', 'consonant'], ['ista', '', 'consonant'], ['istä', '', 'consonant']
  ],
  nameEndings: ['n', 'a', 'ä', 'aa', 'ää', 'ta', 'tä', 'lle', 'lla', 'llä', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'na', 'nä', 'ksi', 'an', 'än', 'en', 'in', 'on', 'un'],
  copulas: ['on', 'oli'],
  // Inessive, elative, adessive, ablative; the illative's long vowel + n (which covers -seen and -siin) and -hin.
  // The inessive: "Kouvolassa", "Wilmassa", "Teamsissa" name a place or a system, never a person in a pitch.
  placeCases: ['ssa', 'ssä'],
  placeEndings: ['ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'aan', 'ään', 'oon', 'öön', 'uun', 'yyn', 'iin', 'een', 'hin'],
  // Finnish numerals inflect, so each is listed by its case stems ("kolme*":
  // "kolmella kylällä", "kuute*": "31:stä kuuteen", "seitsemä*": "19:stä
  // seitsemään"), with the nominative where it differs ("yksi", "kaksi"),
  // and the other words as they are ("joka viides"). "yhde-" is left out: it
  // is also "yhdessä" (together).
  numberWords: [
    'yksi', 'kaksi', 'kahde*', 'kahte*', 'kolme*', 'neljä*', 'viisi', 'viide*', 'viite*', 'kuusi', 'kuude*', 'kuute*',
    'seitsemä*', 'kahdeksa*', 'yhdeksä*', 'kymmene*', 'sada*', 'tuhanne*',
    'yksitoista', 'kaksitoista', 'kolmetoista', 'neljätoista', 'viisitoista', 'kuusitoista', 'seitsemäntoista', 'kahdeksantoista',
    'yhdeksäntoista', 'kaksikymmentä', 'kolmekymmentä', 'neljäkymmentä', 'viisikymmentä', 'kuusikymmentä', 'seitsemänkymmentä',
    'kahdeksankymmentä', 'yhdeksänkymmentä', 'sata',
    'sataa', 'satoja', 'tuhat', 'tuhatta', 'tuhansia', 'miljoona', 'miljoonaa', 'miljoonia', 'miljardi',
    'miljardia', 'kerran',
    'puolet', 'puoli', 'puoleen', 'kolmasosa', 'kolmannes', 'neljäsosa', 'neljännes', 'kolmas', 'neljäs',
    'viides', 'kymmenes', 'kaksinkertainen', 'kolminkertainen', 'tusina', 'molemmat'
  ],
  // Headings and prompts that open a section ("Tausta", "Ratkaisumme", "Mitä teemme toisin", "Pyyntömme").
  frame: {
    labels: [
      'hakija', 'hakijat', 'laatija', 'laatijat', 'rahoittaja', 'toteutusaika', 'hankeaika', 'kesto', 'päivämäärä', 'yhteyshenkilö',
      'hankkeen omistaja', 'hankevastaava', 'organisaatio'
    ],
    phrases: [
      'perustettu', 'perustettiin', 'hanke kestää', 'hanke kesti', 'hanke toteutetaan', 'hanke toteutettiin', 'hankkeen kesto',
      'pilotti kesti', 'hanketta hallinnoi', 'hanketta johtaa', 'on kokemusta', 'kokemusta on'
    ]
  },
  neutralSections: ['johdanto', 'tiivistelmä', 'hankkeen tiivistelmä', 'yhteenveto', 'yleiskuva', 'meistä', 'tietoa meistä', 'sisällys', 'yhteystiedot', 'liite', 'liitteet', 'lähteet', 'aikataulu'],
  sections: {
    problem: ['ongelma*', 'haaste*', 'tausta*', 'miksi', 'tarve*', 'tarpee*', 'nykytila*', 'lähtötilanne*', 'tilanne*', 'tänään'],
    change: ['ratkaisu*', 'idea*', 'mitä teemme', 'mitä teemme toisin', 'mitä teimme', 'mitä muutimme', 'mitä ehdotamme', 'miten', 'näin se toimii', 'toteutus*', 'menetelmä*', 'toimintamalli*', 'ehdotus*', 'hanke*', 'projekti*', 'tuote*', 'palvelu*', 'mitä kokeiltiin', 'mitä me teemme', 'ominaisuudet', 'toimenpiteet', 'mitä hankkeessa tehdään'],
    outcome: ['tulos', 'tulok*', 'vaikutu*', 'vaikuttavuu*', 'hyöty*', 'hyödyt', 'tavoite*', 'tavoitt*', 'mikä muuttuu', 'näyttö*', 'seuranta', 'mitä tapahtui', 'mitä olemme nähneet', 'mitä saimme aikaan'],
    ask: ['pyyntö*', 'mitä tarvitsemme', 'tarvitsemme', 'mitä haemme', 'haemme', 'mitä etsimme', 'etsimme', 'mitä pyydämme', 'budjet*', 'rahoitu*', 'omarahoitu*', 'haettava summa', 'haettu summa', 'haettava kokonaissumma', 'haettu kokonaissumma', 'haettava avustus yhteensä', 'haettu avustus yhteensä', 'haettu avustus', 'haettu rahoitus', 'haettava määrä', 'haettu määrä', 'haettava tuki', 'haettu tuki', 'kustannukset', 'seuraava askel', 'seuraavat askeleet', 'miten voit auttaa', 'lähde mukaan', 'tule mukaan', 'yhteystiedot', 'mitä pyydän', 'seuraavaksi', 'haettava avustus', 'haettava rahoitus', 'paljonko', 'kuinka paljon', 'mitä tarvitaan', 'mitä tarvitsen', 'mitä tarvitset', 'mitä tarvitsette', 'päätösehdotus*', 'ehdotus päätökseksi']
  },
  // A form line that states the amount applied for ("Haettava summa: 8 000 €") is the ask.
  amountLabels: [
    'haettava summa', 'haettu summa', 'haettava avustus', 'haettu avustus', 'haettava rahoitus', 'haettu rahoitus',
    'haettava määrä', 'haettu määrä', 'haettava tuki', 'haettu tuki', 'haettava kokonaissumma', 'haettu kokonaissumma',
    'haettava avustus yhteensä', 'haettu avustus yhteensä', 'pyyntö', 'pyyntömme'
  ],
  currencies: ['euro*', 'eur', 'kruunu*', 'kr', 'dollari*'],
  // Avoin pyyntö: matka, visio, seuraava vaihe, kasvu ("kumppaneita, jotka jakavat visiomme"), tai pelkät
  // "yhteistyökumppanit" tai "kaikenlainen tuki" ilman summaa tai aikaa ("Etsimme yhteistyökumppaneita").
  openEnded: ['matkalle', 'matkaan', 'matkassa', 'visio*', 'seuraavaan vaiheeseen', 'seuraava vaihe', 'seuraavassa vaiheessa', 'kasvuvaihe*', 'kasvamaan', 'kasvaa', 'sparraus*', 'yhteistyökumppane*', 'kumppaneita', 'kaikenlainen tuki', 'tukijoita'],
  // When, in words: an ask that says when is specific ("kokeilla ensi keväänä"). Months, weekdays and
  // seasons are stems, so that their case forms count ("syyskuussa", "keväällä").
  times: [
    'tammikuu*', 'helmikuu*', 'maaliskuu*', 'huhtikuu*', 'toukokuu*', 'kesäkuu*', 'heinäkuu*', 'elokuu*', 'syyskuu*',
    'lokakuu*', 'marraskuu*', 'joulukuu*', 'maanantai*', 'tiistai*', 'keskiviikko*', 'torstai*', 'perjantai*',
    'lauantai*', 'sunnuntai*', 'kevät', 'kevää*', 'kesä', 'kesällä', 'kesän', 'kesänä', 'kesäksi', 'syksy*',
    'talvi', 'talve*', 'kevätlukukau*', 'syyslukukau*', 'hiihtolo*', 'syyslo*', 'joululo*', 'kesälo*', 'pääsiäislo*',
    'ensi viikolla', 'ensi kuussa', 'ensi vuonna', 'ensi vuoden', 'ensi lukuvuon*', 'ensi kaudella', 'tänä vuonna',
    'vuodenvaihtee*', 'huomenna', 'tänä iltana'
  ],
  // Summan pyytäminen kolmannessa persoonassa, passiivissa tai kehottamalla ("Tiimi hakee 80 000 euroa",
  // "Ohjelmasta haetaan 48 600 euroa", "varatkaa talolle 40 000 euroa"); vain rahasumman vieressä (ks. profiilin
  // tyyppi): "hakee" yksin myös noutaa ("Hän hakee postinsa").
  amountVerbs: ['hakee', 'haetaan', 'anoo', 'anotaan', 'anomme', 'pyytää', 'pyydetään', 'pyydämme', 'varatkaa', 'varata', 'myöntäisi', 'tarvitsee', 'tarvitaan'],
  // Words that make the group after them one person (a hero question then asks who that person is). Finnish says
  // a share with a case ending ("yksi viidestä"), so no word of a share follows the group.
  onePerson: {words: ['yksi', 'yhden', 'eräs', 'erään'], shares: []},
  helpers: ['vapaaehtois', 'henkilökun', 'henkilöstö', 'työntekijä', 'ohjaaj', 'mentor', 'valmentaj', 'muusiko', 'kollego', 'työkaveri'],
  // Imperatives that ask the reader to act when they open the sentence or a clause (opening ask cues).
  imperatives: ['ota', 'ottakaa', 'kysy', 'kysykää', 'varatkaa', 'soittakaa', 'lähettäkää', 'käykää', 'luo', 'luokaa', 'tukekaa', 'kokeile', 'kokeilkaa', 'täytä', 'täyttäkää', 'kirjoittakaa', 'vastaa', 'vastatkaa', 'auttakaa', 'rekisteröidy', 'rekisteröitykää', 'valitse', 'valitkaa', 'tuo', 'seuraa', 'seuratkaa', 'tutustukaa', 'hanki', 'hankkikaa', 'kutsu', 'kutsukaa', 'poikkea', 'poiketkaa', 'avaa', 'avatkaa', 'skannaa', 'pistäydy', 'pistäytykää'],
  askChannels: [
    'lista', 'listaan', 'listalle', 'listassa', 'listan', 'lomake*', 'verkkosivu*', 'nettisivu*', 'kotisivu*', 'linkki*', 'linkin', 'sähköposti*',
    'dm', 'yv', 'yksityisviesti*', 'soita', 'soittakaa', 'tekstaa', 'tekstatkaa', 'vastaanotto*'
  ],
  style: {
    // "aika" is also the noun "time", so only its hedging phrases are listed.
    hedges: [
      'ehkä', 'ehkäpä', 'aika paljon', 'aika hyvin', 'aika hyvä', 'melko', 'tosi', 'ihan', 'vähän', 'jotenkin',
      'me uskomme', 'uskomme', 'me uskotaan', 'uskon', 'luulemme', 'mielestämme', 'mielestäni', 'toivottavasti',
      'mahdollisesti', 'luultavasti', 'todennäköisesti', 'kai', 'varmaan', 'varmaankin', 'jossain määrin',
      'tavallaan', 'jollain tavalla', 'näyttää siltä', 'vaikuttaa siltä', 'suhteellisen', 'kohtalaisen', 'hieman',
      'hiukan', 'jokseenkin', 'todella', 'erittäin', 'yritämme', 'yritetään'
    ],
    degreeHedges: ['aika paljon', 'aika hyvin', 'aika hyvä', 'melko', 'tosi', 'ihan', 'vähän', 'jossain määrin', 'jollain tavalla', 'tavallaan', 'suhteellisen', 'kohtalaisen', 'hieman', 'hiukan', 'jokseenkin', 'todella', 'erittäin'],
    buzzwords: [
      'disruptiivi*', 'synergi*', 'maailmanluokan', 'huippuluokan', 'mullista*', 'vallankumoukselli*',
      'innovatiivi*', 'ainutlaatui*', 'kokonaisvaltai*', 'skaalautuv*', 'ekosysteemi*', 'saumato*',
      'pelin muuttaja', 'pelinmuuttaja', 'game changer', 'gamechanger', 'seuraavalle tasolle', 'uraauurtava*',
      'ennennäkemätö*', 'paradigma*', 'tekoälypohjai*', 'datalähtöi*', 'digiloikka*', 'valjast*', 'voimaannut*',
      'lisäarvo*', 'win-win', 'yhden luukun', 'viimeisintä teknologiaa', 'huipputeknologi*', 'ketterä*'
    ],
    vague: [
      'paljon', 'monet', 'moni', 'monia', 'monta', 'monella', 'monelle', 'monien', 'monilla', 'useat', 'usea',
      'useita', 'useampi', 'jotkut', 'joitakin', 'muutama', 'muutamia', 'lukuisat', 'lukuisia', 'usein',
      'suurin osa', 'iso osa', 'suuri osa', 'runsaasti', 'valtavasti', 'valtava*', 'merkittäv*', 'huomattav*',
      'suuri määrä', 'enemmistö', 'yhä useampi', 'yhä useammat'
    ],
    // Spoken-Finnish fillers. "siis" also means "so, therefore", "kyllä"
    // "yes", "just" "exactly" and "no" starts a reply: in a text meant to be
    // said aloud they usually add nothing, but a careful writer can use them
    // on purpose.
    fillers: [
      'niinku', 'niinkun', 'tota', 'tuota', 'siis', 'no', 'just', 'oikeastaan', 'periaatteessa', 'kyllä', 'öö',
      'ööh', 'elikkä', 'sillee', 'silleen', 'niin sanotusti', 'loppujen lopuksi', 'tietysti', 'tietenkin'
    ],
    // Plain Finnish: the stiff phrase, then everyday ones. These are the
    // pairs Finnish advice on clear official language keeps returning to
    // (Kotus' virkakielen huolto and Kielitoimiston ohjepankki, Selkokeskus
    // for easy Finnish): long verb chains ("suorittaa tarkastuksen"), loan
    // verbs ("implementoida"), the agent "toimesta" and the future "tulee
    // olemaan". The list is our own.
    simpler: {
      'suorittaa tarkastuksen': ['tarkastaa'], 'suorittaa arvioinnin': ['arvioida'], suorittaa: ['tehdä'],
      suoritetaan: ['tehdään'], toteuttaa: ['tehdä'], toteutetaan: ['tehdään'], hyödyntää: ['käyttää'],
      hyödynnetään: ['käytetään'], hyödyntämällä: ['käyttämällä'], 'tällä hetkellä': ['nyt'],
      informoida: ['kertoa', 'tiedottaa'], implementoida: ['ottaa käyttöön'], implementointi: ['käyttöönotto'],
      jalkauttaa: ['viedä käytäntöön', 'ottaa käyttöön'], jalkautetaan: ['otetaan käyttöön'],
      jalkauttaminen: ['käyttöönotto'], kyseinen: ['tämä', 'se'], 'kyseessä oleva': ['tämä'],
      toimesta: ['(kerro, kuka tekee: ”kunta tekee”)'], omaavat: ['joilla on'], omaava: ['jolla on'],
      'johtuen siitä että': ['koska'], johtuen: ['koska', 'vuoksi'], 'siinä tapauksessa että': ['jos'],
      'tulee olemaan': ['on'], 'tulevat olemaan': ['ovat'], 'lukuisa määrä': ['monta (kerro montako)'],
      'suuri määrä': ['paljon (kerro paljonko)'], optimoida: ['parantaa'], toiminnallisuus: ['toiminto'],
      metodologia: ['menetelmä'], fasilitoida: ['ohjata', 'vetää'], kommunikoida: ['kertoa', 'puhua'],
      kontaktoida: ['ottaa yhteyttä'], evaluoida: ['arvioida'], validoida: ['varmistaa', 'testata'],
      priorisoida: ['asettaa tärkeysjärjestykseen'], tarjooma: ['palvelut', 'tuotteet'],
      palvelutarjooma: ['palvelut'], toimenpiteet: ['teot', 'keinot'], toimenpiteitä: ['tekoja', 'keinoja'],
      'on mahdollista': ['voi'], 'ovat mahdollisia': ['voivat'], resursoida: ['antaa rahaa tai työaikaa']
    },
    // The Finnish passive is a verb ending, not an auxiliary.
    passiveAuxiliaries: [],
    // Endings, without a hyphen; conservative. Present passive "-taan/-tään" after a vowel ("sanotaan",
    // "käytetään", "kerätään") and "-daan/-dään" ("tehdään", "voidaan");
    // past "-ttiin/-htiin/-ltiin"; conditional "-ttaisiin/-ttäisiin".
    // Left out: "-staan/-stään" (possessive "kodistaan", "itsestään"),
    // "-tiin" alone (illative "kotiin", "kuntiin") and "-tava/-tävä" (the
    // noun "tehtävä", task). Still wrong: partitive + possessive ("työtään",
    // "maataan") and the colloquial first person plural "me tehdään" (we do),
    // which is grammatically a passive but names who acts.
    passiveEndings: [
      'etaan', 'etään', 'itaan', 'itään', 'otaan', 'ötään', 'utaan', 'ytään', 'ataan', 'ätään', 'daan', 'dään',
      'ttiin', 'htiin', 'ltiin', 'ttaisiin', 'ttäisiin', 'taisiin', 'täisiin'
    ]
  },
  // Finnish sentences at p95 of the project corpus score 85 (Swedish: 58); see docs/languages.md.
  hardSentenceLix: 85,
  readability: 'lix',
  // Finnish speech runs at about the same syllable rate as other languages,
  // but Finnish words are long (cases, suffixes and compounds make one word
  // of what English says in three): 120 words a minute is a calm pace. An
  // estimate; override it with `speakingTime.wordsPerMinute`.
  wordsPerMinute: 120,
  messages: {
    reasons: {
      'story-problem': 'Ongelma {0}: kerro, kuka kärsii mistä, kuinka usein ja mitä se maksaa',
      'story-hero': 'Päähenkilö {0}: nimeä ihminen tai ryhmä, jonka arki muuttuu',
      'story-change': 'Muutos {0}: kerro, mitä teette toisin',
      'story-outcome': 'Tulos {0}: kerro luvulla, mikä on jälkeenpäin toisin',
      'story-ask': 'Pyyntö {0}: kerro, mitä haluatte juuri tältä yleisöltä',
      'story-order-change': 'Ratkaisu tulee ennen kuin mitään ongelmaa on kerrottu',
      'story-order-outcome': 'Tulos tulee ennen muutosta, joka sen saa aikaan',
      'team-as-hero': 'Tiimi on pääosassa: `me` {0} kertaa, palvelemanne ihmiset {1}',
      'hard-sentence': 'Vaikealukuinen virke ({0})',
      'long-sentence': 'Pitkä virke: {0} sanaa, yli {1}',
      passive: 'Passiivi `{0}`: kerro, kuka tekee',
      hedge: 'Varauksellinen ilmaus `{0}` heikentää väitettä',
      simpler: 'Valitse yksinkertaisempi ilmaus kuin `{0}`',
      buzzword: 'Muotisana `{0}` ei kerro paljon',
      'vague-quantity': 'Epämääräinen määrä `{0}`: anna luku',
      filler: 'Täytesana `{0}` vie aikaanne',
      'over-time': 'Esitys kestää noin {0} sekuntia, {1} sekuntia yli {2} sekunnin aikarajan'
    },
    notes: {
      'story-problem': 'Tuomaristo kiinnostuu ongelmasta ennen ratkaisua. Kenellä ongelma on, kuinka usein ja mitä se heille maksaa?',
      'story-hero': 'Tarinat seuraavat ihmistä. Nimeä yksi (Maria, 84) tai konkreettinen ryhmä (yövuoron hoitajat), älä tiimiä.',
      'story-change': 'Muutos on käännekohta: mikä tapahtuu toisin teidän ansiostanne?',
      'story-outcome': 'Näytä tilanne jälkeenpäin: ennen → jälkeen, luku ja yksikkö mukana.',
      'story-ask': 'Lopeta yhteen konkreettiseen pyyntöön: rahaa, pilotti, kumppani tai päätös, summa tai päivämäärä mukana.',
      'story-order': 'Ensin ongelma, sitten muutos, lopuksi tulos: kuulijan täytyy tuntea ongelma, ennen kuin ratkaisu on järkevä.',
      'team-as-hero': 'Tehkää palvelemistanne ihmisistä virkkeidenne tekijöitä; tiimi on mentori, ei sankari.',
      'hard-sentence': 'Jaa virke tai käytä lyhyempiä ja tavallisempia sanoja: kuulija ei voi lukea uudelleen.',
      'long-sentence': 'Ääneen sanotun virkkeen pitää mahtua yhteen hengenvetoon. Jaa se kahtia.',
      passive: 'Aktiivi kertoo, kuka tekee mitä, ja se tekee tarinasta konkreettisen.',
      hedge: 'Sanokaa se, minkä tiedätte; missä olette epävarmoja, kertokaa, mitä aiotte testata.',
      simpler: 'Tavalliset sanat ymmärretään nopeammin, kun tuomaristo kuuntelee.',
      buzzword: 'Korvaa nimilappu sen takana olevalla tosiasialla: mikä tarkalleen on uutta, kenelle ja miten se mitataan?',
      'vague-quantity': 'Luku vakuuttaa, kun ”monet” ei vakuuta: kuinka moni, kuinka monesta?',
      filler: 'Poista se: jokainen sekunti on tärkeä.',
      'over-time': 'Karsi sanoja tai valitse pidempi aika: tuomaristo lakkaa kuuntelemasta, kun aika loppuu.'
    },
    status: {weak: 'jää epäselväksi', missing: 'puuttuu'},
    elements: {problem: 'ongelma', hero: 'päähenkilö', change: 'muutos', outcome: 'tulos', ask: 'pyyntö'},
    missing: {
      problem: 'Mikä menee tänään pieleen, kenelle ja kuinka usein? Mitä se heille maksaa?',
      hero: 'Kuka on yksi ihminen, jonka elämää tämä muuttaa – mikä hänen nimensä on, ja millainen on hänen päivänsä?',
      change: 'Mitä teette käytännössä toisin, ja mitä käyttäjä huomaa ensimmäisenä?',
      outcome: 'Mikä on toisin vuoden päästä, ja mikä luku sen osoittaa?',
      ask: 'Mitä haluatte tältä yleisöltä tänään: rahaa, pilotin, kumppanin vai päätöksen – ja kuinka paljon?'
    },
    weak: {
      problem: 'Kirjoitat ”{0}” – kuinka usein se tapahtuu, kuinka monelle ja mitä se maksaa?',
      hero: 'Kirjoitat ”{0}” – kuka on yksi heistä, ja mitä ongelma maksaa hänelle?',
      change: 'Kirjoitat ”{0}” – miltä se näyttää käytännössä, vaihe vaiheelta?',
      outcome: 'Kirjoitat ”{0}” – miten mittaatte sen, ja mikä luku on tänään?',
      ask: 'Kirjoitat ”{0}” – mitä tarkalleen pyydätte, keneltä, kuinka paljon ja mihin mennessä?'
    },
    one: 'Kirjoitat ”{0}” – kuka hän on, ja mitä ongelma maksaa hänelle?',
    reported: 'Kirjoitat ”{0}” – mikä heille on nyt toisin, ja mikä luku oli ennen?',
    evidence: {
      cue: 'sanoo ”{0}”',
      words: 'käyttää sanoja, joita tällaisissa lauseissa on usein: ”{0}”',
      wordsWhole: 'muistuttaa sanoiltaan kokonaisuutena tällaisia lauseita, vaikka mikään yksittäinen sana ei erotu',
      person: 'nimeää ihmisen: {0}',
      proper: 'erisnimi, henkilö tai paikka: {0}',
      people: 'nimeää ihmiset, joita palvellaan: {0}',
      generic: 'puhuu ihmisistä vain yleisesti: {0}',
      number: 'antaa luvun: {0}',
      comparison: 'ennen → jälkeen lukuina',
      negation: 'kertoo puutteesta: {0}',
      aim: 'tavoite, ei vielä tulos',
      hoped: 'toive, kuten otsikko sanoo, ei vielä tulos',
      unsure: 'varaus, ei vielä päätetty: ”{0}”',
      buzzword: 'nimilappu, ei vielä tosiasia: ”{0}”',
      purpose: 'kertoo, mihin sillä pyritään: ”{0}”',
      past: 'kertoo, mitä tapahtui',
      reportAfterChange: 'kertoo, mitä muutoksen jälkeen tapahtui',
      reported: 'kertoo, mitä ihmiset sanoivat muutoksen jälkeen',
      afterState: 'kertoo, miten asiat ovat muutoksen jälkeen: ”{0}”',
      question: 'kysyy yleisöltä',
      imperative: 'kehottaa yleisöä toimimaan',
      channel: 'kertoo, missä tai miten toimia',
      position: 'kohdassa, jossa tällaiset virkkeet yleensä ovat',
      teamPast: 'kertoo, mitä tiimi teki: ”{0} …”',
      teamActs: 'kertoo, mitä tiimi tekee: ”{0} …”',
      neighbour: 'jatkaa edellistä virkettä',
      pronoun: 'viittaa aiemmin mainittuun ihmiseen: {0}',
      speech: 'lainaa ihmisen omia sanoja: ”{0}”',
      listItem: 'luettelon kohta, kuten ominaisuudet ja vaiheet',
      next: 'johdattaa seuraavaan virkkeeseen',
      heading: 'otsikon ”{0}” alla'
    },
    narrativeCaveat: 'Vain {0} sanaa: Olsonin mukaan Narrative Index on epäluotettava alle 1\u00a0000 sanan teksteissä; pidä sitä suuntaa antavana.',
    spineSeparator: '; '
  }
}
