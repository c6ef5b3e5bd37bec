// Structured averaged perceptron over hashed features (Collins 2002): each line is decoded with
// Viterbi over BIO labels (BIO constraints enforced in the search), trained with the same decoder
// in the loop. Label-history features see the previous label, and the one before it on the best
// path into that label (the usual back-pointer approximation of a second-order model; exact
// second-order search over label pairs was slower and no better in cross-validation, see
// data/ner-ru.model.md).
// Speed: a weight row is a cache miss, so at run time the rows of each form's own features are
// summed once per form and role and cached on the form (FormInfo.vec).
import * as fs from 'fs';
import {
  contextFeatures, DocContext, FormInfo, formFeatures, historyAtoms, historyFeatures, labelFeatures, Line, N_HISTORY_ATOMS,
  N_KEYED_ROLES, N_ROLES, prevNextRole, ROLE_PREV, ROLE_START, roleForms,
} from './features';
import * as forms from './forms';
import * as labels from './labels';

const MAGIC = 'NMNER3';
// Module-local copies: under CommonJS interop an imported binding is a property read (often a
// getter) on every use, which costs more than the arithmetic in these hot loops.
const N_LABELS = labels.N_LABELS;
const PAD = forms.PAD;
const sentenceStart = forms.sentenceStart;
const O = labels.O;
const ALLOWED = new Uint8Array(N_LABELS * N_LABELS);
for (let p = 0; p < N_LABELS; p++) for (let l = 0; l < N_LABELS; l++) ALLOWED[p * N_LABELS + l] = labels.allowedAfter(p, l) ? 1 : 0;

/** Far from any capital letter: a quiet word after O is O without scoring (see tagLine). */
function quietAt(line: Line, i: number): boolean {
  const f = line.forms;
  const n = f.length;
  return !f[i].salient && !(i + 1 < n && f[i + 1].salient) && !(i + 2 < n && f[i + 2].salient);
}

export class Perceptron {
  readonly mask: number;
  /** Float while training; int16 once loaded (half the memory traffic; argmax ignores the scale). */
  readonly weights: Float32Array | Int16Array;
  /** Set after training/loading: weights no longer change, so per-form score vectors may be cached. */
  private frozen: boolean;
  // Training only: time-weighted sums for lazy averaging (avg = w - acc / t).
  private acc: Float32Array | undefined;
  private t = 1;
  private feats: number[] = [];
  /** Run time: the context features of the current word, feats-like but overwritten in place. */
  private ctx: number[] = [];
  private roles: FormInfo[] = [];
  // Viterbi scratch: scores of the labels at the previous and current word, emission and
  // transition scores, back-pointers (word × label → previous label).
  private deltaA = new Float64Array(N_LABELS);
  private deltaB = new Float64Array(N_LABELS);
  private es = new Float64Array(N_LABELS);
  private ts = new Float64Array(N_LABELS);
  private bp = new Uint8Array(0);
  /** Run time: score vectors of the label-history features by (previous label, the one before, atoms). */
  private labelTable: Float32Array | undefined;
  /**
   * Run time: one bit per weight row, set where the row has a non-zero weight. Most hashed context
   * features ("this word after that suffix") land on empty rows; the 128 KB bitmap stays in the CPU
   * cache while the 14 MB weight table does not, so checking it first saves a memory round trip
   * per empty row. Adding an all-zero row changes no score, so the result is the same.
   */
  private live: Uint32Array | undefined;

