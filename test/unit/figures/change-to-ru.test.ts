// "до" after a Russian verb of a change in value gives the value reached ("выросла на 7%, до 214 млрд рублей"
// = to 214 billion), not a bound ("up to"): the figure keeps its span and value and loses the qualifier
// (quantity.ts afterChangeVerb, tables/qualifiers.ts RU_CHANGE_VERB). False positives: "до" as a bound
// where no verb of change governs it, or one beyond the clause.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();
const figure = (text: string, at: string) => {
  const e = recognize(text, { lang: 'ru' }).find((x) => x.text === at);
  assert.ok(e, `no figure "${at}" in ${JSON.stringify(recognize(text, { lang: 'ru' }).map((x) => x.text))}`);
  return [e.value, e.qualifier];
};

describe('Figures ru: "до" after a verb of change is the value reached', () => {
  const cases: Array<[text: string, at: string, value: number]> = [
    ['Чистая прибыль сократилась на 18%, до 38,2 млрд рублей.', 'до 38,2 млрд рублей', 38.2e9],
    ['Выручка выросла до 214,6 млрд рублей.', 'до 214,6 млрд рублей', 214.6e9],
    ['Рентабельность снизилась до 28,8% с 33% годом ранее.', 'до 28,8%', 28.8],
    ['Акции подорожали на 2,1%, до 1134 рублей за бумагу.', 'до 1134 рублей', 1134],
    ['Компания увеличила выручку на 7,3% по сравнению с тем же периодом прошлого года, до 214,6 млрд рублей.', 'до 214,6 млрд рублей', 214.6e9],
    ['Ставка будет повышена до 16%.', 'до 16%', 16],
  ];
  for (const [text, at, value] of cases) it(`${text} → ${at}`, () => assert.deepStrictEqual(figure(text, at), [value, undefined]));
});

describe('Figures ru: "до" as a bound stays "up to" (false positives)', () => {
  const cases: Array<[text: string, at: string, value: number]> = [
    ['Штраф составит до 500 тысяч рублей.', 'до 500 тысяч рублей', 500000],
    ['Компания выплатит до 30% прибыли.', 'до 30%', 30],
    ['Цены выросли. Скидки составят до 40%.', 'до 40%', 40],
    ['Выручка выросла; штрафы составят до 10 млрд рублей.', 'до 10 млрд рублей', 1e10],
  ];
  for (const [text, at, value] of cases) it(`${text} → ${at}`, () => assert.deepStrictEqual(figure(text, at), [value, 'lte']));
});
