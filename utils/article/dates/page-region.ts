import type { MetadataSources } from '../metadata-sources';

/**
 * The country a page is published from, when it says so: the region of its language tag
 * ("pt-BR"), of og:locale ("de_DE"), or the country-code domain of its address or og:url
 * ("liberation.fr", "folha.uol.com.br"). Its zone is what the page's clock times mean.
 */

/**
 * Countries whose press keeps one clock, with the zone that holds its rules (summer time
 * included). Countries that span zones are left out (US, CA, AU, RU, MX, ID), except where
 * nearly all of the national press keeps one clock (Brazil's Brasília time, Spain's and
 * Portugal's mainland time). Colombia is left out: its ".co" is a startup domain.
 */
const REGION_ZONES: Readonly<Record<string, string>> = {
  DE: 'Europe/Berlin', AT: 'Europe/Vienna', CH: 'Europe/Zurich', LI: 'Europe/Vaduz', LU: 'Europe/Luxembourg',
  FR: 'Europe/Paris', BE: 'Europe/Brussels', NL: 'Europe/Amsterdam', IT: 'Europe/Rome', ES: 'Europe/Madrid', PT: 'Europe/Lisbon',
  GB: 'Europe/London', UK: 'Europe/London', IE: 'Europe/Dublin', DK: 'Europe/Copenhagen', SE: 'Europe/Stockholm', NO: 'Europe/Oslo',
  FI: 'Europe/Helsinki', PL: 'Europe/Warsaw', CZ: 'Europe/Prague', SK: 'Europe/Bratislava', HU: 'Europe/Budapest',
  RO: 'Europe/Bucharest', BG: 'Europe/Sofia', GR: 'Europe/Athens', UA: 'Europe/Kiev', TR: 'Europe/Istanbul', IL: 'Asia/Jerusalem',
  BR: 'America/Sao_Paulo', AR: 'America/Argentina/Buenos_Aires', PE: 'America/Lima', CL: 'America/Santiago',
  VN: 'Asia/Ho_Chi_Minh', CN: 'Asia/Shanghai', HK: 'Asia/Hong_Kong', TW: 'Asia/Taipei', JP: 'Asia/Tokyo', KR: 'Asia/Seoul',
  IN: 'Asia/Kolkata', TH: 'Asia/Bangkok', SG: 'Asia/Singapore', PH: 'Asia/Manila', EG: 'Africa/Cairo', ZA: 'Africa/Johannesburg',
};

/** "GB" from "en-GB" or "en_GB", "TW" from "zh-Hant-TW"; null for a tag that names no region. */
export function regionOfTag(tag: string | null | undefined): string | null {
  const match = /^[a-z]{2,3}[-_](?:[a-z]{4}[-_])?([a-z]{2})\b/iu.exec((tag ?? '').trim());
  return match?.[1]?.toUpperCase() ?? null;
}

function regionOfAddress(url: string | null | undefined): string | null {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    return null;
  }
  const tld = /\.([a-z]{2})$/iu.exec(host)?.[1];
  return tld ? tld.toUpperCase() : null;
}

/**
 * The zone the page's own clock times are in, by its country: a zone name; null when the
 * page names a country without one zone ("fr-CA", ".ca"), so its language's zone does not
 * apply either; undefined when the page names no country.
 */
export function regionZone(sources: MetadataSources, lang: string | null): string | null | undefined {
  const regions = [regionOfTag(lang), regionOfTag(sources.meta.first('og:locale')), regionOfAddress(sources.url), regionOfAddress(sources.meta.first('og:url'))];
  const named = regions.find((region): region is string => region !== null);
  if (named === undefined) return undefined;
  return regions.map((region) => (region ? REGION_ZONES[region] : undefined)).find((zone) => zone !== undefined) ?? null;
}
