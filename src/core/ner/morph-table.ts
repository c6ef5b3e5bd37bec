// The compiled Russian morphology table: for each word form it holds, the summary az gives of it
// (tag classes, pos, case, the cases of the best four parses, lemma), so the tagger gets its answer
// from one hash lookup in a file read page by page, without loading az (~200 ms) or running it (~30 µs a
// word). scripts/build-morph-table.ts compiles it from az at build time (data/morph-ru.bin, not
// committed); a form it does not hold goes to az as before.
//
// Layout (little-endian, as the typed arrays read it on every platform Node runs on), chosen so that a
// lookup reads a few pages of typed-array views over the file (paged-file.ts), in place:
//   "NMRT" u32:version u32:headerLength header(JSON, padded to 4 bytes)
//   slots     Uint32Array(slotCount): record offset + 1, 0 = empty (open addressing, linear probing)
//   lemmaEnds Uint32Array(lemmaCount): end of each lemma in the lemma bytes
//   records   per form: u8 keyLength, key bytes, u8 classes, u8 posKase, u16 caseTags, u24 lemma
//   lemmas    the lemma bytes
// Keys and lemmas are stored one byte a character: ASCII as is, Cyrillic U+0400..U+047F as 0x80..0xFF
// (a form with any other character is not stored).
import type { MorphSummary } from './morph';
import { PAGE_SHIFT, PagedBytes, PagedFile, wholeBytes } from '../paged-file';

export const MORPH_TABLE_FILE = 'morph-ru.bin';
const MAGIC = 0x54524d4e; // "NMRT"
const VERSION = 1;

interface Header {
  /** What the table was built from (az version, builder hash): the builder rebuilds when it changes. */
  stamp: string;
  posKase: string[];
  caseTags: string[][];
  formCount: number;
  slotCount: number;
  lemmaCount: number;
  recordBytes: number;
}

export interface MorphTable {
  readonly stamp: string;
  readonly size: number;
  lookup(word: string): MorphSummary | undefined;
  /** Every form the table holds (for the tests that compare it with az). */
  forms(): string[];
}

/** One byte for a character of a key or lemma, -1 when it has none. */
function byteOf(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0x400 && code < 0x480) return code - 0x380;
  return -1;
}

function charOf(b: number): number {
  return b < 0x80 ? b : b + 0x380;
}

/** FNV-1a over the key's bytes; -1 when the word has a character the table cannot hold. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    const b = byteOf(word.charCodeAt(i));
    if (b < 0) return -1;
    h = Math.imul(h ^ b, 0x01000193);
  }
  return h >>> 0;
}

/** True when `word` can be a key of the table. */
export function storable(word: string): boolean {
  return word.length > 0 && word.length < 256 && hashOf(word) >= 0;
}

/**
 * The table of `file`, read page by page as lookups reach it (paged-file.ts): a document asks about
 * a few hundred forms, which touch a few dozen of the file's 345 pages, where reading it whole cost
 * its 1.4 MB of fresh memory at the first Cyrillic word.
 */
export function readMorphTable(file: string): MorphTable {
  let paged: PagedFile;
  try {
    paged = new PagedFile(file, 'the morphology table');
  } catch (err) {
    throw new Error(`newsmark: cannot read the morphology table ${file}: ${String(err)}`);
  }
  try {
    return tableOf(paged, file);
  } catch (err) {
    paged.close();
    throw err;
  }
}

/** A table from its bytes in memory (tests, the builder's own check). */
export function parseMorphTable(buf: Uint8Array, where = 'buffer'): MorphTable {
  return tableOf(wholeBytes(buf), where);
}

