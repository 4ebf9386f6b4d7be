import { definePack, words } from './types';

export const de = definePack({
  code: 'de',
  name: 'German',
  script: 'Latn',
  direction: 'ltr',
  impliedZone: 'Europe/Berlin',
  stopWords: words(`der die das den dem des ein eine einer einem einen eines und oder aber doch sondern in im an am auf
    aus bei mit nach von vom zu zum zur für über unter vor durch gegen ohne um ist sind war waren wird werden
    wurde wurden hat haben hatte sein ich du er sie es wir ihr nicht auch noch nur schon sich als wie so dass
    da wenn man mehr sehr dies diese dieser dieses laut sagte`),
  functionWords: words('der die und das ist nicht mit den von zu ein eine sich auch auf dem im für wird'),
  speechVerbs: [
    'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'meinte', 'fügte hinzu', 'warnte', 'so',
    'betont', 'teilte', 'teilt', 'bestätigte', 'argumentiert', 'argumentierte', 'berichtet', 'berichtete', 'berichten', 'schreibt', 'schrieb', 'beteuerte', 'heisst es', 'heißt es', 'hiess es', 'hieß es',
  ],
  accordingTo: ['laut'],
  commaCues: ['so'],
  speakerPronouns: ['er', 'sie'],
  captionPositions: ['links', 'rechts', 'von links'],
  complementizers: ['dass'],
  describedSpeakerOpeners: ['der', 'die', 'das', 'ein', 'eine', 'sein', 'seine', 'ihr', 'ihre'],
  saidProForms: ['dies', 'das', 'so'],
  relativeDays: ['gestern', 'heute', 'morgen'],
  titleCues: ['genannt', 'namens', 'titel'],
  connectives: ['außerdem', 'jedoch', 'aber', 'zudem'],
  honorifics: ['herr', 'frau'],
  roles: [
    'bundeskanzler(?:in)?', String.raw`\p{L}*minister(?:in)?`, String.raw`\p{L}*präsident(?:in)?`, 'kanzler(?:in)?', String.raw`\p{L}*sprecher(?:in)?`,
    'bürgermeister(?:in)?', 'vorsitzende[rn]?', 'abgeordnete[rn]?', 'direktor(?:in)?', 'professor(?:in)?', 'botschafter(?:in)?',
    // Compounds: "Ryanair-Chef", "Grünen-Fraktionschefin", "Satellitenexperte", "Kantonschemiker", "SVP-Nationalrat".
    // Hyphens only between letters, at most three parts: "[\p{L}-]*" let every hyphen of a run start a match that read to its end (quadratic).
    String.raw`(?:\p{L}+-){0,3}\p{L}*chef(?:in)?`, String.raw`(?:\p{L}+-){0,3}\p{L}*expert(?:e|in)`, String.raw`(?:\p{L}+-){0,3}\p{L}*chemiker(?:in)?`,
    String.raw`(?:\p{L}+-){0,3}\p{L}*(?:national|stände|regierungs|gemeinde)rät(?:in)?`, String.raw`(?:\p{L}+-){0,3}\p{L}*(?:national|stände|regierungs|gemeinde)rat`,
  ],
  prepositions: ['in', 'im', 'aus', 'bei', 'beim', 'mit', 'nach', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'vor', 'gegen', 'nahe'],
  placeNames: [
    'Deutschland', 'Russland', 'Ukraine', 'USA', 'China', 'Frankreich', 'Israel', 'Iran', 'Österreich', 'Schweiz', 'Europa', 'EU', 'Berlin', 'Moskau', 'Kiew', 'Washington',
    'Brüssel', 'Peking', 'Großbritannien', 'Italien', 'Spanien', 'Polen', 'Türkei', 'Japan', 'Bayern', 'Sachsen', 'Hessen', 'Hamburg', 'München', 'Wien', 'Gaza',
  ],
  nameParticles: ['von', 'der', 'zu'],
  outcomeWords: ['prozent', 'millionen', 'milliarden'],
  ordinalWords: ['erstens', 'zweitens', 'drittens', 'viertens', 'fünftens', 'sechstens', 'siebtens', 'achtens'],
  enumerationHeads: ['folgende'],
  // Austrian pages write "Jänner".
  monthNames: [
    ['januar', 'jänner', 'jän', 'jan'], ['februar', 'feb'], ['märz', 'maerz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  abbreviations: ['z. B.', 'z.B.', 'd. h.', 'd.h.', 'u. a.', 'u.a.', 'o. ä.', 's. o.', 's. u.', 'Dr.', 'Prof.', 'Nr.', 'St.', 'Hr.', 'Fr.', 'Str.', 'ca.', 'vgl.', 'bzw.', 'sog.', 'evtl.', 'ggf.', 'inkl.', 'zzgl.', 'Mio.', 'Mrd.', 'Jh.'],
  commentOpeners: ['kommentare', 'leserkommentare', 'kommentar schreiben', 'kommentieren', 'diskutieren sie mit', 'ihre meinung', 'die kommentarfunktion ist geschlossen'],
  furnitureLabels: [
    // A box's toggles.
    'mehr anzeigen', 'weniger anzeigen',
    'folgen sie uns', 'folge uns',
    // A story's tool bar: text size, print, send.
    'schriftgröße', 'artikel drucken',
    'vergrößern', 'bild vergrößern', 'großansicht', 'teilen', 'artikel teilen', 'mehr zum thema', 'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren', 'anzeige', 'werbung', 'abonnieren', 'foto', 'inhalt', 'inhaltsverzeichnis', 'schlagworte', 'fehler melden', 'nächster artikel', 'vorheriger artikel', 'weiterlesen', 'app herunterladen', 'zur startseite', 'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'beliebt', 'top-artikel', 'nicht verpassen', 'video', 'videos', 'video abspielen', 'video ansehen', 'zum video'],
  toolLabels: ['drucken', 'versenden', 'artikel versenden', 'e-mail', 'merken'],
  readMorePrefixes: ['mehr zum thema', 'lesen sie auch', 'mehr dazu', 'schlagwörter', 'themen', 'nächster artikel', 'video'],
  appPrompts: [String.raw`(?:laden sie sich|laden sie|lade dir|holen sie sich|hol dir)\s+(?:jetzt\s+)?(?:die|unsere)\s+(?:\S+\s+){0,3}app(?!\p{L})`],
  rightsPhrases: ['alle rechte vorbehalten'],
  errorPrompts: ['fehler entdeckt?', 'fehler gefunden?', 'haben sie einen fehler entdeckt', 'haben sie einen fehler gefunden'],
  printNotices: ['dieser artikel erschien in der', 'dieser artikel erschien zuerst', 'dieser beitrag erschien zuerst', 'dieser beitrag erschien in der', 'dieser text erschien in der', 'erschienen in der printausgabe'],
  subscribeWords: ['abonnieren', 'abonnent', 'einloggen', 'anmelden'],
  newsroomRoles: ['redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporter', 'reporterin', 'journalist', 'journalistin', 'autor', 'autorin'],
  authorPaths: ['autor', 'autoren'],
  tagPaths: ['thema', 'themen', 'stichwort', 'schlagwort'],
  // SDA: the Swiss agency's German name.
  bylineLabels: ['autor(?:in)?', 'text'],
  nameJoiners: ['und'],
  // "mit Material von dpa": the agency's material, credited as "mit dpa" is.
  creditWith: ['mit material von', 'mit material der', 'mit'],
  authorNoteVerbs: ['ist'],
  creditLines: ['DPA', 'dpa', 'KNA', 'epd', 'SDA'],
  // "Von" is also a surname particle ("Von Miller"): only on German pages.
  bylinePrefixes: ['von', String.raw`text\s+von`],
  timeConnectors: ['um'],
  clockSuffixes: ['Uhr'],
  // "Stand: 12.03.2019 14:30 Uhr": the time of the page's last version, often the only date it shows.
  updatedLabels: [String.raw`aktualisiert(?:\s+am)?`, String.raw`geändert(?:\s+am)?`, String.raw`(?<!\p{L})stand`],
  publishedLabels: [String.raw`veröffentlicht(?:\s+am)?`, String.raw`erschienen(?:\s+am)?`, String.raw`publiziert(?:\s+am)?`, String.raw`erstellt(?:\s+am)?`, 'datum', String.raw`von\s+[^\n:|]{1,40}?\s+am`],
  sourceLabels: ['quelle', 'quellen'],
  weekdayNames: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  otherCreditLabels: [String.raw`fotos?`, String.raw`bilder?`, 'grafik', 'video'],
  otherCreditBy: [String.raw`fotos?\s+von`, String.raw`fotografiert\s+von`, String.raw`bilder?\s+von`, String.raw`illustrationen?\s+von`],
  pointerPhrases: ['ist auf der website', 'sind auf der website', 'finden sie auf der website', 'hier klicken', 'nachzulesen auf'],
  furnitureOpeners: ['bildquelle', 'anzeige'],
  followPrompts: ['folgen sie', 'folge uns'],
  authorBoxLabels: ['über den autor', 'über die autorin', 'zur person'],
  sectionWords: ['nachrichten', 'news', 'aktuell', 'politik', 'wirtschaft', 'sport', 'kultur', 'panorama', 'ausland', 'inland', 'wissen', 'gesundheit', 'meinung', 'regional', 'lokales', 'digital', 'reise', 'feuilleton', 'deutschland', 'welt'],
});
