import { definePack, words } from './types';

export const nl = definePack({
  code: 'nl',
  name: 'Dutch',
  script: 'Latn',
  direction: 'ltr',
  impliedZone: 'Europe/Amsterdam',
  functionWords: words('de het een van en is dat niet op voor met zijn ook maar aan bij naar wordt'),
  nameParticles: ['van', 'der', 'den', 'de'],
  monthNames: [
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  abbreviations: ['dhr.', 'mevr.', 'Dr.', 'Prof.', 'bijv.', 'o.a.', 'd.w.z.', 'ca.', 'St.'],
  furnitureLabels: ['delen', 'lees ook', 'advertentie', 'video', 'bekijk de video'],
  readMorePrefixes: ['lees ook', 'lees meer', 'zie ook', 'bekijk ook', 'meer over', 'gerelateerd'],
  // Paywalls' lines ('Word abonnee', 'Lees verder met een abonnement', 'Inloggen').
  subscribeWords: ['abonnee', 'abonnement', 'inloggen', 'log hier in'],
  rightsPhrases: ['alle rechten voorbehouden'],
  printNotices: ['dit artikel verscheen ook in de krant', 'een versie van dit artikel verscheen'],
  newsroomRoles: ['correspondent', 'verslaggever', 'redacteur', 'journalist', 'columnist'],
  authorPaths: ['auteur', 'auteurs'],
  bylineLabels: ['door'],
  nameJoiners: ['en'],
  creditWith: ['met'],
  creditLines: ['Belga'],
  bylinePrefixes: ['door'],
  timeConnectors: ['om'],
  updatedLabels: [String.raw`bijgewerkt(?:\s+op)?`],
  publishedLabels: [String.raw`gepubliceerd(?:\s+op)?`, String.raw`geplaatst(?:\s+op)?`],
});
