/**
 * Token → term number, for the in-memory search index. Most distinct tokens of a library
 * are CJK characters and bigrams (search-tokens.ts): hundreds of thousands at 10,000
 * outlines. Tokens of one or two UTF-16 units are kept as one 32-bit number in typed
 * arrays (8 bytes a slot, at most three quarters used), not as strings in a Map (about 60 bytes each); longer ones,
 * the Latin words, which are far fewer, in a Map.
 */
export class TermTable {
  readonly #long = new Map<string, number>();
  /** Open addressing: slot keys are the packed token, 0 for an empty slot (no token packs to 0). */
  #keys = new Int32Array(1 << 14);
  #values = new Int32Array(1 << 14);
  #short = 0;

  get size(): number {
    return this.#long.size + this.#short;
  }

  /**
   * Every token but those starting with a CJK ideograph or Hangul syllable, for the sorted
   * word list that answers prefixes (a CJK term is never a prefix). Skipping them here by
   * code unit spares hundreds of thousands of strings; the caller filters the rest exactly.
   */
  *tokens(): Generator<string> {
    yield* this.#long.keys();
    for (const key of this.#keys) {
      const first = key >>> 16;
      if (key !== 0 && !(first >= 0x4e00 && first <= 0x9fff) && !(first >= 0xac00 && first <= 0xd7a3)) yield unpack(key);
    }
  }

  /** The tokens of three UTF-16 units or more: the Latin words and the filters' keys, without the hundreds of thousands of short ones. */
  longTokens(): IterableIterator<string> {
    return this.#long.keys();
  }

  get(token: string): number | undefined {
    const packed = pack(token);
    if (packed === 0) return this.#long.get(token);
    const slot = this.#find(packed);
    return this.#keys[slot] === packed ? this.#values[slot] : undefined;
  }

  /** The term number of `token`, given the next free number when it is new. */
  intern(token: string): number {
    const packed = pack(token);
    if (packed === 0) {
      let term = this.#long.get(token);
      if (term === undefined) this.#long.set(token, (term = this.size));
      return term;
    }
    const slot = this.#find(packed);
    if (this.#keys[slot] === packed) return this.#values[slot] ?? 0;
    const term = this.size;
    this.#keys[slot] = packed;
    this.#values[slot] = term;
    this.#short++;
    // Up to three quarters full: linear probing stays short, and at 50,000 outlines the table is half the size.
    if (this.#short * 4 > this.#keys.length * 3) this.#grow();
    return term;
  }

  #find(packed: number): number {
    const mask = this.#keys.length - 1;
    let slot = mix(packed) & mask;
    while (this.#keys[slot] !== 0 && this.#keys[slot] !== packed) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Int32Array(keys.length * 2);
    this.#values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? 0;
      if (key === 0) continue;
      const slot = this.#find(key);
      this.#keys[slot] = key;
      this.#values[slot] = values[i] ?? 0;
    }
  }

  /**
   * The table as plain values, to store it (search-index-copy.ts); fromParts takes them back.
   * The slots go as they are: the next page takes them without rebuilding the table (storing
   * only the tokens saves 5 MB at 10,000 outlines but costs 65 ms of rebuilding before the first search).
   */
  toParts(): TermTableParts {
    return { long: [...this.#long.keys()], longTerms: Int32Array.from(this.#long.values()), keys: this.#keys.slice(), values: this.#values.slice(), short: this.#short };
  }

  static fromParts(parts: TermTableParts): TermTable {
    const table = new TermTable();
    parts.long.forEach((token, i) => table.#long.set(token, parts.longTerms[i] ?? 0));
    table.#keys = parts.keys;
    table.#values = parts.values;
    table.#short = parts.short;
    return table;
  }

  get bytes(): number {
    return this.#keys.byteLength + this.#values.byteLength;
  }
}

export interface TermTableParts {
  long: string[];
  longTerms: Int32Array;
  /** The hash table's slots as they are: where a token sits depends on `mix`, so a copy saved with another hash is not read (search-index-copy.ts). */
  keys: Int32Array<ArrayBuffer>;
  values: Int32Array<ArrayBuffer>;
  short: number;
}

/**
 * Spreads every bit of a packed token over the low bits the table uses (MurmurHash3's
 * finaliser). Taking the low bits of one multiplication, as before, let them depend on the
 * second character alone: CJK bigrams sharing it piled into long runs of slots (building the
 * index of 10,000 outlines took 950 ms of CPU in Node, 530 ms with this).
 */
function mix(packed: number): number {
  let h = packed ^ (packed >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One or two UTF-16 units as one number; 0 for anything else. A token never starts with U+0000. */
function pack(token: string): number {
  if (token.length === 1) return token.charCodeAt(0) << 16;
  if (token.length === 2) return (token.charCodeAt(0) << 16) | token.charCodeAt(1);
  return 0;
}

function unpack(packed: number): string {
  const first = String.fromCharCode(packed >>> 16);
  const second = packed & 0xffff;
  return second === 0 ? first : first + String.fromCharCode(second);
}