function tableOf(src: PagedBytes, where: string): MorphTable {
  const bad = (why: string) => new Error(`newsmark: the morphology table ${where} is damaged (${why}); rebuild it with \`npm run build\``);
  const { bytes, loaded } = src;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length < 12) throw bad('no NMRT header');
  src.need(0, 12);
  if (view.getUint32(0, true) !== MAGIC) throw bad('no NMRT header');
  if (view.getUint32(4, true) !== VERSION) throw bad(`format ${view.getUint32(4, true)}, expected ${VERSION}`);
  const headerLength = view.getUint32(8, true);
  let h: Header;
  try {
    src.need(12, 12 + headerLength);
    h = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 12, Math.min(headerLength, bytes.length - 12)).toString('utf8'));
  } catch {
    throw bad('unreadable header');
  }
  // Byte offsets of the sections in the file (each view below starts there: 4-aligned by the layout).
  const slotsAt = 12 + align4(headerLength);
  const lemmaEndsAt = slotsAt + 4 * h.slotCount;
  const recordsAt = lemmaEndsAt + 4 * h.lemmaCount;
  const lemmasAt = recordsAt + h.recordBytes;
  if (lemmasAt > bytes.length) throw bad('truncated');
  const slots = new Uint32Array(bytes.buffer, bytes.byteOffset + slotsAt, h.slotCount);
  const lemmaEnds = new Uint32Array(bytes.buffer, bytes.byteOffset + lemmaEndsAt, h.lemmaCount);
  const records = new Uint8Array(bytes.buffer, bytes.byteOffset + recordsAt, h.recordBytes);
  const lemmas = new Uint8Array(bytes.buffer, bytes.byteOffset + lemmasAt, bytes.length - lemmasAt);
  if (h.lemmaCount) {
    src.need(recordsAt - 4, recordsAt);
    if (lemmaEnds[h.lemmaCount - 1] !== lemmas.length) throw bad('truncated');
  }
  const mask = h.slotCount - 1;
  const caseTags = h.caseTags.map((t) => Object.freeze(t));
  const pos = h.posKase.map((pk) => pk.split('|')[0]);
  const kase = h.posKase.map((pk) => pk.split('|')[1]);

  const find = (word: string): number => {
    const len = word.length;
    if (len === 0 || len > 255) return -1;
    const hash = hashOf(word);
    if (hash < 0) return -1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const page = (slotsAt + 4 * i) >>> PAGE_SHIFT;
      if (loaded[page] === 0) src.load(page);
      const r = slots[i];
      if (r === 0) return -1;
      const off = r - 1;
      // The key's length byte, then (when it matches) the key and the record's data.
      src.need(recordsAt + off, recordsAt + off + 1);
      if (records[off] !== len) continue;
      src.need(recordsAt + off + 1, recordsAt + off + 1 + len + RECORD_DATA);
      let k = 0;
      while (k < len && records[off + 1 + k] === byteOf(word.charCodeAt(k))) k++;
      if (k === len) return off + 1 + len;
    }
  };
  const lemmaOf = (id: number): string => {
    src.need(lemmaEndsAt + 4 * (id - 1), lemmaEndsAt + 4 * (id + 1));
    const start = id === 0 ? 0 : lemmaEnds[id - 1];
    src.need(lemmasAt + start, lemmasAt + lemmaEnds[id]);
    return String.fromCharCode(...Array.from(lemmas.subarray(start, lemmaEnds[id]), charOf));
  };

  return {
    stamp: h.stamp,
    size: h.formCount,
    lookup(word) {
      const at = find(word);
      if (at < 0) return undefined;
      return {
        classes: records[at],
        pos: pos[records[at + 1]],
        kase: kase[records[at + 1]],
        lemma: lemmaOf(records[at + 4] | (records[at + 5] << 8) | (records[at + 6] << 16)),
        caseTags: caseTags[records[at + 2] | (records[at + 3] << 8)],
      };
    },
    forms() {
      src.need(recordsAt, lemmasAt);
      const out: string[] = [];
      for (let off = 0; off < records.length;) {
        const len = records[off];
        out.push(String.fromCharCode(...Array.from(records.subarray(off + 1, off + 1 + len), charOf)));
        off += 1 + len + RECORD_DATA;
      }
      return out;
    },
  };
}

/** Bytes after a record's key: classes, posKase, caseTags (u16), lemma (u24). */
const RECORD_DATA = 7;

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Compiles summaries of forms (each form `storable`) into the table's bytes. */
export function compileMorphTable(entries: Iterable<[string, MorphSummary]>, stamp: string): Buffer {
  const posKase: string[] = [];
  const posKaseId = new Map<string, number>();
  const caseTags: string[][] = [];
  const caseTagsId = new Map<string, number>();
  const lemmaId = new Map<string, number>();
  const lemmaChunks: Buffer[] = [];
  const lemmaEnds: number[] = [];
  let lemmaBytes = 0;
  const idOf = <T>(map: Map<string, number>, list: T[], key: string, value: T, limit: number): number => {
    let id = map.get(key);
    if (id === undefined) {
      id = list.length;
      if (id >= limit) throw new Error(`morph table: more than ${limit} distinct values (${key})`);
      map.set(key, id);
      list.push(value);
    }
    return id;
  };
  const encode = (s: string): Buffer => {
    if (!storable(s)) throw new Error(`morph table: cannot store ${JSON.stringify(s)}`);
    return Buffer.from(Array.from(s, (c) => byteOf(c.charCodeAt(0))));
  };

  const recs: Buffer[] = [];
  const offsets: number[] = [];
  const hashes: number[] = [];
  let recordBytes = 0;
  for (const [form, s] of entries) {
    const key = encode(form);
    const pk = idOf(posKaseId, posKase, `${s.pos}|${s.kase}`, `${s.pos}|${s.kase}`, 256);
    const ct = idOf(caseTagsId, caseTags, s.caseTags.join(','), [...s.caseTags], 65536);
    let lm = lemmaId.get(s.lemma);
    if (lm === undefined) {
      lm = lemmaEnds.length;
      if (lm >= 1 << 24) throw new Error('morph table: too many lemmas');
      lemmaId.set(s.lemma, lm);
      const b = encode(s.lemma);
      lemmaChunks.push(b);
      lemmaBytes += b.length;
      lemmaEnds.push(lemmaBytes);
    }
    const rec = Buffer.alloc(1 + key.length + RECORD_DATA);
    rec[0] = key.length;
    key.copy(rec, 1);
    let at = 1 + key.length;
    rec[at++] = s.classes;
    rec[at++] = pk;
    rec.writeUInt16LE(ct, at);
    at += 2;
    rec.writeUIntLE(lm, at, 3);
    offsets.push(recordBytes);
    hashes.push(hashOf(form));
    recs.push(rec);
    recordBytes += rec.length;
  }

  // At most half full, so a miss (most lookups of unseen text) ends after a probe or two.
  let slotCount = 1;
  while (slotCount < 2 * offsets.length) slotCount <<= 1;
  const slots = new Uint32Array(slotCount);
  const mask = slotCount - 1;
  for (let r = 0; r < offsets.length; r++) {
    let i = hashes[r] & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = offsets[r] + 1;
  }

  const header: Header = { stamp, posKase, caseTags, formCount: offsets.length, slotCount, lemmaCount: lemmaEnds.length, recordBytes };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(12 + align4(json.length), 0x20);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(json.length, 8);
  json.copy(head, 12);
  return Buffer.concat([
    head,
    Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength),
    Buffer.from(Uint32Array.from(lemmaEnds).buffer),
    ...recs,
    ...lemmaChunks,
  ]);
}
