// The figure pass asks mayStartFigure() at every token before it runs the date and quantity
// grammars. It must be a necessary condition only: on random text made of the words the candidate
// test singles out ("at", "in", "up", "в", "не", "по" open figures only as part of "at least", "in
// excess of", "up to", "в пределах от", "не менее", "по меньшей мере"; "." and "-" only before
// digits; one-letter abbreviations "в" (век), "г" (год) never; "a" and "an" only before a number
// word, a unit or a currency; "S", "HK" only before "$"; "I" never) and the words around them, every
// position where the grammars match is a candidate, in both languages.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadLexicon, Lexicon } from '../../../src/core/figures/lexicon';
import { View } from '../../../src/core/figures/view';
import { mayStartFigure, WordClasses } from '../../../src/core/figures/recognize';
import { parseDateRangeEn } from '../../../src/core/figures/date-range-en';
import { parseDateRu } from '../../../src/core/figures/date-ru';
import { parseQuantity } from '../../../src/core/figures/quantity';
import { parseRef } from '../../../src/core/figures/date-resolve';
import { QUALIFIER_PHRASES, RANGE_PATTERNS } from '../../../src/core/figures/tables/qualifiers';
import type { Lang } from '../../../src/core/types';
import { rng } from '../seeded-random';

const LATIN = /^[a-z ]+$/;
const CYRILLIC = /^[а-яё ]+$/;
// Every qualifier and range phrase of the language, whole and cut short, and the words that follow them.
const phrasesOf = (script: RegExp) => [...QUALIFIER_PHRASES.map(([p]) => p), ...RANGE_PATTERNS.flatMap(([o, j]) => [o, j])].filter((p) => script.test(p));
const SIGNS = ['1', '5', '22', '2024', '1,500', '3.5', '.5', '-5', '−5', '- 5', '.', '-', '−', ',', '$', '%', '£'];
const PIECES: Record<Lang, string[]> = {
  en: [
    ...phrasesOf(LATIN),
    ...phrasesOf(LATIN).map((p) => p.split(' ')[0]),
    ...SIGNS,
    ...['than', 'least', 'most', 'to', 'of', 'and', 'excess', 'as', 'many', 'much', 'a', 'the', 'in', 'at', 'up', 'no'],
    ...['percent', 'million', 'dollars', 'people', 'years', 'old', 'March', 'May', 'June 5', 'Monday', 'ago', 'week', 'half', 'one', 'two', 'third'],
    // Articles and dollar prefixes lead only before some words: those words, and others.
    ...[
      'an',
      'A',
      'S',
      's',
      "'s",
      'US',
      'us',
      'HK',
      'C',
      'c',
      'I',
      'i',
      'V',
      'v',
      'EUR',
      'eur',
      '$',
      'S$',
      'A$',
      'estimated',
      'total',
      'dozen',
      'twenty-first',
      'second-quarter',
    ],
    ...["week's", 'time', 'year', 'decade', 'dollar', 'euro', 'real', 'Hong Kong dollar', 'Australian', 'man', 'new', 'day', 'and a half', 'from now', 'later'],
  ],
  ru: [
    ...phrasesOf(CYRILLIC),
    ...phrasesOf(CYRILLIC).map((p) => p.split(' ')[0]),
    ...SIGNS,
    ...['1990', '12.05.2014', '5,5', '2-3', '90-х', 'XX', 'в.', 'в', 'г.', 'г', 'вв.', 'гг.', 'р.', 'ст.', 'пн', 'вс'],
    ...['чем', 'мере', 'меньшей', 'минимум', 'до', 'и', 'от', 'между', 'с', 'по', 'на', 'не', 'как', 'около', 'более', 'за'],
    ...[
      'процентов',
      'млн',
      'рублей',
      'человек',
      'лет',
      'года',
      'году',
      'век',
      'века',
      'марта',
      'мае',
      'понедельник',
      'назад',
      'неделю',
      'полгода',
      'два',
      'третий',
    ],
  ],
};
describe('figures: the candidate test before the grammars', function () {
  this.timeout(60000);
  let lex: Lexicon;
  before(async () => {
    lex = await loadLexicon();
  });

  /** Positions where the grammars match but the candidate test says no figure can start. */
  function turnedAway(text: string, lang: Lang): string[] {
    const v = new View(text, tokenize(text));
    const ref = parseRef('2024-05-01');
    const dateAt = lang === 'ru' ? (j: number) => parseDateRu(v, j, lex, ref) : (j: number) => parseDateRangeEn(v, j, lex, ref);
    const out: string[] = [];
    for (let i = 0; i < v.length; i++) {
      if (mayStartFigure(v, i, lang, lex)) continue;
      const f = dateAt(i) ?? parseQuantity(v, i, lang, lex, dateAt);
      if (f) out.push(`${JSON.stringify(text)} at ${JSON.stringify(v.toks[i].text)} (${i})`);
    }
    return out;
  }

  for (const lang of ['en', 'ru'] as const) {
    it(`turns away no position where a figure starts, on 3,000 random ${lang} phrases`, () => {
      const next = rng(lang === 'en' ? 11 : 12);
      const pieces = PIECES[lang];
      const misses: string[] = [];
      let candidatesRefused = 0;
      for (let n = 0; n < 3000; n++) {
        const len = 2 + Math.floor(next() * 7);
        const words: string[] = [];
        for (let k = 0; k < len; k++) words.push(pieces[Math.floor(next() * pieces.length)]);
        const text = words.join(next() < 0.2 ? '' : ' ');
        misses.push(...turnedAway(text, lang));
        const v = new View(text, tokenize(text));
        for (let i = 0; i < v.length; i++) if (v.toks[i].kind !== 'space' && !mayStartFigure(v, i, lang, lex)) candidatesRefused++;
      }
      assert.deepStrictEqual(misses.slice(0, 10), []);
      // The test means something only if the candidate test refuses positions in these phrases.
      assert.ok(candidatesRefused > 1000, `refused ${candidatesRefused}`);
    });
  }

  // The recognizer keeps each word form's class across texts (WordClasses): the same form must get the
  // same answer as the test computed afresh, whatever context it was first met in ("a" before "dozen",
  // then before "man"; "в" before "пределах", then before "Москве").
  for (const lang of ['en', 'ru'] as const) {
    it(`answers the same with the class table kept across ${lang} texts as without it`, () => {
      const next = rng(lang === 'en' ? 21 : 22);
      const pieces = PIECES[lang];
      const classes = new WordClasses(lex);
      const differ: string[] = [];
      let candidates = 0;
      for (let n = 0; n < 2000; n++) {
        const words: string[] = [];
        for (let k = 2 + Math.floor(next() * 7); k > 0; k--) words.push(pieces[Math.floor(next() * pieces.length)]);
        const text = words.join(' ');
        const v = new View(text, tokenize(text));
        for (let i = 0; i < v.length; i++) {
          const kept = mayStartFigure(v, i, lang, lex, classes);
          if (kept) candidates++;
          if (kept !== mayStartFigure(v, i, lang, lex)) differ.push(`${JSON.stringify(text)} at ${i}`);
        }
      }
      assert.deepStrictEqual(differ.slice(0, 10), []);
      assert.ok(candidates > 1000, `candidates ${candidates}`);
    });
  }

  // Phrases of every kind the grammars read, and the false positives they must not read, in both
  // languages: at no position of any of them does the candidate test turn away a figure.
  const KINDS: Array<[kind: string, lang: Lang, phrases: string[]]> = [
    [
      'dates',
      'ru',
      [
        'в феврале 2025 года',
        '22 июля 2024 года',
        'с 25 по 28 июля 2019 года',
        'в 90-х',
        'в XIX веке',
        'в конце года',
        'год назад',
        'века назад',
        'в прошлом году',
        'вс, 5 мая',
        'в течение недели',
        'на сегодняшний день',
        'ЕГЭ-2013',
        '12.05.2014',
        'с 1994 по 2000 годы',
        'полгода',
        'в ноябре-декабре',
      ],
    ],
    [
      'quantities',
      'ru',
      [
        'не менее 5 человек',
        'по меньшей мере 10 %',
        'как минимум три раза',
        'в пределах от 5 до 7 тысяч рублей',
        'от 3 до 5 тысяч рублей',
        'около 30 лет',
        'почти на 10 %',
        'между 10 и 20',
        'свыше семисот отпечатков пальцев',
        '3,2 млрд руб.',
        '-5 градусов',
        '.5 процента',
        '5 р.',
        'несколько тысяч человек',
      ],
    ],
    ['ages and ordinals', 'ru', ['ему исполнилось 30', 'сорокалетнего мужчины', '27-летний', 'Елизавета II', 'статьи 282', 'XX в.', '1-го сентября']],
    [
      'false positives',
      'ru',
      ['в Москве', 'г. Москва', 'ст. Ивановская', 'не знаю', 'как раз', 'по пути', 'Конец .', 'что - то', 'один из них', 'Су-27', 'Windows 10'],
    ],
    [
      'dates',
      'en',
      [
        'in February 2025',
        'on 22 July 2024',
        'from 1990 to 1995',
        'the 1990s',
        'two days ago',
        'next week',
        'mid-2024',
        'the fourth quarter of 2004',
        'Q4 2004',
        'this Friday',
        "New Year's Day 2020",
        'Mon., Jan. 3',
      ],
    ],
    [
      'quantities',
      'en',
      [
        'at least 5 people',
        'up to $5 million',
        'in excess of 20 %',
        'between 20 and 30',
        'a dozen eggs',
        'a half',
        'a Hong Kong dollar',
        'A$5 million',
        'HK$ 3',
        'US$ 5',
        'S$5',
        'a twenty-first',
        'an estimated 5,000',
        'a year and a half ago',
        "in a week's time",
        'a week from now',
        'a dollar',
        'a real',
        'S$ 5',
        'C$3.2 billion',
        'rose .5 percent',
        'fell to -5 degrees',
        'not more than 10',
        'as many as 300',
      ],
    ],
    ['ages and ordinals', 'en', ['died aged 101', 'a five-year-old', 'World War II', 'the 21st', 'page 5']],
    [
      'false positives',
      'en',
      [
        'at the meeting',
        'in Paris',
        'prices went up .',
        'It ended .',
        'well - known',
        "the company 's",
        'I said',
        'as well',
        'the first one',
        'a man',
        'an apple',
        'us and them',
        'Can I',
      ],
    ],
  ];
  for (const [kind, lang, phrases] of KINDS) {
    it(`turns away no figure in ${lang} ${kind}`, () => {
      assert.deepStrictEqual(
        phrases.flatMap((p) => turnedAway(p, lang)),
        [],
      );
    });
  }

  // [text, token, candidate?]: the words and marks that lead only as part of a phrase.
  const CASES: Array<[string, string, boolean, Lang]> = [
    ['at least 5 people', 'at', true, 'en'],
    ['at the meeting', 'at', false, 'en'],
    ['up to $5 million', 'up', true, 'en'],
    ['prices went up .', 'up', false, 'en'],
    ['in excess of 20 %', 'in', true, 'en'],
    ['in Paris', 'in', false, 'en'],
    ['rose .5 percent', '.', true, 'en'],
    ['It ended .', '.', false, 'en'],
    ['fell to -5 degrees', '-', true, 'en'],
    ['well - known', '-', false, 'en'],
    ['a dozen eggs', 'a', true, 'en'],
    ['a week ago', 'a', true, 'en'],
    ['a Hong Kong dollar', 'a', true, 'en'],
    ['an estimated 5,000', 'an', true, 'en'],
    ['A$5 million', 'A', true, 'en'],
    ['a man', 'a', false, 'en'],
    ['S$ 5', 'S', true, 'en'],
    ["the company 's shares", 's', false, 'en'],
    ['I said', 'I', false, 'en'],
    ['в пределах от 5 до 7', 'в', true, 'ru'],
    ['в Москве', 'в', false, 'ru'],
    ['не менее 5', 'не', true, 'ru'],
    ['не знаю', 'не', false, 'ru'],
    ['по меньшей мере 10', 'по', true, 'ru'],
    ['по пути', 'по', false, 'ru'],
    ['упал до .5 процента', '.', true, 'ru'],
    ['Конец .', '.', false, 'ru'],
    ['что - то', '-', false, 'ru'],
    ['г. Москва', 'г', false, 'ru'],
  ];
  for (const [text, token, want, lang] of CASES) {
    it(`${JSON.stringify(token)} in ${JSON.stringify(text)} is ${want ? '' : 'not '}a candidate (${lang})`, () => {
      const v = new View(text, tokenize(text));
      const i = v.toks.findIndex((t) => t.text === token);
      assert.strictEqual(mayStartFigure(v, i, lang, lex), want);
    });
  }
});
