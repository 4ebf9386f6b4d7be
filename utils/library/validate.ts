import type { Anchor, KeyPoint, Outline, OutlineNote, Quote, Section } from '../outline/types';
import { LIMITS, SCHEMA_VERSION, type Annotation, type ExportedOutline } from './schema';
import { isReadableUrl, normalizeArticleUrl } from './normalize-url';

/**
 * Hand-written validation of everything that enters the library from outside (an
 * imported file, an old record). Each check names the exact place that is wrong,
 * e.g. `items[3].title: expected a string`, so the reader can fix or report the file.
 * Checks throw InvalidField inside this module only; callers get a value.
 */
export class InvalidField extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InvalidField';
  }
}

type Fields = Record<string, unknown>;

export function expectObject(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidField(path, 'expected an object');
  return value as Fields;
}

export function expectArray(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new InvalidField(path, 'expected a list');
  if (value.length > max) throw new InvalidField(path, `too many entries (${value.length}, at most ${max})`);
  return value;
}

export function expectString(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') throw new InvalidField(path, 'expected a string');
  if (value.length > max) throw new InvalidField(path, `too long (${value.length} characters, at most ${max})`);
  return value;
}

function expectNullableString(value: unknown, path: string, max: number): string | null {
  return value === null ? null : expectString(value, path, max);
}

function expectInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new InvalidField(path, 'expected a whole number');
  if (value < min || value > max) throw new InvalidField(path, `out of range (${value}, expected ${min}–${max})`);
  return value;
}

function expectOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  const found = allowed.find((option) => option === value);
  if (found === undefined) throw new InvalidField(path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return found;
}

/** Only the fields a shape knows: a stray `__proto__` or a misspelt field is an error, not silently kept. */
function rejectUnknownFields(fields: Fields, path: string, known: readonly string[]): void {
  for (const key of Object.keys(fields)) {
    if (!known.includes(key)) throw new InvalidField(`${path}.${key}`, 'unknown field');
  }
}

/** Latest representable Date: later timestamps cannot be shown. */
export const MAX_TIME = 8_640_000_000_000_000;
const LANG_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/u;
export const RECORD_ID = /^[A-Za-z0-9_-]{1,100}$/u;

/**
 * The outline's shape belongs to utils/outline; a field it gains must be added here too,
 * or an export would no longer import. Unknown fields are refused, never dropped silently,
 * and tests round-trip a real outline of the seed page to catch such drift.
 */
function expectShape(value: unknown, path: string, known: readonly string[]): Fields {
  const fields = expectObject(value, path);
  rejectUnknownFields(fields, path, known);
  return fields;
}

function expectAnchor(value: unknown, path: string): Anchor {
  const fields = expectShape(value, path, ['block']);
  return { block: expectInteger(fields.block, `${path}.block`, 0, 10_000_000) };
}

function expectLabelled<K extends 'label' | 'text'>(value: unknown, path: string, key: K): Record<K, string> & { anchor: Anchor } {
  const fields = expectShape(value, path, [key, 'anchor']);
  const label = expectString(fields[key], `${path}.${key}`, LIMITS.itemChars);
  return { [key]: label, anchor: expectAnchor(fields.anchor, `${path}.anchor`) } as Record<K, string> & { anchor: Anchor };
}

export const SECTION_KINDS = ['heading', 'part', 'enumeration'] as const satisfies readonly NonNullable<Section['kind']>[];
export const OUTLINE_NOTES = ['too-short', 'too-long', 'no-sentences', 'unknown-script', 'unbalanced-quotes', 'failed'] as const satisfies readonly OutlineNote[];

function expectSection(value: unknown, path: string): Section {
  const fields = expectShape(value, path, ['title', 'level', 'anchor', 'items', 'kind']);
  const section: Section = {
    title: expectString(fields.title, `${path}.title`, LIMITS.itemChars),
    level: expectInteger(fields.level, `${path}.level`, 1, 6),
    anchor: expectAnchor(fields.anchor, `${path}.anchor`),
    items: expectArray(fields.items, `${path}.items`, LIMITS.outlineItems).map((item, i) => expectLabelled(item, `${path}.items[${i}]`, 'label')),
  };
  if (fields.kind !== undefined) section.kind = expectOneOf(fields.kind, `${path}.kind`, SECTION_KINDS);
  return section;
}

