// Table-driven tests for English weekdays counted ahead of the reference day: "the Sunday after next"
// (the weekday a week after the coming one; it was read as last Sunday) and "two Sundays from now"
// (the second coming Sunday). The reference day is Tuesday 12 February 2013; false positives keep a
// plain weekday or count no date.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();

function dates(text: string): Array<[string, unknown]> {
  return recognize(text, { lang: 'en', refDate: '2013-02-12' })
    .filter((e) => e.type === 'DATE')
    .map((e) => [e.text, e.value]);
}

describe('DATE en: weekdays counted ahead', () => {
  const cases: Array<[input: string, text: string, value: string]> = [
    ['the vote is on the Sunday after next', 'Sunday after next', '2013-02-24'],
    ['Friday after next', 'Friday after next', '2013-02-22'],
    ['two sundays from now', 'two sundays from now', '2013-02-24'],
    ['two Sundays from today', 'two Sundays from today', '2013-02-24'],
    ['three Fridays from now', 'three Fridays from now', '2013-03-01'],
    ['2 Sundays from now', '2 Sundays from now', '2013-02-24'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }
  it('without a reference date the span is kept and the value left out', () => {
    const ents = recognize('two Sundays from now', { lang: 'en' }).filter((e) => e.type === 'DATE');
    assert.deepStrictEqual(
      ents.map((e) => [e.text, e.value]),
      [['two Sundays from now', undefined]],
    );
  });
});

describe('DATE en: weekdays counted ahead, false positives', () => {
  const cases: Array<[input: string, expected: Array<[string, unknown]>, why: string]> = [
    ['on Sunday after the match', [['Sunday', '2013-02-10']], '"after" without "next" leaves the plain weekday'],
    ['two Sundays a month', [], 'a frequency, no date'],
    ['two Sundays from the end of term', [], '"from" something other than now or today'],
    ['one Monday from now', [['Monday', '2013-02-11']], 'a count of weekdays is plural'],
  ];
  for (const [input, expected, why] of cases) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(dates(input), expected));
  }
});
