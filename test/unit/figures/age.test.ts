// AGE: ages and anniversaries in years, as NEREL marks them. Each row: input, language, the AGE
// entity expected (text, value; from/to for ranges). The false-positive block lists near misses.
import * as assert from 'assert';
import { useFigures } from './recognize';
import { Entity, Lang } from '../../../src/core/types';

const recognize = useFigures();

const run = (text: string, lang: Lang): Entity[] => recognize(text, { lang, refDate: '2025-07-18' });

const AGES: Array<[input: string, lang: Lang, text: string, value: number]> = [
  // Russian: a compound adjective, written with digits or words
  ['27-летний футболист', 'ru', '27-летний', 27],
  ['13-ти летний мальчик', 'ru', '13-ти летний', 13],
  ['тело сорокалетней женщины', 'ru', 'сорокалетней', 40],
  ['её восьмилетний сын', 'ru', 'восьмилетний', 8],
  ['двухлетний ребёнок', 'ru', 'двухлетний', 2],
  // Russian: "N лет" after an age cue
  ['умер в возрасте 52 лет', 'ru', '52 лет', 52],
  ['ему было 64 года', 'ru', '64 года', 64],
  ['Кравцову 39 лет', 'ru', '39 лет', 39],
  ['ему исполнилось 30', 'ru', '30', 30],
  ['20 июня исполнилось 85 лет со дня рождения', 'ru', '85 лет', 85],
  // Russian: "возраст" earlier in the clause makes the years an age, whatever stands between
  ['в возрасте до 50 лет', 'ru', '50 лет', 50],
  ['людей в возрасте более 100 лет', 'ru', '100 лет', 100],
  ['пенсионный возраст повысится до 65 лет', 'ru', '65 лет', 65],
  ['возраст выхода на пенсию повысится до 60 лет, для мужчин — до 65 лет', 'ru', '60 лет', 60],
  // Russian: the last number of a list takes the age cue before the first
  ['Им было 30, 20 и 19 лет.', 'ru', '19 лет', 19],
  ['Им было 20 или 21 год.', 'ru', '21 год', 21],
  // Russian: the days after the years belong to the age (the value stays the whole years)
  ['умерла в возрасте 122 лет и 164 дней.', 'ru', '122 лет и 164 дней', 122],
  ['(60 лет 164 дней)', 'ru', '60 лет 164 дней', 60],
  // Russian: a year of life, an anniversary
  ['на 97-м году жизни', 'ru', '97-м году', 97],
  ['к 75-летию встречи на Эльбе', 'ru', '75-летию', 75],
  ['в 80-ю годовщину начала войны', 'ru', '80-ю годовщину', 80],
  // English
  ['a 56-year-old man', 'en', '56-year-old', 56],
  ['a five-year-old girl', 'en', 'five-year-old', 5],
  ['he is 52 years old', 'en', '52 years old', 52],
  ['died aged 101', 'en', '101', 101],
];

describe('figures: AGE', () => {
  for (const [input, lang, text, value] of AGES) {
    it(`${input} → AGE ${text} = ${value}`, () => {
      const got = run(input, lang).find((e) => e.type === 'AGE');
      assert.ok(got, `no AGE in ${JSON.stringify(run(input, lang))}`);
      assert.deepStrictEqual([got.text, got.value, got.unit], [text, value, 'years']);
    });
  }

  // Near misses: a season, a decade, a rate, a duration without an age cue, a plain count.
  const NOT_AGES: Array<[string, Lang]> = [
    ['летний сезон', 'ru'],
    ['многолетний опыт', 'ru'],
    ['в последнее десятилетие', 'ru'],
    ['через 5 лет', 'ru'],
    ['проработал 20 лет на заводе', 'ru'],
    ['a five-year plan', 'en'],
    ['five years later', 'en'],
    ['he was 52', 'en'],
    ['после 12-летнего перерыва', 'ru'],
    ['отсидел восьмилетний срок', 'ru'],
    // "возраст" before a shift of the age, in another sentence, or as a verb of growth
    ['пенсионный возраст повысят на 5 лет', 'ru'],
    ['Пенсионный возраст обсуждали. Реформа заняла 5 лет', 'ru'],
    ['спрос возрастает уже 5 лет', 'ru'],
    ['возрастные ограничения действуют 5 лет', 'ru'],
    // a list without an age cue before it
    ['планы на 3, 5 и 10 лет', 'ru'],
    ['за 2 и 3 года до выборов', 'ru'],
  ];
  it('ему 30 лет и 5 человек: a count after the age is no part of it', () =>
    assert.deepStrictEqual(
      run('ему 30 лет и 5 человек', 'ru').map((e) => [e.type, e.text]),
      [
        ['AGE', '30 лет'],
        ['NUMBER', '5 человек'],
      ],
    ));
  // "N-летний" before a noun of a span of time is a duration: DATE in years.
  const TERMS: Array<[input: string, text: string, value: string]> = [
    ['после 12-летнего перерыва', '12-летнего', 'P12Y'],
    ['отсидел восьмилетний срок', 'восьмилетний', 'P8Y'],
  ];
  for (const [input, text, value] of TERMS) {
    it(`${input} → DATE ${text} = ${value}`, () =>
      assert.deepStrictEqual(
        run(input, 'ru')
          .filter((e) => e.type === 'DATE')
          .map((e) => [e.text, e.value]),
        [[text, value]],
      ));
  }
  for (const [input, lang] of NOT_AGES) {
    it(`no AGE: ${input}`, () =>
      assert.deepStrictEqual(
        run(input, lang).filter((e) => e.type === 'AGE'),
        [],
      ));
  }
});
