// az's DAWG dictionaries (words.dawg, prediction-suffixes-*.dawg, p_t_given_w.intdawg: 9.6 MB) read
// page by page, on first use, instead of whole at az's init. On this machine every page of fresh
// memory costs ~3 ms a megabyte to fault in, so reading the three files whole was ~30 ms of the first
// Russian line, which walks a few hundred of their 2,400 pages; a long run reads the rest as it
// meets them (one 4 KB read each, nothing read twice).
// The walk is az 0.2.3's own (node_modules/az/dist/az.js, Az.DAWG, MIT, after dawgdic), line for
// line, with each `units[i]` / `guide[i]` read going through the page check; morph.ts hands these
// objects to Az.Morph.init in place of az's, and test/unit/ner/az-dawg.test.ts checks that they
// answer findAll exactly as az's own reader does over the whole files.
import * as fs from 'fs';

const ROOT = 0;
const MISSING = -1;
const PRECISION_MASK = 0xffffffff;
const HAS_LEAF_BIT = 1 << 8;
const EXTENSION_BIT = 1 << 9;
const IS_LEAF_BIT = 1 << 31;

/** Bytes per page read: the machine's page, so a read faults in exactly the memory it fills. */
const PAGE_SHIFT = 12;
const PAGE = 1 << PAGE_SHIFT;

/**
 * az's CP1251 table, code unit → byte: windows-1251 as WHATWG decodes it, except 0x98 (unassigned,
 * which az leaves out). az's keys are strings; here a Map of numbers (the same membership test).
 */
const CP1251 = new Map<number, number>();
/** Byte → character (az's UCS2, without bytes 0 and 1: the separators of its keys). */
const UCS2 = new Map<number, string>();
{
  const decoder = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) {
    if (b === 0x98) continue;
    const c = b < 0x80 ? b : decoder.decode(Uint8Array.of(b)).charCodeAt(0);
    CP1251.set(c, b);
    if (b > 1) UCS2.set(b, String.fromCharCode(c));
  }
}

// az's neighbouring keys of the ЙЦУКЕН layouts, for findAll with typos (morph.ts asks for none).
const COMMON_TYPOS: Readonly<Record<string, string>> = {
  'й': 'ёцыф', 'ц': 'йфыву', 'у': 'цывак', 'к': 'увапе', 'е': 'капрн', 'н': 'епрог', 'г': 'нролш', 'ш': 'голдщ', 'щ': 'шлджз', 'з': 'щджэх-', 'х': 'зжэъ-', 'ъ': 'хэ-ё',
  'ф': 'йцычяё', 'ы': 'йцувсчяф', 'в': 'цукамсчы', 'а': 'укепимсв', 'п': 'кенртима', 'р': 'енгоьтип', 'о': 'нгшлбьтр', 'л': 'гшщдюбьо', 'д': 'шщзжюбл', 'ж': 'щзхэюд', 'э': 'зхъжё',
  'ё': 'йфяъэ', 'я': 'ёфыч', 'ч': 'яфывс', 'с': 'чывам', 'м': 'свапи', 'и': 'мапрт', 'т': 'ипроь', 'ь': 'тролб', 'б': 'ьолдю', 'ю': 'блдж',
  '1': 'ёйц', '2': 'йцу', '3': 'цук', '4': 'уке', '5': 'кен', '6': 'енг', '7': 'нгш', '8': 'гшщ', '9': 'шщз', '0': 'щзх-', '-': 'зхъ', '=': '-хъ', '\\': 'ъэ', '.': 'южэ',
}; // prettier-ignore

function offset(base: number): number {
  return ((base >> 10) << ((base & EXTENSION_BIT) >> 6)) & PRECISION_MASK;
}

function label(base: number): number {
  return base & (IS_LEAF_BIT | 0xff) & PRECISION_MASK;
}

function hasLeaf(base: number): boolean {
  return (base & HAS_LEAF_BIT & PRECISION_MASK) != 0;
}

function value(base: number): number {
  return base & ~IS_LEAF_BIT & PRECISION_MASK;
}

/** One entry of findAll: [key, payloads, stutter, typos], or [key, value] for an 'int' DAWG (az's shapes). */
type Found = [string, number] | [string, number[][] | number[][], number, number];

/** A dawgdic file (az's layout: u32 unit count, units, u32 guide count, guide) read page by page. */
export class PagedDawg {
  private readonly units: Uint32Array;
  private readonly guide: Uint8Array;
  /** 1 where the page of units (or guide bytes) has been read. */
  private readonly unitPages: Uint8Array;
  private readonly guidePages: Uint8Array;
  private readonly guideAt: number;

