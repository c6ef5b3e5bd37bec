// Table-driven tests for numbers next to the abbreviation of a Russian code of law: provisions
// ("КоАП РФ 20.2", "ст. 159 УК"), ORDINAL without a value when dotted; a count after the code stays a count.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();

function figures(text: string): Array<[string, string, unknown]> {
  return recognize(text, { lang: 'ru' }).map((e) => [e.type, e.text, e.value]);
}

describe('ORDINAL ru: provisions next to a code of law', () => {
  const cases: Array<[input: string, want: Array<[string, string, unknown]>]> = [
    ['протокол по КоАП РФ 20.2 составлен', [['ORDINAL', '20.2', undefined]]],
    ['нарушение ГК 309 установлено', [['ORDINAL', '309', 309]]],
    ['обвинение по 159 УК РФ', [['ORDINAL', '159', 159]]],
    ['по 6.1 АПК', [['ORDINAL', '6.1', undefined]]],
  ];
  for (const [input, want] of cases) {
    it(`${input} → ${JSON.stringify(want)}`, () => assert.deepStrictEqual(figures(input), want));
  }
});

describe('ORDINAL ru: provisions next to a code of law, false positives', () => {
  it('a count after the code stays a count ("УК 3 раза меняли")', () => assert.deepStrictEqual(figures('УК 3 раза меняли'), [['NUMBER', '3 раза', 3]]));
  it('a number next to another abbreviation is no provision ("ВВП 2.5")', () => assert.ok(figures('рост ВВП 2.5').every(([type]) => type !== 'ORDINAL')));
});
