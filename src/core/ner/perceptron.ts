// The decoder of the structured perceptron (Collins 2002) over hashed features: each line is decoded
// with Viterbi over BIO labels (BIO constraints enforced in the search). Label-history features see
// the previous label, and the one before it on the best path into that label (the usual back-pointer
// approximation of a second-order model; exact second-order search over label pairs was slower and
// no better in cross-validation, see data/ner-ru.model.md). Training (perceptron-train.ts) runs this
// same decoder in the loop; the file format is model-file.ts.
// Speed: a weight row is a cache miss, so at run time the rows of each form's own features are
// summed once per form and role and cached on the form (FormInfo.vec). Training scores every row
// afresh (`uncached`); both give the same scores for the same weights (test/unit/ner/perceptron.test.ts).
import {
  CONTEXT_KEY_WORDS,
  contextFeatures,
  contextKey,
  DocContext,
  FormInfo,
  formFeatures,
  historyAtoms,
  historyFeatures,
  keyedContextFeatures,
  labelFeatures,
  Line,
  N_HISTORY_ATOMS,
  N_KEYED_ROLES,
  N_ROLES,
  pairContextFeatures,
  prevNextRole,
  ROLE_PREV,
  ROLE_START,
  roleForms,
} from './features';
import { ContextCache } from './context-cache';
import * as forms from './forms';
import * as labels from './labels';

// Module-local copies: under CommonJS interop an imported binding is a property read (often a
// getter) on every use, which costs more than the arithmetic in these hot loops.
const PAD = forms.PAD;
const sentenceStart = forms.sentenceStart;
const O = labels.O;

/** Far from any capital letter: a quiet word after O is O without scoring (see tagLine). */
export function quietAt(line: Line, i: number): boolean {
  const f = line.forms;
  const n = f.length;
  return !f[i].salient && !(i + 1 < n && f[i + 1].salient) && !(i + 2 < n && f[i + 2].salient);
}

