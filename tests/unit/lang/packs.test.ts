import { describe, expect, it } from 'vitest';
import { PACKS, allLanguages, directionOfLanguage, packFor, type LanguagePack } from '@/utils/lang';
import { guessLanguage } from '@/utils/lang/guess-language';
import { detectLanguage } from '@/utils/article/detect-language';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readSeedHtml, SEED_URL } from '../../fixtures/seed';
import { SAMPLES } from './samples';

/** Every field of a pack and what it holds. */
const LIST_FIELDS = [
  'aliases', 'stopWords', 'functionWords', 'speechVerbs', 'addresseeVerbs', 'speechIdioms', 'passiveAuxiliaries', 'passiveSpeechVerbs', 'objectRelatives', 'subjectRelatives', 'accordingTo', 'speakerPronouns', 'pluralPronouns', 'tenseAuxiliaries', 'hearingVerbs', 'determiners', 'commaCues', 'complementizers', 'describedSpeakerOpeners', 'stopWordCompounds', 'saidProForms', 'relativeDays', 'commentOpeners', 'titleCues', 'connectives', 'honorifics',
  'roleModifiers', 'roles', 'nameParticles', 'organisationWords', 'organisationHeads', 'notNames', 'outcomeWords', 'numberWords', 'ordinalWords', 'enumerationHeads', 'abbreviations',
  'furnitureLabels', 'toolLabels', 'readMorePrefixes', 'subscribeWords', 'furnitureOpeners', 'followPrompts', 'printNotices', 'rightsPhrases', 'editorLabels', 'newsroomRoles', 'counterOpeners', 'appPrompts', 'creditLines', 'deskSignatures', 'errorPrompts', 'prepositions', 'placeWords', 'placeNames', 'surnames',
  'quotingCues', 'askingWords', 'quoteParticles', 'subjectMarkers', 'gluedSentenceOpeners', 'exampleFrames', 'captionPositions', 'bylineLabels', 'tagPaths', 'nameJoiners', 'creditWith', 'authorNoteVerbs', 'bylinePrefixes', 'bylineSuffixes', 'authorPaths', 'creditSuffixes', 'timeConnectors', 'yearSuffixes', 'clockSuffixes', 'updatedLabels', 'publishedLabels', 'sourceLabels',
  'weekdayNames', 'otherCreditLabels', 'otherCreditBy', 'authorBoxLabels', 'pointerPhrases', 'contactLabels', 'postNominals', 'sectionWords',
] as const;
type ListName = (typeof LIST_FIELDS)[number];
/** Fields that group lists by what they name (the words for day, month, year; morning and afternoon marks; hour and minute). */
const GROUPED_FIELDS = ['dateWords', 'halfDayMarks', 'clockWords'] as const;
const FIELDS = ['code', 'name', 'script', 'direction', 'impliedZone', 'distinctiveLetters', 'termsPerWord', 'monthNames', ...LIST_FIELDS, ...GROUPED_FIELDS].sort();

/** Fields whose entries are regular expression source, not plain words. */
const PATTERN_FIELDS: readonly ListName[] = ['honorifics', 'roleModifiers', 'roles', 'creditLines', 'deskSignatures', 'bylineLabels', 'bylinePrefixes', 'bylineSuffixes', 'timeConnectors', 'updatedLabels', 'publishedLabels', 'otherCreditLabels', 'otherCreditBy', 'appPrompts'];

/**
 * What Lede knows of each language: the lists that must not be empty. Every list not named
 * here must be empty, so knowledge added to a pack is added here too, and knowledge lost fails.
 */
