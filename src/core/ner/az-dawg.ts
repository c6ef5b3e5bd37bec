// az's DAWG dictionaries (words.dawg, prediction-suffixes-*.dawg, p_t_given_w.intdawg: 9.6 MB) read
// page by page, on first use, instead of whole at az's init. On this machine every page of fresh
// memory costs ~3 ms a megabyte to fault in, so reading the three files whole was ~30 ms of the first
// Russian line, which walks a few hundred of their 2,400 pages; a long run reads the rest as it
// meets them (one 4 KB read each, nothing read twice).
// The walk is az 0.2.3's own (node_modules/az/dist/az.js, Az.DAWG, MIT, after dawgdic), line for
// line, with each `units[i]` / `guide[i]` read going through the page check; morph.ts hands these
// objects to Az.Morph.init in place of az's, and test/unit/ner/az-dawg.test.ts checks that they
// answer findAll exactly as az's own reader does over the whole files.
import { PAGE_SHIFT, PagedFile } from '../paged-file';

const ROOT = 0;
const MISSING = -1;
const PRECISION_MASK = 0xffffffff;
const HAS_LEAF_BIT = 1 << 8;
const EXTENSION_BIT = 1 << 9;
const IS_LEAF_BIT = 1 << 31;

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
/**
 * The one-letter keys of az's replacement table (`{ е: 'ё' }`) by code unit: az asks `letter in
 * replaces` at every letter, which makes V8 look the letter up in its string table first. Kept per
 * table object (az passes its config's, the same each time); a key of several letters never matches
 * one letter, and a plain object inherits no one-letter key.
 */
const replacementTables = new WeakMap<object, Map<number, string>>();
function replacementCodes(replaces: Record<string, string>): Map<number, string> {
  let codes = replacementTables.get(replaces);
  if (!codes) {
    codes = new Map();
    for (const k in replaces) if (k.length === 1) codes.set(k.charCodeAt(0), replaces[k]);
    replacementTables.set(replaces, codes);
  }
  return codes;
}

