// The file format of a NER model (magic NMNER3): one JSON header line (`magic`, `bits`, `labels`,
// `rows`, `scale`), then the indices of the non-zero rows of the hashed weight table (uint32) and
// their weights (int16 × scale). Only rows with a weight above `prune` are kept: most hashed rows
// are empty or near zero, and int16 halves the size of float32 with no change in the labels.
import * as fs from 'fs';
import { Perceptron } from './perceptron';

const MAGIC = 'NMNER3';

export function saveModel(model: Perceptron, file: string, prune = 0): void {
  const L = model.nLabels;
  const rows: number[] = [];
  let maxAbs = 0;
  for (let r = 0; r <= model.mask; r++) {
    let keep = false;
    for (let l = 0; l < L; l++) {
      const v = Math.abs(model.weight(r, l));
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
    for (let l = 0; l < L; l++) q[k * L + l] = Math.round(model.weight(r, l) / scale);
  });
  fs.writeFileSync(file, Buffer.concat([header, Buffer.from(idx.buffer), Buffer.from(q.buffer)]));
}

/** The longest header a model file may have: a few short JSON fields. */
const MAX_HEADER = 4096;

/**
 * Reads a model saved by saveModel; `labels` is the label count the caller's language expects.
 * The stored rows become the decoder's packed table as they are (perceptron.ts `rank`): the body is
 * read once into a fresh buffer, so the row indices (uint32) and weights (int16) are aligned views
 * of it, with no copy and no dense table.
 */
export function loadModel(file: string, labels: number): Perceptron {
  const fd = fs.openSync(file, 'r');
  let body: Uint8Array;
  let h: { magic?: unknown; bits?: unknown; labels?: unknown; rows?: unknown };
  let size: number;
  let nl: number;
  try {
    size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(MAX_HEADER, size));
    fs.readSync(fd, head, 0, head.length, 0);
    nl = head.indexOf(10);
    try {
      h = JSON.parse(head.subarray(0, nl < 0 ? 0 : nl).toString('utf8'));
    } catch {
      h = {};
    }
    body = new Uint8Array(nl < 0 ? 0 : size - nl - 1);
    for (let at = 0; at < body.length;) {
      const got = fs.readSync(fd, body, at, body.length - at, nl + 1 + at);
      if (got === 0) break;
      at += got;
    }
  } finally {
    fs.closeSync(fd);
  }
  const rows = Number(h.rows);
  const bits = Number(h.bits);
  if (h.magic !== MAGIC || h.labels !== labels || !(bits > 0 && bits <= 26) || nl < 0 || size !== nl + 1 + rows * (4 + 2 * labels))
    throw new Error(`newsmark: ${file} is not a NER model of this version; run scripts/train-ner.ts`);
  // A fresh Uint8Array starts its own ArrayBuffer, so offset 0 and rows × 4 are aligned for both views.
  const idx = new Uint32Array(body.buffer, 0, rows);
  const q = new Int16Array(body.buffer, rows * 4, rows * labels);
  // The decoder's bitmap of non-zero rows (perceptron.ts `live`) comes from the stored rows here,
  // instead of a scan of the whole table on the first word (~25 ms of start-up). A stored row whose
  // weights all rounded to zero is kept in the packed table (and in the bitmap): adding zeros changes
  // no score.
  const live = new Uint32Array(((1 << bits) >>> 5) + 1);
  let prev = -1;
  for (let k = 0; k < rows; k++) {
    const row = idx[k];
    if (row <= prev || row >>> bits !== 0)
      throw new Error(`newsmark: ${file} is not a NER model of this version (row ${row} out of order); run scripts/train-ner.ts`);
    prev = row;
    live[row >>> 5] |= 1 << (row & 31);
  }
  return new Perceptron(bits, labels, q, live, true);
}
