// averagedModel (scripts/ner-average.ts, `train-ner.ts --runs N`): the mean of the models' weights, row by
// row, whether a model is dense (just trained) or packed (loaded from a file, only its non-zero rows).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Perceptron } from '../../../src/core/ner/perceptron';
import { loadModel, saveModel } from '../../../src/core/ner/model-file';
import { N_NER_LABELS } from '../../../src/core/ner/labels';
import { averagedModel, modelFileScale } from '../../../scripts/ner-average';

const BITS = 4;
const ROWS = 1 << BITS;

/** A dense model whose weight (row, label) is f(row, label). */
function dense(f: (row: number, l: number) => number): Perceptron {
  const w = new Float32Array(ROWS * N_NER_LABELS);
  for (let r = 0; r < ROWS; r++) for (let l = 0; l < N_NER_LABELS; l++) w[r * N_NER_LABELS + l] = f(r, l);
  return new Perceptron(BITS, N_NER_LABELS, w);
}

describe('NER: averagedModel', () => {
  it('the mean of two dense models, weight by weight', () => {
    const a = dense((r, l) => r + l);
    const b = dense((r, l) => (r % 2 ? 3 * l : 0));
    const m = averagedModel([a, b]);
    for (let r = 0; r < ROWS; r++) for (let l = 0; l < N_NER_LABELS; l++) assert.strictEqual(m.weight(r, l), (r + l + (r % 2 ? 3 * l : 0)) / 2);
  });

  it('a loaded (packed) model: its file scale brings it back, its missing rows count as zeros', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avg-'));
    try {
      // Only the even rows have weights: the file keeps those, and the loaded table is packed.
      const file = path.join(dir, 'a.model');
      saveModel(
        dense((r, l) => (r % 2 ? 0 : 10 + l)),
        file,
      );
      const loaded = loadModel(file, N_NER_LABELS);
      const scale = modelFileScale(file);
      assert.ok(Math.abs(loaded.weight(2, 1) * scale - 11) < 0.01, 'the file holds int16 values of weight / scale');
      const m = averagedModel([loaded, dense(() => 4)], [scale, 1]);
      for (let r = 0; r < ROWS; r++)
        for (let l = 0; l < N_NER_LABELS; l++) assert.ok(Math.abs(m.weight(r, l) - ((r % 2 ? 0 : 10 + l) + 4) / 2) < 0.01, `row ${r} label ${l}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('one model is itself; models of different sizes are refused', () => {
    const a = dense(() => 1);
    assert.strictEqual(averagedModel([a]), a);
    assert.throws(() => averagedModel([a, new Perceptron(BITS + 1, N_NER_LABELS)]), /different sizes/);
    assert.throws(() => averagedModel([]), /no models/);
  });
});
