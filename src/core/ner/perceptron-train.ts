// Training of the NER perceptron (Collins 2002): the decoder of perceptron.ts runs in the loop, and
// after each line the weights move towards the gold path and away from the decoded one. Weights are
// averaged over all steps at the end (lazily: avg = w - acc / t), which is what makes the plain
// perceptron competitive.
import { contextFeatures, DocContext, formFeatures, historyFeatures, Line, N_ROLES, ROLE_START, roleForms, FormInfo } from './features';
import { sentenceStart } from './forms';
import { allowedAfter, O } from './labels';
import { Perceptron, quietAt } from './perceptron';

export class PerceptronTrainer {
  readonly model: Perceptron;
  private acc: Float32Array;
  private t = 1;
  private roles: FormInfo[] = [];

  constructor(bits: number, nLabels: number) {
    this.model = new Perceptron(bits, nLabels);
    this.acc = new Float32Array(this.model.weights.length);
  }

  /** Decodes a document with the current weights and learns from each line's mistakes. */
  trainDoc(lines: Line[], gold: Uint8Array[]): Uint8Array[] {
    return this.model.tagDoc(lines, { uncached: true, afterLine: (line, k, y, doc) => this.learn(line, this.reachable(line, gold[k]), y, doc) });
  }

  /** Replaces the weights by their average over all training steps and freezes the model. */
  average(): Perceptron {
    const w = this.model.weights;
    const acc = this.acc;
    for (let i = 0; i < w.length; i++) w[i] -= acc[i] / this.t;
    this.acc = new Float32Array(0);
    this.model.freeze();
    return this.model;
  }

  /** The gold labels as the decoder can produce them: quiet words after O are O; I-X after O is B-X. */
  private reachable(line: Line, gold: Uint8Array): Uint8Array {
    const g = Uint8Array.from(gold);
    let prev = O;
    for (let i = 0; i < g.length; i++) {
      if (prev === O && quietAt(line, i)) g[i] = O;
      else if (!allowedAfter(prev, g[i])) g[i] -= 1;
      prev = g[i];
    }
    return g;
  }

  /** Structured perceptron update: towards the gold path, away from the decoded one. */
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

  /**
   * All features of position i on a path with labels p2, p before it (none for a quiet word after
   * O): the rows the decoder's uncached emission and transition scores sum.
   */
  private pathFeatures(line: Line, i: number, p: number, p2: number, doc: DocContext, out: number[]): void {
    out.length = 0;
    if (p === O && quietAt(line, i)) return;
    const mask = this.model.mask;
    const roles = this.roles;
    roleForms(line, i, roles);
    for (let r = 0; r < N_ROLES; r++) formFeatures(r, roles[r], mask, out);
    formFeatures(ROLE_START + (sentenceStart(line, i) ? 1 : 0), line.forms[i], mask, out);
    contextFeatures(line, i, doc, mask, out);
    historyFeatures(line, i, p, p2, doc, mask, out);
  }

  private update(feats: number[], label: number, sign: number): void {
    const w = this.model.weights;
    const L = this.model.nLabels;
    const acc = this.acc;
    const t = this.t * sign;
    for (const f of feats) {
      w[f * L + label] += sign;
      acc[f * L + label] += t;
    }
  }
}

export interface TrainingDoc {
  lines: Line[];
  gold: Uint8Array[];
}

/** A small linear congruential generator: the document order must be the same on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * `epochs` passes over the documents, reshuffled before each with a fixed seed (deterministic:
 * the same data give byte-identical weights), then averaged. `log` gets token errors per epoch.
 */
export function trainPerceptron(bits: number, nLabels: number, data: TrainingDoc[], epochs: number, seed: number, log?: (msg: string) => void): Perceptron {
  const trainer = new PerceptronTrainer(bits, nLabels);
  const rand = rng(seed);
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errs = 0;
    let n = 0;
    for (const d of order) {
      const ex = data[d];
      const pred = trainer.trainDoc(ex.lines, ex.gold);
      pred.forEach((p, k) => {
        for (let i = 0; i < p.length; i++) if (p[i] !== ex.gold[k][i]) errs++;
        n += p.length;
      });
    }
    log?.(`seed ${seed} epoch ${e + 1}: token errors ${errs} / ${n}`);
  }
  return trainer.average();
}
