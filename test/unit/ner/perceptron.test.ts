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
import { formFeatures, N_KEYED_ROLES } from '../../../src/core/ner/features';
import { PerceptronTrainer } from '../../../src/core/ner/perceptron-train';
import { englishTagger } from '../../../src/core/ner/en-tagger';
import { beginLabel, N_LABELS, N_NER_LABELS } from '../../../src/core/ner/labels';
import { dataPath } from '../../../src/core/data-path';

const SAMPLE_RU = path.join(__dirname, '../../../samples/ru-mvd-kazakhstan-russia.txt');
const SAMPLE_EN = path.join(__dirname, '../../../samples/en-almaty-water-talks.txt');

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

  it('the cached run-time scores and the training scores give the same labels (shipped English model, every role of a form cached once)', () => {
    const tagger = englishTagger();
    const text = fs.readFileSync(SAMPLE_EN, 'utf8');
    // Twice in one document: the second time every form's score vectors come from its cache.
    const lines = tagger.lines(tokenize(text + '\n' + text));
    const cached = tagger.model.tagDoc(lines);
    const uncached = tagger.model.tagDoc(lines, { uncached: true });
    assert.ok(
      cached.some((l) => l.some((x) => x !== 0)),
      'the sample has names',
    );
    assert.deepStrictEqual(show(cached), show(uncached));
  });

  it('cached and uncached scoring agree on random English forms, and each form records which role vectors it holds', () => {
    const tagger = englishTagger();
    // A fixed pseudo-random stream (xorshift): forms no document had, in every case, with enders and quotes.
    let x = 0x2545f491;
    const rnd = (n: number) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % n;
    };
    const word = () => {
      let w = '';
      for (let k = 1 + rnd(8); k > 0; k--) w += String.fromCharCode(97 + rnd(26));
      const c = rnd(6);
      return c < 2 ? w[0].toUpperCase() + w.slice(1) : c === 2 ? w.toUpperCase() : c === 3 ? String(rnd(2000)) : w;
    };
    const marks = ['.', ',', "'s", '"', '(', ')', ':', '-'];
    const text = Array.from({ length: 120 }, () => Array.from({ length: 3 + rnd(14) }, () => (rnd(5) ? word() : marks[rnd(marks.length)])).join(' ')).join(
      '\n',
    );
    const lines = tagger.lines(tokenize(text + '\n' + text));
    const cached = tagger.model.tagDoc(lines);
    assert.deepStrictEqual(show(cached), show(tagger.model.tagDoc(lines, { uncached: true })));
    assert.ok(
      cached.some((l) => l.some((y) => y !== 0)),
      'some random capitalized runs are tagged',
    );
    // Every vector a form says it holds (roles 0-29 in vecDone, 30 and above — the next form after a
    // sentence end — in vecDoneHi) is the sum of its feature rows, as training scores them.
    const model = tagger.model;
    const L = model.nLabels;
    const rows: number[] = [];
    let checked = 0;
    let high = 0;
    for (const f of new Set(lines.flatMap((l) => l.forms))) {
      for (let role = 0; role < N_KEYED_ROLES; role++) {
        if (!(role < 30 ? f.vecDone & (1 << role) : f.vecDoneHi & (1 << (role - 30)))) continue;
        rows.length = 0;
        formFeatures(role, f, model.mask, rows);
        for (let l = 0; l < L; l++) {
          let sum = 0;
          for (const r of rows) sum += model.weight(r, l);
          assert.strictEqual(f.vec![role * L + l], sum, `role ${role}, label ${l}`);
        }
        checked++;
        if (role >= 30) high++;
      }
    }
    assert.ok(checked > 1000 && high > 0, `${checked} vectors checked, ${high} of roles 30+`);
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

  it('loadModel reads the stored index in place: every weight reads back where the file puts it, zero elsewhere (both shipped models)', () => {
    for (const [file, labels] of [
      ['ner-ru.model', N_NER_LABELS],
      ['ner-en.model', N_LABELS],
    ] as const) {
      const loaded = loadModel(dataPath(file), labels);
      // The file decoded the plain way: the k-th set bit of the bitmap words is the k-th stored row.
      const { header, body } = modelFile(fs.readFileSync(dataPath(file)));
      assert.strictEqual(header.magic, 'NMNER4', file);
      const words = (1 << header.bits) >>> 5;
      const index = new Uint32Array(body.buffer, 0, 2 * words);
      const q = new Int16Array(body.buffer, 8 * words, header.rows * labels);
      const rows: number[] = [];
      for (let w = 0; w < words; w++) for (let b = 0; b < 32; b++) if (index[2 * w] & (1 << b)) rows.push(32 * w + b);
      assert.strictEqual(rows.length, header.rows, file);
      const dense = new Int16Array((1 << header.bits) * labels);
      rows.forEach((r, k) => {
        for (let l = 0; l < labels; l++) dense[r * labels + l] = q[k * labels + l];
      });
      let mismatches = 0;
      let nonZero = 0;
      for (let r = 0; r < 1 << header.bits; r++)
        for (let l = 0; l < labels; l++) {
          const w = loaded.weight(r, l);
          if (w !== dense[r * labels + l]) mismatches++;
          if (w !== 0) nonZero++;
        }
      assert.ok(nonZero > 100000, `${file} has weights (${nonZero})`);
      assert.strictEqual(mismatches, 0, file);
      // The bitmap marks exactly the stored rows, so every non-zero weight is on a live row.
      const live = loaded.liveBitmap();
      let liveRows = 0;
      for (const word of live) for (let b = word; b; b &= b - 1) liveRows++;
      assert.strictEqual(liveRows, header.rows, file);
      for (const r of rows) assert.ok(live[r >>> 5] & (1 << (r & 31)), `${file}: row ${r} is live`);
    }
  });

  it('a model in the older layout (NMNER3: the sorted list of stored rows) loads to the same weights and labels', async () => {
    const current = loadModel(dataPath('ner-ru.model'), N_NER_LABELS);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nm-model-')), 'rows.model');
    fs.writeFileSync(file, rowsLayout(fs.readFileSync(dataPath('ner-ru.model')), N_NER_LABELS));
    const old = loadModel(file, N_NER_LABELS);
    let differ = 0;
    for (let r = 0; r < 1 << current.bits; r++) for (let l = 0; l < N_NER_LABELS; l++) if (old.weight(r, l) !== current.weight(r, l)) differ++;
    assert.strictEqual(differ, 0);
    const forms = new FormCache(await loadMorph());
    const text = toLines(tokenize(fs.readFileSync(SAMPLE_RU, 'utf8')), forms);
    assert.deepStrictEqual(show(old.tagDoc(text)), show(current.tagDoc(text)));
  });

  it('a damaged model file is refused with a clear error, not read as other weights', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-model-'));
    const good = fs.readFileSync(dataPath('ner-ru.model'));
    const at = (name: string, bytes: Buffer) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, bytes);
      return f;
    };
    // Truncated: the last weights missing.
    assert.throws(() => loadModel(at('short.model', good.subarray(0, good.length - 2)), N_NER_LABELS), /not a NER model of this version \(truncated\)/);
    // A rank that does not count the rows before its word (one bit flipped in a bitmap word).
    const flipped = Buffer.from(good);
    const body = good.indexOf(10) + 1;
    flipped[body + 8 * 100] ^= 1;
    assert.throws(() => loadModel(at('flipped.model', flipped), N_NER_LABELS), /rank of bitmap word 101/);
    // An older file whose rows are out of order.
    const rows = rowsLayout(good, N_NER_LABELS);
    const rowsBody = rows.indexOf(10) + 1;
    rows.copy(rows, rowsBody, rowsBody + 4, rowsBody + 8); // the first stored row number made equal to the second
    assert.throws(() => loadModel(at('order.model', rows), N_NER_LABELS), /out of order/);
  });

  it('saving a loaded (packed) model keeps every weight', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-model-'));
    const copy = path.join(dir, 'copy.model');
    const loaded = loadModel(dataPath('ner-en.model'), N_LABELS);
    saveModel(loaded, copy);
    const again = loadModel(copy, N_LABELS);
    let differ = 0;
    for (let r = 0; r < 1 << loaded.bits; r++) for (let l = 0; l < N_LABELS; l++) if (again.weight(r, l) !== loaded.weight(r, l)) differ++;
    assert.strictEqual(differ, 0);
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

/** A model file's header line and its body, copied to an ArrayBuffer of its own (aligned views). */
function modelFile(buf: Buffer): { header: { magic: string; bits: number; rows: number; labels: number; scale: number }; body: Uint8Array } {
  const nl = buf.indexOf(10);
  return { header: JSON.parse(buf.subarray(0, nl).toString('utf8')), body: Uint8Array.prototype.slice.call(buf, nl + 1) };
}

/** The same model in the NMNER3 layout that model-file.ts wrote before the index was stored. */
function rowsLayout(current: Buffer, labels: number): Buffer {
  const { header, body } = modelFile(current);
  const words = (1 << header.bits) >>> 5;
  const index = new Uint32Array(body.buffer, 0, 2 * words);
  const rows: number[] = [];
  for (let w = 0; w < words; w++) for (let b = 0; b < 32; b++) if (index[2 * w] & (1 << b)) rows.push(32 * w + b);
  return Buffer.concat([
    Buffer.from(JSON.stringify({ ...header, magic: 'NMNER3' }) + '\n'),
    Buffer.from(Uint32Array.from(rows).buffer),
    Buffer.from(body.buffer, 8 * words, header.rows * labels * 2),
  ]);
}
