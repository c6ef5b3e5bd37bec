import * as assert from 'assert';
import { parseGoldLine, parsePredLine } from '../../../src/core/eval/gold';

describe('eval/gold parseGoldLine', () => {
  it('reads a span line, mapping source type names and keeping optional/core_span/value', () => {
    const r = parseGoldLine(
      JSON.stringify({
        id: 'd',
        lang: 'ru',
        text: 'миде Грузии в Тбилиси',
        entities: [
          { start: 0, end: 11, type: 'Org', text: 'миде Грузии', core_span: [0, 4] },
          { start: 5, end: 11, type: 'LocOrg', optional: true },
          { start: 14, end: 21, type: 'CITY', text: 'Тбилиси' },
        ],
      }),
      1,
    );
    assert.ok('ok' in r && r.ok.kind === 'span');
    assert.deepStrictEqual(r.ok.entities, [
      { start: 0, end: 11, type: 'ORG', optional: false, core: [0, 4] },
      { start: 5, end: 11, type: 'LOC', optional: true },
      { start: 14, end: 21, type: 'LOC', optional: false },
    ]);
  });
  it('reads a pair line and the day of its ref_time', () => {
    const r = parseGoldLine(
      '{"id":"p","lang":"ru","text":"вчера","kind":"date","value":{"type":"value","value":"2013-02-11T00:00:00.000-02:00","grain":"day"},"ref_time":"2013-02-12T04:30:00.000-02:00"}',
      3,
    );
    assert.ok('ok' in r && r.ok.kind === 'pair');
    assert.strictEqual(r.ok.refDate, '2013-02-12');
    assert.strictEqual(r.ok.pairKind, 'date');
  });
  it('offsets are UTF-16 code units: an astral character counts two', () => {
    const r = parseGoldLine(JSON.stringify({ text: '😀 Анна', entities: [{ start: 3, end: 7, type: 'PER', text: 'Анна' }] }), 9);
    assert.ok('ok' in r);
    assert.strictEqual(r.ok.id, 'line 9');
  });
  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{"id":', /not JSON/],
    ['an array', '[1,2]', /not a JSON object/],
    ['no text', '{"id":"x","entities":[]}', /missing "text"/],
    ['text differs from the slice', '{"text":"Анна пела","entities":[{"start":0,"end":5,"type":"PER","text":"Анна"}]}', /differs from text.slice\(0, 5\)/],
    ['span past the end', '{"text":"Анна","entities":[{"start":0,"end":9,"type":"PER"}]}', /outside the text/],
    ['fractional offset', '{"text":"Анна","entities":[{"start":0.5,"end":3,"type":"PER"}]}', /non-negative integers/],
    ['no type', '{"text":"Анна","entities":[{"start":0,"end":3}]}', /"type"/],
    ['core_span outside', '{"text":"Анна пела","entities":[{"start":0,"end":4,"type":"PER","core_span":[2,9]}]}', /core_span/],
    ['bad lang', '{"text":"x","lang":"de","entities":[]}', /"lang"/],
    ['bad ref_time', '{"text":"x","kind":"date","value":{},"ref_time":"yesterday"}', /ref_time/],
    ['neither kind', '{"text":"x"}', /neither a span line/],
  ];
  for (const [name, line, re] of bad) {
    it(`rejects: ${name}`, () => {
      const r = parseGoldLine(line, 1);
      assert.ok('error' in r, 'expected an error');
      assert.match(r.error, re);
    });
  }
});

describe('eval/gold parsePredLine', () => {
  it('reads extract --jsonl output', () => {
    const r = parsePredLine('{"id":"a","lang":"ru","entities":[{"start":0,"end":4,"type":"PER","text":"Анна"}]}', 1);
    assert.ok('ok' in r);
    assert.strictEqual(r.ok.entities.length, 1);
  });
  it('rejects entities without offsets', () => {
    const r = parsePredLine('{"id":"a","entities":[{"type":"PER"}]}', 1);
    assert.ok('error' in r);
  });
});
