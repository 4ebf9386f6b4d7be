import { definePack, words } from './types';

export const fr = definePack({
  code: 'fr',
  name: 'French',
  script: 'Latn',
  direction: 'ltr',
  impliedZone: 'Europe/Paris',
  stopWords: words(`le la les un une des du de d l et ou mais donc or ni car à au aux en dans par pour sur avec sans sous
    ce cet cette ces il elle ils elles on nous vous je tu me te se sa son ses leur leurs qui que quoi dont où
    ne pas plus est sont été être a ont avait avoir fait comme aussi très tout tous toute toutes y lui même
    selon entre après avant encore`),
  functionWords: words('le la les des et est une dans que pour pas du sur qui avec au ce il sont'),
  speechVerbs: [
    'a déclaré', 'a dit', 'a affirmé', 'a souligné', 'a expliqué', 'a ajouté', 'a indiqué', 'a estimé', 'a assuré', 'a précisé', 'a rappelé', 'a averti', 'a annoncé', 'a répondu',
    'déclare', 'explique', 'estime', 'affirme', 'souligne', 'dit', 'ajoute', 'assure', 'précise', 'rappelle', 'poursuit', 'insiste', 'confie', 'martèle', 'lance', 'avertit',
    // After an inverted subject ("a-t-il ajouté", "a déclaré M. Poutine"), the participle alone.
    'déclaré', 'ajouté', 'affirmé', 'souligné', 'expliqué', 'indiqué', 'estimé', 'assuré', 'précisé', 'rappelé', 'confié', 'lancé', 'martelé', 'insisté', 'poursuivi',
    'annoncé', 'noté', 'confirmé', 'rapporté', 'reconnu', 'raconté', 'demandé', 'informe', 'fait savoir', 'rapporte', 'rapportent', 'confirme', 'raconte', 'arguant',
  ],
  // "autrement dit" (in other words), "soit dit en passant", "proprement dit": no one speaks.
  speechIdioms: ['autrement dit', 'soit dit en passant', 'proprement dit', 'ce qui est dit', 'cela dit', 'ceci dit'],
  // Speech verbs take « avoir »: a participle after « être » is passive ("sera confié à la Commission", "a été annoncé").
  // « s'est dit favorable » keeps its cue: the auxiliary after an apostrophe is not matched.
  passiveAuxiliaries: ['est', 'sont', 'sera', 'seront', 'serait', 'seraient', 'était', 'étaient', 'été', 'être', 'fut', 'furent', 'soit', 'soient'],
  objectRelatives: ['que', "qu'", 'qu’'],
  subjectRelatives: ['qui'],
  accordingTo: ['selon'],
  // "a-t-il ajouté": the pronoun after the auxiliary, left before the participle.
  speakerPronouns: ['il', 'elle', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles'],
  pluralPronouns: ['ont-ils', 'ont-elles'],
  hearingVerbs: ['entendu', 'entend', 'entendait'],
  complementizers: ['que'],
  describedSpeakerOpeners: ['le', 'la', "l'", 'l’', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur'],
  saidProForms: ['cela', 'ceci', 'ça', 'ainsi'],
  relativeDays: ['hier', 'aujourd’hui', "aujourd'hui", 'demain'],
  titleCues: ['intitulé', 'appelé', 'nommé'],
  connectives: ['cependant', 'toutefois', 'par ailleurs', 'en outre'],
  honorifics: [String.raw`m\.`, 'mme'],
  roles: [
    'président(?:e)?', 'ministre', 'maire', 'porte-parole', 'premier ministre', 'secrétaire', 'directeur', 'directrice', 'député(?:e)?', 'sénat(?:eur|rice)', 'chef(?:fe)?',
    'ambassad(?:eur|rice)', 'préfet', 'procureur(?:e)?', 'avocat(?:e)?', 'responsable', 'chercheu(?:r|se)', 'professeur(?:e)?', 'économiste', 'patron(?:ne)?', 'commissaire',
  ],
  prepositions: ['de', 'du', 'des', 'de la', "de l'", "d'", 'à', 'au', 'aux', 'en', 'pour', 'avec', 'par', 'sur', 'dans', 'chez', 'vers', 'contre', 'entre', 'lors'],
  placeNames: [
    'France', 'Russie', 'Ukraine', 'Allemagne', 'États-Unis', 'Etats-Unis', 'Chine', 'Japon', 'Israël', 'Iran', 'Népal', 'Afghanistan', 'Italie', 'Espagne', 'Royaume-Uni',
    'Europe', 'Union européenne', 'Inde', 'Syrie', 'Irak', 'Liban', 'Gaza', 'Paris', 'Moscou', 'Kiev', 'Washington', 'Bruxelles', 'Berlin', 'Pékin', 'Londres', 'Matignon',
    'Élysée', 'Elysée', 'Bercy', 'Algérie', 'Maroc', 'Tunisie', 'Québec', 'Belgique', 'Suisse',
  ],
  quotingCues: ['citant'],
  captionPositions: ['à gauche', 'à droite', 'au centre', 'de gauche à droite'],
  nameParticles: ['de', 'du', 'la', 'le'],
  outcomeWords: ['pour cent', 'millions', 'milliards'],
  ordinalWords: ['premièrement', 'deuxièmement', 'troisièmement', 'quatrièmement', 'cinquièmement', 'sixièmement'],
  enumerationHeads: ['les', 'des', 'ces'],
  monthNames: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc'],
  ],
  abbreviations: ['M.', 'MM.', 'Mme.', 'Mlle.', 'Dr.', 'Pr.', 'St.', 'Ste.', 'av.', 'bd.', 'cf.', 'p. ex.', 'env.', 'vol.'],
  commentOpeners: ['commentaires', 'vos commentaires', 'réagissez', 'réagir', 'réagir à cet article', 'laisser un commentaire', 'ajouter un commentaire', 'écrire un commentaire', 'les commentaires sont fermés'],
  furnitureLabels: [
    // A box's toggles.
    'voir plus', 'voir moins', 'afficher plus', 'afficher moins',
    'suivez-nous',
    // A story's tool bar: text size, print, send.
    'taille du texte', "imprimer l'article", 'imprimer l’article',
    'agrandir', 'agrandir la photo', 'agrandir l’image', "agrandir l'image", 'voir en grand', 'partager', 'partagez', 'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'sur le même sujet', 'publicité', 'abonnez-vous', 'photo', 'sommaire', 'mots-clés', 'signaler une erreur', 'article suivant', 'article précédent', 'continuer la lecture', 'lire la suite', "télécharger l'application", 'suivant', 'précédent', 'les plus lus', 'articles les plus lus', 'les plus partagés', 'à ne pas manquer', 'tendances', 'populaires', 'vidéo', 'vidéos', 'voir la vidéo', 'regarder la vidéo', 'lire la vidéo'],
  toolLabels: ['imprimer', 'envoyer', 'envoyer par e-mail', 'e-mail', 'courriel', 'sauvegarder'],
  readMorePrefixes: ['lire aussi', 'à lire aussi', 'voir aussi', 'mots-clés', 'sujets', 'article suivant', 'article précédent', 'vidéo'],
  appPrompts: [String.raw`(?:téléchargez|installez)\s+(?:l'\s*application|l'\s*app|notre\s+application|notre\s+app)(?!\p{L})`],
  rightsPhrases: ['tous droits réservés', 'reproduction interdite'],
  errorPrompts: ['vous avez repéré une erreur', 'vous avez remarqué une erreur', 'vous avez constaté une erreur', 'signaler une erreur'],
  printNotices: ["cet article est paru dans l'édition", 'cet article a été initialement publié', 'cet article a initialement été publié', 'cet article est initialement paru', "cet article a été publié dans l'édition", "article paru dans l'édition"],
  // And the "one device at a time" notice of a shared account ("un seul appareil", "votre compte", "mot de passe").
  subscribeWords: ['abonnez', 'abonné', 'abonnement', 'connectez', 'un seul appareil', 'un autre appareil', 'multicomptes', 'votre compte', 'mot de passe'],
  newsroomRoles: ['correspondant', 'correspondante', 'journaliste', 'rédacteur', 'rédactrice', 'reporter', 'chroniqueur', 'chroniqueuse', 'envoyé spécial', 'envoyée spéciale'],
  authorPaths: ['auteur', 'auteurs'],
  tagPaths: ['sujet', 'sujets', 'mot-cle', 'mots-cles'],
  // ATS: the Swiss agency's French name.
  bylineLabels: ['auteur(?:e|s)?'],
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": « avec » joins co-authors too.
  nameJoiners: ['et', 'avec'],
  creditWith: ['avec'],
  authorNoteVerbs: ['est'],
  creditLines: ['AFP', 'Agence France-Presse', 'ATS'],
  bylinePrefixes: ['par'],
  timeConnectors: ['à'],
  clockSuffixes: ['h'],
  updatedLabels: [String.raw`mis(?:e)?\s+à\s+jour(?:\s+le)?`, String.raw`actualisée?(?:\s+le)?`, String.raw`modifiée?(?:\s+le)?`],
  publishedLabels: [String.raw`publiée?(?:\s+le)?`, String.raw`mise?\s+en\s+ligne(?:\s+le)?`, String.raw`créée?(?:\s+le)?`, String.raw`par\s+[^\n:|]{1,40}?\s+le`],
  sourceLabels: ['source', 'sources'],
  weekdayNames: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  otherCreditLabels: [String.raw`photos?`, String.raw`crédits?`, 'vidéo', String.raw`illustrations?`],
  otherCreditBy: [String.raw`photos?\s+(?:de|par)`, String.raw`photographi(?:é|ée|és|ées)\s+par`, String.raw`illustrations?\s+(?:de|par)`],
  pointerPhrases: ['est disponible sur le site', 'sont disponibles sur le site', 'à retrouver sur le site', 'à lire sur le site', 'consultable sur le site', 'cliquez ici'],
  furnitureOpeners: ['crédit photo', 'publicité'],
  followPrompts: ['suivez', 'retrouvez-nous sur'],
  authorBoxLabels: ["à propos de l'auteur", "à propos de l’auteur", "l'auteur", 'l’auteur'],
  sectionWords: ['actualités', 'actualité', 'actu', 'info', 'infos', 'monde', 'international', 'france', 'politique', 'économie', 'sport', 'sports', 'culture', 'société', 'sciences', 'santé', 'opinion', 'opinions', 'éditorial', 'vidéo', 'vidéos', 'régions', 'faits', 'divers'],
});
