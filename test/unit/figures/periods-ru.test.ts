// Table-driven tests for Russian periods of issue 14's fifth round: a season across two years
// ("сезон 2003/04"), one calendar unit after a comparative ("более года", "чуть больше месяца"), a
// decade named by a plural ordinal word ("девяностых годов"), and ages after a relative pronoun or
// "исполняется" ("которому 69 лет"), also past an adverb or a qualifier ("которой сейчас 23 года").
// Each block has its false positives.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();

function figures(text: string): Array<[string, string, unknown]> {
  return recognize(text, { lang: 'ru', refDate: '2021-06-15' })
    .filter((e) => e.type === 'DATE' || e.type === 'AGE')
    .map((e) => [e.type, e.text, e.value]);
}

describe('DATE ru: periods', () => {
  const cases: Array<[input: string, type: string, text: string, value: unknown]> = [
    // A season across two years, the second written with two or four digits.
    ['лучшими стали сезоны 2003/04', 'DATE', '2003/04', '2003/2004'],
    ['в сезоне 2008/2009 он забил', 'DATE', '2008/2009', '2008/2009'],
    ['чемпионат России 2015/16.', 'DATE', '2015/16', '2015/2016'],
    ['на рубеже 1999/2000 года', 'DATE', '1999/2000', '1999/2000'],
    // One unit after a comparative or "около", or in "в течение".
    ['он работал там более года', 'DATE', 'более года', 'P1Y'],
    ['прошло чуть больше месяца', 'DATE', 'чуть больше месяца', 'P1M'],
    ['лечение заняло около года', 'DATE', 'около года', 'P1Y'],
    ['они встречались в течение года', 'DATE', 'года', 'P1Y'],
    // "последний" before a calendar noun: one unit back (its forms were no candidates of the figure pass).
    ['за последнюю неделю цены выросли', 'DATE', 'последнюю неделю', 'P1W'],
    ['в последний год жизни', 'DATE', 'последний год', 'P1Y'],
    ['за последний месяц', 'DATE', 'последний месяц', 'P1M'],
    // Half a unit in one word (reference date 2021-06-15).
    ['он пожил там полгода', 'DATE', 'полгода', 'P0.5Y'],
    ['в течение полугода', 'DATE', 'полугода', 'P0.5Y'],
    ['через полгода', 'DATE', 'полгода', '2021-12'],
    ['полвека назад', 'DATE', 'полвека назад', '1971'],
    ['за полмесяца', 'DATE', 'полмесяца', 'P0.5M'],
    // A fraction of a unit back: whole months where they are exact (it was "2019.5"); a month and a half
    // back is the month it reaches; a week and a half has no whole number of days.
    ['полтора года назад', 'DATE', 'полтора года назад', '2019-12'],
    ['2,5 года назад', 'DATE', '2,5 года назад', '2018-12'],
    ['полтора месяца назад', 'DATE', 'полтора месяца назад', '2021-04'],
    ['полторы недели назад', 'DATE', 'полторы недели назад', undefined],
    // A year in words: an ordinal before a year word.
    ['в две тысячи девятнадцатом году', 'DATE', 'две тысячи девятнадцатом году', '2019'],
    ['в тысяча девятьсот сорок пятом году', 'DATE', 'тысяча девятьсот сорок пятом году', '1945'],
    // A decade named by a plural ordinal.
    ['во второй половине девяностых годов', 'DATE', 'девяностых годов', '199X'],
    ['сороковые годы', 'DATE', 'сороковые годы', '194X'],
    ['это было в восьмидесятые.', 'DATE', 'восьмидесятые', '198X'],
    // Ages after a relative pronoun in the dative or after "исполняется".
    ['Петров, которому 67 лет, руководил отделом', 'AGE', '67 лет', 67],
    ['актрисе, которой 45 лет', 'AGE', '45 лет', 45],
    ['театру в этом году исполняется 75 лет', 'AGE', '75 лет', 75],
    // An adverb or a qualifier between the cue and the number.
    ['Иванова, которой сейчас 24 года, рассказала', 'AGE', '24 года', 24],
    ['ему было примерно 45 лет', 'AGE', '45 лет', 45],
    ['Сидорову исполнилось бы 90 лет', 'AGE', '90 лет', 90],
    ['Анне Смирновой сейчас 52 года', 'AGE', '52 года', 52],
  ];
  for (const [input, type, text, value] of cases) {
    it(`${input} → ${type} ${text} = ${value}`, () =>
      assert.deepStrictEqual(
        figures(input)
          .filter(([t]) => t === type)
          .slice(-1),
        [[type, text, value]],
      ));
  }
});

describe('DATE ru: periods, false positives', () => {
  const none: Array<[string, string]> = [
    ['в тысячный раз', 'an ordinal of a thousand without a year word'],
    ['две тысячи девятнадцатый участник', 'an ordinal before another noun'],
    ['дело № 2017/18 рассмотрено', 'a case number, not a season'],
    ['счёт 2001/05', 'the second number is not the next year'],
    ['за года работы он устал', 'a genitive after "за" is no single unit'],
    ['на года вперёд', 'nor after "на"'],
    ['в девяностые минуты матча', 'an ordinal before a noun counts minutes'],
    ['девяностых страниц', 'a plural ordinal without a year word or a preposition'],
    ['последний матч сезона', '"последний" before a noun that is no calendar unit'],
    ['в последний раз', 'nor before "раз"'],
    ['полтина и полушка', 'other words that begin with "пол"'],
  ];
  for (const [input, why] of none) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(figures(input), []));
  }
  const durations: Array<[string, string, string, string]> = [
    ['он был 5 лет в тюрьме', '5 лет', 'P5Y', 'a past "был" is no age cue'],
    ['он работает уже 5 лет', '5 лет', 'P5Y', '"уже" after a verb, no cue before it'],
    ['компания работает на рынке уже 20 лет', '20 лет', 'P20Y', 'the same after a noun in the prepositional'],
  ];
  for (const [input, text, value, why] of durations) {
    it(`${input} stays a duration (${why})`, () => assert.deepStrictEqual(figures(input), [['DATE', text, value]]));
  }
});