/** The same table as an array (-1: no byte), for the walk without typos, which reads it per letter. */
const BYTE_OF = new Int16Array(0x10000).fill(-1);
for (const [c, b] of CP1251) BYTE_OF[c] = b;

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
  private readonly file: PagedFile;
  private readonly units: Uint32Array;
  private readonly guide: Uint8Array;
  private readonly loaded: Uint8Array;
  private readonly guideAt: number;

  /**
   * Opens `file` and reads its two length fields; the rest is read when a walk first needs it.
   * `format`: az's 'words' | 'probs' | 'int' (what a key's payload is).
   */
  constructor(
    path: string,
    readonly format: string,
  ) {
    const file = (this.file = new PagedFile(path, 'the az dictionary'));
    const view = new DataView(file.bytes.buffer, file.bytes.byteOffset, file.size);
    const u32At = (at: number): number => {
      file.need(at, at + 4);
      return view.getUint32(at, true);
    };
    const unitCount = file.size >= 8 ? u32At(0) : 0;
    this.guideAt = 4 + 4 * unitCount + 4;
    const guideCount = this.guideAt <= file.size ? u32At(this.guideAt - 4) : 0;
    if (this.guideAt + 2 * guideCount > file.size || file.size < 8) {
      file.close();
      throw new Error(`newsmark: the az dictionary ${path} is truncated or not a DAWG`);
    }
    // Views over the file's pages, as az's reader makes over the whole file (units start at byte 4: aligned).
    this.units = new Uint32Array(file.bytes.buffer, file.bytes.byteOffset + 4, unitCount);
    this.guide = new Uint8Array(file.bytes.buffer, file.bytes.byteOffset + this.guideAt, 2 * guideCount);
    this.loaded = file.loaded;
  }

  /** Pages read so far and pages in the file (tests). */
  pagesRead(): { read: number; total: number } {
    return this.file.pagesRead();
  }

  // A unit (4 aligned bytes) or a guide byte never straddles a page. An index out of range reads
  // undefined, as from az's arrays (its page test is then on a page of the file or past its end).
  private u(i: number): number {
    const p = (4 + 4 * i) >>> PAGE_SHIFT;
    if (this.loaded[p] === 0) this.file.load(p);
    return this.units[i];
  }

  private g(i: number): number {
    const p = (this.guideAt + i) >>> PAGE_SHIFT;
    if (this.loaded[p] === 0) this.file.load(p);
    return this.guide[i];
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

  /**
   * Every key that `str` can be read as (replacements, stutter, typos: az's options), with payloads.
   * Without typos (all that morph.ts asks) az's walk is followed without its per-letter allocations:
   * az pushes every step on its stack (an array and a longer prefix string per letter) and pops it at
   * once; here a step that does not branch moves on in place, and only the branches (a replacement,
   * a stutter) wait on the stack, in az's order, so the keys come out in az's order.
   */
  findAll(str: string, replaces?: Record<string, string>, mstutter?: number, mtypos?: number): Found[] {
    return mtypos ? this.findAllAz(str, replaces, mstutter, mtypos) : this.findAllExact(str, replaces, mstutter || 0);
  }

  private findAllExact(str: string, replaces: Record<string, string> | undefined, mstutter: number): Found[] {
    const results: Found[] = [];
    const n = str.length;
    // Waiting branches: [prefix, len, stutter, index], as on az's stack.
    const waiting: Array<[string, number, number, number]> = [];
    // The walk's state; prefix null while it is str.slice(0, len) (no replacement or stutter taken).
    let prefix: string | null = null;
    let len = 0;
    let stutter = 0;
    let index = ROOT;
    const replaceable = replaces ? replacementCodes(replaces) : undefined;
    for (;;) {
      let moved = false;
      if (len === n) {
        const key = prefix ?? str;
        if (this.format == 'int') {
          if (this.hasValue(index)) results.push([key, this.value(index)]);
        } else {
          let at = index;
          if (this.format == 'words' || this.format == 'probs') at = this.followByte(1, index); // separator
          if (at != MISSING) results.push([key, this.iterateAll(at), stutter, 0]);
        }
      } else {
        const ch = str[len];
        const r = replaceable?.get(str.charCodeAt(len));
        if (r !== undefined) {
          const b = BYTE_OF[r.charCodeAt(0)];
          if (b >= 0) {
            const cur = this.followByte(b, index);
            if (cur != MISSING) waiting.push([(prefix ?? str.slice(0, len)) + r, len + 1, stutter, cur]);
          }
        }
        const b = BYTE_OF[str.charCodeAt(len)];
        if (b >= 0) {
          const cur = this.followByte(b, index);
          if (cur != MISSING) {
            // az pushes the step on, then a branch per stutter (a doubled letter, "д-д") after it.
            let l = len;
            let s = stutter;
            let last: [string, number, number, number] | undefined;
            while (s < mstutter && l < n - 1) {
              let to: number;
              if (str[l] == str[l + 1]) {
                to = l + 2;
                l++;
              } else if (l < n - 2 && str[l + 1] == '-' && str[l] == str[l + 2]) {
                to = l + 3;
                l += 2;
              } else {
                break;
              }
              if (!last) waiting.push([(prefix ?? str.slice(0, len)) + ch, len + 1, stutter, cur]);
              else waiting.push(last);
              last = [(prefix ?? str.slice(0, len)) + ch, to, s + 1, cur];
              s++;
            }
            if (last) {
              [prefix, len, stutter, index] = last;
            } else {
              if (prefix !== null) prefix += ch;
              len++;
              index = cur;
            }
            moved = true;
          }
        }
      }
      if (moved) continue;
      const next = waiting.pop();
      if (!next) return results;
      [prefix, len, stutter, index] = next;
    }
  }

  /** az's walk as it is (with typos). */
  private findAllAz(str: string, replaces: Record<string, string> | undefined, mstutter: number | undefined, mtypos: number): Found[] {
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
