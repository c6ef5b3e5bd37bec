// formFeatures writes by index so that the decoder can reuse one scratch list for every form and
// role (perceptron.ts, vectors()): written over a longer list from index 0 it must give exactly the
// features it appends to an empty list, and say where they end.
import * as assert from 'assert';
import { FormCache, FormInfo, Line, PAD, quotedOf, sentenceStart, toLines } from '../../../src/core/ner/forms';
import { contextFeatures, DocContext, formFeatures, headDistance, N_KEYED_ROLES, NEIGHBOUR, T } from '../../../src/core/ner/features';
import { featureIndex } from '../../../src/core/ner/hash';
import { tokenize } from '../../../src/core/tokenize';
import { rng } from '../seeded-random';

describe('NER features: formFeatures written by index', () => {
  const forms = new FormCache(undefined);
  // Forms with no class bits and with some (the own, neighbour and start roles add one feature per bit).
  const cases = ['Astana', 'МВД', 'said', '2024', '«', 'Усть-Каменогорске'].map((w, k) => {
    const f = { ...forms.get(w) };
    f.classes = [0, 1, 0b10110, 255, 0, 8][k];
    return [w, f] as const;
  });
  const MASK = (1 << 20) - 1;

  it('gives every role of every form the features it appends, ending where it says', () => {
    const next = rng(7);
    let compared = 0;
    for (let role = 0; role < N_KEYED_ROLES; role++) {
      for (const [w, f] of cases) {
        const appended: number[] = [];
        const end0 = formFeatures(role, f, MASK, appended);
        assert.equal(end0, appended.length, `${w} role ${role}: the returned end of an append`);
        // A scratch list left longer by an earlier form, with entries that must not count.
        const scratch = Array.from({ length: 40 }, () => Math.floor(next() * MASK));
        const end = formFeatures(role, f, MASK, scratch, 0);
        assert.equal(end, appended.length, `${w} role ${role}`);
        assert.deepEqual(scratch.slice(0, end), appended, `${w} role ${role}`);
        assert.equal(scratch.length, 40, 'the list is not cut');
        compared++;
      }
    }
    assert.equal(compared, N_KEYED_ROLES * cases.length);
  });

  it('appends after what the list holds by default (training builds one list per position)', () => {
    const [, f] = cases[1];
    const list = [1, 2, 3];
    const own: number[] = [];
    formFeatures(0, f, MASK, own);
    const end = formFeatures(0, f, MASK, list);
    assert.equal(end, 3 + own.length);
    assert.deepEqual(list, [1, 2, 3, ...own]);
  });
});

describe('NER features: neighbour templates', () => {
  it('sit at the same offsets from their `lower` template on every side (neighbourFeatures relies on it)', () => {
    const ids = T as Record<string, number>;
    let checked = 0;
    for (const near of ['M1', 'P1', 'M2', 'P2'])
      for (const [name, offset] of Object.entries(NEIGHBOUR)) {
        const id = ids[name + near];
        if (id === undefined) continue;
        assert.equal(id, ids['lower' + near] + offset, `T.${name}${near}`);
        checked++;
      }
    assert.equal(checked, 7 + 7 + 2 + 2);
  });
});

describe('NER features: context features', () => {
  // The context features as the shipped models were trained on them, written out template by
  // template: contextFeatures (the keyed ones and the pairs the decoder takes apart) must give
  // exactly these, whatever the word, its neighbours, quotes, head nouns and document memory.
  const MASK = (1 << 20) - 1;
  const forms = new FormCache(undefined, (text, f) => {
    // Class bits and head nouns as a language's forms would carry them.
    f.classes = text === 'Bank' ? 0b1001 : text.length % 3;
    f.orgHead = text === 'Bank' ? 1 : 0;
  });
  function expected(line: Line, i: number, doc: DocContext): number[] {
    const f = line.forms;
    const c = f[i];
    const m1 = i > 0 ? f[i - 1] : PAD;
    const p1 = i + 1 < f.length ? f[i + 1] : PAD;
    const start = sentenceStart(line, i) ? 1 : 0;
    const mem = c.cap ? (doc.memory.get(c.stem) ?? 0) : 0;
    const q = quotedOf(line)[i];
    const hd = headDistance(line, i);
    const agree = (a: FormInfo, b: FormInfo) => (!a.cases || !b.cases ? 2 : a.cases & b.cases ? 1 : 0);
    const x = (t: number, a: number, b: number) => featureIndex(t, a, b, MASK);
    return [
      x(T.headDistShape, hd, c.shape),
      x(T.headDistSuf2, hd, c.suf2),
      x(T.headShapeP1, c.orgHead, p1.shape),
      x(T.headDistQuoted, hd, q),
      x(T.quotedShape, q, c.shape),
      x(T.quotedLowerM1, q, m1.lower),
      x(T.shapeM1S, m1.shape, c.shape),
      x(T.shapeSP1, c.shape, p1.shape),
      x(T.lowerSuf3M1, c.lower, m1.suf3),
      x(T.lowerSuf3P1, c.lower, p1.suf3),
      x(T.classesM1C, m1.classes, c.classes),
      x(T.classesCP1, c.classes, p1.classes),
      x(T.agreeM1, agree(m1, c), c.shape),
      x(T.agreeP1, agree(c, p1), c.shape),
      x(T.seenLower, (c.cap ? 2 : 0) + start, doc.lowerSeen.has(c.stem) ? 1 : 0),
      x(T.seenCapMid, (c.cap ? 2 : 0) + start, doc.capMid.has(c.stem) ? 1 : 0),
      x(T.memory, mem, 0),
      x(T.memoryShape, mem, c.shape),
    ];
  }

  it('are the eighteen templates the models were trained on, at every position', () => {
    const text = [
      'Shares of Bank Corp fell , said Alvar Bexley in " Dunmore Times " .',
      'ALVAR BEXLEY ( Reuters ) - the bank said on Monday : Bexley left 2024 .',
      'Bexley , bexley and BANK .',
    ].join('\n');
    const lines = toLines(tokenize(text), forms);
    const doc = new DocContext(lines);
    const cases = [0, 0b1, 0b110, 0b111];
    let n = 0;
    lines.forEach((line, k) => {
      for (let i = 0; i < line.forms.length; i++) {
        // Document memory of every kind, as the decoder fills it line by line.
        doc.memory.set(line.forms[i].stem, cases[(i + k) % 4]);
        const out: number[] = [];
        assert.strictEqual(contextFeatures(line, i, doc, MASK, out), 18);
        assert.deepStrictEqual([...out].sort(), expected(line, i, doc).sort(), `line ${k} word ${i} (${line.tokens[i].text})`);
        n++;
      }
    });
    assert.ok(n >= 30, `${n} positions`);
  });
});
