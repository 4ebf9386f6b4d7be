import { definePack, words } from './types';

export const pt = definePack({
  code: 'pt',
  name: 'Portuguese',
  script: 'Latn',
  direction: 'ltr',
  functionWords: words('os das que não uma com para são por mais como mas foi ao também dos às pelo'),
  nameParticles: ['da', 'de', 'do', 'dos', 'das'],
  monthNames: [
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'marco', 'mar'], ['abril', 'abr'], ['maio'], ['junho', 'jun'],
    ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez'],
  ],
  abbreviations: ['Sr.', 'Sra.', 'Dr.', 'Dra.', 'Prof.', 'Profa.', 'Av.', 'p. ex.'],
  furnitureLabels: ['compartilhar', 'leia também', 'vídeo', 'assista ao vídeo', 'assista'],
  readMorePrefixes: ['leia também', 'leia mais', 'leia ainda', 'veja também', 'veja mais', 'saiba mais', 'confira também', 'notícias relacionadas', 'relacionadas', 'relacionado'],
  // Paywalls' lines ('Assine a Folha', 'Já é assinante? Faça seu login'); not 'assinatura', which also signs an agreement.
  subscribeWords: ['assine', 'assinante', 'faça login', 'faça seu login', 'cadastre-se'],
  rightsPhrases: ['todos os direitos reservados', 'reprodução proibida'],
  printNotices: ['uma versão deste artigo foi publicada', 'este artigo foi publicado na edição impressa'],
  newsroomRoles: ['correspondente', 'jornalista', 'redator', 'redatora', 'repórter', 'colunista', 'enviado especial', 'enviada especial'],
  authorPaths: ['autor', 'autores'],
  bylineLabels: ['texto', 'reportagem', 'por'],
  nameJoiners: ['e'],
  authorNoteVerbs: ['é'],
  bylinePrefixes: ['por'],
  timeConnectors: ['às'],
  updatedLabels: [String.raw`atualizad[oa](?:\s+em)?`],
  publishedLabels: [String.raw`publicad[oa](?:\s+em)?`],
  sourceLabels: ['fonte', 'fontes'],
  weekdayNames: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  otherCreditLabels: [String.raw`fotos?`, String.raw`créditos?`, 'vídeo'],
  pointerPhrases: ['está disponível no site', 'estão disponíveis no site', 'clique aqui'],
});