  constructor(readonly bits: number, weights?: Float32Array | Int16Array) {
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * N_LABELS);
    this.frozen = weights !== undefined;
  }

  /** Labels for every line of a document; with `gold` (training) it updates on each mistake. */
  tagDoc(lines: Line[], gold?: Uint8Array[]): Uint8Array[] {
    const doc = new DocContext(lines);
    return lines.map((line, k) => {
      const labels = this.tagLine(line, doc, gold?.[k]);
      doc.remember(line, labels);
      return labels;
    });
  }

  private tagLine(line: Line, doc: DocContext, gold?: Uint8Array): Uint8Array {
    const n = line.tokens.length;
    const out = new Uint8Array(n);
    const f = line.forms;
    const cached = this.frozen && !gold;
    const bp = (this.bp = this.bp.length >= n * N_LABELS ? this.bp : new Uint8Array(n * N_LABELS * 2));
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
      const row = i * N_LABELS;
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
      for (let p = 0; p < N_LABELS; p++) {
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
        const p2 = i > 0 ? bp[row - N_LABELS + p] : O;
        this.transition(line, i, p, p2, atoms, doc, cached, ts);
        for (let l = 0; l < N_LABELS; l++) {
          if (!ALLOWED[p * N_LABELS + l]) continue;
          const s = dp + es[l] + ts[l];
          if (s > delta[l]) {
            delta[l] = s;
            bp[row + l] = p;
          }
        }
      }
      onlyO = true;
      for (let l = 1; l < N_LABELS; l++) {
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
    for (let l = 1; l < N_LABELS; l++) if (prevDelta[l] > prevDelta[best]) best = l;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = best;
      best = bp[i * N_LABELS + best];
    }
    if (gold) this.learn(line, this.reachable(line, gold), out, doc);
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
      const end = contextFeatures(line, i, doc, this.mask, this.ctx, 0);
      this.addLiveRows(es, this.ctx, end);
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
    const oo = (ROLE_PREV + p) * N_LABELS;
    const on = nextRole * N_LABELS;
    const key = ((p * N_LABELS + p2) * N_HISTORY_ATOMS + atoms) * N_LABELS;
    const table = (this.labelTable ??= new Float32Array(N_LABELS * N_LABELS * N_HISTORY_ATOMS * N_LABELS).fill(NaN));
    if (Number.isNaN(table[key])) {
      feats.length = 0;
      labelFeatures(p, p2, atoms, this.mask, feats);
      for (let l = 0; l < N_LABELS; l++) table[key + l] = 0;
      for (const k of feats) for (let l = 0; l < N_LABELS; l++) table[key + l] += this.weights[k * N_LABELS + l];
    }
    for (let l = 0; l < N_LABELS; l++) ts[l] = own[oo + l] + next[on + l] + table[key + l];
  }

  private addRows(scores: Float64Array, feats: number[]): void {
    const w = this.weights;
    for (let k = 0; k < feats.length; k++) {
      const base = feats[k] * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) scores[l] += w[base + l];
    }
  }

  /**
   * addRows for loaded weights over feats[0..end): rows known to be all zero are skipped without
   * being read, and the seven labels are summed in locals (no inner loop, no stores per row).
   * Loaded weights are integers (int16), so the sums are exact in any order: the scores equal those
   * of addRows.
   */
  private addLiveRows(scores: Float64Array, feats: number[], end: number): void {
    const w = this.weights;
    if (N_LABELS !== 7 || !(w instanceof Int16Array)) {
      // Float weights (a model fresh from training) are summed exactly as addRows does.
      this.addRows(scores, feats.slice(0, end));
      return;
    }
    const live = (this.live ??= this.liveRows());
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0; // prettier-ignore
    for (let k = 0; k < end; k++) {
      const row = feats[k];
      if (!(live[row >>> 5] & (1 << (row & 31)))) continue;
      const b = row * 7;
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

  /** The bitmap of rows with a non-zero weight (see `live`). */
  private liveRows(): Uint32Array {
    const w = this.weights;
    const live = new Uint32Array(((this.mask + 1) >>> 5) + 1);
    for (let row = 0; row <= this.mask; row++) {
      const base = row * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) {
        if (w[base + l] !== 0) {
          live[row >>> 5] |= 1 << (row & 31);
          break;
        }
      }
    }
    return live;
  }

  /** All features of position i on a path with labels p2, p before it (none for a quiet word after O). */
  private pathFeatures(line: Line, i: number, p: number, p2: number, doc: DocContext, out: number[]): void {
    out.length = 0;
    if (p === O && quietAt(line, i)) return;
    const roles = this.roles;
    roleForms(line, i, roles);
    for (let r = 0; r < N_ROLES; r++) formFeatures(r, roles[r], this.mask, out);
    formFeatures(ROLE_START + (sentenceStart(line, i) ? 1 : 0), line.forms[i], this.mask, out);
    contextFeatures(line, i, doc, this.mask, out);
    historyFeatures(line, i, p, p2, doc, this.mask, out);
  }

  /** The gold labels as the decoder can produce them: quiet words after O are O; I-X after O is B-X. */
  private reachable(line: Line, gold: Uint8Array): Uint8Array {
    const g = Uint8Array.from(gold);
    let prev = O;
    for (let i = 0; i < g.length; i++) {
      if (prev === O && quietAt(line, i)) g[i] = O;
      else if (!ALLOWED[prev * N_LABELS + g[i]]) g[i] -= 1;
      prev = g[i];
    }
    return g;
  }

  /** Structured perceptron update (Collins 2002): towards the gold path, away from the decoded one. */
  private learn(line: Line, g: Uint8Array, y: Uint8Array, doc: DocContext): void {
    const at = (a: Uint8Array, i: number) => (i >= 0 ? a[i] : O);
    const feats: number[] = [];
    for (let i = 0; i < g.length; i++) {
      if (g[i] === y[i] && at(g, i - 1) === at(y, i - 1) && at(g, i - 2) === at(y, i - 2)) continue;
      this.pathFeatures(line, i, at(g, i - 1), at(g, i - 2), doc, feats);
      this.update(feats, g[i], 1);
      this.pathFeatures(line, i, at(y, i - 1), at(y, i - 2), doc, feats);
      this.update(feats, y[i], -1);
    }
    this.t++;
  }

  /** Adds the cached score vector of a form in a role. */
  private addVector(scores: Float64Array, f: FormInfo, role: number): void {
    const v = this.vectors(f, role);
    const o = role * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) scores[l] += v[o + l];
  }

  /**
   * The score vectors of a form (one per role, at role × N_LABELS), the one of `role` computed on
   * first use and kept on the form.
   */
  private vectors(f: FormInfo, role: number): Float32Array {
    let v = f.vec;
    if (f.vecOwner !== this || !v) {
      v = f.vec = new Float32Array(N_KEYED_ROLES * N_LABELS);
      f.vecDone = 0;
      f.vecOwner = this;
    }
    if (!(f.vecDone! & (1 << role))) {
      const idx: number[] = [];
      formFeatures(role, f, this.mask, idx);
      const o = role * N_LABELS;
      for (const k of idx) for (let l = 0; l < N_LABELS; l++) v[o + l] += this.weights[k * N_LABELS + l];
      f.vecDone! |= 1 << role;
    }
    return v;
  }

  private update(feats: number[], label: number, sign: number): void {
    const w = this.weights;
    const acc = (this.acc ??= new Float32Array(w.length));
    const t = this.t * sign;
    for (const f of feats) {
      w[f * N_LABELS + label] += sign;
      acc[f * N_LABELS + label] += t;
    }
  }

  /** Replaces the weights by their average over all training steps (once, after training). */
  average(): void {
    const acc = this.acc;
    if (acc) {
      const w = this.weights;
      for (let i = 0; i < w.length; i++) w[i] -= acc[i] / this.t;
      this.acc = undefined;
    }
    this.frozen = true;
  }

  /** Compact file: only rows with a weight above `prune`, quantized to int16. */
  save(file: string, prune = 0): void {
    const L = N_LABELS;
    const rows: number[] = [];
    let maxAbs = 0;
    for (let r = 0; r <= this.mask; r++) {
      let keep = false;
      for (let l = 0; l < L; l++) {
        const v = Math.abs(this.weights[r * L + l]);
        if (v > prune) keep = true;
        if (v > maxAbs) maxAbs = v;
      }
      if (keep) rows.push(r);
    }
    const scale = maxAbs / 32767 || 1;
    const header = Buffer.from(JSON.stringify({ magic: MAGIC, bits: this.bits, labels: L, rows: rows.length, scale }) + '\n');
    const idx = new Uint32Array(rows);
    const q = new Int16Array(rows.length * L);
    rows.forEach((r, k) => {
      for (let l = 0; l < L; l++) q[k * L + l] = Math.round(this.weights[r * L + l] / scale);
    });
    fs.writeFileSync(file, Buffer.concat([header, Buffer.from(idx.buffer), Buffer.from(q.buffer)]));
  }

  static load(file: string): Perceptron {
    const buf = fs.readFileSync(file);
    const nl = buf.indexOf(10);
    const h = JSON.parse(buf.subarray(0, nl).toString('utf8'));
    if (h.magic !== MAGIC || h.labels !== N_LABELS) throw new Error(`newsmark: ${file} is not a NER model of this version; run scripts/train-ner.ts`);
    const L = N_LABELS;
    const body = buf.subarray(nl + 1);
    // Copy into aligned arrays: a Buffer slice need not be 4-byte aligned.
    const idx = new Uint32Array(h.rows);
    body.copy(Buffer.from(idx.buffer), 0, 0, h.rows * 4);
    const q = new Int16Array(h.rows * L);
    body.copy(Buffer.from(q.buffer), 0, h.rows * 4, h.rows * 4 + h.rows * L * 2);
    const w = new Int16Array((1 << h.bits) * L);
    for (let k = 0; k < h.rows; k++) for (let l = 0; l < L; l++) w[idx[k] * L + l] = q[k * L + l];
    return new Perceptron(h.bits, w);
  }
}

