// The mean of several perceptrons' weights (`train-ner.ts --runs N`): models trained on the same data in
// different document orders (seeds) disagree on the rare features each order happened to update; their
// mean is one model of the same size and speed that depends less on the order.
import * as fs from 'fs';
import { Perceptron } from '../src/core/ner/perceptron';

/**
 * The mean of the models' weights (same feature code, table size and labels), as a new dense model.
 * `scales[k]`: what model k's weights are to be multiplied by: a loaded model holds its file's int16
 * values, the file's `scale` left out (one factor for all weights changes no label, but two models saved
 * with different scales must be brought to one before their mean). Default 1 (models just trained).
 */
export function averagedModel(models: readonly Perceptron[], scales: readonly number[] = models.map(() => 1)): Perceptron {
  if (models.length === 0) throw new Error('averagedModel: no models');
  const { bits, nLabels } = models[0];
  if (models.length === 1) return models[0];
  if (models.some((m) => m.bits !== bits || m.nLabels !== nLabels)) throw new Error('averagedModel: models of different sizes');
  // Row by row through weight(): a loaded model's table is packed (only its non-zero rows).
  const rows = 1 << bits;
  const w = new Float32Array(rows * nLabels);
  models.forEach((m, k) => {
    const f = scales[k] / models.length;
    for (let row = 0; row < rows; row++) for (let l = 0; l < nLabels; l++) w[row * nLabels + l] += m.weight(row, l) * f;
  });
  return new Perceptron(bits, nLabels, w);
}

/** The `scale` in a model file's header line (model-file.ts): its int16 weights times this are the trained ones. */
export function modelFileScale(file: string): number {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const nl = head.subarray(0, n).indexOf(10);
    const scale = Number(JSON.parse(head.subarray(0, nl < 0 ? n : nl).toString('utf8')).scale);
    if (!(scale > 0)) throw new Error(`${file}: no scale in the header`);
    return scale;
  } finally {
    fs.closeSync(fd);
  }
}