const KNOWN: Readonly<Record<string, readonly (ListName | 'monthNames' | 'distinctiveLetters' | 'impliedZone' | 'termsPerWord')[]>> = {
  en: ['tagPaths', 'errorPrompts', 'creditWith', 'authorPaths', 'saidProForms', 'relativeDays', 'commentOpeners', 'toolLabels', 'sectionWords', 'newsroomRoles', 'rightsPhrases', 'printNotices', 'appPrompts', 'stopWords', 'functionWords', 'speechVerbs', 'addresseeVerbs', 'speechIdioms', 'passiveAuxiliaries', 'passiveSpeechVerbs', 'accordingTo', 'speakerPronouns', 'pluralPronouns', 'determiners', 'hearingVerbs', 'tenseAuxiliaries', 'complementizers', 'describedSpeakerOpeners', 'titleCues', 'connectives', 'honorifics', 'roleModifiers', 'roles', 'organisationWords', 'organisationHeads', 'notNames', 'outcomeWords', 'ordinalWords', 'enumerationHeads', 'abbreviations', 'furnitureLabels', 'readMorePrefixes', 'subscribeWords', 'furnitureOpeners', 'followPrompts', 'creditLines', 'prepositions', 'placeNames', 'quotingCues', 'bylineLabels', 'nameJoiners', 'timeConnectors', 'updatedLabels', 'publishedLabels', 'sourceLabels', 'weekdayNames', 'otherCreditLabels', 'otherCreditBy', 'monthNames', 'authorNoteVerbs', 'authorBoxLabels', 'pointerPhrases', 'contactLabels', 'objectRelatives', 'subjectRelatives', 'captionPositions', 'postNominals', 'askingWords'],
  vi: ['tagPaths', 'errorPrompts', 'authorPaths', 'saidProForms', 'relativeDays', 'commentOpeners', 'toolLabels', 'sectionWords', 'rightsPhrases', 'printNotices', 'appPrompts', 'stopWords', 'functionWords', 'speechVerbs', 'speechIdioms', 'accordingTo', 'speakerPronouns', 'complementizers', 'describedSpeakerOpeners', 'stopWordCompounds', 'titleCues', 'connectives', 'honorifics', 'roleModifiers', 'roles', 'organisationWords', 'outcomeWords', 'numberWords', 'ordinalWords', 'enumerationHeads', 'abbreviations', 'furnitureLabels', 'furnitureOpeners', 'readMorePrefixes', 'subscribeWords', 'followPrompts', 'creditLines', 'deskSignatures', 'deskSignatures', 'prepositions', 'placeWords', 'placeNames', 'surnames', 'quotingCues', 'bylineLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'updatedLabels', 'sourceLabels', 'weekdayNames', 'otherCreditLabels', 'distinctiveLetters', 'impliedZone', 'authorNoteVerbs', 'pointerPhrases', 'contactLabels', 'objectRelatives', 'captionPositions', 'gluedSentenceOpeners', 'passiveAuxiliaries', 'termsPerWord', 'askingWords', 'monthNames', 'newsroomRoles'],
  de: ['tagPaths', 'errorPrompts', 'creditWith', 'authorPaths', 'saidProForms', 'relativeDays', 'commentOpeners', 'toolLabels', 'sectionWords', 'newsroomRoles', 'rightsPhrases', 'printNotices', 'appPrompts', 'stopWords', 'functionWords', 'speechVerbs', 'accordingTo', 'speakerPronouns', 'commaCues', 'complementizers', 'describedSpeakerOpeners', 'titleCues', 'connectives', 'honorifics', 'roles', 'nameParticles', 'outcomeWords', 'ordinalWords', 'enumerationHeads', 'abbreviations', 'furnitureLabels', 'readMorePrefixes', 'subscribeWords', 'furnitureOpeners', 'followPrompts', 'creditLines', 'prepositions', 'placeNames', 'bylineLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'clockSuffixes', 'updatedLabels', 'publishedLabels', 'sourceLabels', 'weekdayNames', 'otherCreditLabels', 'otherCreditBy', 'monthNames', 'impliedZone', 'authorNoteVerbs', 'authorBoxLabels', 'pointerPhrases', 'captionPositions'],
  fr: ['tagPaths', 'errorPrompts', 'creditWith', 'authorPaths', 'saidProForms', 'relativeDays', 'commentOpeners', 'toolLabels', 'sectionWords', 'newsroomRoles', 'rightsPhrases', 'printNotices', 'appPrompts', 'stopWords', 'functionWords', 'speechVerbs', 'speechIdioms', 'passiveAuxiliaries', 'accordingTo', 'speakerPronouns', 'pluralPronouns', 'hearingVerbs', 'complementizers', 'describedSpeakerOpeners', 'titleCues', 'connectives', 'honorifics', 'roles', 'nameParticles', 'outcomeWords', 'ordinalWords', 'enumerationHeads', 'abbreviations', 'furnitureLabels', 'readMorePrefixes', 'subscribeWords', 'furnitureOpeners', 'followPrompts', 'creditLines', 'prepositions', 'placeNames', 'quotingCues', 'bylineLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'clockSuffixes', 'updatedLabels', 'publishedLabels', 'sourceLabels', 'weekdayNames', 'otherCreditLabels', 'otherCreditBy', 'monthNames', 'impliedZone', 'authorNoteVerbs', 'authorBoxLabels', 'pointerPhrases', 'objectRelatives', 'subjectRelatives', 'captionPositions'],
  es: ['tagPaths', 'errorPrompts', 'furnitureOpeners', 'creditWith', 'authorPaths', 'saidProForms', 'relativeDays', 'commentOpeners', 'toolLabels', 'sectionWords', 'newsroomRoles', 'rightsPhrases', 'printNotices', 'appPrompts', 'stopWords', 'functionWords', 'speechVerbs', 'speechIdioms', 'subjectRelatives', 'accordingTo', 'speakerPronouns', 'complementizers', 'describedSpeakerOpeners', 'titleCues', 'connectives', 'honorifics', 'roles', 'nameParticles', 'outcomeWords', 'ordinalWords', 'enumerationHeads', 'abbreviations', 'furnitureLabels', 'readMorePrefixes', 'subscribeWords', 'followPrompts', 'creditLines', 'prepositions', 'placeNames', 'bylineLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'clockSuffixes', 'updatedLabels', 'publishedLabels', 'sourceLabels', 'weekdayNames', 'otherCreditLabels', 'otherCreditBy', 'monthNames', 'authorNoteVerbs', 'authorBoxLabels', 'pointerPhrases', 'captionPositions'],
  it: ['creditWith', 'authorPaths', 'newsroomRoles', 'rightsPhrases', 'printNotices', 'functionWords', 'nameParticles', 'abbreviations', 'furnitureLabels', 'readMorePrefixes', 'subscribeWords', 'creditLines', 'bylineLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'updatedLabels', 'publishedLabels', 'sourceLabels', 'weekdayNames', 'otherCreditLabels', 'monthNames', 'impliedZone', 'authorNoteVerbs', 'pointerPhrases'],
  pt: ['creditWith', 'subscribeWords', 'authorPaths', 'newsroomRoles', 'rightsPhrases', 'printNotices', 'functionWords', 'nameParticles', 'abbreviations', 'furnitureLabels', 'readMorePrefixes', 'bylineLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'updatedLabels', 'publishedLabels', 'sourceLabels', 'weekdayNames', 'otherCreditLabels', 'monthNames', 'authorNoteVerbs', 'pointerPhrases'],
  nl: ['creditWith', 'subscribeWords', 'authorPaths', 'newsroomRoles', 'rightsPhrases', 'printNotices', 'functionWords', 'nameParticles', 'abbreviations', 'furnitureLabels', 'readMorePrefixes', 'creditLines', 'bylineLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'updatedLabels', 'publishedLabels', 'monthNames', 'impliedZone'],
  sv: ['furnitureLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'monthNames'],
  no: ['furnitureLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'monthNames'],
  da: ['furnitureLabels', 'nameJoiners', 'bylinePrefixes', 'timeConnectors', 'monthNames'],
  cs: ['errorPrompts', 'furnitureLabels', 'monthNames'],
  pl: ['subscribeWords', 'authorPaths', 'abbreviations', 'readMorePrefixes', 'bylineLabels', 'nameJoiners', 'bylinePrefixes', 'impliedZone', 'monthNames', 'yearSuffixes', 'timeConnectors', 'sourceLabels'],
  ru: ['subscribeWords', 'followPrompts', 'rightsPhrases', 'abbreviations', 'bylineLabels', 'furnitureLabels', 'readMorePrefixes', 'monthNames', 'publishedLabels', 'updatedLabels', 'yearSuffixes', 'timeConnectors', 'sourceLabels', 'newsroomRoles', 'creditLines'],
  uk: ['subscribeWords', 'followPrompts', 'bylineLabels', 'readMorePrefixes', 'distinctiveLetters', 'monthNames', 'publishedLabels', 'updatedLabels', 'yearSuffixes', 'timeConnectors', 'sourceLabels', 'newsroomRoles', 'creditLines'],
  tr: ['subscribeWords', 'impliedZone', 'monthNames', 'weekdayNames', 'publishedLabels', 'updatedLabels', 'bylineLabels', 'nameJoiners', 'furnitureLabels', 'readMorePrefixes', 'rightsPhrases', 'sourceLabels', 'creditLines'],
  zh: ['subscribeWords', 'readMorePrefixes', 'rightsPhrases', 'furnitureOpeners', 'editorLabels', 'counterOpeners', 'stopWords', 'speechVerbs', 'speechIdioms', 'accordingTo', 'speakerPronouns', 'titleCues', 'roles', 'numberWords', 'furnitureLabels', 'followPrompts', 'sectionWords', 'creditLines', 'bylineLabels', 'creditSuffixes', 'bylinePrefixes', 'updatedLabels', 'publishedLabels', 'otherCreditLabels', 'impliedZone', 'exampleFrames', 'termsPerWord', 'askingWords', 'sourceLabels'],
  ja: ['subscribeWords', 'readMorePrefixes', 'rightsPhrases', 'stopWords', 'speechVerbs', 'speakerPronouns', 'connectives', 'roles', 'furnitureLabels', 'furnitureOpeners', 'sectionWords', 'creditLines', 'quoteParticles', 'subjectMarkers', 'bylineLabels', 'otherCreditLabels', 'bylineSuffixes', 'updatedLabels', 'publishedLabels', 'impliedZone', 'termsPerWord', 'sourceLabels'],
  ko: ['furnitureOpeners', 'subscribeWords', 'impliedZone', 'readMorePrefixes', 'furnitureLabels', 'rightsPhrases', 'creditLines', 'bylineLabels', 'bylineSuffixes', 'updatedLabels', 'publishedLabels', 'sourceLabels'],
  ar: ['subscribeWords', 'bylinePrefixes', 'readMorePrefixes', 'followPrompts', 'furnitureLabels', 'nameParticles', 'monthNames', 'publishedLabels', 'updatedLabels', 'sourceLabels', 'creditLines'],
  fa: ['distinctiveLetters'],
  ur: ['distinctiveLetters'],
  he: ['aliases', 'bylinePrefixes'],
};

/** Languages the guesser names from the text alone; for the others the page's declaration decides. */
const GUESSABLE = ['en', 'vi', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'zh', 'ja', 'ar', 'fa', 'ur', 'he', 'ko', 'el', 'th', 'hi', 'bn', 'ta', 'ka', 'hy'];

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() === item && item !== '');
}

function pageDeclaring(lang: string): Document {
  return parseHtml(`<!doctype html><html lang="${lang}"><head><title>t</title></head><body></body></html>`, 'http://127.0.0.1/');
}

describe('language packs', () => {
  it('has one pack per language code and alias', () => {
    const codes = PACKS.flatMap((pack) => [pack.code, ...pack.aliases]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(packFor('vi-VN')?.code).toBe('vi');
    expect(packFor('iw')?.code).toBe('he');
    expect(packFor('tlh')).toBeNull();
  });

  describe.each(PACKS.map((pack) => [pack.code, pack] as const))('%s', (code: string, pack: LanguagePack) => {
    it('has every field, of the right type', () => {
      expect(Object.keys(pack).sort()).toEqual(FIELDS);
      expect(pack.code).toMatch(/^[a-z]{2,3}$/u);
      expect(pack.name).not.toBe('');
      expect(pack.script).toMatch(/^[A-Z][a-z]{3}$/u);
      expect(['ltr', 'rtl']).toContain(pack.direction);
      expect(typeof pack.distinctiveLetters).toBe('string');
      expect(Number.isInteger(pack.termsPerWord) && pack.termsPerWord >= 1).toBe(true);
      // A fixed offset, or a zone name whose summer time is read at the stated time.
      expect(pack.impliedZone).toMatch(/^(?:[+-]\d{2}:\d{2}|[A-Z][a-z]+\/[A-Z][A-Za-z_]+)?$/u);
      for (const field of LIST_FIELDS) expect(isStringList(pack[field]), field).toBe(true);
      expect(pack.monthNames.length === 0 || pack.monthNames.length === 12).toBe(true);
      for (const names of pack.monthNames) expect(isStringList(names) && names.length > 0 && names.every((n) => n === n.toLowerCase())).toBe(true);
      for (const field of GROUPED_FIELDS) {
        for (const [group, list] of Object.entries(pack[field])) expect(Array.isArray(list) && (list.length === 0 || isStringList(list)), `${field}.${group}`).toBe(true);
      }
    });

    it('is non-empty exactly where Lede knows the language', () => {
      const known = new Set(KNOWN[code] ?? []);
      for (const field of [...LIST_FIELDS, 'monthNames', 'distinctiveLetters', 'impliedZone'] as const) {
        expect(pack[field].length > 0, field).toBe(known.has(field));
      }
      // Only where a term is less than a word (syllables, characters) does one word take more than one term.
      expect(pack.termsPerWord > 1, 'termsPerWord').toBe(known.has('termsPerWord'));
    });

    it('writes words folded, without repeats, and patterns that compile', () => {
      expect(pack.stopWords.every((w) => w === w.normalize('NFC').toLowerCase())).toBe(true);
      for (const field of LIST_FIELDS) expect(new Set(pack[field]).size, field).toBe(pack[field].length);
      for (const field of PATTERN_FIELDS) for (const piece of pack[field]) expect(() => new RegExp(`^(?:${piece})$`, 'iu')).not.toThrow();
    });

    it('has a sample that a page declaring the language keeps as its language', () => {
      const sample = SAMPLES[code];
      expect(sample, `add a sample for "${code}" to tests/unit/lang/samples.ts`).toBeDefined();
      // Four times over: long enough for the check of the declared language against the script.
      expect(detectLanguage(pageDeclaring(code), (sample ?? '').repeat(4))).toBe(code);
    });
  });

  it.each(GUESSABLE)('guesses %s from its sample alone', (code) => {
    expect(packFor(code)?.code).toBe(code);
    expect(guessLanguage(SAMPLES[code] ?? '')).toBe(code);
  });

  it('agrees with the seed page, which declares Vietnamese', () => {
    const doc = parseHtml(readSeedHtml(), SEED_URL);
    const text = doc.body.textContent ?? '';
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(guessLanguage(text)).toBe('vi');
    expect(detectLanguage(doc, text)).toBe('vi');
  });

  it('keeps one list of right-to-left languages: the packs, and script subtags', () => {
    const rtl = PACKS.filter((pack) => pack.direction === 'rtl').flatMap((pack) => [pack.code, ...pack.aliases]).sort();
    expect(rtl).toEqual(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
    expect(directionOfLanguage('ar-EG')).toBe('rtl');
    expect(directionOfLanguage('pa-Arab')).toBe('rtl');
    expect(directionOfLanguage('vi')).toBe('ltr');
    expect(directionOfLanguage('tlh')).toBe('ltr');
  });

  it('keeps one set of Vietnamese letters, none of which French or Portuguese writes', () => {
    const letters = packFor('vi')?.distinctiveLetters ?? '';
    expect(letters).toContain('ơ');
    expect(letters).not.toMatch(/[âêôàéèùç]/u);
    expect(guessLanguage('Ông Nguyễn Văn Quang nhấn mạnh: những bài học kinh nghiệm quý báu được rút ra từ thực tiễn.')).toBe('vi');
    expect(guessLanguage('Le député a été élu à la tête du comité, après une longue journée de débats à l’Assemblée nationale.')).toBe('fr');
  });

  it('merges every language for pages whose language is unknown, in registry order, without repeats', () => {
    const verbs = allLanguages('speechVerbs');
    expect(verbs[0]).toBe('said');
    expect(verbs).toContain('cho biết');
    expect(verbs).toContain('表示');
    expect(new Set(verbs).size).toBe(verbs.length);
  });
});
