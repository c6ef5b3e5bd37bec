// The perceptron split into decoder, trainer and file format: the cached run-time scoring and the
// training scoring must give the same labels, training must learn, and a saved model must load
// back to the same labels.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tokenize } from '../../../src/core/tokenize';
import { FormCache, Line, toLines } from '../../../src/core/ner/forms';
import { loadMorph } from '../../../src/core/ner/morph';
import { loadModel, saveModel } from '../../../src/core/ner/model-file';
import { Perceptron } from '../../../src/core/ner/perceptron';
import { PerceptronTrainer } from '../../../src/core/ner/perceptron-train';
import { beginLabel, N_LABELS, N_NER_LABELS } from '../../../src/core/ner/labels';
import { dataPath } from '../../../src/core/data-path';

const SAMPLE_RU = path.join(__dirname, '../../../samples/ru-mvd-kazakhstan-russia.txt');

/** Labels as strings per line, for readable diffs. */
function show(labels: Uint8Array[]): string[] {
  return labels.map((l) => Array.from(l).join(''));
}

// A toy corpus: "Xxx said" is a person, "in Xxx" a place, "Xxx Corp" an organization, "the Xxx war" MISC.
const NAMES = ['Alvar', 'Bexley', 'Corwin', 'Dunmore', 'Elgar', 'Farrow', 'Galt', 'Harrow'];
function toyDoc(forms: FormCache, k: number): { lines: Line[]; gold: Uint8Array[] } {
  const a = NAMES[k % NAMES.length];
  const b = NAMES[(k + 3) % NAMES.length];
  const text = `${a} said prices rose in ${b} .\nShares of ${b} Corp fell after the ${a} war .`;
  const lines = toLines(tokenize(text), forms);
  const gold = lines.map((line) =>
    Uint8Array.from(line.tokens, (t, i) => {
      const w = line.tokens;
      if (i === 0 && t.text === a) return beginLabel('PER');
      if (w[i - 1]?.text === 'in') return beginLabel('LOC');
      if (w[i + 1]?.text === 'Corp') return beginLabel('ORG');
      if (t.text === 'Corp') return beginLabel('ORG') + 1;
      if (w[i - 1]?.text === 'the') return beginLabel('MISC');
      return 0;
    }),
  );
  return { lines, gold };
}

describe('perceptron: decoder, trainer, file format', function () {
  this.timeout(60000);

  it('the cached run-time scores and the training scores give the same labels (shipped Russian model)', async () => {
    const model = loadModel(dataPath('ner-ru.model'), N_NER_LABELS);
    const forms = new FormCache(await loadMorph());
    const lines = toLines(tokenize(fs.readFileSync(SAMPLE_RU, 'utf8')), forms);
    const cached = model.tagDoc(lines);
    const uncached = model.tagDoc(lines, { uncached: true });
    assert.ok(
      cached.some((l) => l.some((x) => x !== 0)),
      'the sample has names',
    );
    assert.deepStrictEqual(show(cached), show(uncached));
  });

  it('trains on a toy corpus with MISC (nine labels), saves, and loads back to the same labels', () => {
    const forms = new FormCache(undefined);
    const docs = NAMES.map((_, k) => toyDoc(forms, k));
    const trainer = new PerceptronTrainer(14, N_LABELS);
    for (let e = 0; e < 5; e++) for (const d of docs) trainer.trainDoc(d.lines, d.gold);
    const model = trainer.average();
    // Unseen names in the same frames.
    const test = toyDoc(new FormCache(undefined), 1);
    const fresh = new FormCache(undefined);
    const lines = toLines(tokenize('Ingram said prices rose in Jessop .\nShares of Jessop Corp fell after the Ingram war .'), fresh);
    const want = ['1000050', '0034000700'];
    assert.deepStrictEqual(show(model.tagDoc(lines)), want);
    assert.deepStrictEqual(show(model.tagDoc(lines, { uncached: true })), want);
    assert.deepStrictEqual(show(model.tagDoc(test.lines)), show(test.gold));

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nm-model-')), 'toy.model');
    saveModel(model, file);
    const loaded = loadModel(file, N_LABELS);
    const again = toLines(tokenize('Ingram said prices rose in Jessop .\nShares of Jessop Corp fell after the Ingram war .'), new FormCache(undefined));
    assert.deepStrictEqual(show(loaded.tagDoc(again)), want);
    assert.deepStrictEqual(show(loaded.tagDoc(again, { uncached: true })), want);
  });

  it('loadModel gives the decoder the same bitmap of non-zero rows as a scan of the weights (both shipped models)', () => {
    for (const [file, labels] of [
      ['ner-ru.model', N_NER_LABELS],
      ['ner-en.model', N_LABELS],
    ] as const) {
      const loaded = loadModel(dataPath(file), labels);
      const scanned = new Perceptron(loaded.bits, loaded.nLabels, loaded.weights).liveBitmap();
      assert.ok(
        scanned.some((x) => x !== 0),
        `${file} has live rows`,
      );
      assert.deepStrictEqual(loaded.liveBitmap(), scanned, file);
    }
  });

  it('refuses a file that is not a model, or one with another label count', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-model-'));
    const bad = path.join(dir, 'bad.model');
    fs.writeFileSync(bad, 'hello\n');
    assert.throws(() => loadModel(bad, N_NER_LABELS), /not a NER model/);
    const small = path.join(dir, 'small.model');
    saveModel(new Perceptron(4, N_NER_LABELS, new Float32Array(16 * N_NER_LABELS).fill(1)), small);
    assert.throws(() => loadModel(small, N_LABELS), /not a NER model/);
    assert.strictEqual(loadModel(small, N_NER_LABELS).nLabels, N_NER_LABELS);
  });
});