  /**
   * Opens `file` and reads its two length fields; the rest is read when a walk first needs it. The
   * file stays open for the life of the process (az keeps its dictionaries for as long).
   * `format`: az's 'words' | 'probs' | 'int' (what a key's payload is).
   */
  constructor(
    readonly file: string,
    readonly format: string,
  ) {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const word = Buffer.alloc(4);
      const unitCount = size >= 4 && fs.readSync(fd, word, 0, 4, 0) === 4 ? word.readUInt32LE(0) : -1;
      this.guideAt = 4 + 4 * unitCount + 4;
      const guideCount = unitCount >= 0 && this.guideAt <= size && fs.readSync(fd, word, 0, 4, this.guideAt - 4) === 4 ? word.readUInt32LE(0) : -1;
      if (guideCount < 0 || this.guideAt + 2 * guideCount > size) throw new Error(`newsmark: the az dictionary ${file} is truncated or not a DAWG`);
      // Zero-filled and untouched: the system maps their pages only when a read below fills them.
      this.units = new Uint32Array(unitCount);
      this.guide = new Uint8Array(2 * guideCount);
      this.unitPages = new Uint8Array(Math.ceil(this.units.byteLength / PAGE));
      this.guidePages = new Uint8Array(Math.ceil(this.guide.byteLength / PAGE));
      this.fd = fd;
    } catch (err) {
      fs.closeSync(fd);
      throw err;
    }
  }

  private readonly fd: number;

  /** Pages read so far and pages in the file (units and guide): how lazy the reading was (tests). */
  pagesRead(): { read: number; total: number } {
    let read = 0;
    for (const p of this.unitPages) read += p;
    for (const p of this.guidePages) read += p;
    return { read, total: this.unitPages.length + this.guidePages.length };
  }

  private u(i: number): number {
    if (this.unitPages[i >>> (PAGE_SHIFT - 2)] === 0) this.readPage(this.units, this.unitPages, i >>> (PAGE_SHIFT - 2), 4);
    return this.units[i];
  }

  private g(i: number): number {
    if (this.guidePages[i >>> PAGE_SHIFT] === 0) this.readPage(this.guide, this.guidePages, i >>> PAGE_SHIFT, this.guideAt);
    return this.guide[i];
  }

  /** Reads page `p` of `into` (which starts at byte `at` of the file). */
  private readPage(into: Uint32Array | Uint8Array, pages: Uint8Array, p: number, at: number): void {
    const start = p * PAGE;
    const bytes = new Uint8Array(into.buffer, into.byteOffset + start, Math.min(PAGE, into.byteLength - start));
    for (let got = 0; got < bytes.length;) {
      const n = fs.readSync(this.fd, bytes, got, bytes.length - got, at + start + got);
      if (n === 0) throw new Error(`newsmark: the az dictionary ${this.file} was cut short while in use`);
      got += n;
    }
    pages[p] = 1;
  }

  // ---- az 0.2.3's DAWG walk (Az.DAWG.prototype), unchanged but for u()/g() ----

  followByte(c: number, index: number): number {
    const o = offset(this.u(index));
    const nextIndex = (index ^ o ^ (c & 0xff)) & PRECISION_MASK;
    if (label(this.u(nextIndex)) != (c & 0xff)) return MISSING;
    return nextIndex;
  }

  hasValue(index: number): boolean {
    return hasLeaf(this.u(index));
  }

  value(index: number): number {
    const o = offset(this.u(index));
    const valueIndex = (index ^ o) & PRECISION_MASK;
    return value(this.u(valueIndex));
  }

  iterateAll(index: number): number[][] {
    const results: number[][] = [];
    const stack = [index];
    const key: number[] = [];
    let last = ROOT;
    let lbl: number;
    for (;;) {
      index = stack[stack.length - 1];
      if (last != ROOT) {
        lbl = this.g(index << 1);
        if (lbl) {
          index = this.followByte(lbl, index);
          if (index == MISSING) return results;
          key.push(lbl);
          stack.push(index);
        } else {
          do {
            lbl = this.g((index << 1) + 1);
            key.pop();
            stack.pop();
            if (!stack.length) return results;
            index = stack[stack.length - 1];
            if (lbl) {
              index = this.followByte(lbl, index);
              if (index == MISSING) return results;
              key.push(lbl);
              stack.push(index);
            }
          } while (!lbl);
        }
      }
      while (!this.hasValue(index)) {
        lbl = this.g(index << 1);
        index = this.followByte(lbl, index);
        if (index == MISSING) return results;
        key.push(lbl);
        stack.push(index);
      }
      // Only three formats supported
      if (this.format == 'words') {
        results.push([((key[0] ^ 1) << 6) + (key[1] >> 1), ((key[2] ^ 1) << 6) + (key[3] >> 1)]);
      } else if (this.format == 'probs') {
        results.push([((key[0] ^ 1) << 6) + (key[1] >> 1), ((key[2] ^ 1) << 6) + (key[3] >> 1), ((key[4] ^ 1) << 6) + (key[5] >> 1)]);
      } else {
        results.push(key.slice()); // raw bytes
      }
      last = index;
    }
  }

  /** Every key that `str` can be read as (replacements, stutter, typos: az's options), with payloads. */
  findAll(str: string, replaces?: Record<string, string>, mstutter?: number, mtypos?: number): Found[] {
    mtypos = mtypos || 0;
    mstutter = mstutter || 0;
    const results: Found[] = [];
    const prefixes: Array<[string, number, number, number, number]> = [['', 0, 0, 0, ROOT]];
    let prefixEntry: [string, number, number, number, number];
    let index: number, len: number, code: number, cur: number, typos: number, stutter: number, prefix: string;
    let lbl: number;
    while (prefixes.length) {
      prefixEntry = prefixes.pop()!;
      prefix = prefixEntry[0];
      len = prefixEntry[1];
      typos = prefixEntry[2];
      stutter = prefixEntry[3];
      index = prefixEntry[4];
      // Done
      if (len == str.length) {
        if (typos < mtypos && !stutter) {
          // Allow missing letter(s) at the very end
          lbl = this.g(index << 1); // First child
          do {
            cur = this.followByte(lbl, index);
            if (cur != MISSING && UCS2.has(lbl)) prefixes.push([prefix + UCS2.get(lbl), len, typos + 1, stutter, cur]);
            lbl = this.g((cur << 1) + 1); // Next child
          } while (cur != MISSING);
        }
        if (this.format == 'int') {
          if (this.hasValue(index)) results.push([prefix, this.value(index)]);
          continue;
        }
        // Find all payloads
        if (this.format == 'words' || this.format == 'probs') {
          index = this.followByte(1, index); // separator
          if (index == MISSING) continue;
        }
        results.push([prefix, this.iterateAll(index), stutter, typos]);
        continue;
      }
      // Follow a replacement path
      if (replaces && str[len] in replaces) {
        code = replaces[str[len]].charCodeAt(0);
        if (CP1251.has(code)) {
          cur = this.followByte(CP1251.get(code)!, index);
          if (cur != MISSING) prefixes.push([prefix + replaces[str[len]], len + 1, typos, stutter, cur]);
        }
      }
      // Follow typos path (if not over limit)
      if (typos < mtypos && !stutter) {
        // Skip a letter entirely (extra letter)
        prefixes.push([prefix, len + 1, typos + 1, stutter, index]);
        // Add a letter (missing)
        lbl = this.g(index << 1); // First child
        do {
          cur = this.followByte(lbl, index);
          if (cur != MISSING && UCS2.has(lbl)) prefixes.push([prefix + UCS2.get(lbl), len, typos + 1, stutter, cur]);
          lbl = this.g((cur << 1) + 1); // Next child
        } while (cur != MISSING);
        // Replace a letter (only the most probable typos: keys next to each other)
        const possible = COMMON_TYPOS[str[len]];
        if (possible) {
          for (let i = 0; i < possible.length; i++) {
            code = possible.charCodeAt(i);
            if (CP1251.has(code)) {
              cur = this.followByte(CP1251.get(code)!, index);
              if (cur != MISSING) prefixes.push([prefix + possible[i], len + 1, typos + 1, stutter, cur]);
            }
          }
        }
        // Swapped two letters
        if (len < str.length - 1) {
          code = str.charCodeAt(len + 1);
          if (CP1251.has(code)) {
            cur = this.followByte(CP1251.get(code)!, index);
            if (cur != MISSING) {
              code = str.charCodeAt(len);
              if (CP1251.has(code)) {
                cur = this.followByte(CP1251.get(code)!, cur);
                if (cur != MISSING) prefixes.push([prefix + str[len + 1] + str[len], len + 2, typos + 1, stutter, cur]);
              }
            }
          }
        }
      }
      // Follow base path
      code = str.charCodeAt(len);
      if (CP1251.has(code)) {
        cur = this.followByte(CP1251.get(code)!, index);
        if (cur != MISSING) {
          prefixes.push([prefix + str[len], len + 1, typos, stutter, cur]);
          while (stutter < mstutter && !typos && len < str.length - 1) {
            // Follow a simple stutter path (merge two equal letters into one)
            if (str[len] == str[len + 1]) {
              prefixes.push([prefix + str[len], len + 2, typos, stutter + 1, cur]);
              len++;
            } else if (len < str.length - 2 && str[len + 1] == '-' && str[len] == str[len + 2]) {
              // Follow a stutter with a dash (д-да)
              prefixes.push([prefix + str[len], len + 3, typos, stutter + 1, cur]);
              len += 2;
            } else {
              break;
            }
            stutter++;
          }
        }
      }
    }
    return results;
  }
}
