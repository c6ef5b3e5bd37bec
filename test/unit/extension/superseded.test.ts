// A relabel leaves the engine's claim as a rejected entry beside the person's own on the same span:
// the editor shows only the person's reading. Table: list → ids shown.
import * as assert from 'assert';
import type { Annotation } from '../../../src/sidecar';
import { withoutSuperseded } from '../../../src/extension/model/superseded';

const a = (id: string, start: number, end: number, status: Annotation['status'], x: Partial<Annotation> = {}): Annotation => ({
  id,
  type: 'ORG',
  text: 'Интерпол'.slice(0, end - start),
  start,
  end,
  status,
  ...x,
});

describe('extension: a relabel shows one annotation (withoutSuperseded)', () => {
  const cases: Array<[string, Annotation[], string[]]> = [
    ['relabel: rejected ORG claim under a manual LOC', [a('org', 0, 8, 'rejected'), a('loc', 0, 8, 'manual', { type: 'LOC' })], ['loc']],
    ['relabel of an accepted claim', [a('org', 0, 8, 'rejected'), a('per', 0, 8, 'accepted', { type: 'PER' })], ['per']],
    // false positives: a plain rejection stays visible (struck through), and so does anything not on the same span
    ['a plain rejection', [a('org', 0, 8, 'rejected')], ['org']],
    ['rejected claim over a longer span', [a('org', 0, 8, 'rejected'), a('loc', 0, 5, 'manual', { type: 'LOC' })], ['org', 'loc']],
    ['two rejected claims on one span', [a('org', 0, 8, 'rejected'), a('loc', 0, 8, 'rejected', { type: 'LOC' })], ['org', 'loc']],
    ['an orphaned manual entry covers nothing', [a('org', 0, 8, 'rejected'), a('loc', 0, 8, 'manual', { type: 'LOC', orphan: true })], ['org', 'loc']],
    ['a rejected orphan is kept (the Orphans group lists it)', [a('org', 0, 8, 'rejected', { orphan: true }), a('loc', 0, 8, 'manual')], ['org', 'loc']],
  ];
  for (const [name, list, ids] of cases)
    it(name, () =>
      assert.deepStrictEqual(
        withoutSuperseded(list).map((x) => x.id),
        ids,
      ),
    );
});