function expectQuote(value: unknown, path: string): Quote {
  const fields = expectShape(value, path, ['text', 'speaker', 'role', 'kind', 'anchor']);
  return {
    text: expectString(fields.text, `${path}.text`, LIMITS.itemChars),
    speaker: expectNullableString(fields.speaker, `${path}.speaker`, LIMITS.shortChars),
    role: expectNullableString(fields.role, `${path}.role`, LIMITS.shortChars),
    kind: expectOneOf(fields.kind, `${path}.kind`, ['direct', 'reported'] as const),
    anchor: expectAnchor(fields.anchor, `${path}.anchor`),
  };
}

function expectKeyPoint(value: unknown, path: string): KeyPoint {
  const fields = expectShape(value, path, ['text', 'anchor', 'items']);
  const point: KeyPoint = { text: expectString(fields.text, `${path}.text`, LIMITS.itemChars), anchor: expectAnchor(fields.anchor, `${path}.anchor`) };
  if (fields.items !== undefined) {
    point.items = expectArray(fields.items, `${path}.items`, LIMITS.outlineItems).map((item, i) => expectLabelled(item, `${path}.items[${i}]`, 'text'));
  }
  return point;
}

function nestedCount(list: unknown): number {
  let rows = 0;
  if (!Array.isArray(list)) return 0;
  for (const entry of list as unknown[]) {
    rows += 1;
    const items = typeof entry === 'object' && entry !== null ? (entry as Fields).items : undefined;
    if (Array.isArray(items)) rows += items.length;
  }
  return rows;
}

/** Counted before any row is checked, so a file with half a million rows is refused at once. */
export function outlineRowCount(fields: Fields): number {
  return nestedCount(fields.sections) + nestedCount(fields.quotes) + nestedCount(fields.keyPoints);
}

export function expectOutline(value: unknown, path: string): Outline {
  const fields = expectShape(value, path, ['sections', 'quotes', 'keyPoints', 'note']);
  const rows = outlineRowCount(fields);
  if (rows > LIMITS.outlineRows) throw new InvalidField(path, `too many entries (${rows} rows, at most ${LIMITS.outlineRows})`);
  const outline: Outline = {
    sections: expectArray(fields.sections, `${path}.sections`, LIMITS.outlineItems).map((s, i) => expectSection(s, `${path}.sections[${i}]`)),
    quotes: expectArray(fields.quotes, `${path}.quotes`, LIMITS.outlineItems).map((q, i) => expectQuote(q, `${path}.quotes[${i}]`)),
    keyPoints: expectArray(fields.keyPoints, `${path}.keyPoints`, LIMITS.outlineItems).map((k, i) => expectKeyPoint(k, `${path}.keyPoints[${i}]`)),
  };
  if (fields.note !== undefined) outline.note = expectOneOf(fields.note, `${path}.note`, OUTLINE_NOTES);
  return outline;
}

export function expectTags(value: unknown, path: string): string[] {
  return expectArray(value, path, LIMITS.tags).map((tag, i) => {
    const text = expectString(tag, `${path}[${i}]`, LIMITS.tagChars);
    if (!text.trim()) throw new InvalidField(`${path}[${i}]`, 'empty tag');
    return text;
  });
}

function expectUrl(value: unknown, path: string): string {
  const raw = expectString(value, path, LIMITS.urlChars);
  const url = normalizeArticleUrl(raw);
  if (url === null) throw new InvalidField(path, 'not an absolute URL');
  if (!isReadableUrl(url)) throw new InvalidField(path, 'only http, https and file links can be saved');
  // Normalising percent-encodes: a link that grows past the limit would not import back.
  if (url.length > LIMITS.urlChars) throw new InvalidField(path, `too long once normalised (${url.length} characters, at most ${LIMITS.urlChars})`);
  return url;
}

/**
 * A tag the library can keep: short, of the BCP 47 form, and accepted by Intl. The pattern
 * alone let `"en-a"` through, which Intl refuses with a RangeError wherever it is used.
 */
export function isUsableLangTag(lang: string): boolean {
  if (lang.length > 35 || !LANG_TAG.test(lang)) return false;
  try {
    Intl.getCanonicalLocales(lang);
    return true;
  } catch {
    return false;
  }
}

function expectLang(value: unknown, path: string): string | null {
  const lang = expectNullableString(value, path, 35);
  if (lang !== null && !isUsableLangTag(lang)) throw new InvalidField(path, 'expected a language tag such as "vi" or "en-GB"');
  return lang;
}

/**
 * Control characters (tab and line breaks allowed where the reader can type them) and
 * halves of surrogate pairs: never in text a reader selected or typed, and the means of
 * hiding words from a screen or a Markdown viewer.
 */
const UNREADABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;
const UNREADABLE_ON_ONE_LINE = /[\u0000-\u001F\u007F-\u009F]|\p{Cs}/u;

