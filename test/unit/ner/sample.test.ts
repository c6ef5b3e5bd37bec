import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { recognize } from './helpers';
import { groupMentions } from '../../../src/core/ner';
import { Entity } from '../../../src/core/types';

// The sample article: every person, place and organization, with its normal form.
const SAMPLE = path.join(__dirname, '../../../samples/ru-mvd-kazakhstan-russia.txt');

// [type, text as written, norm]
const EXPECTED: Array<[string, string, string]> = [
  ['ORG', 'МВД Казахстана', 'МВД Казахстана'],
  ['LOC', 'Казахстана', 'Казахстан'],
  ['LOC', 'России', 'Россия'],
  ['ORG', 'Sputnik', 'Sputnik'],
  ['LOC', 'Усть-Каменогорске', 'Усть-Каменогорск'],
  ['PER', 'Владимир Колокольцев', 'Владимир Колокольцев'],
  ['PER', 'Ержан Саденов', 'Ержан Саденов'],
  ['LOC', 'Россия', 'Россия'],
  ['LOC', 'Казахстан', 'Казахстан'],
  ['ORG', 'СНГ', 'СНГ'],
  ['ORG', 'ОДКБ', 'ОДКБ'],
  ['ORG', 'ШОС', 'ШОС'],
  ['ORG', 'Интерпола', 'Интерпол'],
  ['LOC', 'Самарской области', 'Самарская область'],
  ['ORG', 'Департамента полиции Западно-Казахстанской области', 'Департамент полиции Западно-Казахстанской области'],
  ['ORG', 'МВД России', 'МВД России'],
];

describe('NER on the sample article', function () {
  this.timeout(20000);
  let ents: Entity[] = [];
  const text = fs.readFileSync(SAMPLE, 'utf8');
  before(async () => {
    ents = await recognize(text);
  });
  for (const [type, surface, norm] of EXPECTED)
    it(`${type} ${surface} → ${norm}`, () => {
      const hit = ents.find((e) => e.type === type && e.text === surface);
      assert.ok(hit, `missing; got ${JSON.stringify(ents.map((e) => `${e.type} ${e.text}`))}`);
      assert.equal(hit.norm, norm);
    });
  it('"Астана" in the dateline is a place', () => {
    // The dateline is upper case ("АСТАНА, 22 июл — Sputnik").
    const astana = ents.find((e) => e.type === 'LOC' && e.text === 'АСТАНА');
    assert.ok(astana, JSON.stringify(ents.map((e) => e.text)));
    assert.equal(astana.norm, 'Астана');
  });
  it('groups the mentions of each entity', () => {
    const g = groupMentions(ents);
    const keysOf = (t: string) => new Set(ents.filter((e) => e.text === t).map((e) => g.get(e)));
    assert.deepEqual([...keysOf('Владимир Колокольцев')], ['PER:колокольцев']);
    const russia = new Set([...keysOf('России'), ...keysOf('Россия')]);
    assert.deepEqual([...russia], ['LOC:россия']);
  });
  it('no entity ends with a preposition', () => {
    for (const e of ents) assert.ok(!/\s(по|в|на|и)$/.test(e.text), e.text);
  });
});
