// Amounts in the European currencies the euro replaced, as 1990s news quotes them ("282 million marks",
// "40 million guilders", "300 billion lire"): src/core/figures/tables/currencies.ts. "marks" is money
// only after a scale word or with its qualifier ("German marks", "D-marks", "DM 5"); false positives:
// marks that are grades, punctuation or verbs, "dm" in lower case (a decimetre).
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();
type Fig = [type: string, text: string, value: unknown, currency?: string];

function figures(text: string): Fig[] {
  return recognize(text, { lang: 'en', refDate: '1996-08-22' }).map((e) => (e.currency ? [e.type, e.text, e.value, e.currency] : [e.type, e.text, e.value]));
}

describe('Figures: former European currencies', () => {
  const cases: Array<[input: string, expected: Fig]> = [
    // Marks: after a scale word, with an adjective, or by sign
    ['a loss of 282 million marks', ['MONEY', '282 million marks', 282e6, 'DEM']],
    ['sales of 1.5 bln marks', ['MONEY', '1.5 bln marks', 1.5e9, 'DEM']],
    ['50 German marks', ['MONEY', '50 German marks', 50, 'DEM']],
    ['10 Deutsche marks', ['MONEY', '10 Deutsche marks', 10, 'DEM']],
    ['3 D-marks', ['MONEY', '3 D-marks', 3, 'DEM']],
    ['DM 5 million', ['MONEY', 'DM 5 million', 5e6, 'DEM']],
    ['5 DM', ['MONEY', '5 DM', 5, 'DEM']],
    ['2 million Finnish marks', ['MONEY', '2 million Finnish marks', 2e6, 'FIM']],
    ['5.6 million markka', ['MONEY', '5.6 million markka', 5.6e6, 'FIM']],
    // Names no current currency bears
    ['2 million pesetas', ['MONEY', '2 million pesetas', 2e6, 'ESP']],
    ['20 million escudos', ['MONEY', '20 million escudos', 2e7, 'PTE']],
    ['10 billion drachmas', ['MONEY', '10 billion drachmas', 1e10, 'GRD']],
    ['84.5 million schillings', ['MONEY', '84.5 million schillings', 84.5e6, 'ATS']],
    ['5 million punts', ['MONEY', '5 million punts', 5e6, 'IEP']],
    ['300 billion lire', ['MONEY', '300 billion lire', 3e11, 'ITL']],
    // Shared names with the country's adjective, regular and irregular plurals
    ['9 French francs', ['MONEY', '9 French francs', 9, 'FRF']],
    ['40 Belgian francs', ['MONEY', '40 Belgian francs', 40, 'BEF']],
    ['100 Italian lire', ['MONEY', '100 Italian lire', 100, 'ITL']],
    ['nearly one million Irish pounds', ['MONEY', 'nearly one million Irish pounds', 1e6, 'IEP']],
    ['500 million Austrian schillings', ['MONEY', '500 million Austrian schillings', 5e8, 'ATS']],
    ['3 billion Swedish kronor', ['MONEY', '3 billion Swedish kronor', 3e9, 'SEK']],
    ['4 Danish kroner', ['MONEY', '4 Danish kroner', 4, 'DKK']],
    // ISO 4217 codes withdrawn with the euro
    ['FRF 20 million', ['MONEY', 'FRF 20 million', 2e7, 'FRF']],
    ['42 NLG', ['MONEY', '42 NLG', 42, 'NLG']],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected.join(' ')}`, () =>
      assert.deepStrictEqual(
        figures(input).filter((f) => f[0] === 'MONEY'),
        [expected],
      ));
  }
});

describe('Figures: former European currencies, false positives', () => {
  const cases: Array<[input: string, expected: Fig[], why: string]> = [
    ['he scored 9 marks', [['NUMBER', '9 marks', 9]], 'marks after a bare number are grades or points'],
    ['high marks for 3 students', [['NUMBER', '3 students', 3]], 'a plain noun'],
    ['question marks over 2 deals', [['NUMBER', 'over 2 deals', 2]], 'punctuation'],
    ['a rope 5 dm long', [['NUMBER', '5', 5]], 'lower-case dm is a decimetre'],
  ];
  for (const [input, expected, why] of cases) {
    it(`${input} (${why})`, () =>
      assert.deepStrictEqual(
        figures(input).filter((f) => f[0] !== 'DATE'),
        expected,
      ));
  }
  it('marks 10 years is a duration, not money', () => assert.ok(!figures('It marks 10 years of peace').some((f) => f[0] === 'MONEY')));
});
