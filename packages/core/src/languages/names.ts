/**
 * Common given names that compromise's lexicon does not know, lower case, for
 * the profiles' `givenNames`. Finnish and Swedish texts need them to tell a
 * person from a place or an organisation (neither language has a tagger
 * here), and English pitches from Finland and Sweden name the same people
 * ("Raimo walks to the shop every morning").
 *
 * @module
 */

/** Common Finnish given names (women's, then men's). */
export const finnishGivenNames: readonly string[] = [
  'aila', 'anja', 'annikki', 'eeva', 'eila', 'elina', 'hannele', 'helmi', 'hilkka', 'kaarina', 'kirsi', 'kirsti', 'leila',
  'liisa', 'maija', 'marja', 'marjatta', 'marjut', 'merja', 'minna', 'päivi', 'pirjo', 'raili', 'riitta', 'ritva', 'saara',
  'sanna', 'sari', 'satu', 'seija', 'sirkka', 'tarja', 'tiina', 'tuija', 'tuula', 'ulla', 'aleksi', 'antero', 'antti',
  'eero', 'eino', 'esa', 'hannu', 'heikki', 'jari', 'jukka', 'juha', 'juhani', 'jussi', 'kalevi', 'kari', 'lauri',
  'markku', 'mika', 'mikko', 'olavi', 'onni', 'pekka', 'pentti', 'pertti', 'petri', 'raimo', 'sakari', 'seppo', 'tapani',
  'tapio', 'timo', 'tuomas', 'veikko', 'ville', 'väinö',
  // More of the common names of all ages, and common names among Finns born abroad.
  'aili', 'anneli', 'eveliina', 'hodan', 'iida', 'irja', 'jonna', 'kaisa', 'oona', 'pihla', 'pirkko', 'raija', 'siiri',
  'sirpa', 'sisko', 'tellervo', 'tuulikki', 'vappu', 'venla', 'aarne', 'abdi', 'aleksanteri', 'arvo', 'eetu', 'erkki',
  'ilkka', 'jani', 'kimmo', 'mikael', 'oiva', 'teemu', 'toivo', 'aune', 'helvi', 'esko', 'aaro'
]

/** Common Swedish given names (women's, then men's). */
export const swedishGivenNames: readonly string[] = [
  'agneta', 'alva', 'annelie', 'berit', 'birgitta', 'britta', 'camilla', 'carina', 'ebba', 'ellinor', 'gun', 'gunilla',
  'gunnel', 'inger', 'ingegerd', 'kerstin', 'linnea', 'linnéa', 'lisbeth', 'maj', 'majken', 'malin', 'marianne', 'märta',
  'rut', 'signe', 'siv', 'solveig', 'tove', 'ulla', 'ulrika', 'viveka', 'åsa', 'anders', 'arvid', 'bengt', 'bertil',
  'björn', 'bo', 'göran', 'gösta', 'håkan', 'ingvar', 'jöns', 'kjell', 'lennart', 'magnus', 'mats', 'nils', 'olof',
  'pelle', 'rolf', 'stig', 'sture', 'torbjörn', 'ulf', 'åke', 'örjan',
  // More of the common names of all ages, and common names among Swedes born abroad.
  'alma', 'amira', 'anneli', 'ayan', 'hodan', 'jonna', 'kaisa', 'klara', 'margareta', 'moa', 'saga', 'stina',
  'abdi', 'arne', 'axel', 'birger', 'jan', 'janne', 'jocke', 'lasse', 'mikael', 'olle', 'per', 'rune', 'sigvard', 'sixten'
]
