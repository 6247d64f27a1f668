/**
 * English. Style findings for English also come from retext-passive,
 * retext-intensify, retext-simplify and retext-readability (see
 * `analysers/retext.ts`); the lists here add what a pitch needs beyond them.
 *
 * @module
 */
import {openingCues} from './cues.js'
import {finnishGivenNames, swedishGivenNames} from './names.js'
import type {LanguageProfile} from './types.js'

/** Nordic given names that are also English words or abbreviations, left out of English `givenNames`. */
const englishWords = new Set(['per', 'jan', 'bo', 'gun', 'maj', 'rut', 'saga', 'alma', 'moa', 'esa', 'sari'])

export const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  abbreviations: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'approx', 'ca', 'c', 'no', 'nos',
    'fig', 'dept', 'inc', 'ltd', 'co', 'corp', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
    'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'u.k', 'e.u', 'min', 'max', 'est', 'govt', 'ph.d'
  ],  sentenceFinalAbbreviations: ['etc'],

  connectives: {
    and: ['and'],
    but: ['but'],
    contrast: ['however', 'yet', 'although', 'though', 'instead', 'nevertheless', 'whereas', 'unfortunately'],
    consequence: ['therefore', 'so', 'thus', 'hence', 'consequently', 'that is why', 'as a result']
  },
  teamSubjects: ['we', "we've", "we're", "we'd", "we'll"],
  team: ['we', 'our', 'us', 'ours', "we're", "we've", "we'll", "we'd", 'ourselves'],
  // A people stem names people only with an inflection after it: "residents", "families", "midwives".
  peopleEndings: ['', 's', 'es', 'y', 'ies', 'fe', 'ves', 'ren', "'s", '’s', "s'", 's’', "y's", 'y’s', "ies'", 'ies’', "ren's", 'ren’s'],
  people: [
    'resident*', 'citizen*', 'patient*', 'nurse*', 'doctor*', 'teacher*', 'pupil*', 'student*', 'parent*', 'child',
    'children', 'kid*', 'famil*', 'senior*', 'elderly', 'pensioner*', 'caregiver*', 'carer*', 'volunteer*', 'worker*',
    'employee*', 'staff', 'driver*', 'commuter*', 'cyclist*', 'passenger*', 'farmer*', 'neighbour*', 'neighbor*',
    'tenant*', 'migrant*', 'refugee*', 'newcomer*', 'youth', 'teen*', 'teenager*', 'grandmother*', 'grandfather*',
    'mother*', 'father*', 'mum*', 'mom*', 'dad*', 'daughter*', 'son', 'sons', 'wife*', 'wives', 'husband*', 'her partner', 'his partner', 'their partner', 'their partners', 'my partner', 'brother*', 'sister*', 'grandson*', 'granddaughter*', 'aunt*', 'uncle*', 'woman', 'women', 'man', 'men',
    'girl*', 'boy*', 'caretaker*', 'janitor*', 'librarian*', 'social worker*', 'home carer*', 'paramedic*',
    'customer*', 'owner*', 'shopkeeper*', 'entrepreneur*', 'researcher*', 'clinician*', 'midwi*', 'survivor*',
    'homeless', 'jobseeker*', 'job seeker*', 'unemployed', 'retiree*', 'visitor*', 'tourist*', 'homeowner*',
    'household*', 'villager*', 'islander*', 'disabled', 'wheelchair user*', 'deaf', 'blind', 'readers', 'learner*',
    'school*', 'kindergarten*', 'hospital*', 'clinic*', 'municipalit*', 'librar*', 'participant*', 'inhabitant*', 'client*',
    'couple*', 'population', 'young people', 'older people', 'elderly people', 'old people', 'young adults', 'adults',
    'people with', 'people who', 'young person', 'applicant*', 'landlord*', 'editor*', 'contributor*', 'baby', 'babies',
    'infant*', 'toddler*', 'grandparent*', 'grandchild*', 'pensioner*', 'apprentice*', 'trainee*', 'smallholder*', 'villages',
    'member*', 'respondent*', 'spouse*', 'grower*', 'musician*', 'performer*', 'hiker*', 'shareholder*', 'housing compan*',
    'guest', 'guests', 'hirer*', 'village hall*', 'food bank*', 'cooperatives', 'businesses'
  ],
  // "A couple of weeks", "a couple of schools": a few, not two people (13 of the corpora's 14 "couple of" count things).
  notPeople: ['couple of'],
  animals: [
    'dog', 'dogs', 'puppy', 'cat', 'cats', 'kitten', 'horse', 'horses', 'pony', 'retriever', 'labrador', 'terrier',
    'spaniel', 'poodle', 'collie', 'sheepdog', 'rabbit', 'parrot', 'goat', 'sheep', 'cow', 'hen', 'donkey', 'alpaca'
  ],
  organisations: ['school', 'schools', 'kindergarten*', 'hospital*', 'clinic', 'clinics', 'municipalit*', 'library', 'libraries', 'villages', 'housing compan*', 'village hall*', 'food bank*', 'cooperatives', 'businesses'],
  genericPeople: ['people', 'users', 'user', 'everyone', 'everybody', 'customers', 'society', 'stakeholders', 'person', 'individuals', 'the public', 'humans', 'humanity', 'mankind'],
  personPronouns: ['she', 'he', 'her', 'his', 'him', 'they', 'their', 'them'],
  pluralPronouns: ['they', 'their', 'them'],
  phraseBreaks: [
    'and', 'but', 'or', 'nor', 'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'because', 'if', 'unless', 'until',
    'although', 'though', 'so', 'for', 'in', 'on', 'at', 'with', 'from', 'by', 'during', 'after', 'before', 'through',
    'without', 'under', 'into', 'about', 'across', 'among', 'around', 'towards', 'toward', 'against', 'via', 'per', 'near', 'along',
    'beyond', 'between', 'within', 'instead', 'including', 'such'
  ],
  firstPerson: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll", 'i’m', 'i’ve', 'i’d', 'i’ll'],
  speechVerbs: [
    'say', 'says', 'said', 'write', 'writes', 'wrote', 'tell', 'tells', 'told', 'explains', 'explained', 'adds', 'added',
    'recalls', 'recalled', 'ask', 'asks', 'asked', 'answered', 'replied', 'confessed', 'confesses', 'remembers', 'remembered',
    'laughs', 'laughed', 'sighs', 'sighed'
  ],
  // The Finnish and Swedish given names compromise's lexicon does not know: pitches in English from Finland and
  // Sweden name the same people ("Raimo walks to the shop every morning"). Not the ones that are English words
  // too ("Per year", "Jan 2025", "Saga", "Alma mater").
  givenNames: [...new Set([...finnishGivenNames, ...swedishGivenNames])].filter((name) => !englishWords.has(name)),
  notNames: [
    'the', 'a', 'an', 'we', 'our', 'i', 'it', 'this', 'that', 'these', 'those', 'there', 'they', 'she', 'he', 'but',
    'and', 'so', 'then', 'today', 'tomorrow', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
    'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december', 'english', 'finnish', 'swedish', 'european', 'covid', 'ai', 'app', 'ok'
  ],
  cues: {
    problem: [
      {phrase: 'problem*', weight: 1.4}, {phrase: 'challenge*', weight: 0.9}, {phrase: 'struggl*', weight: 1.4},
      {phrase: 'suffer*', weight: 1.5}, {phrase: 'pain', weight: 0.8}, {phrase: 'painful', weight: 1.0}, {phrase: 'difficult*', weight: 1.1},
      {phrase: 'hard to', weight: 1.1}, {phrase: 'unable', weight: 1.3}, {phrase: 'cannot', weight: 0.9},
      {phrase: 'can no longer', weight: 1.2}, {phrase: 'could no longer', weight: 1.2}, {phrase: 'no longer able', weight: 1.2},
      {phrase: 'no longer afford', weight: 1.2},
      {phrase: "can't", weight: 0.9}, {phrase: 'lack*', weight: 1.3}, {phrase: 'shortage*', weight: 1.4},
      {phrase: 'wait*', weight: 0.7}, {phrase: 'waiting list*', weight: 1.3}, {phrase: 'queue*', weight: 0.8},
      {phrase: 'lonel*', weight: 1.4}, {phrase: 'isolat*', weight: 1.2}, {phrase: 'stuck', weight: 1.2},
      {phrase: 'miss', weight: 0.7}, {phrase: 'missed', weight: 0.7}, {phrase: 'missing', weight: 0.8}, {phrase: 'fail*', weight: 1.0}, {phrase: 'waste*', weight: 1.1},
      // "cost-effective" praises, and "costumes" and "needle" only start like a cost or a need.
      {phrase: 'cost*', weight: 0.5}, {phrase: 'cost-effective*', weight: 0}, {phrase: 'costum*', weight: 0}, {phrase: 'too many', weight: 1.0}, {phrase: 'too few', weight: 1.1},
      {phrase: 'too long', weight: 1.1}, {phrase: 'too much', weight: 0.9}, {phrase: 'risk*', weight: 0.8},
      {phrase: 'danger*', weight: 1.0}, {phrase: 'unsafe', weight: 1.2}, {phrase: 'injur*', weight: 1.1},
      {phrase: 'fall', weight: 0.4}, {phrase: 'falls', weight: 0.6}, {phrase: 'burden*', weight: 1.2},
      {phrase: 'overload*', weight: 1.2}, {phrase: 'exhaust*', weight: 1.1}, {phrase: 'burnout', weight: 1.3},
      {phrase: 'stress*', weight: 1.0}, {phrase: 'worr*', weight: 1.0}, {phrase: 'afraid', weight: 1.0},
      {phrase: 'fear*', weight: 0.9}, {phrase: 'frustrat*', weight: 1.2}, {phrase: 'only', weight: 0.2},
      {phrase: 'barrier*', weight: 1.1}, {phrase: 'obstacle*', weight: 1.1}, {phrase: 'gap', weight: 0.8},
      {phrase: 'poverty', weight: 1.3}, {phrase: 'poor', weight: 0.8}, {phrase: 'jobless', weight: 1.2},
      {phrase: 'unemploy*', weight: 1.0}, {phrase: 'decline*', weight: 0.9}, {phrase: 'drop out', weight: 1.1},
      {phrase: 'dropout*', weight: 1.1}, {phrase: 'emission*', weight: 0.6}, {phrase: 'pollut*', weight: 1.0},
      {phrase: 'nobody', weight: 0.9}, {phrase: 'no one', weight: 0.9}, {phrase: 'never', weight: 0.5},
      {phrase: 'hours', weight: 0.2}, {phrase: 'every day', weight: 0.3}, {phrase: 'every week', weight: 0.3},
      {phrase: 'still', weight: 0.4}, {phrase: 'today', weight: 0.3}, {phrase: 'currently', weight: 0.6},
      {phrase: 'at the moment', weight: 0.5}, {phrase: 'end up', weight: 0.6}, {phrase: 'have to', weight: 0.5},
      {phrase: 'has to', weight: 0.5}, {phrase: 'forced', weight: 1.0}, {phrase: 'broken', weight: 1.0},
      {phrase: 'slow', weight: 0.6}, {phrase: 'expensive', weight: 0.9}, {phrase: 'inefficien*', weight: 1.0},
      {phrase: 'complain*', weight: 1.1}, {phrase: 'crisis', weight: 1.3},
      // A service or a role named after the crisis it meets is no crisis: "a crisis worker who sits in the dressing room".
      {phrase: 'crisis worker*', weight: 0}, {phrase: "crisis worker's", weight: 0}, {phrase: 'crisis centre*', weight: 0}, {phrase: 'crisis center*', weight: 0},
      {phrase: 'crisis line*', weight: 0}, {phrase: 'crisis team*', weight: 0}, {phrase: 'crisis support', weight: 0}, {phrase: 'threat*', weight: 1.0},
      {phrase: 'need*', weight: 0.4}, {phrase: 'needle*', weight: 0}, {phrase: 'hurt*', weight: 1.0}, {phrase: 'alone', weight: 0.9},
      {phrase: 'sick*', weight: 0.6}, {phrase: 'lose', weight: 0.8}, {phrase: 'lost', weight: 0.7},
      {phrase: 'losing', weight: 0.8}, {phrase: 'empty', weight: 0.6}, {phrase: 'excluded', weight: 1.1},
      {phrase: 'exclusion', weight: 1.1}, {phrase: 'divide', weight: 0.8}, {phrase: 'inequal*', weight: 1.1},
      {phrase: 'neglect*', weight: 1.1}, {phrase: 'trouble*', weight: 1.1}, {phrase: 'issue', weight: 0.7}, {phrase: 'issues', weight: 0.7},
      {phrase: 'challenging', weight: 0.9}, {phrase: 'limited', weight: 0.7}, {phrase: 'limitation*', weight: 1.0}, {phrase: 'insufficient', weight: 1.1},
      {phrase: 'unreliable', weight: 1.0}, {phrase: 'costly', weight: 0.9}, {phrase: 'hinder*', weight: 1.0}, {phrase: 'scarc*', weight: 1.0},
      {phrase: 'vulnerab*', weight: 0.9}, {phrase: 'underserved', weight: 1.0}
    ],
    hero: [
      {phrase: 'says', weight: 0.8}, {phrase: 'said', weight: 0.5}, {phrase: 'told us', weight: 0.6}, {phrase: 'lives', weight: 0.6},
      {phrase: 'lived', weight: 0.5}, {phrase: 'aged', weight: 0.6}, {phrase: 'years old', weight: 0.8}, {phrase: 'her own', weight: 0.5},
      {phrase: 'his own', weight: 0.5}, {phrase: 'their own', weight: 0.4}, {phrase: 'every morning', weight: 0.3}
    ],
    change: [
      {phrase: 'solution*', weight: 1.4}, {phrase: 'we built', weight: 1.5}, {phrase: 'we build', weight: 1.3},
      {phrase: 'we created', weight: 1.3}, {phrase: 'we developed', weight: 1.3}, {phrase: 'we designed', weight: 1.3},
      {phrase: 'we propose', weight: 1.5}, {phrase: 'i propose', weight: 1.5}, {phrase: 'we offer', weight: 1.3}, {phrase: 'our app', weight: 1.3},
      {phrase: 'our service', weight: 1.3}, {phrase: 'our idea', weight: 1.2}, {phrase: 'our platform', weight: 1.2},
      {phrase: 'our tool', weight: 1.2}, {phrase: 'our model', weight: 1.1}, {phrase: 'introduc*', weight: 1.0},
      {phrase: 'app', weight: 0.9}, {phrase: 'platform', weight: 0.8}, {phrase: 'service', weight: 0.6},
      {phrase: 'tool', weight: 0.6}, {phrase: 'system', weight: 0.3}, {phrase: 'sensor*', weight: 0.7}, {phrase: 'sensory', weight: 0},
      {phrase: 'prototype', weight: 0.9}, {phrase: 'pilot*', weight: 0.5}, {phrase: 'program*', weight: 0.5},
      {phrase: 'programme*', weight: 0.5}, {phrase: 'match*', weight: 0.8}, {phrase: 'connect*', weight: 0.7},
      {phrase: 'lets', weight: 1.0}, {phrase: 'allows', weight: 0.9}, {phrase: 'enables', weight: 0.9},
      {phrase: 'helps', weight: 0.7}, {phrase: 'instead', weight: 0.5}, {phrase: 'instead of', weight: 0.5},
      {phrase: 'that is why', weight: 1.0}, {phrase: 'therefore', weight: 0.6}, {phrase: 'so we', weight: 1.2},
      {phrase: 'idea is', weight: 1.2}, {phrase: 'the idea', weight: 0.9}, {phrase: 'works like this', weight: 1.3},
      {phrase: 'how it works', weight: 1.3}, {phrase: 'uses', weight: 0.6}, {phrase: 'using', weight: 0.5},
      {phrase: 'automatic*', weight: 0.7}, {phrase: 'online', weight: 0.3}, {phrase: 'digital', weight: 0.4},
      {phrase: 'map*', weight: 0.3}, {phrase: 'book*', weight: 0.4}, {phrase: 'booking', weight: 0.6},
      {phrase: 'training', weight: 0.5}, {phrase: 'workshop*', weight: 0.6}, {phrase: 'kit', weight: 0.6},
      {phrase: 'network', weight: 0.5}, {phrase: 'method', weight: 0.7}, {phrase: 'approach', weight: 0.7},
      {phrase: 'intervention', weight: 1.0}, {phrase: 'project', weight: 0.3}, {phrase: 'proposal', weight: 0.7},
      {phrase: 'will provide', weight: 0.9}, {phrase: 'provides', weight: 0.8}, {phrase: 'offers', weight: 0.8},
      {phrase: 'replac*', weight: 0.8}, {phrase: 'redesign*', weight: 1.0}, {phrase: 'new way', weight: 1.2},
      {phrase: 'now', weight: 0.2}, {phrase: 'turns', weight: 0.6}, {phrase: 'brings', weight: 0.6},
      {phrase: 'sends', weight: 0.7}, {phrase: 'alerts', weight: 0.7}, {phrase: 'notif*', weight: 0.6},
      {phrase: 'schedul*', weight: 0.5}, {phrase: 'shar*', weight: 0.3}, {phrase: 'sharp*', weight: 0}, {phrase: 'shareholder*', weight: 0}, {phrase: 'route*', weight: 0.4},
      {phrase: 'volunteer*', weight: 0.3}, {phrase: 'team up', weight: 0.7}, {phrase: 'set up', weight: 0.6},
      {phrase: 'what if', weight: 1.2}, {phrase: 'we will', weight: 0.6}, {phrase: 'we would', weight: 0.5}, {phrase: 'we plan', weight: 0.7},
      {phrase: 'is planning', weight: 0.6}, {phrase: 'are planning', weight: 0.6}, {phrase: 'event*', weight: 0.4}, {phrase: 'eventual*', weight: 0}, {phrase: 'organis*', weight: 0.6},
      {phrase: 'organiz*', weight: 0.6}, {phrase: 'organisation*', weight: 0}, {phrase: 'organization*', weight: 0}, {phrase: 'offer', weight: 0.5}, {phrase: 'seminar*', weight: 0.6}, {phrase: 'course*', weight: 0.4}, {phrase: 'of course', weight: 0},
      // An evaluation plan is part of the method, not a result: "Success will be measured with …".
      {phrase: 'will be measured', weight: 0.8}, {phrase: 'will be evaluated', weight: 0.8}, {phrase: 'will be compared', weight: 0.8},
      {phrase: 'will be monitored', weight: 0.8}, {phrase: 'will be followed up', weight: 0.8}, {phrase: 'we will measure', weight: 0.8},
      {phrase: 'we will evaluate', weight: 0.8}, {phrase: 'we will compare', weight: 0.8}, {phrase: 'we will monitor', weight: 0.8}
    ],
    outcome: [
      {phrase: 'result*', weight: 1.1}, {phrase: 'reduc*', weight: 1.2}, {phrase: 'fewer', weight: 1.2},
      {phrase: 'less', weight: 0.7}, {phrase: 'more', weight: 0.3}, {phrase: 'increas*', weight: 0.9}, {phrase: 'increasingly', weight: 0},
      {phrase: 'improv*', weight: 1.0}, {phrase: 'saved', weight: 1.3}, {phrase: 'save*', weight: 0.9},
      {phrase: 'saving*', weight: 1.0}, {phrase: 'fell', weight: 1.3}, {phrase: 'dropped', weight: 1.2},
      {phrase: 'rose', weight: 0.8}, {phrase: 'grew', weight: 0.8}, {phrase: 'cut', weight: 0.8},
      {phrase: 'halv*', weight: 1.3}, {phrase: 'doubl*', weight: 1.0}, {phrase: 'from', weight: 0.2},
      {phrase: 'down from', weight: 1.4}, {phrase: 'up from', weight: 1.3}, {phrase: 'instead of', weight: 0.6},
      {phrase: 'now', weight: 0.4}, {phrase: 'no longer', weight: 1.4},
      // A lost ability is a problem, not an outcome: "she could no longer climb the stairs".
      {phrase: 'can no longer', weight: 0}, {phrase: 'could no longer', weight: 0}, {phrase: 'no longer able', weight: 0},
      {phrase: 'no longer afford', weight: 0}, {phrase: 'again', weight: 0.6},
      {phrase: 'after', weight: 0.4}, {phrase: 'afterwards', weight: 1.0}, {phrase: 'within', weight: 0.4},
      {phrase: 'so that', weight: 0.9}, {phrase: 'impact', weight: 0.9}, {phrase: 'benefit*', weight: 0.8},
      {phrase: 'outcome*', weight: 1.1}, {phrase: 'evidence', weight: 0.9}, {phrase: 'pilot showed', weight: 1.6},
      {phrase: 'found that', weight: 1.0}, {phrase: 'we found', weight: 0.9}, {phrase: 'demonstrat*', weight: 0.8},
      {phrase: 'led to', weight: 0.9}, {phrase: 'resulted in', weight: 1.2}, {phrase: 'outperform*', weight: 1.0},
      {phrase: 'show that', weight: 0.8}, {phrase: 'shown', weight: 0.6}, {phrase: 'proved', weight: 0.8}, {phrase: 'confirmed', weight: 0.6},
      {phrase: 'showed', weight: 1.0}, {phrase: 'shows', weight: 0.6}, {phrase: 'tested', weight: 0.7},
      {phrase: 'satisf*', weight: 0.9}, {phrase: 'feedback', weight: 0.6}, {phrase: 'faster', weight: 1.1},
      {phrase: 'cheaper', weight: 1.1}, {phrase: 'safer', weight: 1.1}, {phrase: 'easier', weight: 0.9},
      {phrase: 'better', weight: 0.6}, {phrase: 'healthier', weight: 1.0}, {phrase: 'happier', weight: 1.0},
      {phrase: 'can now', weight: 1.3}, {phrase: 'is now', weight: 0.8}, {phrase: 'are now', weight: 0.8},
      {phrase: 'will be able', weight: 1.0}, {phrase: 'able to', weight: 0.6}, {phrase: 'independen*', weight: 0.6},
      {phrase: 'goal*', weight: 0.6}, {phrase: 'aim*', weight: 0.5}, {phrase: 'vision', weight: 0.6},
      {phrase: 'imagine', weight: 0.6}, {phrase: 'per year', weight: 0.6}, {phrase: 'a year', weight: 0.3},
      {phrase: 'per month', weight: 0.5}, {phrase: 'tonnes', weight: 0.5}, {phrase: 'co2', weight: 0.5},
      {phrase: 'percent', weight: 0.6}, {phrase: 'success*', weight: 0.8}, {phrase: 'successor*', weight: 0}, {phrase: 'achiev*', weight: 0.9},
      {phrase: 'measured', weight: 0.6}, {phrase: 'measurable', weight: 0.6}, {phrase: 'measurably', weight: 0.6}, {phrase: 'measurement*', weight: 0.6}, {phrase: 'returned', weight: 0.6}, {phrase: 'lower', weight: 0.8},
      {phrase: 'higher', weight: 0.6}, {phrase: 'shorter', weight: 1.0}, {phrase: 'avoid*', weight: 0.6},
      // School levels, not comparisons.
      {phrase: 'lower secondary', weight: 0}, {phrase: 'upper secondary', weight: 0}, {phrase: 'higher education', weight: 0},
      {phrase: 'prevent*', weight: 0.6}, {phrase: 'freed', weight: 1.0}, {phrase: 'free up', weight: 0.8},
      {phrase: 'greener', weight: 0.8}, {phrase: 'cleaner', weight: 0.8}, {phrase: 'stronger', weight: 0.6}, {phrase: 'closer', weight: 0.5},
      {phrase: 'warmer', weight: 0.5}, {phrase: 'fairer', weight: 0.7}, {phrase: 'confident', weight: 0.6}, {phrase: 'so they can', weight: 0.9},
      {phrase: 'will make', weight: 0.4}, {phrase: 'make it possible', weight: 0.7}, {phrase: 'will have', weight: 0.3}, {phrase: 'will get', weight: 0.3}
    ],
    ask: [
      {phrase: 'we ask', weight: 2.2}, {phrase: 'we are asking', weight: 2.2}, {phrase: 'we are looking for', weight: 2.0},
      {phrase: 'i ask', weight: 2.2}, {phrase: 'i am asking', weight: 2.2}, {phrase: "i'm asking", weight: 2.2}, {phrase: "we're asking", weight: 2.2}, {phrase: 'i am looking for', weight: 2.0}, {phrase: "i'm looking for", weight: 2.0},
      {phrase: 'i need', weight: 1.0}, {phrase: 'looking for', weight: 1.2}, {phrase: 'we are raising', weight: 1.8}, {phrase: 'investor*', weight: 0.8},
      // Nominating someone for an award asks the jury to give it: "We nominate Saga Lindqvist …", "I'd like to nominate Abdi …".
      {phrase: 'we nominate', weight: 2.2}, {phrase: 'i nominate', weight: 2.2}, {phrase: 'we are nominating', weight: 2.2}, {phrase: "we're nominating", weight: 2.2},
      {phrase: 'i am nominating', weight: 2.2}, {phrase: "i'm nominating", weight: 2.2}, {phrase: 'like to nominate', weight: 2.0},
      {phrase: "we're looking for", weight: 2.0}, {phrase: 'we seek', weight: 1.9}, {phrase: 'we need', weight: 1.0}, {phrase: 'we would need', weight: 1.0}, {phrase: "we'd need", weight: 1.0},
      // An organisation asking in the third person ("The association seeks €12,000", "The project is seeking
      // partners"), as "we seek"; not a purpose ("seeks to reduce") or people who seek something themselves.
      {phrase: 'seeks', weight: 1.5}, {phrase: 'is seeking', weight: 1.5}, {phrase: 'are seeking', weight: 1.5},
      {phrase: 'seeks to', weight: 0}, {phrase: 'is seeking to', weight: 0}, {phrase: 'are seeking to', weight: 0},
      {phrase: 'who seek', weight: 0}, {phrase: 'who seeks', weight: 0}, {phrase: 'who are seeking', weight: 0}, {phrase: 'who is seeking', weight: 0},
      // Applying for a grant is asking for it, as Swedish "vi ansöker" and Finnish "haemme" are; only in the
      // first person ("help with applying for benefits" is a service).
      {phrase: 'we apply', weight: 1.9}, {phrase: 'we are applying', weight: 2.0}, {phrase: "we're applying", weight: 2.0},
      {phrase: 'i apply', weight: 1.9}, {phrase: 'i am applying', weight: 2.0}, {phrase: "i'm applying", weight: 2.0},
      {phrase: 'we invite', weight: 1.8}, {phrase: 'we would like', weight: 1.2}, {phrase: 'we want', weight: 0.6},
      {phrase: 'join', weight: 1.1}, {phrase: 'join us', weight: 1.8}, {phrase: 'help us', weight: 1.6},
      {phrase: 'support us', weight: 1.5}, {phrase: 'fund', weight: 1.1}, {phrase: 'funding', weight: 1.2},
      {phrase: 'invest', weight: 1.1}, {phrase: 'investment', weight: 1.0}, {phrase: 'grant', weight: 0.8},
      // A partner after a possessive is a spouse ("caring for her partner"), no partnership.
      {phrase: 'partner*', weight: 0.8}, {phrase: 'her partner', weight: 0}, {phrase: 'his partner', weight: 0}, {phrase: 'their partner', weight: 0},
      {phrase: 'their partners', weight: 0}, {phrase: 'my partner', weight: 0}, {phrase: 'sponsor*', weight: 1.0},
      {phrase: 'contact', weight: 0.9}, {phrase: 'get in touch', weight: 1.5}, {phrase: 'talk to us', weight: 1.4},
      {phrase: 'sign up', weight: 1.2}, {phrase: 'let us', weight: 0.8}, {phrase: "let's", weight: 1.0},
      {phrase: 'give us', weight: 1.5}, {phrase: 'your', weight: 0.5}, {phrase: 'you', weight: 0.3},
      {phrase: 'decide', weight: 0.7}, {phrase: 'decision', weight: 0.6}, {phrase: 'approve', weight: 1.0},
      {phrase: 'budget', weight: 0.6}, {phrase: 'euros', weight: 0.4}, {phrase: 'eur', weight: 0.4},
      {phrase: 'request', weight: 1.2}, {phrase: 'requesting', weight: 1.4}, {phrase: 'please', weight: 1.0},
      {phrase: 'volunteers', weight: 0.3}, {phrase: 'endorse', weight: 1.2}, {phrase: 'share', weight: 0.3},
      {phrase: 'support', weight: 0.7}, {phrase: 'would love', weight: 0.9}, {phrase: 'we hope', weight: 0.5}, {phrase: 'interested', weight: 0.5},
      // Asking without an ask verb: a welcome, an openness, a gratitude to come, a report's recommendation, a round
      // being raised now. Not "we propose", which in the corpora introduces the solution ("We propose a video
      // interpreting service …"), nor "raising" alone ("raising awareness").
      {phrase: 'we welcome', weight: 1.2}, {phrase: 'we would welcome', weight: 1.4}, {phrase: 'we are open to', weight: 1.0}, {phrase: "we're open to", weight: 1.0},
      // Asking readers what they think of an idea (a forum post, a blog): "Thoughts welcome!", "I'd love your honest feedback".
      {phrase: 'thoughts welcome', weight: 1.3}, {phrase: 'thoughts appreciated', weight: 1.3}, {phrase: 'feedback welcome', weight: 1.3}, {phrase: 'your honest feedback', weight: 1.3}, {phrase: 'love your feedback', weight: 1.3}, {phrase: 'love some feedback', weight: 1.3},
      {phrase: 'opinions welcome', weight: 1.3}, {phrase: 'opinions appreciated', weight: 1.3}, {phrase: 'feedback appreciated', weight: 1.3}, {phrase: 'feedback is welcome', weight: 1.3}, {phrase: 'input welcome', weight: 1.3},
      {phrase: 'grateful', weight: 0.8}, {phrase: 'it is recommended that', weight: 1.4}, {phrase: 'we recommend that', weight: 1.4},
      {phrase: 'we are now raising', weight: 1.8}, {phrase: "we're raising", weight: 1.8},
      // The audience told to act, as a sentence's first words (an imperative): "Donate a box …", "Comment or send me a
      // message". Not words that open a sentence as often as nouns ("Book loans rose", "Visit times", "Support workers").
      // An act the audience can do at once (donate, vote, sign a petition, register, apply) is one clear request, as "we ask" is
      // (1.6, the weight from which an ask is specific); "comment", "reach out" or "get involved" only open a door.
      ...openingCues(1.6, ['donate', 'vote for', 'vote', 'sign', 'register', 'subscribe', 'apply', 'submit', 'download', 'order', 'buy']),
      ...openingCues(1.3, [
        'comment', 'send us', 'send me', 'write to us', 'email us', 'come and',
        'become', 'follow us', 'give', 'tell us', 'reach out', 'let us know', 'get involved',
        'spread the word', 'let me know'
      ]),
      // A request asked as a question, in its first words: "Could we try it on one corridor for a month?", "Will you
      // let us run …?". Not "can", which opens rhetorical questions ("Can we afford to wait?"), nor a hook.
      ...openingCues(1.6, ['could we', 'could you', 'would you', 'will you', 'could someone', 'could anyone']),
      // A councillor's or a member's written question asks the body it is put to ("Will the Chair ask officers to add
      // two late journeys …?", "Could the council turn the verge into a rain garden?"): the body, not "you".
      ...openingCues(1.6, [
        'will the chair', 'will the minister', 'will the secretary of state', 'will the cabinet member', 'will the leader', 'will the mayor',
        'will the council', 'will the committee', 'will the board', 'could the council', 'could the city', 'could the committee',
        'would the council', 'would the minister', 'would the board'
      ]),
      {phrase: 'could you imagine', weight: 0}, {phrase: 'would you believe', weight: 0}
    ]
  },
  prepositions: [
    'in', 'on', 'at', 'for', 'with', 'from', 'by', 'of', 'during', 'after', 'before', 'through', 'without', 'under', 'to', 'into',
    'about', 'across', 'among', 'around', 'towards', 'toward', 'against', 'via', 'per', 'near', 'along', 'beyond', 'like'
  ],
  locatives: ['in', 'at'],
  placeLocatives: ['in'],
  thingArticles: ['the'],
  copulas: ['is', 'was'],
  leading: ['a', 'an', 'the', 'every', 'each', 'this', 'these', 'those', 'some', 'any', 'all', 'no', 'if', 'that', 'which', 'who', 'whose', 'when', 'where', 'because', 'while', 'being', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'not', 'their', 'our', 'its', 'his', 'her', 'my', 'your'],
  possessives: ['my', 'his', 'her', 'their', 'our', 'your'],
  articles: ['a', 'an', 'the', 'every', 'each', 'this', 'these', 'those', 'some', 'any', 'all', 'no', 'many', 'most', 'their', 'our', 'its', 'his', 'her', 'my', 'your'],
  purpose: ['so that', 'so', 'in order to', 'so as to', 'to', 'thereby', 'while', 'which means', 'aimed at', 'aiming to'],
  notPurpose: ['so much', 'so many', 'so far', 'so few', 'so little', 'so long', 'so often'],
  pastModals: ['could'],
  counterfactuals: ['would otherwise have', 'would otherwise be', 'would not otherwise', 'otherwise would have', 'would never have', 'would have been', 'could otherwise have', 'could never have'],
  // Not `plan*`, nor a plan as a thing: "planner", "plant", "a planning tool", "lesson plans" and "routes planned
  // by hand" are no aim; planning to do something is ("we plan to", "the plan is to", "is planning a series").
  aims: ['will', 'would', 'could', 'aim*', 'goal*', 'hope*', 'plan to', 'plans to', 'planned to', 'plan is to', 'plan is that', 'we plan', 'i plan', 'planning to', 'is planning', 'are planning', 'am planning', 'want', 'intend*', 'vision', 'imagine', 'should', 'expect*', 'potential*', 'may', 'might', 'estimat*'],
  units: [
    '%', 'percent', 'per cent', '€', 'eur', 'euro*', '$', 'dollar*', '£', 'kr', 'sek', 'kronor', 'minute*', 'min',
    'hour*', 'h', 'day*', 'week*', 'month*', 'year*', 'km', 'kilomet*', 'm', 'metre*', 'meter*', 'kg', 'tonne*',
    'ton*', 'kwh', 'mwh', 'co2', 'trip*', 'visit*', 'call*', 'people', 'resident*', 'patient*', 'pupil*', 'student*',
    'times', 'seconds', 'nights', 'meals', 'beds', 'steps', 'k', 'm²', 'sqm'
  ],
  // A sentence that opens with one of these dates when what the pitch runs began: it turns the story.
  started: [
    'since january', 'since february', 'since march', 'since april', 'since may', 'since june', 'since july',
    'since august', 'since september', 'since october', 'since november', 'since december', 'since last',
    'since spring', 'since summer', 'since autumn', 'since winter', 'since the spring', 'since the summer',
    'since the autumn', 'since the winter', 'since 19*', 'since 20*'
  ],
  // Read only after the story's turn, in a sentence without an aim word or the team as its subject.
  afterState: {
    words: ['now', 'nowadays', 'today', 'again', 'for the first time', 'finally', 'no longer', 'anymore', 'so far', 'to date', 'since the start', 'since the launch', 'since we started', 'since we opened'],
    elapsed: {
      lead: ['after', 'in the first', 'during the first', 'over the first', 'in the last', 'over the last', 'in the past', 'over the past'],
      units: ['year', 'years', 'month', 'months', 'week', 'weeks', 'term', 'terms', 'semester', 'semesters', 'season', 'seasons', 'summer', 'winter', 'spring', 'autumn']
    },
    except: ['right now', 'until now', 'till now', 'now and then', 'just now']
  },
  noLack: [
    'or not',
    'no one needs to', 'no one has to', 'nobody needs to', 'nobody has to', 'no longer need to', 'no longer needs to',
    'no longer have to', 'no longer has to', 'without having to', 'do not have to', 'does not have to', "don't have to",
    "doesn't have to", 'do not need to', 'does not need to', "don't need to", "doesn't need to", 'never have to', 'never has to'
  ],
  // A problem word that one of these lessens, solves or welcomes is no pain: "fewer sleep problems", "waste fell",
  // "solves the problem", "we love hard problems". Not "falls" (a problem of its own), "declined" (refused: "shifts
  // that permanent staff had declined") nor "fixed" ("fixed costs").
  announcedParts: ['things', 'parts', 'steps', 'ways', 'components', 'pillars', 'elements', 'changes', 'pieces', 'stages', 'phases', 'principles'],
  selfIntroductions: ['i am', "i'm", 'my name is'],
  selfRoles: ['i work as', 'i have worked as', 'i have been', 'i teach'],
  teamIntroductions: ['we are', "we're"],
  selfAge: {copulas: ["i'm", 'am'], suffixes: ['-year-old']},
  agePeople: ['#-year-olds', 'over-#s', 'under-#s'],
  ageBounds: ['over', 'under'],
  ageAdjectives: ['#-year-old'],
  ageWords: ['older', 'over', 'above', 'plus', 'younger', 'under', 'years', 'year-olds'],
  openingLeads: {polite: ['please'], conditional: ['if']},
  motions: {
    phrases: ['propose that', 'proposes that', 'recommend that', 'recommends that', 'suggest that', 'move that', 'ask that'],
    bodies: [
      'council', 'board', 'committee', 'municipality', 'city', 'county', 'region', 'government', 'ministry', 'department', 'management', 'faculty',
      'authority', 'assembly', 'parliament', 'school', 'library', 'hospital', 'clinic', 'foundation', 'company', 'association', 'jury', 'panel', 'meeting'
    ]
  },
  relief: {
    before: ['fewer', 'less', 'reduc*', 'cut', 'cuts', 'cutting', 'lower', 'lowers', 'lowered', 'lowering', 'halv*', 'decreas*', 'shorter', 'shorten*', 'ease', 'eases', 'eased', 'easing', 'prevent*', 'eliminat*', 'ending', 'solv*', 'resolv*', 'tackl*', 'fix', 'fixes', 'fixing', 'love', 'loves', 'enjoy', 'enjoys'],
    after: ['fell', 'fallen', 'dropped', 'halved', 'decreased', 'shrank', 'shrunk', 'shortened', 'disappeared', 'vanished', 'eased']
  },
  worsening: {
    rising: [
      'rose', 'risen', 'rises', 'rising', 'increased', 'increases', 'increasing', 'grew', 'grown', 'grows', 'growing', 'doubled',
      'tripled', 'soared', 'soaring', 'climbed', 'spiked', 'went up', 'gone up', 'goes up', 'higher', 'worse', 'worsened', 'worsening'
    ],
    burdens: ['bill', 'bills', 'cost', 'costs', 'price', 'prices', 'fee', 'fees', 'rent', 'rents', 'debt', 'debts', 'mortality', 'deaths']
  },
  negations: ['not', 'no', "don't", "doesn't", "didn't", "can't", 'cannot', "won't", 'never', 'without', 'nobody', 'nothing', 'none', 'nowhere', "isn't", "aren't", "wasn't", "weren't", 'lack*', 'neither', 'nor', 'seldom', 'rarely', 'hardly'],
  // "up" and "down" compare only as a change of level ("up from 54 percent", "went down by a third"): a bare "up"
  // is as often a phrasal verb ("set up", "follows up after 30 days") or a limit ("up to five hours").
  comparatives: ['from', 'to', 'fewer', 'less', 'more', 'up from', 'down from', 'up by', 'down by', 'went up', 'gone up', 'goes up', 'go up', 'went down', 'gone down', 'goes down', 'go down', 'reduc*', 'cut', 'fell', 'dropped', 'rose', 'increas*', 'halv*', 'doubl*', 'than', 'instead'],
  pairedComparatives: ['from', 'to'],
  versusComparatives: ['against', 'compared with', 'compared to', 'versus', 'vs'],
  notComparatives: ['more than', 'less than', 'fewer than', 'no more than'],
  clock: {after: ['a.m', 'p.m', 'am', 'pm', "o'clock", 'o’clock']},
  timeOfDay: [
    'monday*', 'tuesday*', 'wednesday*', 'thursday*', 'friday*', 'saturday*', 'sunday*', 'weekday*', 'weekend*',
    'morning*', 'afternoon*', 'evening*', 'night*', 'daily', 'open', 'opening hours', 'staffed', "o'clock", 'o’clock'
  ],
  numberWords: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
    'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
    'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions',
    'billion', 'dozen', 'dozens', 'half', 'third', 'quarter', 'twice', 'double', 'triple'
  ],
  frame: {
    labels: [
      'applicant', 'applicants', 'submitted by', 'prepared by', 'author', 'authors', 'funder', 'funded by', 'funding programme', 'project period',
      'period', 'duration', 'date', 'dates', 'contact person', 'project owner', 'project lead', 'project leader', 'organisation', 'organization'
    ],
    phrases: [
      'was founded', 'were founded', 'founded in', 'established in', 'was established', 'is led by', 'are led by', 'is run by',
      'project runs', 'project ran', 'project will run', 'project lasts', 'project lasted', 'pilot runs', 'pilot ran', 'pilot will run',
      'has experience', 'have experience', 'track record'
    ]
  },
  neutralSections: ['introduction', 'summary', 'project summary', 'executive summary', 'overview', 'about', 'about us', 'contents', 'contact', 'contacts', 'appendix', 'references', 'timeline', 'schedule'],
  sections: {
    problem: ['problem', 'the problem', 'challenge', 'the challenge', 'why', 'background', 'pain', 'need', 'the need', 'situation', 'today'],
    change: ['solution', 'our solution', 'the solution', 'idea', 'our idea', 'the idea', 'how', 'how it works', 'approach', 'what we do', 'what we do differently', 'what we built', 'what we propose', 'what we did', 'product', 'proposal', 'project', 'method', 'features', 'what do we change', 'what did we do', 'what did we change', 'what will we do', 'what will you do', 'what do we want to build', 'activities', 'plan'],
    outcome: ['impact', 'result*', 'expected result*', 'outcome*', 'expected outcome*', 'benefit*', 'goal*', 'aim', 'aims', 'objective*', 'evidence', 'traction', 'effect*', 'what changes', 'what changed', 'what happened', "what we've seen", 'what we have seen', 'what we learned', 'advantages', 'what will change', 'what has happened', 'what do we want to achieve', 'difference', 'what difference'],
    ask: ['ask', 'our ask', 'the ask', 'what we need', 'we need', 'call to action', 'next step*', 'budget', 'funding', 'costs', 'amount requested', 'amount applied for', 'sum applied for', 'amount sought', 'requested amount', 'grant requested', 'funding requested', 'funding sought', 'funding applied for', 'total requested', 'total amount requested', 'total funding requested', 'total grant requested', 'grant applied for', 'total applied for', 'co-funding', 'match funding', 'how you can help', 'join', 'support', 'our request', 'request', 'how much', 'applying for', 'apply for', 'we are looking for', "we're looking for", 'we seek', 'what do you need', 'what i need', 'what is needed', 'proposed decision', 'recommended decision', 'decision sought', 'decision requested']
  },
  // A form line that states the amount applied for ("**Amount applied for:** 12,800 €") is the ask.
  amountLabels: [
    'amount requested', 'amount applied for', 'sum applied for', 'amount sought', 'requested amount', 'grant requested',
    'funding requested', 'funding sought', 'funding applied for', 'total requested', 'total amount requested', 'total funding requested',
    'total grant requested', 'grant applied for', 'total applied for', 'applying for', 'request', 'our request', 'ask', 'the ask', 'our ask'
  ],
  currencies: ['euro', 'euros', 'eur', 'kronor', 'krona', 'kr', 'sek', 'dollar', 'dollars', 'usd', 'pound', 'pounds', 'gbp'],
  // An open-ended ask: a journey, a vision, the next step, growth ("partners who share our vision"), or only
  // "partners", "sponsors" or "any support", which the corpus calls a weak ask 29 times in 33 when no figure or
  // date says more ("We are looking for partners and investors").
  openEnded: ['journey', 'our vision', 'your vision', 'next step', 'next steps', 'next stage', 'help us grow', 'grow with us', 'make it happen', 'partners', 'sponsors', 'supporters', 'any support', 'all support'],
  // When, in words: an ask that says when is specific ("try it for four weeks this spring"). "May" only
  // after a preposition, since alone it is as often the verb.
  times: [
    'january', 'february', 'march', 'april', 'in may', 'from may', 'by may', 'until may', 'of may', 'june', 'july',
    'august', 'september', 'october', 'november', 'december', 'monday*', 'tuesday*', 'wednesday*', 'thursday*',
    'friday*', 'saturday*', 'sunday*', 'spring', 'summer', 'autumn', 'winter', 'this term', 'next term',
    'autumn term', 'spring term', 'half term', 'autumn break', 'autumn holiday', 'winter break', 'winter holiday',
    'christmas break', 'christmas holiday*', 'easter break', 'easter holiday*', 'summer holiday*', 'next week',
    'next month', 'next year', 'next season', 'this year', 'end of the year', 'tomorrow', 'tonight'
  ],
  // Asking for a sum in the third person or without a subject ("Eastbrook Library asks the foundation for 38,500
  // euros", "Asking for €40,000 and an introduction"); only beside a sum of money (see the profile type).
  amountVerbs: ['asks for', 'asks the', 'asking for', 'applies for', 'is applying for', 'are applying for', 'requests', 'is requesting', 'are requesting', 'we urge', 'urges'],
  // Words that make the group after them one person (a hero question then asks who that person is), and the
  // words of a share after the group, before a number ("one household in five", "one of ten"), which keep it a group.
  onePerson: {words: ['a', 'an', 'one', 'this'], shares: ['in', 'of']},
  helpers: ['volunteer', 'staff', 'employee', 'musician', 'mentor', 'coach', 'trainer', 'instructor', 'tutor', 'facilitator', 'colleague'],
  // Imperatives that ask the reader to act when they open the sentence or a clause (opening ask cues).
  imperatives: ['come', 'book', 'visit', 'try', 'ask', 'tell', 'write', 'send', 'email', 'e-mail', 'install', 'tap', 'click', 'bring', 'follow', 'reserve', 'pick up', 'drop by', 'drop in', 'pop in', 'pop by', 'grab', 'fill in', 'scan', 'text', 'ring', 'call us', 'call', 'reply', 'chip in', 'pledge', 'lend', 'enrol', 'enroll', 'empty', 'have a look', 'find out', 'talk to', 'meet us', 'write to'],
  askChannels: [
    'the list', 'a list', 'sign-up list', 'sign-up form', 'the form', 'a form', 'website', 'our site', 'link', 'links', 'e-mail', 'email',
    'dm', 'dms', 'direct message', 'the reception', 'call me', 'call us', 'phone me', 'phone us', 'text me', 'text us'
  ],
  style: {
    hedges: [
      'we think', 'we believe', 'we feel', 'we hope', 'i think', 'i believe', 'i feel', 'we guess', 'maybe', 'perhaps',
      'possibly', 'probably', 'hopefully', 'might', 'kind of', 'sort of', 'somewhat', 'quite', 'very',
      'really', 'fairly', 'pretty much', 'more or less', 'in a way', 'to some extent', 'seems', 'it seems',
      'we try', 'we will try', 'try to'
    ],
    degreeHedges: ['somewhat', 'quite', 'very', 'really', 'fairly', 'pretty much', 'more or less', 'in a way', 'to some extent'],
    buzzwords: [
      'disrupt*', 'synerg*', 'world-class', 'world class', 'revolutionar*', 'revolutionize', 'revolutionise',
      'leverag*', 'paradigm shift', 'paradigm', 'game-changer', 'game changer', 'game-changing', 'cutting-edge',
      'cutting edge', 'state-of-the-art', 'state of the art', 'next-generation', 'next generation', 'best-in-class',
      'best of breed', 'holistic', 'seamless*', 'innovative', 'groundbreaking', 'ground-breaking', 'unique',
      'scalable', 'ecosystem', 'empower*', 'value-add*', 'value added', 'one-stop shop', 'one-stop-shop',
      'blockchain-based', 'ai-powered', 'ai-driven', 'data-driven', 'moonshot', 'unicorn', 'move the needle',
      'low-hanging fruit', 'think outside the box', 'win-win', 'robust', 'actionable', 'impactful', 'transformative',
      'next level', 'mission-critical', 'thought leader*', 'deep dive', 'bleeding edge', 'frictionless'
    ],
    vague: [
      'many', 'a lot', 'a lot of', 'lots of', 'lots', 'several', 'various', 'numerous', 'countless', 'a few',
      'a number of', 'a great deal', 'significant*', 'substantial*', 'huge', 'massive', 'enormous', 'tons of', 'loads of',
      'plenty of', 'often', 'frequently', 'a majority', 'the majority', 'a large number', 'a small number',
      'dramatically', 'considerabl*'
    ],
    fillers: ['basically', 'actually', 'literally', 'you know', 'i mean', 'like i said', 'just', 'honestly', 'essentially', 'obviously', 'totally', 'um', 'uh', 'er', 'so yeah', 'anyway', 'in fact', 'at the end of the day'],
    simpler: {
      utilize: ['use'], utilise: ['use'], utilizes: ['uses'], utilises: ['uses'], utilization: ['use'],
      facilitate: ['help', 'ease'], facilitates: ['helps', 'eases'], 'in order to': ['to'], approximately: ['about'],
      commence: ['start', 'begin'], commences: ['starts', 'begins'], 'a large number of': ['many'],
      'at this point in time': ['now'], 'due to the fact that': ['because'], 'in the event that': ['if'],
      'prior to': ['before'], subsequently: ['later', 'then'], endeavour: ['try'], endeavor: ['try'],
      implement: ['do', 'carry out', 'start'], methodology: ['method'], functionality: ['feature'],
      optimize: ['improve'], optimise: ['improve'], 'with regard to': ['about'], 'in terms of': ['in', 'for'],
      'is able to': ['can'], 'are able to': ['can'], 'for the purpose of': ['to', 'for'], numerous: ['many'],
      additional: ['more', 'extra'], assistance: ['help'], demonstrate: ['show'], demonstrates: ['shows'],
      individuals: ['people'], purchase: ['buy'], sufficient: ['enough'], 'on a daily basis': ['daily'],
      'a majority of': ['most'], 'in close proximity': ['near'], ascertain: ['find out'], initiate: ['start']
    },
    passiveAuxiliaries: ['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be', 'get', 'got', 'gets', 'getting'],
    passiveEndings: [],
    adjectivalParticiples: [
      'based', 'interested', 'located', 'excited', 'concerned', 'involved', 'dedicated', 'committed', 'qualified',
      'experienced', 'skilled', 'tired', 'worried', 'pleased', 'satisfied', 'motivated', 'engaged', 'determined',
      'focused', 'focussed', 'supposed', 'married', 'retired', 'talented', 'limited', 'isolated', 'scared', 'bored',
      'frustrated', 'disappointed', 'surprised', 'amazed', 'prepared', 'ashamed', 'aged', 'convinced',
      'confused', 'overwhelmed', 'stressed', 'connected', 'detailed', 'advanced', 'automated', 'crowded'
    ],
    irregularParticiples: [
      'arisen', 'awoken', 'been', 'borne', 'born', 'beaten', 'become', 'begun', 'bent', 'bet', 'bid', 'bitten', 'bled',
      'blown', 'broken', 'bred', 'brought', 'built', 'burnt', 'bought', 'caught', 'chosen', 'come', 'cost', 'cut', 'dealt',
      'dug', 'done', 'drawn', 'dreamt', 'driven', 'drunk', 'eaten', 'fallen', 'fed', 'felt', 'fought', 'found', 'fled',
      'flown', 'forbidden', 'forgotten', 'forgiven', 'frozen', 'got', 'gotten', 'given', 'gone', 'ground', 'grown', 'hung',
      'heard', 'hidden', 'hit', 'held', 'hurt', 'kept', 'known', 'laid', 'led', 'left', 'lent', 'let', 'lain', 'lit', 'lost',
      'made', 'meant', 'met', 'paid', 'proven', 'put', 'quit', 'read', 'ridden', 'rung', 'risen', 'run', 'said', 'seen',
      'sought', 'sold', 'sent', 'set', 'shaken', 'shed', 'shot', 'shown', 'shut', 'sung', 'sunk', 'sat', 'slept', 'slid',
      'spoken', 'spent', 'spun', 'spread', 'stood', 'stolen', 'stuck', 'stung', 'struck', 'sworn', 'swept', 'swum', 'taken',
      'taught', 'torn', 'told', 'thought', 'thrown', 'understood', 'undertaken', 'upset', 'woken', 'worn', 'woven', 'won',
      'written', 'withdrawn', 'overseen', 'overcome', 'rebuilt', 'rewritten', 'undone'
    ]
  },
  readability: 'english',
  wordsPerMinute: 150,
  messages: {
    reasons: {
      'story-problem': 'The problem is {0}: say who suffers what, how often and at what cost',
      'story-hero': 'The hero is {0}: name the person or group whose life changes',
      'story-change': 'The change is {0}: say what you do differently',
      'story-outcome': 'The outcome is {0}: say what is different afterwards, with a figure',
      'story-ask': 'The ask is {0}: say what you want from this audience',
      'story-order-change': 'The solution comes before any problem is stated',
      'story-order-outcome': 'A result comes before the change that causes it',
      'team-as-hero': 'The team is the protagonist: `we` appears {0} times, the people you serve {1}',
      'hard-sentence': 'Hard to read sentence ({0})',
      'long-sentence': 'Long sentence: {0} words, more than {1}',
      passive: 'Passive voice `{0}`: say who acts',
      hedge: 'Hedge `{0}` weakens the claim',
      simpler: 'Use a simpler word than `{0}`',
      buzzword: 'Buzzword `{0}` says little',
      'vague-quantity': 'Vague quantity `{0}`: give a figure',
      filler: 'Filler `{0}` wastes your slot',
      'over-time': 'The pitch takes about {0} seconds to say, {1} seconds over the {2}-second slot'
    },
    notes: {
      'story-problem': 'A jury invests in a problem before a solution. Who has it, how often, and what does it cost them?',
      'story-hero': 'Stories follow a person. Name one (Maria, 84) or a concrete group (nurses on night shift), not the team.',
      'story-change': 'The change is the turning point: what happens differently because of you?',
      'story-outcome': 'Show the after-state: before → after, with a number and a unit.',
      'story-ask': 'End with one concrete request: money, a pilot, a partner or a decision, with an amount or a date.',
      'story-order': 'Problem, then change, then outcome: the listener needs the pain before the remedy makes sense.',
      'team-as-hero': 'Make the people you serve the subject of your sentences; the team is the mentor, not the hero.',
      'hard-sentence': 'Split it, or use shorter and more common words: a listener cannot reread.',
      'long-sentence': 'A sentence you say aloud should fit in one breath. Split it in two.',
      passive: 'Active voice names who does what, which makes the story concrete.',
      hedge: 'State what you know; where you are unsure, say what you will test.',
      simpler: 'Plain words are understood faster by a listening jury.',
      buzzword: 'Replace the label with the fact behind it: what exactly is new, for whom, measured how?',
      'vague-quantity': 'A figure convinces where “many” does not: how many, out of how many?',
      filler: 'Cut it: every second of the slot counts.',
      'over-time': 'Cut words or pick a longer slot: a jury stops listening when the time is up.'
    },
    status: {weak: 'weak', missing: 'missing'},
    elements: {problem: 'problem', hero: 'hero', change: 'change', outcome: 'outcome', ask: 'ask'},
    missing: {
      problem: 'What goes wrong today, for whom, and how often? What does it cost them?',
      hero: 'Who is one person whose life this changes — what is her name, and what does her day look like?',
      change: 'What exactly will you do differently, and what is the first thing a user notices?',
      outcome: 'What will be different after a year, and which number will show it?',
      ask: 'What do you want from this audience today: money, a pilot, a partner or a decision — and how much?'
    },
    weak: {
      problem: 'You say “{0}” — how often does it happen, to how many, and what does it cost?',
      hero: 'You mention “{0}” — who is one of them, and what does the problem cost her?',
      change: 'You say “{0}” — what does it look like in practice, step by step?',
      outcome: 'You say “{0}” — how will you measure it, and what is the figure today?',
      ask: 'You say “{0}” — what exactly do you ask for, from whom, how much and by when?'
    },
    one: 'You mention “{0}” — who is that, and what does the problem cost them?',
    reported: 'You report “{0}” — what is different for them now, and what was the figure before?',
    evidence: {
      cue: 'says “{0}”',
      words: 'uses words such sentences often use: “{0}”',
      wordsWhole: 'reads like such sentences in its words as a whole, though no one word stands out',
      person: 'names a person: {0}',
      proper: 'a capitalised name, a person or a place: {0}',
      people: 'names the people served: {0}',
      generic: 'names people only generically: {0}',
      number: 'gives a figure: {0}',
      comparison: 'before → after with numbers',
      negation: 'states a lack: {0}',
      aim: 'an aim, not yet a result',
      hoped: 'hoped for, as the heading says, not yet a result',
      unsure: 'hedged, not yet decided: “{0}”',
      buzzword: 'a label, not yet a fact: “{0}”',
      purpose: 'says what it is for: “{0}”',
      past: 'reports what happened',
      reportAfterChange: 'reports what happened after the change',
      reported: 'tells what people said after the change',
      afterState: 'tells how things stand after the change: “{0}”',
      question: 'asks the audience',
      imperative: 'calls the audience to act',
      channel: 'says where or how to act',
      position: 'where such sentences usually stand',
      teamPast: 'says what the team did: “{0} …”',
      teamActs: 'says what the team does: “{0} …”',
      neighbour: 'continues the previous sentence',
      pronoun: 'refers to someone named before: {0}',
      speech: 'quotes a person in their own words: “{0}”',
      listItem: 'an item of a list, as features and steps are',
      next: 'leads into the next sentence',
      heading: 'under the heading “{0}”'
    },
    narrativeCaveat: 'Only {0} words: Olson calls the Narrative Index unreliable below 1,000 words; read it as a hint.',
    spineSeparator: '; '
  }
}
