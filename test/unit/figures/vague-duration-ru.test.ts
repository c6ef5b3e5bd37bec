// Table-driven tests for Russian vague durations: a calendar noun after a word that stands for an
// unsaid number of units ("в ближайшие месяцы", "долгие годы", "многие годы") or a plural alone after
// "в течение" / "на протяжении" ("в течение десятилетий") is a DATE with an "X" amount (PXM, PXY, PXDE);
// false positives are the same words before nouns that are not units of time.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();

function dates(text: string): Array<[string, unknown]> {
  return recognize(text, { lang: 'ru', refDate: '2021-06-15' })
    .filter((e) => e.type === 'DATE')
    .map((e) => [e.text, e.value]);
}

describe('DATE ru: vague durations', () => {
  const cases: Array<[input: string, text: string, value: string]> = [
    ['решение примут в ближайшие недели', 'ближайшие недели', 'PXW'],
    ['в течение ближайших дней', 'ближайших дней', 'PXD'],
    ['он долгие годы работал', 'долгие годы', 'PXY'],
    ['спустя многие месяцы', 'многие месяцы', 'PXM'],
    ['споры шли в течение месяцев', 'месяцев', 'PXM'],
    ['на протяжении десятилетий город рос', 'десятилетий', 'PXDE'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }
});

describe('DATE ru: vague durations, false positives', () => {
  const none: Array<[string, string]> = [
    ['ближайшие соседи пришли', 'a neighbour is not a unit of time'],
    ['долгие переговоры', 'a long negotiation, no unit'],
    ['многие эксперты считают', 'many experts'],
    ['в течение сезона дождей', 'a season is no calendar unit here'],
  ];
  for (const [input, why] of none) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(dates(input), []));
  }
  it('"многие тысячи" stays the vague plural count, not a duration', () => {
    const text = 'многие тысячи людей';
    assert.deepStrictEqual(
      recognize(text, { lang: 'ru' }).map((e) => [e.type, e.text, e.value]),
      [['NUMBER', 'тысячи людей', 1000]],
    );
  });
});
