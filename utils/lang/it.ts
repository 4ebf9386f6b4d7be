import { definePack, words } from './types';

export const it = definePack({
  code: 'it',
  name: 'Italian',
  script: 'Latn',
  direction: 'ltr',
  impliedZone: 'Europe/Rome',
  functionWords: words('il di che della per non una sono gli con anche è alla nel delle degli dei più'),
  nameParticles: ['di', 'da'],
  monthNames: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  abbreviations: ['Sig.', 'Sig.ra', 'Dott.', 'Dott.ssa', 'Prof.', 'Ing.', 'Avv.', 'On.', 'S.', 'p. es.'],
  furnitureLabels: ['condividi', 'leggi anche', 'pubblicità', 'iscriviti', 'video', 'guarda il video'],
  readMorePrefixes: ['leggi anche', 'leggi pure', 'vedi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati', 'correlati', 'approfondisci'],
  rightsPhrases: ['tutti i diritti riservati', 'riproduzione riservata'],
  printNotices: ["questo articolo è stato pubblicato sull'edizione"],
  subscribeWords: ['iscriviti'],
  newsroomRoles: ['corrispondente', 'giornalista', 'redattore', 'redattrice', 'inviato', 'inviata', 'editorialista'],
  authorPaths: ['autore', 'autori'],
  bylineLabels: ['autore'],
  nameJoiners: ['e'],
  creditWith: ['con'],
  authorNoteVerbs: ['è'],
  creditLines: ['ANSA'],
  // "Di Maria" is a surname: only on Italian pages.
  bylinePrefixes: ['di', 'testo di', 'a cura di'],
  // "16 novembre 2023 ore 10:21", "… alle 10:21".
  timeConnectors: ['alle', 'ore'],
  updatedLabels: [String.raw`aggiornat[oa](?:\s+il)?`],
  publishedLabels: [String.raw`pubblicat[oa](?:\s+il)?`],
  sourceLabels: ['fonte', 'fonti'],
  weekdayNames: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  otherCreditLabels: ['foto', 'video'],
  pointerPhrases: ['è disponibile sul sito', 'sono disponibili sul sito', 'clicca qui'],
});