function expectReadable(value: unknown, path: string, max: number, pattern: RegExp): string {
  const text = expectString(value, path, max);
  if (pattern.test(text)) throw new InvalidField(path, 'contains control characters or a broken character');
  return text;
}

const ANNOTATION_FIELDS = ['id', 'quote', 'prefix', 'suffix', 'block', 'note', 'created'] as const;

function expectAnnotation(value: unknown, path: string): Annotation {
  const fields = expectShape(value, path, ANNOTATION_FIELDS);
  const id = expectString(fields.id, `${path}.id`, 100);
  if (!RECORD_ID.test(id)) throw new InvalidField(`${path}.id`, 'expected letters, digits, "-" or "_"');
  const quote = expectReadable(fields.quote, `${path}.quote`, LIMITS.annotationChars, UNREADABLE_ON_ONE_LINE);
  if (!quote.trim()) throw new InvalidField(`${path}.quote`, 'empty highlight');
  return {
    id,
    quote,
    prefix: expectReadable(fields.prefix, `${path}.prefix`, LIMITS.annotationContextChars, UNREADABLE_ON_ONE_LINE),
    suffix: expectReadable(fields.suffix, `${path}.suffix`, LIMITS.annotationContextChars, UNREADABLE_ON_ONE_LINE),
    block: expectInteger(fields.block, `${path}.block`, 0, 10_000_000),
    note: expectReadable(fields.note, `${path}.note`, LIMITS.noteChars, UNREADABLE),
    created: expectInteger(fields.created, `${path}.created`, 0, MAX_TIME),
  };
}

/** The reader's highlights of one article: each checked whole, ids unique within the article. */
export function expectAnnotations(value: unknown, path: string): Annotation[] {
  const seen = new Set<string>();
  return expectArray(value, path, LIMITS.annotations).map((entry, i) => {
    const annotation = expectAnnotation(entry, `${path}[${i}]`);
    if (seen.has(annotation.id)) throw new InvalidField(`${path}[${i}].id`, `"${annotation.id}" is used twice`);
    seen.add(annotation.id);
    return annotation;
  });
}

const RECORD_FIELDS = [
  'schemaVersion', 'id', 'url', 'title', 'byline', 'published', 'siteName', 'lang', 'dir',
  'savedAt', 'updatedAt', 'note', 'tags', 'outline', 'text', 'html', 'annotations',
] as const;

/** A record in the current shape, as exported (without derived search tokens). */
export function expectRecord(value: unknown, path: string): ExportedOutline {
  const fields = expectObject(value, path);
  rejectUnknownFields(fields, path, RECORD_FIELDS);
  if (fields.schemaVersion !== SCHEMA_VERSION) throw new InvalidField(`${path}.schemaVersion`, `expected ${SCHEMA_VERSION}`);
  const id = expectString(fields.id, `${path}.id`, 100);
  if (!RECORD_ID.test(id)) throw new InvalidField(`${path}.id`, 'expected letters, digits, "-" or "_"');
  const record: ExportedOutline = {
    schemaVersion: SCHEMA_VERSION,
    id,
    url: expectUrl(fields.url, `${path}.url`),
    title: expectString(fields.title, `${path}.title`, LIMITS.titleChars),
    byline: expectNullableString(fields.byline, `${path}.byline`, LIMITS.shortChars),
    published: expectNullableString(fields.published, `${path}.published`, 100),
    siteName: expectNullableString(fields.siteName, `${path}.siteName`, LIMITS.shortChars),
    lang: expectLang(fields.lang, `${path}.lang`),
    dir: expectOneOf(fields.dir, `${path}.dir`, ['ltr', 'rtl'] as const),
    savedAt: expectInteger(fields.savedAt, `${path}.savedAt`, 0, MAX_TIME),
    updatedAt: expectInteger(fields.updatedAt, `${path}.updatedAt`, 0, MAX_TIME),
    note: expectString(fields.note, `${path}.note`, LIMITS.noteChars),
    tags: expectTags(fields.tags, `${path}.tags`),
    outline: expectOutline(fields.outline, `${path}.outline`),
    text: expectString(fields.text, `${path}.text`, LIMITS.textChars),
  };
  if (fields.html !== undefined) record.html = expectString(fields.html, `${path}.html`, LIMITS.textChars);
  if (fields.annotations !== undefined) record.annotations = expectAnnotations(fields.annotations, `${path}.annotations`);
  return record;
}

/** Runs checks and turns the first problem into a message value. */
export function checked<T>(run: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof InvalidField) return { ok: false, message: error.message };
    throw error;
  }
}
