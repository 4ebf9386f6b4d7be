/**
 * `<meta>` values by lower-cased name, property, itemprop or http-equiv, in page order.
 * `property` may list several names ("dc:creator dcterm:creator"), as RDFa allows.
 */
export interface MetaTags {
  /** The first non-empty value of the first of `names` the page has. */
  first(...names: string[]): string | null;
  /** Every value of every one of `names`, in the order of `names`, then page order. */
  all(...names: string[]): string[];
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Many CMSs escape meta values twice ("Tom &amp;amp; Jerry"), so the parser leaves an
 * entity behind; Readability unescapes these too.
 */
export function unescapeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/giu, (whole, hex?: string, dec?: string, name?: string) => {
    const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return (name && NAMED_ENTITIES[name.toLowerCase()]) ?? whole;
  });
}

export function readMetaTags(metas: readonly Element[]): MetaTags {
  const values = new Map<string, string[]>();
  for (const meta of metas) {
    const content = unescapeEntities(meta.getAttribute('content') ?? '').trim();
    if (content === '') continue;
    const keys = [
      ...(meta.getAttribute('property') ?? '').split(/\s+/u),
      meta.getAttribute('name') ?? '',
      meta.getAttribute('itemprop') ?? '',
      meta.getAttribute('http-equiv') ?? '',
    ];
    for (const key of keys) {
      const name = key.trim().toLowerCase();
      if (name === '') continue;
      const list = values.get(name);
      if (list) list.push(content);
      else values.set(name, [content]);
    }
  }
  return {
    first: (...names) => {
      for (const name of names) {
        const value = values.get(name)?.[0];
        if (value) return value;
      }
      return null;
    },
    all: (...names) => names.flatMap((name) => values.get(name) ?? []),
  };
}
