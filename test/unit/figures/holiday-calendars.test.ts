// Table-driven tests for holidays of the Hebrew, Islamic and Chinese calendars as English DATE: the
// Gregorian day comes from ICU's calendars (src/core/figures/calendar-days.ts); Jewish holidays take
// the day whose daytime is the holiday (not the eve), Muslim ones the Umm al-Qura calendar.
import * as assert from 'assert';
import { useDates } from './recognize';
import { gregorianDays } from '../../../src/core/figures/calendar-days';

const REF = '2019-01-31';

const dates = useDates('en', REF);

describe('holidays of other calendars (en)', () => {
  const cases: Array<[input: string, text: string, value: string | undefined]> = [
    // Hebrew calendar: the holiday's daytime, one day or the span of days it lasts
    ['fasting on Yom Kippur 2023', 'Yom Kippur 2023', '2023-09-25'],
    ['Rosh Hashanah 2021 dinners', 'Rosh Hashanah 2021', '2021-09-07/2021-09-08'],
    ['lights for Hanukkah 2020', 'Hanukkah 2020', '2020-12-11/2020-12-18'],
    ['during Sukkot 2022', 'Sukkot 2022', '2022-10-10/2022-10-16'],
    // Purim is in Adar II in a leap year (5784) and in Adar otherwise (5783)
    ['Purim 2024 parade', 'Purim 2024', '2024-03-24'],
    ['Purim 2023 parade', 'Purim 2023', '2023-03-07'],
    // without a year: the reference year; "next" looks ahead of the reference day
    ['before Yom Kippur', 'Yom Kippur', '2019-10-09'],
    // Islamic calendar (Umm al-Qura): a day, or Ramadan to the last day of its month
    ['Ramadan 2023 began', 'Ramadan 2023', '2023-03-23/2023-04-20'],
    ['after Eid al-Adha 2022', 'Eid al-Adha 2022', '2022-07-09'],
    ['the Eid ul-Fitr 2023 prayers', 'Eid ul-Fitr 2023', '2023-04-21'],
    ['next Ramadan', 'next Ramadan', '2019-05-06/2019-06-03'],
    // a lunar year is shorter: in 2000 Eid al-Fitr fell twice, so the year alone cannot say which
    ['Eid al-Fitr 2000', 'Eid al-Fitr 2000', undefined],
    // Chinese calendar
    ['Lunar New Year 2024', 'Lunar New Year 2024', '2024-02-10'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }

  it('the stepped search finds what reading every day of the year finds', () => {
    const fmt = (c: string) => new Intl.DateTimeFormat(`en-u-ca-${c}`, { month: c === 'hebrew' ? 'long' : 'numeric', day: 'numeric', timeZone: 'UTC' });
    const questions: Array<['hebrew' | 'islamic-umalqura' | 'chinese', string[]]> = [
      ['hebrew', ['Tishri', 'Kislev', 'Adar', 'Adar I', 'Nisan']],
      ['islamic-umalqura', ['1', '9', '10', '12']],
      ['chinese', ['1', '8']],
    ];
    for (const [cal, months] of questions) {
      const f = fmt(cal);
      for (const y of [2000, 2024]) {
        for (const m of months) {
          for (const d of [1, 30]) {
            const all: number[] = [];
            for (let t = Date.UTC(y, 0, 1); t < Date.UTC(y + 1, 0, 1); t += 86400000) {
              const parts = f.formatToParts(t);
              const month = parts.find((p) => p.type === 'month')!.value;
              if ((month === 'Adar II' ? 'Adar' : month) === m && Number(parts.find((p) => p.type === 'day')!.value) === d) all.push(t);
            }
            assert.deepStrictEqual(gregorianDays(cal, y, m, d), all, `${cal} ${y} ${m} ${d}`);
          }
        }
      }
    }
  });

  it('finds a date twice in a Gregorian year when a lunar year fits in it', () => {
    assert.deepStrictEqual(
      gregorianDays('islamic-umalqura', 2000, 10, 1).map((t) => new Date(t).toISOString().slice(0, 10)),
      ['2000-01-08', '2000-12-27'],
    );
  });
});

describe('holidays of other calendars (en): false positives', () => {
  const none: Array<[string, string]> = [
    ['the month of Adar', 'a month name alone is no holiday'],
    ['Eid greetings', 'the bare word Eid names no day'],
    ['Rosh from accounting', 'the first word of a name alone'],
    ['a Purim-style costume', 'a hyphenated word that only starts with a name'],
  ];
  for (const [input, why] of none) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(dates(input), []));
  }
});
