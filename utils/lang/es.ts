import { definePack, words } from './types';

export const es = definePack({
  code: 'es',
  name: 'Spanish',
  script: 'Latn',
  direction: 'ltr',
  stopWords: words(`el la los las un una unos unas de del y o pero en con por para sin sobre entre a al que quien cual
    cuyo donde como cuando se su sus lo le les me te nos es son fue fueron ser ha han había haber está están
    estar muy más también ya no sí este esta estos estas ese esa eso según dijo`),
  functionWords: words('el los las del que por una para con como más pero se está fue al sus entre muy'),
  speechVerbs: [
    'dijo', 'afirmó', 'señaló', 'explicó', 'aseguró', 'declaró', 'añadió', 'indicó', 'dice', 'afirma',
    'reiteró', 'comentó', 'agregó', 'admitió', 'sostuvo', 'advirtió', 'destacó', 'subrayó', 'manifestó', 'expresó', 'insistió', 'precisó', 'detalló', 'informó', 'anunció', 'reconoció', 'recordó', 'apuntó', 'respondió',
    'dijeron', 'explicaron', 'agregaron', 'aseguraron', 'señalaron', 'afirmaron',
  ],
  // "se dice que" (it is said that): no one named speaks.
  speechIdioms: ['se dice', 'dicho sea de paso'],
  accordingTo: ['según'],
  speakerPronouns: ['él', 'ella'],
  complementizers: ['que'],
  describedSpeakerOpeners: ['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus'],
  titleCues: ['titulado', 'llamado', 'denominado', 'campaña'],
  connectives: ['sin embargo', 'además', 'por otra parte'],
  honorifics: ['señor', 'señora', String.raw`sr\.`, String.raw`sra\.`],
  roles: [
    'presidente', 'presidenta', 'ministro', 'ministra', 'alcalde', 'alcaldesa', 'portavoz', 'secretari[oa]', 'director(?:a)?', 'diputad[oa]', 'senador(?:a)?', 'canciller',
    'embajador(?:a)?', 'gobernador(?:a)?', 'vicepresidente', 'vicepresidenta', 'jefe', 'jefa', 'fiscal', 'abogad[oa]', 'experto', 'experta', 'profesor(?:a)?', 'economista', 'líder',
  ],
  prepositions: ['de', 'del', 'en', 'con', 'por', 'para', 'a', 'al', 'desde', 'hacia', 'sobre', 'entre', 'contra'],
  placeNames: [
    'España', 'Estados Unidos', 'EE.UU.', 'EE. UU.', 'México', 'Argentina', 'Colombia', 'Chile', 'Perú', 'Venezuela', 'Cuba', 'Rusia', 'Ucrania', 'China', 'Francia',
    'Alemania', 'Israel', 'Irán', 'Europa', 'Madrid', 'Barcelona', 'Cataluña', 'Andalucía', 'Washington', 'Moscú', 'Kiev', 'Bruselas', 'Pekín', 'Gaza', 'Brasil',
  ],
  nameParticles: ['de', 'del', 'y'],
  outcomeWords: ['por ciento', 'millones'],
  ordinalWords: ['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo'],
  enumerationHeads: ['los', 'las', 'estos', 'estas'],
  monthNames: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  abbreviations: ['Sr.', 'Sra.', 'Srta.', 'Sres.', 'Dr.', 'Dra.', 'D.', 'Dña.', 'Ud.', 'Uds.', 'Lic.', 'Ing.', 'Gral.', 'Sto.', 'Sta.', 'Av.', 'p. ej.', 'EE. UU.', 'EE.UU.', 'pág.', 'núm.', 'aprox.'],
  furnitureLabels: ['compartir', 'leer más', 'lee también', 'te puede interesar', 'noticias relacionadas', 'publicidad', 'anuncio', 'suscríbete', 'foto', 'índice', 'etiquetas', 'reportar un error', 'siguiente', 'anterior', 'seguir leyendo', 'continuar leyendo', 'descarga la app'],
  readMorePrefixes: ['leer más', 'lee también', 'temas', 'etiquetas'],
  subscribeWords: ['suscríbete', 'boletín', 'suscriptor', 'suscripción', 'inicia sesión'],
  bylineLabels: ['autor(?:es|a)?', 'redacción', 'texto'],
  nameJoiners: ['y'],
  authorNoteVerbs: ['es', 'fue'],
  creditLines: ['EFE', 'Europa Press'],
  bylinePrefixes: ['por'],
  timeConnectors: [String.raw`a\s+las`],
  clockSuffixes: ['h'],
  updatedLabels: [String.raw`actualizad[oa](?:\s+el)?`, 'actualización'],
  sourceLabels: ['fuente', 'fuentes'],
  weekdayNames: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  otherCreditLabels: [String.raw`fotos?`, 'fotografía', 'vídeo', 'video'],
  followPrompts: ['síguenos', 'siga a'],
});
