// The file format of a NER model (magic NMNER3): one JSON header line (`magic`, `bits`, `labels`,
// `rows`, `scale`), then the indices of the non-zero rows of the hashed weight table (uint32) and
// their weights (int16 × scale). Only rows with a weight above `prune` are kept: most hashed rows
// are empty or near zero, and int16 halves the size of float32 with no change in the labels.
import * as fs from 'fs';
import { Perceptron } from './perceptron';

const MAGIC = 'NMNER3';

export function saveModel(model: Perceptron, file: string, prune = 0): void {
  const L = model.nLabels;
  const w = model.weights;
  const rows: number[] = [];
  let maxAbs = 0;
  for (let r = 0; r <= model.mask; r++) {
    let keep = false;
    for (let l = 0; l < L; l++) {
      const v = Math.abs(w[r * L + l]);
      if (v > prune) keep = true;
      if (v > maxAbs) maxAbs = v;
    }
    if (keep) rows.push(r);
  }
  const scale = maxAbs / 32767 || 1;
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, bits: model.bits, labels: L, rows: rows.length, scale }) + '\n');
  const idx = new Uint32Array(rows);
  const q = new Int16Array(rows.length * L);
  rows.forEach((r, k) => {
    for (let l = 0; l < L; l++) q[k * L + l] = Math.round(w[r * L + l] / scale);
  });
  fs.writeFileSync(file, Buffer.concat([header, Buffer.from(idx.buffer), Buffer.from(q.buffer)]));
}

/** Reads a model saved by saveModel; `labels` is the label count the caller's language expects. */
export function loadModel(file: string, labels: number): Perceptron {
  const buf = fs.readFileSync(file);
  const nl = buf.indexOf(10);
  let h: { magic?: unknown; bits?: unknown; labels?: unknown; rows?: unknown };
  try {
    h = JSON.parse(buf.subarray(0, nl < 0 ? 0 : nl).toString('utf8'));
  } catch {
    h = {};
  }
  const rows = Number(h.rows);
  const bits = Number(h.bits);
  if (h.magic !== MAGIC || h.labels !== labels || !(bits > 0 && bits <= 26) || buf.length !== nl + 1 + rows * (4 + 2 * labels))
    throw new Error(`newsmark: ${file} is not a NER model of this version; run scripts/train-ner.ts`);
  const body = buf.subarray(nl + 1);
  // Copy into aligned arrays: a Buffer slice need not be 4-byte aligned.
  const idx = new Uint32Array(rows);
  body.copy(Buffer.from(idx.buffer), 0, 0, rows * 4);
  const q = new Int16Array(rows * labels);
  body.copy(Buffer.from(q.buffer), 0, rows * 4, rows * 4 + rows * labels * 2);
  const w = new Int16Array((1 << bits) * labels);
  // The decoder's bitmap of non-zero rows (perceptron.ts `live`) comes from the stored rows here,
  // instead of a scan of the whole dense table on the first word (~25 ms of start-up).
  const live = new Uint32Array(((1 << bits) >>> 5) + 1);
  for (let k = 0; k < rows; k++) {
    const row = idx[k];
    for (let l = 0; l < labels; l++) {
      const x = q[k * labels + l];
      w[row * labels + l] = x;
      if (x !== 0) live[row >>> 5] |= 1 << (row & 31);
    }
  }
  return new Perceptron(bits, labels, w, live);
}
