// formFeatures writes by index so that the decoder can reuse one scratch list for every form and
// role (perceptron.ts, vectors()): written over a longer list from index 0 it must give exactly the
// features it appends to an empty list, and say where they end.
import * as assert from 'assert';
import { FormCache } from '../../../src/core/ner/forms';
import { formFeatures, N_KEYED_ROLES, NEIGHBOUR, T } from '../../../src/core/ner/features';
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
