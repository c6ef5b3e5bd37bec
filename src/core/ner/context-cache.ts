// The decoder's cache of keyed context scores: for each context key (features.ts contextKey: the
// shapes and class bits of a word and its neighbours, and a few small numbers) the summed weight
// rows of its keyed context features. Fourteen of a word's eighteen context features depend on the
// key alone, and a text repeats keys far more than words ("Xx" between "x" and "," …): on
// conll2003_en_train 84 % of the first pass's positions find their key already summed, so they add
// one cached vector instead of looking up fourteen hashed rows. Keys are stored in full and
// compared word by word: a hit is the same key, never a hash collision, so the scores are those of
// summing the rows (loaded weights are integers: any order gives the same sum).
import { CONTEXT_KEY_WORDS } from './features';

const W = CONTEXT_KEY_WORDS;
/** A slot: the key's words, then its vector, in 16 words (one 64-byte cache line with 9 labels and 7 key words). */
const KEY_SMALL = W - 1;
/** Set in a stored key's last word (its small numbers use the low 16 bits): the slot is taken. */
const USED = 0x80000000;

export class ContextCache {
  /** The slots, as key words (uint32) and as vectors (float32) over one buffer. */
  private readonly words: Uint32Array;
  readonly vectors: Float32Array;
  private readonly stride: number;
  private readonly mask: number;
  private size = 0;

  /** `bits`: 2^bits slots (kept at most half full, then emptied: the cache stays bounded). */
  constructor(nLabels: number, bits = 15) {
    this.stride = W + nLabels;
    this.mask = (1 << bits) - 1;
    const buffer = new ArrayBuffer((4 * this.stride) << bits);
    this.words = new Uint32Array(buffer);
    this.vectors = new Float32Array(buffer);
  }

  /**
   * Where the vector of `key` starts in `vectors`, or −1 − start where it is to be written: the key
   * is then stored and its slot taken, and the caller writes the sum of the rows there.
   */
  find(key: Uint32Array): number {
    let h = 0x811c9dc5;
    for (let w = 0; w < W; w++) h = Math.imul(h ^ key[w], 0x01000193);
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    h ^= h >>> 13;
    const words = this.words;
    const stride = this.stride;
    const last = (key[KEY_SMALL] | USED) >>> 0;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * stride;
      const tag = words[at + KEY_SMALL];
      if (tag === 0) {
        if (this.size * 2 >= this.mask) {
          // Half full: start afresh rather than grow (a long session meets ever new keys).
          words.fill(0);
          this.size = 0;
          return this.find(key);
        }
        this.size++;
        for (let w = 0; w < KEY_SMALL; w++) words[at + w] = key[w];
        words[at + KEY_SMALL] = last;
        return -1 - (at + W);
      }
      if (tag !== last) continue;
      let same = true;
      for (let w = 0; w < KEY_SMALL; w++) {
        if (words[at + w] !== key[w]) {
          same = false;
          break;
        }
      }
      if (same) return at + W;
    }
  }
}
