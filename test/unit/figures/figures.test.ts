// Table-driven tests for the figure recognizers (NUMBER, PERCENT, MONEY, DATE, ORDINAL) in Russian and
// English (AGE has its own file, age.test.ts), with false positives and offset edge cases (CRLF, NBSP, BOM, astral characters).
import * as assert from 'assert';
import { findDateline } from '../../../src/core/figures';
import { useFigures } from './recognize';
import { Entity, Lang } from '../../../src/core/types';

const recognize = useFigures();

function run(text: string, lang: Lang, refDate?: string): Entity[] {
  return recognize(text, { lang, refDate });
}

type Expect = Partial<Entity> & { text: string };
type Case = [input: string, expected: Expect];

function table(name: string, lang: Lang, cases: Case[], refDate?: string): void {
  describe(name, () => {
    for (const [input, want] of cases) {
      it(`${input} → ${JSON.stringify(want)}`, () => {
        const got = run(input, lang, refDate).find((e) => e.text === want.text);
        assert.ok(got, `no entity "${want.text}" in ${JSON.stringify(run(input, lang, refDate))}`);
        for (const [k, v] of Object.entries(want)) assert.deepStrictEqual((got as unknown as Record<string, unknown>)[k], v, k);
      });
    }
  });
}

table('NUMBER ru', 'ru', [
  [
    'проверено свыше семисот отпечатков пальцев',
    { text: 'свыше семисот отпечатков пальцев', type: 'NUMBER', value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' },
  ],
  ['установлено семь лиц', { text: 'семь лиц', value: 7, unit: 'лиц' }],
  ['по пяти преступлениям', { text: 'пяти преступлениям', value: 5 }],
  ['задержано около 120 лиц', { text: 'около 120 лиц', value: 120, qualifier: 'approx' }],
  ['обучение прошли более 440 специалистов', { text: 'более 440 специалистов', value: 440, qualifier: 'gt' }],
  ['свыше 20-ти получили', { text: 'свыше 20-ти', value: 20, qualifier: 'gt' }],
  ['двадцати трёх', { text: 'двадцати трёх', value: 23 }],
  ['полутора миллионов', { text: 'полутора миллионов', value: 1.5e6 }],
  ['три с половиной', { text: 'три с половиной', value: 3.5 }],
  ['1 500 человек', { text: '1 500 человек', value: 1500 }],
  ['1\u00A0500 человек', { text: '1\u00A0500 человек', value: 1500 }],
  ['2,5 кВт', { text: '2,5 кВт', value: 2.5, unit: 'кВт' }],
  ['5 тыс. человек', { text: '5 тыс. человек', value: 5000 }],
  ['3,2 млрд', { text: '3,2 млрд', value: 3.2e9 }],
  ['от 5 до 7 человек', { text: 'от 5 до 7 человек', from: 5, to: 7, unit: 'человек' }],
  ['при стрельбе погиб один человек', { text: 'один человек', type: 'NUMBER', value: 1, unit: 'человек' }],
  ['потерпев одно поражение', { text: 'одно поражение', value: 1, unit: 'поражение' }],
  ['дважды становился лауреатом', { text: 'дважды', type: 'NUMBER', value: 2 }],
  ['трижды переизбирался', { text: 'трижды', value: 3 }],
  // a plural round number alone is vague: more than one such unit
  ['занимаются тысячи человек', { text: 'тысячи человек', value: 1000, qualifier: 'gt', unit: 'человек' }],
  ['погибли миллионы солдат', { text: 'миллионы солдат', value: 1e6, qualifier: 'gt' }],
  ['разрушены сотни домов', { text: 'сотни домов', value: 100, qualifier: 'gt' }],
  ['пришла сотня человек', { text: 'сотня человек', value: 100, qualifier: undefined }],
  // after "около"/"более", "тысячи" is the genitive of one thousand
  ['пришли около тысячи человек', { text: 'около тысячи человек', value: 1000, qualifier: 'approx' }],
  ['более тысячи человек', { text: 'более тысячи человек', value: 1000, qualifier: 'gt' }],
  ['пять тысяч человек', { text: 'пять тысяч человек', value: 5000, qualifier: undefined }],
  ['не менее 5 раз', { text: 'не менее 5 раз', value: 5, qualifier: 'gte' }],
  ['минус 12', { text: 'минус 12', value: -12 }],
  ['ей помогали более миллиона волонтеров', { text: 'более миллиона волонтеров', value: 1e6, qualifier: 'gt' }],
  ['более трети ДТП', { text: 'более трети', value: 1 / 3, qualifier: 'gt' }],
  ['в 630-местном парламенте', { text: '630', value: 630 }],
  // "части" (parts) is not "часы" (hours, which are TIME and left out)
  ['расколоты на две части', { text: 'две части', value: 2, unit: 'части' }],
  // "квартал" is a city block here, not a quarter of a year
  ['в четырёх кварталах отсюда', { text: 'четырёх кварталах', type: 'NUMBER', value: 4 }],
]);

table('NUMBER en', 'en', [
  ['seven hundred cases', { text: 'seven hundred cases', value: 700, unit: 'cases' }],
  // a fraction before a multiplier scales the whole number; a fraction of "a million" multiplies it
  ['one and a quarter million', { text: 'one and a quarter million', value: 1.25e6 }],
  ['four and a half billion', { text: 'four and a half billion', value: 4.5e9 }],
  ['one trillion and a quarter million', { text: 'one trillion and a quarter million', value: 1e12 + 2.5e5 }],
  ['half a million', { text: 'half a million', value: 5e5 }],
  ['three fifths of a billion', { text: 'three fifths of a billion', value: 6e8 }],
  ['half a dozen', { text: 'half a dozen', value: 6 }],
  // vulgar fractions, alone or after whole digits
  ['⅝ mile', { text: '⅝', value: 0.625 }],
  ['7¾ million', { text: '7¾ million', value: 7.75e6 }],
  // European grouping: dots between thousands, a decimal comma
  ['9.876.543,21 units', { text: '9.876.543,21 units', value: 9876543.21 }],
  ['4.321,5 units', { text: '4.321,5 units', value: 4321.5 }],
  ['8.765.432 units', { text: '8.765.432 units', value: 8765432 }],
  ['twenty-one trillion', { text: 'twenty-one trillion', value: 21e12 }],
  ['1.5 million', { text: '1.5 million', value: 1.5e6 }],
  ['1,234,567', { text: '1,234,567', value: 1234567 }],
  ['more than 30 cases', { text: 'more than 30 cases', value: 30, qualifier: 'gt' }],
  ['about 120', { text: 'about 120', value: 120, qualifier: 'approx' }],
  ['less than 5', { text: 'less than 5', value: 5, qualifier: 'lt' }],
  ['between 20 and 30', { text: 'between 20 and 30', from: 20, to: 30 }],
  ['one and a half', { text: 'one and a half', value: 1.5 }],
  ['five eighths', { text: 'five eighths', value: 0.625 }],
  ['a dozen', { text: 'a dozen', value: 12 }],
  ['4 thousand 3 hundred', { text: '4 thousand 3 hundred', value: 4300 }],
  ['3 million and a half', { text: '3 million and a half', value: 3.5e6 }],
  ['minus five point five', { text: 'minus five point five', value: -5.5 }],
  ['one in five', { text: 'one in five', value: 0.2 }],
  ['1,674,200.5', { text: '1,674,200.5', value: 1674200.5 }],
]);

table('PERCENT', 'ru', [
  ['увеличились почти на 10 %.', { text: 'почти на 10 %', type: 'PERCENT', value: 10, qualifier: 'approx', unit: '%' }],
  ['выросли на 49%', { text: '49%', value: 49 }],
  ['десять процентов', { text: 'десять процентов', type: 'PERCENT', value: 10 }],
  ['более чем на 40 %', { text: 'более чем на 40 %', value: 40, qualifier: 'gt' }],
]);
table('PERCENT en', 'en', [
  ['ten percent', { text: 'ten percent', type: 'PERCENT', value: 10 }],
  ['fell 19 % from 1987', { text: '19 %', value: 19 }],
]);

table('MONEY ru', 'ru', [
  ['5 млн рублей', { text: '5 млн рублей', type: 'MONEY', value: 5e6, currency: 'RUB' }],
  ['3,04 млрд долларов США', { text: '3,04 млрд долларов США', value: 3.04e9, currency: 'USD' }],
  ['100 млн гонконгских долларов', { text: '100 млн гонконгских долларов', value: 1e8, currency: 'HKD' }],
  ['30 миллионов фунтов стерлингов', { text: '30 миллионов фунтов стерлингов', value: 3e7, currency: 'GBP' }],
  ['штраф 50 тысяч тенге', { text: '50 тысяч тенге', value: 50000, currency: 'KZT' }],
  ['от 3 до 5 тысяч рублей', { text: 'от 3 до 5 тысяч рублей', from: 3000, to: 5000, currency: 'RUB' }],
  ['$27 млн', { text: '$27 млн', value: 2.7e7, currency: 'USD' }],
  ['€300', { text: '€300', value: 300, currency: 'EUR' }],
  ['2,2 млн.руб.', { text: '2,2 млн.руб.', value: 2.2e6, currency: 'RUB' }],
  ['20 долларов 43 цента', { text: '20 долларов 43 цента', value: 20.43, currency: 'USD' }],
]);
table('MONEY en', 'en', [
  ['$1.2 billion', { text: '$1.2 billion', type: 'MONEY', value: 1.2e9, currency: 'USD' }],
  ['c $ 16.4 million', { text: 'c $ 16.4 million', value: 16.4e6, currency: 'CAD' }],
  ['125 million australian dollars', { text: '125 million australian dollars', value: 125e6, currency: 'AUD' }],
  ['five million yen', { text: 'five million yen', value: 5e6, currency: 'JPY' }],
  ['50 cents', { text: '50 cents', value: 0.5, currency: 'USD' }],
  ['GBP 350', { text: 'GBP 350', value: 350, currency: 'GBP' }],
  ['won a $48.2 million contract', { text: '$48.2 million', value: 48.2e6, currency: 'USD' }],
  ['75 USD million', { text: '75 USD million', value: 75e6, currency: 'USD' }],
]);

table('DATE ru (no reference)', 'ru', [
  ['в феврале 2025 года', { text: 'феврале 2025 года', type: 'DATE', value: '2025-02' }],
  // a year glued to a name by a hyphen is the year of the event ("Су-27" stays nothing: see false positives)
  ['билеты на Евро-2028 проданы', { text: '2028', type: 'DATE', value: '2028' }],
  // a night across two days is a day range; its first day is no NUMBER
  ['в ночь с 3 на 4 марта 2001 года', { text: '3 на 4 марта 2001 года', type: 'DATE', value: '2001-03-03/2001-03-04' }],
  // dates without a calendar value: a sports season, a shift from the story's own time
  ['забил пять голов в нынешнем сезоне', { text: 'нынешнем сезоне', type: 'DATE', value: undefined }],
  ['Неделей позже суд отменил решение', { text: 'Неделей позже', type: 'DATE', value: undefined }],
  ['за 2024 год', { text: '2024 год', value: '2024' }],
  ['в октябре 2024-го', { text: 'октябре 2024-го', value: '2024-10' }],
  ['пять месяцев 2025-го', { text: 'пять месяцев 2025-го', value: '2025-01/2025-05' }],
  ['АСТАНА, 22 июл — Sputnik', { text: '22 июл', value: 'XXXX-07-22' }],
  ['8 июня 2019 года', { text: '8 июня 2019 года', value: '2019-06-08' }],
  ['24.01.2017', { text: '24.01.2017', value: '2017-01-24' }],
  ['в 2006—2011 годы', { text: '2006—2011 годы', value: '2006/2011' }],
  ['в 1990-х годах', { text: '1990-х годах', value: '199X' }],
  ['в XXI веке', { text: 'XXI веке', value: '20' }],
  ['весной 2002 года', { text: 'весной 2002 года', value: '2002-SP' }],
  ['две недели', { text: 'две недели', value: 'P2W' }],
  ['около 30 лет', { text: 'около 30 лет', value: 'P30Y', qualifier: 'approx' }],
  ['(1994, 1997)', { text: '1997', value: '1997' }],
  ['Гарсия (1985—1990 и 2006—2011 годы)', { text: '1985—1990', value: '1985/1990' }],
  ['с 25 по 28 июля 2019 года', { text: '25 по 28 июля 2019 года', value: '2019-07-25/2019-07-28' }],
  ['на становление нужно 2-3 года', { text: '2-3 года', value: 'P2Y/P3Y' }],
  ['в 90-х', { text: '90-х', value: '199X' }],
  ['1 год 6 месяцев', { text: '1 год 6 месяцев', value: 'P1Y6M' }],
  ['в среду, 3 октября 2018 года', { text: 'среду, 3 октября 2018 года', value: '2018-10-03' }],
  ['в ноябре-декабре 2019 года', { text: 'ноябре-декабре 2019 года', value: '2019-11/2019-12', from: '2019-11', to: '2019-12' }],
  ['недомогание в ноябре-декабре', { text: 'ноябре-декабре', value: 'XXXX-11/XXXX-12' }],
  // "более"/"менее" also parse as rare dative nouns; they qualify the duration, they do not make it an age
  ['займёт более трёх лет', { text: 'более трёх лет', value: 'P3Y', qualifier: 'gt' }],
  ['не менее пяти лет', { text: 'не менее пяти лет', value: 'P5Y', qualifier: 'gte' }],
  ['не более 3 лет', { text: 'не более 3 лет', value: 'P3Y', qualifier: 'lte' }],
]);
table(
  'DATE ru (reference 2025-07-22)',
  'ru',
  [
    ['в прошлом году', { text: 'прошлом году', value: '2024' }],
    ['в минувшем году', { text: 'минувшем году', value: '2024' }],
    ['22 июл', { text: '22 июл', value: '2025-07-22' }],
    ['вчера', { text: 'вчера', value: '2025-07-21' }],
    ['три года назад', { text: 'три года назад', value: '2022' }],
    ['в пятницу', { text: 'пятницу', value: '2025-07-18' }],
    ['в сентябре прошлого года', { text: 'сентябре прошлого года', value: '2024-09' }],
    ['через неделю', { text: 'неделю', value: '2025-07-29' }],
    // 2025-07-22 is a Tuesday: "прошлый" looks strictly back, "следующий"/"будущий" strictly ahead.
    ['в прошлую пятницу', { text: 'прошлую пятницу', value: '2025-07-18' }],
    ['в прошлый вторник', { text: 'прошлый вторник', value: '2025-07-15' }],
    ['в следующую среду', { text: 'следующую среду', value: '2025-07-23' }],
    ['в следующий вторник', { text: 'следующий вторник', value: '2025-07-29' }],
    ['в будущий понедельник', { text: 'будущий понедельник', value: '2025-07-28' }],
  ],
  '2025-07-22',
);
table(
  'DATE en',
  'en',
  [
    ['on July 22, 2024', { text: 'July 22, 2024', type: 'DATE', value: '2024-07-22' }],
    ['22 July 2024', { text: '22 July 2024', value: '2024-07-22' }],
    ['in February 2025', { text: 'February 2025', value: '2025-02' }],
    ['in 2014', { text: '2014', value: '2014' }],
    ['in the 1990s', { text: '1990s', value: '199X' }],
    ['last year', { text: 'last year', value: '2024' }],
  ],
  '2025-07-22',
);

table('ORDINAL', 'ru', [
  ['третий', { text: 'третий', type: 'ORDINAL', value: 3 }],
  ['двадцать первой', { text: 'двадцать первой', value: 21 }],
  ['21-й', { text: '21-й', value: 21 }],
  ['3-го', { text: '3-го', value: 3 }],
]);
// Designators count a place (the 5th page, the 282nd article): ORDINAL, never a NUMBER quantity.
table('ORDINAL designators', 'ru', [
  ['см. стр. 5', { text: '5', type: 'ORDINAL', value: 5 }],
  ['по части 2 статьи 105', { text: '105', type: 'ORDINAL', value: 105 }],
  ['по части 2 статьи 105', { text: '2', type: 'ORDINAL', value: 2 }],
  ['статья 128.1 УК РФ', { text: '128.1', type: 'ORDINAL' }],
  ['королева Елизавета II', { text: 'II', type: 'ORDINAL', value: 2 }],
  ['лауреат XXVII фестиваля', { text: 'XXVII', type: 'ORDINAL', value: 27 }],
]);
table('ORDINAL en', 'en', [
  ['see p. 5', { text: '5', type: 'ORDINAL', value: 5 }],
  ['World War II', { text: 'II', type: 'ORDINAL', value: 2 }],
  ['21st', { text: '21st', type: 'ORDINAL', value: 21 }],
  ['the third', { text: 'third', value: 3 }],
]);

describe('false positives', () => {
  const none: Array<[string, Lang, string]> = [
    ['+7 (495) 123-45-67', 'ru', 'phone number'],
    ['8 (800) 555-35-35', 'ru', 'phone number with a trunk prefix'],
    ['пандемия COVID-19', 'ru', 'disease name'],
    ['истребитель Су-2715 взлетел', 'ru', 'a model number too long to be a year'],
    ['бархатный сезон начался', 'ru', 'a season without a relative adjective'],
    ['host 10.120.200.140', 'en', 'four dotted groups without a decimal comma (an IP address)'],
    ['build 3.141.59.2', 'en', 'dotted groups that are not thousands'],
    ['Windows 10', 'en', 'product version'],
    ['на Windows 10', 'ru', 'product version in Russian text'],
    ['версия 1.2.3', 'ru', 'version number'],
    ['ISBN 978-5-699-12014-7', 'ru', 'ISBN'],
    ['самолёт A320', 'ru', 'model code'],
    ['около 10:00', 'ru', 'clock time'],
    ['http://kremlin.ru/acts/news/58703', 'ru', 'URL'],
    ['the 29km road', 'en', 'digits glued to a unit'],
    ['The one you mentioned', 'en', 'pronoun one'],
    ['Семья переехала', 'ru', 'capitalized first word'],
    ['Пятница была тёплой', 'ru', 'weekday without a preposition'],
    ['в конце Второй мировой войны', 'ru', 'an ordinal inside a name'],
    ['в течение 12 часов', 'ru', 'hours are TIME, not a figure type here'],
    ['I think so', 'en', 'the pronoun I'],
    ['один из собеседников', 'ru', 'the pronoun "один"'],
    ['пришёл ещё один полицейский', 'ru', '"ещё один" is "another"'],
    ['рассказ «Один день Ивана Денисовича»', 'ru', 'a title'],
    ['фильм «9/11»', 'ru', 'a name with a slash'],
  ];
  for (const [input, lang, why] of none) {
    it(`${why}: ${input}`, () => assert.deepStrictEqual(run(input, lang), []));
  }
});

describe('offsets', () => {
  it('CRLF lines keep UTF-16 offsets', () => {
    const text = 'Итоги\r\nв феврале 2025 года\r\nрост на 10 %';
    const ents = run(text, 'ru');
    assert.deepStrictEqual(
      ents.map((e) => [e.type, e.start, e.end]),
      [
        ['DATE', 9, 26],
        ['PERCENT', 36, 40],
      ],
    );
  });
  it('BOM and astral characters before a figure', () => {
    const text = '\uFEFF😀 штраф 5 млн рублей 😀';
    const [e] = run(text, 'ru');
    assert.strictEqual(e.start, 10);
    assert.strictEqual(e.text, '5 млн рублей');
  });
  it('NBSP thousands separator and NBSP before %', () => {
    const [e] = run('рост 1\u00A0500\u00A0%', 'ru');
    assert.deepStrictEqual([e.type, e.value, e.text], ['PERCENT', 1500, '1\u00A0500\u00A0%']);
  });
  it('a line break ends a phrase', () => {
    const ents = run('около\n120', 'ru');
    assert.deepStrictEqual(
      ents.map((e) => [e.text, e.qualifier]),
      [['120', undefined]],
    );
  });
});

describe('findDateline', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Заголовок\n\nАСТАНА, 22 июл — Sputnik. Текст', 'XXXX-07-22'],
    ['МОСКВА, 5 марта 2025 года. /ТАСС/. Текст', '2025-03-05'],
    ['MOSCOW, July 22 (Reuters) - Text', 'XXXX-07-22'],
    ['LONDON, 22 July 2024 (AP) — Text', '2024-07-22'],
    ['Просто текст без даты в начале.', undefined],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text.slice(0, 30)), () => assert.strictEqual(findDateline(text), want));
});
