// Table-driven tests for numbers in scientific notation: "e" exponents with a sign, a mantissa times a
// power of ten written with "^" or typeset superscripts, in English and Russian text; false positives
// are products and grids that are not powers of ten.
import * as assert from 'assert';
import { useFigures } from './recognize';
import { Entity, Lang } from '../../../src/core/types';

const recognize = useFigures();

function numbers(text: string, lang: Lang): Array<[string, unknown]> {
  const ents: Entity[] = recognize(text, { lang });
  return ents.filter((e) => e.type === 'NUMBER').map((e) => [e.text, e.value]);
}

describe('NUMBER in scientific notation', () => {
  const cases: Array<[input: string, lang: Lang, text: string, value: number]> = [
    ['a mass of 4.1E-3 kg', 'en', '4.1E-3', 0.0041],
    ['was 7e+4', 'en', '7e+4', 70000],
    ['grew to 2.5 × 10^9 now', 'en', '2.5 × 10^9', 2.5e9],
    ['hit 8x10^5', 'en', '8x10^5', 800000],
    ['at 4 × 10⁷ per year', 'en', '4 × 10⁷', 4e7],
    ['a charge of 1.6 · 10^-19', 'en', '1.6 · 10^-19', 1.6e-19],
    ['10⁻⁶ of the total', 'en', '10⁻⁶', 1e-6],
    ['ещё 3,2·10^4', 'ru', '3,2·10^4', 32000],
    ['итого 7х10⁵', 'ru', '7х10⁵', 700000],
  ];
  for (const [input, lang, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(numbers(input, lang), [[text, value]]));
  }
});

describe('NUMBER in scientific notation: false positives', () => {
  const cases: Array<[input: string, want: Array<[string, unknown]>, why: string]> = [
    [
      'a 4 x 10 table',
      [
        ['4', 4],
        ['10', 10],
      ],
      'a product that is not a power of ten',
    ],
    ['just 12² here', [['12', 12]], 'a superscript after a number other than ten is a footnote mark'],
    [
      '4 ×10^6',
      [
        ['4', 4],
        ['10^6', 1e6],
      ],
      'a times sign spaced on one side only',
    ],
  ];
  for (const [input, want, why] of cases) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(numbers(input, 'en'), want));
  }
});
