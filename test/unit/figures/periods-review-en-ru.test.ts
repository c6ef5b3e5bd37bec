// Periods a reader can trust (issue 14, review set of round 10): a hyphenated ordinal part of a year before
// a noun of reporting is a DATE period ("third-quarter profit": 2026-Q3 in a story of November 2026, as "the third
// quarter" is: the latest such part begun by the reference date, the next one in a future clause); a year
// after a year preposition and a qualifier is a DATE ("until at least 2030"); a recurring weekday ("every
// Thursday", "каждый четверг", "по четвергам") is a DATE with no value, never one dated day. Each block has
// its false positives.
import * as assert from 'assert';
import { useFigures } from './recognize';
import { readableValue } from '../../../src/core/figures';

const recognize = useFigures();
const figures = (text: string, lang: 'en' | 'ru') => recognize(text, { lang, refDate: '2026-11-29' }).map((e) => [e.type, e.text, e.value ?? null]);

describe('DATE en: hyphenated quarter and half before a noun of reporting', () => {
  const cases: Array<[text: string, expected: unknown[][]]> = [
    ['The bank reported third-quarter profit.', [['DATE', 'third-quarter', '2026-Q3']]],
    ['Fourth-quarter results beat forecasts.', [['DATE', 'Fourth-quarter', '2026-Q4']]],
    ['First-half sales rose.', [['DATE', 'First-half', '2026-H1']]],
    ['It posted a second-quarter net operating loss.', [['DATE', 'second-quarter', '2026-Q2']]],
    // a year just before the period is its year
    ['Boskalis reported 1996 first-half net profit.', [['DATE', '1996 first-half', '1996-H1']]],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepStrictEqual(figures(text, 'en'), expected));
});

describe('DATE en: hyphenated quarter and half, false positives (a part of a game is no date, nor a fraction)', () => {
  const cases: Array<[text: string, expected: unknown[][]]> = [
    ['He scored a third-quarter goal.', [['ORDINAL', 'third-quarter', 3]]],
    ['A second-half rally won the game.', [['ORDINAL', 'second-half', 2]]],
    ['A fifth-quarter profit is no period.', [['ORDINAL', 'fifth-quarter', 5]]],
    [
      'In 1996 first-half goals were rare.',
      [
        ['DATE', '1996', '1996'],
        ['ORDINAL', 'first-half', 1],
      ],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepStrictEqual(figures(text, 'en'), expected));
});

describe('DATE en: a year after a year preposition and a qualifier', () => {
  const cases: Array<[text: string, expected: unknown[][]]> = [
    ['It will keep working until at least 2030.', [['DATE', 'at least 2030', '2030']]],
    ['The plan runs until at least 2030 and beyond.', [['DATE', 'at least 2030', '2030']]],
    ['The plant will close by no later than 2028.', [['DATE', '2028', '2028']]],
    ['It ran through as late as 1998.', [['DATE', '1998', '1998']]],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepStrictEqual(figures(text, 'en'), expected));
});

describe('DATE en: qualified years, false positives (a count stays a count)', () => {
  const cases: Array<[text: string, expected: unknown[][]]> = [
    ['The mine stays open until at least 2030 people sign.', [['NUMBER', 'at least 2030', 2030]]],
    ['It has at least 2030 members.', [['NUMBER', 'at least 2030 members', 2030]]],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepStrictEqual(figures(text, 'en'), expected));
});

describe('DATE en/ru: a recurring weekday has no single date', () => {
  const cases: Array<[text: string, lang: 'en' | 'ru', expected: unknown[][]]> = [
    ['Figures come out every Thursday.', 'en', [['DATE', 'every Thursday', null]]],
    ['Each Monday it meets.', 'en', [['DATE', 'Each Monday', null]]],
    ['Рынок работает каждый четверг.', 'ru', [['DATE', 'каждый четверг', null]]],
    ['По средам рынок закрыт.', 'ru', [['DATE', 'средам', null]]],
  ];
  for (const [text, lang, expected] of cases) it(text, () => assert.deepStrictEqual(figures(text, lang), expected));
});

describe('DATE en/ru: recurring weekdays, false positives (one named day keeps its date)', () => {
  const cases: Array<[text: string, lang: 'en' | 'ru', expected: unknown[][]]> = [
    ['Figures come out on Thursday.', 'en', [['DATE', 'Thursday', '2026-11-26']]],
    ['Он придёт в четверг.', 'ru', [['DATE', 'четверг', '2026-12-03']]],
  ];
  for (const [text, lang, expected] of cases) it(text, () => assert.deepStrictEqual(figures(text, lang), expected));
});

describe('DATE en/ru: a year-less part of a year takes its year from the reference date', () => {
  const at = (text: string, lang: 'en' | 'ru', refDate: string) => recognize(text, { lang, refDate }).map((e) => [e.text, e.value ?? null]);
  const cases: Array<[text: string, lang: 'en' | 'ru', refDate: string, expected: unknown[][]]> = [
    // in January the fourth quarter just over is last year's; the first quarter has begun
    ['The bank reported fourth-quarter profit.', 'en', '2027-01-20', [['fourth-quarter', '2026-Q4']]],
    ['Profit rose in the first quarter.', 'en', '2027-01-20', [['first quarter', '2027-Q1']]],
    // a clause about the future takes the next one not yet over
    ['It will report third-quarter results.', 'en', '2026-11-29', [['third-quarter', '2027-Q3']]],
    ['Прибыль упала в третьем квартале.', 'ru', '2026-02-10', [['третьем квартале', '2025-Q3']]],
    // no reference date: the year stays unknown
    ['Profit rose in the first quarter.', 'en', '', [['first quarter', 'XXXX-Q1']]],
    // false positive: a year in the text wins over the reference
    ['Profit rose in the first quarter of 2019.', 'en', '2027-01-20', [['first quarter of 2019', '2019-Q1']]],
  ];
  for (const [text, lang, refDate, expected] of cases)
    it(`${text} (${refDate || 'no reference'})`, () => assert.deepStrictEqual(at(text, lang, refDate || (undefined as unknown as string)), expected));
});

describe('DATE en/ru: what a reader sees for these periods (readable.ts)', () => {
  const cases: Array<[text: string, lang: 'en' | 'ru', expected: Array<[string, string, string | undefined]>]> = [
    ['The bank reported third-quarter profit.', 'en', [['DATE', 'third-quarter', 'Q3 2026']]],
    ['It will keep working until at least 2030.', 'en', [['DATE', 'at least 2030', 'at least 2030']]],
    // a recurring day shows no value rather than one dated day
    ['Figures come out every Thursday.', 'en', [['DATE', 'every Thursday', undefined]]],
    ['Во втором полугодии цены вырастут.', 'ru', [['DATE', 'втором полугодии', 'second half of 2026']]],
  ];
  for (const [text, lang, expected] of cases)
    it(text, () =>
      assert.deepStrictEqual(
        recognize(text, { lang, refDate: '2026-11-29' }).map((e) => [e.type, e.text, readableValue(e)]),
        expected,
      ),
    );
});