/** Set bits of a 32-bit word (the classic SWAR count; V8 has no popcount intrinsic). */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Where row `row` of a packed table starts (see Perceptron.index), or -1 for an all-zero row: the
 * live rows before it are the set bits of the bitmap words before its word (the word's rank) and of
 * its own word below its bit.
 */
function packedBase(index: Uint32Array, row: number, L: number): number {
  const at = (row >>> 5) << 1;
  const word = index[at];
  const bit = 1 << (row & 31);
  if (!(word & bit)) return -1;
  return (index[at + 1] + popcount(word & (bit - 1))) * L;
}

/** Floats per slab of form vectors (256 KB: about 200 forms). */
const SLAB_FLOATS = 64 * 1024;

export interface TagOptions {
  /** Sum every feature row afresh, as training does, instead of the per-form caches. */
  uncached?: boolean;
  /** Called after each line is decoded, before the document memory takes its labels (training). */
  afterLine?: (line: Line, k: number, labels: Uint8Array, doc: DocContext) => void;
}

export class Perceptron {
  readonly mask: number;
  /** Float while training; int16 once loaded (half the memory traffic; argmax ignores the scale). */
  readonly weights: Float32Array | Int16Array;
  /** Set after training/loading: weights no longer change, so per-form score vectors may be cached. */
  private frozen: boolean;
  private feats: number[] = [];
  /** Run time: the context features of the current word, feats-like but overwritten in place. */
  private ctx: number[] = [];
  private roles: FormInfo[] = [];
  /** Run time: the features of one form in one role while its score vector is summed (vectors()). */
  private formScratch: number[] = [];
  /** addLiveRows's nine sums, from sumRows (exact integers in float32: int16 rows, a few dozen per call). */
  private nineScratch = new Float32Array(9);
  /** Run time, loaded (int16) weights: the context key of the current word and the keyed context scores. */
  private readonly ctxKey = new Uint32Array(CONTEXT_KEY_WORDS);
  private ctxCache: ContextCache | undefined;
  private readonly allowed: Uint8Array;
  // Viterbi scratch: scores of the labels at the previous and current word, emission and
  // transition scores, back-pointers (word × label → previous label).
  private deltaA: Float64Array;
  private deltaB: Float64Array;
  private es: Float64Array;
  private ts: Float64Array;
  private bp = new Uint8Array(0);
  /** Run time: score vectors of the label-history features by (previous label, the one before, atoms). */
  private labelTable: Float32Array | undefined;
  /**
   * Run time, dense (unpacked) float or int16 tables: one bit per weight row, set where the row has a
   * non-zero weight. Most hashed context features ("this word after that suffix") land on empty rows;
   * the 128 KB bitmap stays in the CPU cache while the weight table does not, so checking it first
   * saves a memory round trip per empty row. Adding an all-zero row changes no score, so the result is
   * the same. A packed table checks the bitmap words of its `index` instead.
   */
  private live: Uint32Array | undefined;
  /**
   * Loaded models: the weights are packed, only the rows with a non-zero weight, in row order (as
   * the model file stores them). index[2w] is bitmap word w (bit b set: row 32w + b is stored) and
   * index[2w + 1] its rank, the count of stored rows before it: side by side, so finding a row reads
   * one cache line of the index, not one line of the bitmap and another of a separate rank table (a
   * first pass looks up rows at random, most of them for the first time). A dense 2^bits × labels
   * table would be 19 MB of fresh memory written at load (~70 ms of page faults on a loaded machine,
   * most of the English start-up); the packed one is the file's 2.6 MB, read in place, and the index
   * is stored in the file as it is used here (model-file.ts).
   */
  private readonly index: Uint32Array | undefined;

  /** `nLabels`: the first nLabels of labels.LABELS (7 without MISC, 9 with it). */
  /** `index`: `weights` is packed (only the rows marked in `index`, in row order; see `index`). */
  constructor(
    readonly bits: number,
    readonly nLabels: number,
    weights?: Float32Array | Int16Array,
    index?: Uint32Array,
  ) {
    if (nLabels > labels.N_LABELS || nLabels % 2 !== 1) throw new Error(`newsmark: a NER model cannot have ${nLabels} labels`);
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * nLabels);
    this.frozen = weights !== undefined;
    if (index) {
      if (!weights) throw new Error('newsmark: a packed NER model needs its weights');
      const words = index.length >>> 1;
      const n = index[2 * words - 2 + 1] + popcount(index[2 * words - 2]);
      if (words !== Math.max(1, (this.mask + 1) >>> 5) || n * nLabels !== weights.length)
        throw new Error(`newsmark: a packed NER model has ${weights.length / nLabels} rows of weights for ${n} indexed rows`);
      this.index = index;
    }
    const L = nLabels;
    this.allowed = new Uint8Array(L * L);
    for (let p = 0; p < L; p++) for (let l = 0; l < L; l++) this.allowed[p * L + l] = labels.allowedAfter(p, l) ? 1 : 0;
    this.deltaA = new Float64Array(L);
    this.deltaB = new Float64Array(L);
    this.es = new Float64Array(L);
    this.ts = new Float64Array(L);
  }

  /** The weight of label `l` in row `row`, whatever the layout (saving, tests). */
  weight(row: number, l: number): number {
    const base = this.rowBase(row);
    return base < 0 ? 0 : this.weights[base + l];
  }

  /** Where row `row` starts in `weights`, or -1 for an all-zero row that a packed table leaves out. */
  private rowBase(row: number): number {
    return this.index ? packedBase(this.index, row, this.nLabels) : row * this.nLabels;
  }

  /** Weights no longer change (after training): run-time caches may be used. */
  freeze(): void {
    this.frozen = true;
  }

  /** Labels for every line of a document. */
  tagDoc(lines: Line[], opts: TagOptions = {}): Uint8Array[] {
    const doc = new DocContext(lines);
    const cached = this.frozen && !opts.uncached;
    return lines.map((line, k) => {
      const labels = this.tagLine(line, doc, cached);
      opts.afterLine?.(line, k, labels, doc);
      doc.remember(line, labels);
      return labels;
    });
  }

  private tagLine(line: Line, doc: DocContext, cached: boolean): Uint8Array {
    const L = this.nLabels;
    const allowed = this.allowed;
    const n = line.tokens.length;
    const out = new Uint8Array(n);
    const f = line.forms;
    const bp = (this.bp = this.bp.length >= n * L ? this.bp : new Uint8Array(n * L * 2));
    let prevDelta = this.deltaA;
    let delta = this.deltaB;
    const es = this.es;
    const ts = this.ts;
    prevDelta.fill(-Infinity);
    prevDelta[O] = 0;
    // Only O alive before position i: the common case, where quiet words cost nothing.
    let onlyO = true;
    for (let i = 0; i < n; i++) {
      const quiet = !f[i].salient && !(i + 1 < n && f[i + 1].salient) && !(i + 2 < n && f[i + 2].salient);
      const row = i * L;
      if (quiet && onlyO) {
        // Most words are far from any capital letter: after O they are O, unscored. A name (with
        // its lower-case descriptors, "тихоокеанский порт Козьмино") begins at most two words
        // before a salient word, and goes on through quiet words only from a name label.
        bp[row + O] = O;
        continue; // prevDelta stays as it is: only its O entry is alive
      }
      this.emission(line, i, doc, cached, es);
      const atoms = cached ? historyAtoms(line, i, doc) : 0;
      delta.fill(-Infinity);
      for (let p = 0; p < L; p++) {
        const dp = prevDelta[p];
        if (dp === -Infinity) continue;
        if (quiet && p === O) {
          // Quiet word after O: O with score 0, as in the greedy tagger.
          if (dp > delta[O]) {
            delta[O] = dp;
            bp[row + O] = O;
          }
          continue;
        }
        const p2 = i > 0 ? bp[row - L + p] : O;
        this.transition(line, i, p, p2, atoms, doc, cached, ts);
        for (let l = 0; l < L; l++) {
          if (!allowed[p * L + l]) continue;
          const s = dp + es[l] + ts[l];
          if (s > delta[l]) {
            delta[l] = s;
            bp[row + l] = p;
          }
        }
      }
      onlyO = true;
      for (let l = 1; l < L; l++) {
        // A name goes on through a quiet word only where that beats O there (a beam that keeps
        // long lower-case stretches cheap).
        if (quiet && delta[l] < delta[O]) delta[l] = -Infinity;
        if (delta[l] !== -Infinity) onlyO = false;
      }
      const t = prevDelta;
      prevDelta = delta;
      delta = t;
    }
    let best = O;
    for (let l = 1; l < L; l++) if (prevDelta[l] > prevDelta[best]) best = l;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = best;
      best = bp[i * L + best];
    }
    return out;
  }

  /** Emission scores of position i: everything that does not depend on the previous label. */
  private emission(line: Line, i: number, doc: DocContext, cached: boolean, es: Float64Array): void {
    const roles = this.roles;
    const feats = this.feats;
    const f = line.forms[i];
    es.fill(0);
    roleForms(line, i, roles);
    const startRole = ROLE_START + (sentenceStart(line, i) ? 1 : 0);
    if (cached) {
      for (let r = 0; r < N_ROLES; r++) this.addVector(es, roles[r], r);
      this.addVector(es, f, startRole);
      // Written over a scratch list that is never truncated: in V8 `length = 0` drops an array's
      // storage, and re-growing it for every word was the tagger's largest allocation.
      if (!(this.index && this.weights instanceof Int16Array)) {
        const end = contextFeatures(line, i, doc, this.mask, this.ctx, 0);
        this.addLiveRows(es, this.ctx, end);
        return;
      }
      // Loaded weights: the keyed context features' sum comes from the cache (context-cache.ts).
      const key = this.ctxKey;
      contextKey(line, i, doc, key);
      const cache = (this.ctxCache ??= new ContextCache(this.nLabels));
      let at = cache.find(key);
      if (at < 0) {
        at = -1 - at;
        this.sumRows(this.ctx, keyedContextFeatures(key, this.mask, this.ctx, 0), cache.vectors, at);
      }
      const cv = cache.vectors;
      for (let l = 0; l < this.nLabels; l++) es[l] += cv[at + l];
      this.addLiveRows(es, this.ctx, pairContextFeatures(line, i, this.mask, this.ctx, 0));
      return;
    }
    feats.length = 0;
    for (let r = 0; r < N_ROLES; r++) formFeatures(r, roles[r], this.mask, feats);
    formFeatures(startRole, f, this.mask, feats);
    contextFeatures(line, i, doc, this.mask, feats);
    this.addRows(es, feats);
  }

  /** Transition scores of position i after label p (and p2 before it on the best path to p). */
  private transition(line: Line, i: number, p: number, p2: number, atoms: number, doc: DocContext, cached: boolean, ts: Float64Array): void {
    const feats = this.feats;
    const L = this.nLabels;
    if (!cached) {
      ts.fill(0);
      feats.length = 0;
      historyFeatures(line, i, p, p2, doc, this.mask, feats);
      this.addRows(ts, feats);
      return;
    }
    // Run time: three cached vectors instead of a dozen hashed rows per previous label.
    const f = line.forms;
    const own = this.vectors(f[i], ROLE_PREV + p);
    const nextRole = prevNextRole(p, f[i].ender);
    const next = this.vectors(i + 1 < f.length ? f[i + 1] : PAD, nextRole);
    const oo = (ROLE_PREV + p) * L;
    const on = nextRole * L;
    const key = ((p * L + p2) * N_HISTORY_ATOMS + atoms) * L;
    const table = (this.labelTable ??= new Float32Array(L * L * N_HISTORY_ATOMS * L).fill(NaN));
    if (Number.isNaN(table[key])) {
      feats.length = 0;
      labelFeatures(p, p2, atoms, this.mask, feats);
      for (let l = 0; l < L; l++) table[key + l] = 0;
      for (const k of feats) {
        const base = this.rowBase(k);
        if (base >= 0) for (let l = 0; l < L; l++) table[key + l] += this.weights[base + l];
      }
    }
    for (let l = 0; l < L; l++) ts[l] = own[oo + l] + next[on + l] + table[key + l];
  }

  private addRows(scores: Float64Array, feats: number[], end = feats.length): void {
    const w = this.weights;
    const L = this.nLabels;
    for (let k = 0; k < end; k++) {
      const base = this.rowBase(feats[k]);
      if (base < 0) continue; // an all-zero row of a packed model
      for (let l = 0; l < L; l++) scores[l] += w[base + l];
    }
  }

  /**
   * addRows for loaded weights over feats[0..end): rows known to be all zero are skipped without
   * being read, and for seven labels the sums run in locals (no inner loop, no stores per row).
   * Loaded weights are integers (int16), so the sums are exact in any order: the scores equal those
   * of addRows.
   */
  private addLiveRows(scores: Float64Array, feats: number[], end: number): void {
    const w = this.weights;
    if (!(w instanceof Int16Array)) {
      // Float weights (a model fresh from training) are summed exactly as addRows does.
      this.addRows(scores, feats, end);
      return;
    }
    const L = this.nLabels;
    const index = this.index;
    if (!index) {
      const live = this.liveBitmap();
      for (let k = 0; k < end; k++) {
        const row = feats[k];
        if (!(live[row >>> 5] & (1 << (row & 31)))) continue;
        const b = row * L;
        for (let l = 0; l < L; l++) scores[l] += w[b + l];
      }
      return;
    }
    if (L === 9) {
      // The English model (with MISC): the nine sums run in locals in sumRows, then added here.
      const v = this.nineScratch;
      this.sumRows(feats, end, v, 0);
      for (let l = 0; l < 9; l++) scores[l] += v[l];
      return;
    }
    if (L !== 7) {
      for (let k = 0; k < end; k++) {
        const b = packedBase(index, feats[k], L);
        if (b < 0) continue;
        for (let l = 0; l < L; l++) scores[l] += w[b + l];
      }
      return;
    }
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0; // prettier-ignore
    for (let k = 0; k < end; k++) {
      const b = packedBase(index, feats[k], 7);
      if (b < 0) continue;
      s0 += w[b];
      s1 += w[b + 1];
      s2 += w[b + 2];
      s3 += w[b + 3];
      s4 += w[b + 4];
      s5 += w[b + 5];
      s6 += w[b + 6];
    }
    scores[0] += s0;
    scores[1] += s1;
    scores[2] += s2;
    scores[3] += s3;
    scores[4] += s4;
    scores[5] += s5;
    scores[6] += s6;
  }

  /** The bitmap of rows with a non-zero weight (a packed table's: of its stored rows), computed on first use. */
  liveBitmap(): Uint32Array {
    const index = this.index;
    return (this.live ??= index ? Uint32Array.from({ length: index.length >>> 1 }, (_, w) => index[2 * w]) : this.liveRows());
  }

  /** Scans every row of the weight table (a 2^bits × labels scan: loadModel avoids it). */
  private liveRows(): Uint32Array {
    const w = this.weights;
    const L = this.nLabels;
    const live = new Uint32Array(((this.mask + 1) >>> 5) + 1);
    for (let row = 0; row <= this.mask; row++) {
      const base = row * L;
      for (let l = 0; l < L; l++) {
        if (w[base + l] !== 0) {
          live[row >>> 5] |= 1 << (row & 31);
          break;
        }
      }
    }
    return live;
  }

  /**
   * A block for one form's vectors, cut from a shared slab: a Float32Array of its own (1.2 KB, too
   * large for V8's on-heap typed arrays) costs an ArrayBuffer with an off-heap store per new form,
   * which unseen text meets thousands of times a second. A slab lives as long as a form cut from it
   * is cached. A fresh slab is all zeros and a slab is never reused, so a new block needs no writes
   * at all (filling 1.2 KB per new form with a NaN marker was ~3% of a first pass): the form's
   * vecDone bits say which vectors are summed (see vectors).
   */
  private newVectors(size: number): Float32Array {
    if (!this.slab || this.slabUsed + size > this.slab.length) {
      this.slab = new Float32Array(Math.max(size, SLAB_FLOATS));
      this.slabUsed = 0;
    }
    const v = this.slab.subarray(this.slabUsed, this.slabUsed + size);
    this.slabUsed += size;
    return v;
  }
  private slab: Float32Array | undefined;
  private slabUsed = 0;

  /** Adds the cached score vector of a form in a role. */
  private addVector(scores: Float64Array, f: FormInfo, role: number): void {
    const L = this.nLabels;
    const v = this.vectors(f, role);
    const o = role * L;
    for (let l = 0; l < L; l++) scores[l] += v[o + l];
  }

  /**
   * The score vectors of a form, the one of `role` computed on first use and kept on the form: each
   * role has nLabels floats at role × nLabels, summed once the form's vecDone bit of the role is set
   * (FormInfo.vecDone: the test reads the form object, already in the CPU cache, not the block).
   */
  private vectors(f: FormInfo, role: number): Float32Array {
    const L = this.nLabels;
    let v = f.vec;
    if (f.vecOwner !== this || !v) {
      v = f.vec = this.newVectors(N_KEYED_ROLES * L);
      f.vecOwner = this;
      f.vecDone = 0;
      f.vecDoneHi = 0;
    }
    if (role < 30) {
      const bit = 1 << role;
      if (f.vecDone & bit) return v;
      f.vecDone |= bit;
    } else {
      const bit = 1 << (role - 30);
      if (f.vecDoneHi & bit) return v;
      f.vecDoneHi |= bit;
    }
    this.sumVector(f, role, v, role * L);
    return v;
  }

  /**
   * Sums the rows of a form's features in a role into v[o..o + nLabels). Unseen text meets new forms
   * all the time: this is the first pass's main memory traffic, so rows known to be empty are skipped
   * as in addLiveRows (adding zeros changes no sum), and the feature list is a scratch array written
   * by index over entries left from earlier forms (never emptied: see formFeatures).
   */
  private sumVector(f: FormInfo, role: number, v: Float32Array, o: number): void {
    const idx = this.formScratch;
    this.sumRows(idx, formFeatures(role, f, this.mask, idx, 0), v, o);
  }

  /**
   * Writes the sum of the rows idx[0..end) to v[o..o + nLabels) (a form's vector, a context cache
   * slot), overwriting what was there: for nine labels the sums run in locals, which for int16
   * weights are the same integers a float32 block held when it was summed in place.
   */
  private sumRows(idx: number[], end: number, v: Float32Array, o: number): void {
    const L = this.nLabels;
    const w = this.weights;
    const index = this.index;
    if (index && L === 9 && w instanceof Int16Array) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0; // prettier-ignore
      for (let x = 0; x < end; x++) {
        const b = packedBase(index, idx[x], 9);
        if (b < 0) continue;
        s0 += w[b];
        s1 += w[b + 1];
        s2 += w[b + 2];
        s3 += w[b + 3];
        s4 += w[b + 4];
        s5 += w[b + 5];
        s6 += w[b + 6];
        s7 += w[b + 7];
        s8 += w[b + 8];
      }
      v[o] = s0;
      v[o + 1] = s1;
      v[o + 2] = s2;
      v[o + 3] = s3;
      v[o + 4] = s4;
      v[o + 5] = s5;
      v[o + 6] = s6;
      v[o + 7] = s7;
      v[o + 8] = s8;
      return;
    }
    const live = !index && w instanceof Int16Array ? this.liveBitmap() : undefined;
    for (let l = 0; l < L; l++) v[o + l] = 0;
    for (let x = 0; x < end; x++) {
      const k = idx[x];
      let b: number;
      if (index) {
        b = packedBase(index, k, L);
        if (b < 0) continue;
      } else {
        if (live && !(live[k >>> 5] & (1 << (k & 31)))) continue;
        b = k * L;
      }
      for (let l = 0; l < L; l++) v[o + l] += w[b + l];
    }
  }
}
