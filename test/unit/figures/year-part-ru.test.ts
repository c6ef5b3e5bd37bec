// Table-driven tests for Russian parts of a year (date-ru.ts `yearPart`, tables/periods-ru.ts): an
// ordinal before "квартал"/"полугодие" is a DATE period ("2024-Q3", "2021-H2"), with the year when one
// follows, else from the reference date (a future clause takes the next one); false positives are ordinals before other nouns, numbers out of range and a city quarter's number.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();

function figures(text: string): Array<[string, string, unknown]> {
  return recognize(text, { lang: 'ru', refDate: '2021-06-15' }).map((e) => [e.type, e.text, e.value]);
}

describe('DATE ru: parts of a year', () => {
  const cases: Array<[input: string, text: string, value: string]> = [
    ['в третьем квартале 2024 года прибыль выросла', 'третьем квартале 2024 года', '2024-Q3'],
    ['итоги IV квартала 2023 г. подвели', 'IV квартала 2023 г.', '2023-Q4'],
    ['за 1-й квартал выручка упала', '1-й квартал', '2021-Q1'],
    ['во втором полугодии цены вырастут', 'втором полугодии', '2021-H2'],
    ['по итогам первого полугодия 2016 года', 'первого полугодия 2016 года', '2016-H1'],
    ['в первом квартале 2025-го', 'первом квартале 2025-го', '2025-Q1'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(figures(input), [['DATE', text, value]]));
  }
});

describe('DATE ru: parts of a year, false positives', () => {
  const cases: Array<[input: string, want: Array<[string, string, unknown]>, why: string]> = [
    ['в третьем туре он проиграл', [['ORDINAL', 'третьем', 3]], 'an ordinal before another noun'],
    ['в пятом квартале города', [['ORDINAL', 'пятом', 5]], 'a year has four quarters: a city quarter'],
    ['в третьем полугодии', [['ORDINAL', 'третьем', 3]], 'a year has two halves'],
    ['в квартале 15 домов', [['NUMBER', '15 домов', 15]], 'no ordinal before the noun'],
  ];
  for (const [input, want, why] of cases) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(figures(input), want));
  }
});
