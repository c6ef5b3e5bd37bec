// The file format of a NER model (magic NMNER4): one JSON header line (`magic`, `bits`, `labels`,
// `rows`, `scale`), then the decoder's row index as it is used (perceptron.ts `index`: for each 32
// rows of the hashed weight table a uint32 bitmap word of the rows kept and its rank, the count of
// kept rows before it) and the weights of the kept rows in row order (int16 × scale). Only rows with
// a weight above `prune` are kept: most hashed rows are empty or near zero, and int16 halves the size
// of float32 with no change in the labels.
// The index is precompiled here, at save time, so a load reads it in place: the older layout (NMNER3,
// the sorted indices of the kept rows) cost a pass over every row and a bitmap and an index built
// from it on each start (~20 ms of the first Russian line on this machine, a third of a megabyte
// more to read). NMNER3 files (a model saved by an older checkout, a fold cache) still load that way.
import * as fs from 'fs';
import { Perceptron, popcount } from './perceptron';

const MAGIC = 'NMNER4';
const ROWS_MAGIC = 'NMNER3';

/** Bitmap words of a table of 2^bits rows. */
function wordsFor(bits: number): number {
  return Math.max(1, (1 << bits) >>> 5);
}

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
  const index = indexOfRows(rows, model.bits);
  const q = new Int16Array(rows.length * L);
  rows.forEach((r, k) => {
    for (let l = 0; l < L; l++) q[k * L + l] = Math.round(model.weight(r, l) / scale);
  });
  fs.writeFileSync(file, Buffer.concat([header, Buffer.from(index.buffer), Buffer.from(q.buffer)]));
}

/** The longest header a model file may have: a few short JSON fields. */
const MAX_HEADER = 4096;

/**
 * Reads a model saved by saveModel; `labels` is the label count the caller's language expects.
 * The body is read once into a fresh buffer, so the index (uint32) and the weights (int16) are
 * aligned views of it, used as they are: no copy, no dense table, no pass over the rows.
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
  const bad = (why: string) => new Error(`newsmark: ${file} is not a NER model of this version (${why}); run scripts/train-ner.ts`);
  if ((h.magic !== MAGIC && h.magic !== ROWS_MAGIC) || nl < 0) throw bad('no NMNER4 header');
  if (h.labels !== labels) throw bad(`${String(h.labels)} labels, expected ${labels}`);
  if (!(bits > 0 && bits <= 26) || !(rows >= 0 && Number.isInteger(rows))) throw bad('bad table size');
  // A fresh Uint8Array starts its own ArrayBuffer, so every section below is aligned for its view.
  if (h.magic === ROWS_MAGIC) {
    if (size !== nl + 1 + rows * (4 + 2 * labels)) throw bad('truncated');
    const idx = new Uint32Array(body.buffer, 0, rows);
    for (let k = 0; k < rows; k++) if ((k > 0 && idx[k] <= idx[k - 1]) || idx[k] >>> bits !== 0) throw bad(`row ${idx[k]} out of order`);
    return new Perceptron(bits, labels, new Int16Array(body.buffer, rows * 4, rows * labels), indexOfRows(idx, bits));
  }
  const words = wordsFor(bits);
  if (size !== nl + 1 + 8 * words + 2 * rows * labels) throw bad('truncated');
  const index = new Uint32Array(body.buffer, 0, 2 * words);
  // Each rank must count the rows before its word, or a row would read another row's weights (or
  // past the end): one pass over the 32,768 words of a 2^20-row table, about a millisecond.
  let n = 0;
  for (let w = 0; w < index.length; w += 2) {
    if (index[w + 1] !== n) throw bad(`rank of bitmap word ${w >>> 1}`);
    n += popcount(index[w]);
  }
  if (n !== rows || (bits < 5 && index[0] >>> (1 << bits) !== 0)) throw bad('row count');
  return new Perceptron(bits, labels, new Int16Array(body.buffer, 8 * words, rows * labels), index);
}

/** The decoder's index (bitmap words and their ranks) of a table whose kept rows are `rows`, in order. */
function indexOfRows(rows: ArrayLike<number>, bits: number): Uint32Array {
  const index = new Uint32Array(2 * wordsFor(bits));
  for (let k = 0; k < rows.length; k++) index[(rows[k] >>> 5) << 1] |= 1 << (rows[k] & 31);
  for (let w = 0, n = 0; w < index.length; w += 2) {
    index[w + 1] = n;
    n += popcount(index[w]);
  }
  return index;
}
