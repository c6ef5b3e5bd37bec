// The English number, percent and money forms issue 14 lists, as one table ("2 hundred", "4.5k", "six
// point four two", "two thirds of a million", "⅜", "$12 and 50c", "a C$3.2 billion", rare currency
// names), plus the gaps found by writing it: a dollar prefix after "a"/"an" read as one dollar ("a
// C$3.2 billion" was MONEY "a C$" = 1 CAD), a minor unit's glued letter ("50c", "20p") after a main
// amount, currency names that only one ISO 4217 currency bears ("naira", "forints", "złoty") and shared
// names read with their country's adjective ("Zambian kwacha"), and seasons across two years ("the
// 2010/11 season", once the fraction 182.7), and "5%-10%" (the second end was minus ten). The false positives keep the same words where they are
// no figure or name no one currency.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();

function figures(text: string): Array<[string, string, unknown, string?]> {
  return recognize(text, { lang: 'en', refDate: '2013-02-12' }).map((e) => (e.currency ? [e.type, e.text, e.value, e.currency] : [e.type, e.text, e.value]));
}

describe('English figure forms of issue 14', () => {
  const cases: Array<[input: string, expected: [string, string, unknown, string?]]> = [
    // Numbers
    ['2 hundred', ['NUMBER', '2 hundred', 200]],
    ['4.5k', ['NUMBER', '4.5k', 4500]],
    ['7bn', ['NUMBER', '7bn', 7e9]],
    ['1 crore', ['NUMBER', '1 crore', 1e7]],
    ['six point four two', ['NUMBER', 'six point four two', 6.42]],
    ['three and a half', ['NUMBER', 'three and a half', 3.5]],
    ['two thirds of a million', ['NUMBER', 'two thirds of a million', 2e6 / 3]],
    ['⅜', ['NUMBER', '⅜', 0.375]],
    ['1 234 567', ['NUMBER', '1 234 567', 1234567]],
    ['3.2e5', ['NUMBER', '3.2e5', 320000]],
    // Percents
    ['4.5 per cent', ['PERCENT', '4.5 per cent', 4.5]],
    ['four percent', ['PERCENT', 'four percent', 4]],
    // Money
    ['$1.13bn', ['MONEY', '$1.13bn', 1.13e9, 'USD']],
    ['£600m', ['MONEY', '£600m', 6e8, 'GBP']],
    ['1.234.567,89 euros', ['MONEY', '1.234.567,89 euros', 1234567.89, 'EUR']],
    ['12 dollars and 50 cents', ['MONEY', '12 dollars and 50 cents', 12.5, 'USD']],
    ['$12 and 50c', ['MONEY', '$12 and 50c', 12.5, 'USD']],
    ['£3 and 20p', ['MONEY', '£3 and 20p', 3.2, 'GBP']],
    ['a C$3.2 billion deal', ['MONEY', 'C$3.2 billion', 3.2e9, 'CAD']],
    ['an A$500 million loan', ['MONEY', 'A$500 million', 5e8, 'AUD']],
    ['a US$3 billion bond', ['MONEY', 'US$3 billion', 3e9, 'USD']],
    ['a HK$2 billion sale', ['MONEY', 'HK$2 billion', 2e9, 'HKD']],
    ['200 złoty', ['MONEY', '200 złoty', 200, 'PLN']],
    ['750,000 naira', ['MONEY', '750,000 naira', 750000, 'NGN']],
    ['300 cedis', ['MONEY', '300 cedis', 300, 'GHS']],
    ['six billion rupiah', ['MONEY', 'six billion rupiah', 6e9, 'IDR']],
    ['50,000 dong', ['MONEY', '50,000 dong', 50000, 'VND']],
    ['4,200 forints', ['MONEY', '4,200 forints', 4200, 'HUF']],
    ['20 koruna', ['MONEY', '20 koruna', 20, 'CZK']],
    ['50 leva', ['MONEY', '50 leva', 50, 'BGN']],
    ['2.5 billion kuna', ['MONEY', '2.5 billion kuna', 2.5e9, 'HRK']],
    ['14.35 taka', ['MONEY', '14.35 taka', 14.35, 'BDT']],
    ['100 birr', ['MONEY', '100 birr', 100, 'ETB']],
    ['1,000 kyat', ['MONEY', '1,000 kyat', 1000, 'MMK']],
    ['20 afghanis', ['MONEY', '20 afghanis', 20, 'AFN']],
    ['500 Zambian kwacha', ['MONEY', '500 Zambian kwacha', 500, 'ZMW']],
    ['2,000 Kenyan shillings', ['MONEY', '2,000 Kenyan shillings', 2000, 'KES']],
    ['10 Romanian lei', ['MONEY', '10 Romanian lei', 10, 'RON']],
    ['100 Sri Lankan rupees', ['MONEY', '100 Sri Lankan rupees', 100, 'LKR']],
    ['5 Pakistani rupees', ['MONEY', '5 Pakistani rupees', 5, 'PKR']],
    // Seasons and fiscal years across two years
    ['the 2010/11 season', ['DATE', '2010/11', '2010/2011']],
    ['the budget for 2021/22.', ['DATE', '2021/22', '2021/2022']],
    ['the 2004/2005 season', ['DATE', '2004/2005', '2004/2005']],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected.join(' ')}`, () => assert.deepStrictEqual(figures(input), [expected]));
  }
});

describe('English percent ranges written with a sign on both ends', () => {
  // "5%-10%" read the second end as minus ten percent; a dash glued after a percent sign joins the two ends
  // of one range (as "5-10%" does), while a dash spaced before and glued after is a minus sign.
  const cases: Array<[input: string, expected: Array<[string, string, unknown]>]> = [
    ['rates of 5%-10%', [['PERCENT', '5%-10%', undefined]]],
    ['rose 2.5%-3%', [['PERCENT', '2.5%-3%', undefined]]],
    [
      'down 2% -3% later',
      [
        ['PERCENT', '2%', 2],
        ['PERCENT', '-3%', -3],
      ],
    ],
    ['fell -5%', [['PERCENT', '-5%', -5]]],
    [
      'down 5% -3% later',
      [
        ['PERCENT', '5%', 5],
        ['PERCENT', '-3%', -3],
      ],
    ],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected.map((e) => e.join(' ')).join(', ')}`, () => assert.deepStrictEqual(figures(input), expected));
  }
});

describe('English figure forms of issue 14, false positives', () => {
  const cases: Array<[input: string, expected: Array<[string, string, unknown, string?]>, why: string]> = [
    ['$3 and 20p', [['MONEY', '$3', 3, 'USD']], 'pence are a hundredth of a pound only'],
    ['a 50p coin', [], 'a minor unit alone may be a page or a picture size: no value when unsure'],
    ['the 720p screen', [], 'a picture size'],
    ['500 kwacha', [['NUMBER', '500', 500]], 'Zambia and Malawi both have a kwacha'],
    ['10 lei', [['NUMBER', '10', 10]], 'Romania and Moldova both have a leu'],
    ['the dong was devalued', [], 'a currency name with no amount'],
    ['2001/05', [['NUMBER', '2001/05', 2001 / 5]], 'the second number is not the next year'],
    ['#2010/11', [['ORDINAL', '2010/11', undefined]], 'after "#" a designator, no season'],
    ['1/2', [['NUMBER', '1/2', 0.5]], 'a fraction stays a fraction'],
  ];
  for (const [input, expected, why] of cases) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(figures(input), expected));
  }
});
