import * as assert from 'assert';
import { compareEntities, mergeEntities } from '../../../src/core/overlap';
import { Entity, EntityType } from '../../../src/core/types';

const e = (start: number, end: number, type: EntityType): Entity => ({ start, end, type, text: 'x'.repeat(end - start) });
const show = (list: Entity[]) => list.map((x) => `${x.type}@${x.start}-${x.end}`);

describe('overlap mergeEntities', () => {
  const cases: Array<[string, Entity[][], string[]]> = [
    ['sorted by start, longer first', [[e(10, 12, 'LOC'), e(0, 14, 'ORG')], [e(0, 3, 'NUMBER')]], ['ORG@0-14', 'NUMBER@0-3', 'LOC@10-12']],
    // ORG "МВД Казахстана" holds LOC "Казахстана"
    ['nested spans of different types stay', [[e(0, 14, 'ORG'), e(4, 14, 'LOC')]], ['ORG@0-14', 'LOC@4-14']],
    ['same span, different types: both stay, in type order', [[e(0, 4, 'LOC')], [e(0, 4, 'PER')]], ['PER@0-4', 'LOC@0-4']],
    ['exact duplicate dropped', [[e(0, 4, 'PER')], [e(0, 4, 'PER')]], ['PER@0-4']],
    ['same type inside a longer one dropped', [[e(2, 4, 'ORG'), e(0, 10, 'ORG')]], ['ORG@0-10']],
    ['same type crossing: the earlier one wins', [[e(5, 12, 'LOC'), e(0, 8, 'LOC')]], ['LOC@0-8']],
    ['adjacent spans of one type both stay (end exclusive)', [[e(4, 8, 'LOC'), e(0, 4, 'LOC')]], ['LOC@0-4', 'LOC@4-8']],
    ['nothing', [[], []], []],
  ];
  for (const [name, lists, expected] of cases) {
    it(name, () => assert.deepStrictEqual(show(mergeEntities(...lists)), expected));
  }
  it('is independent of input order', () => {
    const list = [e(3, 9, 'MONEY'), e(0, 2, 'PER'), e(3, 5, 'NUMBER'), e(3, 9, 'DATE'), e(0, 9, 'ORG')];
    const a = show(mergeEntities(list));
    const b = show(mergeEntities([...list].reverse()));
    assert.deepStrictEqual(a, b);
    assert.deepStrictEqual(a, ['ORG@0-9', 'PER@0-2', 'DATE@3-9', 'MONEY@3-9', 'NUMBER@3-5']);
  });
  it('compareEntities is a total order on distinct entities', () => {
    assert.ok(compareEntities(e(0, 2, 'PER'), e(0, 2, 'LOC')) < 0);
    assert.ok(compareEntities(e(0, 3, 'LOC'), e(0, 2, 'PER')) < 0);
  });
});
