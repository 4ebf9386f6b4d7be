import type { Anchor, KeyPoint, Outline, Quote, Section } from '../outline/types';
import { FUTURE_SLACK_MS, LIMITS, SCHEMA_VERSION, type Annotation, type ExportedOutline } from './schema';
import { isReadableUrl, normalizeArticleUrl } from './normalize-url';
import { MAX_TIME, OUTLINE_NOTES, RECORD_ID, SECTION_KINDS, checked, expectAnnotations, isUsableLangTag } from './validate';
import { clipText, fitOutline } from './fit-outline';
import { cleanTags } from './clean-tags';

/**
 * Makes a stored record that no longer passes validation valid again, field by field,
 * keeping every value it can read. Such records exist: a migration keeps a record it
 * cannot fully read (an old `savedAt` of "yesterday") rather than lose it, and releases
 * before this one let far-future dates and tags Intl refuses into the library. Without a
 * repair one such record made the reader's whole export refuse to import.
 * Takes a record already brought to the current shape (upgradeRecord) as far as it went.
 * Returns null only when the record has no address Lede can keep: the URL is its identity.
 */
type Fields = Record<string, unknown>;

function asObject(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' ? clipText(value, max) : null;
}

function anchor(value: unknown): Anchor {
  const block = asObject(value)?.block;
  return { block: typeof block === 'number' && Number.isInteger(block) ? block : 0 };
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, LIMITS.outlineItems) : [];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => option === value);
}

function section(value: unknown): Section[] {
  const fields = asObject(value);
  const title = text(fields?.title, LIMITS.itemChars);
  if (!fields || title === null) return [];
  const items = list(fields.items).flatMap((item) => {
    const label = text(asObject(item)?.label, LIMITS.itemChars);
    return label === null ? [] : [{ label, anchor: anchor(asObject(item)?.anchor) }];
  });
  const level = typeof fields.level === 'number' && Number.isInteger(fields.level) ? fields.level : 2;
  const repaired: Section = { title, level, anchor: anchor(fields.anchor), items };
  const kind = oneOf(fields.kind, SECTION_KINDS);
  if (kind) repaired.kind = kind;
  return [repaired];
}

function quote(value: unknown): Quote[] {
  const fields = asObject(value);
  const quoted = text(fields?.text, LIMITS.itemChars);
  if (!fields || quoted === null) return [];
  return [{
    text: quoted,
    speaker: text(fields.speaker, LIMITS.shortChars),
    role: text(fields.role, LIMITS.shortChars),
    kind: oneOf(fields.kind, ['direct', 'reported'] as const) ?? 'direct',
    anchor: anchor(fields.anchor),
  }];
}

function keyPoint(value: unknown): KeyPoint[] {
  const fields = asObject(value);
  const point = text(fields?.text, LIMITS.itemChars);
  if (!fields || point === null) return [];
  const repaired: KeyPoint = { text: point, anchor: anchor(fields.anchor) };
  if (Array.isArray(fields.items)) {
    repaired.items = list(fields.items).flatMap((item) => {
      const itemText = text(asObject(item)?.text, LIMITS.itemChars);
      return itemText === null ? [] : [{ text: itemText, anchor: anchor(asObject(item)?.anchor) }];
    });
  }
  return [repaired];
}

/** What can be read of an outline; entries that are not outline entries at all are dropped. */
export function repairOutline(value: unknown): Outline {
  const fields = asObject(value);
  const outline: Outline = {
    sections: list(fields?.sections).flatMap(section),
    quotes: list(fields?.quotes).flatMap(quote),
    keyPoints: list(fields?.keyPoints).flatMap(keyPoint),
  };
  const note = oneOf(fields?.note, OUTLINE_NOTES);
  if (note) outline.note = note;
  return fitOutline(outline);
}

/** The highlights that pass import's checks one by one (the first of a repeated id); the rest cannot be drawn anyway. */
function repairAnnotations(value: unknown): Annotation[] {
  const kept: Annotation[] = [];
  for (const entry of list(value).slice(0, LIMITS.annotations)) {
    const valid = checked(() => expectAnnotations([entry], 'annotation'));
    if (valid.ok && valid.value[0] && !kept.some((a) => a.id === valid.value[0]?.id)) kept.push(valid.value[0]);
  }
  return kept;
}

/** A time as epoch milliseconds, from a number or a date string; null when it cannot be read. */
function time(value: unknown): number | null {
  const parsed = typeof value === 'string' ? Date.parse(value) : value;
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) return null;
  const whole = Math.round(parsed);
  return whole >= 0 && whole <= MAX_TIME ? whole : null;
}

/** No time later than a day from now: a far-future date would win every merge by URL for ever. */
export function clampTime(value: number, now: number): number {
  return value > now + FUTURE_SLACK_MS ? now : value;
}

function tags(value: unknown): string[] {
  if (typeof value === 'string') return cleanTags(value.split(','));
  return Array.isArray(value) ? cleanTags(value.filter((tag): tag is string => typeof tag === 'string')) : [];
}

export function repairRecord(fields: Fields, now: number): ExportedOutline | null {
  const rawUrl = typeof fields.url === 'string' ? normalizeArticleUrl(fields.url) : null;
  if (rawUrl === null || !isReadableUrl(rawUrl) || rawUrl.length > LIMITS.urlChars) return null;
  const id = typeof fields.id === 'string' && RECORD_ID.test(fields.id) ? fields.id : crypto.randomUUID();
  const lang = typeof fields.lang === 'string' && isUsableLangTag(fields.lang) ? fields.lang : null;
  const savedAt = time(fields.savedAt) ?? time(fields.updatedAt) ?? now;
  const updatedAt = time(fields.updatedAt) ?? savedAt;
  const record: ExportedOutline = {
    schemaVersion: SCHEMA_VERSION,
    id,
    url: rawUrl,
    title: text(fields.title, LIMITS.titleChars) ?? '',
    byline: text(fields.byline, LIMITS.shortChars),
    published: text(fields.published, 100),
    siteName: text(fields.siteName, LIMITS.shortChars),
    lang,
    dir: oneOf(fields.dir, ['ltr', 'rtl'] as const) ?? 'ltr',
    savedAt: clampTime(savedAt, now),
    updatedAt: clampTime(updatedAt, now),
    note: text(fields.note, LIMITS.noteChars) ?? '',
    tags: tags(fields.tags),
    outline: repairOutline(fields.outline),
    text: text(fields.text, LIMITS.textChars) ?? '',
  };
  if (typeof fields.html === 'string' && fields.html.length <= LIMITS.textChars) record.html = fields.html;
  const annotations = repairAnnotations(fields.annotations);
  if (annotations.length > 0) record.annotations = annotations;
  return record;
}
