// Averaged perceptron over hashed features, decoded greedily left to right (Collins 2002; the
// structure follows Honnibal's well-known "200 lines" tagger). Greedy decoding with label-history
// features is nearly as accurate as Viterbi for BIO tagging and much cheaper.
// Speed: a weight row is a cache miss, so at run time the rows of each form's own features are
// summed once per form and role and cached on the form (FormInfo.vec).
import * as fs from 'fs';
import {
  contextFeatures, DocContext, FormInfo, formFeatures, historyFeatures, Line, N_ROLES, ROLE_PREV, ROLE_START, roleForms,
} from './features';
import * as forms from './forms';
import * as labels from './labels';

const MAGIC = 'NMNER2';
// Module-local copies: under CommonJS interop an imported binding is a property read (often a
// getter) on every use, which costs more than the arithmetic in these hot loops.
const N_LABELS = labels.N_LABELS;
const sentenceStart = forms.sentenceStart;
const O = labels.O;
const ALLOWED = new Uint8Array(N_LABELS * N_LABELS);
for (let p = 0; p < N_LABELS; p++) for (let l = 0; l < N_LABELS; l++) ALLOWED[p * N_LABELS + l] = labels.allowedAfter(p, l) ? 1 : 0;
const allowedAfter = (prev: number, label: number): boolean => ALLOWED[prev * N_LABELS + label] === 1;

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
  private scores = new Float64Array(N_LABELS);
  private roles: FormInfo[] = [];

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
    const w = this.weights;
    const feats = this.feats;
    const scores = this.scores;
    const roles = this.roles;
    const cached = this.frozen && !gold;
    let prev = O;
    let prev2 = O;
    const f = line.forms;
    for (let i = 0; i < n; i++) {
      // Most words are far from any capital letter: they are O without scoring, in training and at
      // run time alike. A name (with its lower-case descriptors, "тихоокеанский порт Козьмино")
      // begins at most two words before a salient word, and continues only after a name label.
      if (prev === O && !f[i].salient && !(i + 1 < n && f[i + 1].salient) && !(i + 2 < n && f[i + 2].salient)) {
        out[i] = O;
        prev2 = prev;
        continue;
      }
      feats.length = 0;
      scores.fill(0);
      roleForms(line, i, roles);
      const startRole = ROLE_START + (sentenceStart(line, i) ? 1 : 0);
      const prevRole = ROLE_PREV + prev;
      if (cached) {
        for (let r = 0; r < N_ROLES; r++) this.addVector(scores, roles[r], r);
        this.addVector(scores, f[i], startRole);
        this.addVector(scores, f[i], prevRole);
      } else {
        for (let r = 0; r < N_ROLES; r++) formFeatures(r, roles[r], this.mask, feats);
        formFeatures(startRole, f[i], this.mask, feats);
        formFeatures(prevRole, f[i], this.mask, feats);
      }
      contextFeatures(line, i, doc, this.mask, feats);
      historyFeatures(line, i, prev, prev2, doc, this.mask, feats);
      for (let k = 0; k < feats.length; k++) {
        const base = feats[k] * N_LABELS;
        for (let l = 0; l < N_LABELS; l++) scores[l] += w[base + l];
      }
      let best = O;
      let bestScore = -Infinity;
      for (let l = 0; l < N_LABELS; l++) {
        if (scores[l] > bestScore && allowedAfter(prev, l)) {
          bestScore = scores[l];
          best = l;
        }
      }
      if (gold) {
        // The model follows its own predictions (not the gold ones), as greedy decoding must at run time.
        // Dynamic oracle: after a wrong O the gold I-X is unreachable; the best recovery is B-X.
        let target = gold[i];
        if (!allowedAfter(prev, target)) target -= 1;
        if (target !== best) this.update(feats, target, best);
        this.t++;
      }
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
    return out;
  }

  /** Adds the cached score vector of a form in a role (computed on first use). */
  private addVector(scores: Float64Array, f: FormInfo, role: number): void {
    if (f.vecOwner !== this || !f.vec) {
      f.vec = [];
      f.vecOwner = this;
    }
    let v = f.vec[role];
    if (!v) {
      v = new Float32Array(N_LABELS);
      const idx: number[] = [];
      formFeatures(role, f, this.mask, idx);
      for (const k of idx) for (let l = 0; l < N_LABELS; l++) v[l] += this.weights[k * N_LABELS + l];
      f.vec[role] = v;
    }
    for (let l = 0; l < N_LABELS; l++) scores[l] += v[l];
  }

  private update(feats: number[], good: number, bad: number): void {
    const w = this.weights;
    const acc = (this.acc ??= new Float32Array(w.length));
    const t = this.t;
    for (const f of feats) {
      const base = f * N_LABELS;
      w[base + good] += 1;
      acc[base + good] += t;
      w[base + bad] -= 1;
      acc[base + bad] -= t;
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
