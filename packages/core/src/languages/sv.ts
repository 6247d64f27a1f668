/**
 * Swedish. Written for Swedish pitches, not translated from the English
 * profile: the cues are the words Swedish teams and juries actually use
 * ("vi söker", "hemtjänsten", "väntetid"), and inflection is matched with
 * prefix stars (`invånar*` matches `invånare`, `invånarna`, `invånarnas`).
 *
 * A star is only used where the stem does not also start common words of
 * another meaning: `brukar*` would match the verb "brukar" (usually does),
 * `kund*` the verb "kunde" (could) and `kommun*` "kommunicera", so those
 * forms are listed one by one.
 *
 * @module
 */
import {openingCues} from './cues.js'
import {swedishGivenNames} from './names.js'
import type {LanguageProfile} from './types.js'

export const sv: LanguageProfile = {
  code: 'sv',
  name: 'svenska',
  // Without the final dot. Some real abbreviations are left out because they
  // are also words or names that end sentences: "jul" (Christmas), "ung"
  // (young), "min" (my), "bil" (car; bilaga), "kap" (a bargain; kapitel) and
  // "jan" (the name; januari).
  abbreviations: [
    't.ex', 'bl.a', 's.k', 'ca', 'm.m', 'm.fl', 'd.v.s', 'dvs', 'o.s.v', 'osv', 'etc', 'fr.o.m', 't.o.m', 'resp',
    'nr', 'kl', 'jfr', 'f.d', 'p.g.a', 'pga', 'enl', 'obs', 'ev', 'inkl', 'exkl', 'm.h.t', 'mht', 'ang', 'st', 'tel',
    'tfn', 'e.kr', 'f.kr', 'f.m', 'e.m', 'dr', 'doc', 'prof', 'fil.dr', 'milj', 'mdr', 'mkr', 'tkr', 'sid', 's',
    'forts', 'feb', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'vs', 'o.d', 'dyl', 'avd', 'gm'
  ],  sentenceFinalAbbreviations: ['osv', 'o.s.v', 'etc', 'm.m', 'm.fl', 'st'],

  // Olson's And–But–Therefore in Swedish. "och" is the additive; "men" the
  // contrast. Other contrast: "dock", "ändå", "emellertid", "däremot",
  // "tyvärr", "istället"; "utan" only contrasts in "inte X utan Y" and also
  // means "without", and "fast" also means "firm" or "stuck", so both count a
  // little too often. Consequence: "därför", "alltså", "således", "därmed",
  // "följaktligen", "så" — "så" also means "such" and "as" ("så här",
  // "lika så"), just as English "so" is counted with its other senses.
  // "samt" (a formal "and") is not counted as an "and": it lists, it does not
  // tell.
  connectives: {
    and: ['och'],
    but: ['men'],
    contrast: ['dock', 'utan', 'ändå', 'trots', 'emellertid', 'däremot', 'fast', 'tyvärr', 'istället', 'i stället', 'likväl'],
    consequence: ['därför', 'så', 'alltså', 'således', 'därmed', 'följaktligen', 'därigenom', 'vilket gör att', 'det gör att']
  },
  teamSubjects: ['vi'],
  team: ['vi', 'vår', 'vårt', 'våra', 'oss', 'vårat'],
  // Roles and groups of people a Swedish municipal pitch serves. "äldre" is
  // also the comparative "older" and "boende" also "housing": both are kept,
  // because in these pitches they mostly name people.
  people: [
    'invånar*', 'kommuninvånar*', 'medborgar*', 'boende', 'de boende', 'hyresgäst*', 'äldre', 'pensionär*',
    'senior*', 'sjukskötersk*', 'underskötersk*', 'distriktskötersk*', 'vårdbiträd*', 'vårdpersonal*', 'personal*',
    'läkar*', 'barnmorsk*', 'lärar*', 'förskollärar*', 'fritidspedagog*', 'rektor*', 'elev*', 'student*',
    'förälder*', 'föräldr*', 'vårdnadshavar*', 'patient*', 'brukare', 'brukaren', 'brukarna', 'brukarnas',
    'brukares', 'hemtjänst*', 'anhörig*', 'närstående', 'barn*', 'ungdom*', 'unga', 'tonåring*', 'familj*', 'hushåll*',
    'mamm*', 'pappa*', 'mormor*', 'farmor*', 'morfar*', 'farfar*', 'dotter', 'döttrar*', 'son', 'söner*', 'fru', 'frun', 'fruns', 'hustru*', 'make', 'maken', 'makens', 'maka', 'makan', 'sin partner', 'sina partner', 'deras partner', 'hennes partner', 'hans partner', 'min partner', 'en partner med', 'bror', 'brorn', 'brodern', 'bröder*', 'syster', 'systern', 'systrar*',
    'kvinna', 'kvinnan', 'kvinnor*', 'mannen', 'män', 'männen', 'flick*', 'pojk*', 'tjej*', 'kille', 'killar*',
    'medarbetar*', 'anställd*', 'bagar*', 'köksmästar*', 'frilansar*', 'hantverkar*', 'praktikant*', 'klient*', 'fastighetsägar*', 'chaufför*', 'bussförar*', 'förare', 'pendlar*', 'resenär*', 'cyklist*',
    'passagerar*', 'bonde', 'bönder*', 'granne', 'grann*', 'nyanländ*', 'flykting*', 'invandrar*', 'arbetssökand*',
    'arbetslös*', 'hemlös*', 'besökar*', 'turist*', 'vaktmästar*', 'bibliotekari*', 'socialsekreterar*',
    'handläggar*', 'kund', 'kunden', 'kunder', 'kunderna', 'kundernas', 'företagar*', 'entreprenör*', 'forskar*',
    'volontär*', 'frivillig*', 'rullstolsanvändar*', 'funktionsnedsättning*', 'döv*', 'blind*', 'skol*',
    'förskol*', 'sjukhus*', 'vårdcentral*', 'äldreboende*', 'kommun', 'kommunen', 'kommuner', 'kommunerna',
    'kommunens', 'bibliotek*', 'deltagar*', 'medlem', 'medlemmar', 'medlemmarna', 'medlemmarnas', 'sökande', 'makar',
    'makarna', 'musiker*', 'företagen', 'företagens', 'hon', 'han', 'hen', 'henne', 'honom', 'henom', 'hennes', 'hans'
  ],
  animals: ['hund', 'hunden', 'hundar', 'valp', 'valpen', 'katt', 'katten', 'häst', 'hästen', 'ponny', 'ponnyn', 'labrador', 'retriever', 'terrier', 'spaniel', 'pudel', 'kanin', 'kaninen', 'papegoja', 'get', 'geten', 'får', 'fåret', 'höna', 'åsna', 'alpacka'],
  organisations: ['skola', 'skolan', 'skolor', 'skolorna', 'skolans', 'förskol*', 'sjukhus*', 'vårdcentral*', 'äldreboende*', 'kommun', 'kommunen', 'kommuner', 'kommunerna', 'kommunens', 'bibliotek', 'biblioteket', 'biblioteken', 'bibliotekets', 'bibliotekens', 'skolornas', 'skolors', 'företagen', 'företagens'],
  genericPeople: [
    'människor', 'människorna', 'folk', 'användare', 'användaren', 'användarna', 'samhället', 'samhälle',
    'individer', 'individen', 'personer', 'person', 'intressenter', 'allmänheten', 'målgrupp*', 'mänskligheten',
    'var och en', 'alla människor'
  ],
  // "de" is also the plural article ("de äldre"): it counts a little too often.
  personPronouns: ['hon', 'han', 'hen', 'de', 'dem', 'henne', 'honom', 'henom', 'hennes', 'hans', 'deras'],
  pluralPronouns: ['de', 'dem', 'deras'],
  phraseBreaks: [
    'och', 'men', 'eller', 'samt', 'som', 'där', 'när', 'om', 'eftersom', 'medan', 'innan', 'tills', 'fast', 'för', 'i', 'på',
    'med', 'från', 'till', 'under', 'efter', 'före', 'genom', 'utan', 'mellan', 'inom', 'hos', 'vid', 'bland', 'mot', 'kring', 'via',
    'per', 'istället', 'bl.a', 't.ex', 'såsom'
  ],
  firstPerson: ['jag', 'mig', 'mej', 'min', 'mitt', 'mina'],
  speechVerbs: [
    'säger', 'sa', 'sade', 'berättar', 'berättade', 'skriver', 'skrev', 'svarar', 'svarade', 'frågar', 'frågade', 'minns',
    'mindes', 'förklarar', 'förklarade'
  ],
  definitePlural: ['arna', 'erna', 'orna'],
  // Swedish writes weekdays, months and nationalities in lower case, so they
  // are capitalised only at the start of a sentence or in an English-style
  // title; listed anyway. Countries, the largest cities and the public bodies
  // pitches mention most are not people.
  notNames: [
    'det', 'den', 'de', 'hans', 'elva', 'detta', 'denna', 'dessa', 'där', 'här', 'vi', 'jag', 'du', 'ni', 'hon', 'han', 'hen',
    'men', 'och', 'så', 'när', 'då', 'om', 'i', 'på', 'för', 'med', 'efter', 'under', 'innan', 'sedan', 'nu',
    'idag', 'igår', 'imorgon', 'därför', 'även', 'också', 'alla', 'varje', 'en', 'ett', 'vår', 'våra', 'vårt',
    'vad', 'vem', 'hur', 'varför', 'kanske', 'tyvärr', 'tack', 'hej', 'ja', 'nej', 'många', 'några', 'ingen',
    'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'januari', 'februari', 'mars', 'april',
    'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'svensk', 'svenska',
    'svenskt', 'finsk', 'finska', 'finländsk', 'finländska', 'finlandssvensk', 'finlandssvenska', 'engelsk',
    'engelska', 'europeisk', 'europeiska', 'nordisk', 'nordiska', 'sverige', 'sveriges', 'finland', 'finlands',
    'norge', 'danmark', 'norden', 'europa', 'eu', 'fn', 'stockholm', 'göteborg', 'malmö', 'uppsala', 'helsingfors',
    'åbo', 'vasa', 'region', 'regionen', 'kommunen', 'skr', 'scb', 'vinnova', 'försäkringskassan',
    'arbetsförmedlingen', 'swish', 'whatsapp', 'teams', 'zoom', 'facebook', 'instagram', 'tiktok', 'google',
    'excel', 'ai', 'it', 'app', 'appen', 'sms', 'gps', 'bankid', 'covid', 'ok',
    // "Dela …" (share) opens a call to action.
    'dela'
  ],
  // "Mina barn …" (my children) opens a sentence; elsewhere "Mina" is a name.
  openingNotNames: ['mina'],
  cues: {
    problem: [
      {phrase: 'problem*', weight: 1.4}, {phrase: 'utmaning*', weight: 0.9}, {phrase: 'svår*', weight: 1.1},
      {phrase: 'utmanande', weight: 0.9}, {phrase: 'begränsad*', weight: 0.7}, {phrase: 'otillräcklig*', weight: 1.1}, {phrase: 'opålitlig*', weight: 1.0},
      {phrase: 'kostsam*', weight: 0.9}, {phrase: 'hindrar', weight: 1.0}, {phrase: 'sårbar*', weight: 0.9},
      {phrase: 'kämpar', weight: 1.3}, {phrase: 'lider', weight: 1.5}, {phrase: 'brist*', weight: 1.3},
      {phrase: 'saknar', weight: 1.2}, {phrase: 'saknas', weight: 1.2}, {phrase: 'väntetid*', weight: 1.3},
      {phrase: 'väntar', weight: 0.7}, {phrase: 'vänta', weight: 0.6}, {phrase: 'kö', weight: 0.8},
      {phrase: 'köer*', weight: 0.8}, {phrase: 'ensam*', weight: 1.3}, {phrase: 'isoler*', weight: 1.2},
      {phrase: 'misslyck*', weight: 1.0}, {phrase: 'slöseri', weight: 1.1}, {phrase: 'slösa*', weight: 1.0},
      // Free of charge, cost-effective and a cost estimate are no cost that hurts.
      {phrase: 'kostar', weight: 0.6}, {phrase: 'kostnad*', weight: 0.5}, {phrase: 'kostnadsfri*', weight: 0}, {phrase: 'kostnadseffektiv*', weight: 0},
      {phrase: 'kostnadsberäkning*', weight: 0}, {phrase: 'kostnadsuppskattning*', weight: 0}, {phrase: 'för många', weight: 1.0},
      {phrase: 'för få', weight: 1.1}, {phrase: 'för lång*', weight: 1.1}, {phrase: 'för mycket', weight: 0.9},
      {phrase: 'för lite', weight: 1.0}, {phrase: 'risk*', weight: 0.8}, {phrase: 'farlig*', weight: 1.0},
      {phrase: 'otrygg*', weight: 1.2}, {phrase: 'skad*', weight: 1.0}, {phrase: 'fallolyck*', weight: 1.3},
      {phrase: 'faller', weight: 0.6}, {phrase: 'börda*', weight: 1.2}, {phrase: 'överbelast*', weight: 1.2},
      {phrase: 'hög arbetsbelastning', weight: 1.3}, {phrase: 'utmatt*', weight: 1.1}, {phrase: 'utbränd*', weight: 1.3},
      {phrase: 'stress*', weight: 1.0}, {phrase: 'oro*', weight: 1.0}, {phrase: 'rädd*', weight: 1.0}, {phrase: 'räddning*', weight: 0},
      {phrase: 'räddar', weight: 0}, {phrase: 'räddade', weight: 0}, {phrase: 'räddat', weight: 0}, {phrase: 'räddas', weight: 0}, {phrase: 'räddare*', weight: 0},
      {phrase: 'frustr*', weight: 1.2}, {phrase: 'bara', weight: 0.2}, {phrase: 'hinder', weight: 1.1},
      {phrase: 'klyfta*', weight: 0.8}, {phrase: 'fattigdom', weight: 1.3}, {phrase: 'arbetslöshet', weight: 1.0},
      {phrase: 'hoppar av', weight: 1.1}, {phrase: 'avhopp*', weight: 1.1}, {phrase: 'utsläpp*', weight: 0.6},
      {phrase: 'förorening*', weight: 1.0}, {phrase: 'ingen', weight: 0.7}, {phrase: 'ingen som', weight: 1.0},
      {phrase: 'aldrig', weight: 0.5}, {phrase: 'timmar', weight: 0.2}, {phrase: 'varje dag', weight: 0.3},
      {phrase: 'varje vecka', weight: 0.3}, {phrase: 'fortfarande', weight: 0.4}, {phrase: 'idag', weight: 0.3},
      {phrase: 'i dag', weight: 0.3}, {phrase: 'i dagsläget', weight: 0.6}, {phrase: 'just nu', weight: 0.5},
      {phrase: 'hamnar', weight: 0.6}, {phrase: 'måste', weight: 0.5}, {phrase: 'tvingas', weight: 1.0},
      {phrase: 'trasig*', weight: 1.0}, {phrase: 'långsam*', weight: 0.6}, {phrase: 'dyr', weight: 0.9},
      {phrase: 'dyrt', weight: 0.9}, {phrase: 'dyra', weight: 0.9}, {phrase: 'ineffektiv*', weight: 1.0},
      {phrase: 'klagar', weight: 1.1}, {phrase: 'klagomål', weight: 1.1}, {phrase: 'kris', weight: 1.3},
      {phrase: 'krisen', weight: 1.3}, {phrase: 'hot', weight: 1.0}, {phrase: 'hotar', weight: 1.0},
      {phrase: 'behov*', weight: 0.4}, {phrase: 'behöver', weight: 0.3}, {phrase: 'ont', weight: 1.0},
      {phrase: 'sjuk', weight: 0.6}, {phrase: 'sjuka', weight: 0.6}, {phrase: 'sjukdom*', weight: 0.6},
      {phrase: 'förlorar', weight: 0.8}, {phrase: 'förlorat', weight: 0.7}, {phrase: 'utanförskap', weight: 1.2},
      {phrase: 'utestäng*', weight: 1.1}, {phrase: 'ojämlik*', weight: 1.1}, {phrase: 'försumm*', weight: 1.1},
      {phrase: 'bekymmer', weight: 1.1}, {phrase: 'besvär*', weight: 1.0}, {phrase: 'tomma', weight: 0.6},
      {phrase: 'obemärkt', weight: 0.8}, {phrase: 'räcker inte', weight: 1.2}, {phrase: 'hinner inte', weight: 1.2},
      {phrase: 'kan inte', weight: 0.9},
      {phrase: 'kan inte längre', weight: 1.2}, {phrase: 'kunde inte längre', weight: 1.2}, {phrase: 'inte längre kan', weight: 1.2},
      {phrase: 'inte längre kunde', weight: 1.2}, {phrase: 'inte längre hann', weight: 1.2}, {phrase: 'hann inte längre', weight: 1.2},
      {phrase: 'orkar inte längre', weight: 1.2}, {phrase: 'inte längre orkar', weight: 1.2}, {phrase: 'orkade inte längre', weight: 1.2},
      {phrase: 'inte längre orkade', weight: 1.2}, {phrase: 'klarar inte längre', weight: 1.2}, {phrase: 'inte längre klarar', weight: 1.2}, {phrase: 'kommer inte', weight: 0.6}, {phrase: 'tyvärr', weight: 0.7},
      {phrase: 'tungt', weight: 0.9}, {phrase: 'dyrare', weight: 0.9}, {phrase: 'dyraste', weight: 0.9},
      {phrase: 'läck*', weight: 0.8}, {phrase: 'läckagelarm*', weight: 0}, {phrase: 'läckagesensor*', weight: 0}, {phrase: 'läckagedetekt*', weight: 0}, {phrase: 'mögel', weight: 0.8}, {phrase: 'orkar', weight: 0.7},
      {phrase: 'hinner', weight: 0.5}, {phrase: 'tackat nej', weight: 0.8}, {phrase: 'slutar', weight: 0.6},
      {phrase: 'slutat', weight: 0.6}, {phrase: 'på grund av', weight: 0.4}
    ],
    hero: [],
    change: [
      // An evaluation plan is part of the method, not a result: "Resultaten utvärderas efter ett år".
      {phrase: 'utvärderas', weight: 0.8}, {phrase: 'följs upp', weight: 0.8}, {phrase: 'följer vi upp', weight: 0.8},
      {phrase: 'mäter vi', weight: 0.8}, {phrase: 'jämförs', weight: 0.8},
      {phrase: 'lösning*', weight: 1.4}, {phrase: 'vi har byggt', weight: 1.5}, {phrase: 'vi bygger', weight: 1.3},
      {phrase: 'vi har skapat', weight: 1.3}, {phrase: 'vi skapar', weight: 1.2}, {phrase: 'vi har utvecklat', weight: 1.3},
      {phrase: 'vi utvecklar', weight: 1.2}, {phrase: 'vi har tagit fram', weight: 1.3}, {phrase: 'vi föreslår', weight: 1.5}, {phrase: 'jag föreslår', weight: 1.5},
      {phrase: 'vi erbjuder', weight: 1.3}, {phrase: 'vår app', weight: 1.3}, {phrase: 'vår tjänst', weight: 1.3},
      {phrase: 'vår idé', weight: 1.2}, {phrase: 'vår plattform', weight: 1.2}, {phrase: 'vårt verktyg', weight: 1.2},
      {phrase: 'vår modell', weight: 1.1}, {phrase: 'så gör vi', weight: 1.3}, {phrase: 'så fungerar det', weight: 1.3},
      {phrase: 'så här fungerar', weight: 1.3}, {phrase: 'idén är', weight: 1.2}, {phrase: 'idén', weight: 0.9},
      {phrase: 'införa', weight: 1.0}, {phrase: 'inför vi', weight: 1.1}, {phrase: 'införs', weight: 0.9},
      {phrase: 'införande*', weight: 0.9}, {phrase: 'app', weight: 0.9}, {phrase: 'appen', weight: 0.9},
      // Civil servants ("tjänstepersoner") and an official memo ("tjänsteskrivelse") are no service.
      {phrase: 'plattform*', weight: 0.8}, {phrase: 'tjänst*', weight: 0.6}, {phrase: 'tjänstem*', weight: 0}, {phrase: 'tjänsteperson*', weight: 0}, {phrase: 'tjänsteskrivelse*', weight: 0}, {phrase: 'verktyg*', weight: 0.6},
      {phrase: 'system*', weight: 0.3}, {phrase: 'systematisk*', weight: 0}, {phrase: 'sensor*', weight: 0.7}, {phrase: 'prototyp*', weight: 0.9},
      {phrase: 'pilot*', weight: 0.5}, {phrase: 'program*', weight: 0.5}, {phrase: 'programledare*', weight: 0}, {phrase: 'matcha*', weight: 0.8},
      {phrase: 'kopplar', weight: 0.7}, {phrase: 'koppla*', weight: 0.6}, {phrase: 'gör det möjligt', weight: 1.0},
      {phrase: 'möjliggör*', weight: 0.9}, {phrase: 'hjälper', weight: 0.7}, {phrase: 'istället', weight: 0.8},
      {phrase: 'i stället', weight: 0.8}, {phrase: 'istället för', weight: 1.0}, {phrase: 'i stället för', weight: 1.0},
      {phrase: 'därför har vi', weight: 1.2}, {phrase: 'därför', weight: 0.6}, {phrase: 'använder', weight: 0.6},
      {phrase: 'med hjälp av', weight: 0.6}, {phrase: 'automatisk*', weight: 0.7}, {phrase: 'digital*', weight: 0.4},
      {phrase: 'bokning*', weight: 0.6}, {phrase: 'boka*', weight: 0.4}, {phrase: 'utbildning*', weight: 0.5}, {phrase: 'utbildningsnämnd*', weight: 0},
      {phrase: 'workshop*', weight: 0.6}, {phrase: 'nätverk*', weight: 0.5}, {phrase: 'metod*', weight: 0.7},
      {phrase: 'arbetssätt*', weight: 0.9}, {phrase: 'modell*', weight: 0.5}, {phrase: 'insats*', weight: 0.9},
      // A projector is no project.
      {phrase: 'projekt*', weight: 0.3}, {phrase: 'projektor*', weight: 0}, {phrase: 'förslag*', weight: 0.7}, {phrase: 'erbjuder', weight: 0.8},
      {phrase: 'ersätter', weight: 0.8}, {phrase: 'nytt sätt', weight: 1.2}, {phrase: 'nu', weight: 0.2},
      {phrase: 'skickar', weight: 0.7}, {phrase: 'larmar', weight: 0.7}, {phrase: 'larm*', weight: 0.5},
      {phrase: 'påminn*', weight: 0.6}, {phrase: 'schema*', weight: 0.5}, {phrase: 'dela*', weight: 0.3}, {phrase: 'delaktig*', weight: 0},
      {phrase: 'rutt*', weight: 0.4}, {phrase: 'volontär*', weight: 0.3}, {phrase: 'ringer', weight: 0.5},
      {phrase: 'besöker', weight: 0.5}, {phrase: 'hembesök*', weight: 0.6}, {phrase: 'går igenom', weight: 0.5},
      {phrase: 'följer upp', weight: 0.6}, {phrase: 'startar', weight: 0.5}, {phrase: 'samlar', weight: 0.4},
      {phrase: 'vi startade', weight: 1.2}, {phrase: 'startade vi', weight: 1.2}, {phrase: 'vi har startat', weight: 1.2},
      {phrase: 'vi började', weight: 1.0}, {phrase: 'vi ändrade', weight: 1.2}, {phrase: 'ändrade', weight: 0.6},
      {phrase: 'vi inför', weight: 1.2}, {phrase: 'vi öppnar', weight: 1.1}, {phrase: 'vi öppnade', weight: 1.1},
      {phrase: 'vi testar', weight: 1.0}, {phrase: 'lånar ut', weight: 0.8}, {phrase: 'satte upp', weight: 0.6},
      {phrase: 'satte vi upp', weight: 1.0}, {phrase: 'mäter', weight: 0.5}, {phrase: 'våra sensorer', weight: 1.2}
    ],
    outcome: [
      {phrase: 'resultat*', weight: 1.1}, {phrase: 'minsk*', weight: 1.2}, {phrase: 'färre', weight: 1.2},
      {phrase: 'mindre', weight: 0.7}, {phrase: 'mer', weight: 0.3}, {phrase: 'fler', weight: 0.3},
      {phrase: 'ökade', weight: 0.9}, {phrase: 'ökar', weight: 0.8}, {phrase: 'ökning*', weight: 0.9},
      // An idea box's "förbättringsförslag" (suggestions for improvement) is no improvement yet.
      {phrase: 'förbättr*', weight: 1.0}, {phrase: 'förbättringsförslag*', weight: 0}, {phrase: 'förbättringskort*', weight: 0},
      {phrase: 'förbättringskanal*', weight: 0}, {phrase: 'förbättringstavl*', weight: 0}, {phrase: 'sparade', weight: 1.3}, {phrase: 'sparar', weight: 0.9},
      {phrase: 'sparat', weight: 1.1}, {phrase: 'besparing*', weight: 1.0}, {phrase: 'sjönk', weight: 1.3},
      {phrase: 'sjunkit', weight: 1.2}, {phrase: 'föll', weight: 1.0}, {phrase: 'steg', weight: 0.5},
      {phrase: 'växte', weight: 0.8}, {phrase: 'halver*', weight: 1.3}, {phrase: 'fördubbl*', weight: 1.0},
      {phrase: 'från', weight: 0.2}, {phrase: 'jämfört med', weight: 0.9}, {phrase: 'istället för', weight: 0.4},
      {phrase: 'nu', weight: 0.4}, {phrase: 'inte längre', weight: 1.4},
      // A lost ability is a problem, not an outcome: "hon kunde inte längre gå till biblioteket".
      {phrase: 'kan inte längre', weight: 0}, {phrase: 'kunde inte längre', weight: 0}, {phrase: 'inte längre kan', weight: 0},
      {phrase: 'inte längre kunde', weight: 0}, {phrase: 'inte längre hann', weight: 0}, {phrase: 'hann inte längre', weight: 0},
      {phrase: 'orkar inte längre', weight: 0}, {phrase: 'inte längre orkar', weight: 0}, {phrase: 'orkade inte längre', weight: 0},
      {phrase: 'inte längre orkade', weight: 0}, {phrase: 'klarar inte längre', weight: 0}, {phrase: 'inte längre klarar', weight: 0}, {phrase: 'igen', weight: 0.6},
      {phrase: 'efter', weight: 0.4}, {phrase: 'efteråt', weight: 1.0}, {phrase: 'inom', weight: 0.4},
      {phrase: 'så att', weight: 0.9}, {phrase: 'effekt*', weight: 0.9}, {phrase: 'nytta', weight: 0.8},
      {phrase: 'nyttan', weight: 0.8}, {phrase: 'utfall*', weight: 1.0}, {phrase: 'piloten visade', weight: 1.6},
      {phrase: 'testet visade', weight: 1.6}, {phrase: 'visade', weight: 1.0}, {phrase: 'visar att', weight: 0.8}, {phrase: 'ledde till', weight: 0.9},
      {phrase: 'resulterade i', weight: 1.2}, {phrase: 'vi såg att', weight: 1.0}, {phrase: 'vi märkte att', weight: 0.9}, {phrase: 'bekräftade', weight: 0.6}, {phrase: 'visar', weight: 0.6},
      {phrase: 'testade', weight: 0.7}, {phrase: 'testat', weight: 0.7}, {phrase: 'nöjd*', weight: 0.9},
      {phrase: 'återkoppling', weight: 0.6}, {phrase: 'snabbare', weight: 1.1}, {phrase: 'billigare', weight: 1.1},
      {phrase: 'säkrare', weight: 1.1}, {phrase: 'tryggare', weight: 1.1}, {phrase: 'enklare', weight: 0.9},
      {phrase: 'lättare', weight: 0.9}, {phrase: 'bättre', weight: 0.6}, {phrase: 'friskare', weight: 1.0},
      {phrase: 'gladare', weight: 1.0}, {phrase: 'kan nu', weight: 1.3}, {phrase: 'kan numera', weight: 1.3},
      {phrase: 'är nu', weight: 0.8}, {phrase: 'har nu', weight: 0.8}, {phrase: 'kommer att kunna', weight: 1.0},
      {phrase: 'självständig*', weight: 0.6}, {phrase: 'mål', weight: 0.6}, {phrase: 'målet', weight: 0.6},
      {phrase: 'syfte*', weight: 0.5}, {phrase: 'vision*', weight: 0.6}, {phrase: 'tänk dig', weight: 0.6},
      {phrase: 'per år', weight: 0.6}, {phrase: 'om året', weight: 0.6}, {phrase: 'per månad', weight: 0.5},
      {phrase: 'i månaden', weight: 0.5}, {phrase: 'ton', weight: 0.5}, {phrase: 'co2', weight: 0.5},
      {phrase: 'procent', weight: 0.6}, {phrase: 'procentenheter', weight: 0.8}, {phrase: 'lyckades', weight: 0.8},
      // A measuring device ("mätare", "mätutrustning") is what a change installs, not a measurement.
      {phrase: 'uppnå*', weight: 0.9}, {phrase: 'mät*', weight: 0.6}, {phrase: 'mätare*', weight: 0}, {phrase: 'mätsensor*', weight: 0},
      {phrase: 'mätstation*', weight: 0}, {phrase: 'mätteknik*', weight: 0}, {phrase: 'mätutrustning*', weight: 0}, {phrase: 'mätinstrument*', weight: 0}, {phrase: 'kortare', weight: 1.0},
      {phrase: 'lägre', weight: 0.8}, {phrase: 'högre', weight: 0.6}, {phrase: 'undvik*', weight: 0.6},
      // Skolformer, inte jämförelser.
      {phrase: 'högre utbildning*', weight: 0}, {phrase: 'högre studier', weight: 0},
      {phrase: 'förebygg*', weight: 0.6}, {phrase: 'frigör*', weight: 1.0}, {phrase: 'klarat sig', weight: 1.0},
      {phrase: 'klarar sig', weight: 0.9}, {phrase: 'tillbaka', weight: 0.3}, {phrase: 'i stället för', weight: 0.4},
      {phrase: 'kunde', weight: 0.5}, {phrase: 'har kunnat', weight: 1.0}, {phrase: 'för första gången', weight: 0.9},
      {phrase: 'sänkte', weight: 0.9}, {phrase: 'sänka', weight: 0.5}, {phrase: 'kvar', weight: 0.4}
    ],
    ask: [
      {phrase: 'vi ber', weight: 2.2}, {phrase: 'vi ber om', weight: 2.2}, {phrase: 'jag ber om', weight: 2.2},
      {phrase: 'ber om', weight: 1.6}, {phrase: 'vi vill att', weight: 1.3}, {phrase: 'jag vill att', weight: 1.3}, {phrase: 'vi söker', weight: 2.0},
      {phrase: 'vi letar efter', weight: 2.0}, {phrase: 'vi ansöker', weight: 2.0}, {phrase: 'vi behöver', weight: 1.0},
      // En nominering ber juryn ge priset: "Vi nominerar måltidsvärdarna till årets kvalitetspris", "Jag vill nominera Bengt …".
      {phrase: 'vi nominerar', weight: 2.2}, {phrase: 'jag nominerar', weight: 2.2}, {phrase: 'vill nominera', weight: 2.0}, {phrase: 'vill vi nominera', weight: 2.0},
      {phrase: 'jag söker', weight: 2.0}, {phrase: 'jag letar efter', weight: 2.0}, {phrase: 'jag ansöker', weight: 2.0}, {phrase: 'jag behöver', weight: 1.0},
      {phrase: 'behöver jag', weight: 1.0}, {phrase: 'behöver vi', weight: 1.0}, {phrase: 'söker vi', weight: 2.0}, {phrase: 'ansöker om', weight: 2.0},
      // A report's recommendation, as English "we recommend that": "Styrgruppen rekommenderar att … permanentas".
      {phrase: 'rekommenderar att', weight: 1.4}, {phrase: 'rekommenderar vi att', weight: 1.4},
      {phrase: 'vi bjuder in', weight: 1.8}, {phrase: 'vi vill gärna', weight: 1.2}, {phrase: 'vi skulle vilja', weight: 1.2},
      {phrase: 'vi vill', weight: 0.6}, {phrase: 'gå med', weight: 1.1}, {phrase: 'var med', weight: 1.3, opening: true},
      {phrase: 'följ med', weight: 1.0}, {phrase: 'hjälp oss', weight: 1.6}, {phrase: 'stöd oss', weight: 1.5},
      {phrase: 'stötta oss', weight: 1.5}, {phrase: 'finansier*', weight: 1.2}, {phrase: 'invester*', weight: 1.0},
      {phrase: 'bidrag', weight: 0.8}, {phrase: 'anslag', weight: 0.9}, {phrase: 'innovationsfond*', weight: 0.8},
      // A partner after a possessive is a spouse ("vårdar sin partner"), no partnership.
      {phrase: 'partner*', weight: 0.8}, {phrase: 'sin partner', weight: 0}, {phrase: 'sina partner', weight: 0}, {phrase: 'deras partner', weight: 0},
      {phrase: 'hennes partner', weight: 0}, {phrase: 'hans partner', weight: 0}, {phrase: 'min partner', weight: 0}, {phrase: 'en partner med', weight: 0},
      {phrase: 'sponsor*', weight: 1.0}, {phrase: 'sponsr*', weight: 1.0}, {phrase: 'kontakta', weight: 1.2}, {phrase: 'hör av er', weight: 1.5},
      {phrase: 'hör av dig', weight: 1.5}, {phrase: 'hör gärna av er', weight: 1.5}, {phrase: 'prata med oss', weight: 1.4}, {phrase: 'anmäl*', weight: 1.0},
      // Att be läsarna om synpunkter på en idé (ett foruminlägg, en blogg): "Tacksam för all feedback", "Jag skulle gärna få feedback", "Ärlig feedback önskas".
      {phrase: 'tacksam för all feedback', weight: 1.3}, {phrase: 'tacksam för feedback', weight: 1.3}, {phrase: 'få feedback', weight: 1.3},
      {phrase: 'feedback önskas', weight: 1.3}, {phrase: 'feedback uppskattas', weight: 1.3}, {phrase: 'synpunkter välkomnas', weight: 1.3}, {phrase: 'synpunkter uppskattas', weight: 1.3}, {phrase: 'tankar uppskattas', weight: 1.3}, {phrase: 'åsikter välkomnas', weight: 1.3},
      {phrase: 'låt oss', weight: 0.8}, {phrase: 'ge oss', weight: 1.5}, {phrase: 'er', weight: 0.4},
      {phrase: 'ni', weight: 0.3}, {phrase: 'du', weight: 0.3}, {phrase: 'beslut', weight: 0.6},
      {phrase: 'besluta*', weight: 0.7}, {phrase: 'fatta beslut', weight: 0.9}, {phrase: 'fattar ni beslut', weight: 1.4},
      {phrase: 'godkänn*', weight: 1.0}, {phrase: 'budget*', weight: 0.6}, {phrase: 'kronor', weight: 0.4},
      {phrase: 'kr', weight: 0.4}, {phrase: 'euro', weight: 0.4}, {phrase: 'begär', weight: 1.2},
      {phrase: 'vänligen', weight: 1.0}, {phrase: 'ställ upp', weight: 1.0}, {phrase: 'frivilliga', weight: 0.3},
      // Asking in the third person ("Förvaltningen … ber kommunstyrelsen avsätta 24 miljoner"), in the conditional
      // ("Vi skulle behöva lite pengar …") or by gratitude to come ("… vore vi väldigt tacksamma").
      {phrase: 'ber', weight: 1.2}, {phrase: 'vi hoppas', weight: 0.5}, {phrase: 'hoppas att', weight: 0.5}, {phrase: 'hoppas på', weight: 0.5}, {phrase: 'vi skulle behöva', weight: 1.2}, {phrase: 'tacksamma', weight: 0.8}, {phrase: 'tacksam', weight: 0.8},
      // "Föreningen söker 92 000 kronor", "Arrangörerna söker frivilliga": an organisation asking in the third
      // person, as "vi söker". Not those who seek something themselves ("unga som söker jobb", "när man söker
      // sommarjobb", "söker vård", "söker sig till").
      {phrase: 'söker', weight: 1.5}, {phrase: 'som söker', weight: 0}, {phrase: 'man söker', weight: 0}, {phrase: 'ständigt söker', weight: 0},
      {phrase: 'söker sig', weight: 0}, {phrase: 'söker vård', weight: 0}, {phrase: 'söker jobb', weight: 0},
      {phrase: 'söker arbete', weight: 0}, {phrase: 'söker sommarjobb', weight: 0}, {phrase: 'söker hjälp', weight: 0},
      // Publiken uppmanas att göra något, som meningens första ord (imperativ): "Swisha en gåva …", "Bli kulturkompis …".
      // Inte "stöd" ensamt: det inleder lika ofta en rubrik ("Stöd till anhöriga").
      // En handling som publiken kan göra direkt (swisha, skänk, rösta, skriv under, boka) är en tydlig begäran, som "vi ber om"
      // (1,6: vikten från vilken en uppmaning är specifik); "skriv", "hjälp" eller "engagera dig" öppnar bara en dörr.
      ...openingCues(1.6, ['swisha', 'skänk', 'rösta', 'skriv under', 'signera', 'boka', 'skicka in', 'lämna in', 'ansök', 'beställ', 'ladda ner', 'köp', 'anmäl dig', 'anmäl er']),
      // "Säg till", "berätta", "meddela" (tell us, let us know), as "tell us" and "kerro" in English and Finnish:
      // "Säg till mig senast på fredag om ni vill vara med", "Berätta vad du tycker i medborgardialogen …".
      ...openingCues(1.3, [
        'ge', 'bli', 'kom', 'skriv', 'dela', 'följ', 'hjälp', 'stötta', 'ring',
        'mejla', 'maila', 'tipsa', 'besök', 'engagera dig', 'läs mer', 'säg till', 'berätta', 'meddela'
      ]),
      // En begäran som fråga, i meningens första ord: "Vill er förening vara med?", "Kan någon från IT titta på det?".
      // Inte "kan vi", som inleder retoriska frågor, och inte "kan ni tänka er".
      ...openingCues(1.6, ['kan ni', 'skulle ni', 'kan någon']),
      // En skriftlig fråga eller interpellation frågar den den ställs till: "Avser ministern att ta initiativ till …?",
      // "Kan kommunen bygga ett övergångsställe här?".
      ...openingCues(1.6, [
        'avser ministern', 'avser statsrådet', 'avser regeringen', 'avser kommunstyrelsen', 'avser nämnden', 'avser kommunen', 'avser regionen',
        'kan kommunen', 'kan nämnden', 'kan regionen'
      ]),
      ...openingCues(1.3, ['vill ni', 'vill du', 'vill er']),
      {phrase: 'kan ni tänka er', weight: 0}
    ]
  },
  // "kunde" is left out: in Swedish it is more often the past "was able to"
  // (a result) than the conditional "could".
  prepositions: ['i', 'på', 'för', 'med', 'från', 'av', 'under', 'efter', 'före', 'genom', 'utan', 'till', 'om', 'hos', 'vid', 'inom', 'bland', 'mot', 'kring', 'via', 'per'],
  possessives: ['min', 'mitt', 'mina', 'din', 'ditt', 'dina', 'hans', 'hennes', 'deras', 'vår', 'vårt', 'våra'],
  articles: ['en', 'ett', 'den', 'det', 'de', 'varje', 'alla', 'några', 'många', 'denna', 'detta', 'dessa', 'deras', 'vår', 'vårt', 'våra', 'sin', 'sitt', 'sina', 'hans', 'hennes', 'min', 'mitt', 'mina', 'din', 'ditt', 'dina'],
  leading: ['en', 'ett', 'den', 'det', 'de', 'varje', 'alla', 'några', 'denna', 'detta', 'dessa', 'om', 'att', 'som', 'när', 'där', 'eftersom', 'medan', 'är', 'var', 'har', 'hade', 'ska', 'kan', 'kunde', 'skulle', 'inte', 'deras', 'vår', 'vårt', 'våra', 'sin', 'sitt', 'sina', 'hans', 'hennes'],
  purpose: ['så att', 'för att', 'därigenom', 'därmed', 'vilket', 'i syfte att', 'med syfte att', 'som ska'],
  counterfactuals: ['skulle annars', 'annars skulle', 'skulle aldrig ha', 'skulle ha varit', 'hade annars'],
  // Not `planer*`, nor a plan as a thing: "planeringen" (the planning), "planerare" (a planner) and "Personalen
  // planerar passen" are no aim; planning to do something is ("planerar att", "planen är att", "planeras").
  aims: [
    'ska', 'skall', 'kommer att', 'skulle', 'skulle kunna', 'vill', 'mål', 'målet', 'målsättning*', 'syfte*', 'hoppas',
    'förhoppning*', 'planerar att', 'planerar vi att', 'planerat att', 'planen är att', 'planeras', 'planerad', 'avser', 'avsikt*', 'vision*', 'tänk dig', 'borde', 'bör',
    'förvänt*', 'potential*', 'kan komma att', 'eventuellt', 'beräknas', 'beräknar', 'räknar med', 'räknar vi med'
  ],
  compoundRest: 4,
  // People a compound ends in: "barnfamiljer", "gymnasieelever", "kol-patienter", "lantbrukare", "mattelärare",
  // "lungsjuksköterskor", "nattpersonalen", "färdtjänstresenärer", "stamkunder", "trebarnsmamma". Not "boende"
  // ("omsorgsboende" is a home), nor "grann" ("noggrann", careful).
  compoundHeads: [
    'familj*', 'elev*', 'patient*', 'företagar*', 'brukare', 'brukaren', 'brukarna', 'lärar*', 'lärare', 'läkar*',
    'läkare', 'skötersk*', 'personal*', 'student*', 'resenär*', 'föräldr*', 'barn*', 'besökar*', 'handläggar*',
    'medlem*', 'kund', 'kunden', 'kunder', 'kunderna', 'anställd*', 'medarbetar*', 'förare', 'förarna',
    'chaufför*', 'pendlare', 'pendlarna', 'ungdom*', 'kvinnor*', 'mamm*', 'pappa*', 'deltagar*', 'invånar*',
    'pensionär*', 'hushåll*', 'forskar*', 'volontär*', 'bibliotekari*', 'rektor*', 'åring*', 'bror', 'granne',
    'grannar*'
  ],
  // Compounds whose head is as short as an ending, so `compoundRest` lets them through: a school street, way,
  // meal, kitchen, night, day, year, bus, yard, holiday or hours, a pupils' council, support for relatives, research
  // time, a doctor's or case officer's appointment, staff time, a patient's journey, childhood, a pram, a children's
  // cinema, entrepreneurship and homelessness.
  notPeople: [
    'skolgat*', 'skolväg*', 'skolmat*', 'skolkök*', 'skolnatt*', 'skoldag*', 'skolår*', 'skolbuss*', 'skolgård*',
    'skollov*', 'skoltid*', 'skolgång*', 'förskoledag*', 'elevråd*', 'anhörigstöd*', 'forskartid*', 'läkartid*',
    'handläggartid*', 'personaltid*', 'patientresa*', 'barndom*', 'barnvagn*', 'barnbio*', 'entreprenörskap*',
    'hemlöshet*',
    // "-skap" makes an abstract noun of a role (membership, leadership, parenthood), and "pendlar" is the verb
    // "commutes": the commuter is "pendlare", "pendlarna".
    'medarbetarskap*', 'medlemskap*', 'föräldraskap*', 'ledarskap*', 'värdskap*', 'pendlar',
    // A compound's people head that runs on into another word: a block of flats ("flerfamiljshus").
    'familjshus*',
    // Compounds of "skola" and "bibliotek" whose head is as short as an ending: a school fund, cat or air, a
    // preschool kitchen, library loans.
    'skolfond*', 'skolkat*', 'skolluft*', 'förskolekök*', 'bibliotekslån*'
  ],
  units: [
    '%', 'procent', 'procentenhet*', '€', 'euro', 'eur', 'kr', 'kronor', 'sek', 'tkr', 'mkr', 'miljon*', 'miljard*',
    'minut*', 'min', 'timm*', 'tim', 'h', 'dag*', 'dygn*', 'veck*', 'månad*', 'år*', 'km', 'kilometer', 'mil',
    'meter', 'm', 'kg', 'kilo', 'ton', 'kwh', 'mwh', 'co2', 'resor', 'besök', 'samtal', 'personer', 'invånar*',
    'patienter', 'elever', 'gånger', 'sekunder', 'nätter', 'måltider', 'platser', 'steg', 'st', 'k', 'm²', 'kvm',
    'kvadratmeter'
  ],
  // Preterite and perfect (`pastTense` in types.ts: read only after the story's turn, and for the team's
  // turn). Common strong and weak preterites in full; the passive preterite by its ending ("genomfördes",
  // "halverades", "byttes"); "har"/"hade" with a supine within three words ("har minskat", "har inte
  // kunnat", "har bytts ut"). The active "-ade" is not an ending here: it is as often a participle before
  // a noun ("registrerade kunder", "begränsade resurser").
  pastTense: {
    forms: [
      'var', 'blev', 'gick', 'kom', 'fick', 'såg', 'tog', 'gav', 'sa', 'sade', 'hade', 'gjorde', 'kunde', 'ville',
      'fanns', 'satt', 'stod', 'låg', 'drog', 'bröt', 'föll', 'fann', 'slog', 'sjöng', 'skrev', 'drack', 'åt', 'höll',
      'lät', 'vann', 'försvann', 'steg', 'sjönk', 'for', 'visste', 'sålde', 'köpte', 'behövde', 'började', 'slutade',
      'svarade', 'berättade', 'ökade', 'minskade', 'valde', 'hjälpte', 'träffade', 'startade', 'kostade', 'tyckte',
      'trodde', 'märkte', 'kände', 'ringde', 'hörde', 'lärde', 'lånade', 'besökte', 'deltog', 'genomförde', 'införde',
      'byggde', 'skapade', 'ordnade', 'samlade', 'fortsatte', 'flyttade', 'använde', 'testade', 'provade', 'bjöd'
    ],
    endings: ['-ades', '-des', '-tes'],
    auxiliaries: ['har', 'hade'],
    participles: ['at', 'it', 'tt', 'ats', 'its', 'tts'],
    reach: 3,
    // Nouns, adjectives and possessives that end like a supine: "har rätt till", "har gott om", "har sitt kontor",
    // "har bra resultat"; "således" and a genitive ("ett områdes") end like a passive preterite.
    // A leading "-" makes an entry an ending, for compounds ("arbetsplats", "skolresultat").
    exceptions: [
      '-rätt', 'lätt', 'gott', 'nytt', 'mitt', 'sitt', 'ditt', '-natt', '-plats', '-resultat', '-mandat', '-format',
      '-klimat', 'privat', 'separat', '-kandidat', '-kamrat', '-automat', '-kredit', '-elit', '-ledes', '-områdes',
      '-mötes'
    ]
  },
  // Read only after the story's turn, in a sentence without an aim word or the team as its subject.
  // A sentence that opens with one of these dates when what the pitch runs began: it turns the story.
  started: [
    'sedan januari', 'sedan februari', 'sedan mars', 'sedan april', 'sedan maj', 'sedan juni', 'sedan juli',
    'sedan augusti', 'sedan september', 'sedan oktober', 'sedan november', 'sedan december', 'sedan i januari',
    'sedan i februari', 'sedan i mars', 'sedan i april', 'sedan i maj', 'sedan i juni', 'sedan i juli',
    'sedan i augusti', 'sedan i september', 'sedan i oktober', 'sedan i november', 'sedan i december',
    'sedan i våras', 'sedan i somras', 'sedan i höstas', 'sedan i vintras', 'sedan förra', 'sedan 20*'
  ],
  afterState: {
    words: ['nu', 'numera', 'nuförtiden', 'i dag', 'idag', 'igen', 'för första gången', 'äntligen', 'inte längre', 'hittills', 'sedan starten'],
    elapsed: {
      lead: ['efter', 'under första', 'under det första', 'under den första', 'under de första', 'under hela'],
      units: ['år', 'året', 'åren', 'månad*', 'vecka', 'veckan', 'veckor*', 'termin*', 'halvår*', 'läsår*', 'säsong*', 'sommar*', 'vinter*', 'våren', 'hösten']
    },
    except: ['just nu', 'fram till nu', 'tills nu', 'nu och då']
  },
  noLack: ['eller ej', 'eller inte', 'ingen behöver', 'ingen av dem behöver', 'behöver inte', 'inte behöver', 'behöver aldrig', 'aldrig behöver', 'inte längre behöver', 'behöver inte längre', 'slipper', 'utan att behöva'],
  // "mindre" is left out: it is as often "smaller" ("de mindre kommunerna") as "less".
  announcedParts: ['saker', 'delar', 'steg', 'sätt', 'komponenter', 'pelare', 'förändringar', 'faser', 'principer', 'moment'],
  selfIntroductions: ['jag heter', 'jag är', 'mitt namn är'],
  selfRoles: ['jag jobbar som', 'jag arbetar som', 'jag har arbetat som', 'jag har jobbat som', 'jag har varit'],
  teamIntroductions: ['vi är'],
  selfAge: {copulas: ['är'], suffixes: ['-åring', '-årig']},
  agePeople: ['#-åring*'],
  ageBounds: ['över', 'under'],
  openingLeads: {polite: ['vänligen', 'snälla'], conditional: ['om']},
  ageWords: ['år', 'äldre', 'uppåt', 'yngre'],
  motions: {
    phrases: ['föreslår att', 'föreslår jag att', 'föreslår vi att', 'rekommenderar att', 'rekommenderar vi att', 'yrkar att', 'yrkar jag att', 'yrkar vi att'],
    bodies: [
      'kommunen', 'fullmäktige', 'styrelse', 'styrelsen', 'nämnden', 'regionen', 'staden', 'ledningen', 'förvaltningen', 'regeringen', 'riksdagen',
      'kliniken', 'sjukhuset', 'stiftelsen', 'bolaget', 'föreningen', 'juryn', 'styrgruppen', 'ledningsgruppen', 'stämman', 'mötet', 'regioner', 'kommuner'
    ],
    openings: ['att']
  },
  relief: {
    before: ['färre', 'minsk*', 'halver*', 'lägre', 'förebygg*', 'kortare', 'förkort*', 'motverka*', 'lös', 'löser', 'lösa', 'löste', 'lösning*', 'tackla*', 'älskar'],
    after: ['minskade', 'minskat', 'minskar', 'sjönk', 'sjunkit', 'sjunker', 'halverades', 'halverats', 'halverat', 'kortades', 'försvann', 'försvunnit']
  },
  worsening: {
    rising: [
      'steg', 'stigit', 'stiger', 'stigande', 'ökade', 'ökat', 'ökar', 'ökad', 'ökande', 'växer', 'växte', 'vuxit', 'växande',
      'fördubblats', 'fördubblades', 'fördubblat', 'gick upp', 'gått upp', 'går upp', 'högre', 'förvärrats', 'förvärrades', 'sämre'
    ],
    burdens: [
      'kostnad*', 'värmekostnad*', 'fjärrvärmekostnad*', 'energikostnad*', 'elkostnad*', 'hyreskostnad*', 'avgift*', 'hyra', 'hyran', 'hyror', 'hyrorna', 'pris', 'priset', 'priser', 'priserna', 'räkning*', 'elräkning*',
      'dödlighet*', 'dödsfall*', 'skuld', 'skulden', 'skulder*'
    ]
  },
  negations: ['inte', 'ej', 'icke', 'aldrig', 'utan', 'ingen', 'inget', 'inga', 'ingenting', 'ingenstans', 'varken', 'saknar', 'saknas', 'brist*', 'knappt', 'sällan'],
  // "upp" and "ner" compare only as a change of level ("har gått ner från 16 till 9", "gått upp tre kilo"), not in
  // "satte upp", "laddar upp" or "upp till 40 min".
  comparatives: ['från', 'till', 'färre', 'mindre', 'mer', 'fler', 'gått ner', 'gick ner', 'går ner', 'gått ned', 'gick ned', 'gått upp', 'gick upp', 'går upp', 'upp från', 'ner från', 'minsk*', 'sänk*', 'sjönk', 'sjunk*', 'steg', 'ökade', 'ökat', 'ökar', 'halver*', 'fördubbl*', 'än', 'istället', 'i stället', 'jämfört'],
  pairedComparatives: ['från', 'till'],
  versusComparatives: ['mot', 'gentemot'],
  notComparatives: ['mer än', 'fler än', 'mindre än', 'färre än', 'inte mer än'],
  clock: {before: ['kl', 'klockan']},
  timeOfDay: [
    'måndag*', 'tisdag*', 'onsdag*', 'torsdag*', 'fredag*', 'lördag*', 'söndag*', 'vardag*', 'helg*', 'morgon', 'morgnar*',
    'förmiddag*', 'eftermiddag*', 'kväll*', 'natt*', 'nätter*', 'dagligen', 'öppet', 'öppettid*', 'bemannad*', 'kl', 'klockan'
  ],
  // Common Swedish given names that compromise's lexicon does not know (names.ts).
  givenNames: swedishGivenNames,
  nameEndings: ['s'],
  locatives: ['i', 'på'],
  placeLocatives: ['i'],
  copulas: ['är', 'var'],
  // Single words. "en" and "ett" (one) are left out: they are the articles.
  numberWords: [
    'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton',
    'sjutton', 'arton', 'nitton', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio', 'hundra', 'hundratals', 'tusen', 'tusentals', 'miljon', 'miljoner', 'miljard', 'miljarder',
    'dussin', 'dussintals', 'halv', 'halva', 'hälften', 'tredjedel', 'tredjedelen', 'fjärdedel', 'fjärdedelen',
    'tredje', 'fjärde', 'femte', 'tionde', 'dubbelt', 'dubbla', 'tredubbla', 'båda', 'bägge'
  ],
  // Headings and prompts that open a section ("Bakgrund", "Vår lösning", "Så gör vi", "Vad vi behöver").
  frame: {
    labels: [
      'sökande', 'inskickad av', 'insänd av', 'upprättad av', 'författare', 'finansiär', 'finansieras av', 'projektperiod', 'projekttid',
      'period', 'datum', 'kontaktperson', 'projektägare', 'projektledare', 'organisation'
    ],
    phrases: [
      'grundades', 'bildades', 'leds av', 'drivs av', 'projektet pågår', 'projektet pågick', 'projektet har pågått', 'projektet löper',
      'piloten pågår', 'piloten pågick', 'har erfarenhet', 'har lång erfarenhet'
    ]
  },
  neutralSections: ['inledning', 'introduktion', 'sammanfattning', 'projektsammanfattning', 'översikt', 'om oss', 'om projektet', 'innehåll', 'kontakt', 'kontaktuppgifter', 'bilaga', 'bilagor', 'referenser', 'tidplan'],
  sections: {
    problem: ['problem*', 'utmaning*', 'bakgrund*', 'varför', 'behov*', 'nuläge*', 'i dag', 'idag', 'situation*', 'utgångsläge*'],
    change: ['lösning*', 'vår lösning', 'idé*', 'vår idé', 'så gör vi', 'så fungerar det', 'hur', 'metod*', 'arbetssätt*', 'förslag*', 'projekt*', 'produkt*', 'vad vi gör', 'vad vi föreslår', 'vad vi gjorde', 'vad vi har gjort', 'genomförande', 'funktioner', 'aktiviteter', 'genomförda aktiviteter', 'vad vill ni göra', 'vad ska ni göra', 'vad vi ska göra'],
    outcome: ['resultat*', 'effekt*', 'nytta', 'nyttan', 'mål', 'målet', 'målen', 'utfall*', 'vad förändras', 'efteråt', 'uppföljning', 'vad hände', 'det har gett', 'det ger', 'vad vi har sett', 'fördelar'],
    ask: ['vad vi behöver', 'vi behöver', 'vi söker', 'vi letar efter', 'vår begäran', 'begäran', 'budget*', 'finansiering*', 'medfinansiering', 'sökt belopp', 'ansökt belopp', 'totalt sökt belopp', 'sökt belopp totalt', 'sökt summa', 'sökt bidrag', 'sökta pengar', 'belopp som söks', 'summa som söks', 'belopp', 'kostnader', 'nästa steg', 'ansökan', 'så kan ni hjälpa', 'vad vi ber om', 'var med', 'kontakt*', 'det vi ber om', 'ber om', 'be er om', 'sökta medel', 'hur mycket', 'vad behöver ni', 'vad behöver du', 'vad behövs', 'vad som behövs', 'vad jag behöver', 'det vi behöver', 'förslag till beslut', 'beslutsförslag*']
  },
  // A form line that states the amount applied for ("Sökt belopp: 45 000 kr") is the ask.
  amountLabels: [
    'sökt belopp', 'ansökt belopp', 'sökt summa', 'sökt bidrag', 'sökta medel', 'belopp som söks', 'summa som söks',
    'totalt sökt belopp', 'sökt belopp totalt', 'vi söker', 'belopp', 'begäran', 'vår begäran'
  ],
  currencies: ['kronor', 'krona', 'kr', 'sek', 'msek', 'mkr', 'tkr', 'euro', 'euros', 'eur', 'dollar', 'dollars'],
  // En öppen begäran: en resa, en vision, nästa steg, att växa ("partners som delar vår vision"), eller bara
  // "partners", "sponsorer" eller "allt stöd" utan belopp eller tid ("Vi söker partners!").
  openEnded: ['resan', 'resa', 'vision', 'visionen', 'vår vision', 'nästa steg', 'växa', 'växer', 'tillväxt*', 'partners', 'samarbetspartner*', 'sponsorer', 'allt stöd'],
  // When, in words: an ask that says when is specific ("testa det efter sportlovet"). Not "i vår" (this
  // spring), which is as often "i vår kommun" (in our municipality).
  times: [
    'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november',
    'december', 'måndag*', 'tisdag*', 'onsdag*', 'torsdag*', 'fredag*', 'lördag*', 'söndag*', 'våren', 'våras',
    'nästa vår', 'till våren', 'hösten', 'i höst', 'sommaren', 'i sommar', 'vintern', 'i vinter', 'vårterminen',
    'höstterminen', 'nästa termin', 'sportlovet', 'höstlovet', 'jullovet', 'påsklovet', 'sommarlovet', 'nästa vecka',
    'nästa månad', 'nästa år', 'nästa läsår', 'nästa säsong', 'i år', 'årsskiftet', 'imorgon', 'i morgon', 'ikväll',
    'i kväll'
  ],
  // Att be om en summa i tredje person, i passiv eller genom att uppmana ("Föreningen söker 38 500 kronor",
  // "Projektet behöver 450 000 kronor", "uppmanar vi kommunstyrelsen att avsätta 1,4 miljoner kronor"); bara
  // bredvid en summa pengar (se profiltypen): "söker" ensamt söker också medlemmar eller bostad.
  amountVerbs: ['söker', 'ansöker', 'begär', 'uppmanar', 'kunna bidra med', 'avsätta', 'anslå', 'bevilja', 'behöver'],
  // Words that make the group after them one person (a hero question then asks who that person is), and the
  // words of a share after the group, before a number ("en av tre", "en på tio"), which keep it a group.
  onePerson: {words: ['en', 'ett', 'denna', 'denne'], shares: ['av', 'på']},
  helpers: ['volontär', 'frivillig', 'personal', 'medarbetar', 'anställd', 'mentor', 'ledar', 'tränare', 'handledar', 'musiker', 'kolleg'],
  // Imperatives that ask the reader to act when they open the sentence or a clause (opening ask cues).
  imperatives: ['prova', 'anmäl', 'skicka', 'reservera', 'skapa', 'bjud in', 'fråga', 'välj', 'registrera', 'lämna', 'fyll i', 'testa', 'låna', 'häng med', 'delta', 'ta med', 'sätt upp', 'ställ ut', 'titta in', 'kika in', 'skanna', 'hämta', 'ta kontakt', 'anslut', 'sms:a', 'donera', 'hjälp till'],
  askChannels: [
    'listan', 'lista', 'listor', 'formuläret', 'formulär', 'formuläret nedan', 'webbplats*', 'hemsida*', 'länk*', 'e-post', 'epost', 'mejl*', 'mail*',
    'dm', 'receptionen', 'ring mig', 'ring oss', 'sms:a', 'swisha', 'swish'
  ],
  style: {
    // "typ" and "liksom" hedge as well as fill; they are listed once, as
    // fillers, so a pitch gets one finding for them, not two.
    hedges: [
      'kanske', 'ganska', 'väldigt', 'lite', 'rätt så', 'vi tror', 'vi tycker', 'vi hoppas', 'vi känner', 'jag tror',
      'jag tycker', 'förhoppningsvis', 'eventuellt', 'möjligen', 'möjligtvis', 'troligen', 'troligtvis',
      'antagligen', 'nog', 'i viss mån', 'på sätt och vis', 'mer eller mindre', 'det verkar', 'verkar', 'tycks',
      'relativt', 'tämligen', 'någorlunda', 'vi försöker', 'försöka', 'jättebra', 'supermycket'
    ],
    degreeHedges: ['ganska', 'väldigt', 'lite', 'rätt så', 'i viss mån', 'på sätt och vis', 'mer eller mindre', 'relativt', 'tämligen', 'någorlunda', 'jättebra', 'supermycket'],
    buzzwords: [
      'disruptiv*', 'synergi*', 'världsklass', 'revolutionerande', 'revolutionera*', 'banbrytande', 'innovativ*',
      'unik*', 'världsunik*', 'holistisk*', 'skalbar*', 'ekosystem*', 'sömlös*', 'gamechanger', 'game changer',
      'ta det till nästa nivå', 'nästa nivå', 'spjutspets*', 'state of the art', 'cutting edge', 'paradigmskifte*',
      'värdeskapande', 'framtidssäkr*', 'helhetsgrepp', 'helhetslösning*', 'one-stop-shop', 'ai-driven*',
      'ai-baserad*', 'datadriven*', 'nyskapande', 'transformativ*', 'kraftfull*', 'robust*', 'möjliggörare',
      'vinn-vinn', 'win-win', 'i framkant', 'utanför boxen', 'lågt hängande frukt*', 'empowerment', 'smart stad'
    ],
    vague: [
      'många', 'en massa', 'massa', 'massor', 'massor av', 'flera', 'några', 'en del', 'mycket', 'ofta',
      'en stor del', 'de flesta', 'otaliga', 'ett antal', 'ett flertal', 'åtskilliga', 'betydande', 'avsevärt',
      'avsevärd*', 'enorm*', 'jättemånga', 'väldigt många', 'en majoritet', 'majoriteten', 'ett stort antal',
      'ett litet antal', 'dramatiskt', 'kraftigt', 'allt fler', 'allt mer'
    ],
    // Spoken-Swedish fillers. "ju" is a modal particle ("det vet ni ju") and
    // "alltså" also means "therefore": in a text meant to be said aloud both
    // usually add nothing, but a careful writer can use them on purpose.
    fillers: [
      'typ', 'liksom', 'alltså', 'ba', 'asså', 'faktiskt', 'verkligen', 'helt enkelt', 'ju', 'eh', 'öh', 'hm',
      'på något sätt', 'så att säga', 'i princip', 'egentligen', 'i grund och botten', 'som sagt', 'eller hur'
    ],
    // Plain Swedish (klarspråk): the stiff word, then everyday ones. These are
    // the pairs Swedish plain-language advice keeps returning to (Språkrådet's
    // Myndigheternas skrivregler and the klarspråk work that the Language Act,
    // SFS 2009:600 §11, asks of public bodies); the list is our own.
    simpler: {
      'i syfte att': ['för att'], utnyttja: ['använda'], utnyttjar: ['använder'], erhålla: ['få'],
      erhåller: ['får'], erhållit: ['fått'], tillhandahålla: ['ge', 'erbjuda'], tillhandahåller: ['ger', 'erbjuder'],
      beträffande: ['om'], angående: ['om'], 'i dagsläget': ['nu'], 'för närvarande': ['nu'], 'i nuläget': ['nu'],
      implementera: ['införa'], implementerar: ['inför'], implementering: ['införande'], 'med avseende på': ['om'],
      därutöver: ['dessutom'], emedan: ['eftersom'], 'i enlighet med': ['enligt'], föreligger: ['finns'],
      inneha: ['ha'], innehar: ['har'], påbörja: ['börja'], påbörjar: ['börjar'], tillse: ['se till'],
      'äga rum': ['hända', 'vara'], 'med anledning av': ['på grund av', 'eftersom'], 'i händelse av': ['vid', 'om'],
      samtliga: ['alla'], erforderlig: ['nödvändig'], erforderliga: ['nödvändiga'], optimera: ['förbättra'],
      funktionalitet: ['funktion'], metodik: ['metod'], initiera: ['starta', 'börja'], initierar: ['startar'],
      'ett stort antal': ['många (säg hur många)'], 'vid ett senare tillfälle': ['senare'],
      'förutsatt att': ['om'], 'i form av': ['som'], därest: ['om'], likaledes: ['också'], ånyo: ['igen'],
      torde: ['bör', 'lär'], dylik: ['sådan'], dylika: ['sådana'], verkställa: ['genomföra', 'göra'],
      facilitera: ['underlätta', 'hjälpa'], adressera: ['ta upp', 'lösa'], effektuera: ['genomföra'],
      tillämpa: ['använda'], tillämpar: ['använder'], 'på grund av att': ['eftersom'],
      'ett flertal': ['flera (säg hur många)'], 'i samband med': ['vid', 'när']
    },
    // The periphrastic passive (bli + participle). "blir" + adjective
    // ("blir bättre") is not a passive: the analyser must want a participle.
    passiveAuxiliaries: ['blir', 'blev', 'bli', 'blivit'],
    // Endings, without a hyphen. The s-passive is ambiguous: "-as", "-s", "-ades" and "-ats" also end
    // deponent verbs (hoppas, finnas, lyckas, lyckades, andades), genitives
    // (kommunens, Andreas) and nouns (plats, gas). Only the endings of the
    // -era verbs are kept: "implementeras", "prioriterades", "publicerats" are
    // passives nearly always, and they are the bureaucratic ones a pitch
    // should lose. A present s-passive such as "skrivs ut" is not found.
    passiveEndings: ['eras', 'erades', 'erats'],
    // Participles after "blir/blev/bli/blivit" that make a passive ("blev
    // utskriven", "blir drabbad"): listed, because the analyser cannot tell a
    // Swedish participle from an adjective ("blir bättre") by its ending.
    irregularParticiples: [
      'gjord', 'gjort', 'gjorda', 'byggd', 'byggt', 'byggda', 'skriven', 'skrivet', 'skrivna', 'utskriven',
      'utskrivet', 'utskrivna', 'inskriven', 'inlagd', 'inlagda', 'godkänd', 'godkänt', 'godkända', 'beviljad',
      'beviljat', 'beviljade', 'antagen', 'antaget', 'antagna', 'vald', 'valt', 'valda', 'sedd', 'sett', 'sedda',
      'hörd', 'hört', 'tagen', 'taget', 'tagna', 'given', 'givet', 'givna', 'kallad', 'kallat', 'kallade',
      'tvingad', 'tvingat', 'tvingade', 'lämnad', 'lämnat', 'lämnade', 'stoppad', 'stoppat', 'startad', 'startat',
      'kontaktad', 'kontaktat', 'informerad', 'informerat', 'informerade', 'inbjuden', 'inbjudet', 'inbjudna',
      'anställd', 'anställt', 'anställda', 'behandlad', 'behandlat', 'behandlade', 'bemött', 'bemötta', 'drabbad',
      'drabbat', 'drabbade', 'placerad', 'placerat', 'placerade', 'flyttad', 'flyttat', 'flyttade', 'skickad',
      'skickat', 'skickade', 'nekad', 'nekat', 'nekade', 'ignorerad', 'ignorerat', 'glömd', 'glömt', 'glömda',
      'finansierad', 'finansierat', 'finansierade', 'genomförd', 'genomfört', 'genomförda', 'införd', 'infört',
      'införda', 'utvecklad', 'utvecklat', 'utvecklade', 'testad', 'testat', 'testade', 'mött', 'hämtad', 'hämtat',
      'ombedd', 'ombett', 'ombedda', 'sparkad', 'uppsagd', 'uppsagda', 'diagnostiserad', 'medicinerad', 'vårdad'
    ]
  },
  readability: 'lix',
  // Swedish speech runs at about the same syllable rate as English, but
  // Swedish words are a little longer (compounds are written as one word):
  // 140 words a minute is a calm pace. An estimate; override it with
  // `speakingTime.wordsPerMinute`.
  wordsPerMinute: 140,
  messages: {
    reasons: {
      'story-problem': 'Problemet {0}: säg vem som drabbas av vad, hur ofta och vad det kostar',
      'story-hero': 'Huvudpersonen {0}: nämn personen eller gruppen vars vardag förändras',
      'story-change': 'Förändringen {0}: säg vad ni gör annorlunda',
      'story-outcome': 'Resultatet {0}: säg med en siffra vad som är annorlunda efteråt',
      'story-ask': 'Begäran {0}: säg vad ni vill ha av just den här publiken',
      'story-order-change': 'Lösningen kommer innan något problem har beskrivits',
      'story-order-outcome': 'Ett resultat kommer före förändringen som ger det',
      'team-as-hero': 'Teamet står i centrum: `vi` {0} gånger, de ni arbetar för {1}',
      'hard-sentence': 'Svårläst mening ({0})',
      'long-sentence': 'Lång mening: {0} ord, fler än {1}',
      passive: 'Passiv form `{0}`: säg vem som gör något',
      hedge: 'Garderingen `{0}` försvagar påståendet',
      simpler: 'Välj ett enklare ord än `{0}`',
      buzzword: 'Modeordet `{0}` säger inte mycket',
      'vague-quantity': 'Oprecis mängd `{0}`: ge en siffra',
      filler: 'Fyllnadsordet `{0}` äter upp er tid',
      'over-time': 'Pitchen tar ungefär {0} sekunder att säga, {1} sekunder mer än de {2} sekunder ni har'
    },
    notes: {
      'story-problem': 'En jury engagerar sig i problemet innan den bryr sig om lösningen. Vem har problemet, hur ofta, och vad kostar det?',
      'story-hero': 'Berättelser följer en människa. Nämn en person (Maria, 84) eller en konkret grupp (undersköterskor på nattskift), inte teamet.',
      'story-change': 'Förändringen är vändpunkten: vad blir annorlunda tack vare er?',
      'story-outcome': 'Visa läget efteråt: före → efter, med en siffra och en enhet.',
      'story-ask': 'Avsluta med en konkret begäran: pengar, en pilot, en partner eller ett beslut, med belopp eller datum.',
      'story-order': 'Först problemet, sedan förändringen, sist resultatet: lyssnaren behöver känna problemet innan lösningen blir begriplig.',
      'team-as-hero': 'Gör dem ni arbetar för till subjekt i meningarna; teamet är mentorn, inte hjälten.',
      'hard-sentence': 'Dela meningen, eller välj kortare och vanligare ord: den som lyssnar kan inte läsa om.',
      'long-sentence': 'En mening som sägs högt ska räcka ett andetag. Dela den i två.',
      passive: 'Aktiv form visar vem som gör vad, och det gör berättelsen konkret.',
      hedge: 'Säg det ni vet; där ni är osäkra, säg vad ni ska testa.',
      simpler: 'Vardagliga ord förstås snabbare av en jury som lyssnar.',
      buzzword: 'Byt etiketten mot fakta: vad exakt är nytt, för vem, och hur mäts det?',
      'vague-quantity': 'En siffra övertygar där ”många” inte gör det: hur många, av hur många?',
      filler: 'Stryk det: varje sekund räknas.',
      'over-time': 'Stryk ord eller välj en längre tid: en jury slutar lyssna när tiden är ute.'
    },
    status: {weak: 'behöver bli tydligare', missing: 'saknas'},
    elements: {problem: 'problem', hero: 'huvudperson', change: 'förändring', outcome: 'resultat', ask: 'begäran'},
    missing: {
      problem: 'Vad går fel i dag, för vem och hur ofta? Vad kostar det dem?',
      hero: 'Vem är en person vars liv det här förändrar – vad heter hon, och hur ser hennes dag ut?',
      change: 'Vad gör ni konkret annorlunda, och vad är det första en användare märker?',
      outcome: 'Vad är annorlunda om ett år, och vilken siffra visar det?',
      ask: 'Vad vill ni ha av den här publiken i dag: pengar, en pilot, en partner eller ett beslut – och hur mycket?'
    },
    weak: {
      problem: 'Du skriver ”{0}” – hur ofta händer det, hur många drabbas och vad kostar det?',
      hero: 'Du skriver ”{0}” – vem är en av dem, och vad kostar problemet henne?',
      change: 'Du skriver ”{0}” – hur ser det ut i praktiken, steg för steg?',
      outcome: 'Du skriver ”{0}” – hur ska ni mäta det, och vad är siffran i dag?',
      ask: 'Du skriver ”{0}” – vad exakt ber ni om, av vem, hur mycket och till när?'
    },
    one: 'Du skriver ”{0}” – vem är det, och vad kostar problemet den personen?',
    reported: 'Du skriver ”{0}” – vad är annorlunda för dem nu, och vad var siffran innan?',
    evidence: {
      cue: 'säger ”{0}”',
      words: 'använder ord som sådana meningar ofta har: ”{0}”',
      wordsWhole: 'liknar sådana meningar i sina ord som helhet, fast inget enskilt ord sticker ut',
      person: 'nämner en person: {0}',
      proper: 'ett egennamn, en person eller en plats: {0}',
      people: 'nämner dem det gäller: {0}',
      generic: 'nämner människor bara allmänt: {0}',
      number: 'ger en siffra: {0}',
      comparison: 'före → efter i siffror',
      negation: 'beskriver en brist: {0}',
      aim: 'ett mål, ännu inget resultat',
      hoped: 'en förhoppning, som rubriken säger, ännu inget resultat',
      unsure: 'gardering, ännu inte bestämt: ”{0}”',
      buzzword: 'en etikett, ännu inget faktum: ”{0}”',
      purpose: 'säger vad det ska leda till: ”{0}”',
      past: 'berättar vad som hände',
      reportAfterChange: 'berättar vad som hände efter förändringen',
      reported: 'berättar vad folk sagt efter förändringen',
      afterState: 'berättar hur det är efter förändringen: ”{0}”',
      question: 'ställer en fråga till publiken',
      imperative: 'uppmanar publiken att handla',
      channel: 'säger var eller hur man gör',
      position: 'där sådana meningar brukar stå',
      teamPast: 'säger vad teamet gjorde: ”{0} …”',
      teamActs: 'säger vad teamet gör: ”{0} …”',
      neighbour: 'fortsätter meningen före',
      pronoun: 'syftar på någon som nämnts förut: {0}',
      speech: 'citerar en person med egna ord: ”{0}”',
      listItem: 'en punkt i en lista, som funktioner och steg',
      next: 'leder in i nästa mening',
      heading: 'under rubriken ”{0}”'
    },
    narrativeCaveat: 'Bara {0} ord: Olson anser att Narrative Index är opålitligt under 1\u00a0000 ord; läs det som en fingervisning.',
    spineSeparator: '; '
  }
}
